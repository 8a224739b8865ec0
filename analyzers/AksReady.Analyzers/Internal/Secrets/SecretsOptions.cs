using System;
using System.Collections.Concurrent;
using AksReady.Analyzers.Configuration;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AksReady.Analyzers.Internal.Secrets;

/// <summary>Reads the secrets rules' .editorconfig options, long form (<c>dotnet_code_quality.AKS2001.x</c>) or short form (<c>AKS2001.x</c>).</summary>
internal sealed class SecretsOptions
{
    private static readonly char[] ListSeparators = { ',', ';', ' ' };
    private readonly ConcurrentDictionary<string, string[]> parsedLists = new(StringComparer.Ordinal);

    public static bool TryGetValue(AnalyzerConfigOptions options, string longKey, out string value)
    {
        if (options.TryGetValue(longKey, out value!))
        {
            return true;
        }

        return options.TryGetValue(longKey.Substring(OptionKeys.CodeQualityPrefix.Length), out value!);
    }

    public static bool GetBool(AnalyzerConfigOptions options, AnalyzerConfigOptions globalOptions, string longKey)
    {
        if (TryGetValue(options, longKey, out var value) || TryGetValue(globalOptions, longKey, out value))
        {
            return string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }

    /// <summary>Comma-separated list; parsed once per distinct value. Returns <see langword="null"/> when unset.</summary>
    public string[]? GetList(AnalyzerConfigOptions options, AnalyzerConfigOptions globalOptions, string longKey)
    {
        if (!TryGetValue(options, longKey, out var value) && !TryGetValue(globalOptions, longKey, out value))
        {
            return null;
        }

        return parsedLists.GetOrAdd(value, static v => v.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries));
    }
}

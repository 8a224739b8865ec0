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
        => GetBool(options, globalOptions, longKey, defaultValue: false);

    /// <summary>The option's value (<c>true</c>/<c>false</c>, any case), or <paramref name="defaultValue"/> when it is unset or neither.</summary>
    public static bool GetBool(AnalyzerConfigOptions options, AnalyzerConfigOptions globalOptions, string longKey, bool defaultValue)
    {
        if (TryGetValue(options, longKey, out var value) || TryGetValue(globalOptions, longKey, out value))
        {
            var trimmed = value.Trim();
            return string.Equals(trimmed, "true", StringComparison.OrdinalIgnoreCase)
                || (!string.Equals(trimmed, "false", StringComparison.OrdinalIgnoreCase) && defaultValue);
        }

        return defaultValue;
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

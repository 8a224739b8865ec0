using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AksReady.Analyzers.Configuration;

internal static class AnalyzerOptionsExtensions
{
    private static readonly char[] ListSeparators = { ',', ';', ' ' };

    /// <summary>
    /// Reads a comma-separated list option for a project-wide rule: the union of the values set in the global
    /// config and in the .editorconfig sections that apply to any of the compilation's files. Read once per compilation.
    /// </summary>
    public static ImmutableHashSet<string> GetProjectWideList(this AnalyzerOptions options, Compilation compilation, string key)
    {
        var builder = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var provider = options.AnalyzerConfigOptionsProvider;
        if (provider.GlobalOptions.TryGetValue(key, out var global))
        {
            Add(builder, global);
        }

        string? last = null;
        foreach (var tree in compilation.SyntaxTrees)
        {
            // Most projects have one value for every file: skip re-splitting the same string.
            if (provider.GetOptions(tree).TryGetValue(key, out var value) && !string.Equals(value, last, StringComparison.Ordinal))
            {
                Add(builder, value);
                last = value;
            }
        }

        return builder.ToImmutable();
    }

    private static void Add(ImmutableHashSet<string>.Builder builder, string value)
    {
        foreach (var item in value.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Add(item);
        }
    }
}

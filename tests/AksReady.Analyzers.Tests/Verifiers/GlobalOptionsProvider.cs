using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AksReady.Analyzers.Tests.Verifiers;

/// <summary>
/// Analyzer options for corpus runs that compile by hand (no verifier): the given keys as global options (as a
/// <c>.globalconfig</c> or build property would give them), nothing per file.
/// </summary>
internal sealed class GlobalOptionsProvider(ImmutableDictionary<string, string> values) : AnalyzerConfigOptionsProvider
{
    private readonly Options global = new(values);

    public GlobalOptionsProvider(string key, string value)
        : this(ImmutableDictionary<string, string>.Empty.Add(key, value))
    {
    }

    public override AnalyzerConfigOptions GlobalOptions => global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}

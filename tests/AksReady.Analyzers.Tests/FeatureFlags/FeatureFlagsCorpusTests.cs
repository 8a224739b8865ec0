using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using AksReady.Analyzers.Rules;
using AksReady.Analyzers.Tests.Corpus.Apps;
using AksReady.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace AksReady.Analyzers.Tests.FeatureFlags;

/// <summary>
/// Runs AKS4001-AKS4004 over the labelled corpus in <c>Corpus/FeatureFlags</c> (one small project per case: C# files and
/// appsettings*.json files, "today" = 2026-11-25) and asserts precision and recall floors. A positive case is detected
/// when its expected rule is reported; a negative case is a false positive when any AKS4xxx rule is reported.
/// </summary>
public sealed class FeatureFlagsCorpusTests
{
    private const double PrecisionFloor = 0.95;
    private const double RecallFloor = 0.95;

    private readonly ITestOutputHelper output;

    public FeatureFlagsCorpusTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [Fact]
    public void Corpus_IsLargeEnough()
    {
        var cases = LoadCases();
        Assert.True(cases.Count(c => c.Expected != null) >= 60, "at least 60 positives");
        Assert.True(cases.Count(c => c.Expected == null) >= 60, "at least 60 negatives");
        foreach (var id in new[] { "AKS4001", "AKS4002", "AKS4003", "AKS4004" })
        {
            Assert.True(cases.Count(c => c.Expected == id) >= 10, $"at least 10 positives for {id}");
        }
    }

    [Fact]
    public async Task Corpus_PrecisionAndRecall_MeetFloors()
    {
        var cases = LoadCases();
        var references = await TestReferenceAssemblies.AspNetCore80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var results = await Task.WhenAll(cases.Select(c => RunAsync(c, references)));

        // Scored and printed like the probe and pod-hazard corpora (per rule, then the family).
        var score = AppCorpus.Measure(
            cases.Select(c => new AppCorpus.CorpusCase(c.Id, "FeatureFlags", c.Expected, c.Note, c.Files)).ToList(),
            results.Select(r => new AppCorpus.CaseResult(r, Array.Empty<Diagnostic>())).ToList(),
            output.WriteLine,
            "FeatureFlags");
        var (precision, recall) = (score.Precision, score.Recall);
        Assert.True(precision >= PrecisionFloor, $"precision {precision:0.0000} < {PrecisionFloor}");
        Assert.True(recall >= RecallFloor, $"recall {recall:0.0000} < {RecallFloor}");
    }

    private static async Task<IReadOnlyList<Diagnostic>> RunAsync(CorpusCase @case, ImmutableArray<MetadataReference> references)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(FeatureManagementStubs.Source, parseOptions, path: $"/corpus/{@case.Id}/Stubs.cs") };
        var additionalFiles = ImmutableArray.CreateBuilder<AdditionalText>();
        foreach (var (name, content) in @case.Files)
        {
            var path = $"/corpus/{@case.Id}/{name}";
            if (name.EndsWith(".cs", StringComparison.Ordinal))
            {
                trees.Add(CSharpSyntaxTree.ParseText(content, parseOptions, path: path));
            }
            else
            {
                additionalFiles.Add(new InMemoryAdditionalText(path, content));
            }
        }

        var compilation = CSharpCompilation.Create(
            "FlagsCorpus_" + @case.Id.Replace('-', '_'),
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var options = new AnalyzerOptions(additionalFiles.ToImmutable(), new GlobalOptionsProvider("build_property.AksReadyToday", "2026-11-25"));
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new FeatureFlagsAnalyzer()),
            new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics.Where(d => d.Id.StartsWith("AKS4", StringComparison.Ordinal)).ToList();
    }

    internal static IReadOnlyList<CorpusCase> LoadCases()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Corpus", "FeatureFlags");
        var cases = new List<CorpusCase>();
        foreach (var file in Directory.GetFiles(folder, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(file); // positive, negative.handwritten
            var kind = stem.Split('.')[0];
            foreach (var c in CorpusFileReader.Read(file))
            {
                cases.Add(new CorpusCase($"{stem.Replace('.', '-')}-{c.Index:000}", c.Label == "none" ? null : c.Label, c.Note, c.Files));
                Assert.True(kind == "positive" == (c.Label != "none"), $"{stem}-{c.Index:000}: label '{c.Label}' in {stem}.txt");
            }
        }

        return cases;
    }

    internal sealed record CorpusCase(string Id, string? Expected, string Note, IReadOnlyList<(string Name, string Content)> Files);

    private sealed class InMemoryAdditionalText(string path, string content) : AdditionalText
    {
        private readonly SourceText text = SourceText.From(content);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}

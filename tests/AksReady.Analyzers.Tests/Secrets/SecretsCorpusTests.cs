using System.Collections.Immutable;
using System.Globalization;
using AksReady.Analyzers.Configuration;
using AksReady.Analyzers.Rules;
using AksReady.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace AksReady.Analyzers.Tests.Secrets;

/// <summary>
/// Runs AKS2001-AKS2003 over the labelled corpus in <c>Corpus/Secrets</c> (C#, appsettings/launchSettings JSON, YAML)
/// and asserts precision and recall floors. A case counts as detected when any of the three rules reports in it.
/// </summary>
public sealed class SecretsCorpusTests
{
    private const double PrecisionFloor = 0.97;
    private const double RecallFloor = 0.95;

    private readonly ITestOutputHelper output;

    public SecretsCorpusTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [Fact]
    public void Corpus_IsLargeEnough()
    {
        var cases = LoadCases();
        Assert.True(cases.Count(c => c.Positive) >= 200, "at least 200 positives");
        Assert.True(cases.Count(c => !c.Positive) >= 200, "at least 200 hard negatives");
        foreach (var language in new[] { "csharp", "json", "yaml" })
        {
            Assert.Contains(cases, c => c.Language == language && c.Positive);
            Assert.Contains(cases, c => c.Language == language && !c.Positive);
        }
    }

    [Fact]
    public async Task Corpus_PrecisionAndRecall_MeetFloors()
    {
        var cases = LoadCases();
        var (detected, messages) = await RunAsync(cases);

        var (tp, fp, fn, _) = WriteTable(cases, detected, messages, label: string.Empty);
        Assert.True(Precision(tp, fp) >= PrecisionFloor, $"precision {Precision(tp, fp):0.0000} < {PrecisionFloor}");
        Assert.True(Recall(tp, fn) >= RecallFloor, $"recall {Recall(tp, fn):0.0000} < {RecallFloor}");
    }

    /// <summary>
    /// The opt-out of <c>AKS2001.report_weak_values</c> (on by default since 2026-11-27) on the same corpus: turning it off
    /// may only remove findings (every case found with it off is still found by default), and recall keeps its floor;
    /// precision is printed, not asserted.
    /// </summary>
    [Fact]
    public async Task Corpus_WithReportWeakValuesFalse_OnlyRemovesFindings()
    {
        var cases = LoadCases();
        var (byDefault, _) = await RunAsync(cases);
        var (strict, messages) = await RunAsync(cases, new GlobalOptionsProvider(OptionKeys.ReportWeakValues, "false"));
        Assert.Empty(strict.Except(byDefault));

        var (tp, _, fn, _) = WriteTable(cases, strict, messages, label: "report_weak_values=false ");
        Assert.True(Recall(tp, fn) >= RecallFloor);
    }

    /// <summary>Prints one line per language and for all, then the MISSED / FALSE+ cases; returns the totals of all.</summary>
    private (int Tp, int Fp, int Fn, int Tn) WriteTable(IReadOnlyList<CorpusCase> cases, HashSet<string> detected, Dictionary<string, string> messages, string label)
    {
        var all = (0, 0, 0, 0);
        foreach (var language in new[] { "csharp", "json", "yaml", "all" })
        {
            var scope = cases.Where(c => language == "all" || c.Language == language).ToList();
            int tp = scope.Count(c => c.Positive && detected.Contains(c.Id)), fn = scope.Count(c => c.Positive && !detected.Contains(c.Id));
            int fp = scope.Count(c => !c.Positive && detected.Contains(c.Id)), tn = scope.Count(c => !c.Positive && !detected.Contains(c.Id));
            output.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "{0}{1,-7} positives={2,4} negatives={3,4} TP={4,4} FP={5,3} FN={6,3} TN={7,4} precision={8:0.0000} recall={9:0.0000}",
                label, language, tp + fn, fp + tn, tp, fp, fn, tn, Precision(tp, fp), Recall(tp, fn)));
            all = (tp, fp, fn, tn);
        }

        foreach (var @case in cases.Where(c => c.Positive != detected.Contains(c.Id)))
        {
            output.WriteLine(@case.Positive ? $"MISSED   {@case.Id} {@case.Note}" : $"FALSE+   {@case.Id} {@case.Note}: {messages[@case.Id]}");
        }

        return all;
    }

    private static double Precision(int tp, int fp) => tp + fp == 0 ? 1 : (double)tp / (tp + fp);

    private static double Recall(int tp, int fn) => tp + fn == 0 ? 1 : (double)tp / (tp + fn);

    /// <summary>One compilation: every C# case is its own syntax tree, every JSON/YAML case its own AdditionalFile.</summary>
    private static async Task<(HashSet<string> Detected, Dictionary<string, string> Messages)> RunAsync(IReadOnlyList<CorpusCase> cases, AnalyzerConfigOptionsProvider? optionsProvider = null)
    {
        var references = await TestReferenceAssemblies.AspNetCore80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = new List<SyntaxTree>();
        var additionalFiles = new List<AdditionalText>();
        foreach (var @case in cases)
        {
            if (@case.Language == "csharp")
            {
                var source = $"namespace Corpus.{Sanitize(@case.Id)}\n{{\n{@case.Content}\n}}\n";
                trees.Add(CSharpSyntaxTree.ParseText(source, parseOptions, path: @case.Path));
            }
            else
            {
                additionalFiles.Add(new InMemoryAdditionalText(@case.Path, @case.Content));
            }
        }

        var compilation = CSharpCompilation.Create(
            "SecretsCorpus",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
            new CredentialsInCodeAnalyzer(), new CredentialsInStringsAnalyzer(), new SecretsInConfigurationFilesAnalyzer());
        var options = optionsProvider is null
            ? new AnalyzerOptions(additionalFiles.ToImmutableArray<AdditionalText>())
            : new AnalyzerOptions(additionalFiles.ToImmutableArray<AdditionalText>(), optionsProvider);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        var analyzerFailures = diagnostics.Where(d => d.Id == "AD0001").ToList();
        Assert.True(analyzerFailures.Count == 0, string.Join(Environment.NewLine, analyzerFailures));

        var byPath = cases.ToDictionary(c => c.Path, c => c.Id, StringComparer.Ordinal);
        var detected = new HashSet<string>(StringComparer.Ordinal);
        var messages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            var lineSpan = diagnostic.Location.GetLineSpan();
            if (diagnostic.Id is "AKS2001" or "AKS2002" or "AKS2003" && byPath.TryGetValue(lineSpan.Path, out var id))
            {
                detected.Add(id);
                messages[id] = $"{diagnostic.Id} at {lineSpan.StartLinePosition}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
            }
        }

        return (detected, messages);
    }

    private static string Sanitize(string id) => "C" + id.Replace('-', '_').Replace('.', '_');

    internal static IReadOnlyList<CorpusCase> LoadCases()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Corpus", "Secrets");
        var cases = new List<CorpusCase>();
        foreach (var file in Directory.GetFiles(folder, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(file); // csharp.positive or csharp.negative.handwritten
            var parts = stem.Split('.');
            var language = parts[0];
            var positive = parts[1] == "positive";
            string? header = null;
            var content = new List<string>();
            var index = 0;

            void Flush()
            {
                if (header is null)
                {
                    return;
                }

                var cells = header.Split('|', 2);
                var fileName = cells[0].Trim();
                var id = $"{stem.Replace('.', '-')}-{index:000}";
                var path = $"/corpus/{id}/{fileName}";
                cases.Add(new CorpusCase(id, language, positive, path, string.Join("\n", content) + "\n", cells.Length > 1 ? cells[1].Trim() : string.Empty));
                index++;
            }

            foreach (var line in File.ReadAllLines(file))
            {
                if (line.StartsWith("#### ", StringComparison.Ordinal))
                {
                    Flush();
                    header = line.Substring(5);
                    content.Clear();
                }
                else if (header is not null)
                {
                    content.Add(line);
                }
            }

            Flush();
        }

        return cases;
    }

    internal sealed record CorpusCase(string Id, string Language, bool Positive, string Path, string Content, string Note);

    private sealed class InMemoryAdditionalText(string path, string content) : AdditionalText
    {
        private readonly SourceText text = SourceText.From(content);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}

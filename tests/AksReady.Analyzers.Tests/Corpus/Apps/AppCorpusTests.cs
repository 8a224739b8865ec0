using AksReady.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace AksReady.Analyzers.Tests.Corpus.Apps;

/// <summary>
/// Precision and recall per family over the labelled app corpora: probes/health (AKS1xxx, Corpus/Probes) and pod hazards
/// (AKS5xxx, Corpus/PodHazards). Each family needs at least 60 positives and 60 negatives; the test prints the figures
/// and fails below 0.95 precision or 0.95 recall.
/// </summary>
public sealed class AppCorpusTests
{
    private const double PrecisionGoal = 0.95;
    private const double RecallGoal = 0.95;

    private readonly ITestOutputHelper output;

    public AppCorpusTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [Theory]
    [InlineData("Probes", "AKS1")]
    [InlineData("PodHazards", "AKS5")]
    public void Corpus_IsLargeEnough(string folder, string prefix)
    {
        var cases = AppCorpus.Load(folder);
        Assert.True(cases.Count(c => c.Expected != null) >= 60, $"{folder}: at least 60 positives");
        Assert.True(cases.Count(c => c.Expected == null) >= 60, $"{folder}: at least 60 negatives");
        Assert.All(cases, c => Assert.True(c.Expected is null || c.Expected.StartsWith(prefix, StringComparison.Ordinal), $"{c.Id}: {c.Expected} is not in the {prefix}xxx family"));
        Assert.All(cases, c => Assert.True(c.File.StartsWith("positive", StringComparison.Ordinal) == (c.Expected != null), $"{c.Id}: label '{c.Expected ?? "none"}' in {c.File}.txt"));
    }

    [Theory]
    [InlineData("Probes", "AKS1")]
    [InlineData("PodHazards", "AKS5")]
    public async Task Corpus_PrecisionAndRecall_MeetGoals(string folder, string prefix)
    {
        var cases = AppCorpus.Load(folder);
        var references = await TestReferenceAssemblies.AspNetCore80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var results = new List<AppCorpus.CaseResult>();
        foreach (var @case in cases)
        {
            results.Add(await AppCorpus.RunAsync(@case, prefix, references));
        }

        Assert.DoesNotContain(results.SelectMany(r => r.Diagnostics), d => d.Id == "AD0001");
        var score = AppCorpus.Measure(cases, results, output.WriteLine, folder);
        Assert.True(score.Precision >= PrecisionGoal, $"{folder} precision {score.Precision:0.0000} < {PrecisionGoal}");
        Assert.True(score.Recall >= RecallGoal, $"{folder} recall {score.Recall:0.0000} < {RecallGoal}");
    }

    /// <summary>
    /// The multi-project solution cases (<c>*-solutions.txt</c>, also part of the figures above) on their own: every
    /// project of every case compiles without errors (so a label is never about broken code), no analyzer crashes, and the
    /// family's figures for code that spans projects are printed.
    /// </summary>
    [Theory]
    [InlineData("Probes", "AKS1")]
    [InlineData("PodHazards", "AKS5")]
    public async Task SolutionCases_Compile_AndAreMeasured(string folder, string prefix)
    {
        var cases = AppCorpus.Load(folder, "*-solutions.txt");
        Assert.True(cases.Count >= 10, $"{folder}: at least 10 multi-project cases");
        Assert.All(cases, c => Assert.Contains(c.Files, f => f.Name.StartsWith("src/", StringComparison.Ordinal)));
        var references = await TestReferenceAssemblies.AspNetCore80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var results = new List<AppCorpus.CaseResult>();
        foreach (var @case in cases)
        {
            results.Add(await AppCorpus.RunAsync(@case, prefix, references));
        }

        var broken = cases.Zip(results).Where(p => p.Second.CompileErrors.Count > 0)
            .Select(p => $"{p.First.Id}: {p.Second.CompileErrors[0]}").ToList();
        Assert.True(broken.Count == 0, string.Join(Environment.NewLine, broken));
        Assert.DoesNotContain(results.SelectMany(r => r.Diagnostics), d => d.Id == "AD0001");
        AppCorpus.Measure(cases, results, output.WriteLine, folder + " solutions");
    }
}

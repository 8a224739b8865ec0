using System.Globalization;
using System.Text.RegularExpressions;
using AksReady.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace AksReady.Analyzers.Tests.Corpus.Apps;

/// <summary>
/// The held-out external set (Corpus/External, shapes of public repositories' files, labelled by hand before measuring).
/// Prints precision and recall per family; fails only when a file cannot be read, holds fewer cases than its
/// <c># ... cases: N</c> line states, or a case has no provenance. It never fails on the figures: this set is not for tuning.
/// </summary>
public sealed class ExternalCorpusTests
{
    private readonly ITestOutputHelper output;

    public ExternalCorpusTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [Theory]
    [InlineData("probes.txt", "AKS1")]
    [InlineData("podhazards.txt", "AKS5")]
    public async Task HeldOut_IsReadable_AndFiguresArePrinted(string file, string prefix)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Corpus", "External", file);
        var stated = Regex.Match(File.ReadLines(path).First(), @"cases: (\d+)");
        Assert.True(stated.Success, $"{file}: first line must state 'cases: N'");
        var cases = AppCorpus.Load("External", file);
        Assert.True(cases.Count >= int.Parse(stated.Groups[1].Value, CultureInfo.InvariantCulture), $"{file}: {cases.Count} cases, {stated.Groups[1].Value} stated");
        Assert.All(cases, c => Assert.Contains("source:", c.Note, StringComparison.Ordinal));
        Assert.All(cases, c => Assert.True(c.Expected is null || c.Expected.StartsWith(prefix, StringComparison.Ordinal), c.Id));

        var references = await TestReferenceAssemblies.AspNetCore80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var results = new List<AppCorpus.CaseResult>();
        foreach (var @case in cases)
        {
            results.Add(await AppCorpus.RunAsync(@case, prefix, references));
        }

        Assert.DoesNotContain(results.SelectMany(r => r.Diagnostics), d => d.Id == "AD0001");
        AppCorpus.Measure(cases, results, output.WriteLine, "external-" + Path.GetFileNameWithoutExtension(file));
    }
}

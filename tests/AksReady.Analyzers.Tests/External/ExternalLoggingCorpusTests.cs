using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using AksReady.Analyzers.Rules;
using AksReady.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace AksReady.Analyzers.Tests.External;

/// <summary>
/// Second held-out logging set (<c>Corpus/External/logging-2.txt</c>, written by <c>write_logging_2.py</c>): reduced shapes
/// of the logging test cases of Sonar (S6667, S6668, S6677, S6678, S6670, S106), SerilogAnalyzer (Serilog001-006),
/// resharper-structured-logging, ScyberLog.Analyzers (AA0008), Tsarev.Analyzer.Exceptions, clio (CLIO002) and CodeQL
/// (C# CWE-312, Java CWE-532), labelled by what the peer test asserts (see the README). Measures AKS3001-AKS3006 as
/// shipped (<see cref="LoggingCallsAnalyzer"/> and <see cref="ConsoleOutputInServiceCodeAnalyzer"/>; an AKS3002 label
/// counts AKS3007 too, since the peers check placeholder casing with the template) per rule and per source and prints
/// counts only; MISSED / FALSE+ lines only with <c>AKSREADY_CORPUS_DETAILS=1</c>. Fails only when the file cannot be read,
/// holds fewer cases than its first line states, a case does not compile, or an analyzer throws.
/// No precision or recall threshold is asserted.
/// </summary>
/// <remarks>
/// Unit: one case, labelled for one or more rules. For each rule of its label, a positive is detected when that rule
/// reports anywhere in the case, and a negative is a false positive when it does; other rules' diagnostics in the case
/// are not counted. The <c>=== stubs</c> block is compiled once with all cases; each case is its own syntax tree inside
/// its own namespace.
/// </remarks>
[Collection(SerilogCollection.Name)]
public sealed class ExternalLoggingCorpusTests
{
    private static readonly string[] Rules = { "AKS3001", "AKS3002", "AKS3003", "AKS3004", "AKS3005", "AKS3006" };

    private static readonly Regex HeaderRegex = new(
        @"^=== (?<label>positive|negative) (?<rules>AKS300[1-6](?:,AKS300[1-6])*) \| source: (?<source>[^|]+?) \| (?<note>.*)$",
        RegexOptions.CultureInvariant);

    private readonly ITestOutputHelper output;

    public ExternalLoggingCorpusTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [Fact]
    public Task HeldOutLoggingSet2_PerRuleAndSource_AreMeasured() => MeasureAsync("logging-2.txt", set: 2);

    /// <summary>
    /// Third held-out logging set (<c>Corpus/External/logging-3.txt</c>, written by <c>write_logging_3.py</c>): test
    /// inputs of Python, Java and Go logging linters (ruff flake8-logging-format, pylint, flake8-logging,
    /// findbugs-slf4j, errorprone-slf4j, sloglint) re-typed as C#, aimed at AKS3001 (and AKS3002/AKS3003); same
    /// measurement and assertions as set 2.
    /// </summary>
    [Fact]
    public Task HeldOutLoggingSet3_PerRuleAndSource_AreMeasured() => MeasureAsync("logging-3.txt", set: 3);

    private async Task MeasureAsync(string fileName, int set)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Corpus", "External", fileName));
        var stated = Regex.Match(lines[0], @"cases: (\d+); positives: (\d+); negatives: (\d+)");
        Assert.True(stated.Success, "first line must state 'cases: N; positives: P; negatives: Q'");
        var (stubs, cases) = Load(lines);
        Assert.True(cases.Count >= Parse(stated.Groups[1]), $"{cases.Count} cases, {stated.Groups[1].Value} stated");
        Assert.True(cases.Count(c => c.Positive) >= Parse(stated.Groups[2]), "fewer positives than stated");
        Assert.True(cases.Count(c => !c.Positive) >= Parse(stated.Groups[3]), "fewer negatives than stated");
        var perRule = Regex.Matches(lines[0], @"(AKS300[1-6]): (\d+)/(\d+)");
        Assert.Equal(Rules.Length, perRule.Count);
        foreach (Match rule in perRule)
        {
            var id = rule.Groups[1].Value;
            Assert.True(cases.Count(c => c.Positive && c.Rules.Contains(id)) >= Parse(rule.Groups[2]), $"fewer {id} positives than stated");
            Assert.True(cases.Count(c => !c.Positive && c.Rules.Contains(id)) >= Parse(rule.Groups[3]), $"fewer {id} negatives than stated");
        }

        Assert.DoesNotContain(cases, c => FamilyOf(c.Source) == "other");

        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(stubs, parseOptions, path: "/external/logging/stubs.cs") };
        for (var i = 0; i < cases.Count; i++)
        {
            trees.Add(CSharpSyntaxTree.ParseText($"namespace LoggingSet{set}.C{i:000}\n{{\n{cases[i].Content}\n}}\n", parseOptions, path: $"/external/logging/{i:000}.cs"));
        }

        var references = await TestReferenceAssemblies.AspNetCore80WithSerilog.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var compilation = CSharpCompilation.Create(
            $"ExternalLoggingSet{set}",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(20)));

        var diagnostics = await compilation
            .WithAnalyzers(
                ImmutableArray.Create<DiagnosticAnalyzer>(new LoggingCallsAnalyzer(), new ConsoleOutputInServiceCodeAnalyzer()),
                new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, true, false))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        var byFile = diagnostics
            .Where(d => Rules.Contains(d.Id) || d.Id == "AKS3007")
            .GroupBy(d => d.Location.GetLineSpan().Path)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        var details = new List<string>();
        output.WriteLine($"Held-out logging set {set} ({fileName}): {cases.Count} cases, {cases.Count(c => c.Positive)} positive, {cases.Count(c => !c.Positive)} negative");
        foreach (var rule in Rules)
        {
            var totals = Tally(cases, byFile, rule, details);
            output.WriteLine($"{rule}, per source:");
            WriteTotals(totals);
        }

        ExternalCSharpSecretsCorpusTests.WriteDetails(output, details);
    }

    /// <summary>The source family printed for a case's <c>source:</c> (repository and test file).</summary>
    private static string FamilyOf(string source) => source switch
    {
        _ when source.Contains("/ExceptionsShouldBeLogged", StringComparison.Ordinal) => "sonar-S6667",
        _ when source.Contains("/ExceptionsShouldBePassedCorrectly", StringComparison.Ordinal)
            || source.Contains("/LoggingArgumentsShouldBePassedCorrectly", StringComparison.Ordinal) => "sonar-S6668",
        _ when source.Contains("/NamedPlaceholdersShouldBeUnique", StringComparison.Ordinal) => "sonar-S6677",
        _ when source.Contains("/UsePascalCaseForNamedPlaceHolders", StringComparison.Ordinal) => "sonar-S6678",
        _ when source.Contains("/DontUseTraceWrite", StringComparison.Ordinal) => "sonar-S6670",
        _ when source.Contains("/DoNotWriteToStandardOutput", StringComparison.Ordinal) => "sonar-S106",
        _ when source.StartsWith("Suchiman/SerilogAnalyzer:", StringComparison.Ordinal) => "serilog-analyzer",
        _ when source.StartsWith("olsh/resharper-structured-logging:", StringComparison.Ordinal) => "resharper-structured-log",
        _ when source.StartsWith("Scybernator/ScyberLog.Analyzers:", StringComparison.Ordinal) => "scyberlog-AA0008",
        _ when source.StartsWith("leotsarev/hardcode-analyzer:", StringComparison.Ordinal) => "tsarev-exceptions",
        _ when source.StartsWith("Advance-Technologies-Foundation/clio:", StringComparison.Ordinal) => "clio-CLIO002",
        _ when source.StartsWith("github/codeql:csharp/", StringComparison.Ordinal) => "codeql-cs-CWE-312",
        _ when source.StartsWith("github/codeql:java/", StringComparison.Ordinal) => "codeql-java-CWE-532",
        _ when source.StartsWith("astral-sh/ruff:", StringComparison.Ordinal) => "ruff-flake8-logging-fmt",
        _ when source.StartsWith("pylint-dev/pylint:", StringComparison.Ordinal) => "pylint-logging",
        _ when source.StartsWith("adamchainz/flake8-logging:", StringComparison.Ordinal) => "flake8-logging",
        _ when source.StartsWith("KengoTODA/findbugs-slf4j:", StringComparison.Ordinal) => "findbugs-slf4j",
        _ when source.StartsWith("KengoTODA/errorprone-slf4j:", StringComparison.Ordinal) => "errorprone-slf4j",
        _ when source.StartsWith("go-simpler/sloglint:", StringComparison.Ordinal) => "sloglint",
        _ => "other",
    };

    /// <summary>
    /// Whether a diagnostic counts for a label. The sets' AKS3002 labels stand for the peers' template rules, which
    /// include placeholder casing (Sonar S6678, SerilogAnalyzer): AKS3007 reports that apart since 2026-11-27.
    /// </summary>
    private static bool DetectedBy(string rule, string id)
        => id == rule || (rule == "AKS3002" && id == "AKS3007");

    private static int Parse(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    /// <summary>TP, FP, FN, TN of <paramref name="rule"/> per source family and for "all"; MISSED / FALSE+ lines go to <paramref name="details"/>.</summary>
    private static SortedDictionary<string, int[]> Tally(List<Case> cases, Dictionary<string, List<Diagnostic>> byFile, string rule, List<string> details)
    {
        var totals = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        for (var i = 0; i < cases.Count; i++)
        {
            var @case = cases[i];
            if (!@case.Rules.Contains(rule))
            {
                continue;
            }

            var found = byFile.TryGetValue($"/external/logging/{i:000}.cs", out var all) ? all.Where(d => DetectedBy(rule, d.Id)).ToList() : new List<Diagnostic>();
            var hit = found.Count > 0;
            foreach (var key in new[] { FamilyOf(@case.Source), "all" })
            {
                var t = totals.TryGetValue(key, out var existing) ? existing : totals[key] = new int[4];
                t[(@case.Positive, hit) switch { (true, true) => 0, (false, true) => 1, (true, false) => 2, _ => 3 }]++;
            }

            var what = $"{rule} #{i:000} {@case.Note} ({@case.Source.Split(':').Last().Split('@')[0]})";
            if (@case.Positive && !hit)
            {
                details.Add($"    MISSED {what}");
            }
            else if (!@case.Positive && hit)
            {
                details.Add($"    FALSE+ {what}: {string.Join("; ", found.Select(d => $"line {d.Location.GetLineSpan().StartLinePosition.Line - 1}: {d.GetMessage(CultureInfo.InvariantCulture)}"))}");
            }
        }

        return totals;
    }

    private void WriteTotals(SortedDictionary<string, int[]> totals) => ExternalCSharpSecretsCorpusTests.WriteTotals(output, totals, keyWidth: 26);

    private static (string Stubs, List<Case> Cases) Load(string[] lines)
    {
        var cases = new List<Case>();
        var stubs = new List<string>();
        List<string>? current = null;
        Match? header = null;

        void Flush()
        {
            if (header is not null && current is not null)
            {
                cases.Add(new Case(
                    header.Groups["label"].Value == "positive",
                    header.Groups["rules"].Value.Split(',').ToHashSet(StringComparer.Ordinal),
                    header.Groups["source"].Value,
                    header.Groups["note"].Value,
                    string.Join("\n", current)));
            }
        }

        foreach (var line in lines)
        {
            if (line.StartsWith("=== stubs", StringComparison.Ordinal))
            {
                Flush();
                header = null;
                current = stubs;
            }
            else if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                Flush();
                header = HeaderRegex.Match(line);
                Assert.True(header.Success, $"bad case header: {line}");
                current = new List<string>();
            }
            else if (current is not null)
            {
                current.Add(line);
            }
        }

        Flush();
        return (string.Join("\n", stubs), cases);
    }

    private sealed record Case(bool Positive, HashSet<string> Rules, string Source, string Note, string Content);
}

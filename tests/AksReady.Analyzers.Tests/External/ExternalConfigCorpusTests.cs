using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using AksReady.Analyzers.Configuration;
using AksReady.Analyzers.Rules;
using AksReady.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace AksReady.Analyzers.Tests.External;

/// <summary>
/// Held-out JSON/YAML secrets sets: <c>Corpus/External/config-secrets.txt</c> (set 1: configuration files from KICS,
/// Checkov, secretlint, detect-secrets and cred-alert test suites), <c>config-secrets-2.txt</c> (set 2: whispers and
/// kube-linter test fixtures) and <c>config-secrets-3.txt</c> (set 3: cfn_nag, arm-ttk, kubescape, PSRule and trivy
/// test inputs) and <c>config-secrets-4.txt</c> (set 4, JSON-heavy: gitleaks rule tps/fps and trufflehog detector test
/// inputs) and <c>config-secrets-5.txt</c> (set 5: noseyparker, security-utilities, ripsecrets, talisman and ggshield
/// labelled examples) and <c>config-secrets-6.txt</c> (set 6: kingfisher, git-secrets and repo-supervisor labelled
/// examples) and <c>config-secrets-7.txt</c> (set 7: gosec, earlybird, horusec, eslint-plugin-no-secrets and bandit
/// labelled examples) and <c>config-secrets-8.txt</c> (set 8: ruff, find-sec-bugs, njsscan, dockle, pre-commit-hooks and
/// pmd labelled examples) and <c>config-secrets-9.txt</c> (set 9: CredSweeper, tfsec, defsec, mobsfscan, cfn-lint, cfripper
/// and zizmor labelled examples) and <c>config-secrets-10.txt</c> (set 10: Bearer and actionlint labelled examples) and <c>config-secrets-11.txt</c> (set 11: sonar-text
/// secret-rule examples and GitHub custom-pattern test data; its own fact) and <c>config-secrets-12.txt</c> (set 12: sonar-text examples of other providers; its own fact) and <c>config-secrets-13.txt</c> (set 13: sonar-text examples of providers no earlier set used; its own fact), labelled by hand from what the peer test asserts. Measures AKS2003 and prints precision/recall per
/// format and per source repository; fails only when a file cannot be read, a case has no provenance, or it holds fewer
/// cases or units than its first line states.
/// </summary>
/// <remarks>
/// Units: each labelled line (<c>secret: 4 7</c>) is a positive, detected when an AKS2003 diagnostic starts on it;
/// <c>secret: file</c> is one positive for the whole file (the peer reports the file, not a value); <c>secret: none</c>
/// without <c>clean:</c> is one negative, a false positive when any AKS2003 diagnostic lands in the file. Each line of
/// <c>clean: 2 5</c> is one negative (the peer asserts that exact value is not a finding), a false positive when a
/// diagnostic starts on it. The other lines of a file with labelled or clean lines form one more negative ("rest of
/// file"), a false positive when a diagnostic starts on a line that is neither labelled, clean nor excluded
/// (<c>exclude: 16</c>).
/// </remarks>
public sealed class ExternalConfigCorpusTests
{
    private static readonly Regex HeaderRegex = new(
        @"^=== (?<name>[^|]+?) \| secret: (?<secret>none|file|[\d ]+?)(?: \| exclude: (?<exclude>[\d ]+?))?(?: \| clean: (?<clean>[\d ]+?))? \| source: (?<source>[^|]+?) \| (?<note>.*)$",
        RegexOptions.CultureInvariant);

    private readonly ITestOutputHelper output;

    public ExternalConfigCorpusTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [Theory]
    [InlineData("config-secrets.txt")]
    [InlineData("config-secrets-2.txt")]
    [InlineData("config-secrets-3.txt")]
    [InlineData("config-secrets-4.txt")]
    [InlineData("config-secrets-5.txt")]
    [InlineData("config-secrets-6.txt")]
    [InlineData("config-secrets-7.txt")]
    [InlineData("config-secrets-8.txt")]
    [InlineData("config-secrets-9.txt")]
    [InlineData("config-secrets-10.txt")]
    public Task HeldOutConfigFiles_Aks2003PrecisionAndRecall_AreMeasured(string setFile) => MeasureSetAsync(setFile, source => source.Split(':')[0]);

    /// <summary>
    /// Eleventh held-out set (<c>config-secrets-11.txt</c>), a blind measurement of the rules of 29d7abf: SonarSource/sonar-text's
    /// secret-rule examples (database and Azure providers) and the snapshot-labelled test data of GitHub's
    /// secret-scanning custom patterns, as appsettings.json, YAML and compose files (see the README). Figures per source family.
    /// </summary>
    [Fact]
    public Task HeldOutConfigSecretsSet11_Aks2003PrecisionAndRecall_AreMeasured() => MeasureSetAsync(
        "config-secrets-11.txt",
        source => source.StartsWith("SonarSource/sonar-text:", StringComparison.Ordinal)
            ? (source.Contains("/configuration/azure", StringComparison.Ordinal) ? "sonar-text-azure" : "sonar-text-databases")
            : source.StartsWith("advanced-security/", StringComparison.Ordinal) ? "gh-custom-patterns" : source.Split(':')[0]);

    /// <summary>
    /// Twelfth held-out set (<c>config-secrets-12.txt</c>), a blind measurement of the rules of cb005ab: SonarSource/sonar-text's
    /// secret-rule examples for providers other than databases and Azure, as appsettings.json, YAML, compose, workflow and
    /// credential JSON files (see the README). Figures per provider.
    /// </summary>
    [Fact]
    public Task HeldOutConfigSecretsSet12_Aks2003PrecisionAndRecall_AreMeasured() => MeasureSetAsync(
        "config-secrets-12.txt",
        source => source.StartsWith("SonarSource/sonar-text:", StringComparison.Ordinal)
            ? "sonar-text-" + source.Split("/configuration/")[1].Split(".yaml")[0].ToLowerInvariant()
            : source.Split(':')[0]);

    /// <summary>
    /// Thirteenth held-out set (<c>config-secrets-13.txt</c>), a blind measurement of the rules of 418322c: SonarSource/sonar-text's
    /// secret-rule examples for providers no earlier set used, as appsettings.json, YAML, compose, workflow and
    /// service-credential JSON files (see the README). Figures per provider.
    /// </summary>
    [Fact]
    public Task HeldOutConfigSecretsSet13_Aks2003PrecisionAndRecall_AreMeasured() => MeasureSetAsync(
        "config-secrets-13.txt",
        source => source.StartsWith("SonarSource/sonar-text:", StringComparison.Ordinal)
            ? "sonar-text-" + source.Split("/configuration/")[1].Split(".yaml")[0].ToLowerInvariant()
            : source.Split(':')[0]);

    /// <summary>
    /// Fourteenth held-out set (<c>config-secrets-14.txt</c>), a blind measurement of the rules of f7b7f0a: SonarSource/sonar-text's
    /// secret-rule examples for six providers no earlier set used and github/codeql's hard-coded credential query tests in
    /// JavaScript, Java, Python, Ruby and Go, as appsettings.json, YAML, compose, pipeline-script, Kubernetes Secret and
    /// service-credential files (see the README). Figures per provider and per CodeQL language.
    /// </summary>
    [Fact]
    public Task HeldOutConfigSecretsSet14_Aks2003PrecisionAndRecall_AreMeasured() => MeasureSetAsync(
        "config-secrets-14.txt",
        source => source.StartsWith("SonarSource/sonar-text:", StringComparison.Ordinal)
            ? "sonar-text-" + source.Split("/configuration/")[1].Split(".yaml")[0].ToLowerInvariant()
            : "codeql-" + source.Split(':')[1].Split('/')[0]);

    /// <summary>
    /// Fifteenth held-out set (<c>config-secrets-15.txt</c>), a blind measurement of the rules of 17200dd: SonarSource/SonarJS's
    /// S2068 and S6418 tests and sonar-java's HardCodedPasswordCheck and HardCodedSecretCheck fixtures, as appsettings.json and
    /// YAML files (see the README). Figures per peer rule test.
    /// </summary>
    [Fact]
    public Task HeldOutConfigSecretsSet15_Aks2003PrecisionAndRecall_AreMeasured() => MeasureSetAsync(
        "config-secrets-15.txt",
        source => source.StartsWith("SonarSource/SonarJS:", StringComparison.Ordinal)
            ? "sonarjs-" + source.Split("/rules/")[1].Split('/')[0]
            : "sonar-java-" + Path.GetFileNameWithoutExtension(source.Split(':')[1].Split('@')[0]));

    /// <summary>
    /// Sixteenth held-out set (<c>config-secrets-16.txt</c>), a blind measurement of the rules of 1a56028: avito-tech/deepsecrets'
    /// engine-test fixtures, ntoskernel/deepsecrets' labelled variable-scoring table and SAP/credential-digger's file-scanner
    /// fixtures, as appsettings.json and YAML files (see the README). Stated size: 119 files, 58 positive and 93 negative
    /// units. Figures per repository and fixture file.
    /// </summary>
    [Fact]
    public Task HeldOutConfigSecretsSet16_Aks2003PrecisionAndRecall_AreMeasured() => MeasureSetAsync(
        "config-secrets-16.txt",
        source => source.Split(':')[0] + ":" + Path.GetFileName(source.Split(':')[1].Split('@')[0]));

    /// <summary>
    /// Seventeenth held-out set (<c>config-secrets-17.txt</c>), a blind measurement of the rules of 2f067d5: aquasecurity/trivy's
    /// secret scanner tests (the named values and connection strings of scanner_test.go's built-in-rule rows and of
    /// builtin_rules_azure_test.go), as appsettings.json and YAML files (see the README). Stated size: 31 files, 22 positive and
    /// 23 negative units. Figures per repository and test or testdata file.
    /// </summary>
    [Fact]
    public Task HeldOutConfigSecretsSet17_Aks2003PrecisionAndRecall_AreMeasured() => MeasureSetAsync(
        "config-secrets-17.txt",
        source => source.Split(':')[0] + ":" + Path.GetFileName(source.Split(':')[1].Split('@')[0]));

    /// <summary>Measures one set file; <paramref name="sourceKey"/> maps a case's source to the key of its per-source line.</summary>
    private async Task MeasureSetAsync(string setFile, Func<string, string> sourceKey)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Corpus", "External", setFile);
        var lines = File.ReadAllLines(path);
        var stated = Regex.Match(lines[0], @"cases: (\d+); positives: (\d+); negatives: (\d+)");
        Assert.True(stated.Success, "first line must state 'cases: N; positives: P; negatives: Q'");
        var cases = Load(lines);
        Assert.True(cases.Count >= Stated(stated, 1), $"{cases.Count} cases, {stated.Groups[1].Value} stated");
        Assert.All(cases, c => Assert.Matches(@"^[\w.-]+/[\w.-]+:\S+@[0-9a-f]{40}$", c.Source));

        var references = await TestReferenceAssemblies.AspNetCore80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var compilation = CSharpCompilation.Create(
            "ExternalConfigCorpus",
            new[] { CSharpSyntaxTree.ParseText("namespace ExternalConfigCorpus { internal static class Marker { } }", new CSharpParseOptions(LanguageVersion.Latest)) },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var files = cases.Select((c, i) => (AdditionalText)new InMemoryAdditionalText($"/external/{i:000}/{c.Name}", c.Content)).ToImmutableArray();
        var details = new List<string>();
        var (totals, bySource) = await MeasureAsync(compilation, files, cases, optionsProvider: null, details, sourceKey);
        output.WriteLine(setFile);
        var all = WriteFormatTotals(totals);
        foreach (var (repository, t) in bySource)
        {
            output.WriteLine(Format($"  source {repository}:", t));
        }

        ExternalCSharpSecretsCorpusTests.WriteDetails(output, details);

        Assert.True(all[0] + all[2] >= Stated(stated, 2), $"{all[0] + all[2]} positive units, stated {stated.Groups[2].Value}");
        Assert.True(all[1] + all[3] >= Stated(stated, 3), $"{all[1] + all[3]} negative units, stated {stated.Groups[3].Value}");

        // The opt-out of AKS2001.report_weak_values (on by default since 2026-11-27): counts only.
        var (weakTotals, _) = await MeasureAsync(compilation, files, cases, new GlobalOptionsProvider(OptionKeys.ReportWeakValues, "false"), new List<string>(), sourceKey);
        output.WriteLine($"{setFile} with {OptionKeys.ReportWeakValues} = false");
        WriteFormatTotals(weakTotals);
    }

    /// <summary>Prints one line per format and one for all of them; returns the sums.</summary>
    private int[] WriteFormatTotals(SortedDictionary<string, int[]> totals)
    {
        var all = new int[4];
        foreach (var (format, t) in totals)
        {
            output.WriteLine(Format($"  {format,-5}", t));
            for (var k = 0; k < 4; k++)
            {
                all[k] += t[k];
            }
        }

        output.WriteLine(Format("  all  ", all));
        return all;
    }

    /// <summary>Runs AKS2003 over the set's files and counts TP, FP, FN, TN per format and per source key (the repository, or a family).</summary>
    private static async Task<(SortedDictionary<string, int[]> Totals, SortedDictionary<string, int[]> BySource)> MeasureAsync(
        Compilation compilation, ImmutableArray<AdditionalText> files, List<ConfigCase> cases, AnalyzerConfigOptionsProvider? optionsProvider, List<string> details,
        Func<string, string> sourceKey)
    {
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new SecretsInConfigurationFilesAnalyzer()), new CompilationWithAnalyzersOptions(optionsProvider is null ? new AnalyzerOptions(files) : new AnalyzerOptions(files, optionsProvider), null, true, false))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        var byFile = diagnostics.Where(d => d.Id == "AKS2003")
            .GroupBy(d => d.Location.GetLineSpan().Path)
            .ToDictionary(g => g.Key, g => g.Select(d => (Line: d.Location.GetLineSpan().StartLinePosition.Line + 1, Message: d.GetMessage(CultureInfo.InvariantCulture))).ToList(), StringComparer.Ordinal);

        var totals = new SortedDictionary<string, int[]>(StringComparer.Ordinal); // format -> tp, fp, fn, tn
        var bySource = new SortedDictionary<string, int[]>(StringComparer.Ordinal); // source repository -> tp, fp, fn, tn
        for (var i = 0; i < cases.Count; i++)
        {
            var @case = cases[i];
            var reported = byFile.TryGetValue(files[i].Path, out var found) ? found : new List<(int Line, string Message)>();
            var format = @case.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "json" : "yaml";
            var t = totals.TryGetValue(format, out var existing) ? existing : totals[format] = new int[4];
            var repository = sourceKey(@case.Source);
            var before = (int[])t.Clone();
            var where = $"{@case.Name} ({@case.Source.Split('@')[0]})";
            var clean = ParseLines(@case.Clean);
            if (@case.Secret == "file")
            {
                Count(t, positive: true, hit: reported.Count > 0, details, where, default);
            }
            else if (@case.Secret == "none" && clean.Count == 0)
            {
                var first = reported.FirstOrDefault();
                Count(t, positive: false, hit: reported.Count > 0, details, first.Line > 0 ? $"{where} line {first.Line}: {@case.Line(first.Line)}" : where, first);
            }
            else
            {
                var labelled = @case.Secret == "none" ? new HashSet<int>() : ParseLines(@case.Secret);
                var excluded = ParseLines(@case.Exclude);
                foreach (var line in labelled.OrderBy(l => l))
                {
                    Count(t, positive: true, hit: reported.Any(r => r.Line == line), details, $"{where} line {line}: {@case.Line(line)}", default);
                }

                foreach (var line in clean.OrderBy(l => l))
                {
                    var onLine = reported.FirstOrDefault(r => r.Line == line);
                    Count(t, positive: false, hit: onLine != default, details, $"{where} clean line {line}: {@case.Line(line)}", onLine);
                }

                if (@case.HasRest(labelled, clean))
                {
                    var extra = reported.FirstOrDefault(r => !labelled.Contains(r.Line) && !clean.Contains(r.Line) && !excluded.Contains(r.Line));
                    Count(t, positive: false, hit: extra != default, details, extra.Line > 0 ? $"{where} rest of file, line {extra.Line}: {@case.Line(extra.Line)}" : $"{where} rest of file", extra);
                }
            }

            var s = bySource.TryGetValue(repository, out var known) ? known : bySource[repository] = new int[4];
            for (var k = 0; k < 4; k++)
            {
                s[k] += t[k] - before[k];
            }
        }


        return (totals, bySource);
    }


    private static HashSet<int> ParseLines(string? lines)
        => (lines ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToHashSet();

    private static int Stated(Match stated, int group) => int.Parse(stated.Groups[group].Value, CultureInfo.InvariantCulture);

    private static void Count(int[] t, bool positive, bool hit, List<string> details, string where, (int Line, string Message) report)
    {
        switch (positive, hit)
        {
            case (true, true): t[0]++; break;
            case (false, true): t[1]++; details.Add($"    FALSE+ {where} ({report.Message.Split(';')[0]})"); break;
            case (true, false): t[2]++; details.Add($"    MISSED {where}"); break;
            default: t[3]++; break;
        }
    }

    private static string Format(string label, int[] t)
    {
        var (tp, fp, fn, tn) = (t[0], t[1], t[2], t[3]);
        var precision = tp + fp == 0 ? 1 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 1 : (double)tp / (tp + fn);
        return string.Format(CultureInfo.InvariantCulture, "{0} positives={1,4} negatives={2,4} TP={3,4} FP={4,3} FN={5,3} TN={6,4} precision={7:0.0000} recall={8:0.0000}", label, tp + fn, fp + tn, tp, fp, fn, tn, precision, recall);
    }

    private static List<ConfigCase> Load(string[] lines)
    {
        var cases = new List<ConfigCase>();
        Match? header = null;
        var content = new List<string>();

        void Flush()
        {
            if (header is not null)
            {
                cases.Add(new ConfigCase(
                    header.Groups["name"].Value.Trim(),
                    header.Groups["secret"].Value.Trim(),
                    header.Groups["exclude"].Success ? header.Groups["exclude"].Value.Trim() : null,
                    header.Groups["clean"].Success ? header.Groups["clean"].Value.Trim() : null,
                    header.Groups["source"].Value.Trim(),
                    string.Join("\n", content) + "\n"));
            }

            content.Clear();
        }

        foreach (var line in lines.Skip(1))
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                Flush();
                header = HeaderRegex.Match(line);
                Assert.True(header.Success, $"malformed case header: {line}");
            }
            else if (header is not null)
            {
                content.Add(line);
            }
        }

        Flush();
        return cases;
    }

    private sealed record ConfigCase(string Name, string Secret, string? Exclude, string? Clean, string Source, string Content)
    {
        public string Line(int number) => Content.Split('\n')[number - 1].Trim();

        /// <summary>Lines other than the labelled and clean ones that hold something besides a comment.</summary>
        public bool HasRest(HashSet<int> labelled, HashSet<int> clean)
            => Content.Split('\n').Select((text, index) => (text.Trim(), index + 1))
                .Any(l => !labelled.Contains(l.Item2) && !clean.Contains(l.Item2) && l.Item1.Length > 0 && !l.Item1.StartsWith('#'));
    }

    private sealed class InMemoryAdditionalText(string path, string content) : AdditionalText
    {
        private readonly SourceText text = SourceText.From(content);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}

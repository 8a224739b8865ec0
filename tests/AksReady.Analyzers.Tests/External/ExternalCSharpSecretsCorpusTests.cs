using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using AksReady.Analyzers.Configuration;
using AksReady.Analyzers.Rules;
using AksReady.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace AksReady.Analyzers.Tests.External;

/// <summary>
/// Second held-out C# secrets set (<c>Corpus/External/csharp-secrets-2.txt</c>): reduced shapes of the hard-coded
/// credential tests of NIST Juliet (CWE-259), GitHub CodeQL (<c>cs/hardcoded-credentials</c>,
/// <c>cs/hardcoded-connection-string-credentials</c>) and SecurityCodeScan (SCS0015), labelled by what the peer asserts.
/// Measures AKS2001 + AKS2002 per case and prints precision/recall with MISSED / FALSE+ lines; fails only when the file
/// cannot be read, holds fewer cases than its first line states, or a case does not compile.
/// </summary>
/// <remarks>
/// Unit: one case (one peer test method or labelled statement). A positive is detected when an AKS2001 or AKS2002
/// diagnostic lands anywhere in the case; a negative is a false positive when one does. The <c>=== stubs</c> block is
/// compiled once with all cases; each case is its own syntax tree inside its own namespace.
/// </remarks>
public sealed class ExternalCSharpSecretsCorpusTests
{
    private static readonly Regex HeaderRegex = new(@"^=== (?<label>positive|negative) \| source: (?<source>[^|]+?) \| (?<note>.*)$", RegexOptions.CultureInvariant);

    private readonly ITestOutputHelper output;

    public ExternalCSharpSecretsCorpusTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [Fact]
    public Task HeldOutCSharpSecretsSet2_PrecisionAndRecall_AreMeasured() => MeasureAsync(
        "csharp-secrets-2.txt",
        "Set2",
        source => source.StartsWith("NIST", StringComparison.Ordinal) ? "Juliet CWE-259"
            : source.StartsWith("github/codeql", StringComparison.Ordinal) ? "CodeQL CWE-798" : "SecurityCodeScan SCS0015");

    /// <summary>
    /// Third held-out set (<c>csharp-secrets-3.txt</c>): hard-coded cryptographic keys and JWT signing keys, from NIST
    /// Juliet CWE-321, CodeQL <c>cs/hardcoded-key</c>, roslyn-analyzers CA5390 and Sonar S6781 (see the README).
    /// </summary>
    [Fact]
    public Task HeldOutCSharpSecretsSet3_PrecisionAndRecall_AreMeasured() => MeasureAsync(
        "csharp-secrets-3.txt",
        "Set3",
        source => source.StartsWith("NIST", StringComparison.Ordinal) ? "Juliet CWE-321"
            : source.StartsWith("github/codeql", StringComparison.Ordinal) ? "CodeQL CWE-321"
            : source.StartsWith("dotnet/roslyn-analyzers", StringComparison.Ordinal) ? "roslyn-analyzers CA5390" : "Sonar S6781");

    /// <summary>
    /// Fourth held-out set (<c>csharp-secrets-4.txt</c>), a blind measurement after every AKS2001/AKS2002 change of
    /// 2026-11-26: the C# sample form of gitleaks' rule tests (tps positive, fps negative) and trufflehog detector test
    /// inputs placed at their .NET sinks (see the README).
    /// </summary>
    [Fact]
    public Task HeldOutCSharpSecretsSet4_PrecisionAndRecall_AreMeasured() => MeasureAsync(
        "csharp-secrets-4.txt",
        "Set4",
        source => source.StartsWith("gitleaks/", StringComparison.Ordinal) ? "gitleaks" : "trufflehog");

    /// <summary>
    /// Fifth held-out set (<c>csharp-secrets-5.txt</c>), a blind measurement of the rules of f9405c3: the labelled
    /// examples of noseyparker's rules, microsoft/security-utilities' generated true/false positives, ripsecrets'
    /// one-per-line and none test files, talisman's detector tests and ggshield's test patches, typed as .NET code
    /// (see the README).
    /// </summary>
    [Fact]
    public Task HeldOutCSharpSecretsSet5_PrecisionAndRecall_AreMeasured() => MeasureAsync(
        "csharp-secrets-5.txt",
        "Set5",
        source => source.StartsWith("praetorian-inc/", StringComparison.Ordinal) ? "noseyparker"
            : source.StartsWith("microsoft/", StringComparison.Ordinal) ? "security-utilities"
            : source.StartsWith("sirwart/", StringComparison.Ordinal) ? "ripsecrets"
            : source.StartsWith("thoughtworks/", StringComparison.Ordinal) ? "talisman" : "ggshield");

    /// <summary>
    /// Sixth held-out set (<c>csharp-secrets-6.txt</c>), a blind measurement of the rules of c550291: mongodb/kingfisher
    /// rule examples (positive), its <c>visible: false</c> identifier examples and its own <c>ignore_if_contains</c>
    /// placeholders (negative) and its integration-test inputs, git-secrets' credentials-file test and
    /// repo-supervisor's integration and pre-filter fixtures, typed as .NET code (see the README).
    /// </summary>
    [Fact]
    public Task HeldOutCSharpSecretsSet6_PrecisionAndRecall_AreMeasured() => MeasureAsync(
        "csharp-secrets-6.txt",
        "Set6",
        source => source.StartsWith("mongodb/", StringComparison.Ordinal) ? "kingfisher"
            : source.StartsWith("awslabs/", StringComparison.Ordinal) ? "git-secrets" : "repo-supervisor");

    /// <summary>
    /// Seventh held-out set (<c>csharp-secrets-7.txt</c>), a blind measurement of the rules of 283367a: gosec's G101
    /// samples, earlybird's false-positive and post-process tests, horusec's leaks rule samples,
    /// eslint-plugin-no-secrets' rule tests and bandit's hard-coded password example, typed as .NET code (see the README).
    /// </summary>
    [Fact]
    public Task HeldOutCSharpSecretsSet7_PrecisionAndRecall_AreMeasured() => MeasureAsync(
        "csharp-secrets-7.txt",
        "Set7",
        source => source.StartsWith("securego/", StringComparison.Ordinal) ? "gosec"
            : source.StartsWith("americanexpress/", StringComparison.Ordinal) ? "earlybird"
            : source.StartsWith("ZupIT/", StringComparison.Ordinal) ? "horusec"
            : source.StartsWith("nickdeis/", StringComparison.Ordinal) ? "eslint-no-secrets" : "bandit");

    /// <summary>
    /// Eighth held-out set (<c>csharp-secrets-8.txt</c>), a blind measurement of the rules of 6c21d64: ruff's
    /// flake8-bandit S105-S107 fixture and snapshots, find-sec-bugs' hard-coded password/key detector tests, njsscan's
    /// node_password/node_secret test files, dockle's sensitive-variable test, pre-commit-hooks' private-key and AWS
    /// credential tests and pmd's ApexSuggestUsingNamedCred rule test, typed as .NET code (see the README).
    /// </summary>
    [Fact]
    public Task HeldOutCSharpSecretsSet8_PrecisionAndRecall_AreMeasured() => MeasureAsync(
        "csharp-secrets-8.txt",
        "Set8",
        source => source.StartsWith("astral-sh/", StringComparison.Ordinal) ? "ruff"
            : source.StartsWith("find-sec-bugs/", StringComparison.Ordinal) ? "find-sec-bugs"
            : source.StartsWith("ajinabraham/", StringComparison.Ordinal) ? "njsscan"
            : source.StartsWith("goodwithtech/", StringComparison.Ordinal) ? "dockle"
            : source.StartsWith("pre-commit/", StringComparison.Ordinal) ? "pre-commit-hooks" : "pmd");

    /// <summary>
    /// Ninth held-out set (<c>csharp-secrets-9.txt</c>), a blind measurement of the rules of aad0e08: CredSweeper's
    /// expected scan report (code-shaped lines and two prose samples) and negative samples, tfsec's general secrets
    /// rule tests and examples, defsec's plaintext-secret checks, mobsfscan's hard-coded secret rule tests, cfn-lint's
    /// W2501 success template, cfripper's HardcodedRDSPasswordRule test and zizmor's hardcoded-container-credentials
    /// test, typed as .NET code (see the README).
    /// </summary>
    [Fact]
    public Task HeldOutCSharpSecretsSet9_PrecisionAndRecall_AreMeasured() => MeasureAsync(
        "csharp-secrets-9.txt",
        "Set9",
        source => source.StartsWith("Samsung/", StringComparison.Ordinal) ? (source.Contains("/doc_", StringComparison.Ordinal) ? "credsweeper-docs" : "credsweeper")
            : source.StartsWith("aquasecurity/tfsec", StringComparison.Ordinal) ? "tfsec"
            : source.StartsWith("aquasecurity/defsec", StringComparison.Ordinal) ? "defsec"
            : source.StartsWith("MobSF/", StringComparison.Ordinal) ? "mobsfscan"
            : source.StartsWith("aws-cloudformation/", StringComparison.Ordinal) ? "cfn-lint"
            : source.StartsWith("Skyscanner/", StringComparison.Ordinal) ? "cfripper" : "zizmor");

    /// <summary>
    /// Tenth held-out set (<c>csharp-secrets-10.txt</c>), a blind measurement of the rules of 0a31224: Bearer's
    /// hard-coded secret rule tests (bearer-rules testdata for JavaScript, Express, Ruby, Rails, Java, PHP and Go),
    /// PSScriptAnalyzer's AvoidUsingConvertToSecureStringWithPlainText test and actionlint's hardcoded_credentials
    /// example, typed as .NET code (see the README).
    /// </summary>
    [Fact]
    public Task HeldOutCSharpSecretsSet10_PrecisionAndRecall_AreMeasured() => MeasureAsync(
        "csharp-secrets-10.txt",
        "Set10",
        source => source.StartsWith("Bearer/", StringComparison.Ordinal) ? "bearer-" + source.Split('/')[2] switch
            {
                "javascript" => "js",
                var language => language,
            }
            : source.StartsWith("PowerShell/", StringComparison.Ordinal) ? "psscriptanalyzer" : "actionlint");

    /// <summary>
    /// Eleventh held-out set (<c>csharp-secrets-11.txt</c>), a blind measurement of the rules of 29d7abf: SonarSource/sonar-text's
    /// secret-rule examples (database providers: ODBC/JDBC, MySQL, PostgreSQL, MongoDB, Redis, RabbitMQ; Azure providers:
    /// storage and subscription keys, Event Grid, Functions, Logic Apps, Machine Learning, App Service, Bot Framework) and
    /// the snapshot-labelled test data of GitHub's secret-scanning custom patterns, typed as .NET code (see the README).
    /// </summary>
    [Fact]
    public Task HeldOutCSharpSecretsSet11_PrecisionAndRecall_AreMeasured() => MeasureAsync(
        "csharp-secrets-11.txt",
        "Set11",
        source => source.StartsWith("SonarSource/sonar-text:", StringComparison.Ordinal)
            ? (source.Contains("/configuration/azure", StringComparison.Ordinal) ? "sonar-text-azure" : "sonar-text-databases")
            : "gh-custom-patterns");

    /// <summary>
    /// Twelfth held-out set (<c>csharp-secrets-12.txt</c>), a blind measurement of the rules of cb005ab: SonarSource/sonar-text's
    /// secret-rule examples for providers other than databases and Azure (cloud keys, code-hosting and package-registry
    /// tokens, messaging webhooks, payment, AI and SaaS API keys, private keys), typed as .NET code (see the README).
    /// Figures per provider.
    /// </summary>
    [Fact]
    public Task HeldOutCSharpSecretsSet12_PrecisionAndRecall_AreMeasured() => MeasureAsync(
        "csharp-secrets-12.txt",
        "Set12",
        source => "sonar-text-" + source.Split("/configuration/")[1].Split(".yaml")[0].ToLowerInvariant());

    /// <summary>
    /// Thirteenth held-out set (<c>csharp-secrets-13.txt</c>), a blind measurement of the rules of 418322c: SonarSource/sonar-text's
    /// secret-rule examples for providers no earlier set used (IoT, blockchain, AI, map, cloud, e-commerce, messaging and
    /// developer-tool keys and tokens), typed as .NET code (see the README). Figures per provider.
    /// </summary>
    [Fact]
    public Task HeldOutCSharpSecretsSet13_PrecisionAndRecall_AreMeasured() => MeasureAsync(
        "csharp-secrets-13.txt",
        "Set13",
        source => "sonar-text-" + source.Split("/configuration/")[1].Split(".yaml")[0].ToLowerInvariant());

    /// <summary>
    /// Fourteenth held-out set (<c>csharp-secrets-14.txt</c>), a blind measurement of the rules of f7b7f0a: SonarSource/sonar-text's
    /// secret-rule examples for six providers no earlier set used (Sidekiq, Docker Swarm, Kairos, IBM Cloud Object Storage,
    /// Terraform, SonarQube scoped organization tokens) and github/codeql's hard-coded credential query tests in JavaScript,
    /// Java, Python, Ruby and Go, typed as .NET code (see the README). Figures per provider and per CodeQL language.
    /// </summary>
    [Fact]
    public Task HeldOutCSharpSecretsSet14_PrecisionAndRecall_AreMeasured() => MeasureAsync(
        "csharp-secrets-14.txt",
        "Set14",
        source => source.StartsWith("SonarSource/sonar-text:", StringComparison.Ordinal)
            ? "sonar-text-" + source.Split("/configuration/")[1].Split(".yaml")[0].ToLowerInvariant()
            : "codeql-" + source.Split(':')[1].Split('/')[0]);

    /// <summary>
    /// Fifteenth held-out set (<c>csharp-secrets-15.txt</c>), a blind measurement of the rules of 17200dd: SonarSource/SonarJS's
    /// S2068, S6418 and S6437 tests and sonar-java's HardCodedPasswordCheck (S2068) and HardCodedSecretCheck (S6418) fixtures,
    /// typed as .NET code (see the README). Figures per peer rule test.
    /// </summary>
    [Fact]
    public Task HeldOutCSharpSecretsSet15_PrecisionAndRecall_AreMeasured() => MeasureAsync(
        "csharp-secrets-15.txt",
        "Set15",
        source => source.StartsWith("SonarSource/SonarJS:", StringComparison.Ordinal)
            ? "sonarjs-" + source.Split("/rules/")[1].Split('/')[0]
            : "sonar-java-" + Path.GetFileNameWithoutExtension(source.Split(':')[1].Split('@')[0]));

    /// <summary>
    /// Sixteenth held-out set (<c>csharp-secrets-16.txt</c>), a blind measurement of the rules of 1a56028: avito-tech/deepsecrets'
    /// regex, semantic and hashed-secret engine tests (the findings they assert on their fixtures), ntoskernel/deepsecrets'
    /// labelled variable-scoring table and SAP/credential-digger's file-scanner fixtures, typed as .NET code (see the README).
    /// Stated size: 132 cases, 67 positives, 65 negatives. Figures per repository and fixture file.
    /// </summary>
    [Fact]
    public Task HeldOutCSharpSecretsSet16_PrecisionAndRecall_AreMeasured() => MeasureAsync(
        "csharp-secrets-16.txt",
        "Set16",
        source => source.Split(':')[0] + ":" + Path.GetFileName(source.Split(':')[1].Split('@')[0]));

    /// <summary>
    /// Seventeenth held-out set (<c>csharp-secrets-17.txt</c>), a blind measurement of the rules of 2f067d5: aquasecurity/trivy's
    /// secret scanner tests (scanner_test.go's built-in-rule rows and the testdata lines they expect found or not found,
    /// builtin_rules_azure_test.go's and builtin_rules_test.go's per-rule wantHit tables), typed as .NET code (see the README;
    /// the repository gave one file to configuration set 3, not used here). Stated size: 52 cases, 30 positives, 22 negatives.
    /// Figures per repository and test or testdata file.
    /// </summary>
    [Fact]
    public Task HeldOutCSharpSecretsSet17_PrecisionAndRecall_AreMeasured() => MeasureAsync(
        "csharp-secrets-17.txt",
        "Set17",
        source => source.Split(':')[0] + ":" + Path.GetFileName(source.Split(':')[1].Split('@')[0]));

    private async Task MeasureAsync(string fileName, string setName, Func<string, string> familyOf)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Corpus", "External", fileName));
        var stated = Regex.Match(lines[0], @"cases: (\d+); positives: (\d+); negatives: (\d+)");
        Assert.True(stated.Success, "first line must state 'cases: N; positives: P; negatives: Q'");
        var (stubs, cases) = Load(lines);
        Assert.True(cases.Count >= int.Parse(stated.Groups[1].Value, CultureInfo.InvariantCulture), $"{cases.Count} cases, {stated.Groups[1].Value} stated");
        Assert.True(cases.Count(c => c.Positive) >= int.Parse(stated.Groups[2].Value, CultureInfo.InvariantCulture), "fewer positives than stated");
        Assert.True(cases.Count(c => !c.Positive) >= int.Parse(stated.Groups[3].Value, CultureInfo.InvariantCulture), "fewer negatives than stated");

        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(stubs, parseOptions, path: "/external/stubs.cs") };
        for (var i = 0; i < cases.Count; i++)
        {
            trees.Add(CSharpSyntaxTree.ParseText($"namespace {setName}.C{i:000}\n{{\n{cases[i].Content}\n}}\n", parseOptions, path: $"/external/{i:000}.cs"));
        }

        var references = await TestReferenceAssemblies.AspNetCore80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var compilation = CSharpCompilation.Create(
            "ExternalCSharpSecrets" + setName,
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(20)));
        var byFile = await AnalyzeAsync(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty));
        var details = new List<string>();
        var totals = Tally(cases, byFile, familyOf, details);
        output.WriteLine($"Held-out C# secrets {fileName} (AKS2001 + AKS2002), per source:");
        WriteTotals(totals);
        WriteDetails(output, details);

        // The opt-out of AKS2001.report_weak_values (on by default since 2026-11-27): counts only.
        var strict = await AnalyzeAsync(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new GlobalOptionsProvider(OptionKeys.ReportWeakValues, "false")));
        Assert.Empty(strict.Keys.Except(byFile.Keys)); // turning the option off only removes findings
        output.WriteLine($"Same set with {OptionKeys.ReportWeakValues} = false, per source:");
        WriteTotals(Tally(cases, strict, familyOf, details: null));
    }

    /// <summary>
    /// The MISSED / FALSE+ lines name the cases of held-out sets: printed only when <c>AKSREADY_CORPUS_DETAILS=1</c> (while
    /// tuning on a set on purpose), so that test and CI logs carry counts only and the sets stay unread.
    /// </summary>
    internal static void WriteDetails(ITestOutputHelper output, List<string> details)
    {
        if (Environment.GetEnvironmentVariable("AKSREADY_CORPUS_DETAILS") != "1")
        {
            output.WriteLine($"  ({details.Count} MISSED / FALSE+ lines not printed; AKSREADY_CORPUS_DETAILS=1 prints them)");
            return;
        }

        foreach (var line in details)
        {
            output.WriteLine(line);
        }
    }

    private static async Task<Dictionary<string, List<Diagnostic>>> AnalyzeAsync(Compilation compilation, AnalyzerOptions options)
    {
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new CredentialsInCodeAnalyzer(), new CredentialsInStringsAnalyzer()), new CompilationWithAnalyzersOptions(options, null, true, false))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics.Where(d => d.Id is "AKS2001" or "AKS2002")
            .GroupBy(d => d.Location.GetLineSpan().Path)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    /// <summary>TP, FP, FN, TN per source family and for "all"; MISSED / FALSE+ lines go to <paramref name="details"/> when given.</summary>
    private static SortedDictionary<string, int[]> Tally(List<Case> cases, Dictionary<string, List<Diagnostic>> byFile, Func<string, string> familyOf, List<string>? details)
    {
        var totals = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        for (var i = 0; i < cases.Count; i++)
        {
            var @case = cases[i];
            var hit = byFile.TryGetValue($"/external/{i:000}.cs", out var found);
            var family = familyOf(@case.Source);
            foreach (var key in new[] { family, "all" })
            {
                var t = totals.TryGetValue(key, out var existing) ? existing : totals[key] = new int[4];
                t[(@case.Positive, hit) switch { (true, true) => 0, (false, true) => 1, (true, false) => 2, _ => 3 }]++;
            }

            if (details is null)
            {
                continue;
            }

            var what = $"#{i:000} {@case.Note} ({@case.Source.Split(':').Last().Split('@')[0]})";

            if (@case.Positive && !hit)
            {
                details.Add($"    MISSED {what}");
            }
            else if (!@case.Positive && hit)
            {
                details.Add($"    FALSE+ {what}: {string.Join("; ", found!.Select(d => $"{d.Id} line {d.Location.GetLineSpan().StartLinePosition.Line - 1}: {d.GetMessage(CultureInfo.InvariantCulture)}"))}");
            }
        }

        return totals;
    }

    private void WriteTotals(SortedDictionary<string, int[]> totals) => WriteTotals(output, totals, keyWidth: 24);

    /// <summary>One line per source family (TP, FP, FN, TN in <paramref name="totals"/>), "all" last; shared by the external-set tests.</summary>
    internal static void WriteTotals(ITestOutputHelper output, SortedDictionary<string, int[]> totals, int keyWidth)
    {
        foreach (var (key, t) in totals.OrderBy(p => p.Key == "all" ? 1 : 0).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "  {0} positives={1,3} negatives={2,3} TP={3,3} FP={4,3} FN={5,3} TN={6,3} precision={7:0.000} recall={8:0.000}",
                key.PadRight(keyWidth), t[0] + t[2], t[1] + t[3], t[0], t[1], t[2], t[3], t[0] + t[1] == 0 ? 1 : (double)t[0] / (t[0] + t[1]), t[0] + t[2] == 0 ? 1 : (double)t[0] / (t[0] + t[2])));
        }
    }

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
                cases.Add(new Case(header.Groups["label"].Value == "positive", header.Groups["source"].Value, header.Groups["note"].Value, string.Join("\n", current)));
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

    private sealed record Case(bool Positive, string Source, string Note, string Content);
}

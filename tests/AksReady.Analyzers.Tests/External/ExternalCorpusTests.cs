using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using AksReady.Analyzers.Rules;
using AksReady.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace AksReady.Analyzers.Tests.External;

/// <summary>
/// Held-out external corpus (<c>Corpus/External</c>): test inputs of peer tools, labelled by what the peer test asserts:
/// roslyn-analyzers' LoggerMessageDefineTests inputs transcribed as data (in the repository), and SonarAnalyzer's test
/// inputs, which are not redistributed here: <c>fetch_peer_inputs.sh</c> recreates them from a clone, and
/// <c>AKSREADY_EXTERNAL_CORPUS</c> adds them to the measurement. Never used to tune the rules: this test only
/// measures and prints precision/recall per family; it fails only when the corpus cannot be read or is smaller than stated.
/// </summary>
/// <remarks>
/// Unit of evaluation: a candidate statement (a statement, field/property initializer or expression-bodied member whose
/// text matches the file's <c>// Candidates:</c> regex). It is positive for a family when a peer marker targets one of its
/// lines: <c>// Noncompliant</c> (with <c>@-N</c>/<c>@+N</c> offsets) or a caret line <c>// ^^^</c> under it; peer verifiers
/// assert that unmarked statements have no issue, so those are negatives. Statements whose comment says the peer has a false
/// negative (<c>FN</c>, <c>False Negative</c>) are excluded: there the peer's assertion and its stated truth disagree.
/// A statement is detected when a diagnostic of the family starts on one of its lines.
/// </remarks>
[Collection(SerilogCollection.Name)]
public sealed class ExternalCorpusTests
{
    /// <summary>Stated size: the corpus must not silently shrink.</summary>
    private const int MinimumFiles = 1;
    private const int MinimumPositives = 455;
    private const int MinimumNegatives = 691;

    private static readonly Dictionary<string, string[]> FamilyIds = new(StringComparer.Ordinal)
    {
        ["secrets"] = new[] { "AKS2001", "AKS2002", "AKS2003" },
        ["AKS3001"] = new[] { "AKS3001" },
        // The peers' template family includes placeholder casing (CA1727, Sonar S6678), which AKS3007 reports apart.
        ["AKS3002"] = new[] { "AKS3002", "AKS3007" },
        ["AKS3003"] = new[] { "AKS3003" },
        ["AKS3004"] = new[] { "AKS3004" },
        ["AKS3005"] = new[] { "AKS3005" },
    };

    private static readonly Regex MarkerRegex = new(@"//\s*Noncompliant(?:@(?<offset>[+-]\d+))?(?<ids>(?:\s+[A-Z]{2,3}\d{4})*)", RegexOptions.CultureInvariant);
    private static readonly Regex CaretRegex = new(@"^\s*//\s*\^+(?:\s*@(?<offset>[+-]\d+))?", RegexOptions.CultureInvariant);
    private static readonly Regex ExcludedRegex = new(@"//.*\b(?:FN|False Negative)\b", RegexOptions.CultureInvariant);

    private readonly ITestOutputHelper output;

    public ExternalCorpusTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [Fact]
    public async Task HeldOutExternalCorpus_PrecisionAndRecallPerFamily_AreMeasured()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Corpus", "External");
        var files = Directory.GetFiles(folder, "*.cs").OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= MinimumFiles, $"{files.Count} external files, expected at least {MinimumFiles}");

        // Peer inputs that may not be redistributed here (SonarAnalyzer's, see Corpus/External/peer-inputs.tsv) are
        // recreated from a local clone by Corpus/External/fetch_peer_inputs.sh and measured when this names their folder.
        var extra = Environment.GetEnvironmentVariable("AKSREADY_EXTERNAL_CORPUS");
        if (!string.IsNullOrEmpty(extra))
        {
            Assert.True(Directory.Exists(extra), $"AKSREADY_EXTERNAL_CORPUS={extra} does not exist");
            files.AddRange(Directory.GetFiles(extra, "*.cs").OrderBy(f => f, StringComparer.Ordinal));
        }

        var references = await TestReferenceAssemblies.AspNetCore80WithSerilog.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var totals = new SortedDictionary<string, int[]>(StringComparer.Ordinal); // family -> tp, fp, fn, tn
        int positives = 0, negatives = 0, excluded = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var header = ReadHeader(text, Path.GetFileName(file));
            var tree = CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest), path: file);
            var compilation = CSharpCompilation.Create(
                Path.GetFileNameWithoutExtension(file).Replace('-', '_'),
                new[] { tree },
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
                new CredentialsInCodeAnalyzer(), new CredentialsInStringsAnalyzer(), new SecretsInConfigurationFilesAnalyzer(),
                new LoggingCallsAnalyzer(), new ConsoleOutputInServiceCodeAnalyzer());
            var diagnostics = await compilation
                .WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, true, false))
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            var errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);

            var lines = text.Split('\n');
            var targets = MarkerTargets(lines);
            var candidates = Candidates(tree, header.Candidates);
            Assert.NotEmpty(candidates);
            output.WriteLine($"{Path.GetFileName(file)}: {header.Provenance}");
            output.WriteLine($"  {candidates.Count} candidate statements, {errors} compile errors in the peer's input (kept as is)");
            foreach (var (family, peerIds) in header.Families)
            {
                int tp = 0, fp = 0, fn = 0, tn = 0;
                var details = new List<string>();
                foreach (var (first, last) in candidates)
                {
                    if (Enumerable.Range(first, last - first + 1).Any(l => ExcludedRegex.IsMatch(lines[l])))
                    {
                        excluded++;
                        continue;
                    }

                    var positive = Enumerable.Range(first, last - first + 1).Any(l => targets.TryGetValue(l, out var ids) && (ids.Count == 0 ? peerIds.Length == 0 : ids.Overlaps(peerIds)));
                    var hit = diagnostics.Any(d => FamilyIds[family].Contains(d.Id) && d.Location.GetLineSpan().StartLinePosition.Line is var line && line >= first && line <= last);
                    if (positive) { positives++; } else { negatives++; }
                    switch (positive, hit)
                    {
                        case (true, true): tp++; break;
                        case (true, false): fn++; details.Add($"    MISSED line {first + 1}: {lines[first].Trim()}"); break;
                        case (false, true): fp++; details.Add($"    FALSE+ line {first + 1}: {lines[first].Trim()}"); break;
                        default: tn++; break;
                    }
                }

                var total = totals.TryGetValue(family, out var t) ? t : totals[family] = new int[4];
                total[0] += tp; total[1] += fp; total[2] += fn; total[3] += tn;
                output.WriteLine(Format($"  {family,-8}", tp, fp, fn, tn));
                ExternalCSharpSecretsCorpusTests.WriteDetails(output, details.Take(400).ToList());
            }
        }

        output.WriteLine("Held-out external corpus, per family:");
        foreach (var (family, t) in totals)
        {
            output.WriteLine(Format($"  {family,-8}", t[0], t[1], t[2], t[3]));
        }

        output.WriteLine($"  labelled statements: {positives} positive, {negatives} negative (per family evaluation), {excluded} excluded (peer FN)");
        Assert.True(positives >= MinimumPositives, $"{positives} positive labels, stated at least {MinimumPositives}");
        Assert.True(negatives >= MinimumNegatives, $"{negatives} negative labels, stated at least {MinimumNegatives}");
    }

    private static string Format(string label, int tp, int fp, int fn, int tn)
    {
        var precision = tp + fp == 0 ? 1 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 1 : (double)tp / (tp + fn);
        return string.Format(CultureInfo.InvariantCulture, "{0} positives={1,4} negatives={2,4} TP={3,4} FP={4,3} FN={5,3} TN={6,4} precision={7:0.0000} recall={8:0.0000}", label, tp + fn, fp + tn, tp, fp, fn, tn, precision, recall);
    }

    private sealed record Header(string Provenance, Regex Candidates, IReadOnlyList<(string Family, string[] PeerIds)> Families);

    /// <summary>
    /// <c>// Provenance: repo:path@commit</c> (required), <c>// Candidates: regex</c>, and either <c>// Peer rule: Sxxxx ... -&gt; family F</c>
    /// (markers carry no IDs) or <c>// Map: CA2254=AKS3001, CA2017=AKS3002</c> (markers name the peer IDs).
    /// </summary>
    private static Header ReadHeader(string text, string name)
    {
        var head = text.Split('\n').TakeWhile(l => l.StartsWith("//", StringComparison.Ordinal)).ToList();
        var provenance = head.Select(l => Regex.Match(l, @"^// Provenance: (.+)$")).FirstOrDefault(m => m.Success)?.Groups[1].Value.Trim();
        Assert.False(string.IsNullOrEmpty(provenance), $"{name}: missing '// Provenance:' line");
        var candidates = head.Select(l => Regex.Match(l, @"^// Candidates: (.+)$")).FirstOrDefault(m => m.Success)?.Groups[1].Value.Trim();
        Assert.False(string.IsNullOrEmpty(candidates), $"{name}: missing '// Candidates:' line");
        var families = new List<(string, string[])>();
        var family = head.Select(l => Regex.Match(l, @"-> family (\S+)")).FirstOrDefault(m => m.Success);
        if (family is not null)
        {
            families.Add((family.Groups[1].Value, Array.Empty<string>()));
        }

        var map = head.Select(l => Regex.Match(l, @"^// Map: (.+)$")).FirstOrDefault(m => m.Success);
        if (map is not null)
        {
            foreach (var group in map.Groups[1].Value.Split(',').Select(p => p.Trim().Split('=')).GroupBy(p => p[1], p => p[0]))
            {
                families.Add((group.Key, group.ToArray()));
            }
        }

        Assert.True(families.Count > 0 && families.All(f => FamilyIds.ContainsKey(f.Item1)), $"{name}: no known family");
        return new Header(provenance!, new Regex(candidates!, RegexOptions.CultureInvariant), families);
    }

    /// <summary>Line (0-based) -> peer IDs named by the markers targeting it (empty set = a marker without IDs).</summary>
    private static Dictionary<int, HashSet<string>> MarkerTargets(string[] lines)
    {
        var targets = new Dictionary<int, HashSet<string>>();
        void Add(int line, IEnumerable<string> ids)
        {
            if (!targets.TryGetValue(line, out var set))
            {
                targets[line] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.UnionWith(ids);
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var caret = CaretRegex.Match(lines[i]);
            if (caret.Success)
            {
                // A caret line points under the closest code line above it (skipping other caret lines), shifted by @-N.
                var anchor = i - 1;
                while (anchor >= 0 && CaretRegex.IsMatch(lines[anchor]))
                {
                    anchor--;
                }

                var offset = caret.Groups["offset"].Success ? int.Parse(caret.Groups["offset"].Value, CultureInfo.InvariantCulture) : 0;
                if (anchor >= 0)
                {
                    Add(anchor + offset, Array.Empty<string>());
                }

                continue;
            }

            var marker = MarkerRegex.Match(lines[i]);
            if (marker.Success)
            {
                var offset = marker.Groups["offset"].Success ? int.Parse(marker.Groups["offset"].Value, CultureInfo.InvariantCulture) : 0;
                Add(i + offset, marker.Groups["ids"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return targets;
    }

    /// <summary>First and last line (0-based) of each candidate: innermost statements and members holding an expression.</summary>
    private static List<(int First, int Last)> Candidates(SyntaxTree tree, Regex filter)
    {
        var result = new List<(int, int)>();
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            SyntaxNode? span = node switch
            {
                ExpressionStatementSyntax or LocalDeclarationStatementSyntax or ReturnStatementSyntax => node,
                FieldDeclarationSyntax => node,
                PropertyDeclarationSyntax { AccessorList: null } or PropertyDeclarationSyntax { Initializer: not null } => node,
                MethodDeclarationSyntax { ExpressionBody: not null } => node,
                AccessorDeclarationSyntax { ExpressionBody: not null } => node,
                IfStatementSyntax @if => @if.Condition,
                UsingStatementSyntax { Declaration: { } declaration } => declaration,
                UsingStatementSyntax { Expression: { } expression } => expression,
                SwitchLabelSyntax => node,
                _ => null,
            };
            if (span is null || !filter.IsMatch(span.ToString()))
            {
                continue;
            }

            var lines = span.GetLocation().GetLineSpan();
            result.Add((lines.StartLinePosition.Line, lines.EndLinePosition.Line));
        }

        return result;
    }
}

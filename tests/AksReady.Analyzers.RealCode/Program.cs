// Runs every AksReady analyzer over real public code and tallies hand-judged verdicts. See README.md.
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using AksReady.Analyzers.RealCode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

var settings = Settings.Parse(args);
if (settings is null)
{
    Console.Error.WriteLine(Settings.Usage);
    return 2;
}

if (!Directory.Exists(settings.Root))
{
    Console.Error.WriteLine($"AKSREAL001: no folder '{settings.Root}'. Fetch the sample first (README.md, 'Get the files'), or pass --root <folder>.");
    return 2;
}

var analyzers = typeof(AksReady.Analyzers.Rules.CredentialsInCodeAnalyzer).Assembly.GetTypes()
    .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
    .OrderBy(t => t.Name, StringComparer.Ordinal)
    .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
    .ToImmutableArray();

var references = await ReferenceSet.ResolveAsync();
var labels = Labels.Load(settings.LabelGlobs);
var labelLines = labels.Where(l => !SampleFile.IsConfiguration(l.Path)).ToLookup(l => l.Path, l => l.Line, StringComparer.Ordinal);
var binds = new Dictionary<(string Path, int Line), bool>();
var options = new AnalyzerSettings(settings.Options);
var findings = new List<Finding>();
var crashes = new List<string>();
var analyzerTime = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
var compileTime = TimeSpan.Zero;
int files = 0, lines = 0, configFiles = 0, compileErrors = 0;

// Two passes over the sample: the first pays the JIT of compiler and analyzers; findings and times come from the second.
for (var pass = 1; pass <= 2; pass++)
{
    findings.Clear();
    crashes.Clear();
    analyzerTime.Clear();
    compileTime = TimeSpan.Zero;
    files = lines = configFiles = compileErrors = 0;
    foreach (var repoDir in Directory.GetDirectories(settings.Root).OrderBy(d => d, StringComparer.Ordinal))
    {
        var repo = Path.GetFileName(repoDir).Replace("__", "/", StringComparison.Ordinal);
        var all = Directory.GetFiles(repoDir, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToList();
        var config = all.Where(SampleFile.IsConfiguration).ToList();
        configFiles += config.Count;

        // One compilation for the repository's product code, one for its test code (flagged as a test project the way the
        // analyzers tell one: a reference to an assembly named xunit.core), each with the configuration files of its folders.
        foreach (var isTest in new[] { false, true })
        {
            var sources = all.Where(f => f.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) && SampleFile.IsTest(Relative(repoDir, f)) == isTest).ToList();
            // A configuration file belongs to the project whose folder holds it: one under a test folder goes with the test
            // code (a real build hands it to the test project), the others with the product code.
            var ownConfig = config.Where(f => SampleFile.IsTest(Relative(repoDir, f)) == isTest).ToList();
            if (sources.Count == 0 && ownConfig.Count == 0)
            {
                continue;
            }

            var trees = new List<Microsoft.CodeAnalysis.SyntaxTree> { CSharpSyntaxTree.ParseText(SampleFile.GlobalUsings, ReferenceSet.ParseOptions, path: "/real/GlobalUsings.g.cs") };
            foreach (var source in sources)
            {
                var text = File.ReadAllText(source);
                files++;
                lines += text.Count(c => c == '\n') + 1;
                trees.Add(CSharpSyntaxTree.ParseText(text, ReferenceSet.ParseOptions, path: Key(repo, Relative(repoDir, source))));
            }

            var compilation = CSharpCompilation.Create(
                (isTest ? "Tests." : "Product.") + repo.Replace('/', '.'),
                trees,
                isTest ? references.Add(ReferenceSet.TestFrameworkMarker) : references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));

            var stopwatch = Stopwatch.StartNew();
            compileErrors += compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
            compileTime += stopwatch.Elapsed;
            foreach (var tree in compilation.SyntaxTrees)
            {
                foreach (var line in labelLines[tree.FilePath])
                {
                    binds[(tree.FilePath, line)] = Labels.Binds(compilation, tree, line);
                }
            }

            var additional = ownConfig.Select(f => (AdditionalText)new SampleFile(Key(repo, Relative(repoDir, f)), f)).ToImmutableArray();
            var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(additional, options), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            foreach (var analyzer in analyzers)
            {
                var info = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
                var name = analyzer.GetType().Name;
                analyzerTime[name] = analyzerTime.GetValueOrDefault(name) + info.ExecutionTime;
            }

            foreach (var diagnostic in diagnostics)
            {
                if (diagnostic.Id == "AD0001")
                {
                    crashes.Add(diagnostic.ToString());
                    continue;
                }

                var span = diagnostic.Location.GetLineSpan();
                var path = span.Path;
                var line = span.StartLinePosition.Line + 1;
                findings.Add(new Finding(diagnostic.Id, path, line, span.StartLinePosition.Character + 1, diagnostic.GetMessage(CultureInfo.InvariantCulture), SampleFile.LineText(settings.Root, path, line)));
            }
        }
    }
}

findings.Sort((a, b) => string.CompareOrdinal(a.SortKey, b.SortKey));
var verdicts = Verdicts.Load(settings.VerdictsPath);
var report = new StringBuilder();
report.AppendLine(CultureInfo.InvariantCulture, $"Sample: {settings.Root}: {files} C# files, {lines} lines, {configFiles} configuration files; {compileErrors} compiler errors (types of the repositories' other files and packages are missing; the analyzers see what binds).");
report.AppendLine(CultureInfo.InvariantCulture, $"Options: {(settings.Options.Count == 0 ? "defaults" : string.Join(", ", settings.Options.Select(o => o.Key + " = " + o.Value)))}");
report.AppendLine(CultureInfo.InvariantCulture, $"AD0001 (analyzer crashes): {crashes.Count}");
foreach (var crash in crashes.Take(20))
{
    report.AppendLine("  " + crash);
}

report.AppendLine();
report.AppendLine("| rule | findings | TP | FP | not judged | precision (judged) |");
report.AppendLine("|---|---:|---:|---:|---:|---:|");
foreach (var rule in findings.GroupBy(f => f.Rule).OrderBy(g => g.Key, StringComparer.Ordinal))
{
    int tp = 0, fp = 0, open = 0;
    foreach (var finding in rule)
    {
        switch (verdicts.Find(finding)?.Label)
        {
            case "TP": tp++; break;
            case "FP": fp++; break;
            default: open++; break;
        }
    }

    var precision = tp + fp == 0 ? "–" : ((double)tp / (tp + fp)).ToString("0.000", CultureInfo.InvariantCulture);
    report.AppendLine(CultureInfo.InvariantCulture, $"| {rule.Key} | {rule.Count()} | {tp} | {fp} | {open} | {precision} |");
}

var stale = verdicts.Unmatched(findings).ToList();
report.AppendLine();
report.AppendLine(CultureInfo.InvariantCulture, $"Verdicts that match no finding any more (a rule went silent there): {stale.Count}");
foreach (var verdict in stale)
{
    report.AppendLine(CultureInfo.InvariantCulture, $"  {verdict.Rule} {verdict.Path}:{verdict.Line} was {verdict.Label} ({verdict.Reason})");
}

Labels.Report(report, labels, settings.LabelGlobs.Count, findings, binds);

var totalAnalyzers = analyzerTime.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b);
report.AppendLine();
report.AppendLine(CultureInfo.InvariantCulture, $"Cost on this sample (second pass, single-threaded, in process): compiler binding {compileTime.TotalMilliseconds:0} ms, all AksReady analyzers {totalAnalyzers.TotalMilliseconds:0} ms ({totalAnalyzers / compileTime:P1} of binding).");
foreach (var (name, time) in analyzerTime.OrderByDescending(p => p.Value).Take(8))
{
    report.AppendLine(CultureInfo.InvariantCulture, $"  {name}: {time.TotalMilliseconds:0} ms");
}

Console.Write(report.ToString());
if (settings.FindingsPath is not null)
{
    File.WriteAllLines(settings.FindingsPath, findings.Select(f =>
        $"{f.Rule}\t{f.Path}\t{f.Line}\t{f.Column}\t{verdicts.Find(f)?.Label ?? "?"}\t{Tsv(f.Message)}\t{Tsv(f.Text)}"));
    Console.WriteLine($"Findings written to {settings.FindingsPath} (rule, path, line, column, verdict, message, line text).");
}

if (settings.ShowOpen)
{
    foreach (var finding in findings.Where(f => verdicts.Find(f) is null))
    {
        Console.WriteLine($"OPEN {finding.Rule} {finding.Path}:{finding.Line}:{finding.Column} {finding.Message}");
        Console.WriteLine($"     > {finding.Text}");
    }
}

return crashes.Count == 0 ? 0 : 1;

static string Relative(string repoDir, string file) => Path.GetRelativePath(repoDir, file).Replace('\\', '/');

static string Key(string repo, string relative) => repo + "/" + relative;

static string Tsv(string value) => value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using AksReady.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AksReady.Analyzers.Tests.Corpus.Apps;

/// <summary>
/// Loads and runs the labelled app corpora (Corpus/Probes, Corpus/PodHazards, Corpus/External). A case is one small
/// project: <c>=== &lt;rule or none&gt; | note</c>, then <c>--- file</c> sections. <c>*.cs</c> files are compiled,
/// <c>build.globalconfig</c> gives the global analyzer options (<c>build_property.*</c>), other files are AdditionalFiles.
/// A project with a <c>Program.cs</c> is an executable. Every case also compiles <see cref="Stubs"/> (AksReady.Hosting
/// and health-check package extension methods, which are not in the reference assemblies). A case whose files sit under
/// <c>src/&lt;Project&gt;/</c> is a multi-project solution (see <see cref="RunAsync"/>).
/// </summary>
internal static class AppCorpus
{
    public const string Stubs = """
        namespace AksReady.Hosting
        {
            public sealed class AksReadyOptions
            {
                public string StartupPath { get; set; } = "/healthz/startup";
                public string LivenessPath { get; set; } = "/healthz/live";
                public string ReadinessPath { get; set; } = "/healthz/ready";
            }
        }

        namespace Microsoft.AspNetCore.Builder
        {
            public static class AksReadyEndpointRouteBuilderExtensions
            {
                public static IEndpointConventionBuilder MapAksReadyEndpoints(this Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints) => null!;
            }
        }

        namespace Microsoft.Extensions.Hosting
        {
            public static class AksReadyHostApplicationBuilderExtensions
            {
                public static TBuilder AddAksReady<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder => builder;
                public static TBuilder AddAksReady<TBuilder>(this TBuilder builder, System.Action<AksReady.Hosting.AksReadyOptions> configure) where TBuilder : IHostApplicationBuilder => builder;
                public static TBuilder AddAksReadyManagementServer<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder => builder;
            }
        }

        namespace Microsoft.Extensions.DependencyInjection
        {
            public static class DependencyHealthCheckStubs
            {
                public static IHealthChecksBuilder AddSqlServer(this IHealthChecksBuilder builder, string connectionString, string? name = null, System.Collections.Generic.IEnumerable<string>? tags = null) => builder;
                public static IHealthChecksBuilder AddNpgSql(this IHealthChecksBuilder builder, string connectionString, string? name = null, System.Collections.Generic.IEnumerable<string>? tags = null) => builder;
                public static IHealthChecksBuilder AddRedis(this IHealthChecksBuilder builder, string connectionString, string? name = null, System.Collections.Generic.IEnumerable<string>? tags = null) => builder;
                public static IHealthChecksBuilder AddRabbitMQ(this IHealthChecksBuilder builder, string connectionString, string? name = null, System.Collections.Generic.IEnumerable<string>? tags = null) => builder;
                public static IHealthChecksBuilder AddUrlGroup(this IHealthChecksBuilder builder, System.Uri uri, string? name = null, System.Collections.Generic.IEnumerable<string>? tags = null) => builder;
            }
        }
        """;

    public static IReadOnlyList<CorpusCase> Load(string folder, string pattern = "*.txt")
    {
        var cases = new List<CorpusCase>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus", folder), pattern).OrderBy(f => f, StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(file);
            foreach (var c in CorpusFileReader.Read(file))
            {
                cases.Add(new CorpusCase($"{folder}-{stem.Replace('.', '-')}-{c.Index:000}", stem, c.Label == "none" ? null : c.Label, c.Note, c.Files));
            }
        }

        return cases;
    }

    /// <summary>Every AksReady analyzer that reports an ID starting with <paramref name="prefix"/> ("AKS1", "AKS5").</summary>
    public static ImmutableArray<DiagnosticAnalyzer> AnalyzersFor(string prefix)
        => HelpLinkTests.AllAnalyzers().Where(a => a.SupportedDiagnostics.Any(d => d.Id.StartsWith(prefix, StringComparison.Ordinal))).ToImmutableArray();

    /// <summary>
    /// Compiles the case and runs the family's analyzers on it. A case whose files start with <c>src/&lt;Project&gt;/</c> is
    /// a solution: each project is its own compilation (analyzed on its own, as a build does), a project lists the projects
    /// it references in <c>src/&lt;Project&gt;/project.refs</c> (one name per line), and referenced projects are compiled
    /// first and passed as metadata references. Diagnostics of all projects count.
    /// </summary>
    public static async Task<CaseResult> RunAsync(CorpusCase @case, string prefix, ImmutableArray<MetadataReference> references)
    {
        if (!@case.Files.Any(f => f.Name.StartsWith("src/", StringComparison.Ordinal)))
        {
            var single = await RunProjectAsync(@case.Id, "App", @case.Files, prefix, references, withStubs: true);
            return new CaseResult(single.Diagnostics, single.CompileErrors);
        }

        var projects = @case.Files
            .Select(f => f.Name.Split('/'))
            .Where(parts => parts.Length > 2 && parts[0] == "src")
            .Select(parts => parts[1])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        // The stubs stand for packages (AksReady.Hosting, health-check libraries): one assembly every project references.
        var stubs = CSharpCompilation.Create(
                "AksReady.Hosting",
                [CSharpSyntaxTree.ParseText(Stubs, new CSharpParseOptions(LanguageVersion.Latest), path: $"/corpus/{@case.Id}/Stubs.cs")],
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
            .ToMetadataReference();
        references = references.Add(stubs);
        var compiled = new Dictionary<string, MetadataReference>(StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        var errors = new List<Diagnostic>();
        while (compiled.Count < projects.Count)
        {
            var progress = false;
            foreach (var project in projects.Where(p => !compiled.ContainsKey(p)))
            {
                var folder = $"src/{project}/";
                var files = @case.Files
                    .Where(f => f.Name.StartsWith(folder, StringComparison.Ordinal))
                    .Select(f => (Name: f.Name[folder.Length..], f.Content))
                    .ToList();
                var refs = files.Where(f => f.Name == "project.refs")
                    .SelectMany(f => f.Content.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    .ToList();
                var missing = refs.Where(r => !projects.Contains(r)).ToList();
                if (missing.Count > 0)
                {
                    throw new InvalidOperationException($"{@case.Id}: {project} references unknown project(s) {string.Join(", ", missing)}");
                }

                if (!refs.All(compiled.ContainsKey))
                {
                    continue;
                }

                var result = await RunProjectAsync(@case.Id, project, files.Where(f => f.Name != "project.refs").ToList(), prefix, references.AddRange(refs.Select(r => compiled[r])), withStubs: false);
                diagnostics.AddRange(result.Diagnostics);
                errors.AddRange(result.CompileErrors);
                compiled[project] = result.Compilation.ToMetadataReference();
                progress = true;
            }

            if (!progress)
            {
                throw new InvalidOperationException($"{@case.Id}: project references form a cycle");
            }
        }

        return new CaseResult(diagnostics, errors);
    }

    private static async Task<(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<Diagnostic> CompileErrors, Compilation Compilation)> RunProjectAsync(
        string caseId, string project, IReadOnlyList<(string Name, string Content)> files, string prefix, ImmutableArray<MetadataReference> references, bool withStubs)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var root = $"/corpus/{caseId}/{project}";
        var trees = new List<SyntaxTree>();
        if (withStubs)
        {
            trees.Add(CSharpSyntaxTree.ParseText(Stubs, parseOptions, path: $"{root}/Stubs.cs"));
        }

        var additionalFiles = ImmutableArray.CreateBuilder<AdditionalText>();
        var globalOptions = ImmutableDictionary.CreateBuilder<string, string>();
        var executable = false;
        foreach (var (name, content) in files)
        {
            var path = $"{root}/{name}";
            if (name.EndsWith(".cs", StringComparison.Ordinal))
            {
                trees.Add(CSharpSyntaxTree.ParseText(content, parseOptions, path: path));
                executable |= Path.GetFileName(name) == "Program.cs";
            }
            else if (name == "build.globalconfig")
            {
                foreach (var line in content.Split('\n'))
                {
                    var eq = line.IndexOf('=');
                    if (eq > 0 && !line.TrimStart().StartsWith("is_global", StringComparison.Ordinal))
                    {
                        globalOptions[line[..eq].Trim()] = line[(eq + 1)..].Trim();
                    }
                }
            }
            else
            {
                additionalFiles.Add(new InMemoryAdditionalText(path, content));
            }
        }

        var compilation = CSharpCompilation.Create(
            ("AppCorpus_" + caseId + "_" + project).Replace('-', '_').Replace('.', '_'),
            trees,
            references,
            new CSharpCompilationOptions(executable ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var options = new AnalyzerOptions(additionalFiles.ToImmutable(), new GlobalOptionsProvider(globalOptions.ToImmutable()));
        var withAnalyzers = compilation.WithAnalyzers(
            AnalyzersFor(prefix),
            new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        return (diagnostics.Where(d => d.Id.StartsWith(prefix, StringComparison.Ordinal) || d.Id == "AD0001").ToList(), errors, compilation);
    }

    /// <summary>Scores cases (positive: its rule reported; negative: nothing of the family reported) and prints the figures.</summary>
    public static Score Measure(IReadOnlyList<CorpusCase> cases, IReadOnlyList<CaseResult> results, Action<string> print, string title)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        var lines = new List<string>();
        foreach (var group in cases.Select(c => c.Expected ?? "none").Distinct().OrderBy(g => g, StringComparer.Ordinal))
        {
            int gtp = 0, gfn = 0, gfp = 0, gtn = 0;
            for (var i = 0; i < cases.Count; i++)
            {
                var @case = cases[i];
                if ((@case.Expected ?? "none") != group)
                {
                    continue;
                }

                var reported = results[i].Diagnostics;
                if (@case.Expected is { } expected)
                {
                    if (reported.Any(d => d.Id == expected))
                    {
                        gtp++;
                    }
                    else
                    {
                        gfn++;
                        lines.Add($"MISSED  {@case.Id} {expected} {@case.Note}: {Describe(reported)}");
                    }
                }
                else if (reported.Count > 0)
                {
                    gfp++;
                    lines.Add($"FALSE+  {@case.Id} {@case.Note}: {Describe(reported)}");
                }
                else
                {
                    gtn++;
                }

                if (results[i].CompileErrors.Count > 0)
                {
                    lines.Add($"note    {@case.Id} has {results[i].CompileErrors.Count} compile error(s), first: {results[i].CompileErrors[0].GetMessage(CultureInfo.InvariantCulture)}");
                }
            }

            print(string.Format(CultureInfo.InvariantCulture, "{0} {1,-8} cases={2,3} TP={3,3} FN={4,3} FP={5,3} TN={6,3}", title, group, gtp + gfn + gfp + gtn, gtp, gfn, gfp, gtn));
            (tp, fn, fp, tn) = (tp + gtp, fn + gfn, fp + gfp, tn + gtn);
        }

        var score = new Score(tp, fp, fn, tn);
        print(string.Format(CultureInfo.InvariantCulture, "{0} all      positives={1} negatives={2} TP={3} FP={4} FN={5} TN={6} precision={7:0.0000} recall={8:0.0000}", title, tp + fn, fp + tn, tp, fp, fn, tn, score.Precision, score.Recall));
        foreach (var line in lines)
        {
            print(line);
        }

        return score;
    }

    private static string Describe(IReadOnlyList<Diagnostic> diagnostics)
        => diagnostics.Count == 0 ? "nothing reported" : string.Join("; ", diagnostics.Select(d => d.Id + " " + d.GetMessage(CultureInfo.InvariantCulture)));

    internal sealed record CorpusCase(string Id, string File, string? Expected, string Note, IReadOnlyList<(string Name, string Content)> Files);

    internal sealed record CaseResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<Diagnostic> CompileErrors);

    internal sealed record Score(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
    {
        public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

        public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    }

    private sealed class InMemoryAdditionalText(string path, string content) : AdditionalText
    {
        private readonly SourceText text = SourceText.From(content);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}

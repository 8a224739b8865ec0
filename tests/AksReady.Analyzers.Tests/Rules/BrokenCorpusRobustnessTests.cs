using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using AksReady.Analyzers.Tests.Logging;
using AksReady.Analyzers.Tests.Secrets;
using AksReady.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace AksReady.Analyzers.Tests.Rules;

/// <summary>
/// Robustness beyond one hand-written broken file (<see cref="IncompleteCodeTests"/>): every file of the own corpora
/// (secrets, logging, feature flags, probes, pod hazards: C#, JSON and YAML) is broken the way an editor sees code while
/// it is typed (cut at a random point; a random span of 1-40 characters deleted), with a fixed seed so a failure
/// reproduces. Every analyzer runs on every broken file, and every code fix registered for a diagnostic in broken code
/// is computed (its operations, formatting included). Asserts: no analyzer exception (AD0001), no code fix exception.
/// </summary>
[Collection(SerilogCollection.Name)]
public sealed class BrokenCorpusRobustnessTests
{
    private const int Seed = 20261126;
    private const int DocumentsPerProject = 500;

    private readonly ITestOutputHelper output;

    public BrokenCorpusRobustnessTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [Fact]
    public async Task AllAnalyzersAndCodeFixes_SurviveEveryCorpusFileBroken()
    {
        var files = CorpusFiles();
        Assert.True(files.Count > 1500, $"{files.Count} corpus files: the corpora did not load");

        var random = new Random(Seed);
        var broken = new List<(string Path, string Text)>();
        foreach (var (path, original) in files)
        {
            var text = path.EndsWith(".cs", StringComparison.Ordinal) ? Isolate(original, files.Count + broken.Count) : original;
            var cut = random.Next(1, Math.Max(2, text.Length));
            broken.Add(($"/cut{broken.Count}{path}", text.Substring(0, cut)));
            var start = random.Next(0, Math.Max(1, text.Length - 1));
            var length = Math.Min(random.Next(1, 41), text.Length - start);
            broken.Add(($"/gap{broken.Count}{path}", text.Remove(start, length)));
        }

        var references = await TestReferenceAssemblies.AspNetCore80WithSerilog.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var analyzers = HelpLinkTests.AllAnalyzers().ToImmutableArray();
        var fixers = HelpLinkTests.AllCodeFixes()
            .SelectMany(f => f.FixableDiagnosticIds.Select(id => (id, f)))
            .ToLookup(p => p.id, p => p.f, StringComparer.Ordinal);
        var failures = new ConcurrentBag<string>();
        int diagnosticsSeen = 0, fixesComputed = 0;
        for (var batch = 0; batch * DocumentsPerProject < broken.Count; batch++)
        {
            var project = CreateProject(broken.Skip(batch * DocumentsPerProject).Take(DocumentsPerProject), references);
            var compilation = (await project.GetCompilationAsync())!;
            var options = new CompilationWithAnalyzersOptions(
                project.AnalyzerOptions,
                onAnalyzerException: (exception, analyzer, diagnostic) => failures.Add($"{analyzer.GetType().Name} threw {exception.GetType().Name}: {exception.Message} ({diagnostic.Location.GetLineSpan()})"),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false);
            var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            foreach (var diagnostic in diagnostics)
            {
                diagnosticsSeen++;
                if (diagnostic.Id == "AD0001")
                {
                    failures.Add(diagnostic.ToString());
                    continue;
                }

                if (!diagnostic.Location.IsInSource || project.GetDocument(diagnostic.Location.SourceTree) is not { } document)
                {
                    continue;
                }

                foreach (var fixer in fixers[diagnostic.Id])
                {
                    fixesComputed += await ComputeFixesAsync(fixer, document, diagnostic, failures);
                }
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Count} corpus files, {broken.Count} broken variants, {diagnosticsSeen} diagnostics, {fixesComputed} code actions computed"));
        Assert.True(failures.IsEmpty, string.Join(Environment.NewLine, failures.Take(20)));
        Assert.True(diagnosticsSeen > 500 && fixesComputed > 100, "too little was exercised: the broken corpus no longer reaches the rules and fixes");
    }

    /// <summary>
    /// Wraps a file's declarations in a namespace of their own (after its usings), so thousands of corpus files that all
    /// declare <c>Handler</c> or <c>C</c> still bind in one compilation; files with top-level statements or a file-scoped
    /// namespace stay as they are.
    /// </summary>
    private static string Isolate(string text, int index)
    {
        var root = (Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax)CSharpSyntaxTree.ParseText(text).GetRoot();
        if (root.Members.Any(m => m is Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.FileScopedNamespaceDeclarationSyntax))
        {
            return text;
        }

        var start = root.Usings.Count > 0 ? root.Usings.Last().FullSpan.End : 0;
        return text.Substring(0, start) + "namespace Broken" + index.ToString(CultureInfo.InvariantCulture) + "\n{\n" + text.Substring(start) + "\n}\n";
    }

    private static async Task<int> ComputeFixesAsync(CodeFixProvider fixer, Document document, Diagnostic diagnostic, ConcurrentBag<string> failures)
    {
        var actions = new List<CodeAction>();
        try
        {
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
            foreach (var action in actions)
            {
                foreach (var operation in await action.GetOperationsAsync(CancellationToken.None))
                {
                    if (operation is ApplyChangesOperation apply && apply.ChangedSolution.GetDocument(document.Id) is { } changed)
                    {
                        _ = await changed.GetTextAsync();
                    }
                }
            }
        }
        catch (Exception exception)
        {
            failures.Add($"{fixer.GetType().Name} threw {exception.GetType().Name} on {diagnostic.Id} at {diagnostic.Location.GetLineSpan()}: {exception.Message}");
        }

        return actions.Count;
    }

    private static Project CreateProject(IEnumerable<(string Path, string Text)> files, ImmutableArray<MetadataReference> references)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Create(),
            "Broken",
            "Broken",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: references));
        foreach (var (path, text) in files)
        {
            var id = DocumentId.CreateNewId(projectId);
            solution = path.EndsWith(".cs", StringComparison.Ordinal)
                ? solution.AddDocument(id, Path.GetFileName(path), SourceText.From(text), filePath: path)
                : solution.AddAdditionalDocument(id, Path.GetFileName(path), SourceText.From(text), filePath: path);
        }

        return solution.GetProject(projectId)!;
    }

    /// <summary>Every file of the own corpora, with a path that keeps its file name (rules pick config files by name).</summary>
    private static IReadOnlyList<(string Path, string Text)> CorpusFiles()
    {
        var files = new List<(string Path, string Text)>();
        foreach (var c in SecretsCorpusTests.LoadCases())
        {
            files.Add((c.Path, c.Content));
        }

        foreach (var c in LoggingCorpusTests.LoadCases(Path.Combine(AppContext.BaseDirectory, "Corpus", "Logging")))
        {
            files.Add((c.Path, c.Content));
        }

        foreach (var folder in new[] { "FeatureFlags", "Probes", "PodHazards" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus", folder), "*.txt").OrderBy(f => f, StringComparer.Ordinal))
            {
                foreach (var c in CorpusFileReader.Read(file))
                {
                    foreach (var (name, content) in c.Files)
                    {
                        files.Add(($"/{folder}/{Path.GetFileNameWithoutExtension(file)}/{c.Index}/{name}", content));
                    }
                }
            }
        }

        return files;
    }
}

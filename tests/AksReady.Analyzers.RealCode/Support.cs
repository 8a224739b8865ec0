using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace AksReady.Analyzers.RealCode;

/// <summary>Command line: where the sample is, which verdicts and labels to read, which analyzer options to set.</summary>
internal sealed record Settings(string Root, string VerdictsPath, IReadOnlyList<string> LabelGlobs, ImmutableDictionary<string, string> Options, string? FindingsPath, bool ShowOpen)
{
    public const string Usage = """
        usage: dotnet run --project tests/AksReady.Analyzers.RealCode -c Release -- [options]
          --sample <folder>      the sample's committed data: manifest.tsv, labels.tsv, verdicts.tsv (default samples/1)
          --root <folder>        the sample's files: <folder>/<owner>__<repo>/<path> (default /work/wild/files)
          --verdicts <file.tsv>  hand verdicts (default: <sample>/verdicts.tsv)
          --labels <file.tsv>    blind credential labels (repeatable; default: <sample>/labels.tsv)
          --set <key>=<value>    an analyzer option, as in .editorconfig (repeatable)
          --findings <file.tsv>  write every finding with its verdict
          --open                 print the findings that have no verdict yet
        """;

    public static Settings? Parse(string[] args)
    {
        var root = "/work/wild/files";
        var sample = Path.Combine(ProjectFolder(), "samples", "1");
        string? verdicts = null;
        var labels = new List<string>();
        var options = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        string? findings = null;
        var open = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--root": root = Next(); break;
                case "--sample": sample = Next(); break;
                case "--verdicts": verdicts = Next(); break;
                case "--labels": labels.Add(Next()); break;
                case "--findings": findings = Next(); break;
                case "--open": open = true; break;
                case "--set":
                    var pair = Next().Split('=', 2);
                    if (pair.Length != 2)
                    {
                        return null;
                    }

                    options[pair[0].Trim()] = pair[1].Trim();
                    break;
                default: return null;
            }
        }

        if (labels.Count == 0 && File.Exists(Path.Combine(sample, "labels.tsv")))
        {
            labels.Add(Path.Combine(sample, "labels.tsv"));
        }

        return new Settings(root, verdicts ?? Path.Combine(sample, "verdicts.tsv"), labels, options.ToImmutable(), findings, open);
    }

    /// <summary>The project folder (the samples' data live under it), found from the build output folder.</summary>
    private static string ProjectFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AksReady.Analyzers.RealCode.csproj")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}

/// <summary>The references a real service project has: .NET 8, ASP.NET Core 8, Serilog 4 (as the analyzer tests use).</summary>
internal static class ReferenceSet
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>A tiny assembly named <c>xunit.core</c>: referencing it makes a compilation a test project to the analyzers.</summary>
    public static readonly MetadataReference TestFrameworkMarker = CreateMarker();

    public static async Task<ImmutableArray<MetadataReference>> ResolveAsync()
    {
        var assemblies = ReferenceAssemblies.Net.Net80.AddPackages(ImmutableArray.Create(
            new PackageIdentity("Microsoft.AspNetCore.App.Ref", "8.0.31"),
            new PackageIdentity("Serilog", "4.3.0"),
            // JWT bearer authentication (SymmetricSecurityKey, JwtSecurityTokenHandler): in most sampled Web APIs.
            new PackageIdentity("Microsoft.AspNetCore.Authentication.JwtBearer", "8.0.31")));
        return await assemblies.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
    }

    private static MetadataReference CreateMarker()
    {
        var compilation = CSharpCompilation.Create(
            "xunit.core",
            new[] { CSharpSyntaxTree.ParseText("namespace Xunit { public sealed class FactAttribute : System.Attribute { } }") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        EmitResult result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException("the xunit.core marker did not compile: " + string.Join("; ", result.Diagnostics));
        }

        return MetadataReference.CreateFromImage(stream.ToArray());
    }
}

/// <summary>A file of the sample: classification, the SDK's implicit usings, and the text of a reported line.</summary>
internal sealed class SampleFile(string path, string file) : AdditionalText
{
    /// <summary>The implicit global usings of Microsoft.NET.Sdk.Web (real projects lean on them).</summary>
    public const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using System.Net.Http.Json;
        global using Microsoft.AspNetCore.Builder;
        global using Microsoft.AspNetCore.Hosting;
        global using Microsoft.AspNetCore.Http;
        global using Microsoft.AspNetCore.Routing;
        global using Microsoft.Extensions.Configuration;
        global using Microsoft.Extensions.DependencyInjection;
        global using Microsoft.Extensions.Hosting;
        global using Microsoft.Extensions.Logging;
        """;

    public override string Path => path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(file));

    public static bool IsConfiguration(string file)
    {
        var name = System.IO.Path.GetFileName(file);
        return name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Test code by the repositories' own layout: a folder named test(s), a project folder ending in .Test(s)/.IntegrationTest(s), or a file named *Tests.cs.</summary>
    public static bool IsTest(string relative)
    {
        // A test class by its name (TokenServiceTests.cs), wherever its project keeps it: in a real build it is in a test project.
        if (relative.EndsWith("Tests.cs", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var segment in relative.Split('/')[..^1])
        {
            if (segment.Equals("test", StringComparison.OrdinalIgnoreCase) || segment.Equals("tests", StringComparison.OrdinalIgnoreCase)
                || segment.EndsWith(".Test", StringComparison.OrdinalIgnoreCase) || segment.EndsWith(".Tests", StringComparison.OrdinalIgnoreCase)
                || segment.EndsWith("Tests", StringComparison.Ordinal) || segment.EndsWith(".IntegrationTest", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The trimmed text of line <paramref name="line"/> (1-based) of the file a key names (<c>owner/repo/path</c>).</summary>
    public static string LineText(string root, string key, int line)
    {
        var parts = key.Split('/', 3);
        if (parts.Length < 3)
        {
            return string.Empty;
        }

        var file = System.IO.Path.Combine(root, parts[0] + "__" + parts[1], parts[2]);
        if (!File.Exists(file))
        {
            return string.Empty;
        }

        var text = File.ReadLines(file).Skip(line - 1).FirstOrDefault()?.Trim() ?? string.Empty;
        return text.Length > 160 ? text[..160] + "…" : text;
    }
}

internal sealed record Finding(string Rule, string Path, int Line, int Column, string Message, string Text)
{
    public string SortKey => $"{Path}\u0001{Line:D6}\u0001{Column:D4}\u0001{Rule}";
}

internal sealed record Verdict(string Rule, string Path, int Line, string Label, string Reason);

/// <summary>
/// verdicts.tsv: <c>rule, path, line, TP|FP, reason</c>, one row per judged finding (no code from the sample is kept:
/// the reason says what the line is in words). A finding matches the row of its rule, file and line.
/// </summary>
internal sealed class Verdicts
{
    private readonly Dictionary<(string Rule, string Path, int Line), Verdict> rows = new();

    public static Verdicts Load(string path)
    {
        var verdicts = new Verdicts();
        if (!File.Exists(path))
        {
            return verdicts;
        }

        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length < 5 || !int.TryParse(cells[2], NumberStyles.None, CultureInfo.InvariantCulture, out var lineNumber) || cells[3] is not ("TP" or "FP"))
            {
                throw new FormatException($"AKSREAL002: {path}:{number}: expected 'rule<TAB>path<TAB>line<TAB>TP|FP<TAB>reason'.");
            }

            verdicts.rows[(cells[0], cells[1], lineNumber)] = new Verdict(cells[0], cells[1], lineNumber, cells[3], cells[4]);
        }

        return verdicts;
    }

    public Verdict? Find(Finding finding) => rows.GetValueOrDefault((finding.Rule, finding.Path, finding.Line));

    public IEnumerable<Verdict> Unmatched(IEnumerable<Finding> findings)
    {
        var seen = findings.Select(f => (f.Rule, f.Path, f.Line)).ToHashSet();
        return rows.Where(r => !seen.Contains(r.Key)).Select(r => r.Value).OrderBy(v => v.Path, StringComparer.Ordinal).ThenBy(v => v.Line);
    }
}

/// <summary>
/// Blind labels (<c>repo, path, line, kind, description</c>) written by whoever fetched the files, before any analyzer ran:
/// every hard-coded credential they saw. Recall of AKS2001–AKS2003 against them, product and test code apart.
/// </summary>
internal static class Labels
{
    /// <summary>Rows of kind <c>credential</c> or <c>doubtful</c> of the label files.</summary>
    public static List<(string Path, int Line, string Kind, string Description)> Load(IReadOnlyList<string> files)
    {
        var rows = new List<(string Path, int Line, string Kind, string Description)>();
        foreach (var file in files)
        {
            foreach (var line in File.ReadLines(file))
            {
                var cells = line.Split('\t');
                if (cells.Length < 4 || !int.TryParse(cells[2], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                {
                    continue;
                }

                var kind = cells[3].Trim().ToLowerInvariant();
                if (kind is "credential" or "doubtful")
                {
                    rows.Add((cells[0].Trim() + "/" + cells[1].Trim().TrimStart('/'), number, kind, cells.Length > 4 ? cells[4] : string.Empty));
                }
            }
        }

        return rows;
    }

    /// <summary>
    /// Whether the code around a labelled C# line binds: no compiler error in the innermost statement or member
    /// declaration that holds the line. Where it does not (a type of the repository's other files or packages is
    /// missing), a rule that needs the types cannot see the credential, and a miss says nothing about the rule.
    /// </summary>
    public static bool Binds(Compilation compilation, SyntaxTree tree, int line)
    {
        var text = tree.GetText();
        if (line < 1 || line > text.Lines.Count)
        {
            return false;
        }

        var span = text.Lines[line - 1].Span;
        var root = tree.GetRoot();
        var token = root.FindToken(span.Start + (text.Lines[line - 1].ToString().Length - text.Lines[line - 1].ToString().TrimStart().Length));
        var scope = Enclosing(token.Parent);

        // A statement inside a lambda: the statement that holds the lambda (its parameter types come from there).
        while (scope?.FirstAncestorOrSelf<AnonymousFunctionExpressionSyntax>() is { } lambda && Enclosing(lambda.Parent) is { } outer)
        {
            scope = outer;
        }

        var checkedSpan = scope?.Span ?? span;
        var model = compilation.GetSemanticModel(tree);
        if (model.GetDiagnostics(checkedSpan).Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return false;
        }

        // A receiver of a missing type raises no error where it is used: every call, creation and member access must
        // resolve to a symbol.
        foreach (var node in root.DescendantNodes(checkedSpan))
        {
            if (node is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or MemberAccessExpressionSyntax
                && checkedSpan.Contains(node.Span)
                && model.GetSymbolInfo(node).Symbol is null)
            {
                return false;
            }
        }

        return true;
    }

    private static SyntaxNode? Enclosing(SyntaxNode? node)
    {
        while (node is not null && node is not StatementSyntax && node is not MemberDeclarationSyntax)
        {
            node = node.Parent;
        }

        return node;
    }

    public static void Report(StringBuilder report, List<(string Path, int Line, string Kind, string Description)> rows, int fileCount, List<Finding> findings, IReadOnlyDictionary<(string Path, int Line), bool> binds)
    {
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Blind credential labels: {rows.Count} rows from {fileCount} file(s).");
        if (rows.Count == 0)
        {
            return;
        }

        var secrets = findings.Where(f => f.Rule is "AKS2001" or "AKS2002" or "AKS2003").Select(f => (f.Path, f.Line)).ToHashSet();
        report.AppendLine("| labels | kind | found (a secrets finding on the line) | recall |");
        report.AppendLine("|---|---|---:|---:|");
        foreach (var group in rows.GroupBy(r => (Where: Where(r.Path), r.Kind)).OrderBy(g => g.Key.Where, StringComparer.Ordinal).ThenBy(g => g.Key.Kind, StringComparer.Ordinal))
        {
            var found = group.Count(r => secrets.Contains((r.Path, r.Line)));
            report.AppendLine(CultureInfo.InvariantCulture, $"| {group.Key.Where} | {group.Key.Kind} | {found} / {group.Count()} | {(double)found / group.Count():0.000} |");
        }

        // C# credential labels split by whether the code around them binds in the sample (see Binds).
        var code = rows.Where(r => !SampleFile.IsConfiguration(r.Path) && r.Kind == "credential").ToList();
        if (code.Count > 0)
        {
            report.AppendLine();
            report.AppendLine("| C# credential labels | statement | found | recall |");
            report.AppendLine("|---|---|---:|---:|");
            foreach (var group in code.GroupBy(r => (Where: Where(r.Path), Binds: binds.TryGetValue((r.Path, r.Line), out var b) && b))
                         .OrderBy(g => g.Key.Where, StringComparer.Ordinal).ThenByDescending(g => g.Key.Binds))
            {
                var found = group.Count(r => secrets.Contains((r.Path, r.Line)));
                var what = group.Key.Binds ? "binds" : "does not bind (types the sample lacks)";
                report.AppendLine(CultureInfo.InvariantCulture, $"| {group.Key.Where} | {what} | {found} / {group.Count()} | {(double)found / group.Count():0.000} |");
            }
        }

        if (Environment.GetEnvironmentVariable("AKSREADY_REAL_MISSES") == "1")
        {
            foreach (var row in rows.Where(r => !secrets.Contains((r.Path, r.Line))))
            {
                var bound = SampleFile.IsConfiguration(row.Path) ? string.Empty : binds.TryGetValue((row.Path, row.Line), out var b) && b ? " [binds]" : " [does not bind]";
                report.AppendLine(CultureInfo.InvariantCulture, $"  MISSED {row.Kind} {row.Path}:{row.Line}{bound} {row.Description}");
            }
        }
    }

    private static string Where(string path)
    {
        if (SampleFile.IsConfiguration(path))
        {
            var configRelative = path.Split('/', 3) is { Length: 3 } configParts ? configParts[2] : path;
            return SampleFile.IsTest(configRelative) ? "config (test project)"
                : System.IO.Path.GetFileName(path).StartsWith("appsettings.Development.", StringComparison.OrdinalIgnoreCase) ? "config (Development settings)" : "config";
        }

        var relative = path.Split('/', 3) is { Length: 3 } parts ? parts[2] : path;
        return SampleFile.IsTest(relative) ? "C# test code" : "C# product code";
    }
}

/// <summary>Analyzer options as a global .editorconfig would give them.</summary>
internal sealed class AnalyzerSettings(ImmutableDictionary<string, string> values) : AnalyzerConfigOptionsProvider
{
    private readonly Options all = new(values);

    public override AnalyzerConfigOptions GlobalOptions => all;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => all;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => all;

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}

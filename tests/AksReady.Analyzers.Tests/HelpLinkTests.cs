using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AksReady.Analyzers.Tests;

/// <summary>Metadata checks: help links, doc pages and release tracking agree for every rule.</summary>
public sealed class HelpLinkTests
{
    public static TheoryData<string> DiagnosticIdsData()
    {
        var data = new TheoryData<string>();
        foreach (var id in AllDescriptors().Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal))
        {
            data.Add(id);
        }

        return data;
    }

    [Fact]
    public void AnalyzersAreFound()
    {
        Assert.NotEmpty(AllAnalyzers());
        Assert.Contains(AllDescriptors(), d => d.Id == "AKS1001");
    }

    [Fact]
    public void EveryDescriptor_HasHelpLinkToItsDocPage()
    {
        foreach (var descriptor in AllDescriptors())
        {
            Assert.Equal($"https://github.com/aksready/aksready/blob/main/docs/rules/{descriptor.Id}.md", descriptor.HelpLinkUri);
            Assert.Matches("^AKS[1-5][0-9]{3}$", descriptor.Id);
        }
    }

    [Fact]
    public void EveryDescriptor_HasTitleMessageAndDescription()
    {
        foreach (var descriptor in AllDescriptors())
        {
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString()), descriptor.Id);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.MessageFormat.ToString()), descriptor.Id);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString()), descriptor.Id);
        }
    }

    [Fact]
    public void DescriptorsSharingAnId_Agree()
    {
        foreach (var group in AllDescriptors().GroupBy(d => d.Id))
        {
            Assert.Single(group.Select(d => (d.Category, d.DefaultSeverity, d.Title.ToString())).Distinct());
        }
    }

    [Theory]
    [MemberData(nameof(DiagnosticIdsData))]
    public void EveryId_HasADocPage(string id)
    {
        var page = Path.Combine(RepositoryRoot(), "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"Missing {page}");
        var text = File.ReadAllText(page);
        Assert.StartsWith($"# {id}", text, StringComparison.Ordinal);
        foreach (var section in new[] { "## Cause", "## Rule description", "## How to fix violations", "## Configuration", "## How to suppress" })
        {
            Assert.Contains(section, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(DiagnosticIdsData))]
    public void EveryId_IsListedInTheRuleIndex(string id)
    {
        var index = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules", "README.md"));
        Assert.Contains($"[{id}]({id}.md)", index, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DiagnosticIdsData))]
    public void EveryId_HasAReleaseTrackingRow(string id)
    {
        var descriptor = AllDescriptors().First(d => d.Id == id);
        var folder = Path.Combine(RepositoryRoot(), "analyzers", "AksReady.Analyzers");
        var rows = File.ReadAllLines(Path.Combine(folder, "AnalyzerReleases.Unshipped.md"))
            .Concat(File.ReadAllLines(Path.Combine(folder, "AnalyzerReleases.Shipped.md")))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .Where(cells => cells.Length >= 3 && cells[0] == id)
            .ToList();
        var row = Assert.Single(rows);
        Assert.Equal(descriptor.Category, row[1]);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), row[2]);
    }

    [Fact]
    public void EveryId_IsInsideTheReservedRangeOfItsCategory()
    {
        var ranges = File.ReadAllLines(Path.Combine(RepositoryRoot(), "analyzers", "AksReady.Analyzers", "DiagnosticCategoryAndIdRanges.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(':', 2))
            .Select(parts => (Category: parts[0].Trim(), Bounds: parts[1].Trim().Split('-').Select(id => int.Parse(id.Trim()[3..])).ToArray()))
            .ToList();
        foreach (var descriptor in AllDescriptors())
        {
            var number = int.Parse(descriptor.Id[3..]);
            Assert.Contains(ranges, r => r.Category == descriptor.Category && r.Bounds[0] <= number && number <= r.Bounds[1]);
        }
    }

    [Fact]
    public void EveryCodeFix_FixesAKnownId()
    {
        var ids = AllDescriptors().Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var fixer in AllCodeFixes())
        {
            Assert.NotEmpty(fixer.FixableDiagnosticIds);
            Assert.All(fixer.FixableDiagnosticIds, id => Assert.Contains(id, ids));
        }
    }

    internal static IReadOnlyList<DiagnosticAnalyzer> AllAnalyzers()
        => typeof(DiagnosticIds).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToList();

    internal static IReadOnlyList<CodeFixProvider> AllCodeFixes()
        => typeof(CodeFixResources).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
            .ToList();

    internal static IReadOnlyList<DiagnosticDescriptor> AllDescriptors()
        => AllAnalyzers().SelectMany(a => a.SupportedDiagnostics).ToList();

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AksReady.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("AksReady.sln not found above " + AppContext.BaseDirectory);
    }
}

using System.Collections.Concurrent;
using AksReady.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AksReady.Analyzers.Internal.Secrets;

/// <summary>
/// Per-compilation settings of the secrets rules: whether this is a test project (skipped unless
/// <c>AKS2001.analyze_test_projects = true</c>), the extra secret words and <c>report_weak_values</c>, resolved once per syntax tree.
/// </summary>
internal sealed class SecretsAnalysisScope
{
    private readonly AnalyzerConfigOptionsProvider provider;
    private readonly bool isTestProject;
    private readonly SecretsOptions options = new();
    private readonly ConcurrentDictionary<SyntaxTree, TreeSettings> trees = new();
    private volatile Lookup? lastLookup;

    public SecretsAnalysisScope(Compilation compilation, AnalyzerOptions analyzerOptions)
    {
        provider = analyzerOptions.AnalyzerConfigOptionsProvider;
        isTestProject = TestProjectDetector.IsTestProject(compilation);
    }

    public SecretsOptions Options => options;

    /// <summary>
    /// False when the whole compilation is a test project and no option anywhere turns analysis back on
    /// (decided once: the rules then register nothing).
    /// </summary>
    public bool MayAnalyzeAnything(Compilation compilation, AnalyzerOptions analyzerOptions)
    {
        if (!isTestProject)
        {
            return true;
        }

        if (SecretsOptions.GetBool(provider.GlobalOptions, provider.GlobalOptions, OptionKeys.AnalyzeTestProjects))
        {
            return true;
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            if (SecretsOptions.GetBool(provider.GetOptions(tree), provider.GlobalOptions, OptionKeys.AnalyzeTestProjects))
            {
                return true;
            }
        }

        foreach (var file in analyzerOptions.AdditionalFiles)
        {
            if (SecretsOptions.GetBool(provider.GetOptions(file), provider.GlobalOptions, OptionKeys.AnalyzeTestProjects))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <c>report_weak_values</c> is on anywhere (globally or for one of the trees), decided once per compilation: the
    /// hot paths skip its extra checks without a settings lookup when it is off everywhere (<c>false</c> globally and for every tree).
    /// </summary>
    public bool MayReportWeakValues(Compilation compilation)
    {
        if (SecretsOptions.GetBool(provider.GlobalOptions, provider.GlobalOptions, OptionKeys.ReportWeakValues, OptionKeys.ReportWeakValuesDefault))
        {
            return true;
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            if (SecretsOptions.GetBool(provider.GetOptions(tree), provider.GlobalOptions, OptionKeys.ReportWeakValues, OptionKeys.ReportWeakValuesDefault))
            {
                return true;
            }
        }

        return false;
    }

    public TreeSettings GetSettings(SyntaxTree tree)
    {
        // Callbacks come tree by tree: the last answer is usually the one asked for again (an immutable pair, so a
        // racing thread reads either the old or the new one, never a torn mix).
        var last = lastLookup;
        if (last is not null && ReferenceEquals(last.Tree, tree))
        {
            return last.Settings;
        }

        if (!trees.TryGetValue(tree, out var settings))
        {
            settings = trees.GetOrAdd(tree, CreateSettings(tree));
        }

        lastLookup = new Lookup(tree, settings);
        return settings;
    }

    private TreeSettings CreateSettings(SyntaxTree tree)
    {
        var treeOptions = provider.GetOptions(tree);
        return new TreeSettings(
            analyze: !isTestProject || SecretsOptions.GetBool(treeOptions, provider.GlobalOptions, OptionKeys.AnalyzeTestProjects),
            additionalWords: options.GetList(treeOptions, provider.GlobalOptions, OptionKeys.AdditionalSecretWords),
            reportWeakValues: SecretsOptions.GetBool(treeOptions, provider.GlobalOptions, OptionKeys.ReportWeakValues, OptionKeys.ReportWeakValuesDefault));
    }

    public TreeSettings GetSettings(AdditionalText file)
    {
        var fileOptions = provider.GetOptions(file);
        return new TreeSettings(
            analyze: !isTestProject || SecretsOptions.GetBool(fileOptions, provider.GlobalOptions, OptionKeys.AnalyzeTestProjects),
            additionalWords: options.GetList(fileOptions, provider.GlobalOptions, OptionKeys.AdditionalSecretWords),
            reportWeakValues: SecretsOptions.GetBool(fileOptions, provider.GlobalOptions, OptionKeys.ReportWeakValues, OptionKeys.ReportWeakValuesDefault));
    }

    private sealed class Lookup
    {
        public Lookup(SyntaxTree tree, TreeSettings settings)
        {
            Tree = tree;
            Settings = settings;
        }

        public SyntaxTree Tree { get; }

        public TreeSettings Settings { get; }
    }

    internal sealed class TreeSettings
    {
        public TreeSettings(bool analyze, string[]? additionalWords, bool reportWeakValues)
        {
            Analyze = analyze;
            AdditionalWords = additionalWords;
            ReportWeakValues = reportWeakValues;
        }

        public bool Analyze { get; }

        public string[]? AdditionalWords { get; }

        /// <summary>The <c>AKS2001.report_weak_values</c> option: any literal under a secret-like name counts.</summary>
        public bool ReportWeakValues { get; }
    }
}

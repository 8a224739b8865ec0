using System.Globalization;
using System.Text.RegularExpressions;
using AksReady.Analyzers.Tests.FeatureFlags;
using AksReady.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace AksReady.Analyzers.Tests.Corpus.Apps;

/// <summary>
/// The held-out external set (Corpus/External, shapes of public repositories' files, labelled by hand before measuring).
/// Prints precision and recall per family; fails only when a file cannot be read, holds fewer cases than its
/// <c># ... cases: N</c> line states, or a case has no provenance. It never fails on the figures: this set is not for tuning.
/// </summary>
public sealed class ExternalCorpusTests
{
    private readonly ITestOutputHelper output;

    public ExternalCorpusTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [Theory]
    [InlineData("probes.txt", "AKS1")]
    [InlineData("podhazards.txt", "AKS5")]
    public async Task HeldOut_IsReadable_AndFiguresArePrinted(string file, string prefix)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Corpus", "External", file);
        var stated = Regex.Match(File.ReadLines(path).First(), @"cases: (\d+)");
        Assert.True(stated.Success, $"{file}: first line must state 'cases: N'");
        var cases = AppCorpus.Load("External", file);
        Assert.True(cases.Count >= int.Parse(stated.Groups[1].Value, CultureInfo.InvariantCulture), $"{file}: {cases.Count} cases, {stated.Groups[1].Value} stated");
        Assert.All(cases, c => Assert.Contains("source:", c.Note, StringComparison.Ordinal));
        Assert.All(cases, c => Assert.True(c.Expected is null || c.Expected.StartsWith(prefix, StringComparison.Ordinal), c.Id));

        var references = await TestReferenceAssemblies.AspNetCore80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var results = new List<AppCorpus.CaseResult>();
        foreach (var @case in cases)
        {
            results.Add(await AppCorpus.RunAsync(@case, prefix, references));
        }

        Assert.DoesNotContain(results.SelectMany(r => r.Diagnostics), d => d.Id == "AD0001");
        AppCorpus.Measure(cases, results, output.WriteLine, "external-" + Path.GetFileNameWithoutExtension(file));
    }

    /// <summary>
    /// The held-out feature-flag set (AKS4001-AKS4004): shapes of public Microsoft.FeatureManagement apps. Every case also
    /// compiles the Microsoft.FeatureManagement stubs of the own corpus plus <see cref="HostingStubs"/> (registration and
    /// pipeline extension methods the reduced shapes call), with "today" = 2026-11-25 as in <c>FeatureFlagsCorpusTests</c>.
    /// The first line states the number of cases, positives and negatives; the test fails only when the file holds fewer.
    /// </summary>
    [Fact]
    public async Task FeatureFlags_HeldOut_IsReadable_AndFiguresArePrinted()
    {
        const string file = "featureflags.txt";
        var path = Path.Combine(AppContext.BaseDirectory, "Corpus", "External", file);
        var stated = Regex.Match(File.ReadLines(path).First(), @"cases: (\d+) \(positives: (\d+), negatives: (\d+)\)");
        Assert.True(stated.Success, $"{file}: first line must state 'cases: N (positives: P, negatives: Q)'");
        var cases = AppCorpus.Load("External", file)
            .Select(c => c with
            {
                Files = [.. c.Files, ("FeatureManagementStubs.cs", FeatureManagementStubs.Source), ("FeatureManagementHostingStubs.cs", HostingStubs), ("build.globalconfig", "is_global = true\nbuild_property.AksReadyToday = 2026-11-25\n")],
            })
            .ToList();
        int Stated(int group) => int.Parse(stated.Groups[group].Value, CultureInfo.InvariantCulture);
        Assert.True(cases.Count >= Stated(1), $"{file}: {cases.Count} cases, {Stated(1)} stated");
        Assert.True(cases.Count(c => c.Expected is not null) >= Stated(2), $"{file}: fewer positives than stated");
        Assert.True(cases.Count(c => c.Expected is null) >= Stated(3), $"{file}: fewer negatives than stated");
        Assert.All(cases, c => Assert.Contains("source:", c.Note, StringComparison.Ordinal));
        Assert.All(cases, c => Assert.True(c.Expected is null || c.Expected.StartsWith("AKS4", StringComparison.Ordinal), c.Id));

        var references = await TestReferenceAssemblies.AspNetCore80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var results = new List<AppCorpus.CaseResult>();
        foreach (var @case in cases)
        {
            results.Add(await AppCorpus.RunAsync(@case, "AKS4", references));
        }

        Assert.DoesNotContain(results.SelectMany(r => r.Diagnostics), d => d.Id == "AD0001");
        AppCorpus.Measure(cases, results, output.WriteLine, "external-featureflags");

        // A positive counts as detected when its rule is reported anywhere in the case; list everything a detected
        // positive reported too, so that wrong findings next to the right one are visible.
        for (var i = 0; i < cases.Count; i++)
        {
            if (cases[i].Expected is not null && results[i].Diagnostics.Count > 0)
            {
                output.WriteLine($"detail  {cases[i].Id} {cases[i].Expected}: " + string.Join("; ", results[i].Diagnostics.Select(d => d.Id + " " + d.GetMessage(CultureInfo.InvariantCulture))));
            }
        }
    }

    /// <summary>Microsoft.FeatureManagement(.AspNetCore) registration and pipeline extensions, not in <see cref="FeatureManagementStubs"/>.</summary>
    private const string HostingStubs = """
        namespace Microsoft.FeatureManagement
        {
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Mvc.Filters;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;

            public interface IFeatureManagementBuilder { IServiceCollection Services { get; } }

            public interface IFeatureFilterMetadata { }

            public sealed class FeatureFilterEvaluationContext { public string FeatureName { get; set; } = ""; }

            public interface IFeatureFilter : IFeatureFilterMetadata { Task<bool> EvaluateAsync(FeatureFilterEvaluationContext context); }

            public interface IDynamicFeatureManager { ValueTask<T> GetVariantAsync<T>(string feature, CancellationToken cancellationToken); }

            public static class FeatureManagementHostingStubs
            {
                public static IFeatureManagementBuilder AddFeatureManagement(this IServiceCollection services) => null!;
                public static IFeatureManagementBuilder AddFeatureManagement(this IServiceCollection services, IConfiguration configuration) => null!;
                public static IFeatureManagementBuilder AddScopedFeatureManagement(this IServiceCollection services) => null!;
                public static IFeatureManagementBuilder AddFeatureFilter<T>(this IFeatureManagementBuilder builder) where T : IFeatureFilterMetadata => builder;
                public static IFeatureManagementBuilder AddFeaturedService<TService>(this IFeatureManagementBuilder builder, string featureName) => builder;
                public static IFilterMetadata AddForFeature<TFilterType>(this FilterCollection filters, string feature) where TFilterType : IFilterMetadata => null!;
                public static IApplicationBuilder UseMiddlewareForFeature<T>(this IApplicationBuilder app, string feature) => app;
                public static IApplicationBuilder UseForFeature(this IApplicationBuilder app, string feature, Action<IApplicationBuilder> configuration) => app;
                // Microsoft.FeatureManagement 1.x had a synchronous IsEnabled on IFeatureManager.
                public static bool IsEnabled(this IFeatureManager featureManager, string feature) => false;
            }
        }

        namespace Microsoft.FeatureManagement.FeatureFilters
        {
            using System;
            using System.Collections.Generic;
            using System.Threading.Tasks;

            public sealed class PercentageFilter : IFeatureFilter { public Task<bool> EvaluateAsync(FeatureFilterEvaluationContext context) => Task.FromResult(false); }

            public sealed class TimeWindowFilter : IFeatureFilter { public Task<bool> EvaluateAsync(FeatureFilterEvaluationContext context) => Task.FromResult(false); }

            public sealed class TargetingFilter : IFeatureFilter { public Task<bool> EvaluateAsync(FeatureFilterEvaluationContext context) => Task.FromResult(false); }

            public sealed class TargetingContext
            {
                public string? UserId { get; set; }

                public IEnumerable<string> Groups { get; set; } = Array.Empty<string>();
            }
        }
        """;
}

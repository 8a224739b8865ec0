using AksReady.Sdk.Generation;
using AksReady.Sdk.Tests.Infrastructure;

namespace AksReady.Sdk.Tests.Policies;

/// <summary>
/// Runs every check of <see cref="PolicyCatalog"/> over the default output and over a fully-featured output: zero
/// findings, except the exceptions documented in docs/msbuild/properties.md ("Policy checks and documented
/// exceptions"), which must be reported exactly as documented and must go away with their remedy.
/// </summary>
public sealed class PolicyTests
{
    /// <summary>A documented exception: the check reports it in these scenarios, each finding contains Fragment, Remedy clears it.</summary>
    private sealed record PolicyException(string CheckId, string[] Scenarios, string Fragment, string DocsPhrase, Action<AksReadySettings> Remedy);

    private static readonly PolicyException[] s_exceptions =
    {
        // UID 1654 is $APP_UID of the .NET images; 10001 satisfies kube-score.
        new("kube-score/container-security-context-user-group-id", new[] { "default", "no-service", "full" }, "runAsUser 1654 / runAsGroup 1654", "kube-score `container-security-context-user-group-id`", s => s.RunAsUser = "10001"),
        // PriorityClasses are per cluster.
        new("polaris/priorityClassNotSet", new[] { "default", "no-service", "full" }, "no priorityClassName", "Polaris `priorityClassNotSet`", s => s.PriorityClassName = "business-critical"),
        // Two replicas + PDB by default; the fully-featured set autoscales from 3.
        new("kube-linter/minimum-three-replicas", new[] { "default", "no-service" }, "runs 2 replicas", "kube-linter `minimum-three-replicas`", s => s.Replicas = "3"),
        // A digest-pinned image gets IfNotPresent (documented as equivalent); without a digest the policy is Always.
        new("kube-score/container-image-pull-policy", new[] { "full" }, "imagePullPolicy IfNotPresent", "kube-score `container-image-pull-policy`", s => s.ImagePullPolicy = "Always"),
        new("polaris/pullPolicyNotAlways", new[] { "full" }, "pull policy IfNotPresent", "Polaris `pullPolicyNotAlways`", s => s.ImagePullPolicy = "Always"),
    };

    /// <summary>The documented exceptions as (check id, scenarios, fragment every finding contains), for the end-to-end tests.</summary>
    internal static IReadOnlyList<(string CheckId, string[] Scenarios, string Fragment)> DocumentedExceptions { get; } =
        s_exceptions.Select(e => (e.CheckId, e.Scenarios, e.Fragment)).ToList();

    private static Action<AksReadySettings>? Scenario(string name) => name switch
    {
        "default" => null,
        "no-service" => TestSettings.NoService, // a worker: no Service, a NetworkPolicy without ingress rules
        _ => TestSettings.FullyFeatured,
    };

    private static ManifestSet Set(string scenario, Action<AksReadySettings>? extra = null) =>
        ManifestSet.From(TestSettings.Files(s => { Scenario(scenario)?.Invoke(s); extra?.Invoke(s); }));

    public static TheoryData<string, string> ChecksAndScenarios()
    {
        var data = new TheoryData<string, string>();
        foreach (var check in PolicyCatalog.All)
        {
            data.Add(check.Id, "default");
            data.Add(check.Id, "no-service");
            data.Add(check.Id, "full");
        }

        return data;
    }

    public static TheoryData<string> BreakableChecks() => new(PolicyCatalog.All.Where(c => c.Break != null).Select(c => c.Id));

    public static TheoryData<string> Exceptions() => new(s_exceptions.Select(e => e.CheckId));

    [Theory]
    [MemberData(nameof(ChecksAndScenarios))]
    public void Generated_set_passes_the_check_or_shows_exactly_its_documented_exception(string checkId, string scenario)
    {
        var findings = PolicyCatalog.Get(checkId).Run(Set(scenario)).ToList();
        var exception = s_exceptions.SingleOrDefault(e => e.CheckId == checkId && e.Scenarios.Contains(scenario));
        if (exception == null)
        {
            Assert.True(findings.Count == 0, $"{checkId} ({scenario}):\n" + string.Join("\n", findings));
        }
        else
        {
            Assert.True(findings.Count > 0, $"{checkId} ({scenario}) is a documented exception but reported nothing: update the docs and this list.");
            Assert.All(findings, f => Assert.Contains(exception.Fragment, f));
        }
    }

    [Theory]
    [MemberData(nameof(BreakableChecks))]
    public void Check_reports_a_violation(string checkId)
    {
        var check = PolicyCatalog.Get(checkId);
        var set = Set("full", s => { s.RunAsUser = "10001"; s.PriorityClassName = "p"; s.ImagePullPolicy = "Always"; });
        Assert.Empty(check.Run(set));
        var broken = set.Clone();
        check.Break!(broken);
        Assert.NotEmpty(check.Run(broken));
    }

    [Theory]
    [MemberData(nameof(Exceptions))]
    public void Documented_exception_is_documented_and_cleared_by_its_remedy(string checkId)
    {
        var docs = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "msbuild", "properties.md"));
        foreach (var exception in s_exceptions.Where(e => e.CheckId == checkId))
        {
            Assert.Contains(exception.DocsPhrase, docs);
            foreach (var scenario in exception.Scenarios)
            {
                var findings = PolicyCatalog.Get(checkId).Run(Set(scenario, exception.Remedy)).ToList();
                Assert.True(findings.Count == 0, $"{checkId} ({scenario}) with its remedy:\n" + string.Join("\n", findings));
            }
        }
    }

    [Fact]
    public void Pull_policy_follows_digest_pinning()
    {
        var plain = Set("default").Containers().Single().Container;
        Assert.Equal("Always", plain["imagePullPolicy"]!.GetValue<string>());
        var pinned = Set("full").Containers().Single().Container;
        Assert.Equal("IfNotPresent", pinned["imagePullPolicy"]!.GetValue<string>());
        Assert.Matches("@sha256:[0-9a-f]{64}$", pinned["image"]!.GetValue<string>());
    }

    [Fact]
    public void Every_published_family_is_covered()
    {
        var families = PolicyCatalog.All.Select(c => c.Id.Split('/')[0]).Distinct().OrderBy(f => f, StringComparer.Ordinal);
        Assert.Equal(new[] { "aks-safeguards", "kube-linter", "kube-score", "polaris", "pss" }, families);
        Assert.Equal(PolicyCatalog.All.Count, PolicyCatalog.All.Select(c => c.Id).Distinct().Count());
    }
}

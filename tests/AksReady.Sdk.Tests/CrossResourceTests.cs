using System.Text.Json.Nodes;
using AksReady.Sdk.Tests.Infrastructure;

namespace AksReady.Sdk.Tests;

/// <summary>The manifests agree with each other: selectors, ports and names line up.</summary>
public sealed class CrossResourceTests
{
    private static Dictionary<string, JsonObject> Manifests() =>
        TestSettings.Files(TestSettings.Everything)
            .Where(f => f.RelativePath.StartsWith("k8s/base/", StringComparison.Ordinal) && !f.RelativePath.EndsWith("kustomization.yaml", StringComparison.Ordinal))
            .Select(f => YamlJson.Parse(f.Content))
            .ToDictionary(m => m["kind"]!.GetValue<string>());

    private static JsonObject PodLabels(Dictionary<string, JsonObject> m) => m["Deployment"]["spec"]!["template"]!["metadata"]!["labels"]!.AsObject();

    private static void AssertSelects(JsonNode? selector, JsonObject podLabels, string what)
    {
        Assert.NotNull(selector);
        var pairs = selector!.AsObject();
        Assert.NotEmpty(pairs);
        foreach (var (key, value) in pairs)
        {
            Assert.True(podLabels.ContainsKey(key) && podLabels[key]!.GetValue<string>() == value!.GetValue<string>(), $"{what} selects {key}={value}, which the pods do not carry.");
        }
    }

    [Fact]
    public void All_kinds_are_present()
    {
        Assert.Equal(
            new[] { "Deployment", "HorizontalPodAutoscaler", "NetworkPolicy", "PodDisruptionBudget", "Service", "ServiceAccount" },
            Manifests().Keys.OrderBy(k => k, StringComparer.Ordinal));
    }

    [Fact]
    public void Selectors_select_the_deployment_pods()
    {
        var m = Manifests();
        var pods = PodLabels(m);
        AssertSelects(m["Deployment"]["spec"]!["selector"]!["matchLabels"], pods, "Deployment");
        AssertSelects(m["Service"]["spec"]!["selector"], pods, "Service");
        AssertSelects(m["PodDisruptionBudget"]["spec"]!["selector"]!["matchLabels"], pods, "PodDisruptionBudget");
        AssertSelects(m["NetworkPolicy"]["spec"]!["podSelector"]!["matchLabels"], pods, "NetworkPolicy");
        foreach (var constraint in m["Deployment"]["spec"]!["template"]!["spec"]!["topologySpreadConstraints"]!.AsArray())
        {
            AssertSelects(constraint!["labelSelector"]!["matchLabels"], pods, "topologySpreadConstraint");
        }
    }

    [Fact]
    public void Pdb_allows_eviction_of_unhealthy_pods()
    {
        Assert.Equal("AlwaysAllow", Manifests()["PodDisruptionBudget"]["spec"]!["unhealthyPodEvictionPolicy"]!.GetValue<string>());
    }

    [Fact]
    public void Hpa_targets_the_deployment()
    {
        var m = Manifests();
        var target = m["HorizontalPodAutoscaler"]["spec"]!["scaleTargetRef"]!;
        Assert.Equal("Deployment", target["kind"]!.GetValue<string>());
        Assert.Equal("apps/v1", target["apiVersion"]!.GetValue<string>());
        Assert.Equal(m["Deployment"]["metadata"]!["name"]!.GetValue<string>(), target["name"]!.GetValue<string>());
    }

    [Fact]
    public void Probe_service_and_policy_ports_are_container_ports()
    {
        var m = Manifests();
        var container = m["Deployment"]["spec"]!["template"]!["spec"]!["containers"]![0]!;
        var names = container["ports"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).ToHashSet();
        var numbers = container["ports"]!.AsArray().Select(p => p!["containerPort"]!.GetValue<long>().ToString()).ToHashSet();
        bool IsContainerPort(JsonNode port) => names.Contains(port.ToString()) || numbers.Contains(port.ToString());

        foreach (var probe in new[] { "startupProbe", "livenessProbe", "readinessProbe" })
        {
            Assert.True(IsContainerPort(container[probe]!["httpGet"]!["port"]!), probe);
        }

        foreach (var port in m["Service"]["spec"]!["ports"]!.AsArray())
        {
            Assert.True(IsContainerPort(port!["targetPort"]!), "Service targetPort");
        }

        foreach (var port in m["NetworkPolicy"]["spec"]!["ingress"]![0]!["ports"]!.AsArray())
        {
            Assert.True(IsContainerPort(port!["port"]!), "NetworkPolicy ingress port");
        }
    }

    [Fact]
    public void The_service_account_exists_and_everything_shares_the_namespace()
    {
        var m = Manifests();
        Assert.Equal(m["ServiceAccount"]["metadata"]!["name"]!.GetValue<string>(), m["Deployment"]["spec"]!["template"]!["spec"]!["serviceAccountName"]!.GetValue<string>());
        Assert.Single(m.Values.Select(r => r["metadata"]!["namespace"]!.GetValue<string>()).Distinct());
    }

    [Fact]
    public void Network_policy_denies_by_default_and_allows_dns_and_configured_egress()
    {
        var spec = Manifests()["NetworkPolicy"]["spec"]!;
        Assert.Equal(new[] { "Ingress", "Egress" }, spec["policyTypes"]!.AsArray().Select(n => n!.GetValue<string>()));
        var egress = spec["egress"]!.AsArray();
        Assert.Contains(egress[0]!["ports"]!.AsArray(), p => p!["port"]!.GetValue<long>() == 53 && p["protocol"]!.GetValue<string>() == "UDP");
        Assert.Equal(new[] { "10.0.0.0/8", "fd00::/8" }, egress[1]!["to"]!.AsArray().Select(t => t!["ipBlock"]!["cidr"]!.GetValue<string>()));
    }

    [Fact]
    public void Overlays_build_on_the_base()
    {
        var files = TestSettings.Files(TestSettings.Everything);
        foreach (var env in new[] { "dev", "staging", "prod" })
        {
            var k = YamlJson.Parse(files.Single(f => f.RelativePath == $"k8s/overlays/{env}/kustomization.yaml").Content);
            Assert.Equal("../../base", k["resources"]![0]!.GetValue<string>());
            Assert.Equal(env, k["labels"]![0]!["pairs"]!["app.kubernetes.io/environment"]!.GetValue<string>());
        }
    }
}

using System.Text.Json.Nodes;
using AksReady.Sdk.Generation;
using AksReady.Sdk.Tests.Infrastructure;

namespace AksReady.Sdk.Tests;

/// <summary>
/// AksReadyHelmChart=true: 'helm lint --strict' passes, and 'helm template' with the default values renders the same
/// objects as 'kubectl kustomize k8s/base', except for the documented Helm labels (app.kubernetes.io/managed-by: Helm
/// and helm.sh/chart on every object and pod template).
/// </summary>
public sealed class HelmChartTests
{
    public static TheoryData<string> Scenarios() => new("default", "autoscaled", "no-service", "full");

    private static IReadOnlyList<GeneratedFile> Files(string scenario) =>
        TestSettings.Files(s => { KustomizeTests.Scenario(scenario)?.Invoke(s); s.HelmChart = "true"; s.ProjectVersion = "1.0.0"; });

    private static (TempDirectory Temp, string Chart) WriteChart(IEnumerable<GeneratedFile> files)
    {
        var temp = new TempDirectory();
        foreach (var file in files)
        {
            temp.Write(file.RelativePath, file.Content);
        }

        return (temp, Path.Combine(temp.Path, "helm", "contoso-orders-api"));
    }

    private static List<JsonObject> Template(string chart, params string[] extra)
    {
        var (code, stdout, stderr) = K8sTools.Run(K8sTools.Helm, new[] { "template", "orders", chart, "--namespace", "default" }.Concat(extra));
        Assert.True(code == 0, stderr);
        return YamlJson.ParseAll(stdout).OfType<JsonObject>().ToList();
    }

    /// <summary>Removes the Helm-only labels and restores managed-by, so the objects compare with the Kustomize base.</summary>
    private static JsonObject WithoutHelmLabels(JsonObject o)
    {
        void Fix(JsonNode? metadata)
        {
            if (metadata?["labels"] is JsonObject labels)
            {
                Assert.Equal("Helm", labels["app.kubernetes.io/managed-by"]?.GetValue<string>());
                Assert.StartsWith("contoso-orders-api-1.0.0", labels["helm.sh/chart"]!.GetValue<string>());
                labels.Remove("helm.sh/chart");
                labels["app.kubernetes.io/managed-by"] = ManifestWriter.ManagedBy;
            }
        }

        var copy = (JsonObject)o.DeepClone();
        Fix(copy["metadata"]);
        Fix(copy["spec"]?["template"]?["metadata"]);
        return copy;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Chart_passes_helm_lint_strict(string scenario)
    {
        var (temp, chart) = WriteChart(Files(scenario));
        using (temp)
        {
            var (code, stdout, stderr) = K8sTools.Run(K8sTools.Helm, new[] { "lint", "--strict", chart });
            Assert.True(code == 0, stdout + stderr);
        }
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Default_values_render_the_kustomize_base(string scenario)
    {
        var files = Files(scenario);
        var (temp, chart) = WriteChart(files);
        using (temp)
        {
            var helm = Template(chart).ToDictionary(o => o["kind"]!.GetValue<string>() + "/" + o["metadata"]!["name"]!.GetValue<string>());
            var kustomize = KustomizeTests.Render(files, "base").ToDictionary(o => o["kind"]!.GetValue<string>() + "/" + o["metadata"]!["name"]!.GetValue<string>());
            Assert.Equal(kustomize.Keys.OrderBy(k => k, StringComparer.Ordinal), helm.Keys.OrderBy(k => k, StringComparer.Ordinal));
            foreach (var (key, expected) in kustomize)
            {
                var actual = WithoutHelmLabels(helm[key]);
                Assert.True(JsonNode.DeepEquals(expected, actual), $"{key} differs:\nkustomize: {expected.ToJsonString()}\nhelm:      {actual.ToJsonString()}");
                Assert.Empty(KubernetesSchemas.Validate(helm[key]));
            }
        }
    }

    [Fact]
    public void Values_drive_image_scale_resources_probes_port_and_placement()
    {
        var (temp, chart) = WriteChart(Files("default"));
        using (temp)
        {
            var docs = Template(
                chart,
                "--set", "image.repository=myacr.azurecr.io/orders,image.tag=2.0.0,image.digest=sha256:" + new string('b', 64) + ",image.pullPolicy=IfNotPresent",
                "--set", "autoscaling.enabled=true,autoscaling.minReplicas=3,autoscaling.maxReplicas=9,autoscaling.targetCPUUtilizationPercentage=60",
                "--set", "resources.limits.memory=1Gi,port=9090,service.port=8081,probes.readiness.path=/ready",
                "--set", "nodeSelector.kubernetes\\.azure\\.com/agentpool=apps",
                "--set", "tolerations[0].key=dedicated,tolerations[0].operator=Equal,tolerations[0].value=apps,tolerations[0].effect=NoSchedule",
                "--set", "podDisruptionBudget.enabled=false");
            foreach (var doc in docs)
            {
                Assert.Empty(KubernetesSchemas.Validate(doc));
            }

            var deployment = docs.Single(d => d["kind"]!.GetValue<string>() == "Deployment");
            Assert.Null(deployment["spec"]!["replicas"]);
            var pod = deployment["spec"]!["template"]!["spec"]!;
            var container = pod["containers"]![0]!;
            Assert.Equal("myacr.azurecr.io/orders:2.0.0@sha256:" + new string('b', 64), container["image"]!.GetValue<string>());
            Assert.Equal("IfNotPresent", container["imagePullPolicy"]!.GetValue<string>());
            Assert.Equal(9090, container["ports"]![0]!["containerPort"]!.GetValue<long>());
            Assert.Equal("9090", container["env"]![0]!["value"]!.GetValue<string>());
            Assert.Equal("1Gi", container["resources"]!["limits"]!["memory"]!.GetValue<string>());
            Assert.Equal("/ready", container["readinessProbe"]!["httpGet"]!["path"]!.GetValue<string>());
            Assert.Equal("apps", pod["nodeSelector"]!["kubernetes.azure.com/agentpool"]!.GetValue<string>());
            Assert.Equal("dedicated", pod["tolerations"]![0]!["key"]!.GetValue<string>());
            var hpa = docs.Single(d => d["kind"]!.GetValue<string>() == "HorizontalPodAutoscaler");
            Assert.Equal(3, hpa["spec"]!["minReplicas"]!.GetValue<long>());
            Assert.Equal(9, hpa["spec"]!["maxReplicas"]!.GetValue<long>());
            Assert.Equal(8081, docs.Single(d => d["kind"]!.GetValue<string>() == "Service")["spec"]!["ports"]![0]!["port"]!.GetValue<long>());
            Assert.DoesNotContain(docs, d => d["kind"]!.GetValue<string>() == "PodDisruptionBudget");
        }
    }

    [Fact]
    public void Without_a_service_the_chart_has_no_service_or_ingress_and_no_values_for_them()
    {
        var files = Files("no-service");
        Assert.DoesNotContain(files, f => f.RelativePath is "helm/contoso-orders-api/templates/service.yaml" or "helm/contoso-orders-api/templates/ingress.yaml");
        var values = YamlJson.Parse(files.Single(f => f.RelativePath == "helm/contoso-orders-api/values.yaml").Content);
        Assert.Null(values["service"]);
        Assert.Null(values["ingress"]);
        var (temp, chart) = WriteChart(files);
        using (temp)
        {
            var docs = Template(chart, "--set", "networkPolicy.enabled=true");
            Assert.DoesNotContain(docs, d => d["kind"]!.GetValue<string>() is "Service" or "Ingress");
            var policy = docs.Single(d => d["kind"]!.GetValue<string>() == "NetworkPolicy");
            Assert.Empty(policy["spec"]!["ingress"]!.AsArray());
        }
    }

    [Fact]
    public void Chart_yaml_is_v2_with_the_project_version()
    {
        var chart = YamlJson.Parse(Files("default").Single(f => f.RelativePath == "helm/contoso-orders-api/Chart.yaml").Content);
        Assert.Equal("v2", chart["apiVersion"]!.GetValue<string>());
        Assert.Equal("contoso-orders-api", chart["name"]!.GetValue<string>());
        Assert.Equal("1.0.0", chart["version"]!.GetValue<string>());
        Assert.Equal("1.0.0", chart["appVersion"]!.GetValue<string>());
    }

    [Fact]
    public void No_chart_unless_asked()
    {
        Assert.DoesNotContain(TestSettings.Files(TestSettings.FullyFeatured), f => f.RelativePath.StartsWith("helm/", StringComparison.Ordinal));
    }
}

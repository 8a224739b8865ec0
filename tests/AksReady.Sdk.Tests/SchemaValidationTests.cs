using AksReady.Sdk.Generation;
using AksReady.Sdk.Tests.Infrastructure;

namespace AksReady.Sdk.Tests;

public sealed class SchemaValidationTests
{
    private static IReadOnlyList<GeneratedFile> Scenario(string name) => name switch
    {
        "default" => TestSettings.Files(),
        "autoscaled" => TestSettings.Files(TestSettings.Everything),
        "full" => TestSettings.Files(TestSettings.FullyFeatured),
        "full-config-files" => TestSettings.Files(TestSettings.FullyFeaturedConfigFiles),
        "no-service" => TestSettings.Files(TestSettings.NoService),
        "worker-minimal" => TestSettings.Files(s =>
        {
            s.IsWebProject = false;
            s.PodDisruptionBudget = s.NetworkPolicy = s.TopologySpread = "false";
            s.Replicas = "1";
        }),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    public static TheoryData<string, string> Manifests()
    {
        var data = new TheoryData<string, string>();
        foreach (var scenario in new[] { "default", "autoscaled", "worker-minimal", "no-service", "full", "full-config-files" })
        {
            foreach (var file in Scenario(scenario).Where(f => f.RelativePath.StartsWith("k8s/base/", StringComparison.Ordinal) && !f.RelativePath.EndsWith("kustomization.yaml", StringComparison.Ordinal)))
            {
                data.Add(scenario, file.RelativePath);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Manifests))]
    public void Generated_manifest_is_valid_against_the_Kubernetes_1_35_schema(string scenario, string relativePath)
    {
        KubernetesSchemas.AssertValid(Scenario(scenario).Single(f => f.RelativePath == relativePath).Content);
    }

    [Fact]
    public void Autoscaled_deployment_has_no_replicas_and_the_hpa_targets_it()
    {
        var files = Scenario("autoscaled");
        var deployment = YamlJson.Parse(files.Single(f => f.RelativePath == "k8s/base/deployment.yaml").Content);
        Assert.Null(deployment["spec"]!["replicas"]);
        var hpa = YamlJson.Parse(files.Single(f => f.RelativePath == "k8s/base/horizontalpodautoscaler.yaml").Content);
        Assert.Equal(3, hpa["spec"]!["minReplicas"]!.GetValue<long>());
        Assert.Equal(10, hpa["spec"]!["maxReplicas"]!.GetValue<long>());
        Assert.Equal(70, hpa["spec"]!["metrics"]![0]!["resource"]!["target"]!["averageUtilization"]!.GetValue<long>());
    }

    [Fact]
    public void Strict_schema_rejects_a_misspelled_field()
    {
        var yaml = TestSettings.Files().Single(f => f.RelativePath == "k8s/base/deployment.yaml").Content
            .Replace("terminationGracePeriodSeconds:", "terminationGracePeriodSecond:");
        Assert.NotEmpty(KubernetesSchemas.Validate(YamlJson.Parse(yaml)));
    }

    [Fact]
    public void Kustomization_lists_every_manifest()
    {
        var files = TestSettings.Files(TestSettings.Everything);
        var kustomization = YamlJson.Parse(files.Single(f => f.RelativePath == "k8s/base/kustomization.yaml").Content);
        var listed = kustomization["resources"]!.AsArray().Select(n => "k8s/base/" + n!.GetValue<string>()).OrderBy(x => x);
        var present = files.Where(f => f.RelativePath.StartsWith("k8s/base/", StringComparison.Ordinal) && !f.RelativePath.EndsWith("kustomization.yaml", StringComparison.Ordinal)).Select(f => f.RelativePath).OrderBy(x => x);
        Assert.Equal(present, listed);
    }

    [Fact]
    public void Deployment_has_the_hardening_and_probes()
    {
        var d = YamlJson.Parse(TestSettings.Files().Single(f => f.RelativePath == "k8s/base/deployment.yaml").Content);
        var pod = d["spec"]!["template"]!["spec"]!;
        var c = pod["containers"]![0]!;
        Assert.Equal(0, d["spec"]!["strategy"]!["rollingUpdate"]!["maxUnavailable"]!.GetValue<long>());
        Assert.False(pod["automountServiceAccountToken"]!.GetValue<bool>());
        Assert.Equal(30, pod["terminationGracePeriodSeconds"]!.GetValue<long>());
        Assert.Equal(AksReadyModel.AppUid, pod["securityContext"]!["runAsUser"]!.GetValue<long>());
        Assert.True(c["securityContext"]!["readOnlyRootFilesystem"]!.GetValue<bool>());
        Assert.False(c["securityContext"]!["allowPrivilegeEscalation"]!.GetValue<bool>());
        Assert.Equal("ALL", c["securityContext"]!["capabilities"]!["drop"]![0]!.GetValue<string>());
        Assert.Equal("RuntimeDefault", c["securityContext"]!["seccompProfile"]!["type"]!.GetValue<string>());
        Assert.Equal(5, c["lifecycle"]!["preStop"]!["sleep"]!["seconds"]!.GetValue<long>());
        Assert.Equal("/healthz/startup", c["startupProbe"]!["httpGet"]!["path"]!.GetValue<string>());
        Assert.Equal("/healthz/live", c["livenessProbe"]!["httpGet"]!["path"]!.GetValue<string>());
        Assert.Equal("/healthz/ready", c["readinessProbe"]!["httpGet"]!["path"]!.GetValue<string>());
        Assert.Equal("/tmp", c["volumeMounts"]![0]!["mountPath"]!.GetValue<string>());
        Assert.Equal("64Mi", c["resources"]!["requests"]!["ephemeral-storage"]!.GetValue<string>());
        Assert.Equal("1", c["resources"]!["limits"]!["cpu"]!.GetValue<string>());
        var env = c["env"]!.AsArray().Select(e => e!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("POD_NAME", env);
        Assert.Contains("POD_NAMESPACE", env);
        Assert.Contains("NODE_NAME", env);
    }

    [Fact]
    public void Grace_period_grows_with_the_stop_sequence()
    {
        var model = TestSettings.Model(s => s.ShutdownTimeoutSeconds = "45");
        Assert.Equal(55, model.TerminationGracePeriodSeconds);
    }
}

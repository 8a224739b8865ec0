using System.Text.Json.Nodes;
using AksReady.Sdk.Generation;
using AksReady.Sdk.Tests.Infrastructure;

namespace AksReady.Sdk.Tests;

/// <summary>ConfigMap, environment variables, Ingress, Key Vault, workload identity and node placement, across resources.</summary>
public sealed class FeatureTests
{
    private static Dictionary<string, JsonObject> Manifests(Action<AksReadySettings> change) =>
        TestSettings.Files(change)
            .Where(f => f.RelativePath.StartsWith("k8s/base/", StringComparison.Ordinal) && !f.RelativePath.EndsWith("kustomization.yaml", StringComparison.Ordinal))
            .Select(f => YamlJson.Parse(f.Content))
            .ToDictionary(m => m["kind"]!.GetValue<string>());

    private static JsonNode Pod(Dictionary<string, JsonObject> m) => m["Deployment"]["spec"]!["template"]!;

    private static JsonNode Container(Dictionary<string, JsonObject> m) => Pod(m)["spec"]!["containers"]![0]!;

    [Fact]
    public void Config_becomes_a_config_map_read_through_envFrom_and_rolls_the_pods_when_it_changes()
    {
        var m = Manifests(TestSettings.FullyFeatured);
        var cm = m["ConfigMap"];
        Assert.Equal("contoso-orders-api-config", cm["metadata"]!["name"]!.GetValue<string>());
        Assert.Equal("Information", cm["data"]!["Logging__LogLevel__Default"]!.GetValue<string>());
        Assert.Equal("true", cm["data"]!["Features__NewCheckout"]!.GetValue<string>());
        Assert.Equal("contoso-orders-api-config", Container(m)["envFrom"]![0]!["configMapRef"]!["name"]!.GetValue<string>());
        var checksum = Pod(m)["metadata"]!["annotations"]!["checksum/config"]!.GetValue<string>();
        var changed = Pod(Manifests(s => { TestSettings.FullyFeatured(s); s.Config[0] = new("Logging__LogLevel__Default", "Debug"); }))["metadata"]!["annotations"]!["checksum/config"]!.GetValue<string>();
        Assert.Matches("^[0-9a-f]{64}$", checksum);
        Assert.NotEqual(checksum, changed);
    }

    [Fact]
    public void Config_mounted_as_files_is_read_only_and_not_in_env()
    {
        var m = Manifests(TestSettings.FullyFeaturedConfigFiles);
        Assert.Null(Container(m)["envFrom"]);
        var mount = Container(m)["volumeMounts"]!.AsArray().Single(v => v!["name"]!.GetValue<string>() == "config")!;
        Assert.Equal("/etc/orders/config", mount["mountPath"]!.GetValue<string>());
        Assert.True(mount["readOnly"]!.GetValue<bool>());
        Assert.Contains(Pod(m)["spec"]!["volumes"]!.AsArray(), v => v!["configMap"]?["name"]?.GetValue<string>() == "contoso-orders-api-config");
    }

    [Fact]
    public void Environment_variables_follow_the_built_in_ones()
    {
        var env = Container(Manifests(TestSettings.FullyFeatured))["env"]!.AsArray().Select(e => e!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(new[] { "ASPNETCORE_HTTP_PORTS", "POD_NAME", "POD_NAMESPACE", "NODE_NAME", "DOTNET_gcServer", "OTEL_SERVICE_NAME" }, env);
    }

    [Fact]
    public void Ingress_routes_the_host_to_the_service_http_port_with_tls()
    {
        var m = Manifests(TestSettings.FullyFeatured);
        var spec = m["Ingress"]["spec"]!;
        Assert.Equal("webapprouting.kubernetes.azure.com", spec["ingressClassName"]!.GetValue<string>());
        Assert.Equal("orders-tls", spec["tls"]![0]!["secretName"]!.GetValue<string>());
        Assert.Equal("orders.contoso.com", spec["tls"]![0]!["hosts"]![0]!.GetValue<string>());
        var rule = spec["rules"]![0]!;
        Assert.Equal("orders.contoso.com", rule["host"]!.GetValue<string>());
        var backend = rule["http"]!["paths"]![0]!["backend"]!["service"]!;
        Assert.Equal(m["Service"]["metadata"]!["name"]!.GetValue<string>(), backend["name"]!.GetValue<string>());
        Assert.Contains(m["Service"]["spec"]!["ports"]!.AsArray(), p => p!["name"]!.GetValue<string>() == backend["port"]!["name"]!.GetValue<string>());
        Assert.DoesNotContain("tls", Manifests(s => { s.IngressHost = "orders.contoso.com"; })["Ingress"]["spec"]!.AsObject().Select(kv => kv.Key));
    }

    [Fact]
    public void Key_vault_secrets_are_mounted_read_only_at_the_path_AksReady_Hosting_reads()
    {
        var m = Manifests(TestSettings.FullyFeatured);
        var spc = m["SecretProviderClass"];
        Assert.Equal("azure", spc["spec"]!["provider"]!.GetValue<string>());
        var parameters = spc["spec"]!["parameters"]!;
        Assert.Equal("contoso-orders-kv", parameters["keyvaultName"]!.GetValue<string>());
        Assert.Equal("11111111-2222-3333-4444-555555555555", parameters["tenantId"]!.GetValue<string>());
        Assert.Equal("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", parameters["clientID"]!.GetValue<string>());
        var objects = new YamlDotNet.RepresentationModel.YamlStream();
        objects.Load(new StringReader(parameters["objects"]!.GetValue<string>()));
        var entries = ((YamlDotNet.RepresentationModel.YamlSequenceNode)((YamlDotNet.RepresentationModel.YamlMappingNode)objects.Documents[0].RootNode)["array"])
            .Select(n => YamlJson.Parse(((YamlDotNet.RepresentationModel.YamlScalarNode)n).Value!)).ToList();
        Assert.Equal(new[] { "OrdersDb--ConnectionString", "Stripe--ApiKey" }, entries.Select(e => e["objectName"]!.GetValue<string>()));
        Assert.Equal(new[] { "OrdersDb__ConnectionString", "Stripe__ApiKey" }, entries.Select(e => e["objectAlias"]!.GetValue<string>()));
        Assert.All(entries, e => Assert.Equal("secret", e["objectType"]!.GetValue<string>()));

        var volume = Pod(m)["spec"]!["volumes"]!.AsArray().Single(v => v!["name"]!.GetValue<string>() == "secrets-store")!;
        Assert.Equal("secrets-store.csi.k8s.io", volume["csi"]!["driver"]!.GetValue<string>());
        Assert.True(volume["csi"]!["readOnly"]!.GetValue<bool>());
        Assert.Equal(spc["metadata"]!["name"]!.GetValue<string>(), volume["csi"]!["volumeAttributes"]!["secretProviderClass"]!.GetValue<string>());
        var mount = Container(m)["volumeMounts"]!.AsArray().Single(v => v!["name"]!.GetValue<string>() == "secrets-store")!;
        Assert.Equal("/mnt/secrets-store", mount["mountPath"]!.GetValue<string>());
        Assert.Equal(AksReadyModel.SecretsMountPath, mount["mountPath"]!.GetValue<string>());
        Assert.True(mount["readOnly"]!.GetValue<bool>());
    }

    [Fact]
    public void Workload_identity_annotates_the_service_account_labels_the_pods_and_keeps_the_token_unmounted()
    {
        var m = Manifests(TestSettings.FullyFeatured);
        Assert.Equal("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", m["ServiceAccount"]["metadata"]!["annotations"]!["azure.workload.identity/client-id"]!.GetValue<string>());
        Assert.Equal("true", Pod(m)["metadata"]!["labels"]!["azure.workload.identity/use"]!.GetValue<string>());
        Assert.False(m["ServiceAccount"]["automountServiceAccountToken"]!.GetValue<bool>());
        Assert.False(Pod(m)["spec"]!["automountServiceAccountToken"]!.GetValue<bool>());

        // The selector must not change when the identity is added (a Deployment's selector is immutable).
        Assert.Null(m["Deployment"]["spec"]!["selector"]!["matchLabels"]!["azure.workload.identity/use"]);
    }

    [Fact]
    public void Node_placement_selects_the_pool_tolerates_spot_requires_spot_and_never_the_system_pool()
    {
        var pod = Pod(Manifests(TestSettings.FullyFeatured))["spec"]!;
        Assert.Equal("apps", pod["nodeSelector"]!["kubernetes.azure.com/agentpool"]!.GetValue<string>());
        var toleration = pod["tolerations"]![0]!;
        Assert.Equal("kubernetes.azure.com/scalesetpriority", toleration["key"]!.GetValue<string>());
        Assert.Equal("spot", toleration["value"]!.GetValue<string>());
        Assert.Equal("NoSchedule", toleration["effect"]!.GetValue<string>());
        var expressions = pod["affinity"]!["nodeAffinity"]!["requiredDuringSchedulingIgnoredDuringExecution"]!["nodeSelectorTerms"]!.AsArray().Single()!["matchExpressions"]!.AsArray();
        Assert.Contains(expressions, e => e!["key"]!.GetValue<string>() == "kubernetes.azure.com/mode" && e["operator"]!.GetValue<string>() == "NotIn" && e["values"]![0]!.GetValue<string>() == "system");
        Assert.Contains(expressions, e => e!["key"]!.GetValue<string>() == "kubernetes.azure.com/scalesetpriority" && e["operator"]!.GetValue<string>() == "In" && e["values"]![0]!.GetValue<string>() == "spot");

        var plain = Pod(Manifests(_ => { }))["spec"]!;
        Assert.Null(plain["nodeSelector"]);
        Assert.Null(plain["tolerations"]);
        Assert.Single(plain["affinity"]!["nodeAffinity"]!["requiredDuringSchedulingIgnoredDuringExecution"]!["nodeSelectorTerms"]![0]!["matchExpressions"]!.AsArray());
    }
}

using System.Text.Json.Nodes;
using AksReady.Sdk.Generation;
using AksReady.Sdk.Tests.Infrastructure;

namespace AksReady.Sdk.Tests;

/// <summary>
/// Renders every overlay (and the base) with the real 'kubectl kustomize' and validates every rendered object against
/// the Kubernetes 1.35 schemas. kubectl comes from <see cref="K8sTools"/> (installed on demand; a missing tool fails).
/// </summary>
public sealed class KustomizeTests
{
    public static Action<AksReadySettings>? Scenario(string name) => name switch
    {
        "default" => null,
        "autoscaled" => TestSettings.Everything,
        "no-service" => TestSettings.NoService,
        _ => TestSettings.FullyFeatured,
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var scenario in new[] { "default", "autoscaled", "no-service", "full" })
        {
            foreach (var folder in new[] { "base", "overlays/dev", "overlays/staging", "overlays/prod" })
            {
                data.Add(scenario, folder);
            }
        }

        return data;
    }

    internal static List<JsonObject> Render(IEnumerable<GeneratedFile> files, string folder)
    {
        using var temp = new TempDirectory();
        foreach (var file in files)
        {
            temp.Write(file.RelativePath, file.Content);
        }

        var (code, stdout, stderr) = K8sTools.Run(K8sTools.Kubectl, new[] { "kustomize", Path.Combine(temp.Path, "k8s", folder) });
        Assert.True(code == 0, stderr);
        return YamlJson.ParseAll(stdout).OfType<JsonObject>().ToList();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Kustomization_renders_and_every_object_is_valid(string scenario, string folder)
    {
        var files = TestSettings.Files(Scenario(scenario));
        var docs = Render(files, folder);
        var baseFiles = files.Where(f => f.RelativePath.StartsWith("k8s/base/", StringComparison.Ordinal) && !f.RelativePath.EndsWith("kustomization.yaml", StringComparison.Ordinal)).ToList();
        Assert.Equal(baseFiles.Sum(f => YamlJson.ParseAll(f.Content).Count), docs.Count);
        foreach (var doc in docs)
        {
            var errors = KubernetesSchemas.Validate(doc);
            Assert.True(errors.Count == 0, $"{doc["kind"]}: " + string.Join("\n", errors));
            if (folder.StartsWith("overlays/", StringComparison.Ordinal))
            {
                Assert.Equal(folder["overlays/".Length..], doc["metadata"]!["labels"]!["app.kubernetes.io/environment"]!.GetValue<string>());
            }
        }

        if (folder == "overlays/dev")
        {
            var scaled = scenario is "default" or "no-service"
                ? docs.Single(d => d["kind"]!.GetValue<string>() == "Deployment")["spec"]!["replicas"]!
                : docs.Single(d => d["kind"]!.GetValue<string>() == "HorizontalPodAutoscaler")["spec"]!["minReplicas"]!;
            Assert.Equal(1, scaled.GetValue<long>());
        }
    }
}

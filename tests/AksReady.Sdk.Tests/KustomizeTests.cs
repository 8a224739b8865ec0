using System.Diagnostics;
using System.Text.Json.Nodes;
using AksReady.Sdk.Tests.Infrastructure;

namespace AksReady.Sdk.Tests;

/// <summary>
/// Renders every overlay with 'kubectl kustomize' and validates the result against the schemas. Runs only where
/// kubectl is on PATH (it is on the development machines); elsewhere the test returns without checking.
/// </summary>
public sealed class KustomizeTests
{
    private static string? FindKubectl() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "kubectl"))
            .FirstOrDefault(File.Exists);

    [Theory]
    [InlineData("default", "dev")]
    [InlineData("default", "prod")]
    [InlineData("autoscaled", "dev")]
    [InlineData("autoscaled", "staging")]
    public async Task Overlay_renders_and_every_resource_is_valid(string scenario, string overlay)
    {
        var kubectl = FindKubectl();
        if (kubectl == null)
        {
            return;
        }

        using var temp = new TempDirectory();
        var files = scenario == "default" ? TestSettings.Files() : TestSettings.Files(TestSettings.Everything);
        foreach (var file in files)
        {
            temp.Write(file.RelativePath, file.Content);
        }

        var psi = new ProcessStartInfo(kubectl, new[] { "kustomize", Path.Combine(temp.Path, "k8s", "overlays", overlay) })
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, stderr);

        var docs = YamlJson.ParseAll(await stdout).OfType<JsonObject>().ToList();
        Assert.Equal(files.Count(f => f.RelativePath.StartsWith("k8s/base/", StringComparison.Ordinal)) - 1, docs.Count);
        foreach (var doc in docs)
        {
            var errors = KubernetesSchemas.Validate(doc);
            Assert.True(errors.Count == 0, $"{doc["kind"]}: " + string.Join("\n", errors));
            Assert.Equal(overlay, doc["metadata"]!["labels"]!["app.kubernetes.io/environment"]!.GetValue<string>());
        }

        if (overlay == "dev")
        {
            var scaled = scenario == "default"
                ? docs.Single(d => d["kind"]!.GetValue<string>() == "Deployment")["spec"]!["replicas"]!
                : docs.Single(d => d["kind"]!.GetValue<string>() == "HorizontalPodAutoscaler")["spec"]!["minReplicas"]!;
            Assert.Equal(1, scaled.GetValue<long>());
        }
    }
}

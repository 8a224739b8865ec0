using System.Text.Json.Nodes;
using AksReady.Sdk.Tests.Infrastructure;
using AksReady.Sdk.Tests.Policies;

namespace AksReady.EndToEnd.Tests;

/// <summary>
/// The checks a platform team runs on the deployment artifacts of a created project: strict Kubernetes 1.35 schemas,
/// the policy suite (Pod Security restricted, kube-score, kube-linter, Polaris, AKS Deployment Safeguards) with only
/// the documented exceptions, every Kustomize overlay rendered by the real kubectl, and the Helm chart through
/// helm lint --strict and helm template.
/// </summary>
public static class DeploymentArtifacts
{
    public static void AssertPassEveryCheck(string outputDirectory, bool helmChart)
    {
        var baseDirectory = Path.Combine(outputDirectory, "k8s", "base");
        var objects = Directory.GetFiles(baseDirectory, "*.yaml")
            .Where(f => Path.GetFileName(f) != "kustomization.yaml")
            .SelectMany(f => YamlJson.ParseAll(File.ReadAllText(f)))
            .OfType<JsonObject>()
            .ToList();
        Assert.Contains(objects, o => (string?)o["kind"] == "Deployment");
        AssertSchemaValid(objects, "k8s/base");

        var set = new ManifestSet(objects);
        foreach (var check in PolicyCatalog.All)
        {
            var findings = check.Run(set).ToList();
            if (findings.Count == 0)
            {
                continue;
            }

            var exception = PolicyTests.DocumentedExceptions.SingleOrDefault(e => e.CheckId == check.Id && e.Scenarios.Contains("default"));
            Assert.True(exception != default, $"{check.Id} ({check.Rule}) fails on the created project:\n" + string.Join("\n", findings));
            Assert.All(findings, f => Assert.Contains(exception.Fragment, f));
        }

        var overlays = Directory.GetDirectories(Path.Combine(outputDirectory, "k8s", "overlays")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["dev", "prod", "staging"], overlays.Select(Path.GetFileName));
        foreach (var folder in overlays.Prepend(baseDirectory))
        {
            var (code, stdout, stderr) = K8sTools.Run(K8sTools.Kubectl, ["kustomize", folder]);
            Assert.True(code == 0, $"kubectl kustomize {folder} failed:\n{stderr}");
            AssertSchemaValid(YamlJson.ParseAll(stdout).OfType<JsonObject>().ToList(), "kubectl kustomize " + Path.GetFileName(folder));
        }

        var helmDirectory = Path.Combine(outputDirectory, "helm");
        if (!helmChart)
        {
            Assert.False(Directory.Exists(helmDirectory), "a Helm chart was generated although the project did not ask for one");
            return;
        }

        var chart = Directory.GetDirectories(helmDirectory).Single();
        var lint = K8sTools.Run(K8sTools.Helm, ["lint", "--strict", chart]);
        Assert.True(lint.ExitCode == 0, $"helm lint --strict failed:\n{lint.Stdout}\n{lint.Stderr}");
        var template = K8sTools.Run(K8sTools.Helm, ["template", "release", chart]);
        Assert.True(template.ExitCode == 0, $"helm template failed:\n{template.Stderr}");
        var rendered = YamlJson.ParseAll(template.Stdout).OfType<JsonObject>().ToList();
        Assert.Equal(
            objects.Select(o => (string?)o["kind"]).Order(StringComparer.Ordinal),
            rendered.Select(o => (string?)o["kind"]).Order(StringComparer.Ordinal));
        AssertSchemaValid(rendered, "helm template");
    }

    private static void AssertSchemaValid(IReadOnlyList<JsonObject> objects, string source)
    {
        Assert.NotEmpty(objects);
        foreach (var o in objects)
        {
            var errors = KubernetesSchemas.Validate(o);
            Assert.True(errors.Count == 0, $"{source}: {o["kind"]}/{o["metadata"]?["name"]} is not valid against {KubernetesSchemas.FileFor(o)}:\n" + string.Join("\n", errors.Take(20)));
        }
    }
}

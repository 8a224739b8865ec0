using AksReady.Sdk.Generation;
using AksReady.Sdk.Tests.Infrastructure;

namespace AksReady.Sdk.Tests;

/// <summary>
/// What a later generation does with files an earlier one wrote: the ones it no longer produces are deleted when they
/// still carry the AksReady header; a file the user took over (header removed) or never generated is left alone.
/// </summary>
public sealed class ArtifactWriterTests
{
    private static string Generated(string body) => $"# {Header.Marker}\n{body}\n";

    private static WriteResult Write(string output, params (string Path, string Content)[] files)
    {
        var errors = new List<ValidationError>();
        var result = ArtifactWriter.Write(output, files.Select(f => new GeneratedFile(f.Path, f.Content)), errors);
        Assert.Empty(errors);
        return result!;
    }

    [Fact]
    public void Files_the_next_generation_no_longer_writes_are_removed_with_their_empty_folders()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "out");
        Write(output, ("k8s/base/deployment.yaml", Generated("kind: Deployment")), ("k8s/base/service.yaml", Generated("kind: Service")), ("helm/app/templates/ingress.yaml", Generated("kind: Ingress")), ("helm/app/Chart.yaml", Generated("name: app")));
        Assert.Equal(
            "k8s/base/deployment.yaml\nk8s/base/service.yaml\nhelm/app/templates/ingress.yaml\nhelm/app/Chart.yaml\n",
            string.Concat(File.ReadAllLines(Path.Combine(output, ArtifactWriter.ManifestFileName)).Where(l => !l.StartsWith('#')).Select(l => l + "\n")));

        var result = Write(output, ("k8s/base/deployment.yaml", Generated("kind: Deployment")), ("helm/app/Chart.yaml", Generated("name: app")));

        Assert.Equal(new[] { Path.Combine(output, "k8s", "base", "service.yaml"), Path.Combine(output, "helm", "app", "templates", "ingress.yaml") }, result.Removed);
        Assert.False(File.Exists(Path.Combine(output, "k8s", "base", "service.yaml")));
        Assert.False(Directory.Exists(Path.Combine(output, "helm", "app", "templates")));
        Assert.True(File.Exists(Path.Combine(output, "k8s", "base", "deployment.yaml")));
        Assert.Equal(0, result.Changed);
        Assert.Contains(Path.Combine(output, ArtifactWriter.ManifestFileName), result.Files);
        Assert.Equal(
            new[] { "helm/app/Chart.yaml", "k8s/base/deployment.yaml" },
            File.ReadAllLines(Path.Combine(output, ArtifactWriter.ManifestFileName)).Where(l => !l.StartsWith('#')).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_stale_file_the_user_took_over_and_files_never_generated_are_kept()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "out");
        Write(output, ("k8s/base/deployment.yaml", Generated("kind: Deployment")), ("k8s/base/service.yaml", Generated("kind: Service")));
        File.WriteAllText(Path.Combine(output, "k8s", "base", "service.yaml"), "kind: Service # mine now\n");
        File.WriteAllText(Path.Combine(output, "k8s", "base", "notes.yaml"), Generated("written by hand, with the marker"));
        File.WriteAllText(Path.Combine(temp.Path, "outside.yaml"), Generated("outside the output folder"));
        File.AppendAllText(Path.Combine(output, ArtifactWriter.ManifestFileName), "../outside.yaml\n");

        var result = Write(output, ("k8s/base/deployment.yaml", Generated("kind: Deployment")));

        Assert.Empty(result.Removed);
        Assert.Equal("kind: Service # mine now\n", File.ReadAllText(Path.Combine(output, "k8s", "base", "service.yaml")));
        Assert.True(File.Exists(Path.Combine(output, "k8s", "base", "notes.yaml")));
        Assert.True(File.Exists(Path.Combine(temp.Path, "outside.yaml")));
    }

    [Fact]
    public void A_refused_generation_deletes_nothing()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "out");
        Write(output, ("k8s/base/deployment.yaml", Generated("kind: Deployment")), ("k8s/base/service.yaml", Generated("kind: Service")));
        File.WriteAllText(Path.Combine(output, "k8s", "base", "deployment.yaml"), "kind: Deployment # edited, header removed\n");

        var errors = new List<ValidationError>();
        var result = ArtifactWriter.Write(output, new[] { new GeneratedFile("k8s/base/deployment.yaml", Generated("kind: Deployment")) }, errors);

        Assert.Null(result);
        Assert.Equal(KnownStrings.Errors.UserFileExists, Assert.Single(errors).ResourceName);
        Assert.True(File.Exists(Path.Combine(output, "k8s", "base", "service.yaml")));
    }
}

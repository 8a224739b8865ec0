using System.Text.RegularExpressions;

namespace AksReady.EndToEnd.Tests;

/// <summary>`dotnet new aksready-webapi` from the packed template, built and run exactly as a user would.</summary>
[Collection(PackagedProductCollection.Name)]
public sealed class WebApiTemplateTests(PackagedProductFixture product)
{
    [Fact]
    public async Task Created_service_builds_clean_writes_its_artifacts_answers_its_probes_and_drains_on_sigterm()
    {
        const string name = "Contoso.Orders";
        var directory = product.NewProjectDirectory(name);

        (await product.DotnetAsync(directory, "new", "aksready-webapi", "-n", name, "-o", ".", "--no-restore", "--debug:custom-hive", product.TemplateHive))
            .EnsureSuccess("dotnet new aksready-webapi");
        Assert.Contains($"Version=\"{product.PackageVersion}\"", File.ReadAllText(Path.Combine(directory, name + ".csproj")));

        var build = (await product.DotnetAsync(directory, "build", "-c", "Release", "-warnaserror", "-tl:off", "-nodeReuse:false"))
            .EnsureSuccess("dotnet build of the created service");
        Assert.DoesNotMatch(new Regex(@"(warning|error) AKS\d{4}"), build.Output);

        // The build says where it wrote the deployment artifacts; they are there.
        var outputDirectory = PackagedProductFixture.ReportedOutputDirectory(build.Output, name);
        var dockerfile = File.ReadAllText(Path.Combine(outputDirectory, "Dockerfile"));
        Assert.Contains($"ENTRYPOINT [\"dotnet\", \"{name}.dll\"]", dockerfile);
        Assert.Contains("USER $APP_UID", dockerfile);
        Assert.True(File.Exists(Path.Combine(outputDirectory, "Dockerfile.dockerignore")));
        foreach (var manifest in new[] { "deployment.yaml", "service.yaml", "kustomization.yaml" })
        {
            Assert.True(File.Exists(Path.Combine(outputDirectory, "k8s", "base", manifest)), $"{manifest} missing in {outputDirectory}");
        }

        var probes = GeneratedDeployment.ReadProbes(Path.Combine(outputDirectory, "k8s", "base", "deployment.yaml"));
        Assert.Equal(["startupProbe", "livenessProbe", "readinessProbe"], probes.Select(p => p.Kind));

        // Start the built app as the container would, on 127.0.0.1, and probe the paths the Deployment declares.
        var assembly = Path.Combine(directory, "bin", "Release", "net10.0", name + ".dll");
        await using var app = RunningApp.Start(assembly, product.Environment);
        await ProbeAssertions.AllProbesPassAsync(app, probes);
        await ProbeAssertions.DrainsOnSigtermAsync(app, probes, TimeSpan.FromSeconds(30));
    }
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace AksReady.EndToEnd.Tests;

/// <summary>`dotnet new aksready-webapi` from the packed template, built, checked, run and stopped the way a cluster would.</summary>
[Collection(PackagedProductCollection.Name)]
public sealed class WebApiTemplateTests(PackagedProductFixture product)
{
    [Fact]
    public async Task Created_service_builds_clean_passes_its_tests_and_every_artifact_check_answers_kubelet_and_drains_on_sigterm()
    {
        const string name = "Contoso.Orders";
        var directory = product.NewProjectDirectory(name);
        // A free port, so the created project's manifests declare exactly the port the app listens on here.
        var port = RunningApp.FreePort().ToString(CultureInfo.InvariantCulture);

        (await product.DotnetAsync(directory, "new", "aksready-webapi", "-n", name, "-o", ".", "--port", port, "--helm", "--tests", "--no-restore", "--debug:custom-hive", product.TemplateHive))
            .EnsureSuccess("dotnet new aksready-webapi --helm --tests");
        Assert.Contains($"Version=\"{product.PackageVersion}\"", File.ReadAllText(Path.Combine(directory, "src", name, name + ".csproj")));

        var build = (await product.DotnetAsync(directory, "build", "-c", "Release", "-warnaserror", "-tl:off", "-nodeReuse:false"))
            .EnsureSuccess("dotnet build of the created solution");
        Assert.DoesNotMatch(new Regex(@"(warning|error) AKS\d{4}"), build.Output);

        // The created test project runs and passes (WebApplicationFactory against the app's probes).
        var test = (await product.DotnetAsync(directory, "test", "-c", "Release", "--no-build", "-tl:off"))
            .EnsureSuccess("dotnet test of the created solution");
        Assert.Matches(@"Passed!\s+-\s+Failed:\s+0, Passed:\s+[1-9]", test.Output);

        // The build says where it wrote the deployment artifacts; they pass every check.
        var outputDirectory = PackagedProductFixture.ReportedOutputDirectory(build.Output, name);
        Assert.Equal(Path.Combine(directory, "src", name, "bin", "aksready"), outputDirectory);
        var dockerfile = File.ReadAllText(Path.Combine(outputDirectory, "Dockerfile"));
        Assert.Contains($"ENTRYPOINT [\"dotnet\", \"{name}.dll\"]", dockerfile);
        Assert.Contains("USER $APP_UID", dockerfile);
        Assert.Contains($"COPY [\"src/{name}/{name}.csproj\"", dockerfile);
        Assert.True(File.Exists(Path.Combine(outputDirectory, "Dockerfile.dockerignore")));
        DeploymentArtifacts.AssertPassEveryCheck(outputDirectory, helmChart: true);
        Assert.True(File.Exists(Path.Combine(outputDirectory, "k8s", "base", "service.yaml")));

        var pod = GeneratedDeployment.Read(Path.Combine(outputDirectory, "k8s", "base", "deployment.yaml"));
        Assert.Equal(int.Parse(port, CultureInfo.InvariantCulture), pod.ContainerPort);
        Assert.Equal(["startupProbe", "livenessProbe", "readinessProbe"], pod.Probes.Select(p => p.Kind));

        // Start the built app as the container would, on 127.0.0.1, and let "kubelet" probe and stop it.
        var assembly = Path.Combine(directory, "src", name, "bin", "Release", "net10.0", name + ".dll");
        await using var app = RunningApp.Start(assembly, product.Environment, pod);
        await ProbeAssertions.PodBecomesReadyAsync(app, pod);
        await ProbeAssertions.DrainsWithinGracePeriodAsync(app, pod);
    }
}

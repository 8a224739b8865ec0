using System.Globalization;
using System.Text.RegularExpressions;

namespace AksReady.EndToEnd.Tests;

/// <summary>`dotnet new aksready-worker`: a generic-host worker whose probes are served by the management listener.</summary>
[Collection(PackagedProductCollection.Name)]
public sealed class WorkerTemplateTests(PackagedProductFixture product)
{
    [Fact]
    public async Task Created_worker_builds_clean_passes_every_artifact_check_answers_kubelet_and_drains_on_sigterm()
    {
        const string name = "Contoso.Invoicing";
        var directory = product.NewProjectDirectory(name);
        var port = RunningApp.FreePort().ToString(CultureInfo.InvariantCulture);
        (await product.DotnetAsync(directory, "new", "aksready-worker", "-n", name, "-o", ".", "--port", port, "--no-restore", "--debug:custom-hive", product.TemplateHive))
            .EnsureSuccess("dotnet new aksready-worker");

        var build = (await product.DotnetAsync(directory, "build", "-c", "Release", "-warnaserror", "-tl:off", "-nodeReuse:false"))
            .EnsureSuccess("dotnet build of the created worker");
        Assert.DoesNotMatch(new Regex(@"(warning|error) AKS\d{4}"), build.Output);

        var outputDirectory = PackagedProductFixture.ReportedOutputDirectory(build.Output, name);
        var dockerfile = File.ReadAllText(Path.Combine(outputDirectory, "Dockerfile"));
        Assert.Contains($"ENTRYPOINT [\"dotnet\", \"{name}.dll\"]", dockerfile);
        // AksReady.Hosting brings the ASP.NET Core shared framework (the management listener is Kestrel), so the worker
        // needs the aspnet runtime image even though it is not a web project.
        Assert.Matches(@"FROM mcr\.microsoft\.com/dotnet/aspnet:10\.0", dockerfile);
        DeploymentArtifacts.AssertPassEveryCheck(outputDirectory, helmChart: false);
        // Nothing sends a worker traffic and kubelet probes the pod IP: no Service exposes its probe port.
        Assert.False(File.Exists(Path.Combine(outputDirectory, "k8s", "base", "service.yaml")));

        var pod = GeneratedDeployment.Read(Path.Combine(outputDirectory, "k8s", "base", "deployment.yaml"));
        Assert.Equal(int.Parse(port, CultureInfo.InvariantCulture), pod.ContainerPort);
        Assert.Equal(["startupProbe", "livenessProbe", "readinessProbe"], pod.Probes.Select(p => p.Kind));

        var assembly = Path.Combine(directory, "bin", "Release", "net10.0", name + ".dll");
        await using var app = RunningApp.Start(assembly, product.Environment, pod, managementListener: true);
        await ProbeAssertions.PodBecomesReadyAsync(app, pod);
        await ProbeAssertions.DrainsWithinGracePeriodAsync(app, pod);
    }

    [Theory]
    [InlineData("aksready-webapi")]
    [InlineData("aksready-worker")]
    public async Task Net8_projects_build_clean_target_the_net8_runtime_image_and_pass_every_artifact_check(string template)
    {
        var name = "Contoso.Net8." + (template.EndsWith("worker", StringComparison.Ordinal) ? "Worker" : "Api");
        var directory = product.NewProjectDirectory(name);
        (await product.DotnetAsync(directory, "new", template, "-n", name, "-o", ".", "--no-restore", "--framework", "net8.0", "--debug:custom-hive", product.TemplateHive))
            .EnsureSuccess($"dotnet new {template} --framework net8.0");

        var build = (await product.DotnetAsync(directory, "build", "-c", "Release", "-warnaserror", "-tl:off", "-nodeReuse:false"))
            .EnsureSuccess($"dotnet build of the net8.0 {template}");
        Assert.DoesNotMatch(new Regex(@"(warning|error) AKS\d{4}"), build.Output);

        var outputDirectory = PackagedProductFixture.ReportedOutputDirectory(build.Output, name);
        Assert.Matches(@"FROM mcr\.microsoft\.com/dotnet/aspnet:8\.0", File.ReadAllText(Path.Combine(outputDirectory, "Dockerfile")));
        Assert.Matches(@"FROM mcr\.microsoft\.com/dotnet/sdk:8\.0", File.ReadAllText(Path.Combine(outputDirectory, "Dockerfile")));
        DeploymentArtifacts.AssertPassEveryCheck(outputDirectory, helmChart: false);
    }
}

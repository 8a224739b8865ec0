using AksReady.Sdk.Generation;
using AksReady.Sdk.Tests.Infrastructure;

namespace AksReady.Sdk.Tests;

public sealed class GoldenFileTests
{
    public static TheoryData<string> DefaultFiles() => new(TestSettings.Files().Select(f => f.RelativePath));

    [Theory]
    [MemberData(nameof(DefaultFiles))]
    public void Default_settings_match_golden_files(string relativePath)
    {
        var file = TestSettings.Files().Single(f => f.RelativePath == relativePath);
        Golden.Verify("default/" + relativePath, file.Content);
    }

    public static TheoryData<string> EverythingFiles() => new(TestSettings.Files(TestSettings.Everything).Select(f => f.RelativePath));

    [Theory]
    [MemberData(nameof(EverythingFiles))]
    public void Autoscaled_settings_match_golden_files(string relativePath)
    {
        var file = TestSettings.Files(TestSettings.Everything).Single(f => f.RelativePath == relativePath);
        Golden.Verify("autoscaled/" + relativePath, file.Content);
    }

    public static TheoryData<string> FullyFeaturedFiles() => new(TestSettings.Files(s => { TestSettings.FullyFeatured(s); s.HelmChart = "true"; s.ProjectVersion = "1.0.0"; }).Select(f => f.RelativePath));

    [Theory]
    [MemberData(nameof(FullyFeaturedFiles))]
    public void Fully_featured_settings_match_golden_files(string relativePath)
    {
        var file = TestSettings.Files(s => { TestSettings.FullyFeatured(s); s.HelmChart = "true"; s.ProjectVersion = "1.0.0"; }).Single(f => f.RelativePath == relativePath);
        Golden.Verify("full/" + relativePath, file.Content);
    }

    private static void NoServiceWithChart(AksReadySettings s)
    {
        TestSettings.NoService(s);
        s.HelmChart = "true";
        s.ProjectVersion = "1.0.0";
    }

    public static TheoryData<string> NoServiceFiles() => new(TestSettings.Files(NoServiceWithChart).Select(f => f.RelativePath));

    [Theory]
    [MemberData(nameof(NoServiceFiles))]
    public void No_service_settings_match_golden_files(string relativePath)
    {
        var file = TestSettings.Files(NoServiceWithChart).Single(f => f.RelativePath == relativePath);
        Golden.Verify("no-service/" + relativePath, file.Content);
    }

    [Fact]
    public void Without_a_service_nothing_routes_to_the_pods_and_the_probes_stay_on_the_http_port()
    {
        var files = TestSettings.Files(TestSettings.NoService);
        Assert.DoesNotContain(files, f => f.RelativePath == "k8s/base/service.yaml");
        var kustomization = YamlJson.Parse(files.Single(f => f.RelativePath == "k8s/base/kustomization.yaml").Content);
        Assert.Equal(
            new[] { "serviceaccount.yaml", "deployment.yaml", "poddisruptionbudget.yaml", "networkpolicy.yaml" },
            kustomization["resources"]!.AsArray().Select(r => r!.GetValue<string>()));
        var policy = YamlJson.Parse(files.Single(f => f.RelativePath == "k8s/base/networkpolicy.yaml").Content);
        Assert.Equal(new[] { "Ingress", "Egress" }, policy["spec"]!["policyTypes"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Empty(policy["spec"]!["ingress"]!.AsArray());
        Assert.NotEmpty(policy["spec"]!["egress"]!.AsArray());
        var container = YamlJson.Parse(files.Single(f => f.RelativePath == "k8s/base/deployment.yaml").Content)["spec"]!["template"]!["spec"]!["containers"]![0]!;
        foreach (var probe in new[] { "startupProbe", "livenessProbe", "readinessProbe" })
        {
            Assert.Equal(ManifestWriter.PortName, container[probe]!["httpGet"]!["port"]!.GetValue<string>());
        }

        // The Deployment is the same as with a Service; only the Service and the NetworkPolicy's ingress differ.
        Assert.Equal(TestSettings.Files().Single(f => f.RelativePath == "k8s/base/deployment.yaml").Content, files.Single(f => f.RelativePath == "k8s/base/deployment.yaml").Content);
    }

    [Fact]
    public void Config_as_files_mounts_the_config_map_read_only()
    {
        var deployment = TestSettings.Files(TestSettings.FullyFeaturedConfigFiles).Single(f => f.RelativePath == "k8s/base/deployment.yaml").Content;
        Golden.Verify("full-config-files/k8s/base/deployment.yaml", deployment);
    }

    [Fact]
    public void Optional_resources_can_be_turned_off()
    {
        var files = TestSettings.Files(s =>
        {
            s.PodDisruptionBudget = "false";
            s.NetworkPolicy = "False";
            s.TopologySpread = "false";
            s.Overlays = "none";
        });
        Assert.Equal(
            new[] { "Dockerfile", "Dockerfile.dockerignore", "k8s/base/serviceaccount.yaml", "k8s/base/deployment.yaml", "k8s/base/service.yaml", "k8s/base/kustomization.yaml" },
            files.Select(f => f.RelativePath));
        Assert.DoesNotContain("topologySpreadConstraints", files.Single(f => f.RelativePath == "k8s/base/deployment.yaml").Content);
    }

    [Fact]
    public void Worker_project_uses_the_runtime_image_and_no_variant_when_none()
    {
        var files = TestSettings.Files(s =>
        {
            s.IsWebProject = false;
            s.TargetFramework = "net10.0";
            s.BaseImageVariant = "none";
        });
        Golden.Verify("worker/Dockerfile", files.Single(f => f.RelativePath == "Dockerfile").Content);
    }

    [Fact]
    public void Restore_layer_copies_project_graph_and_restore_files_relative_to_the_solution_folder()
    {
        using var temp = new TempDirectory();
        temp.Write("Contoso.sln", string.Empty);
        temp.Write("global.json", "{}");
        temp.Write("NuGet.config", "<configuration />");
        temp.Write("Directory.Build.props", "<Project />");
        temp.Write("Directory.Packages.props", "<Project />");
        temp.Write("src/Directory.Build.targets", "<Project />");
        temp.Write("docs/Directory.Build.props", "<Project />");
        var api = temp.Write("src/Contoso.Orders.Api/Contoso.Orders.Api.csproj", "<Project />");
        var domain = temp.Write("src/Contoso.Orders.Domain/Contoso.Orders.Domain.csproj", "<Project />");
        var shared = temp.Write("libs/Shared/Shared.csproj", "<Project />");

        var files = TestSettings.Files(s =>
        {
            s.ProjectFullPath = api;
            s.ProjectReferences = new[] { domain, shared };
            s.DockerContext = string.Empty;
            s.OutputPath = Path.Combine(temp.Path, "src/Contoso.Orders.Api/bin/aksready/");
        });
        Golden.Verify("graph/Dockerfile", files.Single(f => f.RelativePath == "Dockerfile").Content);
    }

    [Fact]
    public void No_golden_file_is_stale()
    {
        if (Golden.Accepting)
        {
            return;
        }

        var expected = TestSettings.Files().Select(f => "default/" + f.RelativePath)
            .Concat(TestSettings.Files(TestSettings.Everything).Select(f => "autoscaled/" + f.RelativePath))
            .Concat(TestSettings.Files(s => { TestSettings.FullyFeatured(s); s.HelmChart = "true"; s.ProjectVersion = "1.0.0"; }).Select(f => "full/" + f.RelativePath))
            .Concat(TestSettings.Files(NoServiceWithChart).Select(f => "no-service/" + f.RelativePath))
            .Concat(new[] { "graph/Dockerfile", "worker/Dockerfile", "full-config-files/k8s/base/deployment.yaml" })
            .OrderBy(p => p, StringComparer.Ordinal);
        var onDisk = Directory.GetFiles(TestPaths.GoldenDirectory, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(TestPaths.GoldenDirectory, p).Replace('\\', '/'))
            .OrderBy(p => p, StringComparer.Ordinal);
        Assert.Equal(expected, onDisk);
    }

    [Fact]
    public void Project_directory_is_the_context_without_a_solution_file()
    {
        using var temp = new TempDirectory();
        var api = temp.Write("Api/Api.csproj", "<Project />");
        Assert.Equal(Path.GetDirectoryName(api), BuildContext.FindDefaultContext(Path.GetDirectoryName(api)!));
    }

    [Fact]
    public void Dockerfile_final_stage_has_no_sdk_or_sources()
    {
        var dockerfile = TestSettings.Files().Single(f => f.RelativePath == "Dockerfile").Content;
        var final = dockerfile[dockerfile.LastIndexOf("FROM ", StringComparison.Ordinal)..];
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet:8.0-noble-chiseled AS final", final);
        Assert.DoesNotContain("sdk:", final);
        Assert.Contains("USER $APP_UID", final);
        Assert.Contains("EXPOSE 8080", final);
        Assert.Contains("ENV ASPNETCORE_HTTP_PORTS=8080", final);
        Assert.Contains("ENTRYPOINT [\"dotnet\", \"Contoso.Orders.Api.dll\"]", final);
        var copies = final.Split('\n').Where(l => l.StartsWith("COPY", StringComparison.Ordinal)).ToList();
        Assert.Equal(new[] { "COPY --from=build /app/publish ." }, copies);
    }

    [Fact]
    public void Every_file_carries_the_header()
    {
        Assert.All(TestSettings.Files(), f => Assert.True(Header.IsGenerated(f.Content), f.RelativePath));
    }
}

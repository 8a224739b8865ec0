using System.Diagnostics;
using System.Text;
using AksReady.Sdk.Tests.Infrastructure;

namespace AksReady.Sdk.Tests;

/// <summary>
/// Real 'dotnet build' / 'dotnet publish' runs of a temp web project that imports the SDK the way
/// &lt;Sdk Name="AksReady.Sdk" /&gt; does (Sdk/Sdk.props after the web SDK's props, Sdk/Sdk.targets after its targets),
/// with AksReadyTasksAssembly pointing at the task assembly built next to these tests.
/// </summary>
[Trait("category", "e2e")]
public sealed class EndToEndTests
{
    private const string WroteMessage = "AksReady: wrote deployment artifacts for ";

    [Fact]
    public void Build_writes_artifacts_prints_the_message_once_and_is_incremental()
    {
        using var temp = new TempDirectory();
        var project = WriteSolution(temp, "<AksReadyGenerateOnBuild>true</AksReadyGenerateOnBuild>");

        var first = Run(temp.Path, "build", project);
        Assert.True(first.ExitCode == 0, first.Output);
        var lines = first.Output.Split('\n').Where(l => l.Contains(WroteMessage, StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count == 1, first.Output);
        var dir = lines[0][(lines[0].IndexOf(" to ", StringComparison.Ordinal) + 4)..].Trim();
        Assert.StartsWith(WroteMessage + "Contoso.Web to ", lines[0].Trim());
        Assert.Equal(Path.Combine(temp.Path, "src", "Contoso.Web", "bin", "aksready"), dir);
        foreach (var file in new[] { "Dockerfile", "Dockerfile.dockerignore", "k8s/base/deployment.yaml", "k8s/base/service.yaml", "k8s/base/serviceaccount.yaml", "k8s/base/kustomization.yaml", "k8s/base/poddisruptionbudget.yaml", "k8s/base/networkpolicy.yaml", "k8s/overlays/prod/kustomization.yaml" })
        {
            Assert.True(File.Exists(Path.Combine(dir, file)), file);
        }

        var dockerfile = File.ReadAllText(Path.Combine(dir, "Dockerfile"));
        Assert.Contains("COPY [\"src/Contoso.Web/Contoso.Web.csproj\", \"src/Contoso.Web/\"]", dockerfile);
        Assert.Contains("COPY [\"src/Contoso.Lib/Contoso.Lib.csproj\", \"src/Contoso.Lib/\"]", dockerfile);
        Assert.Contains("COPY [\"src/Contoso.Core/Contoso.Core.csproj\", \"src/Contoso.Core/\"]", dockerfile);
        Assert.Contains("COPY [\"Directory.Build.props\", \"./\"]", dockerfile);
        Assert.Contains("FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled AS final", dockerfile);
        Assert.Contains("ENTRYPOINT [\"dotnet\", \"Contoso.Web.dll\"]", dockerfile);
        var deployment = File.ReadAllText(Path.Combine(dir, "k8s/base/deployment.yaml"));
        Assert.Contains("name: contoso-web", deployment);
        Assert.Contains("image: contoso-web:1.2.3", deployment);
        KubernetesSchemas.AssertValid(deployment);

        var obj = Path.Combine(temp.Path, "src", "Contoso.Web", "obj", "Debug", "net10.0");
        Assert.True(File.Exists(Path.Combine(obj, "aksready.inputs.cache")));
        var assemblyInfo = File.ReadAllText(Path.Combine(obj, "Contoso.Web.AssemblyInfo.cs"));
        Assert.Contains("AssemblyMetadata(\"AksReady.Port\", \"8080\")", assemblyInfo);
        Assert.Contains("AssemblyMetadata(\"AksReady.TerminationGracePeriodSeconds\", \"30\")", assemblyInfo);
        Assert.Contains("AssemblyMetadata(\"AksReady.ReadinessPath\", \"/healthz/ready\")", assemblyInfo);
        var editorconfig = File.ReadAllText(Path.Combine(obj, "Contoso.Web.GeneratedMSBuildEditorConfig.editorconfig"));
        Assert.Contains("build_property.AksReadyLivenessPath = /healthz/live", editorconfig);

        var stamp = File.GetLastWriteTimeUtc(Path.Combine(dir, "Dockerfile"));
        var second = Run(temp.Path, "build", project);
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.DoesNotContain(WroteMessage, second.Output);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(Path.Combine(dir, "Dockerfile")));

        // A property change regenerates.
        var third = Run(temp.Path, "build", project, "-p:AksReadyReplicas=3");
        Assert.True(third.ExitCode == 0, third.Output);
        Assert.Contains(WroteMessage, third.Output);
        Assert.Contains("replicas: 3", File.ReadAllText(Path.Combine(dir, "k8s/base/deployment.yaml")));
    }

    [Fact]
    public void Bad_property_fails_the_build_with_the_code_and_writes_nothing()
    {
        using var temp = new TempDirectory();
        var project = WriteSolution(temp, "<AksReadyGenerateOnBuild>true</AksReadyGenerateOnBuild><AksReadyMemoryLimit>512mb</AksReadyMemoryLimit>");

        var result = Run(temp.Path, "build", project);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("error AKSB1003: AksReadyMemoryLimit '512mb' is not a Kubernetes resource quantity", result.Output);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "src", "Contoso.Web", "bin", "aksready")));
    }

    [Fact]
    public void Publish_generates_without_GenerateOnBuild()
    {
        using var temp = new TempDirectory();
        var project = WriteSolution(temp, "<AksReadyOutputPath>deploy</AksReadyOutputPath><AksReadyName>orders</AksReadyName>");

        var result = Run(temp.Path, "publish", project, "-o", Path.Combine(temp.Path, "pub"));
        Assert.True(result.ExitCode == 0, result.Output);
        var deploy = Path.Combine(temp.Path, "src", "Contoso.Web", "deploy");
        Assert.Contains(WroteMessage + "Contoso.Web to " + deploy, result.Output);
        Assert.Contains("name: orders", File.ReadAllText(Path.Combine(deploy, "k8s/base/service.yaml")));
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "src", "Contoso.Web", "bin", "aksready")));
    }

    [Fact]
    public void Declared_outputs_match_the_files_the_task_writes()
    {
        using var temp = new TempDirectory();
        var project = WriteSolution(temp, "<AksReadyMaxReplicas>6</AksReadyMaxReplicas><AksReadyOverlays>dev;qa</AksReadyOverlays><AksReadyNetworkPolicy>false</AksReadyNetworkPolicy><AksReadyHelmChart>true</AksReadyHelmChart>"
            + "<AksReadyIngressHost>web.contoso.com</AksReadyIngressHost><AksReadyKeyVaultName>contoso-kv</AksReadyKeyVaultName>"
            + "<AksReadyKeyVaultTenantId>11111111-2222-3333-4444-555555555555</AksReadyKeyVaultTenantId><AksReadyWorkloadIdentityClientId>aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee</AksReadyWorkloadIdentityClientId>"
            + "</PropertyGroup><ItemGroup><AksReadyConfig Include=\"Greeting\" Value=\"hello\" /><AksReadyKeyVaultSecret Include=\"Db--Password\" />"
            + "<AksReadyEnvironmentVariable Include=\"DOTNET_gcServer\" Value=\"0\" /></ItemGroup><PropertyGroup>");

        var result = Run(temp.Path, "msbuild", project, "-restore", "-t:AksReadyGenerate", "-getItem:_AksReadyOutputFile", "-getItem:_AksReadyGeneratedFile", "-getItem:FileWrites");
        Assert.True(result.ExitCode == 0, result.Output);
        var json = System.Text.Json.Nodes.JsonNode.Parse(result.Output[result.Output.IndexOf('{')..])!["Items"]!;
        List<string> Paths(string item) => json[item]!.AsArray().Select(i => Path.GetFullPath(i!["Identity"]!.GetValue<string>())).OrderBy(p => p, StringComparer.Ordinal).ToList();

        var declared = Paths("_AksReadyOutputFile");
        Assert.Equal(declared, Paths("_AksReadyGeneratedFile"));
        Assert.Contains(declared, p => p.EndsWith("horizontalpodautoscaler.yaml", StringComparison.Ordinal));
        Assert.Contains(declared, p => p.EndsWith("overlays/qa/kustomization.yaml", StringComparison.Ordinal));
        Assert.DoesNotContain(declared, p => p.EndsWith("k8s/base/networkpolicy.yaml", StringComparison.Ordinal));
        Assert.Contains(declared, p => p.EndsWith("helm/contoso-web/Chart.yaml", StringComparison.Ordinal));
        Assert.Contains(declared, p => p.EndsWith("helm/contoso-web/templates/deployment.yaml", StringComparison.Ordinal));
        Assert.Contains(declared, p => p.EndsWith("k8s/base/configmap.yaml", StringComparison.Ordinal));
        Assert.Contains(declared, p => p.EndsWith("k8s/base/ingress.yaml", StringComparison.Ordinal));
        Assert.Contains(declared, p => p.EndsWith("k8s/base/secretproviderclass.yaml", StringComparison.Ordinal));
        Assert.Contains(declared, p => p.EndsWith("helm/contoso-web/templates/secretproviderclass.yaml", StringComparison.Ordinal));
        var deployment = File.ReadAllText(Path.Combine(temp.Path, "src", "Contoso.Web", "bin", "aksready", "k8s", "base", "deployment.yaml"));
        Assert.Contains("name: DOTNET_gcServer", deployment);
        Assert.Contains("mountPath: /mnt/secrets-store", deployment);
        Assert.Contains("Greeting: hello", File.ReadAllText(Path.Combine(temp.Path, "src", "Contoso.Web", "bin", "aksready", "k8s", "base", "configmap.yaml")));
        var fileWrites = Paths("FileWrites");
        Assert.All(declared, p => Assert.Contains(p, fileWrites));
        var onDisk = Directory.GetFiles(Path.Combine(temp.Path, "src", "Contoso.Web", "bin", "aksready"), "*", SearchOption.AllDirectories).Select(Path.GetFullPath).OrderBy(p => p, StringComparer.Ordinal);
        Assert.Equal(declared, onDisk);
    }

    [Fact]
    public void Evaluation_sets_defaults_and_the_master_switch_removes_everything()
    {
        using var temp = new TempDirectory();
        var project = WriteSolution(temp, "<AssemblyName>9Contoso.Web_Api</AssemblyName><AksReadyShutdownTimeoutSeconds>30</AksReadyShutdownTimeoutSeconds>");
        var props = new[] { "AksReadyName", "AksReadyImageRepository", "AksReadyImageTag", "AksReadyTerminationGracePeriodSeconds", "AksReadyOutputPath", "UsingAksReadySdk" };

        var on = Evaluate(temp, project, props, "-p:AksReadySdkVersion=9.9.9", "-p:AksReadyIncludeAnalyzers=true");
        Assert.Equal("contoso-web-api", on["Properties"]!["AksReadyName"]!.GetValue<string>());
        Assert.Equal("contoso-web-api", on["Properties"]!["AksReadyImageRepository"]!.GetValue<string>());
        Assert.Equal("1.2.3", on["Properties"]!["AksReadyImageTag"]!.GetValue<string>());
        Assert.Equal("40", on["Properties"]!["AksReadyTerminationGracePeriodSeconds"]!.GetValue<string>());
        Assert.Equal(Path.Combine(temp.Path, "src", "Contoso.Web", "bin", "aksready") + "/", on["Properties"]!["AksReadyOutputPath"]!.GetValue<string>());
        Assert.Equal("true", on["Properties"]!["UsingAksReadySdk"]!.GetValue<string>());
        var analyzer = Assert.Single(on["Items"]!["PackageReference"]!.AsArray(), i => i!["Identity"]!.GetValue<string>() == "AksReady.Analyzers")!;
        Assert.Equal("9.9.9", analyzer["Version"]!.GetValue<string>());
        Assert.Equal("all", analyzer["PrivateAssets"]!.GetValue<string>());
        Assert.Equal("true", analyzer["IsImplicitlyDefined"]!.GetValue<string>());
        Assert.Equal(6, on["Items"]!["AssemblyMetadata"]!.AsArray().Count(i => i!["Identity"]!.GetValue<string>().StartsWith("AksReady.", StringComparison.Ordinal)));
        Assert.Equal(4, on["Items"]!["CompilerVisibleProperty"]!.AsArray().Count(i => i!["Identity"]!.GetValue<string>().StartsWith("AksReady", StringComparison.Ordinal)));

        var off = Evaluate(temp, project, props, "-p:AksReadySdkVersion=9.9.9", "-p:AksReadyIncludeAnalyzers=true", "-p:EnableAksReady=false");
        Assert.DoesNotContain(off["Items"]!["PackageReference"]?.AsArray() ?? new System.Text.Json.Nodes.JsonArray(), i => i!["Identity"]!.GetValue<string>() == "AksReady.Analyzers");
        Assert.DoesNotContain(off["Items"]!["AssemblyMetadata"]?.AsArray() ?? new System.Text.Json.Nodes.JsonArray(), i => i!["Identity"]!.GetValue<string>().StartsWith("AksReady.", StringComparison.Ordinal));
    }

    [Fact]
    public void Target_defaults_are_the_ones_the_golden_files_use()
    {
        using var temp = new TempDirectory();
        var project = WriteSolution(temp, string.Empty);
        var expected = TestSettings.Default();
        var map = new Dictionary<string, string>
        {
            ["AksReadyNamespace"] = expected.Namespace,
            ["AksReadyPort"] = expected.Port,
            ["AksReadyService"] = expected.Service,
            ["AksReadyServicePort"] = expected.ServicePort,
            ["AksReadyReplicas"] = expected.Replicas,
            ["AksReadyCpuRequest"] = expected.CpuRequest,
            ["AksReadyMemoryRequest"] = expected.MemoryRequest,
            ["AksReadyCpuLimit"] = expected.CpuLimit,
            ["AksReadyMemoryLimit"] = expected.MemoryLimit,
            ["AksReadyEphemeralStorageRequest"] = expected.EphemeralStorageRequest,
            ["AksReadyEphemeralStorageLimit"] = expected.EphemeralStorageLimit,
            ["AksReadyStartupPath"] = expected.StartupPath,
            ["AksReadyLivenessPath"] = expected.LivenessPath,
            ["AksReadyReadinessPath"] = expected.ReadinessPath,
            ["AksReadyPreStopSleepSeconds"] = expected.PreStopSleepSeconds,
            ["AksReadyDrainDelaySeconds"] = expected.DrainDelaySeconds,
            ["AksReadyShutdownTimeoutSeconds"] = expected.ShutdownTimeoutSeconds,
            ["AksReadyTerminationGracePeriodSeconds"] = "30",
            ["AksReadyBaseImageVariant"] = expected.BaseImageVariant,
            ["AksReadyCpuUtilization"] = expected.CpuUtilization,
            ["AksReadyPodDisruptionBudget"] = expected.PodDisruptionBudget,
            ["AksReadyNetworkPolicy"] = expected.NetworkPolicy,
            ["AksReadyTopologySpread"] = expected.TopologySpread,
            ["AksReadyOverlays"] = expected.Overlays,
            ["AksReadyMinReplicas"] = string.Empty,
            ["AksReadyMaxReplicas"] = string.Empty,
            ["AksReadyNetworkPolicyEgressCidrs"] = string.Empty,
            ["AksReadyRunAsUser"] = expected.RunAsUser,
            ["AksReadyImageDigest"] = string.Empty,
            ["AksReadyImagePullPolicy"] = string.Empty,
            ["AksReadyPriorityClassName"] = string.Empty,
            ["EnableAksReady"] = "true",
            ["AksReadyGenerateOnBuild"] = "false",
        };

        var evaluated = Evaluate(temp, project, map.Keys.ToArray())["Properties"]!;
        Assert.All(map, kv => Assert.Equal(kv.Value, evaluated[kv.Key]!.GetValue<string>()));
    }

    private static System.Text.Json.Nodes.JsonNode Evaluate(TempDirectory temp, string project, string[] properties, params string[] extra)
    {
        var args = properties.Select(p => "-getProperty:" + p).Concat(new[] { "-getItem:PackageReference", "-getItem:AssemblyMetadata", "-getItem:CompilerVisibleProperty" }).Concat(extra).ToArray();
        var result = Run(temp.Path, "msbuild", project, args);
        Assert.True(result.ExitCode == 0, result.Output);
        return System.Text.Json.Nodes.JsonNode.Parse(result.Output[result.Output.IndexOf('{')..])!;
    }

    private static string WriteSolution(TempDirectory temp, string properties)
    {
        var sdk = TestPaths.SdkDirectory;
        temp.Write("Contoso.sln", string.Empty);
        temp.Write("Directory.Build.props", "<Project>\n  <!-- Stops MSBuild from importing files above the temp folder. -->\n</Project>\n");
        temp.Write("src/Contoso.Core/Contoso.Core.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        temp.Write("src/Contoso.Core/Core.cs", "namespace Contoso.Core; public static class Core { }");
        temp.Write("src/Contoso.Lib/Contoso.Lib.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup><ItemGroup><ProjectReference Include=\"../Contoso.Core/Contoso.Core.csproj\" /></ItemGroup></Project>");
        temp.Write("src/Contoso.Lib/Lib.cs", "namespace Contoso.Lib; public static class Lib { }");
        temp.Write("src/Contoso.Web/Program.cs", "var app = WebApplication.CreateBuilder(args).Build();\napp.MapGet(\"/\", () => \"ok\");\napp.Run();\n");
        return temp.Write("src/Contoso.Web/Contoso.Web.csproj", $"""
            <Project>
              <Import Project="Sdk.props" Sdk="Microsoft.NET.Sdk.Web" />
              <Import Project="{sdk}/Sdk/Sdk.props" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Version>1.2.3</Version>
                <ImplicitUsings>enable</ImplicitUsings>
                <AksReadyTasksAssembly>{TestPaths.TaskAssembly}</AksReadyTasksAssembly>
                <AksReadyIncludeAnalyzers>false</AksReadyIncludeAnalyzers>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../Contoso.Lib/Contoso.Lib.csproj" />
              </ItemGroup>
              <Import Project="Sdk.targets" Sdk="Microsoft.NET.Sdk.Web" />
              <Import Project="{sdk}/Sdk/Sdk.targets" />
            </Project>
            """);
    }

    private static (int ExitCode, string Output) Run(string workingDirectory, string verb, string project, params string[] extra)
        => DotnetCli.Run(workingDirectory, verb, project, extra);
}

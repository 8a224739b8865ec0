using System.Text.Json.Nodes;
using AksReady.Sdk.Tests.Infrastructure;

namespace AksReady.Sdk.Tests;

/// <summary>
/// Real 'dotnet msbuild -t:AksReadyGenerate' runs: a web project gets a ClusterIP Service; a worker
/// (Microsoft.NET.Sdk.Worker referencing Microsoft.AspNetCore.App, as AksReady.Hosting's management server does) keeps
/// the aspnet runtime image but gets no Service and a NetworkPolicy without ingress rules, until AksReadyService=true;
/// an Ingress host on a worker is AKSB1035.
/// </summary>
[Trait("category", "e2e")]
public sealed class ServiceBuildTests
{
    private static string WriteProject(TempDirectory temp, bool web, string properties = "")
    {
        var sdk = TestPaths.SdkDirectory;
        var microsoftSdk = web ? "Microsoft.NET.Sdk.Web" : "Microsoft.NET.Sdk.Worker";
        temp.Write("Contoso.sln", string.Empty);
        temp.Write("Directory.Build.props", "<Project>\n  <!-- Stops MSBuild from importing files above the temp folder. -->\n</Project>\n");
        temp.Write("src/Contoso.App/Program.cs", web
            ? "var app = WebApplication.CreateBuilder(args).Build();\napp.MapGet(\"/\", () => \"ok\");\napp.Run();\n"
            : "var builder = Host.CreateApplicationBuilder(args);\nbuilder.Build().Run();\n");
        var framework = web ? string.Empty : "<ItemGroup><FrameworkReference Include=\"Microsoft.AspNetCore.App\" /></ItemGroup>";
        return temp.Write("src/Contoso.App/Contoso.App.csproj", $"""
            <Project>
              <Import Project="Sdk.props" Sdk="{microsoftSdk}" />
              <Import Project="{sdk}/Sdk/Sdk.props" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Version>1.0.0</Version>
                <ImplicitUsings>enable</ImplicitUsings>
                <AksReadyTasksAssembly>{TestPaths.TaskAssembly}</AksReadyTasksAssembly>
                <AksReadyIncludeAnalyzers>false</AksReadyIncludeAnalyzers>
                <AksReadyHelmChart>true</AksReadyHelmChart>
                {properties}
              </PropertyGroup>
              {framework}
              <Import Project="Sdk.targets" Sdk="{microsoftSdk}" />
              <Import Project="{sdk}/Sdk/Sdk.targets" />
            </Project>
            """);
    }

    private static string Generate(TempDirectory temp, string project, params string[] extra)
    {
        var (code, output) = DotnetCli.Run(temp.Path, "msbuild", project, new[] { "-restore", "-t:AksReadyGenerate" }.Concat(extra).ToArray());
        Assert.True(code == 0, output);
        return Path.Combine(Path.GetDirectoryName(project)!, "bin", "aksready");
    }

    private static IEnumerable<string> Resources(string dir) =>
        YamlJson.Parse(File.ReadAllText(Path.Combine(dir, "k8s", "base", "kustomization.yaml")))["resources"]!.AsArray().Select(r => r!.GetValue<string>());

    [Fact]
    public void Web_project_gets_a_service()
    {
        using var temp = new TempDirectory();
        var dir = Generate(temp, WriteProject(temp, web: true));
        Assert.True(File.Exists(Path.Combine(dir, "k8s", "base", "service.yaml")));
        Assert.Contains("service.yaml", Resources(dir));
        Assert.True(File.Exists(Path.Combine(dir, "helm", "contoso-app", "templates", "service.yaml")));
        var policy = YamlJson.Parse(File.ReadAllText(Path.Combine(dir, "k8s", "base", "networkpolicy.yaml")));
        Assert.Single(policy["spec"]!["ingress"]!.AsArray());
    }

    [Fact]
    public void Worker_gets_no_service_until_asked()
    {
        using var temp = new TempDirectory();
        var project = WriteProject(temp, web: false);
        var dir = Generate(temp, project);
        Assert.False(File.Exists(Path.Combine(dir, "k8s", "base", "service.yaml")));
        Assert.DoesNotContain("service.yaml", Resources(dir));
        Assert.False(File.Exists(Path.Combine(dir, "helm", "contoso-app", "templates", "service.yaml")));
        Assert.False(File.Exists(Path.Combine(dir, "helm", "contoso-app", "templates", "ingress.yaml")));
        var policy = YamlJson.Parse(File.ReadAllText(Path.Combine(dir, "k8s", "base", "networkpolicy.yaml")));
        Assert.Empty(policy["spec"]!["ingress"]!.AsArray());

        // The image choice is unchanged: the worker uses ASP.NET Core (the management listener).
        Assert.Contains("FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled AS final", File.ReadAllText(Path.Combine(dir, "Dockerfile")));

        // AksReadyService is an input of the incremental build: turning it on writes the Service.
        Generate(temp, project, "-p:AksReadyService=true");
        Assert.True(File.Exists(Path.Combine(dir, "k8s", "base", "service.yaml")));
        Assert.Contains("service.yaml", Resources(dir));
        Assert.Contains("port: 80", File.ReadAllText(Path.Combine(dir, "k8s", "base", "service.yaml")));

        // Turning it off again removes what the previous build wrote for the Service (no stale service.yaml left behind).
        var output = DotnetCli.Run(temp.Path, "msbuild", project, "-restore", "-t:AksReadyGenerate", "-p:AksReadyService=false").Output;
        Assert.False(File.Exists(Path.Combine(dir, "k8s", "base", "service.yaml")), output);
        Assert.False(File.Exists(Path.Combine(dir, "helm", "contoso-app", "templates", "service.yaml")));
        Assert.DoesNotContain("service.yaml", Resources(dir));
        Assert.Contains("AksReady: removed files the last generation wrote for Contoso.App that the current settings no longer produce: ", output);
    }

    [Fact]
    public void Worker_with_an_ingress_host_stops_with_AKSB1035()
    {
        using var temp = new TempDirectory();
        var project = WriteProject(temp, web: false, "<AksReadyIngressHost>orders.contoso.com</AksReadyIngressHost>");
        var (code, output) = DotnetCli.Run(temp.Path, "msbuild", project, "-restore", "-t:AksReadyGenerate");
        Assert.NotEqual(0, code);
        Assert.Contains("AKSB1035", output);
        Assert.Contains("Set AksReadyService to true", output);
    }
}

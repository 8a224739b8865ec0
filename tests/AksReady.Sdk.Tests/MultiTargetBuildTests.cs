using System.Text.RegularExpressions;
using AksReady.Sdk.Tests.Infrastructure;

namespace AksReady.Sdk.Tests;

/// <summary>
/// A multi-targeted project builds once per target framework, but all inner builds would write the same folder:
/// exactly one of them generates (the first framework, or AksReadyTargetFramework), and its tags follow that framework.
/// </summary>
[Trait("category", "e2e")]
public sealed class MultiTargetBuildTests
{
    [Theory]
    [InlineData("", "8.0")]
    [InlineData("net10.0", "10.0")]
    public void Only_one_inner_build_generates_and_the_image_follows_its_framework(string chosenFramework, string imageVersion)
    {
        using var temp = new TempDirectory();
        temp.Write("Program.cs", "var app = WebApplication.CreateBuilder(args).Build();\napp.MapGet(\"/\", () => \"ok\");\napp.Run();\n");
        var project = temp.Write("Contoso.Multi.csproj", $"""
            <Project>
              <Import Project="Sdk.props" Sdk="Microsoft.NET.Sdk.Web" />
              <Import Project="{TestPaths.SdkDirectory}/Sdk/Sdk.props" />
              <PropertyGroup>
                <TargetFrameworks>net8.0;net10.0</TargetFrameworks>
                <ImplicitUsings>enable</ImplicitUsings>
                <Version>1.0.0</Version>
                <AksReadyTasksAssembly>{TestPaths.TaskAssembly}</AksReadyTasksAssembly>
                <AksReadyIncludeAnalyzers>false</AksReadyIncludeAnalyzers>
                <AksReadyGenerateOnBuild>true</AksReadyGenerateOnBuild>
                <AksReadyTargetFramework>{chosenFramework}</AksReadyTargetFramework>
              </PropertyGroup>
              <Import Project="Sdk.targets" Sdk="Microsoft.NET.Sdk.Web" />
              <Import Project="{TestPaths.SdkDirectory}/Sdk/Sdk.targets" />
            </Project>
            """);

        var (code, output) = DotnetCli.Run(temp.Path, "build", project, "-restore");

        Assert.True(code == 0, output);
        Assert.Single(Regex.Matches(output, "AksReady: wrote deployment artifacts for Contoso.Multi to "));
        var dockerfile = File.ReadAllText(Path.Combine(temp.Path, "bin", "aksready", "Dockerfile"));
        Assert.Contains($"FROM mcr.microsoft.com/dotnet/sdk:{imageVersion} AS build", dockerfile);
        Assert.Contains($"FROM mcr.microsoft.com/dotnet/aspnet:{imageVersion}-noble-chiseled AS final", dockerfile);
    }
}

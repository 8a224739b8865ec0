using System.Diagnostics;
using System.Text;
using AksReady.Sdk.Tests.Infrastructure;

namespace AksReady.Sdk.Tests;

/// <summary>
/// Static checks of the generated Dockerfiles (no Docker engine here): every COPY source exists in the build context
/// and survives Dockerfile.dockerignore, the ENTRYPOINT names the built app, and the final stage is not an SDK image
/// and copies only from the build stage.
/// </summary>
public sealed class DockerfileTests
{
    [Theory]
    [InlineData("**/bin", "src/App/bin/Debug/app.dll", true)]
    [InlineData("**/bin", "bin", true)]
    [InlineData("**/bin", "src/binary.txt", false)]
    [InlineData("*.md", "README.md", true)]
    [InlineData("*.md", "docs/README.md", false)]
    [InlineData("**/*.md", "docs/README.md", true)]
    [InlineData("docs/**", "docs/a/b.txt", true)]
    [InlineData("/LICENSE", "LICENSE", true)]
    [InlineData("src/?pp", "src/app/x.cs", true)]
    [InlineData("src/[ab]pp", "src/bpp", true)]
    [InlineData("src/[ab]pp", "src/cpp", false)]
    public void Dockerignore_pattern_semantics(string pattern, string path, bool ignored)
    {
        Assert.Equal(ignored, new DockerIgnore(new[] { pattern }).IsIgnored(path));
    }

    [Fact]
    public void Dockerignore_exceptions_and_last_match_wins()
    {
        var ignore = new DockerIgnore(new[] { "# comment", "**/*.md", "!README.md", "docs", "!docs/keep.md" });
        Assert.False(ignore.IsIgnored("README.md"));
        Assert.True(ignore.IsIgnored("src/NOTES.md"));
        Assert.True(ignore.IsIgnored("docs/other.txt"));
        Assert.False(ignore.IsIgnored("docs/keep.md"));
        Assert.True(new DockerIgnore(new[] { "!README.md", "*.md" }).IsIgnored("README.md"));
    }

    [Fact]
    public void Checks_find_a_missing_an_ignored_and_a_foreign_copy_source()
    {
        using var temp = new TempDirectory();
        temp.Write("present.txt", "x");
        temp.Write("README.md", "x");
        var ignore = temp.Write("Dockerfile.dockerignore", "README.md\n");
        var dockerfile = """
            FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
            COPY ["present.txt", "missing.txt", "./"]
            COPY README.md ./
            FROM mcr.microsoft.com/dotnet/sdk:10.0 AS final
            COPY --from=elsewhere /x .
            COPY present.txt .
            ENTRYPOINT ["dotnet", "Other.dll"]
            """;
        var problems = DockerfileChecks.Check(dockerfile, temp.Path, ignore, "[\"dotnet\", \"App.dll\"]");
        Assert.Contains(problems, p => p.Contains("'missing.txt' does not exist", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'README.md' is excluded", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("SDK image", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("other than the build stage", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("ENTRYPOINT", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("--from=elsewhere names no stage", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("framework-dependent", "", "", "mcr.microsoft.com/dotnet/aspnet:8.0-noble-chiseled", "[\"dotnet\", \"Contoso.Orders.Api.dll\"]")]
    [InlineData("self-contained", "true", "", "mcr.microsoft.com/dotnet/runtime-deps:8.0-noble-chiseled", "[\"./Contoso.Orders.Api\"]")]
    [InlineData("aot", "", "true", "mcr.microsoft.com/dotnet/runtime-deps:8.0-noble-chiseled", "[\"./Contoso.Orders.Api\"]")]
    public void Generated_dockerfile_passes_the_checks_in_a_solution_context(string kind, string selfContained, string aot, string runtimeImage, string entryPoint)
    {
        using var temp = new TempDirectory();
        temp.Write("Contoso.sln", string.Empty);
        temp.Write("Directory.Build.props", "<Project />");
        temp.Write("NuGet.config", "<configuration />");
        var api = temp.Write("src/Contoso.Orders.Api/Contoso.Orders.Api.csproj", "<Project />");
        var domain = temp.Write("src/Contoso.Orders.Domain/Contoso.Orders.Domain.csproj", "<Project />");
        var files = TestSettings.Files(s =>
        {
            s.ProjectFullPath = api;
            s.ProjectReferences = new[] { domain };
            s.DockerContext = string.Empty;
            s.OutputPath = Path.Combine(temp.Path, "src/Contoso.Orders.Api/bin/aksready/");
            s.SelfContained = selfContained;
            s.PublishAot = aot;
        });
        foreach (var f in files.Where(f => !f.RelativePath.StartsWith("k8s/", StringComparison.Ordinal)))
        {
            temp.Write("src/Contoso.Orders.Api/bin/aksready/" + f.RelativePath, f.Content);
        }

        var dockerfile = files.Single(f => f.RelativePath == "Dockerfile").Content;
        var problems = DockerfileChecks.Check(dockerfile, temp.Path, Path.Combine(temp.Path, "src/Contoso.Orders.Api/bin/aksready/Dockerfile.dockerignore"), entryPoint);
        Assert.True(problems.Count == 0, kind + ":\n" + string.Join("\n", problems));
        Assert.Equal(runtimeImage, DockerfileChecks.Parse(dockerfile)[^1].Image);
        if (kind != "framework-dependent")
        {
            Assert.Contains("-r linux-x64 --self-contained true", dockerfile);
        }

        Assert.Equal(kind == "aot", dockerfile.Contains("clang", StringComparison.Ordinal));
    }
}

/// <summary>
/// The same checks over Dockerfiles that real 'dotnet msbuild -t:AksReadyGenerate' runs write: a web app, a worker,
/// a nested project in a solution with Directory.Build.props and a ProjectReference, a self-contained app and a native
/// AOT app.
/// </summary>
[Trait("category", "e2e")]
public sealed class DockerfileBuildTests
{
    [Theory]
    [InlineData("web")]
    [InlineData("worker")]
    [InlineData("nested")]
    [InlineData("self-contained")]
    [InlineData("aot")]
    public void Real_build_writes_a_dockerfile_that_passes_the_checks(string kind)
    {
        using var temp = new TempDirectory();
        var sdk = TestPaths.SdkDirectory;
        temp.Write("Contoso.sln", string.Empty);
        temp.Write("Directory.Build.props", "<Project>\n  <PropertyGroup><ImplicitUsings>enable</ImplicitUsings></PropertyGroup>\n</Project>\n");
        temp.Write("src/Contoso.Lib/Contoso.Lib.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        temp.Write("src/Contoso.Lib/Lib.cs", "namespace Contoso.Lib; public static class Lib { public static string Name => \"lib\"; }");
        var web = kind != "worker";
        var dir = kind == "nested" ? "src/services/Contoso.App" : "src/Contoso.App";
        var extra = kind switch
        {
            "self-contained" => "<SelfContained>true</SelfContained><RuntimeIdentifier>linux-x64</RuntimeIdentifier>",
            "aot" => "<PublishAot>true</PublishAot>",
            _ => string.Empty,
        };
        var reference = kind == "nested" ? "<ItemGroup><ProjectReference Include=\"../../Contoso.Lib/Contoso.Lib.csproj\" /></ItemGroup>" : string.Empty;
        temp.Write(dir + "/Program.cs", web
            ? "var app = WebApplication.CreateBuilder(args).Build();\napp.MapGet(\"/\", () => \"ok\");\napp.Run();\n"
            : "System.Console.WriteLine(\"worker\");\n");
        var project = temp.Write(dir + "/Contoso.App.csproj", $"""
            <Project>
              <Import Project="Sdk.props" Sdk="{(web ? "Microsoft.NET.Sdk.Web" : "Microsoft.NET.Sdk")}" />
              <Import Project="{sdk}/Sdk/Sdk.props" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Version>1.0.0</Version>
                <AksReadyTasksAssembly>{TestPaths.TaskAssembly}</AksReadyTasksAssembly>
                <AksReadyIncludeAnalyzers>false</AksReadyIncludeAnalyzers>
                {extra}
              </PropertyGroup>
              {reference}
              <Import Project="Sdk.targets" Sdk="{(web ? "Microsoft.NET.Sdk.Web" : "Microsoft.NET.Sdk")}" />
              <Import Project="{sdk}/Sdk/Sdk.targets" />
            </Project>
            """);

        var (code, output) = DotnetCli.Run(temp.Path, "msbuild", project, "-restore", "-t:AksReadyGenerate");
        Assert.True(code == 0, output);
        var outDir = Path.Combine(Path.GetDirectoryName(project)!, "bin", "aksready");
        var dockerfile = File.ReadAllText(Path.Combine(outDir, "Dockerfile"));
        var entry = kind is "self-contained" or "aot" ? "[\"./Contoso.App\"]" : "[\"dotnet\", \"Contoso.App.dll\"]";
        var problems = DockerfileChecks.Check(dockerfile, temp.Path, Path.Combine(outDir, "Dockerfile.dockerignore"), entry);
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n" + dockerfile);
        var final = DockerfileChecks.Parse(dockerfile)[^1].Image;
        Assert.StartsWith(kind is "self-contained" or "aot" ? "mcr.microsoft.com/dotnet/runtime-deps:10.0" : web ? "mcr.microsoft.com/dotnet/aspnet:10.0" : "mcr.microsoft.com/dotnet/runtime:10.0", final);
        if (kind == "nested")
        {
            Assert.Contains("COPY [\"src/Contoso.Lib/Contoso.Lib.csproj\", \"src/Contoso.Lib/\"]", dockerfile);
            Assert.Contains("COPY [\"Directory.Build.props\", \"./\"]", dockerfile);
        }
    }
}

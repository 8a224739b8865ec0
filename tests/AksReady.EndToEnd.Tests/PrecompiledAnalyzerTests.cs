using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace AksReady.EndToEnd.Tests;

/// <summary>
/// The analyzer package carries a ReadyToRun copy of AksReady.Analyzers.dll for the RID the SDK runs on; its
/// build/AksReady.Analyzers.targets hands csc that copy instead of the portable IL one. Both must report the same.
/// </summary>
[Collection(PackagedProductCollection.Name)]
public sealed partial class PrecompiledAnalyzerTests(PackagedProductFixture product)
{
    [Fact]
    public async Task Csc_gets_the_precompiled_analyzer_for_this_host_and_reports_what_the_portable_one_reports()
    {
        const string name = "Fabrikam.Precompiled";
        var directory = product.NewProjectDirectory(name);
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <UseSharedCompilation>false</UseSharedCompilation>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="AksReady.Analyzers" Version="{product.PackageVersion}" PrivateAssets="all" />
              </ItemGroup>
              <Target Name="ShowAksReadyAnalyzer" AfterTargets="CoreCompile">
                <Message Importance="high" Text="AKSREADY-ANALYZER [%(Analyzer.NuGetPackageId)] %(Analyzer.FullPath)" Condition="'%(Analyzer.Filename)' == 'AksReady.Analyzers'" />
              </Target>
            </Project>
            """);
        // One seeded violation per family: probes (AKS1001), secrets (AKS2001), logging (AKS3001).
        File.WriteAllText(Path.Combine(directory, "Program.cs"), """
            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            const string ApiToken = "U7IuHquOdvnfBOo5vRPcv5oyWVrgIW7g";
            app.Logger.LogInformation($"Started at {DateTime.UtcNow} with a token of {ApiToken.Length} characters");
            app.MapGet("/", () => "fabrikam");
            app.Run();
            """);

        var precompiled = (await product.DotnetAsync(directory, "build", "-c", "Release", "-tl:off", "-nodeReuse:false", "--no-incremental"))
            .EnsureSuccess("dotnet build with the default (precompiled where available) analyzer");
        var portable = (await product.DotnetAsync(directory, "build", "-c", "Release", "-tl:off", "-nodeReuse:false", "--no-incremental", "-p:AksReadyAnalyzersPrecompiled=false"))
            .EnsureSuccess("dotnet build with AksReadyAnalyzersPrecompiled=false");

        var precompiledPath = AnalyzerPath(precompiled.Output);
        var portablePath = AnalyzerPath(portable.Output);
        Assert.EndsWith(Path.Combine("analyzers", "dotnet", "cs", "AksReady.Analyzers.dll"), portablePath, StringComparison.Ordinal);
        if (RuntimeInformation.RuntimeIdentifier == "linux-x64")
        {
            // The repository packs on linux-x64, the one RID it precompiles for.
            Assert.EndsWith(Path.Combine("precompiled", "linux-x64", "AksReady.Analyzers.dll"), precompiledPath, StringComparison.Ordinal);
            Assert.True(IsReadyToRunImage(precompiledPath), $"{precompiledPath} has no ReadyToRun header.");
        }
        else
        {
            Assert.Equal(portablePath, precompiledPath);
        }

        Assert.False(IsReadyToRunImage(portablePath), $"{portablePath} should be the portable IL assembly.");

        var reported = Diagnostics(precompiled.Output);
        Assert.Equal(["AKS1001", "AKS2001", "AKS3001"], reported.Select(d => d.Split(':')[0]).Distinct().Order().ToArray());
        Assert.Equal(Diagnostics(portable.Output), reported);
    }

    /// <summary>
    /// The package carries a ReadyToRun copy for each common SDK host, cross-compiled on linux-x64 against the target's
    /// runtime pack. Only linux-x64 can run here; for the others the test checks what can be checked offline: a
    /// ReadyToRun header and the PE machine crossgen2 writes for that OS and architecture (the architecture's machine
    /// XOR an OS value: Linux 0x7B79, macOS 0x4644, Windows 0).
    /// </summary>
    [Theory]
    [InlineData("linux-x64", 0x8664 ^ 0x7B79)]
    [InlineData("linux-arm64", 0xAA64 ^ 0x7B79)]
    [InlineData("osx-arm64", 0xAA64 ^ 0x4644)]
    [InlineData("osx-x64", 0x8664 ^ 0x4644)]
    [InlineData("win-x64", 0x8664)]
    public void Package_carries_a_ReadyToRun_copy_per_common_host(string rid, int machine)
    {
        var package = Directory.GetFiles(product.FeedDirectory, "AksReady.Analyzers.*.nupkg").Single();
        using var zip = System.IO.Compression.ZipFile.OpenRead(package);
        var entry = zip.GetEntry($"precompiled/{rid}/AksReady.Analyzers.dll");
        Assert.True(entry is not null, $"precompiled/{rid}/AksReady.Analyzers.dll is not in {Path.GetFileName(package)}");
        using var buffer = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(buffer);
        }

        buffer.Position = 0;
        using var reader = new PEReader(buffer);
        Assert.True(reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 }, $"{rid}: no ReadyToRun header");
        Assert.Equal(machine, (int)reader.PEHeaders.CoffHeader.Machine);
    }

    private static string AnalyzerPath(string buildOutput)
    {
        var paths = AnalyzerLine().Matches(buildOutput).Select(m => m.Groups["path"].Value.Trim()).Distinct().ToList();
        // The package id travels with the item (tools such as the benchmark's baseline build select analyzers by it).
        Assert.True(paths.Count == 1, $"Expected one AksReady.Analyzers path from package AksReady.Analyzers handed to csc, found {paths.Count}:{Environment.NewLine}{buildOutput}");
        return paths[0];
    }

    private static string[] Diagnostics(string buildOutput)
        => DiagnosticLine().Matches(buildOutput).Select(m => $"{m.Groups["id"].Value}: {m.Groups["where"].Value}").Distinct().Order(StringComparer.Ordinal).ToArray();

    private static bool IsReadyToRunImage(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new PEReader(stream);
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }

    [GeneratedRegex(@"AKSREADY-ANALYZER \[AksReady\.Analyzers\] (?<path>.+?)\s*$", RegexOptions.Multiline)]
    private static partial Regex AnalyzerLine();

    [GeneratedRegex(@"(?<where>Program\.cs\(\d+,\d+\)): warning (?<id>AKS\d{4})")]
    private static partial Regex DiagnosticLine();
}

namespace AksReady.EndToEnd.Tests;

/// <summary>A project written by hand that takes AksReady.Sdk as a PackageReference (the other way in) and seeds a violation.</summary>
[Collection(PackagedProductCollection.Name)]
public sealed class HandWrittenProjectTests(PackagedProductFixture product)
{
    [Fact]
    public async Task Package_reference_brings_analyzers_that_report_the_seeded_violation_and_generates_artifacts()
    {
        const string name = "Fabrikam.Billing";
        var directory = product.NewProjectDirectory(name);
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <!-- The seeded violations below must be reported, not fail the build. -->
                <WarningsNotAsErrors>AKS1001;AKS2003</WarningsNotAsErrors>
                <AksReadyGenerateOnBuild>true</AksReadyGenerateOnBuild>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="AksReady.Sdk" Version="{product.PackageVersion}" />
                <PackageReference Include="AksReady.Hosting" Version="{product.PackageVersion}" />
              </ItemGroup>
            </Project>
            """);
        // Seeded violation: a web app that maps no health endpoints (AKS1001).
        File.WriteAllText(Path.Combine(directory, "Program.cs"), """
            var builder = WebApplication.CreateBuilder(args);
            builder.AddAksReady();
            var app = builder.Build();
            app.MapGet("/", () => "billing");
            app.Run();
            """);

        // Seeded violation: a settings file the service loads under its own name, one folder down, holding an SMTP
        // password (AKS2003 through the package's AdditionalFiles glob), next to a tool file that matches the glob's words.
        Directory.CreateDirectory(Path.Combine(directory, "Settings"));
        File.WriteAllText(Path.Combine(directory, "Settings", "smtpSettings.json"), """
            {
              "Host": "smtp.fabrikam.example",
              "Password": "Vq8mZ2xW9tKp3LnR4s"
            }
            """);
        Directory.CreateDirectory(Path.Combine(directory, "Configurations"));
        File.WriteAllText(Path.Combine(directory, "Configurations", "database.json"), """
            { "DatabaseSettings": { "ConnectionString": "Host=billing-db;Username=billing;Password=Bq7!mW2xZ9kP" } }
            """);
        File.WriteAllText(Path.Combine(directory, "tsconfig.json"), """{ "compilerOptions": { "secret": "Vq8mZ2xW9tKp3LnR4s" } }""");

        var build = (await product.DotnetAsync(directory, "build", "-c", "Release", "-tl:off", "-nodeReuse:false"))
            .EnsureSuccess("dotnet build of the hand-written project");

        Assert.Matches(@"Program\.cs\(1,\d+\): warning AKS1001", build.Output);
        Assert.Matches(@"smtpSettings\.json\(3,\d+\): warning AKS2003", build.Output);
        // Settings/smtpSettings.json matches two of the package's patterns (a settings name, a settings folder): its
        // warning is printed as often as the single AKS1001 one (the package passes it once; today's csc would also drop
        // a repeated additional file, so this checks what the user sees).
        Assert.Equal(
            System.Text.RegularExpressions.Regex.Matches(build.Output, @"Program\.cs\(1,\d+\): warning AKS1001").Count,
            System.Text.RegularExpressions.Regex.Matches(build.Output, @"smtpSettings\.json\(3,\d+\): warning AKS2003").Count);
        Assert.Matches(@"database\.json\(1,\d+\): warning AKS2003", build.Output);
        Assert.DoesNotContain("tsconfig.json", build.Output);
        var outputDirectory = PackagedProductFixture.ReportedOutputDirectory(build.Output, name);
        Assert.Contains($"ENTRYPOINT [\"dotnet\", \"{name}.dll\"]", File.ReadAllText(Path.Combine(outputDirectory, "Dockerfile")));
        Assert.True(File.Exists(Path.Combine(outputDirectory, "k8s", "base", "deployment.yaml")));
        Assert.True(File.Exists(Path.Combine(outputDirectory, "k8s", "base", "service.yaml")));
    }
}

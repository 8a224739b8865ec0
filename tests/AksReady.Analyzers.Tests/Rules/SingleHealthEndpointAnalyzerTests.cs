using AksReady.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AksReady.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AksReady.Analyzers.Rules.SingleHealthEndpointAnalyzer>;

namespace AksReady.Analyzers.Tests.Rules;

public sealed class SingleHealthEndpointAnalyzerTests
{
    private static string App(string endpoints, string extra = "") => $$"""
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Diagnostics.HealthChecks;
        using Microsoft.Extensions.DependencyInjection;

        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddHealthChecks();
        var app = builder.Build();
        {{endpoints}}
        app.Run();
        {{extra}}
        """;

    private static DiagnosticResult Expected(string endpoint)
        => VerifyCS.Diagnostic(SingleHealthEndpointAnalyzer.Rule).WithLocation(0).WithArguments(endpoint);

    [Theory]
    [InlineData("{|#0:app.MapHealthChecks(\"/health\")|};", "/health")]
    [InlineData("{|#0:app.MapHealthChecks(\"/health\", new HealthCheckOptions())|};", "/health")]
    [InlineData("{|#0:app.MapHealthChecks(\"/health\", new HealthCheckOptions { AllowCachingResponses = false })|};", "/health")]
    [InlineData("{|#0:app.MapHealthChecks(\"/health\", new HealthCheckOptions { Predicate = _ => true })|};", "/health")]
    [InlineData("{|#0:app.UseHealthChecks(\"/health\")|};", "/health")]
    public Task SingleUnfilteredEndpoint_Reports(string endpoints, string endpoint)
        => VerifyCS.VerifyWebAppAsync(App(endpoints), Expected(endpoint));

    [Theory]
    [InlineData("app.MapHealthChecks(\"/healthz/ready\"); app.MapHealthChecks(\"/healthz/live\", new HealthCheckOptions { Predicate = r => r.Tags.Contains(\"live\") });")]
    [InlineData("app.MapHealthChecks(\"/health\", new HealthCheckOptions { Predicate = r => r.Tags.Contains(\"ready\") });")]
    [InlineData("var options = new HealthCheckOptions(); app.MapHealthChecks(\"/health\", options);")]
    [InlineData("app.MapHealthChecks(\"/healthz/ready\"); app.UseHealthChecks(\"/healthz/live\", new HealthCheckOptions { Predicate = _ => false });")]
    [InlineData("app.MapGet(\"/\", () => \"no health endpoints at all: AKS1001's job\");")]
    public Task SeparateOrFilteredEndpoints_NoDiagnostic(string endpoints)
        => VerifyCS.VerifyWebAppAsync(App(endpoints));

    [Fact]
    public Task SingleEndpointNextToMapAksReadyEndpoints_NoDiagnostic()
        => VerifyCS.VerifyWebAppAsync(App("app.MapHealthChecks(\"/health\"); app.MapAksReadyEndpoints();", """
            static class AksReadyEndpointRouteBuilderExtensions
            {
                public static WebApplication MapAksReadyEndpoints(this WebApplication app) => app;
            }
            """));

    [Fact]
    public async Task SingleEndpointNextToReferencedMapDefaultEndpoints_NoDiagnostic()
    {
        var test = new VerifyCS.Test { TestCode = App("app.MapHealthChecks(\"/health\"); app.MapDefaultEndpoints();") };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.TestState.AdditionalProjects["ServiceDefaults"].Sources.Add("""
            public static class Extensions
            {
                public static Microsoft.AspNetCore.Builder.WebApplication MapDefaultEndpoints(this Microsoft.AspNetCore.Builder.WebApplication app) => app;
            }
            """);
        test.TestState.AdditionalProjectReferences.Add("ServiceDefaults");
        await test.RunAsync();
    }
}

using AksReady.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AksReady.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AksReady.Analyzers.Rules.ProbePathMismatchAnalyzer>;

namespace AksReady.Analyzers.Tests.Rules;

public sealed class ProbePathMismatchAnalyzerTests
{
    /// <summary>What AksReady.Sdk passes to the compiler with its defaults.</summary>
    private const string SdkDefaults = "is_global = true\nbuild_property.AksReadyStartupPath = /healthz/startup\nbuild_property.AksReadyLivenessPath = /healthz/live\nbuild_property.AksReadyReadinessPath = /healthz/ready\n";

    private const string AksReadyStubs = """
        namespace AksReady.Hosting
        {
            public sealed class AksReadyOptions
            {
                public string StartupPath { get; set; } = "/healthz/startup";
                public string LivenessPath { get; set; } = "/healthz/live";
                public string ReadinessPath { get; set; } = "/healthz/ready";
            }
        }

        namespace Microsoft.AspNetCore.Builder
        {
            public static class AksReadyEndpointRouteBuilderExtensions
            {
                public static Microsoft.AspNetCore.Builder.IEndpointConventionBuilder MapAksReadyEndpoints(this Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints) => null!;
            }
        }

        namespace Microsoft.Extensions.Hosting
        {
            public static class AksReadyHostApplicationBuilderExtensions
            {
                public static TBuilder AddAksReady<TBuilder>(this TBuilder builder, System.Action<AksReady.Hosting.AksReadyOptions> configure) where TBuilder : IHostApplicationBuilder => builder;
            }
        }
        """;

    private static string App(string body) => $$"""
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Diagnostics.HealthChecks;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;

        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddHealthChecks();
        var app = builder.Build();
        {{body}}
        app.Run();
        """;

    private static Task VerifyAsync(string body, string? globalConfig, params DiagnosticResult[] expected)
        => VerifyAsync(body, globalConfig, [], expected);

    private static Task VerifyAsync(string body, string? globalConfig, (string Path, string Content)[] settings, params DiagnosticResult[] expected)
    {
        var test = new VerifyCS.Test();
        foreach (var file in settings)
        {
            test.TestState.AdditionalFiles.Add(file);
        }

        test.TestState.Sources.Add(App(body));
        test.TestState.Sources.Add(AksReadyStubs);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        if (globalConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", globalConfig));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static DiagnosticResult Expected(int location, string mapped, string probe, string declared, string property)
        => VerifyCS.Diagnostic(ProbePathMismatchAnalyzer.Rule).WithLocation(location).WithArguments(mapped, probe, declared, property);

    [Fact]
    public Task CustomLiveAndReadyPaths_SdkDefaults_ReportsEachMapping()
        => VerifyAsync(
            """
            {|#0:app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = r => r.Tags.Contains("live") })|};
            {|#1:app.MapHealthChecks("/health/ready")|};
            """,
            SdkDefaults,
            Expected(0, "/health/live", "liveness", "/healthz/live", "AksReadyLivenessPath"),
            Expected(1, "/health/ready", "readiness", "/healthz/ready", "AksReadyReadinessPath"));

    [Fact]
    public Task SingleHealthPath_SuggestsFirstUnservedProbe()
        => VerifyAsync("{|#0:app.MapHealthChecks(\"/health\")|};", SdkDefaults,
            Expected(0, "/health", "liveness", "/healthz/live", "AksReadyLivenessPath"));

    [Fact]
    public Task UseHealthChecksOnOtherPath_Reports()
        => VerifyAsync("{|#0:app.UseHealthChecks(\"/alive\")|};", SdkDefaults,
            Expected(0, "/alive", "liveness", "/healthz/live", "AksReadyLivenessPath"));

    [Fact]
    public Task AksReadyOptionOverride_ReportedAtMapAksReadyEndpoints()
        => VerifyAsync(
            """
            builder.AddAksReady(o => o.LivenessPath = "/live");
            {|#0:app.MapAksReadyEndpoints()|};
            """,
            SdkDefaults,
            Expected(0, "/live", "liveness", "/healthz/live", "AksReadyLivenessPath"));

    [Theory]
    [InlineData("app.MapAksReadyEndpoints();")]
    [InlineData("app.MapAksReadyEndpoints(); app.MapHealthChecks(\"/health\");")]
    [InlineData("app.MapHealthChecks(\"/healthz/live\"); app.MapHealthChecks(\"/healthz/ready\"); app.MapHealthChecks(\"/healthz/startup\");")]
    [InlineData("app.MapHealthChecks(\"/HEALTHZ/live/\"); app.MapHealthChecks(\"/healthz/ready\"); app.MapHealthChecks(\"/healthz/startup\"); app.MapHealthChecks(\"/health\");")]
    [InlineData("app.UseHealthChecks(\"/healthz\");")]
    [InlineData("var path = args[0]; app.MapHealthChecks(path);")]
    [InlineData("app.MapGroup(\"/ops\").MapHealthChecks(\"/health\");")]
    [InlineData("builder.AddAksReady(o => o.LivenessPath = args[0]); app.MapAksReadyEndpoints();")]
    [InlineData("builder.AddAksReady(o => o.LivenessPath = \"/healthz/live\"); app.MapAksReadyEndpoints();")]
    [InlineData("app.MapGet(\"/\", () => \"no health endpoint: AKS1001's job\");")]
    public Task PathsAgreeOrUnknown_NoDiagnostic(string body)
        => VerifyAsync(body, SdkDefaults);

    [Fact]
    public Task PropertiesSetToTheMappedPaths_NoDiagnostic()
        => VerifyAsync(
            "app.MapHealthChecks(\"/health/live\"); app.MapHealthChecks(\"/health/ready\"); app.MapHealthChecks(\"/health/startup\");",
            "is_global = true\nbuild_property.AksReadyStartupPath = /health/startup\nbuild_property.AksReadyLivenessPath = /health/live\nbuild_property.AksReadyReadinessPath = /health/ready\n");

    [Theory]
    [InlineData(null)]
    [InlineData("is_global = true\nbuild_property.AksReadyLivenessPath = \nbuild_property.AksReadyReadinessPath = \n")]
    public Task NoSdk_NoDiagnostic(string? globalConfig)
        => VerifyAsync("app.MapHealthChecks(\"/health\");", globalConfig);

    [Fact]
    public Task PathOverriddenInAppSettings_ReportedAtTheValue()
        => VerifyAsync(
            "app.MapAksReadyEndpoints();",
            SdkDefaults,
            [("/app/appsettings.json", """
                {
                  "AksReady": { "LivenessPath": "/live" }
                }
                """)],
            VerifyCS.Diagnostic(ProbePathMismatchAnalyzer.Rule)
                .WithSpan("/app/appsettings.json", 2, 33, 2, 40)
                .WithArguments("/live", "liveness", "/healthz/live", "AksReadyLivenessPath"));

    [Fact]
    public Task PathOverriddenInAppSettings_KeysAreCaseInsensitive()
        => VerifyAsync(
            "app.MapAksReadyEndpoints();",
            SdkDefaults,
            [("/app/appsettings.json", """{ "aksready": { "READINESSPATH": "/ready" } }""")],
            VerifyCS.Diagnostic(ProbePathMismatchAnalyzer.Rule)
                .WithSpan("/app/appsettings.json", 1, 34, 1, 42)
                .WithArguments("/ready", "readiness", "/healthz/ready", "AksReadyReadinessPath"));

    [Fact]
    public Task ProductionSettingsWinOverBaseSettings()
        => VerifyAsync(
            "app.MapAksReadyEndpoints();",
            SdkDefaults,
            [
                ("/app/appsettings.Production.json", """{ "AksReady": { "LivenessPath": "/healthz/live" } }"""),
                ("/app/appsettings.json", """{ "AksReady": { "LivenessPath": "/live" } }"""),
            ]);

    [Theory]
    [InlineData("/app/appsettings.Development.json", "app.MapAksReadyEndpoints();")] // not read in a pod
    [InlineData("/app/appsettings.json", "builder.AddAksReady(o => o.LivenessPath = \"/healthz/live\"); app.MapAksReadyEndpoints();")] // code wins
    [InlineData("/app/appsettings.json", "app.MapHealthChecks(\"/healthz/live\"); app.MapHealthChecks(\"/healthz/ready\"); app.MapHealthChecks(\"/healthz/startup\");")] // no AksReady endpoints
    public Task SettingsThatDoNotReachTheProbes_NoDiagnostic(string path, string body)
        => VerifyAsync(body, SdkDefaults, [(path, """{ "AksReady": { "LivenessPath": "/live" } }""")]);

    [Fact]
    public Task SettingsMatchingTheDeclaredPaths_NoDiagnostic()
        => VerifyAsync(
            "app.MapAksReadyEndpoints();",
            "is_global = true\nbuild_property.AksReadyLivenessPath = /live\n",
            [("/app/appsettings.json", """{ "AksReady": { "LivenessPath": "/live/" } }""")]);
}

using AksReady.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AksReady.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AksReady.Analyzers.Rules.LivenessChecksDependenciesAnalyzer>;

namespace AksReady.Analyzers.Tests.Rules;

public sealed class LivenessChecksDependenciesAnalyzerTests
{
    /// <summary>Stand-ins for AspNetCore.HealthChecks.* and EF Core extension methods (not in the ASP.NET Core ref pack).</summary>
    private const string Stubs = """

        static class DependencyHealthCheckStubs
        {
            public static IHealthChecksBuilder AddSqlServer(this IHealthChecksBuilder builder, string connectionString, string? name = null, IEnumerable<string>? tags = null) => builder;
            public static IHealthChecksBuilder AddRedis(this IHealthChecksBuilder builder, string connectionString, string? name = null, IEnumerable<string>? tags = null) => builder;
            public static IHealthChecksBuilder AddUrlGroup(this IHealthChecksBuilder builder, System.Uri uri, string? name = null, IEnumerable<string>? tags = null) => builder;
        }
        """;

    private static string App(string checks, string endpoints) => $$"""
        using System.Collections.Generic;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Diagnostics.HealthChecks;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Diagnostics.HealthChecks;

        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), tags: new[] { "live" })
            {{checks}};
        var app = builder.Build();
        {{endpoints}}
        app.Run();
        {{Stubs}}
        """;

    private static DiagnosticResult Expected(string path, string dependency)
        => VerifyCS.Diagnostic(LivenessChecksDependenciesAnalyzer.Rule).WithLocation(0).WithArguments(path, dependency);

    [Theory]
    [InlineData(".AddSqlServer(\"Server=db\")", "{|#0:app.MapHealthChecks(\"/healthz/live\")|};", "/healthz/live", "AddSqlServer")]
    [InlineData(".AddRedis(\"redis:6379\")", "{|#0:app.MapHealthChecks(\"/alive\", new HealthCheckOptions { Predicate = _ => true })|};", "/alive", "AddRedis")]
    [InlineData(".AddUrlGroup(new System.Uri(\"http://payments/\"), tags: new[] { \"live\", \"external\" })", "{|#0:app.MapHealthChecks(\"/livez\", new HealthCheckOptions { Predicate = r => r.Tags.Contains(\"live\") })|};", "/livez", "AddUrlGroup")]
    [InlineData(".AddRedis(\"redis:6379\", tags: [\"live\"])", "{|#0:app.MapHealthChecks(\"/healthz/live\", new HealthCheckOptions { Predicate = r => r.Tags.Contains(\"live\") })|};", "/healthz/live", "AddRedis")]
    [InlineData(".AddSqlServer(\"Server=db\", tags: new[] { \"ready\" })", "{|#0:app.UseHealthChecks(\"/liveness\")|}; app.MapHealthChecks(\"/ready\");", "/liveness", "AddSqlServer")]
    public Task LivenessAdmitsDependencyChecks_Reports(string checks, string endpoints, string path, string dependency)
        => VerifyCS.VerifyWebAppAsync(App(checks, endpoints), Expected(path, dependency));

    [Theory]
    [InlineData(".AddSqlServer(\"Server=db\", tags: new[] { \"ready\" })", "app.MapHealthChecks(\"/healthz/live\", new HealthCheckOptions { Predicate = r => r.Tags.Contains(\"live\") }); app.MapHealthChecks(\"/healthz/ready\");")]
    [InlineData(".AddSqlServer(\"Server=db\")", "app.MapHealthChecks(\"/healthz/live\", new HealthCheckOptions { Predicate = r => r.Tags.Contains(\"live\") });")]
    [InlineData(".AddSqlServer(\"Server=db\", tags: new[] { \"ready\" })", "app.MapHealthChecks(\"/healthz/live\", new HealthCheckOptions { Predicate = r => !r.Tags.Contains(\"ready\") });")]
    [InlineData(".AddSqlServer(\"Server=db\")", "app.MapHealthChecks(\"/healthz/live\", new HealthCheckOptions { Predicate = _ => false });")]
    [InlineData(".AddSqlServer(\"Server=db\")", "app.MapHealthChecks(\"/healthz/ready\"); app.MapHealthChecks(\"/health\");")]
    [InlineData("", "app.MapHealthChecks(\"/healthz/live\");")]
    [InlineData(".AddSqlServer(\"Server=db\")", "var live = new HealthCheckOptions(); app.MapHealthChecks(\"/healthz/live\", live);")]
    public Task LivenessWithoutDependencyChecks_NoDiagnostic(string checks, string endpoints)
        => VerifyCS.VerifyWebAppAsync(App(checks, endpoints));

    [Fact]
    public Task UnrelatedMethodNamedAddRedis_NoDiagnostic()
        => VerifyCS.VerifyWebAppAsync("""
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddHealthChecks();
            builder.Services.AddRedis("redis:6379");
            var app = builder.Build();
            app.MapHealthChecks("/healthz/live");
            app.Run();

            static class CacheExtensions
            {
                public static IServiceCollection AddRedis(this IServiceCollection services, string connection) => services;
            }
            """);

    [Fact]
    public async Task ConfiguredDependencyCheckMethod_Reports()
    {
        var test = new VerifyCS.Test
        {
            TestCode = App(".AddLegacyMainframe()", "{|#0:app.MapHealthChecks(\"/healthz/live\")|};") + """

                static class MainframeChecks
                {
                    public static IHealthChecksBuilder AddLegacyMainframe(this IHealthChecksBuilder builder) => builder;
                }
                """,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.cs]
            dotnet_code_quality.AKS1005.additional_dependency_check_methods = AddLegacyMainframe
            """));
        test.ExpectedDiagnostics.Add(Expected("/healthz/live", "AddLegacyMainframe"));
        await test.RunAsync();
    }

    [Fact]
    public async Task AksReadyLivenessPathProperty_IdentifiesTheLivenessEndpoint()
    {
        var test = new VerifyCS.Test { TestCode = App(".AddSqlServer(\"Server=db\")", "{|#0:app.MapHealthChecks(\"/probes/l\")|}; app.MapHealthChecks(\"/probes/r\");") };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", """
            is_global = true
            build_property.AksReadyLivenessPath = /probes/l
            """));
        test.ExpectedDiagnostics.Add(Expected("/probes/l", "AddSqlServer"));
        await test.RunAsync();
    }

    /// <summary>A shared library's registration extension: <paramref name="registration"/> is an expression on <c>checks</c>.</summary>
    private static string Library(string registration) => $$"""
        using System.Collections.Generic;
        using Microsoft.Extensions.DependencyInjection;

        public static class PlatformHealth
        {
            public static IHealthChecksBuilder AddPlatformChecks(this IHealthChecksBuilder checks)
                => {{registration}};
        }
        {{Stubs}}
        """;

    [Theory]
    [InlineData("{|#0:checks.AddSqlServer(\"Server=db\", tags: new[] { \"live\", \"ready\" })|}", "AddSqlServer", "live")]
    [InlineData("{|#0:checks.AddRedis(\"redis:6379\", tags: [\"ready\", \"Liveness\"])|}", "AddRedis", "Liveness")]
    public Task LibraryTagsADependencyCheckForLiveness_Reports(string checks, string dependency, string tag)
        => VerifyLibraryAsync(
            Library(checks),
            VerifyCS.Diagnostic(LivenessChecksDependenciesAnalyzer.TaggedRule).WithLocation(0).WithArguments(dependency, tag));

    [Theory]
    [InlineData("checks.AddSqlServer(\"Server=db\", tags: new[] { \"ready\" })")]
    [InlineData("checks.AddSqlServer(\"Server=db\")")]
    [InlineData("checks.AddCheck(\"self\", () => Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy(), tags: new[] { \"live\" })")]
    public Task LibraryWithoutLivenessTaggedDependencies_NoDiagnostic(string checks)
        => VerifyLibraryAsync(Library(checks));

    private static Task VerifyLibraryAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new VerifyCS.Test { TestCode = source }; // a class library (the Test default)
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}

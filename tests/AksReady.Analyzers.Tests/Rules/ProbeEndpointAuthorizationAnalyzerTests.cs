using AksReady.Analyzers.Rules;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AksReady.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<AksReady.Analyzers.Rules.ProbeEndpointAuthorizationAnalyzer, AksReady.Analyzers.CodeFixes.Rules.ProbeEndpointAuthorizationCodeFixProvider>;

namespace AksReady.Analyzers.Tests.Rules;

public sealed class ProbeEndpointAuthorizationAnalyzerTests
{
    private const string Usings = """
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.Extensions.DependencyInjection;

        """;

    private const string Fallback = "builder.Services.AddAuthorization(o => o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());";

    private static string App(string services, string endpoints) => Usings + $$"""
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddHealthChecks();
        {{services}}
        var app = builder.Build();
        {{endpoints}}
        app.Run();
        """;

    private static Task VerifyAsync(string source, string? fixedSource, params DiagnosticResult[] expected)
        => VerifyCS.VerifyCodeFixAsync(source, expected, fixedSource, nonLocalDiagnostics: true);

    [Fact]
    public Task RequireAuthorizationOnMapHealthChecks_ReplacedWithAllowAnonymous()
        => VerifyAsync(
            App("builder.Services.AddAuthorization();", """app.MapHealthChecks("/healthz").{|#0:RequireAuthorization()|};"""),
            App("builder.Services.AddAuthorization();", """app.MapHealthChecks("/healthz").AllowAnonymous();"""),
            VerifyCS.Diagnostic(ProbeEndpointAuthorizationAnalyzer.RequireAuthorizationRule).WithLocation(0).WithArguments("/healthz"));

    [Fact]
    public Task RequireAuthorizationAfterOtherConventions_ReplacedWithAllowAnonymous()
        => VerifyAsync(
            App("builder.Services.AddAuthorization();", """
                app.MapHealthChecks("/healthz/ready")
                    .WithDisplayName("ready")
                    .{|#0:RequireAuthorization("ops")|};
                """),
            App("builder.Services.AddAuthorization();", """
                app.MapHealthChecks("/healthz/ready")
                    .WithDisplayName("ready")
                    .AllowAnonymous();
                """),
            VerifyCS.Diagnostic(ProbeEndpointAuthorizationAnalyzer.RequireAuthorizationRule).WithLocation(0).WithArguments("/healthz/ready"));

    [Fact]
    public Task FallbackPolicyWithoutAllowAnonymous_AppendsAllowAnonymous()
        => VerifyAsync(
            App(Fallback, """
                {|#0:app.MapHealthChecks("/healthz/live")|};
                {|#1:app.MapHealthChecks("/healthz/ready")|}.WithDisplayName("ready");
                """),
            App(Fallback, """
                app.MapHealthChecks("/healthz/live").AllowAnonymous();
                app.MapHealthChecks("/healthz/ready").AllowAnonymous().WithDisplayName("ready");
                """),
            VerifyCS.Diagnostic(ProbeEndpointAuthorizationAnalyzer.FallbackPolicyRule).WithLocation(0).WithArguments("/healthz/live"),
            VerifyCS.Diagnostic(ProbeEndpointAuthorizationAnalyzer.FallbackPolicyRule).WithLocation(1).WithArguments("/healthz/ready"));

    [Fact]
    public Task SetFallbackPolicyOnAuthorizationBuilder_Reports()
        => VerifyAsync(
            App("builder.Services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());",
                """{|#0:app.MapHealthChecks("/healthz")|};"""),
            App("builder.Services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());",
                """app.MapHealthChecks("/healthz").AllowAnonymous();"""),
            VerifyCS.Diagnostic(ProbeEndpointAuthorizationAnalyzer.FallbackPolicyRule).WithLocation(0).WithArguments("/healthz"));

    [Fact]
    public Task FallbackPolicyAndMapAksReadyEndpoints_NoDiagnostic()
        => VerifyAsync(App(Fallback, "app.MapAksReadyEndpoints();") + Stub, fixedSource: null); // anonymous by contract

    [Fact]
    public Task RequireAuthorizationOnMapAksReadyEndpoints_Reports()
        => VerifyAsync(
            App("", "app.MapAksReadyEndpoints().{|#0:RequireAuthorization()|};") + Stub,
            App("", "app.MapAksReadyEndpoints().AllowAnonymous();") + Stub,
            VerifyCS.Diagnostic(ProbeEndpointAuthorizationAnalyzer.RequireAuthorizationRule).WithLocation(0).WithArguments("MapAksReadyEndpoints()"));

    [Theory]
    [InlineData(Fallback, "app.MapHealthChecks(\"/healthz\").AllowAnonymous();")]
    [InlineData(Fallback, "app.MapHealthChecks(\"/healthz\").WithDisplayName(\"h\").AllowAnonymous();")]
    [InlineData(Fallback, "app.UseHealthChecks(\"/healthz\"); app.MapGet(\"/\", () => \"hi\");")]
    [InlineData("builder.Services.AddAuthorization(o => o.FallbackPolicy = null);", "app.MapHealthChecks(\"/healthz\");")]
    [InlineData("builder.Services.AddAuthorization(o => o.DefaultPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());", "app.MapHealthChecks(\"/healthz\");")]
    [InlineData("builder.Services.AddAuthorization();", "app.MapHealthChecks(\"/healthz\"); app.MapGet(\"/orders\", () => \"[]\").RequireAuthorization();")]
    public Task AnonymousProbes_NoDiagnostic(string services, string endpoints)
        => VerifyAsync(App(services, endpoints), fixedSource: null);

    private const string Stub = """


        static class AksReadyEndpointRouteBuilderExtensions
        {
            public static IEndpointConventionBuilder MapAksReadyEndpoints(this Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints) => endpoints.MapHealthChecks("/healthz/ready").AllowAnonymous();
        }
        """;
}

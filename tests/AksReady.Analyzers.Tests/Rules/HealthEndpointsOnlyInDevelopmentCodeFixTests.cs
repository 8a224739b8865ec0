using AksReady.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AksReady.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<AksReady.Analyzers.Rules.HealthEndpointsMissingAnalyzer, AksReady.Analyzers.CodeFixes.Rules.HealthEndpointsOnlyInDevelopmentCodeFixProvider>;

namespace AksReady.Analyzers.Tests.Rules;

public sealed class HealthEndpointsOnlyInDevelopmentCodeFixTests
{
    private const string Usings = """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Diagnostics.HealthChecks;
        using Microsoft.Extensions.Hosting;

        """;

    [Fact]
    public Task AspireServiceDefaultsLibrary_UnwrapsTheIf()
        => VerifyCS.VerifyCodeFixAsync(
            Usings + """
            public static class Extensions
            {
                public static WebApplication MapDefaultEndpoints(this WebApplication app)
                {
                    if (app.Environment.IsDevelopment())
                    {
                        {|#0:app.MapHealthChecks("/health")|};
                        {|#1:app.MapHealthChecks("/alive", new HealthCheckOptions
                        {
                            Predicate = r => r.Tags.Contains("live")
                        })|};
                    }

                    return app;
                }
            }
            """,
            new[]
            {
                VerifyCS.Diagnostic(HealthEndpointsMissingAnalyzer.DevelopmentOnlyRule).WithLocation(0),
                VerifyCS.Diagnostic(HealthEndpointsMissingAnalyzer.DevelopmentOnlyRule).WithLocation(1),
            },
            Usings + """
            public static class Extensions
            {
                public static WebApplication MapDefaultEndpoints(this WebApplication app)
                {
                    app.MapHealthChecks("/health");
                    app.MapHealthChecks("/alive", new HealthCheckOptions
                    {
                        Predicate = r => r.Tags.Contains("live")
                    });

                    return app;
                }
            }
            """,
            OutputKind.DynamicallyLinkedLibrary,
            nonLocalDiagnostics: true);

    [Fact]
    public Task IfWithOtherStatements_NoFix()
        => VerifyCS.VerifyCodeFixAsync(
            Usings + """
            public static class Extensions
            {
                public static WebApplication MapDefaultEndpoints(this WebApplication app)
                {
                    if (app.Environment.IsDevelopment())
                    {
                        app.UseDeveloperExceptionPage();
                        {|#0:app.MapHealthChecks("/health")|};
                    }

                    return app;
                }
            }
            """,
            new[] { VerifyCS.Diagnostic(HealthEndpointsMissingAnalyzer.DevelopmentOnlyRule).WithLocation(0) },
            fixedSource: null,
            OutputKind.DynamicallyLinkedLibrary,
            nonLocalDiagnostics: true);
}

using AksReady.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AksReady.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AksReady.Analyzers.Rules.HealthEndpointsMissingAnalyzer>;

namespace AksReady.Analyzers.Tests.Rules;

public sealed class HealthEndpointsMissingAnalyzerTests
{
    private const string Usings = """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;

        """;

    [Fact]
    public Task MinimalApiWithoutHealthEndpoints_Reports()
        => VerifyCS.VerifyWebAppAsync(Usings + """
            var builder = {|#0:WebApplication.CreateBuilder(args)|};
            var app = builder.Build();
            app.MapGet("/", () => "hello");
            app.Run();
            """,
            VerifyCS.Diagnostic(HealthEndpointsMissingAnalyzer.MissingRule).WithLocation(0));

    [Theory]
    [InlineData("WebApplication.CreateSlimBuilder(args)")]
    [InlineData("WebApplication.CreateEmptyBuilder(new WebApplicationOptions())")]
    [InlineData("WebApplication.Create(args)")]
    [InlineData("WebHost.CreateDefaultBuilder(args)")]
    [InlineData("Host.CreateDefaultBuilder(args).ConfigureWebHostDefaults(web => { })")]
    public Task EveryWayToCreateAWebHost_Reports(string creation)
        => VerifyCS.VerifyWebAppAsync(Usings + "using Microsoft.AspNetCore;\n" + $$"""
            var host = {|#0:{{creation}}|};
            """,
            VerifyCS.Diagnostic(HealthEndpointsMissingAnalyzer.MissingRule).WithLocation(0));

    [Fact]
    public Task ClassicStartupWithoutHealthEndpoints_ReportsAtConfigureWebHostDefaults()
        => VerifyCS.VerifyWebAppAsync(Usings + """
            {|#0:Host.CreateDefaultBuilder(args)
                .ConfigureWebHostDefaults(web => web.Configure(app => app.UseRouting()))|}
                .Build()
                .Run();
            """,
            VerifyCS.Diagnostic(HealthEndpointsMissingAnalyzer.MissingRule).WithLocation(0));

    [Fact]
    public Task MapHealthChecks_NoDiagnostic()
        => VerifyCS.VerifyWebAppAsync(Usings + """
            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddHealthChecks();
            var app = builder.Build();
            app.MapHealthChecks("/healthz");
            app.Run();
            """);

    [Fact]
    public Task UseHealthChecks_NoDiagnostic()
        => VerifyCS.VerifyWebAppAsync(Usings + """
            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddHealthChecks();
            var app = builder.Build();
            app.UseHealthChecks("/healthz");
            app.Run();
            """);

    [Fact]
    public Task MapHealthChecksInAnotherMethod_NoDiagnostic()
        => VerifyCS.VerifyWebAppAsync(Usings + """
            using Microsoft.AspNetCore.Routing;

            var app = WebApplication.CreateBuilder(args).Build();
            Endpoints.Map(app);
            app.Run();

            static class Endpoints
            {
                public static void Map(IEndpointRouteBuilder endpoints) => endpoints.MapHealthChecks("/healthz");
            }
            """);

    [Fact]
    public Task MapAksReadyEndpoints_NoDiagnostic()
        => VerifyCS.VerifyWebAppAsync(Usings + """
            using Microsoft.AspNetCore.Routing;

            var app = WebApplication.CreateBuilder(args).Build();
            app.MapAksReadyEndpoints();
            app.Run();

            namespace Microsoft.AspNetCore.Builder
            {
                public static class AksReadyEndpointRouteBuilderExtensions
                {
                    public static IEndpointRouteBuilder MapAksReadyEndpoints(this IEndpointRouteBuilder endpoints) => endpoints;
                }
            }
            """);

    [Fact]
    public Task MapAksReadyEndpointsOnOtherTypeName_NoDiagnostic()
        => VerifyCS.VerifyWebAppAsync(Usings + """
            using Microsoft.AspNetCore.Routing;

            var app = WebApplication.CreateBuilder(args).Build();
            app.MapAksReadyEndpoints();
            app.Run();

            static class MyVendoredExtensions
            {
                public static IEndpointRouteBuilder MapAksReadyEndpoints(this IEndpointRouteBuilder endpoints) => endpoints;
            }
            """);

    [Fact]
    public Task UnrelatedMethodNamedMapHealthChecks_Reports()
        => VerifyCS.VerifyWebAppAsync(Usings + """
            var app = {|#0:WebApplication.CreateBuilder(args)|}.Build();
            Fake.MapHealthChecks(app, "/healthz");
            app.Run();

            static class Fake
            {
                public static void MapHealthChecks(WebApplication app, string path) { }
            }
            """,
            VerifyCS.Diagnostic(HealthEndpointsMissingAnalyzer.MissingRule).WithLocation(0));

    [Fact]
    public async Task AspireMapDefaultEndpointsFromReferencedProject_NoDiagnostic()
    {
        var test = new VerifyCS.Test
        {
            TestCode = Usings + """
                var app = WebApplication.CreateBuilder(args).Build();
                app.MapDefaultEndpoints();
                app.Run();
                """,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.TestState.AdditionalProjects["ServiceDefaults"].Sources.Add("""
            namespace Microsoft.Extensions.Hosting;

            public static class Extensions
            {
                public static Microsoft.AspNetCore.Builder.WebApplication MapDefaultEndpoints(this Microsoft.AspNetCore.Builder.WebApplication app) => app;
            }
            """);
        test.TestState.AdditionalProjectReferences.Add("ServiceDefaults");
        await test.RunAsync();
    }

    [Theory]
    [InlineData("Microsoft.AspNetCore.Routing.IEndpointRouteBuilder", "MapPlatformHealthEndpoints")]
    [InlineData("Microsoft.AspNetCore.Builder.WebApplication", "MapProbes")]
    [InlineData("Microsoft.AspNetCore.Builder.IApplicationBuilder", "UseHealthEndpoints")]
    public Task HealthMappingExtensionFromReferencedProject_NoDiagnostic(string receiver, string name)
        => VerifyWithPlatformExtensionAsync(receiver, name, """
            var app = WebApplication.CreateBuilder(args).Build();
            app.{0}();
            app.Run();
            """);

    [Theory]
    [InlineData("Microsoft.AspNetCore.Routing.IEndpointRouteBuilder", "MapCatalogEndpoints", "builder.Build()")] // not named for health
    [InlineData("Microsoft.AspNetCore.Builder.WebApplicationBuilder", "AddHealthDefaults", "builder")] // not an endpoint builder
    public Task OtherExtensionFromReferencedProject_Reports(string receiver, string name, string call)
        => VerifyWithPlatformExtensionAsync(receiver, name, """
            var builder = {|#0:WebApplication.CreateBuilder(args)|};
            """ + call + ".{0}();\n",
            VerifyCS.Diagnostic(HealthEndpointsMissingAnalyzer.MissingRule).WithLocation(0));

    /// <summary>An app whose <paramref name="program"/> ({0} = <paramref name="name"/>) calls an extension method of a referenced "Platform" project.</summary>
    private static Task VerifyWithPlatformExtensionAsync(string receiver, string name, string program, params DiagnosticResult[] expected)
    {
        var test = new VerifyCS.Test { TestCode = Usings + "using Contoso.Platform;\n" + program.Replace("{0}", name, StringComparison.Ordinal) };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.TestState.AdditionalProjects["Platform"].Sources.Add($$"""
            namespace Contoso.Platform;

            public static class Extensions
            {
                public static {{receiver}} {{name}}(this {{receiver}} app) => app;
            }
            """);
        test.TestState.AdditionalProjectReferences.Add("Platform");
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    [Fact]
    public async Task ConfiguredHealthEndpointMethod_NoDiagnostic()
    {
        var test = new VerifyCS.Test
        {
            TestCode = Usings + """
                var app = WebApplication.CreateBuilder(args).Build();
                Shared.MapServiceEndpoints(app);
                app.Run();

                static class Shared
                {
                    public static void MapServiceEndpoints(WebApplication app) { }
                }
                """,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.cs]
            dotnet_code_quality.AKS1001.additional_health_endpoint_methods = MapOther, MapServiceEndpoints
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task ClassLibraryCreatingAWebApp_NoDiagnostic()
    {
        // Libraries are not deployed as pods (OutputKind.DynamicallyLinkedLibrary is the test default).
        await new VerifyCS.Test
        {
            TestCode = Usings + """
                public static class HostFactory
                {
                    public static WebApplication Create(string[] args) => WebApplication.CreateBuilder(args).Build();
                }
                """,
        }.RunAsync();
    }

    [Fact]
    public async Task ServiceDefaultsLibraryMappingOnlyInDevelopment_ReportsAKS1002AtTheMappings()
    {
        // The usual Aspire layout: a ServiceDefaults class library the apps call; nothing is reported in the app itself.
        await new VerifyCS.Test
        {
            TestCode = Usings + """
                using Microsoft.AspNetCore.Diagnostics.HealthChecks;

                public static class Extensions
                {
                    public static WebApplication MapDefaultEndpoints(this WebApplication app)
                    {
                        if (app.Environment.IsDevelopment())
                        {
                            {|#0:app.MapHealthChecks("/health")|};
                            {|#1:app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = r => r.Tags.Contains("live") })|};
                        }

                        return app;
                    }
                }
                """,
            ExpectedDiagnostics =
            {
                VerifyCS.Diagnostic(HealthEndpointsMissingAnalyzer.DevelopmentOnlyRule).WithLocation(0),
                VerifyCS.Diagnostic(HealthEndpointsMissingAnalyzer.DevelopmentOnlyRule).WithLocation(1),
            },
        }.RunAsync();
    }

    [Fact]
    public async Task ServiceDefaultsLibraryMappingInEveryEnvironment_NoDiagnostic()
    {
        await new VerifyCS.Test
        {
            TestCode = Usings + """
                public static class Extensions
                {
                    public static WebApplication MapDefaultEndpoints(this WebApplication app)
                    {
                        app.MapHealthChecks("/health");
                        return app;
                    }
                }
                """,
        }.RunAsync();
    }

    [Fact]
    public Task ClassLibraryWithoutWebApp_NoDiagnostic()
        => new VerifyCS.Test { TestCode = "public class C { public int M() => 42; }" }.RunAsync();

    [Fact]
    public Task ConsoleAppWithoutAspNetCore_NoDiagnostic()
    {
        var test = new VerifyCS.Test
        {
            TestCode = """System.Console.WriteLine("hello");""",
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    [Fact]
    public Task WorkerService_NoDiagnostic()
        => VerifyCS.VerifyWebAppAsync("""
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;

            var builder = Host.CreateApplicationBuilder(args);
            builder.Services.AddHostedService<Worker>();
            builder.Build().Run();

            sealed class Worker : BackgroundService
            {
                protected override System.Threading.Tasks.Task ExecuteAsync(System.Threading.CancellationToken stoppingToken) => System.Threading.Tasks.Task.CompletedTask;
            }
            """);

    [Theory]
    [InlineData("xunit.core")]
    [InlineData("nunit.framework")]
    [InlineData("Microsoft.VisualStudio.TestPlatform.TestFramework")]
    [InlineData("Microsoft.AspNetCore.Mvc.Testing")]
    public async Task TestProject_NoDiagnostic(string testAssemblyName)
    {
        var test = new VerifyCS.Test
        {
            TestCode = Usings + """
                var app = WebApplication.CreateBuilder(args).Build();
                app.Run();
                """,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.TestState.AdditionalProjects[testAssemblyName].Sources.Add("namespace TestFramework { public class Marker { } }");
        test.TestState.AdditionalProjectReferences.Add(testAssemblyName);
        await test.RunAsync();
    }

    [Fact]
    public Task HealthEndpointsOnlyInDevelopment_ReportsAKS1002()
        => VerifyCS.VerifyWebAppAsync(Usings + """
            var builder = {|#0:WebApplication.CreateBuilder(args)|};
            builder.Services.AddHealthChecks();
            var app = builder.Build();
            if (app.Environment.IsDevelopment())
            {
                app.MapHealthChecks("/health");
            }

            app.Run();
            """,
            VerifyCS.Diagnostic(HealthEndpointsMissingAnalyzer.DevelopmentOnlyRule).WithLocation(0));

    [Fact]
    public Task AspireServiceDefaultsShapeInSameProject_ReportsAKS1002()
        => VerifyCS.VerifyWebAppAsync(Usings + """
            using Microsoft.AspNetCore.Diagnostics.HealthChecks;

            var app = {|#0:WebApplication.CreateBuilder(args)|}.Build();
            app.MapDefaultEndpoints();
            app.Run();

            public static class Extensions
            {
                public static WebApplication MapDefaultEndpoints(this WebApplication app)
                {
                    // Adding health checks endpoints to applications in non-development environments has security implications.
                    if (app.Environment.IsDevelopment())
                    {
                        app.MapHealthChecks("/health");
                        app.MapHealthChecks("/alive", new HealthCheckOptions
                        {
                            Predicate = r => r.Tags.Contains("live")
                        });
                    }

                    return app;
                }
            }
            """,
            VerifyCS.Diagnostic(HealthEndpointsMissingAnalyzer.DevelopmentOnlyRule).WithLocation(0));

    [Theory]
    [InlineData("if (!app.Environment.IsDevelopment()) { } else { app.MapHealthChecks(\"/health\"); }")]
    [InlineData("if (app.Environment.IsEnvironment(\"Development\")) app.MapHealthChecks(\"/health\");")]
    [InlineData("if (app.Environment.IsDevelopment() && args.Length > 0) { app.MapHealthChecks(\"/health\"); }")]
    [InlineData("_ = app.Environment.IsDevelopment() ? app.MapHealthChecks(\"/health\") : null;")]
    [InlineData("if (!app.Environment.IsDevelopment()) return; app.MapHealthChecks(\"/health\");")]
    [InlineData("if (!app.Environment.IsDevelopment()) { throw new System.InvalidOperationException(\"dev only\"); } app.MapHealthChecks(\"/health\");")]
    [InlineData("{ if (!app.Environment.IsDevelopment()) { return; } { app.MapHealthChecks(\"/health\"); } }")]
    public Task OtherDevelopmentOnlyShapes_ReportAKS1002(string mapping)
        => VerifyCS.VerifyWebAppAsync(Usings + $$"""
            var app = {|#0:WebApplication.CreateBuilder(args)|}.Build();
            {{mapping}}
            app.Run();
            """,
            VerifyCS.Diagnostic(HealthEndpointsMissingAnalyzer.DevelopmentOnlyRule).WithLocation(0));

    [Theory]
    [InlineData("if (!app.Environment.IsDevelopment()) { app.MapHealthChecks(\"/health\"); }")]
    [InlineData("if (app.Environment.IsProduction()) { app.MapHealthChecks(\"/health\"); }")]
    [InlineData("if (app.Environment.IsDevelopment()) { app.MapHealthChecks(\"/debug-health\"); } app.MapHealthChecks(\"/health\");")]
    [InlineData("if (app.Environment.IsDevelopment() || args.Length > 0) { app.MapHealthChecks(\"/health\"); }")]
    [InlineData("if (app.Environment.IsDevelopment()) return; app.MapHealthChecks(\"/health\");")]
    [InlineData("if (!app.Environment.IsDevelopment()) { System.Console.WriteLine(\"prod\"); } app.MapHealthChecks(\"/health\");")]
    [InlineData("if (!app.Environment.IsDevelopment()) { System.Console.WriteLine(\"prod\"); } else { return; } app.MapHealthChecks(\"/health\");")]
    [InlineData("System.Action map = () => app.MapHealthChecks(\"/health\"); map();")]
    public Task HealthEndpointsMappedOutsideDevelopment_NoDiagnostic(string mapping)
        => VerifyCS.VerifyWebAppAsync(Usings + $$"""
            var app = WebApplication.CreateBuilder(args).Build();
            {{mapping}}
            app.Run();
            """);

    [Fact]
    public async Task IncompleteCode_DoesNotCrash()
    {
        // Erroneous invocations become invalid operations; the analyzer must not throw (AD0001 fails the test).
        var test = new VerifyCS.Test
        {
            TestCode = Usings + """
                var app = {|#0:WebApplication.CreateBuilder(args)|}.Build();
                app.MapHealthChecks(42, );
                app.UseHealthChecks();
                var other = WebApplication.CreateBuilder(args, ).Build();
                if (app.Environment.IsDevelopment(42)) { app.MapHealthChecks(); }
                app.Run(
                """,
            CompilerDiagnostics = CompilerDiagnostics.None,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic(HealthEndpointsMissingAnalyzer.MissingRule).WithLocation(0));
        await test.RunAsync();
    }
}

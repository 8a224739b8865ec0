using AksReady.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AksReady.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AksReady.Analyzers.Rules.EnvironmentExitInHostedCodeAnalyzer>;

namespace AksReady.Analyzers.Tests.Rules;

public sealed class EnvironmentExitInHostedCodeAnalyzerTests
{
    private const string Usings = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Extensions.Hosting;

        """;

    private static DiagnosticResult Expected(int location, string where)
        => VerifyCS.Diagnostic(EnvironmentExitInHostedCodeAnalyzer.Rule).WithLocation(location).WithArguments(where);

    [Fact]
    public Task HostedCode_Reported()
        => VerifyCS.VerifyWebAppAsync(Usings + """
            var app = WebApplication.CreateBuilder(args).Build();
            app.MapPost("/admin/stop", () => {|#0:Environment.Exit(0)|});
            app.Run();

            public sealed class Worker : BackgroundService
            {
                protected override Task ExecuteAsync(CancellationToken stoppingToken)
                {
                    {|#1:Environment.Exit(1)|};
                    return Task.CompletedTask;
                }
            }

            public sealed class AdminController : ControllerBase
            {
                [HttpPost]
                public void Stop() => {|#2:Environment.Exit(2)|};
            }
            """,
            Expected(0, "a minimal API handler"),
            Expected(1, "a hosted service"),
            Expected(2, "a controller"));

    [Fact]
    public Task StartupAndCorrectShutdown_NotReported()
        => VerifyCS.VerifyWebAppAsync(Usings + """
            if (args.Length > 5)
            {
                Environment.Exit(64);
            }

            var app = WebApplication.CreateBuilder(args).Build();
            app.Run();

            public sealed class Worker(IHostApplicationLifetime lifetime) : BackgroundService
            {
                protected override Task ExecuteAsync(CancellationToken stoppingToken)
                {
                    Environment.ExitCode = 1;
                    lifetime.StopApplication();
                    return Task.CompletedTask;
                }
            }
            """);
}

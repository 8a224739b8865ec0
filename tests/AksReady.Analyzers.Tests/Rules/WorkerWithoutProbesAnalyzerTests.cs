using AksReady.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AksReady.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AksReady.Analyzers.Rules.WorkerWithoutProbesAnalyzer>;

namespace AksReady.Analyzers.Tests.Rules;

public sealed class WorkerWithoutProbesAnalyzerTests
{
    private const string WorkerClass = """
        public sealed class Worker : Microsoft.Extensions.Hosting.BackgroundService
        {
            protected override async System.Threading.Tasks.Task ExecuteAsync(System.Threading.CancellationToken stoppingToken)
            {
                while (!stoppingToken.IsCancellationRequested)
                {
                    await System.Threading.Tasks.Task.Delay(1000, stoppingToken);
                }
            }
        }
        """;

    private const string ManagementServerStub = """
        namespace Microsoft.Extensions.Hosting
        {
            public static class AksReadyHostApplicationBuilderExtensions
            {
                public static TBuilder AddAksReadyManagementServer<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder => builder;
            }
        }
        """;

    private static Task VerifyAsync(string program, OutputKind kind, params DiagnosticResult[] expected)
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(program);
        test.TestState.Sources.Add(WorkerClass);
        test.TestState.Sources.Add(ManagementServerStub);
        test.TestState.OutputKind = kind;
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static DiagnosticResult Expected() => VerifyCS.Diagnostic(WorkerWithoutProbesAnalyzer.Rule).WithLocation(0);

    [Fact]
    public Task ApplicationBuilderWorker_NoProbe_Reports()
        => VerifyAsync("""
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;

            var builder = {|#0:Host.CreateApplicationBuilder(args)|};
            builder.Services.AddHostedService<Worker>();
            builder.Build().Run();
            """, OutputKind.ConsoleApplication, Expected());

    [Fact]
    public Task DefaultBuilderWorker_NoProbe_Reports()
        => VerifyAsync("""
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;

            {|#0:Host.CreateDefaultBuilder(args)|}
                .ConfigureServices(services => services.AddHostedService<Worker>())
                .Build()
                .Run();
            """, OutputKind.ConsoleApplication, Expected());

    [Theory]
    [InlineData("builder.AddAksReadyManagementServer();")]
    [InlineData("System.IO.File.WriteAllText(\"/tmp/healthy\", System.DateTime.UtcNow.ToString(\"O\"));")]
    [InlineData("System.IO.File.SetLastWriteTimeUtc(HeartbeatPath, System.DateTime.UtcNow);")]
    [InlineData("var listener = new System.Net.HttpListener(); listener.Prefixes.Add(\"http://+:8081/\"); listener.Start();")]
    [InlineData("var tcp = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Any, 8081); tcp.Start();")]
    [InlineData("builder.Services.AddSingleton<Microsoft.Extensions.Diagnostics.HealthChecks.IHealthCheckPublisher, FilePublisher>();")]
    public Task WorkerWithProbeMechanism_NoDiagnostic(string probe)
        => VerifyAsync($$"""
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Diagnostics.HealthChecks;
            using Microsoft.Extensions.Hosting;

            var builder = Host.CreateApplicationBuilder(args);
            builder.Services.AddHostedService<Worker>();
            {{probe}}
            builder.Build().Run();

            partial class Program
            {
                private const string HeartbeatPath = "/tmp/heartbeat";
            }

            sealed class FilePublisher : IHealthCheckPublisher
            {
                public Task PublishAsync(HealthReport report, CancellationToken cancellationToken) => Task.CompletedTask;
            }
            """, OutputKind.ConsoleApplication);

    [Fact]
    public Task WebHostInGenericHost_NoDiagnostic()
        => VerifyAsync("""
            using Microsoft.AspNetCore.Hosting;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;

            Host.CreateDefaultBuilder(args)
                .ConfigureWebHostDefaults(web => web.Configure(app => { }))
                .ConfigureServices(services => services.AddHostedService<Worker>())
                .Build()
                .Run();
            """, OutputKind.ConsoleApplication);

    [Fact]
    public Task HostWithoutHostedServices_NoDiagnostic()
        => VerifyAsync("""
            using Microsoft.Extensions.Hosting;

            var builder = Host.CreateApplicationBuilder(args);
            builder.Build().Run();
            """, OutputKind.ConsoleApplication);

    [Fact]
    public Task Library_NoDiagnostic()
        => VerifyAsync("""
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;

            public static class HostFactory
            {
                public static IHost Create(string[] args)
                {
                    var builder = Host.CreateApplicationBuilder(args);
                    builder.Services.AddHostedService<Worker>();
                    return builder.Build();
                }
            }
            """, OutputKind.DynamicallyLinkedLibrary);

    [Fact]
    public async Task AdditionalProbeMethod_FromEditorConfig_NoDiagnostic()
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add("""
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;

            var builder = Host.CreateApplicationBuilder(args);
            builder.Services.AddHostedService<Worker>();
            builder.Services.AddProbeListener();
            builder.Build().Run();

            static class ProbeExtensions
            {
                public static IServiceCollection AddProbeListener(this IServiceCollection services) => services;
            }
            """);
        test.TestState.Sources.Add(WorkerClass);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\ndotnet_code_quality.AKS1008.additional_probe_methods = AddProbeListener\n"));
        await test.RunAsync();
    }
}

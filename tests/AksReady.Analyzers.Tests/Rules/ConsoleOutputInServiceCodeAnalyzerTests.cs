using AksReady.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AksReady.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AksReady.Analyzers.Rules.ConsoleOutputInServiceCodeAnalyzer>;

namespace AksReady.Analyzers.Tests.Rules;

public sealed class ConsoleOutputInServiceCodeAnalyzerTests
{
    private const string Usings = """
        using System;
        using System.Diagnostics;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Extensions.Hosting;

        """;

    private static DiagnosticResult Expected(int location, string call, string where)
        => VerifyCS.Diagnostic(ConsoleOutputInServiceCodeAnalyzer.Rule).WithLocation(location).WithArguments(call, where);

    [Fact]
    public Task ServiceCode_Reported()
        => VerifyCS.VerifyWebAppAsync(Usings + """
            var app = WebApplication.CreateBuilder(args).Build();
            Console.WriteLine("Starting");
            app.MapGet("/orders", () =>
            {
                {|#0:Console.WriteLine("listing orders")|};
                return Results.Ok();
            });
            app.MapPost("/orders", (int id) => {|#1:Trace.TraceInformation("created")|});
            app.Run();

            public sealed class OrdersController : ControllerBase
            {
                [HttpGet]
                public IActionResult Get()
                {
                    {|#2:Console.Error.WriteLine("get")|};
                    return Ok();
                }
            }

            public sealed class Worker : BackgroundService
            {
                protected override async Task ExecuteAsync(CancellationToken stoppingToken)
                {
                    {|#3:Debug.WriteLine("tick")|};
                    await Task.Delay(1000, stoppingToken);
                }
            }

            public sealed class Warmup : IHostedService
            {
                public Task StartAsync(CancellationToken cancellationToken)
                {
                    {|#4:Console.Write("warming up")|};
                    return Task.CompletedTask;
                }

                public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
            }

            public sealed class TimingMiddleware(RequestDelegate next)
            {
                public async Task InvokeAsync(HttpContext context)
                {
                    await next(context);
                    {|#5:Console.Out.WriteLine(context.Response.StatusCode)|};
                    await {|#6:Console.Error.WriteLineAsync("request done")|};
                }
            }
            """,
            Expected(0, "Console.WriteLine", "a minimal API handler"),
            Expected(1, "Trace.TraceInformation", "a minimal API handler"),
            Expected(2, "Console.Error.WriteLine", "a controller"),
            Expected(3, "Debug.WriteLine", "a hosted service"),
            Expected(4, "Console.Write", "a hosted service"),
            Expected(5, "Console.Out.WriteLine", "a middleware"),
            Expected(6, "Console.Error.WriteLineAsync", "a middleware"));

    [Fact]
    public Task StartupCodeAndPlainClasses_NotReported()
        => VerifyCS.VerifyWebAppAsync(Usings + """
            var app = WebApplication.CreateBuilder(args).Build();
            Console.WriteLine("Listening");
            Debug.WriteLine("debug");
            app.Lifetime.ApplicationStopping.Register(() => Console.WriteLine("stopping"));
            app.Run();

            public static class Banner
            {
                public static void Print() => Console.WriteLine("AksReady");
            }

            public sealed class Formatter
            {
                public string Format(int x) => Console.Out.NewLine + x;
            }

            public sealed class DumpController : ControllerBase
            {
                [HttpGet]
                public IActionResult Get()
                {
                    Dump("get");
                    return Ok();
                }

                [Conditional("DEBUG")]
                private static void Dump(string what)
                {
                    Console.WriteLine(what);
                    Action later = () => Trace.WriteLine(what);
                }
            }
            """);

    /// <summary>TRACE is defined in Release builds too, and a misspelt "debug" is no DEBUG: those methods still run.</summary>
    [Fact]
    public Task ConditionalOtherThanDebug_Reported()
        => VerifyCS.VerifyWebAppAsync(Usings + """
            var app = WebApplication.CreateBuilder(args).Build();
            app.Run();

            public sealed class DumpController : ControllerBase
            {
                [Conditional("TRACE")]
                private static void Dump(string what) => {|#0:Console.WriteLine(what)|};

                [Conditional("debug")]
                private static void Dump2(string what) => {|#1:Console.WriteLine(what)|};
            }
            """,
            Expected(0, "Console.WriteLine", "a controller"),
            Expected(1, "Console.WriteLine", "a controller"));

    [Fact]
    public async Task ConsoleToolMain_NotReported()
    {
        var test = new VerifyCS.Test
        {
            TestCode = """
                using System;

                public static class Program
                {
                    public static void Main(string[] args) => Console.WriteLine("Hello");
                }
                """,
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        await test.RunAsync();
    }

    [Fact]
    public async Task TestProject_NotReported()
    {
        var test = new VerifyCS.Test
        {
            TestCode = Usings + """
                public sealed class Worker : BackgroundService
                {
                    protected override Task ExecuteAsync(CancellationToken stoppingToken)
                    {
                        Console.WriteLine("tick");
                        return Task.CompletedTask;
                    }
                }
                """,
        };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.TestState.AdditionalProjects["xunit.core"].Sources.Add("namespace TestFramework { public class Marker { } }");
        test.TestState.AdditionalProjectReferences.Add("xunit.core");
        await test.RunAsync();
    }

    [Fact]
    public async Task IncompleteCode_NoCrash()
    {
        var test = new VerifyCS.Test
        {
            TestCode = Usings + """
                public sealed class Worker : BackgroundService
                {
                    protected override Task ExecuteAsync(CancellationToken stoppingToken)
                    {
                        Console.WriteLine(
                        Console.Nope("x");
                        return Task.CompletedTask;
                    }
                }
                """,
            CompilerDiagnostics = CompilerDiagnostics.None,
        };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        await test.RunAsync();
    }
}

using AksReady.Analyzers.CodeFixes.Rules;
using AksReady.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AksReady.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<AksReady.Analyzers.Rules.ConsoleOutputInServiceCodeAnalyzer, AksReady.Analyzers.CodeFixes.Rules.ConsoleOutputCodeFixProvider>;

namespace AksReady.Analyzers.Tests.Rules;

/// <summary>AKS3004's fix: console, debug and trace output in service code becomes a log call on an ILogger in scope.</summary>
public sealed class ConsoleOutputCodeFixProviderTests
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
        using Microsoft.Extensions.Logging;

        """;

    private static DiagnosticResult Expected(int location, string call, string where)
        => VerifyCS.Diagnostic(ConsoleOutputInServiceCodeAnalyzer.Rule).WithLocation(location).WithArguments(call, where);

    private static Task VerifyLibraryAsync(string source, string fixedSource, params DiagnosticResult[] expected)
        => VerifyCS.VerifyCodeFixAsync(Usings + source, expected, Usings + fixedSource, OutputKind.DynamicallyLinkedLibrary);

    [Fact]
    public Task HostedService_PrimaryConstructorLogger_InterpolationBecomesTemplate()
        => VerifyLibraryAsync(
            """
            public sealed class Worker(ILogger<Worker> logger) : BackgroundService
            {
                protected override async Task ExecuteAsync(CancellationToken stoppingToken)
                {
                    var count = 3;
                    {|#0:Console.WriteLine($"Processed {count} messages in {TimeSpan.FromSeconds(2):c}")|};
                    {|#1:Console.WriteLine(count)|};
                    await Task.Delay(1000, stoppingToken);
                }
            }
            """,
            """
            public sealed class Worker(ILogger<Worker> logger) : BackgroundService
            {
                protected override async Task ExecuteAsync(CancellationToken stoppingToken)
                {
                    var count = 3;
                    logger.LogInformation("Processed {Count} messages in {TimeSpanFromSeconds:c}", count, TimeSpan.FromSeconds(2));
                    logger.LogInformation("{Count}", count);
                    await Task.Delay(1000, stoppingToken);
                }
            }
            """,
            Expected(0, "Console.WriteLine", "a hosted service"),
            Expected(1, "Console.WriteLine", "a hosted service"));

    [Fact]
    public Task Controller_FieldLogger_LevelFollowsTheCall()
        => VerifyLibraryAsync(
            """
            public sealed class OrdersController : ControllerBase
            {
                private readonly ILogger<OrdersController> _logger;

                public OrdersController(ILogger<OrdersController> logger) => _logger = logger;

                [HttpGet("{id}")]
                public IActionResult Get(int id, double elapsed, string message)
                {
                    {|#0:Console.Error.WriteLine("get failed for " + id)|};
                    {|#1:Debug.WriteLine("tick {0:N1} after {1}", elapsed, id)|};
                    {|#2:Trace.TraceWarning("slow")|};
                    {|#3:Trace.WriteLine(message)|};
                    {|#4:Console.Out.Write("braces {stay} text")|};
                    {|#5:Trace.TraceError("failed {0}", id)|};
                    return Ok();
                }
            }
            """,
            """
            public sealed class OrdersController : ControllerBase
            {
                private readonly ILogger<OrdersController> _logger;

                public OrdersController(ILogger<OrdersController> logger) => _logger = logger;

                [HttpGet("{id}")]
                public IActionResult Get(int id, double elapsed, string message)
                {
                    _logger.LogError("get failed for {Id}", id);
                    _logger.LogDebug("tick {Elapsed:N1} after {Id}", elapsed, id);
                    _logger.LogWarning("slow");
                    _logger.LogTrace("{Message}", message);
                    _logger.LogInformation("braces {{stay}} text");
                    _logger.LogError("failed {Id}", id);
                    return Ok();
                }
            }
            """,
            Expected(0, "Console.Error.WriteLine", "a controller"),
            Expected(1, "Debug.WriteLine", "a controller"),
            Expected(2, "Trace.TraceWarning", "a controller"),
            Expected(3, "Trace.WriteLine", "a controller"),
            Expected(4, "Console.Out.Write", "a controller"),
            Expected(5, "Trace.TraceError", "a controller"));

    /// <summary>A lambda's logger parameter is used; a handler without one keeps its diagnostic (no fix offered).</summary>
    [Fact]
    public async Task MinimalApi_LoggerParameter_OrNoFix()
    {
        var test = new VerifyCS.Test
        {
            TestCode = Usings + """
                var app = WebApplication.CreateBuilder(args).Build();
                app.MapGet("/orders", (ILogger<Program> logger) =>
                {
                    {|#0:Console.WriteLine("listing orders")|};
                    return Results.Ok();
                });
                app.MapPost("/orders", (int id) => {|#1:Trace.TraceInformation("created {0}", id)|});
                app.Run();
                """,
            FixedCode = Usings + """
                var app = WebApplication.CreateBuilder(args).Build();
                app.MapGet("/orders", (ILogger<Program> logger) =>
                {
                    logger.LogInformation("listing orders");
                    return Results.Ok();
                });
                app.MapPost("/orders", (int id) => {|#1:Trace.TraceInformation("created {0}", id)|});
                app.Run();
                """,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.FixedState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Expected(0, "Console.WriteLine", "a minimal API handler"));
        test.ExpectedDiagnostics.Add(Expected(1, "Trace.TraceInformation", "a minimal API handler"));
        test.FixedState.ExpectedDiagnostics.Add(Expected(1, "Trace.TraceInformation", "a minimal API handler"));
        await test.RunAsync(CancellationToken.None);
    }

    /// <summary>
    /// A field logger wins over capturing the primary-constructor parameter; a static member cannot use either; an
    /// array passed as the params array, a category overload and an empty WriteLine() are left alone.
    /// </summary>
    [Fact]
    public async Task NotOffered_WhereTheRewriteWouldChangeMeaningOrNotCompile()
    {
        const string Source = """
            public sealed class PingMiddleware(RequestDelegate next, ILogger<PingMiddleware> logger)
            {
                private readonly ILogger<PingMiddleware> log = logger;

                public async Task InvokeAsync(HttpContext context)
                {
                    {|#0:Console.WriteLine(context.Request.Path)|};
                    {|#1:Console.WriteLine("{0} {1}", new object[] { 1, 2 })|};
                    {|#2:Debug.WriteLine("message", "category")|};
                    {|#3:Console.WriteLine()|};
                    {|#4:Console.WriteLine("{1} before {0}", 1, 2)|};
                    await next(context);
                }
            }

            public sealed class HealthController : ControllerBase
            {
                private readonly ILogger<HealthController> logger = null!;

                [HttpGet]
                public static IActionResult Get()
                {
                    {|#5:Console.WriteLine("static")|};
                    return new OkResult();
                }
            }
            """;
        var test = new VerifyCS.Test
        {
            TestCode = Usings + Source,
            FixedCode = Usings + Source.Replace("{|#0:Console.WriteLine(context.Request.Path)|}", "log.LogInformation(\"{ContextRequestPath}\", context.Request.Path)", StringComparison.Ordinal),
        };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.FixedState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        var remaining = new[]
        {
            Expected(1, "Console.WriteLine", "a middleware"),
            Expected(2, "Debug.WriteLine", "a middleware"),
            Expected(3, "Console.WriteLine", "a middleware"),
            Expected(4, "Console.WriteLine", "a middleware"),
            Expected(5, "Console.WriteLine", "a controller"),
        };
        test.ExpectedDiagnostics.Add(Expected(0, "Console.WriteLine", "a middleware"));
        test.ExpectedDiagnostics.AddRange(remaining);
        test.FixedState.ExpectedDiagnostics.AddRange(remaining);
        await test.RunAsync(CancellationToken.None);
    }

    /// <summary>A logger whose namespace is not imported gets <c>using Microsoft.Extensions.Logging;</c>, once per document with Fix All.</summary>
    [Fact]
    public Task MissingUsing_AddedOnce()
        => VerifyCS.VerifyCodeFixAsync(
            """
            using System;
            using Microsoft.Extensions.Hosting;
            using System.Threading;
            using System.Threading.Tasks;

            public sealed class Worker(Microsoft.Extensions.Logging.ILogger<Worker> logger) : BackgroundService
            {
                protected override Task ExecuteAsync(CancellationToken stoppingToken)
                {
                    {|#0:Console.WriteLine("one")|};
                    {|#1:Console.WriteLine("two")|};
                    return Task.CompletedTask;
                }
            }
            """,
            new[] { Expected(0, "Console.WriteLine", "a hosted service"), Expected(1, "Console.WriteLine", "a hosted service") },
            """
            using System;
            using Microsoft.Extensions.Hosting;
            using Microsoft.Extensions.Logging;
            using System.Threading;
            using System.Threading.Tasks;

            public sealed class Worker(Microsoft.Extensions.Logging.ILogger<Worker> logger) : BackgroundService
            {
                protected override Task ExecuteAsync(CancellationToken stoppingToken)
                {
                    logger.LogInformation("one");
                    logger.LogInformation("two");
                    return Task.CompletedTask;
                }
            }
            """,
            OutputKind.DynamicallyLinkedLibrary);

    /// <summary>A file without usings gets the directive above its first declaration, below nothing it owns.</summary>
    [Fact]
    public Task MissingUsing_FileWithoutUsings()
        => VerifyCS.VerifyCodeFixAsync(
            """
            // Orders service.
            public sealed class Worker(Microsoft.Extensions.Logging.ILogger<Worker> logger) : Microsoft.Extensions.Hosting.BackgroundService
            {
                protected override System.Threading.Tasks.Task ExecuteAsync(System.Threading.CancellationToken stoppingToken)
                {
                    {|#0:System.Console.WriteLine("one")|};
                    return System.Threading.Tasks.Task.CompletedTask;
                }
            }
            """,
            new[] { Expected(0, "Console.WriteLine", "a hosted service") },
            """
            // Orders service.
            using Microsoft.Extensions.Logging;

            public sealed class Worker(Microsoft.Extensions.Logging.ILogger<Worker> logger) : Microsoft.Extensions.Hosting.BackgroundService
            {
                protected override System.Threading.Tasks.Task ExecuteAsync(System.Threading.CancellationToken stoppingToken)
                {
                    logger.LogInformation("one");
                    return System.Threading.Tasks.Task.CompletedTask;
                }
            }
            """,
            OutputKind.DynamicallyLinkedLibrary);
}

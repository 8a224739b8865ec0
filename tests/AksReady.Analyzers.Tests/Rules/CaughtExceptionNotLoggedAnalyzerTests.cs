using AksReady.Analyzers.Rules;
using AksReady.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AksReady.Analyzers.Tests.Verifiers.LoggingRuleVerifier<AksReady.Analyzers.Tests.Verifiers.Aks3006, AksReady.Analyzers.CodeFixes.Rules.CaughtExceptionNotLoggedCodeFixProvider>;

namespace AksReady.Analyzers.Tests.Rules;

[Collection(SerilogCollection.Name)]
public sealed class CaughtExceptionNotLoggedAnalyzerTests
{
    private const string Usings = """
        using System;
        using System.IO;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;

        """;

    private static DiagnosticResult Expected(int location, string method, string caught)
        => VerifyCS.Diagnostic(CaughtExceptionNotLoggedAnalyzer.Rule).WithLocation(location).WithArguments(method, caught);

    private static Task VerifyAsync(string source, string? fixedSource, params DiagnosticResult[] expected)
        => VerifyCS.VerifyCodeFixAsync(Usings + source, expected, fixedSource is null ? null : Usings + fixedSource, OutputKind.DynamicallyLinkedLibrary);

    private static Task VerifySerilogAsync(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new VerifyCS.Test
        {
            TestCode = Usings + source,
            FixedCode = Usings + fixedSource,
            ReferenceAssemblies = TestReferenceAssemblies.AspNetCore80WithSerilog,
        };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.FixedState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task WarningInASelfDescribingCatchWithoutVariable_NotReported_OtherwiseReported()
        => VerifyAsync(
            """
            public sealed class Clock(ILogger<Clock> logger)
            {
                public TimeZoneInfo Find(string id, Func<TimeZoneInfo> find)
                {
                    try { return find(); }
                    catch (TimeZoneNotFoundException)
                    {
                        logger.LogWarning("Time zone {Id} not found, using UTC", id);
                        return TimeZoneInfo.Utc;
                    }
                    catch (InvalidTimeZoneException ex)
                    {
                        {|#0:logger.LogWarning("Time zone {Id} invalid, using UTC", id)|};
                        return TimeZoneInfo.Utc;
                    }
                    catch (System.Security.SecurityException)
                    {
                        {|#1:logger.LogWarning("Time zone {Id} unreadable, using UTC", id)|};
                        return TimeZoneInfo.Utc;
                    }
                    catch
                    {
                        {|#2:logger.LogWarning("Time zone {Id} failed, using UTC", id)|};
                        return TimeZoneInfo.Utc;
                    }
                }

                public void Wait(Action wait)
                {
                    try { wait(); }
                    catch (TimeoutException)
                    {
                        {|#3:logger.LogError("Monitor did not stop in time")|};
                    }

                    try { wait(); }
                    catch (TimeoutException)
                    {
                        logger.LogWarning("Monitor did not stop within 5 s");
                    }

                    try { wait(); }
                    catch (TimeoutException)
                    {
                        logger.LogWarning("Monitor did not stop within 5 s");
                        {|#4:logger.LogError("Giving up on the monitor")|};
                    }
                }
            }
            """,
            null,
            Expected(0, "LogWarning", "exception 'ex'"),
            Expected(1, "LogWarning", "exception"),
            Expected(2, "LogWarning", "exception"),
            Expected(3, "LogError", "exception"),
            Expected(4, "LogError", "exception"));

    [Fact]
    public Task WarningOrAboveWithoutTheException_ReportedAndFixed()
        => VerifyAsync(
            """
            public sealed class Orders(ILogger<Orders> logger)
            {
                public void Handle(Action work, int id)
                {
                    try { work(); }
                    catch (Exception ex)
                    {
                        {|#0:logger.LogError("Order {OrderId} failed", id)|};
                    }

                    try { work(); }
                    catch (IOException)
                    {
                        {|#1:logger.LogError(new EventId(3), "Disk unavailable")|};
                    }

                    try { work(); }
                    catch
                    {
                        {|#2:logger.Log(LogLevel.Critical, "Unrecoverable")|};
                    }

                    try { work(); }
                    catch (InvalidOperationException ex) when (ex.HResult != 0)
                    {
                        {|#3:LoggerExtensions.LogError(logger, "Invalid state")|};
                        logger.LogError("Second line of the same catch");
                    }
                }
            }
            """,
            """
            public sealed class Orders(ILogger<Orders> logger)
            {
                public void Handle(Action work, int id)
                {
                    try { work(); }
                    catch (Exception ex)
                    {
                        logger.LogError(ex, "Order {OrderId} failed", id);
                    }

                    try { work(); }
                    catch (IOException ex)
                    {
                        logger.LogError(new EventId(3), ex, "Disk unavailable");
                    }

                    try { work(); }
                    catch (Exception ex)
                    {
                        logger.Log(LogLevel.Critical, ex, "Unrecoverable");
                    }

                    try { work(); }
                    catch (InvalidOperationException ex) when (ex.HResult != 0)
                    {
                        LoggerExtensions.LogError(logger, ex, "Invalid state");
                        logger.LogError("Second line of the same catch");
                    }
                }
            }
            """,
            Expected(0, "LogError", "exception 'ex'"),
            Expected(1, "LogError", "exception"),
            Expected(2, "Log", "exception"),
            Expected(3, "LogError", "exception 'ex'"));

    [Fact]
    public Task Serilog_ReportedAndFixed()
        => VerifySerilogAsync(
            """
            public static class Jobs
            {
                public static void Run(Serilog.ILogger log, Action work)
                {
                    try { work(); }
                    catch (TimeoutException ex)
                    {
                        {|#0:log.Error("Job {JobId} timed out", 7)|};
                    }

                    try { work(); }
                    catch (Exception e)
                    {
                        {|#1:Serilog.Log.Fatal("Host terminated unexpectedly")|};
                    }
                }
            }
            """,
            """
            public static class Jobs
            {
                public static void Run(Serilog.ILogger log, Action work)
                {
                    try { work(); }
                    catch (TimeoutException ex)
                    {
                        log.Error(ex, "Job {JobId} timed out", 7);
                    }

                    try { work(); }
                    catch (Exception e)
                    {
                        Serilog.Log.Fatal(e, "Host terminated unexpectedly");
                    }
                }
            }
            """,
            Expected(0, "Error", "exception 'ex'"),
            Expected(1, "Fatal", "exception 'e'"));

    /// <summary>The exception is recorded, propagated or used elsewhere, the level is below Warning, or it is a cancellation.</summary>
    [Fact]
    public Task HandledOtherwise_NotReported()
        => VerifyAsync(
            """
            public sealed class Orders(ILogger<Orders> logger)
            {
                public async Task Handle(Func<Task> work, System.Collections.Generic.List<Exception> errors)
                {
                    try { await work(); }
                    catch (Exception ex)
                    {
                        logger.LogError(ex, "Failed");
                        logger.LogWarning("Will retry");
                    }

                    try { await work(); }
                    catch (Exception)
                    {
                        logger.LogError("Failed, rethrowing");
                        throw;
                    }

                    try { await work(); }
                    catch (IOException ex)
                    {
                        logger.LogWarning("Storing the failure");
                        errors.Add(ex);
                    }

                    try { await work(); }
                    catch (FormatException)
                    {
                        logger.LogDebug("Not a number, using the default");
                        logger.LogInformation("Not a number, using the default");
                        logger.Log(LogLevel.Information, "Not a number");
                    }

                    try { await work(); }
                    catch (OperationCanceledException)
                    {
                        logger.LogWarning("Cancelled");
                    }

                    try { await work(); }
                    catch (TaskCanceledException)
                    {
                        logger.LogError("Timed out");
                    }

                    try { await work(); }
                    catch (Exception ex)
                    {
                        Action later = () => logger.LogError("In a lambda: not this catch's call");
                        logger.LogError("Failed: {Reason}", ex.Message);
                    }

                    logger.LogError("Outside any catch");
                }
            }
            """,
            fixedSource: null);
}

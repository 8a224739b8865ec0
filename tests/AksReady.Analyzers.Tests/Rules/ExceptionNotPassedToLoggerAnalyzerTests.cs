using AksReady.Analyzers.CodeFixes.Rules;
using AksReady.Analyzers.Internal;
using AksReady.Analyzers.Rules;
using AksReady.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AksReady.Analyzers.Tests.Verifiers.LoggingRuleVerifier<AksReady.Analyzers.Tests.Verifiers.Aks3003, AksReady.Analyzers.CodeFixes.Rules.ExceptionNotPassedToLoggerCodeFixProvider>;

namespace AksReady.Analyzers.Tests.Rules;

[Collection(SerilogCollection.Name)]
public sealed class ExceptionNotPassedToLoggerAnalyzerTests
{
    private const string Usings = """
        using System;
        using Microsoft.Extensions.Logging;

        """;

    private static Task VerifyAsync(string source, string? fixedSource, params DiagnosticResult[] expected)
        => VerifyCS.VerifyCodeFixAsync(Usings + source, expected, fixedSource is null ? null : Usings + fixedSource, OutputKind.DynamicallyLinkedLibrary);

    private static DiagnosticResult Expected(int location, string text)
        => VerifyCS.Diagnostic(ExceptionNotPassedToLoggerAnalyzer.Rule).WithLocation(location).WithArguments(text);

    [Fact]
    public Task ExceptionAsTemplateArgument_MovedToExceptionParameter()
        => VerifyAsync("""
            public sealed class Worker(ILogger<Worker> logger)
            {
                public void Run(int id)
                {
                    try { Console.WriteLine(id); }
                    catch (InvalidOperationException ex)
                    {
                        logger.LogError("Order {OrderId} failed: {Error}", id, {|#0:ex|});
                    }
                }
            }
            """, """
            public sealed class Worker(ILogger<Worker> logger)
            {
                public void Run(int id)
                {
                    try { Console.WriteLine(id); }
                    catch (InvalidOperationException ex)
                    {
                        logger.LogError(ex, "Order {OrderId} failed", id);
                    }
                }
            }
            """,
            Expected(0, "ex"));

    [Fact]
    public Task MessageInCatch_FixedWithMiddlePlaceholderAndLogLevel()
        => VerifyAsync("""
            public sealed class Worker(ILogger<Worker> logger)
            {
                public void Run(int id)
                {
                    try { Console.WriteLine(id); }
                    catch (Exception ex)
                    {
                        logger.LogWarning("Error {Error} while processing {OrderId}", {|#0:ex.Message|}, id);
                        logger.Log(LogLevel.Error, "Failed ({Details}).", {|#1:ex.ToString()|});
                    }
                }
            }
            """, """
            public sealed class Worker(ILogger<Worker> logger)
            {
                public void Run(int id)
                {
                    try { Console.WriteLine(id); }
                    catch (Exception ex)
                    {
                        logger.LogWarning(ex, "Error while processing {OrderId}", id);
                        logger.Log(LogLevel.Error, ex, "Failed.");
                    }
                }
            }
            """,
            Expected(0, "ex.Message"),
            Expected(1, "ex.ToString()"));

    [Fact]
    public Task ExceptionAlreadyPassed_DuplicateArgumentRemoved()
        => VerifyAsync("""
            public sealed class Worker(ILogger<Worker> logger)
            {
                public void Run(Exception ex)
                {
                    logger.LogError(ex, "Failed: {Exception}", {|#0:ex|});
                }
            }
            """, """
            public sealed class Worker(ILogger<Worker> logger)
            {
                public void Run(Exception ex)
                {
                    logger.LogError(ex, "Failed");
                }
            }
            """,
            VerifyCS.Diagnostic(ExceptionNotPassedToLoggerAnalyzer.AlreadyPassedRule).WithLocation(0).WithArguments("ex"));

    /// <summary>Another exception than the one passed (its inner exception) keeps the general message.</summary>
    [Fact]
    public Task OtherExceptionAsValue_GeneralMessage()
        => VerifyAsync("""
            public sealed class Worker(ILogger<Worker> logger)
            {
                public void Run(Exception ex, Exception inner)
                {
                    logger.LogError(ex, "Failed after {Inner}", {|#0:inner|});
                }
            }
            """, """
            public sealed class Worker(ILogger<Worker> logger)
            {
                public void Run(Exception ex, Exception inner)
                {
                    logger.LogError(ex, "Failed after");
                }
            }
            """,
            Expected(0, "inner"));

    [Fact]
    public Task InterpolatedMessage_ReportedWithoutFix()
        => VerifyAsync("""
            public sealed class Worker(ILogger<Worker> logger)
            {
                public void Run()
                {
                    try { }
                    catch (Exception ex)
                    {
                        logger.LogError($"Failed: {{|#0:ex.Message|}}");
                    }
                }
            }
            """, null,
            Expected(0, "ex.Message"));

    [Fact]
    public Task InterpolatedException_ReportedWithoutFix()
        => VerifyAsync("""
            public sealed class Worker(ILogger<Worker> logger)
            {
                public void Run()
                {
                    try { }
                    catch (InvalidOperationException ex)
                    {
                        logger.LogCritical($"Unrecoverable: {{|#0:ex|}}");
                        logger.LogCritical(ex, $"Unrecoverable: {ex.GetType().Name}");
                    }
                }
            }
            """, null,
            Expected(0, "ex"));

    [Fact]
    public Task HardNegatives_NotReported()
        => VerifyAsync("""
            public sealed class Worker(ILogger<Worker> logger)
            {
                public void Run(Exception outer, System.ComponentModel.DataAnnotations.ValidationResult validation)
                {
                    logger.LogWarning(outer, "Outside a catch: {Reason}", outer.Message);
                    logger.LogWarning("Validation failed: {Reason}", validation.ErrorMessage);
                    try { }
                    catch (Exception ex)
                    {
                        logger.LogError(ex, "Failed: {Reason}", ex.Message);
                        logger.LogInformation("Type {ExceptionType}", ex.GetType().Name);
                        using var scope = logger.BeginScope("Scope {Error}", ex.Message);
                        Console.WriteLine(ex.Message);
                    }
                }
            }
            """, null);

    [Fact]
    public Task ExceptionText_OutsideACatch_AndInLambdas_IsReportedAndFixed()
        => VerifyAsync("""
            public sealed class Worker(ILogger<Worker> logger)
            {
                public void OnError(Exception error)
                {
                    logger.LogError("Import failed {Error}", {|#0:error.Message|});
                    try { }
                    catch (Exception ex)
                    {
                        Action later = () => logger.LogWarning("Later {Reason}", {|#1:ex.Message|});
                    }
                }
            }
            """, """
            public sealed class Worker(ILogger<Worker> logger)
            {
                public void OnError(Exception error)
                {
                    logger.LogError(error, "Import failed");
                    try { }
                    catch (Exception ex)
                    {
                        Action later = () => logger.LogWarning(ex, "Later");
                    }
                }
            }
            """,
            Expected(0, "error.Message"),
            Expected(1, "ex.Message"));

    [Fact]
    public Task ExceptionText_ConditionalAccessAndInterpolation_ReportedWithoutFix()
        => VerifyAsync("""
            public sealed class Outcome
            {
                public Exception? Exception { get; init; }
            }

            public sealed class Worker(ILogger<Worker> logger)
            {
                public void OnRetry(Exception error, Outcome outcome, TimeSpan delay)
                {
                    logger.LogWarning("Retry in {Delay} after {Error}", delay, {|#0:outcome.Exception?.Message|});
                    logger.LogError($"Import failed: {{|#1:error|}}");
                }
            }
            """, null,
            Expected(0, "outcome.Exception?.Message"),
            Expected(1, "error"));

    [Fact]
    public Task Serilog_ExceptionMoved()
    {
        var test = new VerifyCS.Test
        {
            ReferenceAssemblies = TestReferenceAssemblies.AspNetCore80WithSerilog,
            TestCode = """
                using System;
                using Serilog;

                public sealed class Worker(ILogger logger)
                {
                    public void Run()
                    {
                        try { }
                        catch (Exception ex)
                        {
                            logger.Error("Failed - {Message}", {|#0:ex.Message|});
                        }
                    }
                }
                """,
            FixedCode = """
                using System;
                using Serilog;

                public sealed class Worker(ILogger logger)
                {
                    public void Run()
                    {
                        try { }
                        catch (Exception ex)
                        {
                            logger.Error(ex, "Failed");
                        }
                    }
                }
                """,
        };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.FixedState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.ExpectedDiagnostics.Add(Expected(0, "ex.Message"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("Failed for {Id}: {Error}", 1, "Failed for {Id}")]
    [InlineData("{Error} happened", 0, "happened")]
    [InlineData("Failed '{Error}' twice", 0, "Failed twice")]
    [InlineData("Failed [{Error}] on {Id}", 0, "Failed on {Id}")]
    public void RemovePlaceholder_TrimsSeparators(string template, int index, string expected)
        => Assert.Equal(expected, ExceptionNotPassedToLoggerCodeFixProvider.RemovePlaceholder(template, MessageTemplate.Parse(template).Placeholders[index]));
}

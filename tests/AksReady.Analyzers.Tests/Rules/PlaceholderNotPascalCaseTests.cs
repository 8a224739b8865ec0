using AksReady.Analyzers.Rules;
using AksReady.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AksReady.Analyzers.Tests.Verifiers.LoggingRuleVerifier<AksReady.Analyzers.Tests.Verifiers.Aks3007, AksReady.Analyzers.CodeFixes.Rules.PlaceholderNotPascalCaseCodeFixProvider>;

namespace AksReady.Analyzers.Tests.Rules;

/// <summary>AKS3007: named placeholders that are not PascalCase, and the rename code fix.</summary>
[Collection(SerilogCollection.Name)]
public sealed class PlaceholderNotPascalCaseTests
{
    private const string Usings = """
        using System;
        using Microsoft.Extensions.Logging;

        """;

    private static Task VerifyAsync(string source, string? fixedSource, params DiagnosticResult[] expected)
        => VerifyCS.VerifyCodeFixAsync(Usings + source, expected, fixedSource is null ? null : Usings + fixedSource, OutputKind.DynamicallyLinkedLibrary);

    private static DiagnosticResult Casing(int location, string name, string newName)
        => VerifyCS.Diagnostic(MessageTemplateProblemsAnalyzer.PascalCaseRule).WithLocation(location).WithArguments(name, newName);

    [Fact]
    public void Descriptor_IsInfoWithItsOwnHelpPage()
    {
        var rule = MessageTemplateProblemsAnalyzer.PascalCaseRule;
        Assert.Equal("AKS3007", rule.Id);
        Assert.Equal(DiagnosticSeverity.Info, rule.DefaultSeverity);
        Assert.True(rule.IsEnabledByDefault);
        Assert.EndsWith("/docs/rules/AKS3007.md", rule.HelpLinkUri, StringComparison.Ordinal);
        Assert.NotEqual(MessageTemplateProblemsAnalyzer.ArgumentCountRule.Id, rule.Id);
    }

    [Fact]
    public Task NotPascalCase_RenamedKeepingPrefixAndFormat()
        => VerifyAsync("""
            public sealed class Worker(ILogger<Worker> logger)
            {
                public void Run(int id, double price, object user)
                {
                    logger.LogInformation({|#0:{|#1:"Job {jobId} cost {unit_price,8:C} for {@user}"|}|}, id, price, user);
                }
            }
            """, """
            public sealed class Worker(ILogger<Worker> logger)
            {
                public void Run(int id, double price, object user)
                {
                    logger.LogInformation("Job {JobId} cost {UnitPrice,8:C} for {@User}", id, price, user);
                }
            }
            """,
            Casing(0, "jobId", "JobId"),
            Casing(0, "unit_price", "UnitPrice"),
            Casing(1, "user", "User"));

    /// <summary>The <c>dotnet new worker</c> template's own line: reported (Info), renamed by the fix.</summary>
    [Fact]
    public Task WorkerTemplateTimePlaceholder_RenamedEverywhereInTheFile()
        => VerifyAsync("""
            public sealed class Worker(ILogger<Worker> logger)
            {
                public void Run()
                {
                    logger.LogInformation({|#0:"Worker running at: {time}"|}, DateTimeOffset.Now);
                    logger.LogDebug({|#1:"Worker stopped at: {time}"|}, DateTimeOffset.Now);
                    logger.BeginScope({|#2:"Batch {batch_id}"|}, 7);
                }
            }
            """, """
            public sealed class Worker(ILogger<Worker> logger)
            {
                public void Run()
                {
                    logger.LogInformation("Worker running at: {Time}", DateTimeOffset.Now);
                    logger.LogDebug("Worker stopped at: {Time}", DateTimeOffset.Now);
                    logger.BeginScope("Batch {BatchId}", 7);
                }
            }
            """,
            Casing(0, "time", "Time"),
            Casing(1, "time", "Time"),
            Casing(2, "batch_id", "BatchId"));

    [Fact]
    public Task RenameThatWouldDuplicateAName_NotOffered()
    {
        const string Source = """
            public sealed class Worker(ILogger<Worker> logger)
            {
                public void Run(int a, int b) => logger.LogInformation({|#0:"From {orderId} to {OrderId}"|}, a, b);
            }
            """;
        return VerifyAsync(Source, Source, Casing(0, "orderId", "OrderId"));
    }

    [Fact]
    public Task PascalCasePositionalDiscardsAndEscapedBraces_NotReported()
        => VerifyAsync("""
            public sealed class Worker(ILogger<Worker> logger)
            {
                private static readonly Action<ILogger, int, Exception?> Done = LoggerMessage.Define<int>(LogLevel.Information, new EventId(1), "Job {JobId} done");

                public void Run(int id, double elapsed, string name)
                {
                    logger.LogInformation("Job {JobId} took {Elapsed:N2} ms", id, elapsed);
                    logger.LogInformation("Positional {0} {1}", id, elapsed);
                    logger.LogInformation("Discard {_} and field-style {_name}", id, name);
                    logger.LogInformation("Literal {{jobId}} then {JobId}", id);
                    logger.LogInformation("Acronyms {HTTPStatus} {Http2Status}", 200, 200);
                    Done(logger, id, null);
                }
            }
            """, null);

    [Fact]
    public Task Serilog_PrefixKept_AndLoggerMessageDefineChecked()
    {
        var test = new VerifyCS.Test
        {
            ReferenceAssemblies = TestReferenceAssemblies.AspNetCore80WithSerilog,
            TestCode = """
                using System;
                using Microsoft.Extensions.Logging;

                public static class Events
                {
                    public static readonly Action<Microsoft.Extensions.Logging.ILogger, int, Exception?> Shipped =
                        LoggerMessage.Define<int>(LogLevel.Information, new EventId(2), {|#1:"Order {orderId} shipped"|});
                }

                public sealed class Worker(Serilog.ILogger logger)
                {
                    public void Run(object order, string region)
                    {
                        logger.Information("Order {@Order} in {$Region}", order, region);
                        Serilog.Log.Debug({|#0:"Bad {@order} in {$region}"|}, order, region);
                    }
                }
                """,
            FixedCode = """
                using System;
                using Microsoft.Extensions.Logging;

                public static class Events
                {
                    public static readonly Action<Microsoft.Extensions.Logging.ILogger, int, Exception?> Shipped =
                        LoggerMessage.Define<int>(LogLevel.Information, new EventId(2), "Order {OrderId} shipped");
                }

                public sealed class Worker(Serilog.ILogger logger)
                {
                    public void Run(object order, string region)
                    {
                        logger.Information("Order {@Order} in {$Region}", order, region);
                        Serilog.Log.Debug("Bad {@Order} in {$Region}", order, region);
                    }
                }
                """,
        };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.FixedState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.ExpectedDiagnostics.Add(Casing(0, "order", "Order"));
        test.ExpectedDiagnostics.Add(Casing(0, "region", "Region"));
        test.ExpectedDiagnostics.Add(Casing(1, "orderId", "OrderId"));
        return test.RunAsync();
    }
}

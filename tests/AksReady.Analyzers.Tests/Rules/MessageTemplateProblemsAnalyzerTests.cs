using AksReady.Analyzers.Rules;
using AksReady.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AksReady.Analyzers.Tests.Verifiers.LoggingRuleVerifier<AksReady.Analyzers.Tests.Verifiers.Aks3002, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace AksReady.Analyzers.Tests.Rules;

[Collection(SerilogCollection.Name)]
public sealed class MessageTemplateProblemsAnalyzerTests
{
    private const string Usings = """
        using System;
        using Microsoft.Extensions.Logging;

        """;

    private static Task VerifyAsync(string source, string? fixedSource, params DiagnosticResult[] expected)
        => VerifyCS.VerifyCodeFixAsync(Usings + source, expected, fixedSource is null ? null : Usings + fixedSource, OutputKind.DynamicallyLinkedLibrary);

    private static DiagnosticResult Count(int location, int placeholders, int arguments)
        => VerifyCS.Diagnostic(MessageTemplateProblemsAnalyzer.ArgumentCountRule).WithLocation(location).WithArguments(placeholders.ToString(), arguments.ToString());

    [Fact]
    public Task ArgumentCountMismatch_Reported()
        => VerifyAsync("""
            public sealed class Worker(ILogger<Worker> logger)
            {
                private static readonly Action<ILogger, int, Exception?> Logged = LoggerMessage.Define<int>(LogLevel.Information, new EventId(1), {|#2:"Job {JobId} of {Total}"|});

                public void Run(Exception ex, int id, int total)
                {
                    logger.LogInformation({|#0:"Job {JobId} of {Total}"|}, id);
                    logger.LogError(ex, {|#1:"Job failed"|}, id);
                    logger.LogInformation("Job {JobId} of {Total}", id, total);
                    logger.LogInformation("Job {JobId}", new object[] { id });
                    var values = new object[] { id, total };
                    logger.LogInformation("Unknown count {JobId}", values);
                }
            }
            """, null,
            Count(0, 2, 1),
            Count(1, 0, 1),
            Count(2, 2, 1));

    [Fact]
    public Task InvalidBraces_Reported()
        => VerifyAsync("""
            public sealed class Worker(ILogger<Worker> logger)
            {
                public void Run(int id)
                {
                    logger.LogInformation({|#0:"Job {JobId"|}, id);
                    logger.LogInformation({|#1:"Job } done"|});
                    logger.LogInformation({|#2:"Job {} done"|});
                    logger.LogInformation({|#3:"Job {Job Id} done"|}, id);
                    logger.LogInformation("Literal {{braces}} and {JobId}", id);
                }
            }
            """, null,
            VerifyCS.Diagnostic(MessageTemplateProblemsAnalyzer.InvalidBracesRule).WithLocation(0).WithArguments("4"),
            VerifyCS.Diagnostic(MessageTemplateProblemsAnalyzer.InvalidBracesRule).WithLocation(1).WithArguments("4"),
            VerifyCS.Diagnostic(MessageTemplateProblemsAnalyzer.InvalidBracesRule).WithLocation(2).WithArguments("4"),
            VerifyCS.Diagnostic(MessageTemplateProblemsAnalyzer.InvalidBracesRule).WithLocation(3).WithArguments("4"));

    /// <summary>string.Format (which Microsoft.Extensions.Logging uses) throws on an alignment that is not a whole number.</summary>
    [Fact]
    public Task InvalidAlignment_Reported()
        => VerifyAsync("""
            public sealed class Worker(ILogger<Worker> logger)
            {
                public void Run(int id, double price)
                {
                    logger.LogInformation({|#0:"Job {JobId,b} done"|}, id);
                    logger.LogInformation({|#1:"Job {JobId} cost {Price,:C}"|}, id, price);
                    logger.LogInformation("Job {JobId,-10} cost {Price, 8:C} {Id,0}", id, price, id);
                }
            }
            """, null,
            VerifyCS.Diagnostic(MessageTemplateProblemsAnalyzer.InvalidAlignmentRule).WithLocation(0).WithArguments("4"),
            VerifyCS.Diagnostic(MessageTemplateProblemsAnalyzer.InvalidAlignmentRule).WithLocation(1).WithArguments("17"));

    [Fact]
    public Task DuplicateAndReservedNames_Reported()
        => VerifyAsync("""
            public sealed class Worker(ILogger<Worker> logger)
            {
                public void Run(int a, int b)
                {
                    logger.LogInformation({|#0:"From {Id} to {Id}"|}, a, b);
                    logger.LogInformation({|#1:"Format {OriginalFormat}"|}, a);
                    logger.LogInformation({|#2:"Format {@OriginalFormat}"|}, a);
                }
            }
            """, null,
            VerifyCS.Diagnostic(MessageTemplateProblemsAnalyzer.DuplicateNameRule).WithLocation(0).WithArguments("Id"),
            VerifyCS.Diagnostic(MessageTemplateProblemsAnalyzer.ReservedNameRule).WithLocation(1).WithArguments("OriginalFormat"),
            VerifyCS.Diagnostic(MessageTemplateProblemsAnalyzer.ReservedNameRule).WithLocation(2).WithArguments("OriginalFormat"));

    [Fact]
    public Task ValidTemplates_NotReported()
        => VerifyAsync("""
            public sealed class Worker(ILogger<Worker> logger)
            {
                private const string Template = "Job {JobId} took {Elapsed:N2} ms";

                public void Run(Exception ex, int id, double elapsed, string message)
                {
                    logger.LogInformation(Template, id, elapsed);
                    logger.LogError(ex, "Job {JobId} failed", id);
                    logger.Log(LogLevel.Warning, new EventId(3), ex, "Job {JobId,-10} {Http2Status}", id, 200);
                    logger.LogInformation("No placeholders");
                    logger.LogInformation(message, id);
                    using var scope = logger.BeginScope("Job {JobId}", id);
                    logger.LogInformation("Positional {0} {1}", id, elapsed);
                    logger.LogInformation("Discard {_} and field-style {_name} {_Name}", id, elapsed, message);
                    string.Format("{0} {0} {bad", id);
                }
            }
            """, null);

    [Fact]
    public Task Serilog_PrefixesPositionalAndGenericOverloads()
    {
        var test = new VerifyCS.Test
        {
            ReferenceAssemblies = TestReferenceAssemblies.AspNetCore80WithSerilog,
            TestCode = """
                using System;
                using Serilog;

                public sealed class Worker(ILogger logger)
                {
                    public void Run(Exception ex, object order, int id)
                    {
                        logger.Information("Order {@Order} for {$Id}", order, id);
                        logger.Information("Positional {0} then {0} again", id);
                        Log.Warning("Generic {Id}", id);
                        logger.Error(ex, {|#0:"Missing {Id} and {Order}"|}, id);
                        Log.Debug("Casing is AKS3007's: {@order}", order);
                    }
                }
                """,
        };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.ExpectedDiagnostics.Add(Count(0, 2, 1));
        return test.RunAsync();
    }

    /// <summary>Serilog's own template rules: positional indices bind by index, mixed placeholders, placeholders it renders as text.</summary>
    [Fact]
    public Task Serilog_PositionalIndicesMixedPlaceholdersAndUnparsedPlaceholders()
    {
        var test = new VerifyCS.Test
        {
            ReferenceAssemblies = TestReferenceAssemblies.AspNetCore80WithSerilog,
            TestCode = """
                using Serilog;

                public sealed class Worker(ILogger logger)
                {
                    public void Run(int id, string kind, decimal price)
                    {
                        logger.Information({|#0:"Second {1} only"|}, id);
                        logger.Information({|#4:"Second {1} only"|}, id, kind);
                        logger.Information("Index {0} and {1} and {0}", id, kind);
                        logger.Information({|#1:"Order {0} of {Kind}"|}, id, kind);
                        logger.Information({|#2:"Hello {Name:$} to the World"|}, kind);
                        logger.Information({|#3:"Hello {Name,0} to the World"|}, kind);
                        logger.Information("Price {Price,8:0.00} and {Id:+0;-0}", price, id);
                    }
                }
                """,
        };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.ExpectedDiagnostics.Add(Count(0, 2, 1));
        test.ExpectedDiagnostics.Add(Count(4, 1, 2));
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic(MessageTemplateProblemsAnalyzer.MixedPlaceholdersRule).WithLocation(1).WithArguments("0"));
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic(MessageTemplateProblemsAnalyzer.SerilogInvalidPlaceholderRule).WithLocation(2).WithArguments("{Name:$}", "a format character Serilog does not accept"));
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic(MessageTemplateProblemsAnalyzer.SerilogInvalidPlaceholderRule).WithLocation(3).WithArguments("{Name,0}", "an alignment of 0"));
        return test.RunAsync();
    }

    [Fact]
    public Task MicrosoftExtensionsLogging_KeepsItsOwnBinding()
        => VerifyAsync("""
            public sealed class Worker(ILogger<Worker> logger)
            {
                public void Run(int id, string kind)
                {
                    logger.LogInformation("Second {1} only", id);
                    logger.LogInformation("Order {0} of {Kind}", id, kind);
                    logger.LogInformation("Hello {Name,0} to the World", kind);
                }
            }
            """, null);
}

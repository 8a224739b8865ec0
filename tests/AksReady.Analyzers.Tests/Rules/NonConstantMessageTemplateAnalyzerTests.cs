using AksReady.Analyzers.Rules;
using AksReady.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AksReady.Analyzers.Tests.Verifiers.LoggingRuleVerifier<AksReady.Analyzers.Tests.Verifiers.Aks3001, AksReady.Analyzers.CodeFixes.Rules.NonConstantMessageTemplateCodeFixProvider>;

namespace AksReady.Analyzers.Tests.Rules;

[Collection(SerilogCollection.Name)]
public sealed class NonConstantMessageTemplateAnalyzerTests
{
    private const string Usings = """
        using System;
        using Microsoft.Extensions.Logging;

        """;

    private static Task VerifyAsync(string source, string? fixedSource, params DiagnosticResult[] expected)
        => VerifyCS.VerifyCodeFixAsync(Usings + source, expected, fixedSource is null ? null : Usings + fixedSource, OutputKind.DynamicallyLinkedLibrary);

    private static DiagnosticResult Expected(int location, string shape)
        => VerifyCS.Diagnostic(NonConstantMessageTemplateAnalyzer.Rule).WithLocation(location).WithArguments(shape);

    [Fact]
    public Task InterpolatedString_FixedToNamedPlaceholders()
        => VerifyAsync("""
            public sealed record User(int Id, string Name);

            public sealed class Orders(ILogger<Orders> logger)
            {
                public void Pay(User user, int count, decimal price)
                {
                    logger.LogInformation({|#0:$"User {user.Id} bought {count} items for {price,8:C}"|});
                }
            }
            """, """
            public sealed record User(int Id, string Name);

            public sealed class Orders(ILogger<Orders> logger)
            {
                public void Pay(User user, int count, decimal price)
                {
                    logger.LogInformation("User {UserId} bought {Count} items for {Price,8:C}", user.Id, count, price);
                }
            }
            """,
            Expected(0, "an interpolated string"));

    [Fact]
    public Task InterpolatedString_EscapesBraces_DeduplicatesNames_NamesCalls()
        => VerifyAsync("""
            public sealed class Worker(ILogger<Worker> logger)
            {
                private string GetName() => "w";

                public void Run(int count, int[] counts)
                {
                    logger.LogWarning({|#0:$"{{literal}} {count} {counts[0]} {GetName()} {count.ToString("N0")}"|});
                }
            }
            """, """
            public sealed class Worker(ILogger<Worker> logger)
            {
                private string GetName() => "w";

                public void Run(int count, int[] counts)
                {
                    logger.LogWarning("{{literal}} {Count} {Counts} {Name} {Count2}", count, counts[0], GetName(), count.ToString("N0"));
                }
            }
            """,
            Expected(0, "an interpolated string"));

    [Fact]
    public Task Concatenation_KeepsExceptionAndExistingArguments()
        => VerifyAsync("""
            public sealed class Worker(ILogger<Worker> logger)
            {
                public void Run(Exception ex, string orderId, int attempt)
                {
                    logger.LogError(ex, {|#0:"Order " + orderId + " failed on attempt {Attempt}"|}, attempt);
                }
            }
            """, """
            public sealed class Worker(ILogger<Worker> logger)
            {
                public void Run(Exception ex, string orderId, int attempt)
                {
                    logger.LogError(ex, "Order {OrderId} failed on attempt {Attempt}", orderId, attempt);
                }
            }
            """,
            Expected(0, "string concatenation"));

    [Fact]
    public Task StringFormat_FixedWithFormatSpecifiers()
        => VerifyAsync("""
            public sealed class Worker(ILogger<Worker> logger)
            {
                public void Run(double elapsed, string name)
                {
                    logger.Log(LogLevel.Debug, {|#0:string.Format("Job {0} took {1:N2} ms", name, elapsed)|});
                }
            }
            """, """
            public sealed class Worker(ILogger<Worker> logger)
            {
                public void Run(double elapsed, string name)
                {
                    logger.Log(LogLevel.Debug, "Job {Name} took {Elapsed:N2} ms", name, elapsed);
                }
            }
            """,
            Expected(0, "string.Format"));

    [Fact]
    public Task StringFormat_OutOfOrderIndices_ReportedWithoutFix()
        => VerifyAsync("""
            public sealed class Worker(ILogger<Worker> logger)
            {
                public void Run(int a, int b)
                {
                    logger.LogInformation({|#0:string.Format("{1} then {0}", a, b)|});
                }
            }
            """, null,
            Expected(0, "string.Format"));

    [Fact]
    public Task ToStringAndDefine_ReportedWithoutFix()
        => VerifyAsync("""
            public sealed class Worker(ILogger<Worker> logger, object state)
            {
                private static readonly string Prefix = "x";

                public void Run(int id)
                {
                    logger.LogInformation({|#0:state.ToString()|});
                    var define = LoggerMessage.Define(LogLevel.Information, new EventId(1), {|#1:Prefix + id|});
                }
            }
            """, null,
            Expected(0, "a string computed at run time"),
            Expected(1, "string concatenation"));

    [Fact]
    public Task BeginScopeWithArguments_KeepsExistingPlaceholders()
        => VerifyAsync("""
            public sealed class Worker(ILogger<Worker> logger)
            {
                public void Run(int id, int attempt)
                {
                    using var scope = logger.BeginScope({|#0:"Job " + id + " attempt {Attempt}"|}, attempt);
                }
            }
            """, """
            public sealed class Worker(ILogger<Worker> logger)
            {
                public void Run(int id, int attempt)
                {
                    using var scope = logger.BeginScope("Job {Id} attempt {Attempt}", id, attempt);
                }
            }
            """,
            Expected(0, "string concatenation"));

    [Fact]
    public Task ConstantShapes_AreNotReported()
        => VerifyAsync("""
            public sealed class Worker(ILogger<Worker> logger)
            {
                private const string Prefix = "Worker: ";
                private const string Template = Prefix + "started {Count}";

                public void Run(int count, string message, bool fast)
                {
                    logger.LogInformation(Template, count);
                    logger.LogInformation(Prefix + "done {Count}", count);
                    logger.LogInformation($"{Prefix}constant interpolation");
                    logger.LogInformation(fast ? "fast {Count}" : "slow {Count}", count);
                    logger.LogInformation((fast ? null : "slow") ?? "default");
                    logger.LogInformation(message);
                    using var scope = logger.BeginScope($"state, not a template {count}");
                    logger.Log(LogLevel.Information, new EventId(1), "plain");
                    Console.WriteLine($"not a log {count}");
                    string.Format("not a log {0}", count);
                }
            }
            """, null);

    [Fact]
    public Task LocalHoldingABuiltString_DeclaredRightBefore_IsInlined()
        => VerifyAsync("""
            public sealed class Payments(ILogger<Payments> logger)
            {
                public void Pay(int orderId, decimal amount)
                {
                    var message = {|#10:$"Order {orderId} paid {amount}"|};
                    logger.LogInformation({|#0:message|});
                }
            }
            """, """
            public sealed class Payments(ILogger<Payments> logger)
            {
                public void Pay(int orderId, decimal amount)
                {
                    logger.LogInformation("Order {OrderId} paid {Amount}", orderId, amount);
                }
            }
            """,
            Expected(0, "an interpolated string").WithLocation(10));

    [Fact]
    public Task LocalHoldingABuiltString_ReadElsewhereOrDeclaredEarlier_ReportedWithoutFix()
        => VerifyAsync("""
            public sealed class Payments(ILogger<Payments> logger)
            {
                public void Pay(int orderId, decimal amount, string[] items)
                {
                    string summary = {|#11:"Items: " + string.Join(", ", items)|};
                    logger.LogDebug({|#1:summary|});
                    Console.WriteLine(summary);

                    var early = {|#14:$"Order {orderId} paid"|};
                    amount++;
                    logger.LogInformation({|#4:early|});

                    logger.LogWarning({|#2:$"Order {orderId} late".ToUpperInvariant()|});
                    logger.LogWarning({|#3:"Order {Id} late".Replace("{Id}", orderId.ToString())|});
                }
            }
            """, null,
            Expected(1, "string concatenation").WithLocation(11),
            Expected(4, "an interpolated string").WithLocation(14),
            Expected(2, "a string computed at run time"),
            Expected(3, "a string computed at run time"));

    [Fact]
    public Task LocalsWrittenAgain_ConstantTransforms_AndOpaqueValues_AreNotReported()
        => VerifyAsync("""
            public sealed class Payments(ILogger<Payments> logger)
            {
                public void Pay(int orderId, string template, bool late)
                {
                    var message = $"Order {orderId} paid";
                    message = "Order {OrderId} paid";
                    logger.LogInformation(message, orderId);

                    var text = late ? "Order {OrderId} late" : "Order {OrderId} paid";
                    logger.LogInformation(text, orderId);

                    var counted = $"Order {orderId}";
                    Touch(ref counted);
                    logger.LogInformation(counted);

                    var fixedText = "Run!";
                    logger.LogInformation(fixedText);
                    logger.LogInformation("Payment run started".ToUpperInvariant());
                    logger.LogInformation(template.Trim(), orderId);
                    logger.LogInformation(template);
                }

                private static void Touch(ref string value) => value = "Order {OrderId}";
            }
            """, null);

    [Fact]
    public Task GeneratedCodeAttribute_NoDiagnostics()
        => VerifyAsync("""
            [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
            public sealed class Generated(ILogger<Generated> logger)
            {
                public void Run(int id) => logger.LogInformation($"Job {id}");
            }

            public sealed class Handwritten(ILogger<Handwritten> logger)
            {
                public void Run(int id) => logger.LogInformation({|#0:$"Job {id}"|});
            }
            """, null, Expected(0, "an interpolated string"));

    [Fact]
    public Task HiddenLines_NoDiagnostics()
        => VerifyAsync("""
            public sealed class Worker(ILogger<Worker> logger)
            {
                public void Run(int id)
                {
            #line hidden
                    logger.LogInformation($"Job {id}");
                }
            }
            """, null);

    [Fact]
    public Task NoLoggingReferenced_NoDiagnostics()
    {
        var test = new VerifyCS.Test
        {
            TestCode = """
                public static class Logger { public static void LogInformation(string message) { } }
                public static class C { public static void M(int x) => Logger.LogInformation($"x {x}"); }
                """,
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        return test.RunAsync();
    }

    [Fact]
    public Task IncompleteCode_NoCrash()
    {
        var test = new VerifyCS.Test
        {
            TestCode = Usings + """
                public sealed class Worker(ILogger<Worker> logger)
                {
                    public void Run(int id)
                    {
                        logger.LogInformation($"Job {id}"
                        logger.LogNothing($"x {id}");
                        logger.LogInformation(, $"y {id}");
                    }
                }
                """,
        };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        return test.RunAsync();
    }

    [Fact]
    public Task Serilog_InstanceAndStatic_Fixed()
    {
        var test = new VerifyCS.Test
        {
            ReferenceAssemblies = TestReferenceAssemblies.AspNetCore80WithSerilog,
            TestCode = """
                using System;
                using Serilog;

                public sealed class Worker(ILogger logger)
                {
                    public void Run(Exception ex, string user, int count)
                    {
                        logger.Information({|#0:$"User {user} has {count} items"|});
                        Log.Error(ex, {|#1:"Failed for " + user|});
                        logger.Write(Serilog.Events.LogEventLevel.Debug, "Constant {User}", user);
                    }
                }
                """,
            FixedCode = """
                using System;
                using Serilog;

                public sealed class Worker(ILogger logger)
                {
                    public void Run(Exception ex, string user, int count)
                    {
                        logger.Information("User {User} has {Count} items", user, count);
                        Log.Error(ex, "Failed for {User}", user);
                        logger.Write(Serilog.Events.LogEventLevel.Debug, "Constant {User}", user);
                    }
                }
                """,
        };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.FixedState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.ExpectedDiagnostics.Add(Expected(0, "an interpolated string"));
        test.ExpectedDiagnostics.Add(Expected(1, "string concatenation"));
        return test.RunAsync();
    }

    [Fact]
    public Task FixAll_AcrossTwoDocuments()
    {
        const string First = Usings + """
            public sealed class A(ILogger<A> logger)
            {
                public void Run(int id, string name)
                {
                    logger.LogInformation({|#0:$"A {id}"|});
                    logger.LogDebug({|#1:"A " + name|});
                }
            }
            """;
        const string Second = Usings + """
            public sealed class B(ILogger<B> logger)
            {
                public void Run(int id)
                {
                    logger.LogWarning({|#2:$"B {id:D4}"|});
                }
            }
            """;
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("/0/A.cs", First));
        test.TestState.Sources.Add(("/0/B.cs", Second));
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.FixedState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.FixedState.Sources.Add(("/0/A.cs", First.Replace("{|#0:$\"A {id}\"|}", "\"A {Id}\", id").Replace("{|#1:\"A \" + name|}", "\"A {Name}\", name")));
        test.FixedState.Sources.Add(("/0/B.cs", Second.Replace("{|#2:$\"B {id:D4}\"|}", "\"B {Id:D4}\", id")));
        test.ExpectedDiagnostics.Add(Expected(0, "an interpolated string"));
        test.ExpectedDiagnostics.Add(Expected(1, "string concatenation"));
        test.ExpectedDiagnostics.Add(Expected(2, "an interpolated string"));
        test.NumberOfFixAllIterations = 1;
        test.NumberOfFixAllInDocumentIterations = 2;
        return test.RunAsync();
    }
}

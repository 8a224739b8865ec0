using AksReady.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace AksReady.Analyzers.Tests.Verifiers;

/// <summary>A logging-call rule under test: the ID whose diagnostics <see cref="LoggingRuleVerifier{TRule, TCodeFix}"/> keeps.</summary>
public interface ILoggingRule
{
    static abstract string Id { get; }
}

/// <summary>AKS3001 (non-constant message template).</summary>
public sealed class Aks3001 : ILoggingRule
{
    public static string Id => DiagnosticIds.NonConstantMessageTemplate;
}

/// <summary>AKS3002 (message template problems).</summary>
public sealed class Aks3002 : ILoggingRule
{
    public static string Id => DiagnosticIds.MessageTemplateProblem;
}

/// <summary>AKS3007 (placeholder not PascalCase).</summary>
public sealed class Aks3007 : ILoggingRule
{
    public static string Id => DiagnosticIds.PlaceholderNotPascalCase;
}

/// <summary>AKS3003 (exception not passed to the logger).</summary>
public sealed class Aks3003 : ILoggingRule
{
    public static string Id => DiagnosticIds.ExceptionNotPassedToLogger;
}

/// <summary>AKS3005 (secret logged).</summary>
public sealed class Aks3005 : ILoggingRule
{
    public static string Id => DiagnosticIds.SecretLogged;
}

/// <summary>AKS3006 (caught exception not logged).</summary>
public sealed class Aks3006 : ILoggingRule
{
    public static string Id => DiagnosticIds.CaughtExceptionNotLogged;
}

/// <summary>
/// Verifies one logging-call rule through the analyzer that ships it, <see cref="LoggingCallsAnalyzer"/>: the other
/// logging-call IDs are disabled (<c>DisabledDiagnostics</c>), so a test sees the diagnostics of <typeparamref name="TRule"/>
/// only, as it did when each rule had its own analyzer. Use <see cref="EmptyCodeFixProvider"/> for a rule without a fix.
/// </summary>
public static class LoggingRuleVerifier<TRule, TCodeFix>
    where TRule : ILoggingRule
    where TCodeFix : CodeFixProvider, new()
{
    private static readonly string[] LoggingCallIds =
    {
        DiagnosticIds.NonConstantMessageTemplate,
        DiagnosticIds.MessageTemplateProblem,
        DiagnosticIds.ExceptionNotPassedToLogger,
        DiagnosticIds.SecretLogged,
        DiagnosticIds.CaughtExceptionNotLogged,
        DiagnosticIds.PlaceholderNotPascalCase,
    };

    public static DiagnosticResult Diagnostic(string diagnosticId) => CSharpCodeFixVerifier<LoggingCallsAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(diagnosticId);

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => CSharpCodeFixVerifier<LoggingCallsAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(descriptor);

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
        => VerifyCodeFixAsync(source, expected, fixedSource: null);

    public static Task VerifyCodeFixAsync(string source, DiagnosticResult[] expected, string? fixedSource, OutputKind outputKind = OutputKind.ConsoleApplication)
    {
        var test = new Test { TestCode = source };
        test.TestState.OutputKind = outputKind;
        if (fixedSource is not null)
        {
            test.FixedCode = fixedSource;
            test.FixedState.OutputKind = outputKind;
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    public sealed class Test : CSharpCodeFixTest<LoggingCallsAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferenceAssemblies.AspNetCore80;
            foreach (var id in LoggingCallIds)
            {
                if (id != TRule.Id)
                {
                    DisabledDiagnostics.Add(id);
                }
            }
        }
    }
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AksReady.Analyzers.Tests.Verifiers;

/// <summary>Code fix verifier against the .NET 8 + ASP.NET Core 8 reference assemblies.</summary>
public static class CSharpCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic(string diagnosticId) => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(diagnosticId);

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(descriptor);

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
        => VerifyCodeFixAsync(source, expected, fixedSource: null);

    /// <param name="nonLocalDiagnostics">
    /// True for compilation-end diagnostics: the IDE offers their fixes only with full-solution analysis (and
    /// <c>dotnet format</c> always), so the testing library's "fix for a non-local diagnostic" check is skipped.
    /// </param>
    public static Task VerifyCodeFixAsync(string source, DiagnosticResult[] expected, string? fixedSource, OutputKind outputKind = OutputKind.ConsoleApplication, bool nonLocalDiagnostics = false)
    {
        var test = new Test { TestCode = source };
        if (nonLocalDiagnostics)
        {
            test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipLocalDiagnosticCheck;
        }

        test.TestState.OutputKind = outputKind;
        if (fixedSource is not null)
        {
            test.FixedCode = fixedSource;
            test.FixedState.OutputKind = outputKind;
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferenceAssemblies.AspNetCore80;
        }
    }
}

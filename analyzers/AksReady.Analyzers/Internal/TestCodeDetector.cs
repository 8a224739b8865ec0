using AksReady.Analyzers.Configuration;
using AksReady.Analyzers.Internal.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AksReady.Analyzers.Internal;

/// <summary>
/// Test methods outside test projects (<c>[Fact]</c>, <c>[Theory]</c>, <c>[Test]</c>, <c>[TestCase]</c>,
/// <c>[TestMethod]</c>, <c>[DataTestMethod]</c>, and attributes derived from them): test code, like a test project, for
/// the secrets rules. Asked only when a diagnostic is about to be reported, so the attribute walk is off the hot path.
/// </summary>
internal static class TestCodeDetector
{
    private const int MaxAttributeDepth = 4;

    /// <summary>Whether the symbol (or the method a lambda or local function is in) is a test method.</summary>
    public static bool IsTestMethod(ISymbol? symbol)
    {
        var method = symbol as IMethodSymbol;
        while (method is { MethodKind: MethodKind.LambdaMethod or MethodKind.LocalFunction })
        {
            method = method.ContainingSymbol as IMethodSymbol;
        }

        if (method is null)
        {
            return false;
        }

        foreach (var attribute in method.GetAttributes())
        {
            var type = attribute.AttributeClass;
            for (var depth = 0; type is not null && depth < MaxAttributeDepth; depth++, type = type.BaseType)
            {
                if (type.Name is "FactAttribute" or "TheoryAttribute" or "TestAttribute" or "TestCaseAttribute" or "TestCaseSourceAttribute"
                    or "TestMethodAttribute" or "DataTestMethodAttribute")
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a diagnostic in <paramref name="symbol"/> is skipped as test code: a test method, unless
    /// <c>AKS2001.analyze_test_projects = true</c> applies to the tree (the same switch that turns test projects back on).
    /// </summary>
    public static bool SkipAsTestCode(ISymbol? symbol, SyntaxTree tree, AnalyzerOptions options)
    {
        if (!IsTestMethod(symbol))
        {
            return false;
        }

        var provider = options.AnalyzerConfigOptionsProvider;
        return !SecretsOptions.GetBool(provider.GetOptions(tree), provider.GlobalOptions, OptionKeys.AnalyzeTestProjects);
    }
}

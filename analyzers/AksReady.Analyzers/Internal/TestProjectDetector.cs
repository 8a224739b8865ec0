using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace AksReady.Analyzers.Internal;

/// <summary>
/// Test projects create web hosts (WebApplicationFactory, TestServer) without being deployed: app-level rules skip them.
/// </summary>
internal static class TestProjectDetector
{
    private static readonly string[] TestAssemblyPrefixes =
    {
        "xunit",                                        // xunit, xunit.core, xunit.v3.*
        "nunit.framework",
        "Microsoft.VisualStudio.TestPlatform.TestFramework", // MSTest
        "MSTest.TestFramework",
        "TUnit.Core",
        "Microsoft.AspNetCore.Mvc.Testing",
        "Microsoft.AspNetCore.TestHost",
    };

    // Most AksReady analyzers ask at compilation start: the answer is computed once per compilation, not once per analyzer.
    private static readonly ConditionalWeakTable<Compilation, object> Answers = new();
    private static readonly object Yes = new();
    private static readonly object No = new();
    private static readonly ConditionalWeakTable<Compilation, object>.CreateValueCallback Compute =
        static compilation => compilation.ReferencesAssemblyStartingWith(TestAssemblyPrefixes) ? Yes : No;

    public static bool IsTestProject(Compilation compilation) => Answers.GetValue(compilation, Compute) == Yes;
}

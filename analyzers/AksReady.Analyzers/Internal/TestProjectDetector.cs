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

    public static bool IsTestProject(Compilation compilation) => compilation.ReferencesAssemblyStartingWith(TestAssemblyPrefixes);
}

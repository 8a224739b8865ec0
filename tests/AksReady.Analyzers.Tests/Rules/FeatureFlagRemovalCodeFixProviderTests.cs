using AksReady.Analyzers.CodeFixes.Rules;
using AksReady.Analyzers.Rules;
using AksReady.Analyzers.Tests.FeatureFlags;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AksReady.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<AksReady.Analyzers.Rules.FeatureFlagsAnalyzer, AksReady.Analyzers.CodeFixes.Rules.FeatureFlagRemovalCodeFixProvider>;

namespace AksReady.Analyzers.Tests.Rules;

public sealed class FeatureFlagRemovalCodeFixProviderTests
{
    // NewCheckout is on in both environment files (AKS4004); OldSearch expired (AKS4001).
    private const string AppSettings = """
        {
          "FeatureManagement": {
            "NewCheckout": true, "OtherFlag": { "EnabledFor": [ { "Name": "Targeting" } ] },
            "OldSearch": { "EnabledFor": [ { "Name": "Percentage" } ], "Expires": "2026-01-31", "Owner": "team-search" }
          }
        }
        """;

    private const string ProductionSettings = """{ "FeatureManagement": { "NewCheckout": true } }""";

    private static VerifyCS.Test CreateTest(string[] sources, string[] fixedSources, bool keepEnabled)
    {
        var test = new VerifyCS.Test
        {
            MarkupOptions = MarkupOptions.UseFirstDescriptor,
            CodeActionEquivalenceKey = keepEnabled ? FeatureFlagRemovalCodeFixProvider.KeepEnabledKey : FeatureFlagRemovalCodeFixProvider.KeepDisabledKey,
        };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.FixedState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        for (var i = 0; i < sources.Length; i++)
        {
            test.TestState.Sources.Add(($"/0/Test{i}.cs", sources[i]));
            test.FixedState.Sources.Add(($"/0/Test{i}.cs", fixedSources[i]));
        }

        test.TestState.Sources.Add(("/0/Stubs.cs", FeatureManagementStubs.Source));
        test.FixedState.Sources.Add(("/0/Stubs.cs", FeatureManagementStubs.Source));
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.AdditionalFiles.Add(("/app/appsettings.json", AppSettings));
            state.AdditionalFiles.Add(("/app/appsettings.Production.json", ProductionSettings));
            state.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.AksReadyToday = 2026-11-25\ndotnet_diagnostic.AKS4003.severity = none\n"));

            // The definitions stay in the JSON files (the fix only rewrites code).
            state.ExpectedDiagnostics.Add(VerifyCS.Diagnostic(FeatureFlagsAnalyzer.AlwaysOnRule).WithSpan("/app/appsettings.json", 3, 5, 3, 18)
                .WithArguments("NewCheckout", "appsettings.json, appsettings.Production.json"));
            state.ExpectedDiagnostics.Add(VerifyCS.Diagnostic(FeatureFlagsAnalyzer.ExpiredRule).WithSpan("/app/appsettings.json", 4, 75, 4, 87)
                .WithArguments("OldSearch", "2026-01-31", "owner: team-search"));
        }

        return test;
    }

    private static Task VerifyAsync(string source, string fixedSource, bool keepEnabled = true)
        => CreateTest(new[] { source }, new[] { fixedSource }, keepEnabled).RunAsync(CancellationToken.None);

    [Fact]
    public Task IfElse_KeepEnabled_InlinesTheThenBranch()
        => VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.FeatureManagement;

            public sealed class Checkout(IFeatureManager features)
            {
                public async Task<string> RunAsync()
                {
                    var cart = "cart";
                    if (await features.IsEnabledAsync({|AKS4004:"NewCheckout"|}))
                    {
                        cart += "-new";
                        Log("new");
                    }
                    else
                    {
                        cart += "-old";
                    }

                    return cart;
                }

                private static void Log(string s) { }
            }
            """, """
            using System.Threading.Tasks;
            using Microsoft.FeatureManagement;

            public sealed class Checkout(IFeatureManager features)
            {
                public async Task<string> RunAsync()
                {
                    var cart = "cart";
                    cart += "-new";
                    Log("new");

                    return cart;
                }

                private static void Log(string s) { }
            }
            """);

    [Fact]
    public Task IfElse_KeepDisabled_InlinesTheElseBranch()
        => VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.FeatureManagement;

            public sealed class Search(IFeatureManager features)
            {
                public async Task<string> RunAsync()
                {
                    if (await features.IsEnabledAsync({|AKS4001:"OldSearch"|}).ConfigureAwait(false))
                    {
                        return "old";
                    }
                    else
                    {
                        return "new";
                    }
                }
            }
            """, """
            using System.Threading.Tasks;
            using Microsoft.FeatureManagement;

            public sealed class Search(IFeatureManager features)
            {
                public async Task<string> RunAsync()
                {
                    return "new";
                }
            }
            """, keepEnabled: false);

    [Fact]
    public Task EarlyReturn_KeepEnabled_RemovesTheGuard()
        => VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.FeatureManagement;

            public sealed class Checkout(IFeatureManager features)
            {
                public async Task RunAsync()
                {
                    if (!await features.IsEnabledAsync({|AKS4004:"NewCheckout"|}))
                        return;

                    await Task.Yield();
                }
            }
            """, """
            using System.Threading.Tasks;
            using Microsoft.FeatureManagement;

            public sealed class Checkout(IFeatureManager features)
            {
                public async Task RunAsync()
                {
                    await Task.Yield();
                }
            }
            """);

    [Fact]
    public Task EarlyReturn_KeepDisabled_KeepsTheReturn()
        => VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.FeatureManagement;

            public sealed class Search(IFeatureManager features)
            {
                public async Task<int> RunAsync()
                {
                    if (!await features.IsEnabledAsync({|AKS4001:"OldSearch"|}))
                    {
                        return 0;
                    }

                    return 1;
                }
            }
            """, """
            using System.Threading.Tasks;
            using Microsoft.FeatureManagement;

            public sealed class Search(IFeatureManager features)
            {
                public async Task<int> RunAsync()
                {
                    return 0;
                }
            }
            """, keepEnabled: false);

    [Fact]
    public Task Ternary_And_LogicalOperators()
        => VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.FeatureManagement;

            public sealed class Checkout(IFeatureManager features)
            {
                public async Task<string> RunAsync(bool vip, bool beta)
                {
                    var a = await features.IsEnabledAsync({|AKS4004:"NewCheckout"|}) ? "new" : "old";
                    var b = vip && await features.IsEnabledAsync({|AKS4004:"NewCheckout"|});
                    var c = await features.IsEnabledAsync({|AKS4004:"NewCheckout"|}) || beta;
                    if (beta && !await features.IsEnabledAsync({|AKS4004:"NewCheckout"|}))
                    {
                        return "legacy";
                    }

                    return a + b + c;
                }
            }
            """, """
            using System.Threading.Tasks;
            using Microsoft.FeatureManagement;

            public sealed class Checkout(IFeatureManager features)
            {
                public async Task<string> RunAsync(bool vip, bool beta)
                {
                    var a = "new";
                    var b = vip;
                    var c = true;

                    return a + b + c;
                }
            }
            """);

    [Fact]
    public Task BoolLocal_IsInlinedAndRemoved()
        => VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.FeatureManagement;

            public sealed class Checkout(IFeatureManager features)
            {
                public async Task<string> RunAsync()
                {
                    var on = await features.IsEnabledAsync({|AKS4004:"NewCheckout"|});
                    if (on)
                    {
                        return "new";
                    }

                    return "old";
                }
            }
            """, """
            using System.Threading.Tasks;
            using Microsoft.FeatureManagement;

            public sealed class Checkout(IFeatureManager features)
            {
                public async Task<string> RunAsync()
                {
                    return "new";
                }
            }
            """);

    [Fact]
    public Task FeatureGate_KeepEnabled_RemovesTheAttributeOrTheFlag()
        => VerifyAsync("""
            using Microsoft.FeatureManagement;
            using Microsoft.FeatureManagement.Mvc;

            public sealed class CheckoutController
            {
                [FeatureGate({|AKS4004:"NewCheckout"|})]
                public void Pay() { }

                [FeatureGate(RequirementType.All, "OtherFlag", {|AKS4004:"NewCheckout"|})]
                public void Refund() { }
            }
            """, """
            using Microsoft.FeatureManagement;
            using Microsoft.FeatureManagement.Mvc;

            public sealed class CheckoutController
            {
                public void Pay() { }

                [FeatureGate(RequirementType.All, "OtherFlag")]
                public void Refund() { }
            }
            """);

    [Fact]
    public Task ElseIf_KeepDisabled_DropsTheBranch_And_KeepEnabled_InlinesIt()
        => VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.FeatureManagement;

            public sealed class Search(IFeatureManager features)
            {
                public async Task<int> RunAsync(bool cached)
                {
                    if (cached)
                    {
                        return 0;
                    }
                    else if (await features.IsEnabledAsync({|AKS4001:"OldSearch"|}))
                    {
                        return 1;
                    }

                    // the new search
                    return 2;
                }
            }
            """, """
            using System.Threading.Tasks;
            using Microsoft.FeatureManagement;

            public sealed class Search(IFeatureManager features)
            {
                public async Task<int> RunAsync(bool cached)
                {
                    if (cached)
                    {
                        return 0;
                    }

                    // the new search
                    return 2;
                }
            }
            """, keepEnabled: false);

    [Fact]
    public async Task FixAll_AcrossTwoDocuments()
    {
        var test = CreateTest(
            new[]
            {
                """
                using System.Threading.Tasks;
                using Microsoft.FeatureManagement;

                public sealed class A(IFeatureManager features)
                {
                    public async Task<int> RunAsync()
                    {
                        if (await features.IsEnabledAsync({|AKS4004:"NewCheckout"|}))
                        {
                            return 1;
                        }

                        return await features.IsEnabledAsync({|AKS4004:"NewCheckout"|}) ? 2 : 3;
                    }
                }
                """,
                """
                using System.Threading.Tasks;
                using Microsoft.FeatureManagement;

                public sealed class B(IFeatureManagerSnapshot features)
                {
                    public async Task<bool> RunAsync(bool x) => x || await features.IsEnabledAsync({|AKS4004:"NewCheckout"|});
                }
                """,
            },
            new[]
            {
                """
                using System.Threading.Tasks;
                using Microsoft.FeatureManagement;

                public sealed class A(IFeatureManager features)
                {
                    public async Task<int> RunAsync()
                    {
                        return 1;
                    }
                }
                """,
                """
                using System.Threading.Tasks;
                using Microsoft.FeatureManagement;

                public sealed class B(IFeatureManagerSnapshot features)
                {
                    public async Task<bool> RunAsync(bool x) => true;
                }
                """,
            },
            keepEnabled: true);
        test.NumberOfFixAllIterations = 1;
        test.NumberOfFixAllInDocumentIterations = 1;
        test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipFixAllInDocumentCheck;
        test.NumberOfIncrementalIterations = 2;
        await test.RunAsync(CancellationToken.None);
    }
}

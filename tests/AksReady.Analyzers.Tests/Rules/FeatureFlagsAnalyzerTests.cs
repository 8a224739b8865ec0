using AksReady.Analyzers.Rules;
using AksReady.Analyzers.Tests.FeatureFlags;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AksReady.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AksReady.Analyzers.Rules.FeatureFlagsAnalyzer>;

namespace AksReady.Analyzers.Tests.Rules;

public sealed class FeatureFlagsAnalyzerTests
{
    private const string Today = "build_property.AksReadyToday = 2026-11-25\n";

    private static Task VerifyAsync(string source, (string Path, string Content)[] files, string? globalConfig, params DiagnosticResult[] expected)
        => VerifyAsync(source, files, globalConfig, editorConfig: null, withStubs: true, expected);

    private static Task VerifyAsync(string source, (string Path, string Content)[] files, string? globalConfig, string? editorConfig, bool withStubs, params DiagnosticResult[] expected)
    {
        var test = new VerifyCS.Test { TestCode = source };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        if (withStubs)
        {
            test.TestState.Sources.Add(("/0/Stubs.cs", FeatureManagementStubs.Source));
        }

        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add((file.Path, file.Content));
        }

        if (globalConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
        }

        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + editorConfig));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    private static DiagnosticResult At(DiagnosticDescriptor rule, string path, int line, int column, int endColumn, params object[] arguments)
        => VerifyCS.Diagnostic(rule).WithSpan(path, line, column, line, endColumn).WithArguments(arguments);

    private const string Checkout = """
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;

        public sealed class CheckoutService(IFeatureManager features)
        {
            public async Task<string> CheckoutAsync()
            {
                if (await features.IsEnabledAsync("NewCheckout"))
                {
                    return "new";
                }

                return "old";
            }
        }
        """;

    [Fact]
    public Task Expired_ClassicObjectForm_ReportedAtTheDate()
        => VerifyAsync(Checkout, new[]
            {
                ("/app/appsettings.json", """
                {
                  "FeatureManagement": {
                    "NewCheckout": { "EnabledFor": [ { "Name": "Percentage", "Parameters": { "Value": 50 } } ], "Expires": "2026-03-01", "Owner": "team-checkout" }
                  }
                }
                """),
            },
            Today,
            At(FeatureFlagsAnalyzer.ExpiredRule, "/app/appsettings.json", 3, 108, 120, "NewCheckout", "2026-03-01", "owner: team-checkout"),
            At(FeatureFlagsAnalyzer.ExpiredRule, "/0/Test0.cs", 8, 43, 56, "NewCheckout", "2026-03-01", "owner: team-checkout"));

    [Fact]
    public Task Expired_MicrosoftSchema_TelemetryMetadata()
        => VerifyAsync(Checkout, new[]
            {
                ("/app/appsettings.json", """
                {
                  "feature_management": {
                    "feature_flags": [
                      { "id": "NewCheckout", "enabled": false, "telemetry": { "metadata": { "expires": "2026-11-24" } } }
                    ]
                  }
                }
                """),
            },
            Today,
            At(FeatureFlagsAnalyzer.ExpiredRule, "/app/appsettings.json", 4, 88, 100, "NewCheckout", "2026-11-24", "no owner recorded"),
            At(FeatureFlagsAnalyzer.ExpiredRule, "/0/Test0.cs", 8, 43, 56, "NewCheckout", "2026-11-24", "no owner recorded"));

    // The runtime expires a flag ON its date (now >= expires, from 00:00 UTC); the rule agrees (issue #4). This test
    // asserted the opposite before, when the analyzer reported only from the day after.
    [Fact]
    public Task ExpiresToday_IsReported()
        => VerifyAsync(Checkout, new[]
            {
                ("/app/appsettings.json", """{ "FeatureManagement": { "NewCheckout": { "EnabledFor": [], "expires": "2026-11-25" } } }"""),
            },
            Today,
            At(FeatureFlagsAnalyzer.ExpiredRule, "/app/appsettings.json", 1, 72, 84, "NewCheckout", "2026-11-25", "no owner recorded"),
            At(FeatureFlagsAnalyzer.ExpiredRule, "/0/Test0.cs", 8, 43, 56, "NewCheckout", "2026-11-25", "no owner recorded"));

    [Fact]
    public Task ExpiresTomorrow_IsNotReported()
        => VerifyAsync(Checkout, new[]
            {
                ("/app/appsettings.json", """{ "FeatureManagement": { "NewCheckout": { "EnabledFor": [], "expires": "2026-11-26" } } }"""),
            },
            Today);

    [Fact]
    public Task Today_FromEditorConfig()
        => VerifyAsync(Checkout, new[]
            {
                ("/app/appsettings.json", """{ "FeatureManagement": { "NewCheckout": { "EnabledFor": [], "Expires": "2026-06-01" } } }"""),
            },
            globalConfig: null,
            editorConfig: "dotnet_code_quality.AKS4001.today = 2026-07-01\n",
            withStubs: true,
            At(FeatureFlagsAnalyzer.ExpiredRule, "/app/appsettings.json", 1, 72, 84, "NewCheckout", "2026-06-01", "no owner recorded"),
            At(FeatureFlagsAnalyzer.ExpiredRule, "/0/Test0.cs", 8, 43, 56, "NewCheckout", "2026-06-01", "no owner recorded"));

    [Fact]
    public Task Today_DefaultsToTheBuildMachineDate_FarFutureIsNotExpired()
        => VerifyAsync(Checkout, new[]
            {
                ("/app/appsettings.json", """{ "FeatureManagement": { "NewCheckout": { "EnabledFor": [], "Expires": "2999-01-01" } } }"""),
            },
            globalConfig: null);

    [Fact]
    public Task DateTimeWithOffset_IsAcceptedAsItsUtcDate()
        => VerifyAsync(Checkout, new[]
            {
                ("/app/appsettings.json", """{ "feature_management": { "feature_flags": [ { "id": "NewCheckout", "enabled": false, "telemetry": { "metadata": { "expires": "2026-11-25T23:00:00+02:00" } } } ] } }"""),
                ("/app/appsettings.Staging.json", """{ "feature_management": { "feature_flags": [ { "id": "NewCheckout", "enabled": false, "telemetry": { "metadata": { "expires": "2026-11-26T00:30:00Z" } } } ] } }"""),
            },
            Today,
            // 2026-11-25T21:00Z is today's UTC date, so expired on its date; 2026-11-26T00:30Z is tomorrow's.
            At(FeatureFlagsAnalyzer.ExpiredRule, "/app/appsettings.json", 1, 127, 154, "NewCheckout", "2026-11-25T23:00:00+02:00", "no owner recorded"),
            At(FeatureFlagsAnalyzer.ExpiredRule, "/0/Test0.cs", 8, 43, 56, "NewCheckout", "2026-11-25T23:00:00+02:00", "no owner recorded"));

    [Fact]
    public Task MalformedDate_SameIdOtherMessage()
        => VerifyAsync(Checkout, new[]
            {
                ("/app/appsettings.json", """{ "FeatureManagement": { "NewCheckout": { "EnabledFor": [], "Expires": "01/03/2026" } } }"""),
            },
            Today,
            At(FeatureFlagsAnalyzer.MalformedExpiryRule, "/app/appsettings.json", 1, 72, 84, "NewCheckout", "01/03/2026"));

    [Fact]
    public Task Expired_Attribute_AssemblyAndConstField()
        => VerifyAsync("""
            using AksReady.FeatureFlags;
            using Microsoft.FeatureManagement;

            [assembly: FeatureFlagExpires("NewCheckout", {|#0:"2026-03-01"|}, Owner = "team-checkout")]
            [assembly: FeatureFlagExpires("Beta", "2027-01-01")]

            public sealed class Checks(IFeatureManager features)
            {
                public async System.Threading.Tasks.Task RunAsync()
                {
                    await features.IsEnabledAsync({|#3:"NewCheckout"|});
                    await features.IsEnabledAsync("Beta");
                    await features.IsEnabledAsync({|#4:Flags.Banner|});
                }
            }

            public static class Flags
            {
                [FeatureFlagExpires({|#1:"2026-1-5"|})]
                public const string Search = "Search";

                [AksReady.FeatureFlags.FeatureFlagExpiresAttribute({|#2:"2025-12-31"|})]
                public const string Banner = "Banner";
            }
            """,
            new[] { ("/app/appsettings.json", """{ "FeatureManagement": { "NewCheckout": true, "Beta": false, "Search": false, "Banner": true } }""") },
            Today + "dotnet_diagnostic.AKS4003.severity = none\n",
            VerifyCS.Diagnostic(FeatureFlagsAnalyzer.ExpiredRule).WithLocation(0).WithArguments("NewCheckout", "2026-03-01", "owner: team-checkout"),
            VerifyCS.Diagnostic(FeatureFlagsAnalyzer.MalformedExpiryRule).WithLocation(1).WithArguments("Search", "2026-1-5"),
            VerifyCS.Diagnostic(FeatureFlagsAnalyzer.ExpiredRule).WithLocation(2).WithArguments("Banner", "2025-12-31", "no owner recorded"),
            VerifyCS.Diagnostic(FeatureFlagsAnalyzer.ExpiredRule).WithLocation(3).WithArguments("NewCheckout", "2026-03-01", "owner: team-checkout"),
            VerifyCS.Diagnostic(FeatureFlagsAnalyzer.ExpiredRule).WithLocation(4).WithArguments("Banner", "2025-12-31", "no owner recorded"));

    [Fact]
    public Task Undefined_IsEnabledAsync_Variant_FeatureGate_Constants_Enums()
        => VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.FeatureManagement;
            using Microsoft.FeatureManagement.Mvc;

            public enum Features { NewCheckout, DarkMode }

            public static class FeatureNames
            {
                public const string Search = "Search";
            }

            [FeatureGate({|#2:"Reports"|})]
            public sealed class ReportsController
            {
                [FeatureGate(RequirementType.All, "NewCheckout", {|#3:"Exports"|})]
                public void Export() { }

                [FeatureGate({|#4:Features.DarkMode|})]
                public void Theme() { }
            }

            public sealed class Service(IFeatureManagerSnapshot snapshot, IVariantFeatureManager variants)
            {
                public async Task RunAsync(string dynamicName)
                {
                    await snapshot.IsEnabledAsync("NewCheckout");
                    await snapshot.IsEnabledAsync({|#0:FeatureNames.Search|});
                    await snapshot.IsEnabledAsync(nameof(Features.NewCheckout));
                    await snapshot.IsEnabledAsync({|#5:Features.DarkMode.ToString()|});
                    await variants.GetVariantAsync({|#1:"Pricing"|});
                    await snapshot.IsEnabledAsync(dynamicName);
                }
            }
            """,
            new[] { ("/app/appsettings.json", """{ "FeatureManagement": { "NewCheckout": true } }""") },
            Today,
            VerifyCS.Diagnostic(FeatureFlagsAnalyzer.UndefinedRule).WithLocation(0).WithArguments("Search"),
            VerifyCS.Diagnostic(FeatureFlagsAnalyzer.UndefinedRule).WithLocation(1).WithArguments("Pricing"),
            VerifyCS.Diagnostic(FeatureFlagsAnalyzer.UndefinedRule).WithLocation(2).WithArguments("Reports"),
            VerifyCS.Diagnostic(FeatureFlagsAnalyzer.UndefinedRule).WithLocation(3).WithArguments("Exports"),
            VerifyCS.Diagnostic(FeatureFlagsAnalyzer.UndefinedRule).WithLocation(4).WithArguments("DarkMode"),
            VerifyCS.Diagnostic(FeatureFlagsAnalyzer.UndefinedRule).WithLocation(5).WithArguments("DarkMode"));

    [Fact]
    public Task Undefined_NotReported_WithoutAnyAppSettingsFile()
        => VerifyAsync(Checkout, Array.Empty<(string, string)>(), Today);

    [Fact]
    public Task Defined_InEnvironmentFileOnly_IsDefined_NamesAreCaseInsensitive()
        => VerifyAsync(Checkout, new[]
            {
                ("/app/appsettings.json", """{ "Logging": { "LogLevel": { "Default": "Information" } } }"""),
                ("/app/appsettings.Production.json", """{ "featuremanagement": { "newcheckout": false } }"""),
            },
            Today);

    [Fact]
    public Task Unreferenced_ReportedAtTheNameInEachFile()
        => VerifyAsync(Checkout, new[]
            {
                ("/app/appsettings.json", """
                {
                  "FeatureManagement": { "NewCheckout": false, "LegacyBanner": true },
                  "feature_management": { "feature_flags": [ { "id": "OldSearch", "enabled": false } ] }
                }
                """),
                ("/app/appsettings.Staging.json", """{ "FeatureManagement": { "LegacyBanner": false } }"""),
            },
            Today,
            At(FeatureFlagsAnalyzer.UnreferencedRule, "/app/appsettings.Staging.json", 1, 26, 40, "LegacyBanner", "appsettings.Staging.json"),
            At(FeatureFlagsAnalyzer.UnreferencedRule, "/app/appsettings.json", 2, 48, 62, "LegacyBanner", "appsettings.json"),
            At(FeatureFlagsAnalyzer.UnreferencedRule, "/app/appsettings.json", 3, 54, 65, "OldSearch", "appsettings.json"));

    [Fact]
    public Task Unreferenced_NotReported_WhenAFlagNameIsComputed()
        => VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.FeatureManagement;

            public sealed class Toggle(IFeatureManager features)
            {
                public Task<bool> IsOn(string name) => features.IsEnabledAsync(name);
            }
            """,
            new[] { ("/app/appsettings.json", """{ "FeatureManagement": { "LegacyBanner": true } }""") },
            Today);

    [Fact]
    public Task Unreferenced_StringConstantOrEnumMemberAnywhere_CountsAsReference()
        => VerifyAsync("""
            public enum Flags { LegacyBanner }

            public static class Names
            {
                public const string Search = "OldSearch";
            }
            """,
            new[] { ("/app/appsettings.json", """{ "FeatureManagement": { "LegacyBanner": true, "OldSearch": false } }""") },
            Today + "dotnet_diagnostic.AKS4003.severity = none\n");

    [Fact]
    public Task Unreferenced_NotReported_WithoutFeatureManagement()
        => VerifyAsync(
            "public static class Program { }",
            new[] { ("/app/appsettings.json", """{ "FeatureManagement": { "LegacyBanner": false } }""") },
            Today,
            editorConfig: null,
            withStubs: false);

    [Fact]
    public Task AlwaysOn_InEveryEnvironmentFile()
        => VerifyAsync(Checkout, new[]
            {
                ("/app/appsettings.json", """
                {
                  "FeatureManagement": { "NewCheckout": true, "Beta": true }
                }
                """),
                ("/app/appsettings.Development.json", """{ "FeatureManagement": { "NewCheckout": true, "Beta": false } }"""),
                ("/app/appsettings.Production.json", """
                { "feature_management": { "feature_flags": [ { "id": "NewCheckout", "enabled": true } ] } }
                """),
            },
            Today + "dotnet_diagnostic.AKS4003.severity = none\n",
            At(FeatureFlagsAnalyzer.AlwaysOnRule, "/app/appsettings.json", 2, 26, 39, "NewCheckout", "appsettings.json, appsettings.Development.json, appsettings.Production.json"),
            At(FeatureFlagsAnalyzer.AlwaysOnRule, "/0/Test0.cs", 8, 43, 56, "NewCheckout", "appsettings.json, appsettings.Development.json, appsettings.Production.json"));

    [Fact]
    public Task AlwaysOn_NotReported_ForFiltersOrSingleFileOrOverride()
        => VerifyAsync(Checkout, new[]
            {
                ("/app/appsettings.json", """{ "FeatureManagement": { "NewCheckout": { "EnabledFor": [ { "Name": "Percentage" } ] } } }"""),
                ("/app/appsettings.Production.json", """{ "FeatureManagement": { "NewCheckout": true } }"""),
                ("/other/appsettings.json", """{ "FeatureManagement": { "NewCheckout": true } }"""),
                ("/third/appsettings.json", """{ "feature_management": { "feature_flags": [ { "id": "NewCheckout", "enabled": true, "conditions": { "client_filters": [ { "name": "Microsoft.Targeting" } ] } } ] } }"""),
                ("/third/appsettings.Production.json", """{ "feature_management": { "feature_flags": [ { "id": "NewCheckout", "enabled": true } ] } }"""),
            },
            Today);

    [Fact]
    public Task AlwaysOn_AlwaysOnFilter_CountsAsOn()
        => VerifyAsync(Checkout, new[]
            {
                ("/app/appsettings.json", """{ "FeatureManagement": { "NewCheckout": { "EnabledFor": [ { "Name": "AlwaysOn" } ] } } }"""),
                ("/app/appsettings.Production.json", """{ "FeatureManagement": { "NewCheckout": "true" } }"""),
            },
            Today,
            At(FeatureFlagsAnalyzer.AlwaysOnRule, "/app/appsettings.json", 1, 26, 39, "NewCheckout", "appsettings.json, appsettings.Production.json"),
            At(FeatureFlagsAnalyzer.AlwaysOnRule, "/0/Test0.cs", 8, 43, 56, "NewCheckout", "appsettings.json, appsettings.Production.json"));

    [Fact]
    public Task NothingReported_WithoutFeatureManagementOrFlags()
        => VerifyAsync(
            "public static class Program { public static bool IsEnabledAsync(string s) => s.Length > 0; }",
            new[] { ("/app/appsettings.json", """{ "Logging": { "LogLevel": { "Default": "Information" } } }""") },
            Today,
            editorConfig: null,
            withStubs: false);

    [Fact]
    public Task MalformedJson_IsTolerated()
        => VerifyAsync(Checkout, new[]
            {
                ("/app/appsettings.json", """
                {
                  // comment
                  "FeatureManagement": { "NewCheckout": true, , "Broken": { "Expires": "2020-01-01" ,
                """),
            },
            Today + "dotnet_diagnostic.AKS4003.severity = none\n",
            At(FeatureFlagsAnalyzer.ExpiredRule, "/app/appsettings.json", 3, 72, 84, "Broken", "2020-01-01", "no owner recorded"));
}

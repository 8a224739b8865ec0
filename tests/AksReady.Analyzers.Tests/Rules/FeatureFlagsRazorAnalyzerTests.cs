using AksReady.Analyzers.Rules;
using AksReady.Analyzers.Tests.FeatureFlags;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AksReady.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AksReady.Analyzers.Rules.FeatureFlagsAnalyzer>;

namespace AksReady.Analyzers.Tests.Rules;

/// <summary>
/// Flags checked in Razor views and components: in <c>.cshtml</c>/<c>.razor</c> AdditionalFiles (text scan) and in
/// Razor generated C# (analyzed for references, never reported in).
/// </summary>
public sealed class FeatureFlagsRazorAnalyzerTests
{
    private const string Today = "build_property.AksReadyToday = 2026-11-25\n";

    // The C# side checks one flag, so the project references FeatureManagement and has a checked flag.
    private const string Checkout = """
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;

        public static class Flags
        {
            public const string Beta = "Beta";
            public const string Missing = "Missing";
        }

        public sealed class CheckoutService(IFeatureManager features)
        {
            public Task<bool> NewAsync() => features.IsEnabledAsync("NewCheckout");
        }
        """;

    private static Task VerifyAsync((string Path, string Content)[] generated, (string Path, string Content)[] files, params DiagnosticResult[] expected)
    {
        var test = new VerifyCS.Test { TestCode = Checkout };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.TestState.Sources.Add(("/0/Stubs.cs", FeatureManagementStubs.Source));
        foreach (var source in generated)
        {
            test.TestState.Sources.Add(source);
        }

        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add(file);
        }

        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + Today));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    private static DiagnosticResult At(DiagnosticDescriptor rule, string path, int line, int column, int endColumn, params object[] arguments)
        => VerifyCS.Diagnostic(rule).WithSpan(path, line, column, line, endColumn).WithArguments(arguments);

    private static (string, string) Settings(string flags) => ("/app/appsettings.json", "{ \"FeatureManagement\": { \"NewCheckout\": true, " + flags + " } }");

    [Fact]
    public Task TagHelper_InView_IsAReference_NoAks4003()
        => VerifyAsync(
            Array.Empty<(string, string)>(),
            new[]
            {
                Settings("\"Beta\": false, \"Gamma\": true, \"Delta\": false"),
                ("/app/Views/Shared/_Layout.cshtml", """
                @addTagHelper *, Microsoft.FeatureManagement.AspNetCore
                <feature name="Beta, Gamma" requirement="All">
                    <a href="/beta">Beta</a>
                </feature>
                <FEATURE negate="true" name='Delta'><p>old</p></FEATURE>
                """),
            });

    [Fact]
    public Task IsEnabledAsync_InRazorComponent_IsAReference_NoAks4003()
        => VerifyAsync(
            Array.Empty<(string, string)>(),
            new[]
            {
                Settings("\"BrowserEnhancement\": false, \"Cached\": true, \"Search\": false"),
                ("/app/Shared/MainLayout.razor", """
                @inject Microsoft.FeatureManagement.IFeatureManager FeatureManager
                @if (isEnhancementEnabled) { <p>enhanced</p> }
                @code {
                    private bool isEnhancementEnabled;
                    protected override async Task OnInitializedAsync()
                    {
                        isEnhancementEnabled = await FeatureManager.IsEnabledAsync("BrowserEnhancement");
                        _ = await FeatureManager.IsEnabledAsync(nameof(FeatureFlags.Cached));
                    }
                }
                """),
                ("/app/Views/Home/Index.cshtml", """<feature name="@FeatureFlags.Search"><p>search</p></feature>"""),
            });

    [Fact]
    public Task ViewOnlyFlag_DefinedNowhere_Aks4002AtTheNameInTheView_AndNoAks4003ForTheViewsFlags()
        => VerifyAsync(
            Array.Empty<(string, string)>(),
            new[]
            {
                Settings("\"FeaturePrivacy\": { \"EnabledFor\": [] }"),
                ("/app/Views/Shared/_Layout.cshtml", """
                @inject Microsoft.FeatureManagement.IFeatureManager FeatureManager
                <feature name="FeaturePrivacy"><a href="/privacy">Privacy</a></feature>
                <feature name="SimpleFeature"><p>simple</p></feature>
                @if (await FeatureManager.IsEnabledAsync(nameof(Flags.Missing))) { <p>x</p> }
                <feature name="@Flags.NotAConstantTheScanCanRead"><p>member access: a reference, never AKS4002</p></feature>
                """),
            },
            At(FeatureFlagsAnalyzer.UndefinedRule, "/app/Views/Shared/_Layout.cshtml", 3, 16, 29, "SimpleFeature"),
            At(FeatureFlagsAnalyzer.UndefinedRule, "/app/Views/Shared/_Layout.cshtml", 4, 55, 62, "Missing"));

    [Fact]
    public Task DynamicNameInView_TurnsAks4003Off()
        => VerifyAsync(
            Array.Empty<(string, string)>(),
            new[]
            {
                Settings("\"Unchecked\": false"),
                ("/app/Pages/Flags.razor", """
                @foreach (var name in names) { <li>@name: @(await FeatureManager.IsEnabledAsync(name))</li> }
                """),
            });

    [Fact]
    public Task WithoutViews_Aks4003StillReported()
        => VerifyAsync(
            Array.Empty<(string, string)>(),
            new[]
            {
                Settings("\"Unchecked\": false"),
                ("/app/Views/Home/Index.cshtml", """<feature name="NewCheckout"><p>checked twice</p></feature>"""),
            },
            At(FeatureFlagsAnalyzer.UnreferencedRule, "/app/appsettings.json", 1, 47, 58, "Unchecked", "appsettings.json"));

    // A shape of the Razor SDK's generated C# for a view (tag helper field, Name assignment, @inject property, #line
    // mapping to the .cshtml). Generated code is recognized by its name (.g.cs) and the <auto-generated/> header.
    private const string GeneratedView = """
        #pragma checksum "/app/Views/Home/Index.cshtml" "{8829d00f-11b8-4213-878b-770e8597ac16}" "0123456789abcdef"
        // <auto-generated/>
        #pragma warning disable 1591
        namespace AspNetCoreGeneratedDocument
        {
            using System.Threading.Tasks;

            internal sealed class Views_Home_Index
            {
                private global::Microsoft.FeatureManagement.Mvc.TagHelpers.FeatureTagHelper __Microsoft_FeatureManagement_Mvc_TagHelpers_FeatureTagHelper = new();

                public async Task ExecuteAsync()
                {
                    __Microsoft_FeatureManagement_Mvc_TagHelpers_FeatureTagHelper.Name = "Beta, Gamma";
                    __Microsoft_FeatureManagement_Mvc_TagHelpers_FeatureTagHelper.Requirement = global::Microsoft.FeatureManagement.RequirementType.All;
        #line 3 "/app/Views/Home/Index.cshtml"
                    Write(await FeatureManager.IsEnabledAsync("Cached"));
                    Write(await FeatureManager.IsEnabledAsync("Expired"));
                    Write(await FeatureManager.IsEnabledAsync("DefinedNowhere"));
        #line default
        #line hidden
                    __Microsoft_FeatureManagement_Mvc_TagHelpers_FeatureTagHelper.Name = "AlsoDefinedNowhere";
                }

                private static void Write(object value) { }

                public global::Microsoft.FeatureManagement.IFeatureManager FeatureManager { get; private set; } = default!;
            }

            [global::Microsoft.FeatureManagement.Mvc.FeatureGate("Gated", "GatedNowhere")]
            internal sealed class Pages_Beta { }
        }
        """;

    [Fact]
    public Task GeneratedRazorCode_TagHelperNameAndIsEnabledAsync_AreReferences_NoAks4003()
        => VerifyAsync(
            new[] { ("/0/Views_Home_Index_cshtml.g.cs", GeneratedView) },
            new[] { Settings("\"Beta\": false, \"Gamma\": true, \"Cached\": true, \"Gated\": false, \"Expired\": false") });

    [Fact]
    public Task GeneratedRazorCode_NoDiagnosticIsEverReportedInIt()
        => VerifyAsync(
            new[] { ("/0/Views_Home_Index_cshtml.g.cs", GeneratedView) },
            new[]
            {
                // DefinedNowhere, AlsoDefinedNowhere and GatedNowhere are undefined, Expired is expired: in hand-written code
                // each check would be reported (AKS4002, AKS4001); in generated code none is, only the JSON's own AKS4001.
                ("/app/appsettings.json", """
                { "FeatureManagement": { "NewCheckout": true, "Beta": false, "Gamma": true, "Cached": true, "Gated": false,
                  "Expired": { "EnabledFor": [], "Expires": "2026-01-01" } } }
                """),
            },
            At(FeatureFlagsAnalyzer.ExpiredRule, "/app/appsettings.json", 2, 45, 57, "Expired", "2026-01-01", "no owner recorded"));

    [Fact]
    public Task GeneratedRazorCode_UndefinedFlag_ReportedOnlyInTheViewFile()
        => VerifyAsync(
            new[] { ("/0/Views_Home_Index_cshtml.g.cs", GeneratedView) },
            new[]
            {
                Settings("\"Beta\": false, \"Gamma\": true, \"Cached\": true, \"Gated\": false, \"Expired\": false"),
                ("/app/Views/Home/Index.cshtml", """
                <feature name="Beta, Gamma" requirement="All"><p>beta</p></feature>
                <feature name="AlsoDefinedNowhere"><p>x</p></feature>
                @await FeatureManager.IsEnabledAsync("Cached") @await FeatureManager.IsEnabledAsync("Expired")
                @await FeatureManager.IsEnabledAsync("DefinedNowhere")
                """),
            },
            At(FeatureFlagsAnalyzer.UndefinedRule, "/app/Views/Home/Index.cshtml", 2, 16, 34, "AlsoDefinedNowhere"),
            At(FeatureFlagsAnalyzer.UndefinedRule, "/app/Views/Home/Index.cshtml", 4, 39, 53, "DefinedNowhere"));
}

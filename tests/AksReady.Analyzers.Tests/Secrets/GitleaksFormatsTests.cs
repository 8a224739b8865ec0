using AksReady.Analyzers.Internal.Secrets;
using AksReady.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCode = AksReady.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AksReady.Analyzers.Rules.CredentialsInCodeAnalyzer>;
using VerifyConfig = AksReady.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AksReady.Analyzers.Rules.SecretsInConfigurationFilesAnalyzer>;

namespace AksReady.Analyzers.Tests.Secrets;

/// <summary>
/// The formats imported from gitleaks' rule table (<c>analyzers/data/gitleaks</c>): every expression is valid .NET syntax,
/// names do not collide with the hand-written rows, and a sample of rows finds synthetic tokens of the provider's documented
/// shape and not its look-alikes. Tokens are built here from a fixed seed, so no real credential is in the repository.
/// </summary>
public sealed class GitleaksFormatsTests
{
    private const string Alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const string LowerAlnum = "abcdefghijklmnopqrstuvwxyz0123456789";
    private const string Hex = "0123456789abcdef";

    /// <summary>Deterministic random text of <paramref name="length"/> characters of <paramref name="alphabet"/>.</summary>
    private static string Random(string alphabet, int length, int seed)
    {
        var random = new System.Random(seed);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }

    [Fact]
    public void Table_IsImported_AndEveryExpressionCompilesInDotNet()
    {
        Assert.True(GitleaksFormats.Tokens.Length >= 60, $"{GitleaksFormats.Tokens.Length} token formats");
        Assert.True(GitleaksFormats.VendorValues.Length >= 60, $"{GitleaksFormats.VendorValues.Length} vendor shapes");
        foreach (var format in GitleaksFormats.Tokens)
        {
            Assert.NotNull(format.Regex);
            Assert.NotEmpty(format.Anchors);
            Assert.True(format.MinEntropy > 0, format.Name);
        }

        // Each vendor shape's expression is built on its first match attempt; a value of the right length makes it run.
        foreach (var shape in GitleaksFormats.VendorValues)
        {
            var ex = Record.Exception(() => VendorValueShape.TryMatch(shape.Words[0] + "Key", Random(LowerAlnum, 40, 1), out _));
            Assert.True(ex is null, shape.Name + ": " + ex?.Message);
        }

        var names = SecretFormats.All.Select(f => f.Name).Concat(GitleaksFormats.Tokens.Select(f => f.Name)).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>
    /// The committed <c>GitleaksFormats.g.cs</c> is what <c>import_gitleaks.py</c> writes from the committed table (the
    /// script's <c>--check</c> mode compares without writing): a replaced table or a changed script must be regenerated.
    /// </summary>
    [Fact]
    public void GeneratedFile_MatchesTheTable()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "AksReady.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("AksReady.sln not found above the test output");
        }

        var start = new System.Diagnostics.ProcessStartInfo("python3", "analyzers/data/gitleaks/import_gitleaks.py --check")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("python3 did not start (it is needed to check the generated gitleaks formats)");
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, output);
    }

    public static TheoryData<string, string> SyntheticTokens() => new()
    {
        { "dt0c01." + Random(LowerAlnum.ToUpperInvariant(), 24, 2) + "." + Random(LowerAlnum.ToUpperInvariant(), 64, 3), "gitleaks:dynatrace-api-token" },
        { "gldt-" + Random(Alnum, 20, 4), "gitleaks:gitlab-deploy-token" },
        { "glrt-" + Random(Alnum, 20, 5), "gitleaks:gitlab-runner-authentication-token" },
        { "pscale_tkn_" + Random(Alnum, 43, 6), "gitleaks:planetscale-api-token" },
        { "dp.pt." + Random(Alnum, 43, 7), "gitleaks:doppler-api-token" },
        { "pul-" + Random(Hex, 40, 8), "gitleaks:pulumi-api-token" },
        { "rubygems_" + Random(Hex, 48, 9), "gitleaks:rubygems-api-token" },
        { "sntryu_" + Random(Hex, 64, 10), "gitleaks:sentry-user-token" },
        { "pplx-" + Random(Alnum, 48, 11), "gitleaks:perplexity-api-key" },
        { "xkeysib-" + Random(Hex, 64, 12) + "-" + Random(Alnum, 16, 13), "gitleaks:sendinblue-api-token" },
        { "oc login --token sha256~" + Random(Alnum, 43, 14) + " --server https://api.example:6443", "gitleaks:openshift-user-token" },
        { "shippo_live_" + Random(Hex, 40, 15), "gitleaks:shippo-api-token" },
        { "pnu_" + Random(Alnum, 36, 16), "gitleaks:prefect-api-token" },
        { "GR1348941vbLJoLoaeTOdoe5c3veG", "gitleaks:gitlab-rrt" },
    };

    [Theory]
    [MemberData(nameof(SyntheticTokens))]
    public void ImportedTokenFormats_FindSyntheticTokens(string text, string format)
        => Assert.True(SecretDetector.TryFind(text, out var match) && match.Format.Name == format, $"{text}: {match.Format?.Name}");

    [Theory]
    [InlineData("dt0c01.XXXXXXXXXXXXXXXXXXXXXXXX.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")]
    [InlineData("gldt-xxxxxxxxxxxxxxxxxxxx")]
    [InlineData("pul-0000000000000000000000000000000000000000")]
    [InlineData("rubygems_abcdefabcdefabcdefabcdefabcdefabcdefabcdefabcd")]
    [InlineData("glrt-")]
    [InlineData("see the pul- prefix and the gldt- prefix in the docs")]
    public void ImportedTokenFormats_IgnoreDocumentationShapes(string text)
        => Assert.False(SecretDetector.TryFind(text, out var match), match.Format?.Name);

    [Theory]
    [InlineData("TwitterConsumerKey", true)]
    [InlineData("TWITTER_API_SECRET", true)]
    [InlineData("twitter:consumer_key", true)]
    [InlineData("TwitterUserId", false)]
    [InlineData("TwitterCallbackUrl", false)]
    [InlineData("TwitterPublicKey", false)]
    [InlineData("Twit", false)]
    [InlineData("ConsumerKey", false)]
    public void VendorShape_NeedsTheProvidersName(string name, bool expected)
        => Assert.Equal(expected, VendorValueShape.TryMatch(name, Random(LowerAlnum, 25, 17), out _));

    /// <summary>
    /// UUIDs are silent whatever the name (issue #3's placeholder list): gitleaks' UUID-shaped vendor rules (Heroku, HubSpot,
    /// Snyk...) are left out of the import for that reason (see import_gitleaks.py).
    /// </summary>
    [Theory]
    [InlineData("HEROKU_API_KEY")]
    [InlineData("snyk:token")]
    public void UuidValues_StaySilent_EvenUnderAProvidersName(string name)
        => Assert.False(VendorValueShape.TryMatch(name, "3f2504e0-4f89-41d3-9a0c-0305e82c3301", out _));

    [Theory]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("your-twitter-consumer-key")]
    [InlineData("<twitter-consumer-key>")]
    [InlineData("${TWITTER_CONSUMER_KEY}")]
    public void VendorShape_IgnoresPlaceholdersAndLowEntropy(string value)
        => Assert.False(VendorValueShape.TryMatch("TwitterConsumerKey", value, out _));

    [Fact]
    public Task Aks2001_ReportsProviderShapedValueUnderTheProvidersName()
    {
        var key = Random(LowerAlnum, 25, 18);
        var test = new VerifyCode.Test
        {
            TestCode = $$"""
                public sealed class TwitterOptions
                {
                    public string TwitterConsumerKey { get; set; } = {|#0:"{{key}}"|};
                    public string TwitterHandle { get; set; } = "{{key}}";
                    public string ConsumerKey { get; set; } = "{{key}}";
                }
                """,
        };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.ExpectedDiagnostics.Add(VerifyCode.Diagnostic(CredentialsInCodeAnalyzer.Rule).WithLocation(0).WithArguments("TwitterConsumerKey"));
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task Aks2003_ReportsProviderShapedValueUnderTheProvidersKey()
    {
        var secret = Random(Hex, 24, 19);
        var test = new VerifyConfig.Test { TestCode = "public static class Program { }" };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.TestState.AdditionalFiles.Add(("/app/appsettings.json", $$"""
            {
              "Kucoin": { "Key": "{{secret}}", "Commit": "{{secret}}" },
              "Build": { "Key": "{{secret}}" }
            }
            """));
        test.ExpectedDiagnostics.Add(VerifyConfig.Diagnostic(SecretsInConfigurationFilesAnalyzer.Rule)
            .WithSpan("/app/appsettings.json", 2, 22, 2, 48)
            .WithArguments("Kucoin:Key", "appsettings.json", "a KuCoin access token"));
        return test.RunAsync(CancellationToken.None);
    }
}

using AksReady.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AksReady.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<AksReady.Analyzers.Rules.CredentialsInCodeAnalyzer, AksReady.Analyzers.CodeFixes.Rules.CredentialsInCodeCodeFixProvider>;

namespace AksReady.Analyzers.Tests.Rules;

public sealed class CredentialsInCodeCodeFixProviderTests
{
    private static DiagnosticResult Expected(int location, string name)
        => VerifyCS.Diagnostic(CredentialsInCodeAnalyzer.Rule).WithLocation(location).WithArguments(name);

    private static Task VerifyAsync(string source, string fixedSource, OutputKind outputKind, params DiagnosticResult[] expected)
        => VerifyCS.VerifyCodeFixAsync(source, expected, fixedSource, outputKind);

    [Fact]
    public Task ConfigurationParameter_FieldNameBecomesSectionKey()
        => VerifyAsync("""
            using Microsoft.Extensions.Configuration;

            public sealed class OrdersRepository
            {
                private string _dbPassword = "";

                public OrdersRepository(IConfiguration configuration)
                {
                    _dbPassword = {|#0:"S3cure!Pass"|};
                }
            }
            """, """
            using Microsoft.Extensions.Configuration;

            public sealed class OrdersRepository
            {
                private string _dbPassword = "";

                public OrdersRepository(IConfiguration configuration)
                {
                    _dbPassword = configuration["Db:Password"];
                }
            }
            """,
            OutputKind.DynamicallyLinkedLibrary,
            Expected(0, "_dbPassword"));

    /// <summary>Each credential of a collection gets the key configuration binds that element to (<c>Partner:ApiKeys:1</c>).</summary>
    [Fact]
    public Task CollectionElements_GetTheirArrayIndexKeys()
        => VerifyAsync("""
            using Microsoft.Extensions.Configuration;

            public sealed class PartnerClient(IConfiguration configuration)
            {
                public string[] Keys()
                {
                    string[] partnerApiKeys = { {|#0:"eqpcn135b4tcd6o1u23v5po197gds974"|}, {|#1:"Vb7Qx2Lm9Rk4Tw8Zp3Ns6Yd1Hc5Ju0Fg"|} };
                    return partnerApiKeys;
                }
            }
            """, """
            using Microsoft.Extensions.Configuration;

            public sealed class PartnerClient(IConfiguration configuration)
            {
                public string[] Keys()
                {
                    string[] partnerApiKeys = { configuration["Partner:ApiKeys:0"], configuration["Partner:ApiKeys:1"] };
                    return partnerApiKeys;
                }
            }
            """,
            OutputKind.DynamicallyLinkedLibrary,
            Expected(0, "partnerApiKeys"),
            Expected(1, "partnerApiKeys"));

    /// <summary>A <c>char[]</c> spelled out with character constants is reported, but not replaced by a string lookup.</summary>
    [Fact]
    public Task CharArrayPassword_IsReported_WithoutAFix()
    {
        const string source = """
            using Microsoft.Extensions.Configuration;

            public sealed class KeyStoreLoader(IConfiguration configuration)
            {
                public char[] Load()
                {
                    char[] passphrase = {|#0:{ 's', 'e', 'c', 'r', 'e', 't', '3' }|};
                    return passphrase;
                }
            }
            """;
        return VerifyAsync(source, source, OutputKind.DynamicallyLinkedLibrary, Expected(0, "passphrase"));
    }

    [Fact]
    public Task ConfigurationField_InObjectInitializer()
        => VerifyAsync("""
            using Microsoft.Extensions.Configuration;

            public sealed class StripeOptions { public string? StripeApiKey { get; set; } }

            public sealed class Billing(IConfiguration config)
            {
                private readonly IConfiguration _config = config;

                public StripeOptions Create() => new StripeOptions { StripeApiKey = {|#0:"k3y-9f8e7d6c5b4a"|} };
            }
            """, """
            using Microsoft.Extensions.Configuration;

            public sealed class StripeOptions { public string? StripeApiKey { get; set; } }

            public sealed class Billing(IConfiguration config)
            {
                private readonly IConfiguration _config = config;

                public StripeOptions Create() => new StripeOptions { StripeApiKey = config["Stripe:ApiKey"] };
            }
            """,
            OutputKind.DynamicallyLinkedLibrary,
            Expected(0, "StripeApiKey"));

    [Fact]
    public Task BuilderConfiguration_InTopLevelProgram()
        => VerifyAsync("""
            using System.Net;
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            var credential = new NetworkCredential("svc", {|#0:"N3tw0rk!"|});
            var app = builder.Build();
            app.Run();
            """, """
            using System.Net;
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            var credential = new NetworkCredential("svc", builder.Configuration["Password"]);
            var app = builder.Build();
            app.Run();
            """,
            OutputKind.ConsoleApplication,
            Expected(0, "password"));

    [Fact]
    public Task NoConfigurationInScope_NoFix()
    {
        const string source = """
            public static class Settings
            {
                public static string M()
                {
                    var dbPassword = {|#0:"hunter2!"|};
                    return dbPassword;
                }
            }
            """;
        return VerifyAsync(source, source, OutputKind.DynamicallyLinkedLibrary, Expected(0, "dbPassword"));
    }

    [Fact]
    public Task FieldInitializer_NoFix()
    {
        const string source = """
            using Microsoft.Extensions.Configuration;

            public sealed class Settings(IConfiguration configuration)
            {
                public const string ApiKey = {|#0:"k3y-9f8e7d6c5b4a"|};
                private readonly IConfiguration _configuration = configuration;
            }
            """;
        return VerifyAsync(source, source, OutputKind.DynamicallyLinkedLibrary, Expected(0, "ApiKey"));
    }
}

using AksReady.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AksReady.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AksReady.Analyzers.Rules.CredentialsInCodeAnalyzer>;

namespace AksReady.Analyzers.Tests.Rules;

public sealed class CredentialsInCodeAnalyzerTests
{
    internal static Task VerifyAsync(string source, params DiagnosticResult[] expected)
        => VerifyAsync(source, editorConfig: null, expected);

    internal static Task VerifyAsync(string source, string? editorConfig, params DiagnosticResult[] expected)
    {
        var test = new VerifyCS.Test { TestCode = source };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + editorConfig));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    private static DiagnosticResult Expected(int location, string name)
        => VerifyCS.Diagnostic(CredentialsInCodeAnalyzer.Rule).WithLocation(location).WithArguments(name);

    [Fact]
    public Task Field_Property_Constant()
        => VerifyAsync("""
            public sealed class Settings
            {
                private readonly string _dbPassword = {|#0:"S3cure!Pass"|};
                public string ApiKey { get; set; } = {|#1:"k3y-9f8e7d6c5b4a"|};
                public const string ClientSecret = {|#2:"cl1ent-s3cr3t-value"|};
                private static string s_authToken = {|#3:"tok_9Xk2LmQ7"|};
                public string Passphrase => {|#4:"c0rrect-h0rse"|};
            }
            """,
            Expected(0, "_dbPassword"), Expected(1, "ApiKey"), Expected(2, "ClientSecret"), Expected(3, "s_authToken"), Expected(4, "Passphrase"));

    [Fact]
    public Task Locals_Parameters_Assignments()
        => VerifyAsync("""
            public static class Db
            {
                public static string Connect(string user, string password = {|#0:"Pa55w0rd!"|})
                {
                    var dbPassword = {|#1:"hunter2!"|};
                    string token;
                    token = {|#2:"Zx81-Qw72-Er63"|};
                    const string apiSecret = {|#3:"9f8e7d6c5b4a3f2e1d"|};
                    password = {|#4:"letme1n"|};
                    return user + dbPassword + token + apiSecret + password;
                }
            }
            """,
            Expected(0, "password"), Expected(1, "dbPassword"), Expected(2, "token"), Expected(3, "apiSecret"), Expected(4, "password"));

    [Fact]
    public Task ObjectInitializer_AnonymousObject_Dictionary()
        => VerifyAsync("""
            using System.Collections.Generic;

            public sealed class Options { public string? Password { get; set; } public string? UserName { get; set; } }

            public static class Factory
            {
                public static object Create()
                {
                    var options = new Options { UserName = "admin", Password = {|#0:"Adm1n!2024"|} };
                    var anonymous = new { User = "svc", Secret = {|#1:"s3rv1ce-Zq81"|} };
                    var map = new Dictionary<string, string>
                    {
                        ["Password"] = {|#2:"D1ct!onary"|},
                        ["Host"] = "db.internal",
                    };
                    var list = new Dictionary<string, string> { { "ApiKey", {|#3:"abc123def456"|} } };
                    map.Add("DB_PASSWORD", {|#4:"Env!ronment1"|});
                    var pair = new KeyValuePair<string, string>("AccessToken", {|#5:"at-7f6e5d4c"|});
                    KeyValuePair<string, string> targetTyped = new("ApiKey", {|#6:"tt-1a2b3c4d"|});
                    return (options, anonymous, map, list, pair, targetTyped);
                }
            }
            """,
            Expected(0, "Password"), Expected(1, "Secret"), Expected(2, "Password"), Expected(3, "ApiKey"),
            Expected(4, "DB_PASSWORD"), Expected(5, "AccessToken"), Expected(6, "ApiKey"));

    [Fact]
    public Task NetworkCredential_ConnectionStringBuilder_SymmetricKey()
        => VerifyAsync("""
            using System.Data.Common;
            using System.Net;
            using System.Security.Cryptography;
            using System.Text;

            namespace Microsoft.IdentityModel.Tokens
            {
                public class SymmetricSecurityKey { public SymmetricSecurityKey(byte[] key) { } }
            }

            namespace Microsoft.Data.SqlClient
            {
                public class SqlConnectionStringBuilder : DbConnectionStringBuilder { public string Password { get; set; } = ""; }
            }

            public static class Security
            {
                public static object Create(string user)
                {
                    var credential = new NetworkCredential(user, {|#0:"N3tw0rk!"|});
                    var builder = new Microsoft.Data.SqlClient.SqlConnectionStringBuilder();
                    builder.Password = {|#1:"Bu1lder!"|};
                    var generic = new DbConnectionStringBuilder();
                    generic["Password"] = {|#2:"Gener1c!"|};
                    var key = new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(Encoding.UTF8.GetBytes({|#3:"my-super-long-jwt-signing-key-2024!"|}));
                    var hmac = new HMACSHA256(Encoding.ASCII.GetBytes({|#4:"hmac-k3y-material"|}));
                    return (credential, builder, generic, key, hmac);
                }
            }
            """,
            Expected(0, "password"), Expected(1, "Password"), Expected(2, "Password"), Expected(3, "SigningKey"), Expected(4, "SigningKey"));

    [Fact]
    public Task ConstantFlowingIntoSecret_IsReportedAtTheConstant()
        => VerifyAsync("""
            public sealed class Options { public string? Password { get; set; } }
            public static class Factory
            {
                private const string Default = "Def4ult!";
                public static Options Create() => new Options { Password = {|#0:Default|} };
            }
            """,
            Expected(0, "Password"));

    [Fact]
    public Task Placeholders_And_SafeValues_AreIgnored()
        => VerifyAsync("""
            using System;

            public static class Safe
            {
                public const string DbPasswordKey = "Db:Password";
                public const string ConnectionStringName = "ConnectionStrings:Default";
                public const string ApiKeyHeaderName = "X-Api-Key";
                public static string Password1 = "";
                public static string Password2 = "changeme";
                public static string Password3 = "<password>";
                public static string Password4 = "${DB_PASSWORD}";
                public static string Password5 = "$(DbPassword)";
                public static string Password6 = "%DB_PASSWORD%";
                public static string Password7 = "{{ db_password }}";
                public static string Password8 = "#{DbPassword}#";
                public static string Password9 = "@password";
                public static string Password10 = "********";
                public static string Password11 = "xxx";
                public static string Password12 = "your-password-here";
                public static string ApiToken = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
                public static string PublicKeyToken = "b77a5c561934e089";
                public static string UserSecretsId = "aspnet-WebApp-3f2504e0-4f89-11d3-9a0c-0305e82c3301";
                public static string Secret = "Password";
                public static string TokenType = "Bearer";
                public static string TokenEndpoint = "https://login.microsoftonline.com/tenant/oauth2/v2.0/token";
                public static string PasswordResetUrl = "https://contoso.com/reset";
                public static string SecretName = "db-password";
                public static string PasswordHash = "AQAAAAIAAYagAAAAEJ";
                public static string SecretPath = "/mnt/secrets-store/db-password";
                public static string ConnectionString = "Server=.;Database=App;Trusted_Connection=True";
                public static string StorageConnectionString = "UseDevelopmentStorage=true";
                public static string PasswordEnvironmentVariable = "DB_PASSWORD";
                public static string PasswordPrompt = "Enter your password:";
                public static string ApiKeyVariable = "API_KEY";
                public static string KeyVaultUri = "https://contoso.vault.azure.net/";
                public static string CacheKey = "user:42";
                public static int PasswordMinLength = 12;

                public static string Read(Func<string, string?> config) => config("Db:Password") ?? string.Empty;

                public static string Build(string password) => "Password=" + password;
            }
            """);

    [Fact]
    public Task CancellationToken_And_NonSecretNames_AreIgnored()
        => VerifyAsync("""
            public static class Names
            {
                public static string NextPageToken = "c2FtcGxlIGN1cnNvcg";
                public static string ContinuationToken = "ct-12345-abc";
                public static string PartitionKey = "tenant-42";
                public static string Key = "a1b2c3d4e5f6";
                public static string Monkey = "b4n4n4s!";
                public static string Passenger = "John";
                public static string Path = "C:\\secrets\\db.txt";
            }
            """);

    [Fact]
    public Task TokenInsideLiteral_IsLeftToAks2002()
        => VerifyAsync("""
            public static class Tokens
            {
                public static string GitHubToken = "ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d";
                public static string ConnectionString = "Server=db;User Id=sa;Password=Pr0d!Pass;";
            }
            """);

    [Fact]
    public Task TestProjects_AreSkippedByDefault_AndCanBeTurnedBackOn()
    {
        const string source = """
            public static class Fixture { public static string Password = {|#0:"T3st!Pass"|}; }
            """;

        // The detector looks at referenced assemblies: reference the real xunit assembly.
        return RunWithTestFrameworkAsync(source, analyzeTests: true, Expected(0, "Password"));
    }

    [Fact]
    public Task TestProjects_AreSkippedByDefault()
        => RunWithTestFrameworkAsync("""
            public static class Fixture { public static string Password = "T3st!Pass"; }
            """, analyzeTests: false);

    [Fact]
    public Task AdditionalSecretWords_FromEditorConfig()
        => VerifyAsync("""
            public static class Hsm
            {
                public static string HsmPin = {|#0:"4711-0815"|};
                public static string Other = "4711-0815";
            }
            """,
            "dotnet_code_quality.AKS2001.additional_secret_words = pin, hsmcode\n",
            Expected(0, "HsmPin"));

    [Fact]
    public Task AdditionalSecretWords_ShortKeyForm()
        => VerifyAsync("""
            public static class Hsm { public static string HsmCode = {|#0:"9x8y7z6w"|}; }
            """,
            "AKS2001.additional_secret_words = hsmcode\n",
            Expected(0, "HsmCode"));

    [Fact]
    public Task WeakValues_AreSilent_WithReportWeakValuesFalse()
        => VerifyAsync(System.Text.RegularExpressions.Regex.Replace(WeakValuesSource, @"\{\|#\d:(.*?)\|\}", "$1"), "dotnet_code_quality.AKS2001.report_weak_values = false\n");

    [Fact]
    public Task WeakValues_AreReported_ByDefault()
        => VerifyAsync(
            WeakValuesSource,
            editorConfig: null,
            Expected(0, "Password"),
            Expected(1, "ClientSecret"),
            Expected(2, "ApiKey"),
            Expected(3, "JwtSecret"),
            Expected(4, "AdminPassword"));

    [Fact]
    public Task WeakValues_ShortKeyForm_KeepsPlaceholdersAndReferencesSilent()
        => VerifyAsync("""
            public static class Settings
            {
                public const string Password = "";
                public const string DbPassword = "changeme";
                public const string ApiKey = "${API_KEY}";
                public const string ClientSecret = "<client-secret>";
                public const string Token = "****";
                public const string DbPasswordKey = "Db:Password";
                public const string SmtpPassword = "SMTP_PASSWORD";
                public const string PasswordPrompt = "Enter the password.";
                public const string AccessToken = "Please sign in to get a token";
                public const string TokenFile = "/var/run/secrets/token";
                public const string ClientSecret2 = "orders-client-secret";
                public const string AuthToken = "X-Auth-Token";
                public const string TrustStorePassword = "trustStorePassword";
                public const string SecretKey = "password";
                public static string Secret = {|#0:"hunter"|};
            }
            """,
            "AKS2001.report_weak_values = true\n",
            Expected(0, "Secret"));

    /// <summary>
    /// IdentityServer's client secrets: <c>new Secret("secret".Sha256())</c> (eShop, eShopOnContainers and the Clean
    /// Architecture template ship it in their identity service's configuration; the real-code sample of 2026-11-27 missed
    /// all eight). The literal reaches the constructor's <c>value</c> through the hash extension; a secret read from
    /// configuration, or another library's <c>Secret</c> type, stays silent.
    /// </summary>
    [Fact]
    public Task IdentityServerSecret_FromALiteral()
        => VerifyAsync("""
            namespace Duende.IdentityServer.Models
            {
                public class Secret { public Secret(string value, string? description = null) { } }
                public static class HashExtensions { public static string Sha256(this string input) => input; public static string Sha512(this string input) => input; }
                public class Client { public System.Collections.Generic.ICollection<Secret> ClientSecrets { get; set; } = new System.Collections.Generic.List<Secret>(); }
            }
            namespace Other { public class Secret { public Secret(string value) { } } }
            namespace Identity
            {
                using Duende.IdentityServer.Models;
                public static class Config
                {
                    public static Client[] Clients(System.Func<string, string> config) => new[]
                    {
                        new Client { ClientSecrets = { new Secret({|#0:"secret"|}.Sha256()) } },
                        new Client { ClientSecrets = { new Secret({|#1:"Vx8q-Lm4Rt!2026"|}.Sha512(), "web") } },
                        new Client { ClientSecrets = { new Secret(config("Clients:Web:Secret").Sha256()) } },
                        new Client { ClientSecrets = { new Secret("".Sha256()) } },
                    };
                    public static object Unrelated() => new Other.Secret("orders-archive");
                }
            }
            """,
            Expected(0, "ClientSecret"),
            Expected(1, "ClientSecret"));

    private const string WeakValuesSource = """
        public static class Settings
        {
            public static string Password = {|#0:"password"|};
            public static string ClientSecret = {|#1:"secret"|};
            public static string ApiKey = {|#2:"oops"|};
            public static string JwtSecret = {|#3:"mysecretkey"|};
            public static string AdminPassword = {|#4:"abc"|};
        }
        """;

    [Fact]
    public Task GeneratedCode_IsIgnored()
        => VerifyAsync("""
            // <auto-generated/>
            public static class Generated { public static string Password = "Gen3rated!"; }
            """);

    [Fact]
    public async Task IncompleteCode_DoesNotCrash()
    {
        var test = new VerifyCS.Test
        {
            TestCode = """
                public class Broken
                {
                    public string Password = {|#0:"Inc0mplete!"|}
                    public void M(string password = ) { var token = ; }
                }
                """,
            CompilerDiagnostics = CompilerDiagnostics.None,
        };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.ExpectedDiagnostics.Add(Expected(0, "Password"));
        await test.RunAsync(CancellationToken.None);
    }

    private static Task RunWithTestFrameworkAsync(string source, bool analyzeTests, params DiagnosticResult[] expected)
    {
        var test = new VerifyCS.Test { TestCode = source };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(FactAttribute).Assembly.Location));
        if (analyzeTests)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\nAKS2001.analyze_test_projects = true\n"));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }
}

using AksReady.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AksReady.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AksReady.Analyzers.Rules.CredentialsInStringsAnalyzer>;

namespace AksReady.Analyzers.Tests.Rules;

public sealed class CredentialsInStringsAnalyzerTests
{
    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new VerifyCS.Test { TestCode = source };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    private static DiagnosticResult Expected(int location, string description)
        => VerifyCS.Diagnostic(CredentialsInStringsAnalyzer.Rule).WithLocation(location).WithArguments(description);

    [Fact]
    public Task ConnectionStrings_WithCredentials()
        => VerifyAsync("""
            public static class ConnectionStrings
            {
                public static string Sql = {|#0:"Server=tcp:app.database.windows.net,1433;Database=app;User ID=app;Password=Pr0d!Pa55;"|};
                public static string Pwd = {|#1:"Host=db;Username=app;Pwd=s3cr3t-pg"|};
                public static string Storage = {|#2:"DefaultEndpointsProtocol=https;AccountName=prodstore;AccountKey=q8Ft3Kz0Wb9Lm2Ns5Vx7Yc4Rd1Ge6Hj0Pk3Tu8Qw5Ez2Ia7Ob4Mc9Nd6Lf1Sg3Xh8Vj5Bk2Cl0Zm7An4Dp9Fq6Gr1Hs3Jt8Ku5Lv2Mw0Nx7Oy4==;EndpointSuffix=core.windows.net"|};
                public static string ServiceBus = {|#3:"Endpoint=sb://prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=K7m2Xp9Qr4Ts1Vw8Yz3Bc6Df0Gh5Jk2Lm9Np4Qr7St="|};
                public static string AppConfig = {|#4:"Endpoint=https://prod.azconfig.io;Id=Ab1C-l0-s0:Zx9Yw8Vu7Ts6;Secret=Q2w3E4r5T6y7U8i9O0p1A2s3D4f5G6h7J8k9L0z1X2c="|};
            }
            """,
            Expected(0, "a connection string with a password"), Expected(1, "a connection string with a password"),
            Expected(2, "an Azure Storage or Cosmos DB account key"), Expected(3, "an Azure Service Bus or Event Hubs shared access key"),
            Expected(4, "an Azure App Configuration access key"));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public Task WeakPasswordsInsideStrings_UnlessReportWeakValuesIsFalse(bool reportWeakValues)
    {
        const string Source = """
            public static class Local
            {
                public static string Sql = "Server=db;Database=app;User Id=app;Password=pass";
                public static string Postgres = "postgres://admin123:password@localhost/orders?sslmode=enable";
                public static string Template = "Server=db;User Id=app;Password={0}";
                public static string Placeholder = "Server=db;User Id=app;Password=<password>";
                public static string NoPassword = "https://user@example.com/repo.git";
            }
            """;
        var test = new VerifyCS.Test { TestCode = reportWeakValues ? Source.Replace("Sql = \"", "Sql = {|#0:\"").Replace("=pass\"", "=pass\"|}").Replace("Postgres = \"", "Postgres = {|#1:\"").Replace("=enable\"", "=enable\"|}") : Source };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        if (reportWeakValues)
        {
            // The default since 2026-11-27: no option needed.
            test.ExpectedDiagnostics.Add(Expected(0, "a connection string with a password"));
            test.ExpectedDiagnostics.Add(Expected(1, "a URI with a user name and password"));
        }
        else
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\nAKS2001.report_weak_values = false\n"));
        }

        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task Comments_ProviderTokensOnly()
        => VerifyAsync("""
            public static class Billing
            {
                // var client = new GitHubClient(token: "{|#0:ghp_Vb7Qx2Lm9Rt4Wz8Nk3Cd6Hf1Xp5Ys0Bj4Mzq|}");
                /* Slack: https://hooks.slack.com/services/{|#1:T8QW2LM9X/B4RT7WZ3N/Vb7Qx2Lm9Rt4Wz8Nk3Cd6Hf1|} */
                // Example: Server=db;User Id=app;Password=Pr0d!Pa55; (connection strings in prose are not read)
                // Docs: https://user:Pr0d!Pa55@example.com/ and MYSQL_ROOT_PASSWORD=Wq7v2Lm9xR
                /// <summary>ghp_Vb7Qx2Lm9Rt4Wz8Nk3Cd6Hf1Xp5Ys0Bj4Mzq in a documentation comment is not read.</summary>
                public static int Amount;
                // ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
                public static string Home = "https://contoso.example/docs"; // old: {|#2:ghp_Qb7Vx2Lm9Rt4Wz8Nk3Cd6Hf1Xp5Ys0Bj4Mzq|}
                public static string Hook = {|#3:"https://hooks.slack.com/services/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"|};
                public static string Block = {|#4:"/* not a comment ghp_Zb7Vx2Lm9Rt4Wz8Nk3Cd6Hf1Xp5Ys0Bj4Mzq */"|}.Length > 0 ? "a" : "b";
            }
            """,
            Expected(0, "a GitHub token"), Expected(1, "a Slack incoming webhook URL"), Expected(2, "a GitHub token"),
            Expected(3, "a Slack incoming webhook URL"), Expected(4, "a GitHub token"));

    [Fact]
    public Task Comments_CommentedOutCredentialAssignments()
        => VerifyAsync("""
            public static class Settings
            {
                // const string password = "{|#0:ZWVTjPQSdhwRgl204Hc51YCsritMIzn8B=/p|}";
                public static string Password = "";
                /* ApiKey: "{|#1:k3y-9f8e7d6c5b4a|}", */
                // private string _clientSecret => "{|#2:cl1ent-s3cr3t-value|}";
                // The password = "changeme" until the first login; Password = "<your password>";
                // if (password == "Qx7vLm2p") return;  (a comparison, not an assignment)
                // Console.WriteLine("password: " + value);
                // var label = "Password"; var hint = "Enter your password here";
                // password = "Tz8wVb3n" is what the old installer used  (prose continues after the value)
                public static int Retries = 3;
            }
            """,
            Expected(0, "a credential assigned in commented-out code"), Expected(1, "a credential assigned in commented-out code"),
            Expected(2, "a credential assigned in commented-out code"));

    [Fact]
    public Task Uris_And_ProviderTokens()
        => VerifyAsync("""
            public static class Tokens
            {
                public static string Postgres = {|#0:"postgres://app:Pg!Pr0dPass@db.internal:5432/app"|};
                public static string GitHub = {|#1:"ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d"|};
                public static string Aws = {|#2:"AKIA4HZQ7LMN2PRS6TUV"|};
                public static string Slack = {|#3:"https://hooks.slack.com/services/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"|};
                public static string Stripe = {|#4:"sk_live_51Hq8ZxK2mL9nQ4rT7vW3yB6cD1fG5hJ"|};
                public static string Jwt = {|#5:"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtb3JkZXJzIiwiaWF0IjoxNzAwMDAwMDAwfQ.Qm9ZxR7kLp2Wv5Tn8Yc3Ha6Jd1Fs4Gu0Ie9Ob"|};
                public static string Pem = {|#6:"-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi\n-----END RSA PRIVATE KEY-----"|};
                public static string Entra = {|#7:"Xk28Q~mZ3pL9qW4rT7vN1bC6dF0gH5jK8sA2eU.y"|};
            }
            """,
            Expected(0, "a URI with a user name and password"), Expected(1, "a GitHub token"), Expected(2, "an AWS access key ID"),
            Expected(3, "a Slack incoming webhook URL"), Expected(4, "a Stripe live secret key"), Expected(5, "a JSON Web Token"),
            Expected(6, "a PEM private key"), Expected(7, "a Microsoft Entra ID client secret"));

    [Fact]
    public Task InterpolatedText_IsScanned()
        => VerifyAsync("""
            public static class Interpolated
            {
                public static string Build(string host) => $"Server={host}{|#0:;User Id=sa;Password=Int3rp0lated!;|}";
                public static string Safe(string host, string password) => $"Server={host};User Id=sa;Password={password};";
            }
            """,
            Expected(0, "a connection string with a password"));

    [Fact]
    public Task SafeStrings_AreIgnored()
        => VerifyAsync("""
            public static class Safe
            {
                public static string Trusted = "Server=.;Database=App;Trusted_Connection=True;";
                public static string Integrated = "Data Source=db;Initial Catalog=App;Integrated Security=true";
                public static string Dev = "UseDevelopmentStorage=true";
                public static string Azurite = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;";
                public static string AppInsights = "InstrumentationKey=3f2504e0-4f89-11d3-9a0c-0305e82c3301;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/";
                public static string Placeholder = "Server=db;User Id=sa;Password=<password>;";
                public static string Format = "Server={0};User Id={1};Password={2};";
                public static string EnvTemplate = "postgres://app:${PGPASSWORD}@db:5432/app";
                public static string NoPassword = "https://user@contoso.com/path";
                public static string AwsExample = "AKIAIOSFODNN7EXAMPLE";
                public static string StripeTest = "sk_test_51Hq8ZxK2mL9nQ4rT7vW3yB6cD1fG5hJ";
                public static string PublicKey = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----";
                public static string Sha = "9fceb02d0ae598e95dc970b74767f19372d61af8";
                public static string Regex = "ghp_[A-Za-z0-9]{36}";
                public static string Message = "The Password= setting is required";
                public static string Empty = "Server=db;Password=;";
            }
            """);
}

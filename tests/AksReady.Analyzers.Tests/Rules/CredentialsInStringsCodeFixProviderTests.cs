using AksReady.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AksReady.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<AksReady.Analyzers.Rules.CredentialsInStringsAnalyzer, AksReady.Analyzers.CodeFixes.Rules.CredentialsInStringsCodeFixProvider>;

namespace AksReady.Analyzers.Tests.Rules;

public sealed class CredentialsInStringsCodeFixProviderTests
{
    private const string ConnectionString = "a connection string with a password";

    private static DiagnosticResult Expected(int location, string description)
        => VerifyCS.Diagnostic(CredentialsInStringsAnalyzer.Rule).WithLocation(location).WithArguments(description);

    private static Task VerifyAsync(string source, string fixedSource, params DiagnosticResult[] expected)
        => VerifyCS.VerifyCodeFixAsync(source, expected, fixedSource, OutputKind.DynamicallyLinkedLibrary);

    [Fact]
    public Task ConnectionStrings_NamedAfterTheVariable_OrDefault_FixAll()
        => VerifyAsync("""
            using Microsoft.Extensions.Configuration;

            public sealed class OrdersDb { public OrdersDb(string connectionString) { } }

            public sealed class Startup(IConfiguration configuration)
            {
                public OrdersDb Create()
                {
                    var ordersConnectionString = {|#0:"Server=orders;Database=Orders;User Id=app;Password=Xk29!qLm"|};
                    return new OrdersDb({|#1:"Server=orders;Database=Orders;User Id=app;Password=Xk29!qLm"|});
                }
            }
            """, """
            using Microsoft.Extensions.Configuration;

            public sealed class OrdersDb { public OrdersDb(string connectionString) { } }

            public sealed class Startup(IConfiguration configuration)
            {
                public OrdersDb Create()
                {
                    var ordersConnectionString = configuration["ConnectionStrings:Orders"];
                    return new OrdersDb(configuration["ConnectionStrings:Default"]);
                }
            }
            """,
            Expected(0, ConnectionString),
            Expected(1, ConnectionString));

    [Fact]
    public Task Tokens_NamedAfterTheClientAndParameter_OrTheVariable()
        => VerifyAsync("""
            using Microsoft.Extensions.Configuration;

            public sealed class StripeClient { public StripeClient(string apiKey) { } }

            public static class Billing
            {
                public static StripeClient Create(IConfiguration config)
                {
                    string githubToken;
                    githubToken = {|#0:"ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d"|};
                    return new StripeClient(apiKey: {|#1:"sk_live_51HbQ2cK8vX3mNpR7tYwZ9aLqJ"|});
                }
            }
            """, """
            using Microsoft.Extensions.Configuration;

            public sealed class StripeClient { public StripeClient(string apiKey) { } }

            public static class Billing
            {
                public static StripeClient Create(IConfiguration config)
                {
                    string githubToken;
                    githubToken = config["Github:Token"];
                    return new StripeClient(apiKey: config["Stripe:ApiKey"]);
                }
            }
            """,
            Expected(0, "a GitHub token"),
            Expected(1, "a Stripe live secret key"));

    /// <summary>No fix inside a larger text, where a constant is required, where nothing names the value, or without IConfiguration.</summary>
    [Fact]
    public Task NoFix_InConcatenations_Constants_Returns_OrWithoutConfiguration()
    {
        const string source = """
            using Microsoft.Extensions.Configuration;

            public sealed class Db(IConfiguration configuration)
            {
                private const string Admin = {|#0:"Server=orders;User Id=sa;Password=Xk29!qLm"|};
                public string Build(string host) => {|#1:"Server=orders;User Id=sa;Password=Xk29!qLm;"|} + host;
                public string Get() { return {|#2:"Server=orders;User Id=sa;Password=Xk29!qLm"|}; }
            }

            public static class NoConfiguration
            {
                public static void Run() { var connectionString = {|#3:"Server=orders;User Id=sa;Password=Xk29!qLm"|}; }
            }
            """;
        return VerifyAsync(source, source, Expected(0, ConnectionString), Expected(1, ConnectionString), Expected(2, ConnectionString), Expected(3, ConnectionString));
    }
}

using AksReady.Analyzers.Rules;
using AksReady.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AksReady.Analyzers.Tests.Verifiers.LoggingRuleVerifier<AksReady.Analyzers.Tests.Verifiers.Aks3005, AksReady.Analyzers.CodeFixes.Rules.SecretLoggedCodeFixProvider>;

namespace AksReady.Analyzers.Tests.Rules;

/// <summary>AKS3005's fix: the secret's placeholder and argument leave the log call together.</summary>
[Collection(SerilogCollection.Name)]
public sealed class SecretLoggedCodeFixProviderTests
{
    private const string Usings = """
        using System;
        using Microsoft.Extensions.Logging;

        """;

    private static DiagnosticResult Expected(int location, string name)
        => VerifyCS.Diagnostic(SecretLoggedAnalyzer.Rule).WithLocation(location).WithArguments(name);

    private static Task VerifyAsync(string source, string fixedSource, params DiagnosticResult[] expected)
        => VerifyCS.VerifyCodeFixAsync(Usings + source, expected, Usings + fixedSource, OutputKind.DynamicallyLinkedLibrary);

    [Fact]
    public Task PlaceholderAndArgument_Removed()
        => VerifyAsync(
            """
            public sealed class Options { public string ConnectionString { get; set; } = ""; }

            public sealed class Login(ILogger<Login> logger, Options options)
            {
                public void Run(string user, string password, string apiKey, int attempt)
                {
                    logger.LogInformation("Login {User} with {Password}", user, {|#0:password|});
                    logger.LogDebug("Connecting to {Target}.", {|#1:options.ConnectionString|});
                    logger.LogWarning(new EventId(7), "Key {ApiKey} rejected after {Attempt} attempts", {|#2:apiKey|}, attempt);
                    using var scope = logger.BeginScope("Session {User}: {Password}", user, {|#3:password|});
                }
            }
            """,
            """
            public sealed class Options { public string ConnectionString { get; set; } = ""; }

            public sealed class Login(ILogger<Login> logger, Options options)
            {
                public void Run(string user, string password, string apiKey, int attempt)
                {
                    logger.LogInformation("Login {User}", user);
                    logger.LogDebug("Connecting.");
                    logger.LogWarning(new EventId(7), "Key rejected after {Attempt} attempts", attempt);
                    using var scope = logger.BeginScope("Session {User}", user);
                }
            }
            """,
            Expected(0, "Password"),
            Expected(1, "ConnectionString"),
            Expected(2, "ApiKey"),
            Expected(3, "Password"));

    /// <summary>Two secrets in one call: Fix All removes both from one template; the exception argument stays.</summary>
    [Fact]
    public Task TwoSecretsInOneCall_BothRemoved()
        => VerifyAsync(
            """
            public sealed class Client(ILogger<Client> logger)
            {
                public void Call(Exception ex, string token, string user, string clientSecret)
                {
                    logger.LogError(ex, "Token {Token} for {User} rejected, secret {ClientSecret}", {|#0:token|}, user, {|#1:clientSecret|});
                }
            }
            """,
            """
            public sealed class Client(ILogger<Client> logger)
            {
                public void Call(Exception ex, string token, string user, string clientSecret)
                {
                    logger.LogError(ex, "Token for {User} rejected", user);
                }
            }
            """,
            Expected(0, "Token"),
            Expected(1, "ClientSecret"));

    /// <summary>Not offered where placeholders and arguments are not one to one, or the template is not a literal to edit.</summary>
    [Fact]
    public async Task NotOffered_WhenTheTemplateCannotBeEditedSafely()
    {
        const string Source = """
            public sealed class Client(ILogger<Client> logger)
            {
                private const string Template = "Using {Token}";

                public void Call(string token, string password)
                {
                    logger.LogInformation(Template, {|#0:token|});
                    logger.LogInformation("{Password}", {|#1:password|});
                    logger.LogInformation("Values {A} {B}", new object[] { 1, {|#2:password|} });
                    logger.LogInformation(message: "Using {Token}", args: {|#3:token|});
                }
            }
            """;
        var test = new VerifyCS.Test { TestCode = Usings + Source, FixedCode = Usings + Source };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.FixedState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        var expected = new[] { Expected(0, "Token"), Expected(1, "Password"), Expected(2, "password"), Expected(3, "Token") };
        test.ExpectedDiagnostics.AddRange(expected);
        test.FixedState.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync(CancellationToken.None);
    }
}

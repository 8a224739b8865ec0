using AksReady.Analyzers.Rules;
using AksReady.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AksReady.Analyzers.Tests.Verifiers.LoggingRuleVerifier<AksReady.Analyzers.Tests.Verifiers.Aks3005, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace AksReady.Analyzers.Tests.Rules;

[Collection(SerilogCollection.Name)]
public sealed class SecretLoggedAnalyzerTests
{
    private const string Usings = """
        using System;
        using System.Threading;
        using Microsoft.Extensions.Logging;

        """;

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new VerifyCS.Test { TestCode = Usings + source };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static DiagnosticResult Expected(int location, string name)
        => VerifyCS.Diagnostic(SecretLoggedAnalyzer.Rule).WithLocation(location).WithArguments(name);

    [Fact]
    public Task SecretPlaceholdersAndArguments_Reported()
        => VerifyAsync("""
            public sealed class Options { public string ConnectionString { get; set; } = ""; public string ApiKey { get; set; } = ""; }

            public sealed class Worker(ILogger<Worker> logger, Options options)
            {
                private readonly string _clientSecret = "";

                public void Run(string user, string password, string value, object credentials)
                {
                    logger.LogInformation("Login {User} with {Password}", user, {|#0:password|});
                    logger.LogDebug("Connecting to {Target}", {|#1:options.ConnectionString|});
                    logger.LogDebug("Key {Value}", {|#2:options.ApiKey|});
                    logger.LogTrace("Using {AccessToken}", {|#3:value|});
                    logger.LogTrace("Secret {Value}", {|#4:_clientSecret|});
                    logger.LogWarning("Auth {@Credentials}", {|#5:credentials|});
                    logger.LogInformation($"Connecting with {{|#6:password|}}");
                }
            }
            """,
            Expected(0, "Password"),
            Expected(1, "ConnectionString"),
            Expected(2, "ApiKey"),
            Expected(3, "AccessToken"),
            Expected(4, "_clientSecret"),
            Expected(5, "Credentials"),
            Expected(6, "password"));

    /// <summary>
    /// A variable the method hands to a secret store as the secret's name holds a name, however it is called
    /// ("Secret '{secretKey}' loaded from Key Vault", twice in the real-code sample of 2026-11-27); the value read back is
    /// still a secret.
    /// </summary>
    [Fact]
    public Task SecretStoreNames_AreNotSecrets_TheirValuesAre()
        => VerifyAsync("""
            using System.Threading.Tasks;

            public sealed class KeyVaultSecret { public string Value { get; set; } = ""; }
            public sealed class SecretClient
            {
                public Task<KeyVaultSecret> GetSecretAsync(string name) => Task.FromResult(new KeyVaultSecret());
                public Task SetSecretAsync(string name, string value) => Task.CompletedTask;
            }

            public sealed class ConfigurationService(ILogger<ConfigurationService> logger, SecretClient client)
            {
                public async Task<string> ReadAsync(string secretKey)
                {
                    try
                    {
                        var secret = (await client.GetSecretAsync(secretKey)).Value;
                        logger.LogDebug($"Secret '{secretKey}' loaded from Key Vault.");
                        logger.LogInformation("Loaded {SecretKey}", secretKey);
                        logger.LogDebug("Value {Value}", {|#0:secret|});
                        return secret;
                    }
                    catch (Exception ex)
                    {
                        logger.LogError(ex, $"Error retrieving secret '{secretKey}' from Key Vault.");
                        throw;
                    }
                }

                public void Other(string secretKey) => logger.LogDebug("Key {Key}", {|#1:secretKey|});

                public async Task StoreAsync(string clientSecret)
                {
                    await client.SetSecretAsync("orders-client-secret", clientSecret);
                    logger.LogDebug("Stored {Value}", {|#2:clientSecret|});
                }
            }
            """,
            Expected(0, "secret"),
            Expected(1, "secretKey"),
            Expected(2, "clientSecret"));

    /// <summary>A template that is not constant: the secret concatenated into it, or the secret as the whole template.</summary>
    [Fact]
    public Task ConcatenatedOrWholeTemplate_Reported()
        => VerifyAsync("""
            public sealed class Auth(ILogger<Auth> logger)
            {
                public void Run(string password, string authToken, string user, int attempt, string secretName)
                {
                    logger.LogInformation("User's password is: " + {|#0:password|});
                    logger.LogError("Auth failed for " + user + " with " + {|#1:authToken|} + " after " + attempt);
                    logger.LogDebug({|#2:password|});
                    logger.LogDebug("Reading " + secretName + " for " + user);
                    logger.LogDebug("Prefix " + authToken.Substring(0, 8));
                }
            }
            """,
            Expected(0, "password"),
            Expected(1, "authToken"),
            Expected(2, "password"));

    /// <summary>A generic accessor (<c>Text</c>, <c>Value</c>) is known by its receiver's name; other members by their own.</summary>
    [Fact]
    public Task ValueAndTextAccessors_TakeTheReceiversName()
        => VerifyAsync("""
            public sealed class TextBox { public string Text { get; set; } = ""; public string Name { get; set; } = ""; }
            public sealed class Secret { public string Value { get; set; } = ""; public string Name { get; set; } = ""; }
            public sealed class Response<T> { public T Value { get; set; } = default!; }

            public sealed class Login(ILogger<Login> logger)
            {
                public void Run(TextBox passwordBox, Response<Secret> secret, TextBox userBox, Response<Secret> settings)
                {
                    logger.LogWarning({|#0:passwordBox.Text|});
                    logger.LogInformation("Loaded {Value}", {|#1:secret.Value.Value|});
                    logger.LogInformation("Loaded {Name}", secret.Value.Name);
                    logger.LogInformation("User {User}", userBox.Text);
                    logger.LogInformation("Setting {Value}", settings.Value.Value);
                }
            }
            """,
            Expected(0, "passwordBox"),
            Expected(1, "secret"));

    [Fact]
    public Task DefineTemplate_Reported()
        => VerifyAsync("""
            public static class Log
            {
                public static readonly Action<ILogger, string, Exception?> Connecting =
                    LoggerMessage.Define<string>(LogLevel.Information, new EventId(1), {|#0:"Connecting with {ConnectionString}"|});
            }
            """,
            Expected(0, "ConnectionString"));

    [Fact]
    public Task MetadataAndNonSecretTypes_NotReported()
        => VerifyAsync("""
            public sealed class Worker(ILogger<Worker> logger)
            {
                public void Run(CancellationToken cancellationToken, int tokenCount, DateTime tokenExpiry, string secretName, bool hasPassword,
                                TimeSpan tokenLifetime, string keyVaultUri, string user, string nextToken, string continuationToken,
                                string tokenIndex, string secretArn, string secretPath, string passwordHash)
                {
                    logger.LogInformation("Used {TokenCount} tokens", tokenCount);
                    logger.LogInformation("Token expires {TokenExpiry}", tokenExpiry);
                    logger.LogInformation("Reading secret {SecretName}", secretName);
                    logger.LogInformation("Has password {HasPassword}", hasPassword);
                    logger.LogInformation("Lifetime {Lifetime}", tokenLifetime);
                    logger.LogInformation("Cancelled {Token}", cancellationToken);
                    logger.LogInformation("Vault {Uri} for {User}", keyVaultUri, user);
                    logger.LogInformation("Password policy changed");
                    logger.LogInformation("Next page {Cursor} {Continuation}", nextToken, continuationToken);
                    logger.LogInformation("Token {TokenIndex} of secret {Arn} at {Path}", tokenIndex, secretArn, secretPath);
                    logger.LogInformation("Stored " + passwordHash + " " + HashPassword(user));
                    Console.WriteLine(secretName);
                }

                private static string HashPassword(string value) => value;
            }
            """);

    [Fact]
    public async Task AdditionalSensitiveNames_FromEditorConfig()
    {
        var test = new VerifyCS.Test
        {
            TestCode = Usings + """
                public sealed class Worker(ILogger<Worker> logger)
                {
                    public void Run(string ssn, string pin)
                    {
                        logger.LogInformation("Customer {Ssn}", {|#0:ssn|});
                        logger.LogInformation("Card {Pin}", pin);
                    }
                }
                """,
        };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.cs]
            dotnet_code_quality.AKS3005.additional_sensitive_names = ssn, social_security
            """));
        test.ExpectedDiagnostics.Add(Expected(0, "Ssn"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Serilog_Reported()
    {
        var test = new VerifyCS.Test
        {
            ReferenceAssemblies = TestReferenceAssemblies.AspNetCore80WithSerilog,
            TestCode = """
                using Serilog;

                public sealed class Worker(ILogger logger)
                {
                    public void Run(string bearerToken, string user)
                    {
                        logger.Information("Calling API as {User} with {Header}", user, {|#0:bearerToken|});
                        Log.Debug("Password {Password}", {|#1:"hunter2"|});
                    }
                }
                """,
        };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.ExpectedDiagnostics.Add(Expected(0, "bearerToken"));
        test.ExpectedDiagnostics.Add(Expected(1, "Password"));
        await test.RunAsync();
    }
}

using AksReady.Analyzers.Internal.Secrets;

namespace AksReady.Analyzers.Tests.Secrets;

/// <summary>The data-driven format table: size, unique names, and every row exercised by the labelled corpus.</summary>
public sealed class SecretFormatsTests
{
    [Fact]
    public void Table_HasAtLeastThirtyUniqueFormats()
    {
        Assert.True(SecretFormats.All.Length >= 30, $"{SecretFormats.All.Length} formats");
        Assert.Equal(SecretFormats.All.Length, SecretFormats.All.Select(f => f.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(SecretFormats.All, f => Assert.False(string.IsNullOrWhiteSpace(f.Description)));
    }

    [Fact]
    public void EveryFormat_DetectsAtLeastOneCorpusPositive()
    {
        var positives = SecretsCorpusTests.LoadCases().Where(c => c.Positive).Select(c => c.Content).ToList();
        var missing = SecretFormats.All
            .Where(format => !positives.Any(content => Texts(content).Any(text => SecretDetector.TryMatch(format, text, out _))))
            .Select(format => format.Name)
            .ToList();
        Assert.True(missing.Count == 0, "Formats without a corpus positive: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData("Password=hunter2;Server=db")]
    [InlineData("Server=db;Password=\"quoted;value\"")]
    [InlineData("db:6380,password=Vb7nQ2xL9mK4,ssl=True")]
    public void ConnectionStringPassword_Matches(string text)
        => Assert.True(SecretDetector.TryFind(text, out var match) && match.Format.Name == "ConnectionStringPassword");

    [Theory]
    [InlineData("Authorization: Basic b3JkZXJzOlE3dk16MnBMOXg=", "HttpAuthorizationHeader")]
    [InlineData("GET / HTTP/1.1\r\nAuthorization: Bearer Vq2Lm9Rt4Wz8Nk3Cd6Hf1Xp5\r\n", "HttpAuthorizationHeader")]
    [InlineData("{\"Authorization\": \"Token 9f8e7d6c5b4a39281706f5e4d3c2b1a0\"}", "HttpAuthorizationHeader")]
    [InlineData("docker run -e MYSQL_ROOT_PASSWORD=Wq7v2Lm9xR mysql:8", "EnvironmentVariableSecret")]
    [InlineData("PGPASSWORD='Tq8v Lm2xR9' psql -h db", "EnvironmentVariableSecret")]
    [InlineData("export GITHUB_TOKEN=Kp7Qz2Wm9xLv4 && make", "EnvironmentVariableSecret")]
    [InlineData("https://app.logic.azure.com:443/workflows/x/triggers/manual/paths/invoke?api-version=2016-10-01&sp=%2Ftriggers&sv=1.0&sig=Qx7mR2vL9kW4nT8pZ3cF6hJ1sD5gB0aE2yU7iO4rN9t", "AzureSasSignature")]
    [InlineData("curl https://fn-app.azurewebsites.net:443/api/HttpTrigger1?code=Zr8Lq2Wv9Km4Xn7Pt3Cd6Hf1Bs5Gj0Ay2Ue7Io4Rn9Tw%3D%3D", "AzureFunctionKey")]
    [InlineData("Ocp-Apim-Subscription-Key: 3f9a2c7e1b8d4f6a0c5e9b2d7f1a4c8e", "AzureSubscriptionKey")]
    [InlineData("Authorization: BotConnector Ab3dE5fG7hJ.Kl9Mn2Pq4Rs6Tu8Vw0Xy1Za3Bc5De7Fg9Hj2Kl4Mn6Pq8Rs0", "AzureBotFrameworkSecret")]
    [InlineData("Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==", "HttpAuthorizationHeader")]
    [InlineData("Endpoint=https://rt.service.signalr.net;AccessKey=8+MQKZWmc5Y10LB+Qc/JvL5o/CZ5NrTLg7uFEtWXDlo=;Version=1.0;", "AzureAccessKey")]
    [InlineData("sk-ant-oat01-Qz9wX8cV7bN6mD5sT4fR3gH2yJ1kL0pAuZ9xC8vN7mB6lD5qK4jF3hG2sY1tAw", "AnthropicApiKey")]
    [InlineData("ID:orders-admin PW:Vq7Lm2xR9t!", "CredentialPair")]
    [InlineData("username=svc_orders password=Tz8wVb3nK5", "CredentialPair")]
    [InlineData("--user=svc_orders --password=Tz8wVb3nK5", "CredentialPair")]
    [InlineData("password:Tz8wVb3nK5 username:svc_orders", "CredentialPair")]
    public void CommandLineAndHeaderFormats_Match(string text, string format)
        => Assert.True(SecretDetector.TryFind(text, out var match) && match.Format.Name == format, text);

    [Theory]
    [InlineData("Authorization: Bearer <access-token>")]
    [InlineData("Authorization: Bearer {0}")]
    [InlineData("Authorization: Basic ")]
    [InlineData("Authorization: Bearer accesstoken")]
    [InlineData("MYSQL_ROOT_PASSWORD=${MYSQL_ROOT_PASSWORD} docker compose up")]
    [InlineData("DB_PASSWORD=$DB_PASSWORD ./migrate.sh")]
    [InlineData("Set DB_PASSWORD=<your-password> first")]
    [InlineData("DB_PASSWORD=changeme")]
    [InlineData("db_password=lowercase-is-not-an-env-name")]
    [InlineData("Password=&lt;YOUR_PASSWORD&gt;")]
    [InlineData("Authorization: Basic dXNlcjpwYXNz")]
    [InlineData("Authorization: Basic dXNlcm5hbWU6cGFzc3dvcmQ=")]
    [InlineData("Authorization: Basic dGVzdDp0ZXN0")]
    [InlineData("User: {0} Password: {1}")]
    [InlineData("user=%s password=%s")]
    [InlineData("Username: admin Password: <your password>")]
    [InlineData("--user=$DB_USER --password=$DB_PASSWORD")]
    [InlineData("Password: required")]
    [InlineData("Password changed: {UserId}")]
    [InlineData("PPPP: ppp PASS:  PW:")]
    [InlineData("Pp:Pp pP:pP")]
    [InlineData("Enter your user name and password: both are required")]
    public void CommandLineAndHeaderLookAlikes_DoNotMatch(string text)
        => Assert.False(SecretDetector.TryFind(text, out var match), match.Format?.Name);

    [Theory]
    [InlineData("")]
    [InlineData("Password=")]
    [InlineData("Password=;")]
    [InlineData("Password={0};")]
    [InlineData("Password=<password>")]
    [InlineData("Password=${DB_PASSWORD}")]
    [InlineData("Password=********")]
    [InlineData("ghp_0000000000000000000000000000000000000")]
    [InlineData("AKIAIOSFODNN7EXAMPLE")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa==")]
    public void PlaceholdersAndLowEntropy_DoNotMatch(string text)
        => Assert.False(SecretDetector.TryFind(text, out _));

    [Theory]
    [InlineData("_dbPassword", "Db:Password")]
    [InlineData("StripeApiKey", "Stripe:ApiKey")]
    [InlineData("DB_PASSWORD", "Db:Password")]
    [InlineData("password", "Password")]
    [InlineData("ClientSecret", "ClientSecret")]
    [InlineData("AzureAdClientSecret", "AzureAd:ClientSecret")]
    [InlineData("Jwt:SigningKey", "Jwt:SigningKey")]
    [InlineData("s_authToken", "AuthToken")]
    [InlineData("_smtpAuthToken", "Smtp:AuthToken")]
    public void ConfigurationKey_IsDerivedFromTheName(string name, string key)
        => Assert.Equal(key, SecretNames.ToConfigurationKey(name));

    [Theory]
    [InlineData("password", true)]
    [InlineData("DbPassword", true)]
    [InlineData("DB_PASSWORD", true)]
    [InlineData("apiKey", true)]
    [InlineData("x-api-key", true)]
    [InlineData("accesstoken", true)]
    [InlineData("ConnectionStrings__Default", true)]
    [InlineData("Jwt:Key", true)]
    [InlineData("PasswordResetUrl", false)]
    [InlineData("TokenEndpoint", false)]
    [InlineData("CancellationToken", false)]
    [InlineData("PublicKey", false)]
    [InlineData("Key", false)]
    [InlineData("PartitionKey", false)]
    [InlineData("SecretName", false)]
    [InlineData("existingSecret", false)]
    [InlineData("Passenger", false)]
    public void SecretLikeNames(string name, bool expected)
        => Assert.Equal(expected, SecretNames.IsSecretLike(name));

    /// <summary>The whole case and each line (C# escapes are left as is: formats also accept a literal <c>\n</c>).</summary>
    private static IEnumerable<string> Texts(string content) => content.Split('\n').Prepend(content);
}

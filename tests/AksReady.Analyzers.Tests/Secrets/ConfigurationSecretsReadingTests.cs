using AksReady.Analyzers.Internal.Secrets;

namespace AksReady.Analyzers.Tests.Secrets;

/// <summary>
/// How AKS2003 reads configuration files (2026-11-26 tuning): YAML name/value pairs, compose assignments, commented-out
/// lines, JSON keys that start with a digit; and the shared value and name rules it relies on.
/// </summary>
public sealed class ConfigurationSecretsReadingTests
{
    [Theory]
    [InlineData("env:\n  - name: BILLING_TOKEN\n    value: abc123xyz\n", "BILLING_TOKEN")]
    [InlineData("env:\n  - value: abc123xyz\n    name: BILLING_TOKEN\n", "BILLING_TOKEN")]
    [InlineData("Environment:\n  - Name: BILLING_TOKEN\n    Value: abc123xyz\n", "BILLING_TOKEN")]
    [InlineData("params:\n  - name2: BILLING_TOKEN\n    value2: abc123xyz\n", "BILLING_TOKEN")]
    [InlineData("smtp-password:\n  value: abc123xyz\n", "smtp-password")]
    [InlineData("environment:\n  - BILLING_TOKEN=abc123xyz\n", "BILLING_TOKEN")]
    [InlineData("billing:\n  # BILLING_TOKEN: abc123xyz\n", "BILLING_TOKEN")]
    [InlineData("secrets:\n  - key: BILLING_TOKEN\n    value: abc123xyz\n", "BILLING_TOKEN")]
    [InlineData("environment: [\"LOG_LEVEL=info\", \"BILLING_TOKEN=abc123xyz\"]\n", "BILLING_TOKEN")]
    [InlineData("billing_tokens: [first, abc123xyz, {nested: 1}]\n", "billing_tokens")]
    [InlineData("billing_tokens: [ first , abc123xyz ]\n", "billing_tokens")]
    [InlineData("auth: {username: app, billing_token: abc123xyz}\n", "billing_token")]
    [InlineData("env: [{name: BILLING_TOKEN, value: abc123xyz}, {name: LOG_LEVEL, value: info}]\n", "BILLING_TOKEN")]
    [InlineData("env: [{value: abc123xyz, name: \"BILLING_TOKEN\"}]\n", "BILLING_TOKEN")]
    [InlineData("redis: {auth: {enabled: true}, billing_token: abc123xyz}\n", "billing_token")]
    public void Yaml_ValueIsStoredUnderItsName(string yaml, string key)
    {
        var value = Assert.Single(YamlValueScanner.Scan(yaml), v => v.Value == "abc123xyz");
        Assert.Equal(key, value.Key);
        Assert.Equal("abc123xyz", yaml.Substring(value.Start, value.Length));
    }

    [Theory]
    [InlineData("# Note: the token is rotated by the pipeline\nkey: 1\n")]
    [InlineData("# see https://contoso.com/docs\n")]
    public void Yaml_ProseComments_YieldNoSecretLikeValue(string yaml)
        => Assert.DoesNotContain(YamlValueScanner.Scan(yaml), v => SecretNames.IsSecretLikeConfigurationKey(v.Key, null, out var words) && SecretValues.IsLikelySecretValue(v.Value, words));

    [Fact]
    public void Json_PropertyStartingWithADigit_KeepsItsName()
    {
        var values = JsonValueScanner.Scan("{ \"a\": { \"3rdPartyPassword\": \"x1\", \"2faSecrets\": [ \"x2\" ] } }");
        Assert.Equal("3rdPartyPassword", Assert.Single(values, v => v.Value == "x1").Key);
        Assert.Equal("2faSecrets", Assert.Single(values, v => v.Value == "x2").Key);
    }

    [Theory]
    [InlineData("{ \"Environment\": [ \"LOG_LEVEL=Information\", \"BILLING_TOKEN=abc123xyz\" ] }", "BILLING_TOKEN")]
    [InlineData("{ \"Env\": [ { \"name\": \"BILLING_TOKEN\", \"value\": \"abc123xyz\" } ] }", "BILLING_TOKEN")]
    [InlineData("{ \"Env\": [ { \"value\": \"abc123xyz\", \"Key\": \"BILLING_TOKEN\", \"info\": \"x\" } ] }", "BILLING_TOKEN")]
    [InlineData("{ \"Billing\": { \"value\": \"abc123xyz\" } }", "value")]
    public void Json_ValueIsStoredUnderItsName(string json, string key)
    {
        var value = Assert.Single(JsonValueScanner.Scan(json), v => v.Value == "abc123xyz");
        Assert.Equal(key, value.Key);
        Assert.Equal("abc123xyz", json.Substring(value.Start, value.Length).Trim('"'));
    }

    [Fact]
    public void Json_LongIntegersAreValues_ShortNumbersAndSwitchesAreNot()
    {
        var values = JsonValueScanner.Scan("{ \"ApiKey\": 48213957460218375, \"Port\": 8080, \"Size\": 104857.6, \"On\": true, \"Off\": null }");
        Assert.Equal("48213957460218375", Assert.Single(values).Value);
    }

    [Fact]
    public void Json_AssignmentWithEscapes_StaysOneValue()
    {
        var json = "{ \"Env\": [ \"BILLING_TOKEN=abc\\\"123\" ] }";
        Assert.Equal("Env", Assert.Single(JsonValueScanner.Scan(json)).Key);
    }

    [Theory]
    [InlineData("ledger:\n  token: \"\\\n    abc123xyz\"\nnext: 1\n", "abc123xyz")]
    [InlineData("ledger:\n  token: \"abc123\n    xyz\"\nnext: 1\n", "abc123 xyz")]
    [InlineData("ledger:\n  token: \"abc\\n123\"\nnext: 1\n", "abc\n123")]
    public void Yaml_DoubleQuotedScalarOverSeveralLines_IsOneFoldedValue(string yaml, string expected)
    {
        var values = YamlValueScanner.Scan(yaml);
        Assert.Equal(expected, Assert.Single(values, v => v.Key == "token").Value);
        Assert.Contains(values, v => v.Key == "next");
    }

    /// <summary>'' inside a single-quoted scalar is one quote, not the end of the scalar (the value used to stop at "curl ").</summary>
    [Theory]
    [InlineData("steps:\n  - script: 'curl ''https://a.example'' -H ''X: y'''\n", "script", "curl 'https://a.example' -H 'X: y'")]
    [InlineData("run: 'it''s done'\nnext: 1\n", "run", "it's done")]
    [InlineData("env: [{name: 'A', value: 'x''y'}, {name: B, value: z}]\n", "A", "x'y")]
    [InlineData("'o''brien key': 'v'\n", "o'brien key", "v")]
    public void Yaml_SingleQuotedScalarWithEscapedQuotes_IsReadWhole(string yaml, string key, string expected)
        => Assert.Equal(expected, Assert.Single(YamlValueScanner.Scan(yaml), v => v.Key == key).Value);

    [Fact]
    public void Yaml_BlockScalarListItem_IsOneValueUnderTheListKey()
    {
        const string yaml = "args:\n  - |\n    migrate --user app\n    --verbose\n  - --dry-run\nimage: contoso/migrate\n";
        var values = YamlValueScanner.Scan(yaml);
        Assert.Equal("migrate --user app\n--verbose\n", Assert.Single(values, v => v.Value.StartsWith("migrate", StringComparison.Ordinal)).Value);
        Assert.Equal(3, values.Count); // the block, "--dry-run", the image
        Assert.All(values.Take(2), v => Assert.Equal("args", v.Key));
    }

    [Theory]
    [InlineData("slackKey", true)]
    [InlineData("GITLAB_KEY", true)]
    [InlineData("GITHUBKEY", true)]
    [InlineData("aws_key", true)]
    [InlineData("cacheKey", false)]
    [InlineData("partitionKey", false)]
    [InlineData("SlackKeyName", false)]
    [InlineData("aws_key_id", false)]
    [InlineData("monkey", false)]
    public void VendorQualifiedKeys(string name, bool expected)
        => Assert.Equal(expected, SecretNames.IsSecretLikeConfigurationKey(name, null, out _));

    [Fact]
    public void VendorQualifiedKeys_AreForConfigurationKeysOnly()
        => Assert.False(SecretNames.IsSecretLike("slackKey"));

    [Theory]
    [InlineData("${DB_PASSWORD}", true)]
    [InlineData("${DB_PASSWORD:-local}", true)]
    [InlineData("prefix-{{ .Values.token }}-suffix", true)]
    [InlineData("${{ secrets.NUGET_KEY }}", true)]
    [InlineData("#{LedgerApiKey}", true)]
    [InlineData("<your-api-key>", true)]
    [InlineData("<% PASSWORD %>", true)]
    [InlineData("r7{{Wq]z${4k(Np>9-_$#Lt2}}", false)]
    [InlineData("Kp4v>R9t<W2q", false)]
    [InlineData("Zt5{{2}}Kw8", false)]
    public void TemplateRegions_MustBeWellFormed(string value, bool expected)
        => Assert.Equal(expected, SecretValues.HasTemplateRegion(value));

    [Theory]
    [InlineData("Password = invalid {0", true)]
    [InlineData("Password={0}", true)]
    [InlineData("{1,8}", true)]
    [InlineData("{0:N2}", true)]
    [InlineData("Wq8{4k(Np", false)]
    public void FormatItems_FollowTheCompositeFormatGrammar(string value, bool expected)
        => Assert.Equal(expected, SecretValues.HasFormatItem(value));

    [Theory]
    [InlineData("*A1C3E5F7092B4D6F8A0C2E4B6D8F0A1C3E5B7D9F", false)]
    [InlineData("arn:aws:secretsmanager:eu-west-1:210987654321:secret:ledger", false)]
    [InlineData("Rb6!nQ2#vK9s", true)]
    public void PasswordHashesAndArns_AreNotSecrets(string value, bool expected)
        => Assert.Equal(expected, SecretValues.IsLikelySecretValue(value, new[] { "db", "password" }));

    [Theory]
    [InlineData("TEST_DB_PASSWORD", true)]
    [InlineData("mock-proxy-password", true)]
    [InlineData("FAKE_DB_PASSWORD", false)]
    [InlineData("password_expire", false)]
    [InlineData("update_password", false)]
    [InlineData("jwt_token_key", true)]
    public void ConfigurationKeys(string name, bool expected)
        => Assert.Equal(expected, SecretNames.IsSecretLikeConfigurationKey(name, null, out _));

    [Fact]
    public void CodeNames_KeepTestAsAVeto()
        => Assert.False(SecretNames.IsSecretLike("TEST_DB_PASSWORD"));

    [Theory]
    [InlineData("https://contoso.webhook.office.com/webhookb2/3f9c2a71-5b8e-4d06-9c1a-7e2b4f8d6a10@b71e0c94-2d3f-4a58-8e67-1c9d5f3a2b84/IncomingWebhook/c48e1f07a39b46d2be5f7a9c3d1e8b62/5d2a7c19-8e4f-4b36-a1c0-9f7e3b2d6c58", true)]
    [InlineData("https://contoso.webhook.office.com/webhookb2/3f9c2a71-5b8e-4d06-9c1a-7e2b4f8d6a10@b71e0c94-2d3f-4a58-8e67-1c9d5f3a2b84/IncomingWebhook/00000000000000000000000000000000/00000000-0000-0000-0000-000000000000", false)]
    [InlineData("https://contoso.webhook.office.com/webhookb2/", false)]
    public void TeamsWebhook(string text, bool expected)
        => Assert.Equal(expected, SecretDetector.TryFind(text, out var match) && match.Format.Name == "TeamsWebhook");
}

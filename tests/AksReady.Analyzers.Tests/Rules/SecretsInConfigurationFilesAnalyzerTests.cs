using AksReady.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AksReady.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AksReady.Analyzers.Rules.SecretsInConfigurationFilesAnalyzer>;

namespace AksReady.Analyzers.Tests.Rules;

public sealed class SecretsInConfigurationFilesAnalyzerTests
{
    private const string Credential = "a hard-coded credential";

    private static Task VerifyAsync((string Path, string Content)[] files, string? editorConfig, params DiagnosticResult[] expected)
    {
        var test = new VerifyCS.Test { TestCode = "public static class Program { }" };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add((file.Path, file.Content));
        }

        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + editorConfig));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    private static DiagnosticResult Expected(string path, int line, int column, int endColumn, string keyPath, string description)
        => VerifyCS.Diagnostic(SecretsInConfigurationFilesAnalyzer.Rule)
            .WithSpan(path, line, column, line, endColumn)
            .WithArguments(keyPath, path.Substring(path.LastIndexOf('/') + 1), description);

    [Fact]
    public Task AppSettings_SecretKeys_And_Tokens_AtExactPositions()
        => VerifyAsync(
            new[]
            {
                ("/app/appsettings.json", """
                {
                  // comments are allowed in appsettings.json
                  "ConnectionStrings": {
                    "Default": "Server=db;Database=app;User Id=app;Password=Pr0d!Pa55;",
                    "Local": "Server=.;Database=app;Trusted_Connection=True;"
                  },
                  "Jwt": { "SigningKey": "super-long-signing-key-2024!x", "Issuer": "https://contoso.com" },
                  "GitHub": { "Token": "ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d" },
                  "Smtp": { "Password": "", "PasswordKey": "Smtp:Password" },
                  "ApplicationInsights": { "ConnectionString": "InstrumentationKey=3f2504e0-4f89-11d3-9a0c-0305e82c3301" },
                  "Keys": [ "AKIA4HZQ7LMN2PRS6TUV" ],
                }
                """),
            },
            editorConfig: null,
            Expected("/app/appsettings.json", 4, 16, 72, "ConnectionStrings:Default", "a connection string with a password"),
            Expected("/app/appsettings.json", 7, 26, 57, "Jwt:SigningKey", Credential),
            Expected("/app/appsettings.json", 8, 24, 66, "GitHub:Token", "a GitHub token"),
            Expected("/app/appsettings.json", 11, 13, 35, "Keys:0", "an AWS access key ID"));

    [Fact]
    public Task BlockScalar_CredentialIsReportedOnItsOwnLine_PrivateKeyOnItsHeader()
        => VerifyAsync(
            new[]
            {
                ("/deploy/configmap.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: orders
                data:
                  application.properties: |
                    spring.datasource.url=jdbc:postgresql://db:5432/orders

                    spring.datasource.password=Tq8vLm2xR9Wz
                  tls.key: |
                    -----BEGIN RSA PRIVATE KEY-----
                    MIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi6P0m5ZJzr0fWZsSpNrQX0r2qR
                    -----END RSA PRIVATE KEY-----
                """),
            },
            editorConfig: null,
            Expected("/deploy/configmap.yaml", 9, 5, 44, "data:application.properties", "a credential in a settings line"),
            Expected("/deploy/configmap.yaml", 11, 5, 36, "data:tls.key", "a PEM private key"));

    [Fact]
    public Task DevelopmentSettings_AreExcludedByDefault()
        => VerifyAsync(
            new[] { ("/app/appsettings.Development.json", """{ "Db": { "Password": "L0cal!Dev" } }""") },
            editorConfig: null);

    [Fact]
    public Task DevelopmentSettings_CanBeIncluded()
        => VerifyAsync(
            new[] { ("/app/appsettings.Development.json", """{ "Db": { "Password": "L0cal!Dev" } }""") },
            "AKS2003.include_development_settings = true\n",
            Expected("/app/appsettings.Development.json", 1, 23, 34, "Db:Password", Credential));

    [Theory]
    [InlineData("AKS2001.report_weak_values = false\n")]
    [InlineData(null)]
    [InlineData("AKS2001.report_weak_values = true\n")]
    public Task WeakValues_AreReportedUnlessReportWeakValuesIsFalse(string? editorConfig)
    {
        const string Json = """{ "Db": { "Password": "pass", "PasswordKey": "Db:Password", "Admin": { "Password": "changeme" } }, "Jwt": { "Secret": "supersecret", "SecretName": "jwt-secret", "Key": "jwt-signing-secret" } }""";
        const string Yaml = "auth:\n  clientSecret: secret\n  apiKey: ${API_KEY}\n  password: ''\n  database: Host=db;Username=app;Password=test\n";
        var files = new[] { ("/app/appsettings.json", Json), ("/app/appsettings.Production.yaml", Yaml) };
        return editorConfig is not null && editorConfig.EndsWith("false\n", StringComparison.Ordinal)
            ? VerifyAsync(files, editorConfig)
            : VerifyAsync(
                files,
                editorConfig,
                Expected("/app/appsettings.Production.yaml", 2, 17, 23, "auth:clientSecret", Credential),
                Expected("/app/appsettings.Production.yaml", 5, 13, 47, "auth:database", "a connection string with a password"),
                Expected("/app/appsettings.json", 1, 23, 29, "Db:Password", Credential),
                Expected("/app/appsettings.json", 1, 119, 132, "Jwt:Secret", Credential));
    }

    [Fact]
    public Task OtherJsonFiles_AreReadWhenListedOrWhenAManifest()
        => VerifyAsync(
            new[]
            {
                ("/app/config/relay.json", """{ "Relay": { "Password": "Rel4y!Only" } }"""),
                ("/app/stylecop.json", """{ "settings": { "password": "N0t!Config" } }"""),
                ("/app/deploy/db.json", """{ "apiVersion": "v1", "kind": "Secret", "stringData": { "password": "Pr0d!Db" } }"""),
            },
            "dotnet_code_quality.AKS2003.json_files = config/*.json\n",
            Expected("/app/config/relay.json", 1, 26, 38, "Relay:Password", Credential),
            Expected("/app/deploy/db.json", 1, 69, 78, "stringData:password", Credential));

    [Fact]
    public Task ExcludedFiles_Globs()
        => VerifyAsync(
            new[]
            {
                ("/app/appsettings.Local.json", """{ "Db": { "Password": "L0cal!Only" } }"""),
                ("/app/deploy/secrets/dev.yaml", "password: L0cal!Only\n"),
                ("/app/appsettings.json", """{ "Db": { "Password": "Pr0d!Only" } }"""),
            },
            "dotnet_code_quality.AKS2003.excluded_files = appsettings.Local.json, deploy/secrets/**\n",
            Expected("/app/appsettings.json", 1, 23, 34, "Db:Password", Credential));

    [Fact]
    public Task LaunchSettings_EnvironmentVariables()
        => VerifyAsync(
            new[]
            {
                ("/app/Properties/launchSettings.json", """
                {
                  "profiles": {
                    "http": {
                      "environmentVariables": {
                        "ASPNETCORE_ENVIRONMENT": "Development",
                        "DB_PASSWORD": "L4unch!Pass",
                        "API_KEY": "%API_KEY%"
                      }
                    }
                  }
                }
                """),
            },
            editorConfig: null,
            Expected("/app/Properties/launchSettings.json", 6, 24, 37, "profiles:http:environmentVariables:DB_PASSWORD", Credential));

    [Fact]
    public Task Yaml_KubernetesManifest_EnvEntries_And_Secrets()
        => VerifyAsync(
            new[]
            {
                ("/deploy/deployment.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                spec:
                  template:
                    spec:
                      containers:
                        - name: api
                          image: contoso.azurecr.io/api:1.0
                          env:
                            - name: DB_PASSWORD
                              value: "Y4ml!Pass"   # inline comment
                            - name: DB_HOST
                              value: db.internal
                            - name: API_TOKEN
                              valueFrom:
                                secretKeyRef: { name: api, key: token }
                ---
                apiVersion: v1
                kind: Secret
                stringData:
                  password: 'Str1ngD4ta!'
                  token: "{{ .Values.token }}"
                  slack: https://hooks.slack.com/services/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
                  tls.key: |
                    -----BEGIN PRIVATE KEY-----
                    MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7
                    -----END PRIVATE KEY-----
                """),
            },
            editorConfig: null,
            Expected("/deploy/deployment.yaml", 11, 22, 33, "spec:template:spec:containers:env:DB_PASSWORD", Credential),
            Expected("/deploy/deployment.yaml", 21, 13, 26, "stringData:password", Credential),
            Expected("/deploy/deployment.yaml", 23, 10, 87, "stringData:slack", "a Slack incoming webhook URL"),
            Expected("/deploy/deployment.yaml", 25, 5, 32, "stringData:tls.key", "a PEM private key"));

    [Fact]
    public Task Yaml_Placeholders_AreIgnored()
        => VerifyAsync(
            new[]
            {
                ("/deploy/values.yml", """
                # Helm values
                db:
                  password: ""
                  passwordSecretName: db-password
                  token: ${DB_TOKEN}
                  apiKey: "{{ .Values.apiKey }}"
                  secret: changeme
                  connectionString: "Server=db;Database=app;Integrated Security=true"
                image:
                  tag: "1.0"
                """),
            },
            editorConfig: null);

    [Fact]
    public Task OtherFiles_AreIgnored()
        => VerifyAsync(
            new[] { ("/app/data.json", """{ "Password": "N0tC0nfig!" }"""), ("/app/notes.txt", "password: N0tC0nfig!") },
            editorConfig: null);

    [Fact]
    public Task MalformedFiles_DoNotCrash()
        => VerifyAsync(
            new[]
            {
                ("/app/appsettings.json", "{ \"Db\": { \"Password\": \"Br0ken!Pass\", \"x\": [1, 2, { ] } \"unterminated"),
                ("/deploy/broken.yaml", "key: [unclosed\n  - : :\n\t\"password\": 'Br0ken!Pass'\n|\n"),
            },
            editorConfig: null,
            Expected("/app/appsettings.json", 1, 23, 36, "Db:Password", Credential),
            Expected("/deploy/broken.yaml", 3, 14, 27, "password", Credential));
}

using AksReady.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using CodeVerifier = AksReady.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AksReady.Analyzers.Rules.CredentialsInCodeAnalyzer>;
using ConfigVerifier = AksReady.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AksReady.Analyzers.Rules.SecretsInConfigurationFilesAnalyzer>;
using StringsVerifier = AksReady.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AksReady.Analyzers.Rules.CredentialsInStringsAnalyzer>;

namespace AksReady.Analyzers.Tests.Rules;

/// <summary>
/// The categories found by the blind held-out secrets sets 4 (quality.md, "Secrets precision round after set 4"): dummy
/// tokens, encrypted values, names whose head is not a credential, Kubernetes Secret data, one-line block scalars,
/// braces inside a password, fallback values of lookups. Real compilations and real configuration text.
/// </summary>
public sealed class SecretsPrecisionCategoriesTests
{
    private const string Credential = "a hard-coded credential";

    private const string DummyTokens = """
        public sealed class SlackSettings
        {
            public string Token1 = "xoxp-1234567890";
            public string Token3 = "xoxp-1234-1234-1234-4ddbc191d40ee098cbaae6f3523ada2d";
            public string Token4 = "xoxp-572370529330-573807301142-572331691188-####################";
            public string AccessToken = "xoxe.xoxp-1-SlackAppConfigurationAccessTokenHere";
            public string RefreshToken = "xoxe-1-xxx";
            public string GitlabToken = "GR134894112312312312312312312";
            public string ApiToken = "YOUR_API_TOKEN_HERE";
            public string ApiSecret = "a8f3k2m9-q7w1e5r4-ApiSecretHere";
        }
        """;

    [Fact]
    public Task DummyTokens_AreNotCredentials_InCode()
        => RunCode(DummyTokens);

    [Fact]
    public Task DummyTokens_AreNotTokenFormats_InStrings()
    {
        var test = new StringsVerifier.Test { TestCode = DummyTokens };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task RandomTokens_WithMarkerLettersOrRepeatedDigits_AreStillCredentials()
        => RunCode("""
            public sealed class Settings
            {
                public string GitlabToken = "GR1348941vbLJoLoaeTOdoe5c3veG"; // a GitLab runner registration token: AKS2002's (GitleaksFormatsTests)
                public string DbPassword = {|#1:"Summer-1234-2024"|};
                public string AccessToken = {|#2:"tk-2-511111111-31111111111-3111111111111-e039d02840a0b9379c"|};
            }
            """,
            CodeVerifier.Diagnostic(CredentialsInCodeAnalyzer.Rule).WithLocation(1).WithArguments("DbPassword"),
            CodeVerifier.Diagnostic(CredentialsInCodeAnalyzer.Rule).WithLocation(2).WithArguments("AccessToken"));

    [Fact]
    public Task NamesWhoseHeadIsNotACredential_AndAmbiguousPrimaryKey()
        => RunCode("""
            public sealed class Settings
            {
                public string KeyVaultToStoreSecrets = "cmp2-qat-1208358310";
                public string PathToPassword = "k8s-mounted-0x9f2";
                public string PrimaryKey = "QOpM.N0PZLqy1WwMZaMKA3P744B=8v";
                public string PasswordForAdmin = {|#0:"Adm1n!2024x"|};
                public string SecondaryKey = {|#1:"b2Zm9vYmFyYmF6cXV4cXV1eHh5ejEyMzQ1Njc4OTBhYmNkZWY="|};
            }
            """,
            CodeVerifier.Diagnostic(CredentialsInCodeAnalyzer.Rule).WithLocation(0).WithArguments("PasswordForAdmin"),
            CodeVerifier.Diagnostic(CredentialsInCodeAnalyzer.Rule).WithLocation(1).WithArguments("SecondaryKey"));

    [Fact]
    public Task FallbackOfALookup_IsJudgedUnderItsKey()
        => RunCode("""
            using System;
            public static class Env
            {
                public static string GetEnvOrDefault(string name, string fallback) => Environment.GetEnvironmentVariable(name) ?? fallback;
                public static string Token() => GetEnvOrDefault("api_token", {|#0:"q8Zr2LmX7vKp4Tn9"|});
                public static string Region() => GetEnvOrDefault("region", "westeurope");
                public static string Missing() => GetEnvOrDefault("api_token", "");
            }
            """,
            CodeVerifier.Diagnostic(CredentialsInCodeAnalyzer.Rule).WithLocation(0).WithArguments("api_token"));

    [Fact]
    public Task BracesInsidePassword_OfALiteralConnectionString_AreReported_TemplatesAreNot()
    {
        var test = new StringsVerifier.Test
        {
            TestCode = """
                public static class Connections
                {
                    public const string Braces = {|#0:"Server=db.internal.example.com;Database=payroll;User Id=sa;Password=a{0}b;"|};
                    public const string Template = "Server=tcp:{0};Database=tenant_{1};User ID=app_{1};Password=tenant-{1}-{2};Encrypt=True";
                    public const string Whole = "Server=db;User Id=sa;Password={2};";
                }
                """,
        };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.ExpectedDiagnostics.Add(StringsVerifier.Diagnostic(CredentialsInStringsAnalyzer.Rule).WithLocation(0).WithArguments("a connection string with a password"));
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task AuthorizationHeaders_WithCredentials_AreReported()
        => RunCode("""
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Net.Http.Headers;

            public static class Gateway
            {
                public static void Configure(HttpClient client, string token)
                {
                    client.DefaultRequestHeaders.Add("Authorization", {|#0:"Basic b3JkZXJzOlE3dk16MnBMOXg="|});
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", {|#1:"Vq2Lm9Rt4Wz8Nk3Cd6Hf1Xp5"|});
                    var headers = new Dictionary<string, string> { ["Proxy-Authorization"] = {|#2:"Basic cHJveHk6V3E3djJMbTl4Ug=="|} };

                    client.DefaultRequestHeaders.Add("Authorization", "Bearer " + token);
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", "<credentials>");
                    client.DefaultRequestHeaders.Add("Authorization", "Negotiate");
                    client.DefaultRequestHeaders.Add("Authorization", "Bearer accesstoken");
                    client.DefaultRequestHeaders.Add("X-Authorization-Mode", "Basic b3JkZXJzOlE3dk16MnBMOXg=");
                }
            }
            """,
            CodeVerifier.Diagnostic(CredentialsInCodeAnalyzer.Rule).WithLocation(0).WithArguments("Authorization"),
            CodeVerifier.Diagnostic(CredentialsInCodeAnalyzer.Rule).WithLocation(1).WithArguments("Authorization"),
            CodeVerifier.Diagnostic(CredentialsInCodeAnalyzer.Rule).WithLocation(2).WithArguments("Proxy-Authorization"));

    [Fact]
    public Task AuthorizationHeaders_InConfiguration_AreReportedWithCredentialsOnly()
    {
        const string Path = "/app/appsettings.json";
        const string Content = """
            {
              "Upstream": {
                "Headers": { "Authorization": "Bearer Vq2Lm9Rt4Wz8Nk3Cd6Hf1Xp5" },
                "Fallback": { "Authorization": "Bearer {token}", "Scheme": "Basic" }
              }
            }
            """;
        return RunConfig((Path, Content), At(Path, Content, "\"Bearer Vq2Lm9Rt4Wz8Nk3Cd6Hf1Xp5\"", "Upstream:Headers:Authorization"));
    }

    [Fact]
    public Task KubernetesSecretData_IsSecretWhateverTheKey()
    {
        const string Path = "/deploy/secret.yaml";
        const string Content = """
            apiVersion: v1
            kind: Secret
            metadata:
              name: registry
            type: kubernetes.io/dockercfg
            data:
              # base64 encoded
              key: bXlwYXNzd29yZA==
              .dockercfg: |
                eyJhdXRocyI6eyJodHRwczovL2V4YW1wbGUvdjEvIjp7ImF1dGgiOiJvcGVuc2VzYW1lIn19fQo=
              username: YWRtaW4=
              extra: YmFyCg==
              host: ZGIuaW50ZXJuYWwuZXhhbXBsZS5jb20=
              htpasswd: ''
              tmpl: {{ .Values.Password }}
            stringData:
              settings: Qx7-pL2m-Zr9w
            ---
            apiVersion: v1
            kind: ConfigMap
            data:
              extra: YWRtaW46cGFzc3dvcmQ=
            """;
        return RunConfig(
            (Path, Content),
            At(Path, Content, "bXlwYXNzd29yZA==", "data:key"),
            At(Path, Content, "eyJhdXRocyI6eyJodHRwczovL2V4YW1wbGUvdjEvIjp7ImF1dGgiOiJvcGVuc2VzYW1lIn19fQo=", "data:.dockercfg"),
            At(Path, Content, "Qx7-pL2m-Zr9w", "stringData:settings"));
    }

    [Fact]
    public Task KubernetesSecretData_InAJsonManifest_IsSecretWhateverTheKey()
    {
        const string Path = "/deploy/secret.json";
        const string Content = """
            {
              "apiVersion": "v1",
              "kind": "Secret",
              "metadata": { "name": "registry", "annotations": { "note": "-----BEGIN nothing-----" } },
              "type": "Opaque",
              "data": {
                "key": "bXlwYXNzd29yZA==",
                "username": "YWRtaW4=",
                "host": "ZGIuaW50ZXJuYWwuZXhhbXBsZS5jb20=",
                "extra": "YmFyCg=="
              },
              "stringData": { "settings": "Qx7-pL2m-Zr9w" }
            }
            """;
        const string ConfigMap = """
            {
              "apiVersion": "v1",
              "kind": "ConfigMap",
              "data": { "extra": "YWRtaW46cGFzc3dvcmQ=" }
            }
            """;
        return RunConfigFiles(
            new[] { (Path, Content), ("/deploy/configmap.json", ConfigMap) },
            At(Path, Content, "\"bXlwYXNzd29yZA==\"", "data:key"),
            At(Path, Content, "\"Qx7-pL2m-Zr9w\"", "stringData:settings"));
    }

    [Fact]
    public Task EncryptedValues_AndEncryptionMetadata_AreNotSecrets()
    {
        const string Sops = """
            apiVersion: isindir.github.com/v1alpha3
            kind: SopsSecret
            spec:
              secretTemplates:
                - name: app
                  stringData:
                    db-password: ENC[AES256_GCM,data:O+5l4g==,iv:c/dS4BCBMbnKsXYuzBuCuVQt8RV9bOv5HgdpL+iwmns=,tag:KkQfh6OymvCt4uC13p318g==,type:str]
            sops:
              mac: ENC[AES256_GCM,data:Zm9vYmFyYmF6,iv:aXZpdml2,tag:dGFndGFn,type:str]
              pgp:
                - fp: 1022470DE3F0BC54BC6AB62DE05550BC07FB1A0A
              secret_key_hash: 9f8e7d6c5b4a39281706f5e4d3c2b1a0
            """;
        const string Sealed = """
            apiVersion: bitnami.com/v1alpha1
            kind: SealedSecret
            spec:
              encryptedData:
                password: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq8x2kQ7vM1pL0nT5uW6yX
            """;
        const string Vault = """
            db_password: !vault |
              $ANSIBLE_VAULT;1.1;AES256
              62313365396662343061393464336163383764373764613633653634306231386433626436623361
            """;
        const string Json = """
            {
              "ApiToken": "ENC[AES256_GCM,data:Zm9vYmFyYmF6cXV4,iv:aXZpdml2aXZpdml2,tag:dGFndGFndGFn,type:str]",
              "sops": { "mac": "ENC[AES256_GCM,data:Zm9v,iv:aXZp,tag:dGFn,type:str]", "lastmodified": "2021-10-21T10:56:37Z" }
            }
            """;
        return RunConfigFiles(new[] { ("/k8s/sops.yaml", Sops), ("/k8s/sealed.yaml", Sealed), ("/ansible/vars.yml", Vault), ("/app/appsettings.json", Json) });
    }

    [Fact]
    public Task OneLineBlockScalar_UnderSecretKey_IsJudgedLikeAOneLineValue_AndConfigDummies()
    {
        const string Path = "/app/config.yaml";
        const string Content = """
            datadog_token: |
              pkAFEn3z5dkyayq7YYDsBS9UYJQTFjmsn9dLVIdV
            DB_PASSWORD_token: >
              faQqHu4$2?bojt!eV$s3
            certificate_password: |
              first line
              second line
            refresh_token: xoxe-1-xxx
            config_token: xoxe.xoxp-1-SlackAppConfigurationAccessTokenHere
            cosmosKey: Zk4pP35zYGPXaEUk9U7S8kcOY7NI7id8ddbHq2AiM7x8Bbql1mXhMF2t0wQ0R3EPQrwZZACDb3msoAg==
            user_auth: am9obmRvZTpkMDY5NGIxYi1jMTcxLTQ4ODYt+TMyYS0wMmUwOWQ1/mIwNjc=
            proxyAuth: basic
            """;
        return RunConfig(
            (Path, Content),
            At(Path, Content, "pkAFEn3z5dkyayq7YYDsBS9UYJQTFjmsn9dLVIdV", "datadog_token"),
            At(Path, Content, "faQqHu4$2?bojt!eV$s3", "DB_PASSWORD_token"),
            At(Path, Content, "Zk4pP35zYGPXaEUk9U7S8kcOY7NI7id8ddbHq2AiM7x8Bbql1mXhMF2t0wQ0R3EPQrwZZACDb3msoAg==", "cosmosKey"),
            At(Path, Content, "am9obmRvZTpkMDY5NGIxYi1jMTcxLTQ4ODYt+TMyYS0wMmUwOWQ1/mIwNjc=", "user_auth"));
    }

    /// <summary>
    /// Set 7 round (tuned on earlybird, bandit and eslint-plugin-no-secrets; gosec and horusec held out): translated labels of
    /// localization files and call expressions are not credentials; an Authorization Basic value that is not base64 of
    /// <c>user:password</c> carries none. An expired JSON Web Token is still reported (its HS256 signature lets the signing
    /// key be brute-forced offline; gitleaks and noseyparker label expired tokens as findings, earlybird does not).
    /// </summary>
    [Fact]
    public Task LocalizedLabels_CallExpressions_AreNotCredentials_InCode()
        => RunCode("""
            public sealed class Labels
            {
                public string Password = "Lösenord";
                public string Secret = "L&#246;senord";
                public string PasswordJa = "パスワード";
                public string DbPassword = "getPassword()";
                public string ApiSecret = "env.get('API_SECRET')";
                public string AdminPassword = {|#0:"Str0ng-Pa55(2024)"|};
            }
            """,
            CodeVerifier.Diagnostic(CredentialsInCodeAnalyzer.Rule).WithLocation(0).WithArguments("AdminPassword"));

    [Fact]
    public Task BasicValuesWithoutUserPassword_AreNotCredentials_ExpiredTokensStillAre_InStrings()
    {
        var test = new StringsVerifier.Test
        {
            TestCode = """
                public static class Requests
                {
                    public const string NotBasicCredentials = "Authorization: Basic acdefjhikl";
                    public const string Unpadded = {|#0:"Authorization: Basic b3JkZXJzOlE3dk16MnBMOXg"|};
                    public const string Expired = {|#2:"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJvcmRlcnMtYXBpIiwiZXhwIjoxNTE2MjM5MDIyfQ.Qm9xN2tMcTN2WjhyVDJ5UDVuTTFjWDRh"|};
                    public const string Valid = {|#1:"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJvcmRlcnMtYXBpIiwiZXhwIjo0MTAyNDQ0ODAwfQ.Qm9xN2tMcTN2WjhyVDJ5UDVuTTFjWDRh"|};
                }
                """,
        };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.ExpectedDiagnostics.Add(StringsVerifier.Diagnostic(CredentialsInStringsAnalyzer.Rule).WithLocation(0).WithArguments("an HTTP Authorization header with credentials"));
        test.ExpectedDiagnostics.Add(StringsVerifier.Diagnostic(CredentialsInStringsAnalyzer.Rule).WithLocation(1).WithArguments("a JSON Web Token"));
        test.ExpectedDiagnostics.Add(StringsVerifier.Diagnostic(CredentialsInStringsAnalyzer.Rule).WithLocation(2).WithArguments("a JSON Web Token"));
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task LocalizationFiles_AndCallExpressions_AreNotCredentials_InConfiguration()
        => RunConfig(
            ("/app/appsettings.json", """
                { "Login": { "Password": "Lösenord", "Secret": "L&#246;senord" }, "Db": { "Password": "getPassword()" } }
                """));

    /// <summary>
    /// Set 8 round (tuned on find-sec-bugs, njsscan and pmd; ruff, dockle and pre-commit-hooks held out): digits-only
    /// passwords of 4 or more digits are passwords (sizes and ports have their own names), and a <c>char[]</c> spelled out
    /// with character constants is the string it spells.
    /// </summary>
    [Fact]
    public Task NumericPasswords_AndCharArrays_AreCredentials_InCode()
        => RunCode("""
            public sealed class KeyStoreSettings
            {
                public string Password = {|#0:"1212"|};
                public const string AdminPasscode = {|#1:"480913"|};
                private static readonly char[] Passphrase = {|#2:{ 's', 'e', 'c', 'r', 'e', 't', '3' }|};
                public string PasswordMinLength = "1212";
                public string Pin = "12";
                public string Timeout = "1500";
                private static readonly char[] Separators = { ',', ';', ' ', '|' };
            }
            """,
            CodeVerifier.Diagnostic(CredentialsInCodeAnalyzer.Rule).WithLocation(0).WithArguments("Password"),
            CodeVerifier.Diagnostic(CredentialsInCodeAnalyzer.Rule).WithLocation(1).WithArguments("AdminPasscode"),
            CodeVerifier.Diagnostic(CredentialsInCodeAnalyzer.Rule).WithLocation(2).WithArguments("Passphrase"));

    /// <summary>
    /// Set 11 (sonar-text database examples, tuned on): printf slots, regular expressions describing URIs, ARM template
    /// references and documentation sample pairs are not passwords; a secret-looking shell default inside a URI is one, and
    /// a weak but real password (letmein) stays reported.
    /// </summary>
    [Fact]
    public Task TemplatesInUrisAndConnectionStrings_AndSecretShellDefaults()
    {
        var test = new StringsVerifier.Test
        {
            TestCode = """
                public static class Urls
                {
                    public const string Redis = "redis://admin:%s@host:5672";
                    public const string Amqp = "amqp://admin:%(password)s@host:5672";
                    public static readonly System.Text.RegularExpressions.Regex Pattern = new("(postgis://.*:)(.*)(@.*)");
                    public const string Arm = "concat('Data Source=',parameters('a'),';User ID=',parameters('c'),';Password=',parameters('d'))";
                    public const string NoDefault = "postgres://postgres:${POSTGRES_PASSWORD}@postgres:5432/postgres";
                    public const string WeakDefault = "postgres://postgres:${POSTGRES_PASSWORD:-changeme}@postgres:5432/postgres";
                    public const string Metasyntactic = {|#2:"amqp://foo:bar@127.0.0.1:5672/"|};
                    public const string Oracle = {|#3:"postgresql+pg8000://scott:tiger@localhost/test"|};
                    public const string Weak = {|#1:"postgres://postgres:letmein@localhost:5432/app"|};
                    public const string Migrations = {|#0:"postgres://postgres:${POSTGRES_PASSWORD:-jXYI0No8q2aU3n3Y}@postgres:5432/postgres"|};
                }
                """,
        };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.ExpectedDiagnostics.Add(StringsVerifier.Diagnostic(CredentialsInStringsAnalyzer.Rule).WithLocation(0).WithArguments("a URI with a user name and password"));
        test.ExpectedDiagnostics.Add(StringsVerifier.Diagnostic(CredentialsInStringsAnalyzer.Rule).WithLocation(1).WithArguments("a URI with a user name and password"));

        // Weak passwords (report_weak_values, on by default since 2026-11-27): demo pairs are still passwords in a URI.
        test.ExpectedDiagnostics.Add(StringsVerifier.Diagnostic(CredentialsInStringsAnalyzer.Rule).WithLocation(2).WithArguments("a URI with a user name and password"));
        test.ExpectedDiagnostics.Add(StringsVerifier.Diagnostic(CredentialsInStringsAnalyzer.Rule).WithLocation(3).WithArguments("a URI with a user name and password"));
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task PromptsAndShellDefaults_InConfiguration()
    {
        const string Compose = """
            services:
              db:
                environment:
                  - MYSQL_PASSWORD=<enter password>
                  - PG_PASSWORD=<your db password>
              app:
                environment:
                  DB_PASSWORD: ${DB_PASSWORD:-jXYI0No8q2aU3n3Y}
                  CACHE_PASSWORD: ${CACHE_PASSWORD}
            """;
        return RunConfig(("/app/docker-compose.yml", Compose), At("/app/docker-compose.yml", Compose, "${DB_PASSWORD:-jXYI0No8q2aU3n3Y}", "services:app:environment:DB_PASSWORD"));
    }

    [Fact]
    public Task PlainKeyNames_AreCredentials_OnlyWithAnIssuedLookingValue_InCode()
        => RunCode("""
            public static class Keys
            {
                public const string VisionKey2 = {|#1:"1d9ce431766be1b75b9a06555c555049"|};
                private const string topicKey = {|#2:"Zm9yYjBOEnmnRAk4wgqNsEMxyIRbUVAgTP2zMXHp+M8="|};
                public static readonly System.Collections.Generic.Dictionary<string, string> Query = new() { ["key"] = {|#3:"gzT06M9fqEyA02z4dHBnSF1PhFEnTh"|} };

                public const string CacheKey = "b83e8c354d1e1ed5fffd9aae472e40d3";
                public const string DedupKey = "e656ad7327b98a27ca0f2e2941ff545eafff2371";
                public const string LockKey = "e5X8LZ2nhvh2mYduwYJA8r8nfO";
                public const string RecaptchaSiteKey = "6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI";
                public const string HostKey = "AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl";
                public const string ResourceKey = "Orders.Checkout.Title";
                public const string MapKey = "orders-by-customer-v2";
                public const string DeviceKey = "0123456789abcdef0123456789abcdef";
            }
            """,
            CodeVerifier.Diagnostic(CredentialsInCodeAnalyzer.Rule).WithLocation(1).WithArguments("VisionKey2"),
            CodeVerifier.Diagnostic(CredentialsInCodeAnalyzer.Rule).WithLocation(2).WithArguments("topicKey"),
            CodeVerifier.Diagnostic(CredentialsInCodeAnalyzer.Rule).WithLocation(3).WithArguments("key"));

    [Fact]
    public Task PlainKeyNames_AreCredentials_OnlyWithAnIssuedLookingValue_InConfiguration()
    {
        const string Settings = """
            {
              "Ocr": { "Endpoint": "https://westeurope.api.cognitive.microsoft.com/", "OcrKey": "c807c0042e02720014be282647cfbe05" },
              "Topics": { "TopicKey": "comYM55yzM3xEYniD4CTQ3HcX4wui52ndvFfnkjWRqwM" },
              "Caching": { "CacheKey": "b83e8c354d1e1ed5fffd9aae472e40d3", "Key": "orders:v2" },
              "Kafka": { "MessageKey": "e5X8LZ2nhvh2mYduwYJA8r8nfO", "RoutingKey": "orders.created" },
              "Jwt": { "VerificationKey": "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAELWlVuEY9GD8pbyF2btDLJbN9sCMjTXeD8VFgklrX+5JZLFMmRAFHxE7MF9mCXAC+eKqEMZNAfahXvqcjc8U/Bg==" }
            }
            """;
        return RunConfig(
            ("/app/appsettings.json", Settings),
            At("/app/appsettings.json", Settings, "\"c807c0042e02720014be282647cfbe05\"", "Ocr:OcrKey"),
            At("/app/appsettings.json", Settings, "\"comYM55yzM3xEYniD4CTQ3HcX4wui52ndvFfnkjWRqwM\"", "Topics:TopicKey"));
    }

    private static Task RunCode(string source, params DiagnosticResult[] expected)
    {
        var test = new CodeVerifier.Test { TestCode = source };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    private static Task RunConfig((string Path, string Content) file, params DiagnosticResult[] expected)
        => RunConfigFiles(new[] { file }, expected);

    private static Task RunConfigFiles((string Path, string Content)[] files, params DiagnosticResult[] expected)
    {
        var test = new ConfigVerifier.Test { TestCode = "public static class Program { }" };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add((file.Path, file.Content));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>The diagnostic on the first occurrence of <paramref name="token"/> (one line) in <paramref name="content"/>.</summary>
    private static DiagnosticResult At(string path, string content, string token, string keyPath)
    {
        var index = content.IndexOf(token, StringComparison.Ordinal);
        var line = content.Take(index).Count(c => c == '\n');
        var column = index - (content.LastIndexOf('\n', Math.Max(0, index - 1)) + 1);
        if (index > 0 && content[index - 1] == '\n')
        {
            column = 0;
        }

        return ConfigVerifier.Diagnostic(SecretsInConfigurationFilesAnalyzer.Rule)
            .WithSpan(path, line + 1, column + 1, line + 1, column + 1 + token.Length)
            .WithArguments(keyPath, path.Substring(path.LastIndexOf('/') + 1), Credential);
    }
}

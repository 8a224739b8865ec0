#!/usr/bin/env python3
"""Generates the labelled secrets corpus (fake credentials with correct shapes; never real secrets).

Run from this folder: python3 generate_corpus.py. The seed is fixed so the output is stable.
Every token below is random: it has the provider's documented shape but was never issued by the provider.
"""
import base64
from urllib.parse import quote as urlquote
import random
import string

R = random.Random(20261125)
UP, LO, DG = string.ascii_uppercase, string.ascii_lowercase, string.digits
AN = UP + LO + DG
HEX = DG + 'abcdef'
B64 = AN + '+/'
URL = AN + '-_'


def rnd(alphabet, n):
    return ''.join(R.choice(alphabet) for _ in range(n))


def b64url(n):
    return rnd(URL, n)


def jwt():
    header = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip('=')
    sub = rnd(LO, 8)
    payload = base64.urlsafe_b64encode(('{"sub":"%s","iat":%d,"role":"svc"}' % (sub, R.randint(1600000000, 1800000000))).encode()).decode().rstrip('=')
    return header + '.' + payload + '.' + b64url(43)


def pem():
    body = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC' + rnd(B64, 40)
    kind = R.choice(['', 'RSA ', 'EC ', 'OPENSSH '])
    return '-----BEGIN %sPRIVATE KEY-----\\n%s\\n-----END %sPRIVATE KEY-----' % (kind, body, kind)


def password():
    words = ['Summer', 'Winter', 'Falcon', 'Orion', 'Tango', 'Maple', 'Cobalt', 'Nimbus', 'Quartz', 'Vortex', 'Zephyr', 'Lynx']
    return R.choice(words) + R.choice(['!', '#', '@', '$', '%', '&']) + str(R.randint(10, 9999)) + rnd(LO, 2)


TOKENS = {
    'GitHubToken': lambda: R.choice(['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_']) + rnd(AN, 36),
    'GitHubFineGrainedPat': lambda: 'github_pat_' + rnd(AN, 22) + '_' + rnd(AN, 59),
    'GitLabPat': lambda: 'glpat-' + rnd(AN + '-_', 20),
    'AwsAccessKeyId': lambda: R.choice(['AKIA', 'ASIA']) + rnd(UP + '234567', 16),
    'AzureStorageKeyBase64': lambda: rnd(B64, 86) + '==',
    'AzureAdClientSecret': lambda: rnd(AN, 3) + R.choice(DG) + 'Q~' + rnd(AN + '_~.-', 34),
    'AzureDevOpsPat': lambda: rnd(AN, 52) + rnd(AN, 24) + 'AZDO' + rnd(AN, 4),
    'SlackToken': lambda: R.choice(['xoxb-', 'xoxp-']) + rnd(DG, 12) + '-' + rnd(DG, 13) + '-' + rnd(AN, 24),
    'SlackAppToken': lambda: 'xapp-1-' + rnd(UP + DG, 11) + '-' + rnd(DG, 13) + '-' + rnd(HEX, 64),
    'SlackWebhook': lambda: 'https://hooks.slack.com/services/T' + rnd(UP + DG, 8) + '/B' + rnd(UP + DG, 10) + '/' + rnd(AN, 24),
    'StripeLiveKey': lambda: R.choice(['sk_live_', 'rk_live_']) + rnd(AN, R.choice([24, 34, 99])),
    'StripeWebhookSecret': lambda: 'whsec_' + rnd(AN, 32),
    'TwilioApiKey': lambda: 'SK' + rnd(HEX, 32),
    'SendGridApiKey': lambda: 'SG.' + b64url(22) + '.' + b64url(43),
    'NpmToken': lambda: 'npm_' + rnd(AN, 36),
    'NuGetApiKey': lambda: 'oy2' + rnd(LO + DG, 43),
    'GoogleApiKey': lambda: 'AIza' + rnd(AN + '-_', 35),
    'MailgunApiKey': lambda: 'key-' + rnd(HEX, 32),
    'ShopifyToken': lambda: R.choice(['shpat_', 'shpca_', 'shppa_', 'shpss_']) + rnd(HEX, 32),
    'DigitalOceanToken': lambda: R.choice(['dop_v1_', 'doo_v1_', 'dor_v1_']) + rnd(HEX, 64),
    'HerokuApiKey': lambda: 'HRKU-' + rnd(AN + '-_', 60),
    'DatabricksToken': lambda: 'dapi' + rnd(HEX, 32),
    'VaultToken': lambda: 'hvs.' + rnd(AN, 24 + R.randint(0, 70)),
    'AtlassianApiToken': lambda: 'ATATT3' + rnd(AN + '_-', 180) + '=' + rnd(HEX, 8),
    'OpenAiApiKey': lambda: 'sk-' + R.choice(['', 'proj-']) + rnd(AN, 20) + 'T3BlbkFJ' + rnd(AN, 20),
    'AnthropicApiKey': lambda: 'sk-ant-api03-' + b64url(93) + 'AA',
    'PyPiToken': lambda: 'pypi-AgEIcHlwaS5vcmc' + b64url(60),
    'DockerHubPat': lambda: 'dckr_pat_' + b64url(27),
    'PostmanApiKey': lambda: 'PMAK-' + rnd(HEX, 24) + '-' + rnd(HEX, 34),
    'NewRelicUserKey': lambda: 'NRAK-' + rnd(UP + DG, 27),
    'GrafanaServiceAccountToken': lambda: 'glsa_' + rnd(AN, 32) + '_' + rnd(HEX, 8),
    'HuggingFaceToken': lambda: 'hf_' + rnd(UP + LO, 34),
    'TelegramBotToken': lambda: str(R.randint(100000000, 999999999)) + ':AA' + b64url(33),
    'LinearApiKey': lambda: 'lin_api_' + rnd(AN, 40),
    'SquareToken': lambda: 'EAAA' + b64url(60),
    'DiscordWebhook': lambda: 'https://discord.com/api/webhooks/' + rnd(DG, 18) + '/' + b64url(68),
    'JsonWebToken': jwt,
    'PemPrivateKey': pem,
}


def conn_strings():
    host = R.choice(['prod-sql', 'orders-db', 'billing', 'catalog'])
    acct = R.choice(['prodstore', 'ordersdata', 'contosologs', 'fabrikamimg'])
    ns = R.choice(['orders-prod', 'events', 'telemetry'])
    return [
        'Server=tcp:%s.database.windows.net,1433;Initial Catalog=app;User ID=app;Password=%s;Encrypt=True;' % (host, password()),
        'Host=%s.postgres.database.azure.com;Database=app;Username=app;Pwd=%s' % (host, password()),
        'DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net' % (acct, rnd(B64, 86) + '=='),
        'Endpoint=sb://%s.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=%s' % (ns, rnd(B64, 43) + '='),
        'Endpoint=sb://%s.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=%s;EntityPath=orders' % (ns, rnd(B64, 43) + '='),
        'AccountEndpoint=https://%s.documents.azure.com:443/;AccountKey=%s;' % (acct, rnd(B64, 86) + '=='),
        'Endpoint=https://%s.azconfig.io;Id=%s;Secret=%s' % (acct, rnd(AN, 4) + '-l0-s0:' + rnd(AN, 16), rnd(B64, 43) + '='),
        'BlobEndpoint=https://%s.blob.core.windows.net/;SharedAccessSignature=sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T00:00:00Z&sig=%s' % (acct, rnd(AN + '%', 44) + '%3D'),
        'https://%s.blob.core.windows.net/images?sv=2022-11-02&ss=b&sp=r&se=2026-12-31&sig=%s' % (acct, rnd(AN, 43) + '%3D'),
        'mongodb://app:%s@%s.mongo.cosmos.azure.com:10255/?ssl=true' % (urlquote(password(), safe='!$&'), acct),
        'postgres://orders:%s@%s:5432/orders' % (urlquote(password(), safe='!$&'), host),
        'amqps://svc:%s@%s.rabbit.internal:5671/' % (urlquote(password(), safe='!$&'), ns),
        'redis://default:%s@%s.redis.cache.windows.net:6380' % (urlquote(password(), safe='!$&'), host),
        'Server=%s;Port=3306;Database=app;Uid=root;Password=%s;' % (host, password()),
        '%s.redis.cache.windows.net:6380,password=%s,ssl=True,abortConnect=False' % (host, rnd(B64, 43) + '='),
    ]


cases = {k: [] for k in ['csharp.positive', 'csharp.negative', 'json.positive', 'json.negative', 'yaml.positive', 'yaml.negative']}


def cs(label, note, body):
    cases['csharp.' + label].append((note, 'Case.cs', body))


def js(label, note, body, name='appsettings.json'):
    cases['json.' + label].append((note, name, body))


def ym(label, note, body, name='deployment.yaml'):
    cases['yaml.' + label].append((note, name, body))


def q(s):
    return s.replace('\\', '\\\\').replace('"', '\\"') if '\\n' not in s else s.replace('"', '\\"')


# ---------------------------------------------------------------- C# positives
neutral_names = ['value', 'header', 'Endpoint2', 'DefaultValue', 'text', 'payload', 'setting', 'raw']
for fmt, make in TOKENS.items():
    for variant in range(2):
        token = make()
        name = R.choice(neutral_names)
        if variant == 0:
            body = 'public static class C\n{\n    public static string %s = "%s";\n}\n' % (name, q(token))
        else:
            body = ('public static class C\n{\n    public static void Configure(System.Net.Http.HttpClient client)\n    {\n'
                    '        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer %s");\n    }\n}\n') % q(token)
        if fmt == 'AzureStorageKeyBase64' and variant == 0:
            # Relabelled (AKS2002 precision decision, docs/rules/AKS2002.md): a bare 88-character base64 value under a neutral
            # name cannot be told from a SHA-512 digest; it is a hard negative now.
            cs('negative', 'bare 88-char base64 under a neutral name (was a AzureStorageKeyBase64 positive)', body)
            continue
        cs('positive', 'AKS2002 %s' % fmt, body)

CONTEXT_TOKENS = [
    ('AwsSecretAccessKey', lambda: 'aws_secret_access_key = ' + rnd(AN + '/+', 40)),
    ('AwsSecretAccessKey', lambda: 'AWS_SECRET_ACCESS_KEY=' + rnd(AN + '/+', 40)),
    ('AzureDevOpsPatLegacy', lambda: 'pat: ' + rnd(LO + '234567', 52)),
    ('AzureDevOpsPatLegacy', lambda: 'System.AccessToken=' + rnd(LO + '234567', 52)),
    ('TwilioAccountCredentials', lambda: 'https://AC%s:%s@api.twilio.com/2010-04-01/Accounts' % (rnd(HEX, 32), rnd(HEX, 32))),
    ('TwilioAccountCredentials', lambda: 'AC%s %s' % (rnd(HEX, 32), rnd(HEX, 32))),
]
for fmt, make in CONTEXT_TOKENS:
    cs('positive', 'AKS2002 %s' % fmt, 'public static class C\n{\n    public static string Script = "%s";\n}\n' % q(make()))
    ym('positive', 'context token %s' % fmt, 'steps:\n  - script: echo "%s"\n' % q(make()), name='pipeline.yml')

for c in conn_strings():
    cs('positive', 'AKS2002 connection string / URI', 'public static class C\n{\n    public const string Default = "%s";\n}\n' % q(c))

secret_members = ['Password', '_dbPassword', 'ApiKey', 'ClientSecret', 'AccessToken', 's_signingKey', 'SmtpPassword', 'StripeApiKey',
                  'DB_PASSWORD', 'Passphrase', 'SasToken', 'RefreshToken', 'PrivateKey', 'JwtSecret', 'AdminPwd', 'BotToken',
                  'SubscriptionKey', 'AccountKey', 'MasterKey', 'WebhookSecret', 'Credentials', 'ConnPassword', 'EncryptionKey']
plain = [password, lambda: rnd(AN, 24), lambda: rnd(HEX, 40), lambda: rnd(B64, 32) + '=', lambda: rnd(LO + DG, 12)]
constructs = [
    lambda n, v: 'public sealed class C\n{\n    private readonly string %s = "%s";\n}\n' % (n, v),
    lambda n, v: 'public sealed class C\n{\n    public string %s { get; set; } = "%s";\n}\n' % (n, v),
    lambda n, v: 'public static class C\n{\n    public const string %s = "%s";\n}\n' % (n, v),
    lambda n, v: 'public static class C\n{\n    public static string M()\n    {\n        var %s = "%s";\n        return %s;\n    }\n}\n' % (n.lstrip('_'), v, n.lstrip('_')),
    lambda n, v: 'public static class C\n{\n    public static string M(string %s = "%s") => %s;\n}\n' % (n.lstrip('_').lower(), v, n.lstrip('_').lower()),
    lambda n, v: 'public sealed class Options { public string? %s { get; set; } }\npublic static class C\n{\n    public static Options M() => new Options { %s = "%s" };\n}\n' % (n.lstrip('_'), n.lstrip('_'), v),
    lambda n, v: 'public static class C\n{\n    public static object M() => new { User = "svc", %s = "%s" };\n}\n' % (n.lstrip('_'), v),
    lambda n, v: 'using System.Collections.Generic;\npublic static class C\n{\n    public static Dictionary<string, string> M() => new() { ["%s"] = "%s" };\n}\n' % (n.lstrip('_'), v),
    lambda n, v: 'using System.Collections.Generic;\npublic static class C\n{\n    public static void M(Dictionary<string, string> d) => d.Add("%s", "%s");\n}\n' % (n.lstrip('_'), v),
    lambda n, v: 'using System.Collections.Generic;\npublic static class C\n{\n    public static KeyValuePair<string, string> M() => new("%s", "%s");\n}\n' % (n.lstrip('_'), v),
    lambda n, v: 'public static class C\n{\n    public static System.Net.NetworkCredential M(string user) => new System.Net.NetworkCredential(user, "%s");\n}\n' % v,
    lambda n, v: 'public static class C\n{\n    public static void M() => System.Environment.SetEnvironmentVariable("%s", "%s");\n}\n' % (n.lstrip('_').upper(), v),
    lambda n, v: 'public static class C\n{\n    public static void M(System.Data.Common.DbConnectionStringBuilder b) => b["%s"] = "%s";\n}\n' % (n.lstrip('_'), v),
    lambda n, v: 'public static class C\n{\n    public static System.Security.Cryptography.HMACSHA256 M() => new(System.Text.Encoding.UTF8.GetBytes("%s"));\n}\n' % v,
    lambda n, v: 'public sealed class C\n{\n    private string %s = "";\n    public void M() { %s = "%s"; }\n}\n' % (n, n, v),
]
for i in range(90):
    n = secret_members[i % len(secret_members)]
    v = plain[i % len(plain)]()
    construct = constructs[i % len(constructs)]
    cs('positive', 'AKS2001 construct %d %s' % (i % len(constructs), n), construct(n, v))

# ---------------------------------------------------------------- C# negatives
placeholders = ['', 'changeme', '<password>', '${DB_PASSWORD}', '$(DbPassword)', '%DB_PASSWORD%', '{{ db_password }}', '#{DbPassword}#',
                '@password', '********', 'xxx', 'your-password-here', 'your_api_key', 'REPLACE_ME', '<your-client-secret>', 'TODO', 'placeholder',
                'dummy', 'sample-token', 'n/a', 'none', '__SECRET__', 'redacted', '[secret]', '{0}', 'xxxxxxxxxxxxxxxx']
for i, p in enumerate(placeholders):
    n = secret_members[i % len(secret_members)]
    cs('negative', 'placeholder %r' % p, constructs[i % 4](n, p))

safe_pairs = [
    ('DbPasswordKey', 'Db:Password'), ('ConnectionStringName', 'ConnectionStrings:Default'), ('ApiKeyHeaderName', 'X-Api-Key'),
    ('ApiKeyHeader', 'Ocp-Apim-Subscription-Key'), ('TokenType', 'Bearer'), ('PasswordResetUrl', 'https://contoso.com/account/reset'),
    ('TokenEndpoint', 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token'), ('SecretName', 'orders-db-password'),
    ('KeyVaultSecretName', 'sql-admin-password'), ('PasswordHash', 'AQAAAAIAAYagAAAAEKx'), ('SecretPath', '/mnt/secrets-store/db-password'),
    ('PasswordFile', '/run/secrets/db_password'), ('CertificatePath', './certs/signing.pfx'), ('ClientCertificateFile', 'client.pem'),
    ('ConnectionString', 'Server=.;Database=App;Trusted_Connection=True;TrustServerCertificate=True'),
    ('SqlConnectionString', 'Data Source=sql;Initial Catalog=Orders;Integrated Security=true'),
    ('StorageConnectionString', 'UseDevelopmentStorage=true'), ('PasswordEnvironmentVariable', 'DB_PASSWORD'),
    ('ApiKeyVariable', 'STRIPE_API_KEY'), ('PasswordPrompt', 'Enter your password:'), ('TokenDescription', 'The access token used to call the orders API.'),
    ('ApiToken', '3f2504e0-4f89-11d3-9a0c-0305e82c3301'), ('ClientSecretId', '6a1e2f3c-9b8d-4e7f-a1b2-c3d4e5f6a7b8'),
    ('PublicKeyToken', 'b77a5c561934e089'), ('UserSecretsId', 'aspnet-Orders-3f2504e0-4f89-11d3-9a0c-0305e82c3301'),
    ('Secret', 'Password'), ('Password', 'password'), ('TokenAudience', 'api://orders'), ('TokenIssuer', 'https://sts.windows.net/contoso/'),
    ('PasswordRegex', '^(?=.*[A-Z])(?=.*\\\\d).{12,}$'), ('TokenLifetime', '00:30:00'), ('KeyVaultUri', 'https://contoso-kv.vault.azure.net/'),
    ('CacheKey', 'orders:42'), ('PartitionKey', 'tenant-42'), ('NextPageToken', 'c2FtcGxlIGN1cnNvcg'), ('ContinuationToken', 'ct-98765-zz'),
    ('Key', 'a1b2c3d4e5f6'), ('SortKey', 'created_at'), ('RowKey', 'order-0001'), ('Monkey', 'b4n4n4s!'), ('Passenger', 'Jane Doe'),
    ('TokenHeader', 'Authorization'), ('CsrfTokenHeaderName', 'X-CSRF-TOKEN'), ('PasswordMinLength', '12'), ('SecretVersion', '2'),
    ('SigningKeyId', 'kid-2024-01'), ('CertificateThumbprint', '9FCEB02D0AE598E95DC970B74767F19372D61AF8'), ('PasswordPolicy', 'Strong'),
    ('AuthenticationScheme', 'Bearer'), ('CredentialsProvider', 'ManagedIdentity'), ('ConnectionStringSection', 'ConnectionStrings'),
    ('SasPolicyName', 'RootManageSharedAccessKey'), ('ApiKeyQueryParameter', 'api_key'), ('SecretsMountPath', '/mnt/secrets-store'),
    ('TokenCacheName', 'msal-cache'), ('InstrumentationKey', '3f2504e0-4f89-11d3-9a0c-0305e82c3301'), ('TenantId', '72f988bf-86f1-41af-91ab-2d7cd011db47'),
]
for i, (n, v) in enumerate(safe_pairs):
    cs('negative', 'safe name/value %s' % n, constructs[i % 4](n, v))

safe_strings = [
    'Server=.;Database=App;Trusted_Connection=True;', 'Data Source=db;Initial Catalog=App;Integrated Security=SSPI',
    'UseDevelopmentStorage=true',
    'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;',
    'AccountEndpoint=https://localhost:8081/;AccountKey=C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==',
    'InstrumentationKey=3f2504e0-4f89-11d3-9a0c-0305e82c3301;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/',
    'Server=db;User Id=sa;Password=<password>;', 'Server={0};User Id={1};Password={2};', 'Host=db;Username=app;Password=${PGPASSWORD}',
    'postgres://app:${PGPASSWORD}@db:5432/app', 'https://user@contoso.com/path', 'https://contoso.com:8443/api', 'AKIAIOSFODNN7EXAMPLE',
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'sk_test_' + rnd(AN, 24), 'pk_live_' + rnd(AN, 24),
    '-----BEGIN PUBLIC KEY-----\\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\\n-----END PUBLIC KEY-----',
    '-----BEGIN CERTIFICATE-----\\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBa\\n-----END CERTIFICATE-----',
    '9fceb02d0ae598e95dc970b74767f19372d61af8', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    'ghp_[A-Za-z0-9]{36}', 'ghp_' + rnd(AN, 12), 'The Password= setting is required', 'Server=db;Password=;',
    'SGVsbG8sIFdvcmxkIQ==', 'Bearer {0}', 'Basic {credentials}', 'sig=', 'https://contoso.blob.core.windows.net/images/logo.png',
    'xoxb-not-a-real-token', 'AIzaSy-your-key-here', 'key-value', 'eyJhbGciOiJIUzI1NiJ9', 'SK-missing', 'npm_token_here',
    'https://hooks.slack.com/services/<team>/<channel>/<token>', '00000000-0000-0000-0000-000000000000', 'Password must be at least 12 characters.',
    'token=' + '{token}', 'redis:6379,abortConnect=false', 'amqp://localhost:5672', 'mongodb://localhost:27017/orders',
    'Endpoint=sb://localhost;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=SAS_KEY_VALUE;UseDevelopmentEmulator=true;',
    'dop_v1_' + rnd(HEX, 12), 'oy2' + rnd(LO, 10), 'glpat-short', 'https://dev.azure.com/contoso/_apis/projects?api-version=7.0',
    'ASIA-region-config', 'SG.invalid', 'hvs.short', 'sk-ant-', 'hf_token', 'shpat_not_hex_value_zzzzzzzzzzzzzzzzzz',
]
for i, s in enumerate(safe_strings):
    cs('negative', 'safe string %d' % i, 'public static class C\n{\n    public static string Value = "%s";\n}\n' % q(s))

non_literal = [
    'public static class C\n{\n    public static string Password = System.Environment.GetEnvironmentVariable("DB_PASSWORD") ?? string.Empty;\n}\n',
    'public static class C\n{\n    public static string M(System.Func<string, string?> config) => config("Db:Password") ?? string.Empty;\n}\n',
    'public static class C\n{\n    public static System.Net.NetworkCredential M(string user, string password) => new System.Net.NetworkCredential(user, password);\n}\n',
    'public static class C\n{\n    public static string M(string password) => "Server=db;User Id=sa;Password=" + password + ";";\n}\n',
    'public static class C\n{\n    public static string M(string host, string pwd) => $"Host={host};Password={pwd}";\n}\n',
    'public static class C\n{\n    public static string Token = System.Guid.NewGuid().ToString("N");\n}\n',
    'public static class C\n{\n    public static byte[] Key = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);\n}\n',
    'public static class C\n{\n    public static bool ValidatePassword(string password) => password.Length >= 12;\n}\n',
    'public static class C\n{\n    public static string Mask(string secret) => secret.Replace(secret, "****");\n}\n',
    'public static class C\n{\n    public static System.Threading.CancellationToken Token = System.Threading.CancellationToken.None;\n}\n',
]
for body in non_literal:
    cs('negative', 'non-literal flow', body)

# ---------------------------------------------------------------- JSON
def jdoc(section, key, value):
    return '{\n  "Logging": { "LogLevel": { "Default": "Information" } },\n  "%s": {\n    "%s": "%s"\n  }\n}\n' % (section, key, q(value))

for fmt, make in list(TOKENS.items()):
    # AzureStorageKeyBase64 under a neutral key: relabelled as a hard negative (see above).
    js('negative' if fmt == 'AzureStorageKeyBase64' else 'positive',
       ('bare 88-char base64 under a neutral key (was a %s positive)' if fmt == 'AzureStorageKeyBase64' else 'token %s under a neutral key') % fmt,
       jdoc(R.choice(['Integrations', 'Clients', 'Services']), R.choice(['Value', 'Setting', 'Header']), make()))
for c in conn_strings():
    js('positive', 'connection string', '{\n  "ConnectionStrings": {\n    "Default": "%s"\n  }\n}\n' % q(c))
json_secret_keys = ['Password', 'ApiKey', 'ClientSecret', 'AccessToken', 'SigningKey', 'Secret', 'Token', 'SmtpPassword', 'WebhookSecret', 'SasToken']
for i in range(12):
    js('positive', 'secret key %s' % json_secret_keys[i % len(json_secret_keys)], jdoc('Db' if i % 2 else 'Auth', json_secret_keys[i % len(json_secret_keys)], plain[i % len(plain)]()))
for i in range(4):
    js('positive', 'launchSettings env var', '{\n  "profiles": {\n    "http": {\n      "environmentVariables": {\n        "ASPNETCORE_ENVIRONMENT": "Development",\n        "DB_PASSWORD": "%s"\n      }\n    }\n  }\n}\n' % password(), name='launchSettings.json')
for i in range(3):
    js('positive', 'appsettings.Production.json', jdoc('Stripe', 'ApiKey', TOKENS['StripeLiveKey']()), name='appsettings.Production.json')

for i, p in enumerate(placeholders):
    js('negative', 'placeholder %r' % p, jdoc('Db', json_secret_keys[i % len(json_secret_keys)], p))
for i, (n, v) in enumerate(safe_pairs[:40]):
    js('negative', 'safe pair %s' % n, jdoc('App', n, v.replace('\\\\', '\\')))
for i, s in enumerate(safe_strings[:20]):
    js('negative', 'safe string %d' % i, jdoc('App', 'Value', s))
js('negative', 'appsettings.Development.json is excluded by default', jdoc('Db', 'Password', password()), name='appsettings.Development.json')
js('negative', 'appsettings.Development.json is excluded by default', jdoc('Stripe', 'ApiKey', TOKENS['StripeLiveKey']()), name='appsettings.Development.json')
js('negative', 'typical appsettings', '{\n  "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },\n  "AllowedHosts": "*",\n  "AzureAd": { "Instance": "https://login.microsoftonline.com/", "TenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47", "ClientId": "6a1e2f3c-9b8d-4e7f-a1b2-c3d4e5f6a7b8", "ClientSecret": "" },\n  "KeyVault": { "Uri": "https://contoso-kv.vault.azure.net/" }\n}\n')

# ---------------------------------------------------------------- YAML
def ydoc_env(name, value):
    return ('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: orders\nspec:\n  template:\n    spec:\n      containers:\n        - name: orders\n'
            '          image: contoso.azurecr.io/orders:1.4.2\n          env:\n            - name: ASPNETCORE_ENVIRONMENT\n              value: Production\n'
            '            - name: %s\n              value: "%s"\n') % (name, value)


def ysecret(key, value):
    return 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: orders\ntype: Opaque\nstringData:\n  %s: \'%s\'\n' % (key, value)


yaml_env = ['DB_PASSWORD', 'STRIPE_API_KEY', 'JWT_SIGNING_KEY', 'SMTP_PASSWORD', 'ConnectionStrings__Default', 'Auth__ClientSecret', 'GITHUB_TOKEN', 'REDIS_PASSWORD']
for fmt, make in list(TOKENS.items()):
    v = make()
    if fmt == 'PemPrivateKey':
        body = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: tls\nstringData:\n  tls.key: |\n    -----BEGIN PRIVATE KEY-----\n    MIIEvQIBADANBgkqhkiG9w0BAQEFAASC%s\n    -----END PRIVATE KEY-----\n' % rnd(B64, 40)
        ym('positive', 'token %s in block scalar' % fmt, body, name='secret.yaml')
    else:
        ym('positive', 'token %s as helm value' % fmt, 'integrations:\n  %s:\n    value: %s\n' % (fmt.lower(), v), name='values.yaml')
for c in conn_strings():
    ym('positive', 'connection string in env', ydoc_env('ConnectionStrings__Default', c))
for i in range(8):
    ym('positive', 'env entry %s' % yaml_env[i], ydoc_env(yaml_env[i], plain[i % len(plain)]()))
for i in range(6):
    ym('positive', 'Secret stringData', ysecret(R.choice(['password', 'api-key', 'client-secret', 'token']), password()), name='secret.yml')

for i, p in enumerate(placeholders):
    if "'" in p:
        continue
    ym('negative', 'placeholder %r' % p, ysecret(R.choice(['password', 'api-key', 'client-secret', 'token']), p), name='secret.yaml')
for i, (n, v) in enumerate(safe_pairs[:30]):
    ym('negative', 'safe pair %s' % n, 'app:\n  %s: "%s"\n' % (n, v.replace('\\\\', '\\')), name='values.yaml')
ym('negative', 'secretKeyRef', ydoc_env('DB_HOST', 'db.internal') + '            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: orders-db\n                  key: password\n')
ym('negative', 'SecretProviderClass', 'apiVersion: secrets-store.csi.x-k8s.io/v1\nkind: SecretProviderClass\nmetadata:\n  name: orders-kv\nspec:\n  provider: azure\n  parameters:\n    usePodIdentity: "false"\n    clientID: "6a1e2f3c-9b8d-4e7f-a1b2-c3d4e5f6a7b8"\n    keyvaultName: contoso-kv\n    tenantId: "72f988bf-86f1-41af-91ab-2d7cd011db47"\n    objects: |\n      array:\n        - |\n          objectName: db-password\n          objectType: secret\n', name='secretproviderclass.yaml')
ym('negative', 'GitHub workflow secrets', 'name: ci\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: dotnet nuget push *.nupkg --api-key ${{ secrets.NUGET_API_KEY }}\n        env:\n          NUGET_API_KEY: ${{ secrets.NUGET_API_KEY }}\n          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n', name='ci.yml')
ym('negative', 'helm templated secret', 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ .Release.Name }}\nstringData:\n  password: {{ .Values.db.password | quote }}\n  token: "{{ required \\"token\\" .Values.token }}"\n', name='secret.yaml')
ym('negative', 'docker compose with env reference', 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n      POSTGRES_USER: app\n', name='docker-compose.yml')
ym('negative', 'Secret data via external secrets', 'apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nspec:\n  secretStoreRef:\n    name: azure-kv\n  data:\n    - secretKey: password\n      remoteRef:\n        key: orders-db-password\n', name='externalsecret.yaml')
for i, s in enumerate(safe_strings[:15]):
    if "'" in s or '\\n' in s:
        continue
    ym('negative', 'safe string %d' % i, 'app:\n  value: \'%s\'\n' % s, name='values.yaml')

for key, items in cases.items():
    with open(key + '.txt', 'w') as f:
        f.write('# Secrets corpus: %s. Generated by generate_corpus.py (fake values with real shapes; never real secrets).\n' % key)
        f.write('# Each case starts with "#### <file name> | <note>"; the lines up to the next header are the file content.\n')
        for note, name, body in items:
            f.write('#### %s | %s\n%s' % (name, note, body if body.endswith('\n') else body + '\n'))
    print(key, len(items))

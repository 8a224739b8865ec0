"""Shared by write_csharp_secrets_6.py and write_config_secrets_6.py: provenance and labelled strings of the sixth
held-out secrets set, see README.md ('C# secrets, set 6' and 'Configuration files, set 6').

Sources used in no earlier set (not Sonar, Juliet, CodeQL, SecurityCodeScan, roslyn-analyzers, gitleaks, trufflehog,
KICS, Checkov, secretlint, detect-secrets, cred-alert, whispers, kube-linter, cfn_nag, arm-ttk, kubescape, PSRule,
trivy, noseyparker, security-utilities, ripsecrets, talisman, ggshield, Semgrep):

- mongodb/kingfisher (Apache-2.0), crates/kingfisher-rules/data/rules/*.yml: each rule's `examples` must match
  (positive). Peer negatives: (a) the examples of rules marked `visible: false` (identifiers that kingfisher matches
  only as inputs of another rule and does not report: tenant/client ids, account and hub names, endpoints, key names);
  (b) the rule's own `ignore_if_contains` placeholders put in place of the credential of one of its examples (the
  rule drops any match containing them; noted per case). Examples that contain one of their own rule's ignore words
  (`mongodb+srv://user:passw0rd@...`, jdbc/postgres examples on `example.com`/`example.net`/`example.org`) are left
  out: the peer contradicts itself on them. Kingfisher grew from noseyparker: every string was checked against sets
  4 and 5 (none repeats), and rules that only restate noseyparker's examples (generic.1-5, azure.1-3) are not used.
- mongodb/kingfisher tests/int_placeholder_credentials.rs (placeholder private key and `$(VAR)` MongoDB URIs: not
  reported; the real key and `r4nd0mLiteralSecret` URI: reported) and tests/int_uri_parsing.rs (database URIs with a
  valid port reported, the same URIs with an invalid port not reported).
- awslabs/git-secrets (Apache-2.0), test/git-secrets.bats "Scans using keys from credentials file": the
  `aws_secret_access_key` values that the AWS provider prohibits (positive; the `aws_access_key_id` values are
  identifiers and are left out, as in set 5).
- auth0/repo-supervisor (MIT): test/integration/src/cli.js asserts exactly which strings of
  test/fixtures/integration/dir.with.secrets/foo/{bar.js,foo.json} are reported (positive) - the other values of those
  files are not (negative); the pre-filter unit tests assert that dictionary-word strings, local paths, multi-word
  strings and object-key identifiers are skipped (negative).
"""
from literals import cs_string, cs_name, yaml_scalar  # noqa: F401  (re-exported for the set-6 writers)


KF = "mongodb/kingfisher:{f}@{c}"
_R = "crates/kingfisher-rules/data/rules/"
A = "701508d529c638e6e9374d47f08e7e53004ddcf6"
B = "f2a45c9e1c709008558765c88acfd3f8c0cb3245"
KING = {
    "azurecosmosdb": KF.format(f=_R + "azurecosmosdb.yml", c=B),
    "azuresql": KF.format(f=_R + "azuresql.yml", c=A),
    "credentials": KF.format(f=_R + "credentials.yml", c=A),
    "azurestorage": KF.format(f=_R + "azurestorage.yml", c=A),
    "azureapim": KF.format(f=_R + "azureapim.yml", c=B),
    "azurefunctionkey": KF.format(f=_R + "azurefunctionkey.yml", c=B),
    "azuresignalr": KF.format(f=_R + "azuresignalr.yml", c=B),
    "azurewebpubsub": KF.format(f=_R + "azurewebpubsub.yml", c=A),
    "azuresearchquery": KF.format(f=_R + "azuresearchquery.yml", c=A),
    "azureopenai": KF.format(f=_R + "azureopenai.yml", c="1879479e7abe3185b452f2c158474011339e448f"),
    "azuredevops": KF.format(f=_R + "azuredevops.yml", c=B),
    "azure": KF.format(f=_R + "azure.yml", c=A),
    "notificationhub": KF.format(f=_R + "azure-notification-hub.yml", c=A),
    "auth": KF.format(f=_R + "auth.yml", c="2a2b7b5a7e5a9c64f3263bd6852069c80b02e080"),
    "auth0": KF.format(f=_R + "auth0.yml", c=A),
    "generic": KF.format(f=_R + "generic.yml", c=B),
    "mongodb": KF.format(f=_R + "mongodb.yml", c=A),
    "postgres": KF.format(f=_R + "postgres.yml", c=B),
    "jdbc": KF.format(f=_R + "jdbc.yml", c=A),
    "redis": KF.format(f=_R + "redis.yml", c=B),
    "openai": KF.format(f=_R + "openai.yml", c=A),
    "anthropic": KF.format(f=_R + "anthropic.yml", c="1e07d5358eced5fd6dc701b625e5bc78ed23e48b"),
    "sentry": KF.format(f=_R + "sentry.yml", c="1879479e7abe3185b452f2c158474011339e448f"),
    "t_placeholder": KF.format(f="tests/int_placeholder_credentials.rs", c="b1ee1b17210c60aed35a33856f57a4f7a102a43c"),
    "t_uri": KF.format(f="tests/int_uri_parsing.rs", c="939bb79c02327ffdc20e8d424c64882678422d74"),
}
GITSECRETS = "awslabs/git-secrets:test/git-secrets.bats@8450ad79fdb31fb685cd38a1bb8a62b3788a9858"
RS = "auth0/repo-supervisor:{f}@{c}"
REPOSUP = {
    # the label of the integration fixtures is the expected output of cli.js (29d93a5c2cda5c1663e6e1a894ffaa995014ebb6)
    "bar": RS.format(f="test/fixtures/integration/dir.with.secrets/foo/bar.js", c="3e299423295461375a32733bf5139ffa49ce9e8f"),
    "foo": RS.format(f="test/fixtures/integration/dir.with.secrets/foo/foo.json", c="7ca2c79040f7c59a71166ee3cc63857fbcf52e8d"),
    "words": RS.format(f="test/fixtures/unit/src/filters/entropy.meter/pre.filters/dictionary.words.json", c="09474a683ca01f8c07ddd02274f8eccf3797ff44"),
    "paths": RS.format(f="test/fixtures/unit/src/filters/entropy.meter/pre.filters/local.paths.json", c="3e299423295461375a32733bf5139ffa49ce9e8f"),
    "multi": RS.format(f="test/fixtures/unit/src/filters/entropy.meter/pre.filters/multiple.words.json", c="3e299423295461375a32733bf5139ffa49ce9e8f"),
    "keys": RS.format(f="test/fixtures/unit/src/filters/entropy.meter/pre.filters/object.keys.identifiers.json", c="7ca2c79040f7c59a71166ee3cc63857fbcf52e8d"),
}


def family(source):
    """Source family for the per-source figures."""
    for prefix, name in (("mongodb/", "kingfisher"), ("awslabs/", "git-secrets"), ("auth0/", "repo-supervisor")):
        if source.startswith(prefix):
            return name
    raise ValueError(source)


P = "positive"
N = "negative"

# ---------------------------------------------------------------------------------------------------------------------
# Labelled strings. (label, source, note, kind, name, value)
#   kind: decl   - a named value (C#: `string name = "v";`; config: `name: v`)
#         dict   - a named value in a settings dictionary (C#: initializer; config: member)
#         header - an HTTP request header (C#: DefaultRequestHeaders.Add; config: `Headers:` section)
#         conn:T - a connection string (C#: `new T("v")`; config: `ConnectionStrings:` section)
#         url    - a URL the app calls (C#: HttpClient.GetAsync; config: `name: v`)
#         base   - a base address (C#: `new Uri(v)` as HttpClient.BaseAddress; config: `name: v`)
#         env    - an environment variable name read by the app (C#: GetEnvironmentVariable; config: `name: v`)
#   Shapes that fit none of these are written by each writer (CUSTOM below, keyed by id).
# Names: the peer's identifier where it has one; a bare peer value gets a neutral name after its service (noted).
# ---------------------------------------------------------------------------------------------------------------------
K = KING
ITEMS = [
    # --- Azure (kingfisher rules noseyparker does not have) ---
    (P, K["azurecosmosdb"], "kingfisher.azurecosmosdb.1 example `AZURE_COSMOSDB_KEY=oqb4...==`", "decl", "AZURE_COSMOSDB_KEY", "oqb4TdY9T0hphvktd5fJnMiHuQqzVy1jd5sSuOpAbGkaoqTlrHl0BOJN2okcasinVLOJzfDbZo1L+ASt68RAhA=="),
    (P, K["azurecosmosdb"], "kingfisher.azurecosmosdb.1 example `DocumentDbAuthKey=B/1EVX...==`", "decl", "DocumentDbAuthKey", "B/1EVX2Ui47X09tqU3GI/j+Nko9r5COPm0Hea9tfzitF9MQX9lZZiNO3tYQckWnt+rtlGIWS+sCx+AStkq8ZLg=="),
    (P, K["azurecosmosdb"], "kingfisher.azurecosmosdb.2 example Cosmos connection string (neutral name Cosmos)", "conn:Microsoft.Azure.Cosmos.CosmosClient", "Cosmos", "AccountEndpoint=https://myaccount.documents.azure.com:443;AccountKey=oqb4TdY9T0hphvktd5fJnMiHuQqzVy1jd5sSuOpAbGkaoqTlrHl0BOJN2okcasinVLOJzfDbZo1L+ASt68RAhA==;"),
    (P, K["azuresql"], "kingfisher.azuresql.1 example Azure SQL connection string (neutral name AzureSql)", "conn:Microsoft.Data.SqlClient.SqlConnection", "AzureSql", "Server=tcp:myserver.database.windows.net,1433;Initial Catalog=mydb;Persist Security Info=False;User ID=admin;Password=MyP@ssw0rd!123;"),
    (P, K["azuresql"], "kingfisher.azuresql.2 example `AZURE_SQL_PASSWORD=MyStr0ngP@ssword!`", "decl", "AZURE_SQL_PASSWORD", "MyStr0ngP@ssword!"),
    (P, K["azuresql"], "kingfisher.azuresql.2 example `SQL_ADMIN_PASSWORD=\"Compl3x!Pass#2024\"`", "decl", "SQL_ADMIN_PASSWORD", "Compl3x!Pass#2024"),
    (P, K["azurestorage"], "kingfisher.azurestorage.2 example `\"MONGODB_AGENT_ONLINE_ARCHIVE_TEST_AZURE_STORAGE_ACCOUNT_KEY\": \"/dibj...==\"`", "dict", "MONGODB_AGENT_ONLINE_ARCHIVE_TEST_AZURE_STORAGE_ACCOUNT_KEY", "/dibjbwrou+tGcn7jfrrLXRXONqGOuVN2VwMy1qRvWtXTdNnR6zqzHo6HcnPb52/3DsQwmM/1VVr+AStZUyYCA=="),
    (P, K["azurestorage"], "kingfisher.azurestorage.2 example `Azure AccountKey=u45diQ...==`", "decl", "AccountKey", "u45diQdTiXeuSKl5r4EjgbPP72EYpuTNEzfMTi0mk+d2sTisA4gWzt4H1Ag3kqFaCykWZv2S6KQo+AStHF56RQ=="),
    (P, K["azurestorage"], "kingfisher.azurestorage.2 example `Azure AccountKey=b8a/Z4...==`", "decl", "AccountKey", "b8a/Z4wFAbhOPQTMa4PUTKr2XQhwoyWtP/3PnEto3mK86CFQnVYyTV/HSrij88h5jVYyzwUk0oTw+AStIKN/4w=="),
    (P, K["azurestorage"], "kingfisher.azurestorage.2 example `Azure AccountKey=JJD1GD...==`", "decl", "AccountKey", "JJD1GDiHCmtTpCOKpBYkXgZKrZvi7P4mRDe3jNVGc/JL/bp51uWcWL0rkOByk5VsX2MM62A/ABkE+AStU9qMkA=="),
    (P, K["azureapim"], "kingfisher.azureapim.1 example `Ocp-Apim-Subscription-Key: 1a2b...`", "header", "Ocp-Apim-Subscription-Key", "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d"),
    (P, K["azureapim"], "kingfisher.azureapim.1 example `APIM_SUBSCRIPTION_KEY=abcdef0123...`", "decl", "APIM_SUBSCRIPTION_KEY", "abcdef0123456789abcdef0123456789"),
    (P, K["azurefunctionkey"], "kingfisher.azurefunctionkey.1 example function URL with `?code=` (neutral name FunctionUrl)", "url", "FunctionUrl", "https://myfunc.azurewebsites.net/api/HttpTrigger1?code=AbCdEfGhIjKlMnOpQrStUvWxYz1234567890/+=="),
    (P, K["azurefunctionkey"], "kingfisher.azurefunctionkey.2 example `AZURE_FUNCTION_KEY=AbCd...`", "decl", "AZURE_FUNCTION_KEY", "AbCdEfGhIjKlMnOpQrStUvWxYz1234567890ABCDEFGH/+=="),
    (P, K["azurefunctionkey"], "kingfisher.azurefunctionkey.2 example `x-functions-key: AbCd...`", "header", "x-functions-key", "AbCdEfGhIjKlMnOpQrStUvWxYz1234567890ABCDEFGH"),
    (P, K["azuresignalr"], "kingfisher.azuresignalr.1 example SignalR connection string (neutral name AzureSignalR)", "conn:Microsoft.Azure.SignalR.ServiceEndpoint", "AzureSignalR", "Endpoint=https://myservice.service.signalr.net;AccessKey=AbCdEfGhIjKlMnOpQrStUvWxYz1234567890ABCDEFGHIJKLMNOPQRS+/==;Version=1.0;"),
    (P, K["azurewebpubsub"], "kingfisher.azurewebpubsub.1 example Web PubSub connection string (neutral name WebPubSub)", "conn:Azure.Messaging.WebPubSub.WebPubSubServiceClient", "WebPubSub", "Endpoint=https://myservice.webpubsub.azure.com;AccessKey=AbCdEfGhIjKlMnOpQrStUvWxYz1234567890ABCDEFGHIJKLMNOPQRS+/==;Version=1.0;"),
    (P, K["azuresearchquery"], "kingfisher.azuresearch.key.1 example `azure_search_key = XK8T...`", "decl", "azure_search_key", "XK8TnSRDXsoxiFYiH6Ix2aBC6jvWozd9Ida1yNjWgFHSjeDlblDK"),
    (P, K["azureopenai"], "kingfisher.azureopenai.1 example `azure_openai_key=1a2b...`", "decl", "azure_openai_key", "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d"),
    (P, K["azureopenai"], "kingfisher.azureopenai.1 example `azure_openai_secret=abcdef...`", "decl", "azure_openai_secret", "abcdef0123456789abcdef0123456789"),
    (P, K["azureopenai"], "kingfisher.azureopenai.2 example `azure_openai_api_key=AbcDe...`", "decl", "azure_openai_api_key", "AbcDeFgHiJ0KLmnOpQrStUvWxYz12JlQEd9AcTG4pEWdjbSmPysw2JQQJ99BDACfhMk5XJ3w3AAABACOGkDUM"),
    (P, K["azuredevops"], "kingfisher.azure.devops.2 example `azure devops pat = FBdFol...` (name azureDevOpsPat)", "decl", "azureDevOpsPat", "FBdFol081crwkIHWJH2yiqDDyrFjVSi7HWl22hN2hTYfsB8NlGDpJQQJ77BAACAAAAAAAAAAAAASAZDOBucTj"),
    (P, K["azure"], "kingfisher.azure.5 example bare ACR password (neutral name after the service)", "decl", "acr", "Abcdefghijklmnopqrstuvwxyz123456789012ABCD+ACRefg123"),
    (P, K["azure"], "kingfisher.azure.6 example bare `\"aBc4Q~...\"` (neutral name after the service)", "decl", "entra", "aBc4Q~xY9kLmNpQrStUvWxYz01234567890abcd"),
    (P, K["azure"], "kingfisher.azure.6 example `AZURE_CLIENT_SECRET=xY14Q~...`", "decl", "AZURE_CLIENT_SECRET", "xY14Q~abcdefghijklmnopqrstuvwxyz01234"),
    (P, K["azure"], "kingfisher.azure.9 example `AZURE_CLIENT_SECRET=\"mZ8Q~...\"`", "decl", "AZURE_CLIENT_SECRET", "mZ8Q~V4x2pL7nR5sT9uW3yA6bC1dE0fG"),
    (P, K["azure"], "kingfisher.azure.9 example `ENTRA_APP_SECRET: 4Px7_...`", "decl", "ENTRA_APP_SECRET", "4Px7_kQ2mN9vR3tY6wA8cD1eF5gH0jLs"),
    (P, K["azure"], "kingfisher.azure.10 example `MS_GRAPH_TOKEN=eyJ...` (JWT)", "decl", "MS_GRAPH_TOKEN", "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdWQiOiJodHRwczovL2dyYXBoLm1pY3Jvc29mdC5jb20iLCJ0aWQiOiI3MmY5ODhiZi04NmYxLTQxYWYtOTFhYi0yZDdjZDAxMWRiNDciLCJvaWQiOiIxMTExMTExMS0yMjIyLTQzMzMtODQ0NC01NTU1NTU1NTU1NTUiLCJpZHR5cCI6ImFwcCIsInJvbGVzIjpbIlVzZXIuUmVhZC5BbGwiXX0.YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXowMTIzNDU2Nzg5"),
    (P, K["azure"], "kingfisher.azure.10 example `AZURE_ACCESS_TOKEN: eyJ...` (JWT)", "decl", "AZURE_ACCESS_TOKEN", "eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL21hbmFnZW1lbnQuYXp1cmUuY29tLyIsInRpZCI6ImFhYWFhYWFhLWJiYmItNGNjYy04ZGRkLWVlZWVlZWVlZWVlZSIsIm9pZCI6IjEyMzQ1Njc4LTkwYWItNGNkZS04ZjAxLTIzNDU2Nzg5MGFiYyJ9.c2lnbmF0dXJlX2J5dGVzX2Zvcl9leGFtcGxlX29ubHkxMjM0NTY"),
    (P, K["notificationhub"], "kingfisher.azure.notificationhub.4 example Notification Hub connection string (neutral name NotificationHub)", "conn:Microsoft.Azure.NotificationHubs.NotificationHubConnection", "NotificationHub", "Endpoint=sb://acme-push.servicebus.windows.net/;SharedAccessKeyName=DefaultListenSharedAccessSignature;SharedAccessKey=Q29udG9zb1Rlc3RLZXkrMTIzNDU2Nzg5MC9BQkNERUZHSEk="),
    (P, K["notificationhub"], "kingfisher.azure.notificationhub.4 example JS config `hubAccessKey: \"U2Fm...\"`", "dict", "hubAccessKey", "U2FmZUtleVZhbHVlKzEyMzQ1Njc4OTBBQkNERUYrLz09"),
    # --- HTTP authorization headers, URLs with credentials ---
    (P, K["auth"], "kingfisher.auth.1 example `Authorization: Basic SWxq...`", "header", "Authorization", "Basic SWxqcmpxZDpld3B3IGdlZmhtZA=="),
    (P, K["auth"], "kingfisher.auth.1 example `Authorization: Basic bXpn...`", "header", "Authorization", "Basic bXpnaGd6cTpsbmFrdWF6cXNx"),
    (P, K["auth"], "kingfisher.auth.1 example `headers['Authorization'] = 'Basic WnVt...'`", "dict", "Authorization", "Basic WnVtemZzcjptdWxtIHhyenJ6aQ=="),
    (P, K["auth"], "kingfisher.auth.2 example `Authorization: Bearer d1fc83...`", "header", "Authorization", "Bearer d1fc83f09661bcaf3cb3591ec4b93fe93b07087ef020886a4ead09e8efd8c0df"),
    (P, K["auth"], "kingfisher.auth.2 example `Bearer 7727d2...` (list item; header Authorization)", "header", "Authorization", "Bearer 7727d2fa5e8f7d37de25ef385ff8766d265ee2e7384efb311c04069d9c892c6b"),
    (P, K["auth"], "kingfisher.auth.2 example `headers={'Authorization': 'Bearer 4f8a2b...'}`", "dict", "Authorization", "Bearer 4f8a2b6c1d9e7f30a5b2c8d4e6f1a3b7c9d2e8f4a6b0c5d1e9f3a7b2c4d6e8f0"),
    (P, K["credentials"], "kingfisher.credentials.1 example `https://eaRIWNkE:qyOIhJiM@j2LYY414Q5cCYD` (neutral name BaseUrl)", "base", "BaseUrl", "https://eaRIWNkE:qyOIhJiM@j2LYY414Q5cCYD"),
    # --- Auth0, Sentry, OpenAI, Anthropic ---
    (P, K["auth0"], "kingfisher.auth0.2 example `auth0_client_secret: 'v7qh...'`", "decl", "auth0_client_secret", "v7qhPJv1fDRoUwBjktpWgS8LPVr-hXWOI8tFnRtWrU3jNYZf1hW3hfJjA8rEER9D"),
    (P, K["auth0"], "kingfisher.auth0.2 example `auth0ClientSecret = 'YOUR_VERY_LONG_AND_SECURE_CLIENT_SECRET_GOES_HERE_1234...'` (peer: match; placeholder-like)", "decl", "auth0ClientSecret", "YOUR_VERY_LONG_AND_SECURE_CLIENT_SECRET_GOES_HERE_12345678900000"),
    (P, K["auth0"], "kingfisher.auth0.2 example `AUTH0_CLIENT_SECRET='abcdef1234567890...'`", "decl", "AUTH0_CLIENT_SECRET", "abcdef1234567890abcdef1234567890abcdef1234567890abcdef1234567890"),
    (P, K["sentry"], "kingfisher.sentry.1 example `SENTRY_TOKEN=cbadef...`", "decl", "SENTRY_TOKEN", "cbadefcbadefc12defcbadefcbadefcbadefcbadefcbadefcbadefcbadefcbad"),
    (P, K["sentry"], "kingfisher.sentry.1 example `\"sentry-key\": \"3214...\"`", "dict", "sentry-key", "3214567890cbadef3214567890cbadef3214567890cbadef3214567890cbadef"),
    (P, K["sentry"], "kingfisher.sentry.4 example `SENTRY_DSN=https://0123...@sentry.io/12345`", "decl", "SENTRY_DSN", "https://0123456789abcdef0123456789abcdef@sentry.io/12345"),
    (P, K["sentry"], "kingfisher.sentry.2 example bare `sntrys_eyJpYXQiOjE2OTA4...` (neutral name after the service)", "decl", "sentry", "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"),
    (P, K["sentry"], "kingfisher.sentry.2 example bare `sntrys_eyJpYXQiOiIxNjkw...` (neutral name after the service)", "decl", "sentry", "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"),
    (P, K["sentry"], "kingfisher.sentry.3 example bare `sntryu_cbadef...` (neutral name after the service)", "decl", "sentry", "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"),
    (P, K["sentry"], "kingfisher.sentry.3 example `SNTRY_USER=\"sntryu_3214...\"`", "decl", "SNTRY_USER", "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"),
    (P, K["openai"], "kingfisher.openai.1 example bare `sk-ZqSkh4...` (neutral name after the service)", "decl", "openai", "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"),
    (P, K["openai"], "kingfisher.openai.2 example bare `sk-proj-4XbC...` (neutral name after the service)", "decl", "openai", "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"),
    (P, K["openai"], "kingfisher.openai.2 example bare `sk-svcacct-WGZg...` (neutral name after the service)", "decl", "openai", "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"),
    (P, K["openai"], "kingfisher.openai.2 example bare `sk-None-JEBi...` (neutral name after the service)", "decl", "openai", "sk-None-JEBiV9H-bLEZoOhNvLWmCNR74dIbql-p3yWFmWpdYCjeR1PWM_PS40yTLowkF3VzXHYJ3VbFarT3BlbkFJYznRo8bADhczK0Ca7t-WRbdwRlC1DPc8P2EaJm03OIg01Uj0cQxRAPO-4Rjs_TNyKXnVePtkcA"),
    (P, K["openai"], "kingfisher.openai.3 example bare `sk-None-abcdefghij1234567890...` (neutral name after the service)", "decl", "openai", "sk-None-abcdefghij1234567890ABCDEFGHIJ1234567890abcdefgh"),
    (P, K["anthropic"], "kingfisher.anthropic.1 example bare `sk-ant-api668-...` (neutral name after the service)", "decl", "anthropic", "sk-ant-api668-Clm512odot9WDD7itfUU9R880nefA1EtYZDbpE-C9b0XQEWpqFKf9DQUo03vOfXl16oSmyar1CLF1SzV3YzpZJ6bahcpLAA"),
    (P, K["anthropic"], "kingfisher.anthropic.1 example bare `sk-ant-api03-...` (neutral name after the service)", "decl", "anthropic", "sk-ant-api03-gOe0gMC1pt-tUe3PC6bqj3YqGhkHvyvJgtwIjGhmQIScHCRbIinUwsgFuqyQnnaTDXrHCaTmX2GkSU117pxITQ-XhkxPAAA"),
    (P, K["anthropic"], "kingfisher.anthropic.2 example bare `sk-ant-admin03-...` (neutral name after the service)", "decl", "anthropic", "sk-ant-admin03-4mB9zY2Qx8LmN7pR5sT1uV6wX0aBcDeFgHiJkLmNoPqRsTuVwXyZ1234AbC5dEf6GhI7jKl8MnO9pQr0StU1vWxYzABCDEFGHIJKL"),
    (P, K["anthropic"], "kingfisher.anthropic.2 example bare `sk-ant-admin01-...` (neutral name after the service)", "decl", "anthropic", "sk-ant-admin01-MSLxH1vwJBWWIwDTzFro0xQrkN1dWoHo-6E9qdBHiJDCx5076IoxCH_L-sritH-zkJw2tx6igyKCh5AFgKJYYw-NjbNkAAA"),
    (P, K["anthropic"], "kingfisher.anthropic.3 example `CLAUDE_CODE_OAUTH_TOKEN=\"sk-ant-oat01-...\"`", "decl", "CLAUDE_CODE_OAUTH_TOKEN", "sk-ant-oat01-aB3x5YpQr7sT2uV9wXy1Zb4cD6eF8gH0iJ2kL4mN6oP8q"),
    (P, K["anthropic"], "kingfisher.anthropic.3 example bare `sk-ant-oat01-zQ9w...` (neutral name after the service)", "decl", "anthropic", "sk-ant-oat01-zQ9wX8cV7bN6mD5sT4fR3gH2yJ1kL0pAuZ9xC8vN7mB6lD5qK4jF3hG2sY1tAw"),
    (P, K["anthropic"], "kingfisher.anthropic.4 example `refreshToken=\"sk-ant-ort01-...\"`", "decl", "refreshToken", "sk-ant-ort01-zQ9wX8cV7bN6mD5sT4fR3gH2yJ1kL0pAuZ9xC8vN7mB6lD5qK4jF3hG2sY1tA"),
    (P, K["anthropic"], "kingfisher.anthropic.4 example bare `sk-ant-ort01-aB3x...` (neutral name after the service)", "decl", "anthropic", "sk-ant-ort01-aB3x5YpQr7sT2uV9wXy1Zb4cD6eF8gH0iJ2kL4mN6oP8qRsT0uVwXyZ"),
    # --- passwords, databases ---
    (P, K["generic"], "kingfisher.generic.6 (weak password) example `password123` (bare; name password)", "decl", "password", "password123"),
    (P, K["generic"], "kingfisher.generic.6 (weak password) example `blink5678` (bare; name password)", "decl", "password", "blink5678"),
    (P, K["generic"], "kingfisher.generic.6 (weak password) example `letmein42` (bare; name password)", "decl", "password", "letmein42"),
    (P, K["generic"], "kingfisher.generic.6 (weak password) example `p@ssw0rd99` (bare; name password)", "decl", "password", "p@ssw0rd99"),
    (P, K["generic"], "kingfisher.generic.6 (weak password) example `qwerty456` (bare; name password)", "decl", "password", "qwerty456"),
    (P, K["generic"], "kingfisher.generic.9 (Quay robot) example bare `some+thing:02PD...` (neutral name after the service)", "decl", "quay", "some+thing:02PDFMQN2PL2ZAB9OX3IOHC1XMIW1SE5NWG3RETG58JUZJ310WFYESRA7F0LM461"),
    (P, K["generic"], "kingfisher.generic.9 (Quay robot) example bare `org+builder:1C2F...` (neutral name after the service)", "decl", "quay", "org+builder:1C2F9D0BB1E67E9F6B3B5B9A2A3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0C1"),
    (P, K["mongodb"], "kingfisher.mongodb.1 example `ATLAS_PRIVATE_KEY=4b18315e-...`", "decl", "ATLAS_PRIVATE_KEY", "4b18315e-6b7d-4337-b449-5d38f5a189ec"),
    (P, K["mongodb"], "kingfisher.mongodb.3 example `mongoc_client_new(\"mongodb+srv://someuser:hunter2@...\")` (neutral name Mongo)", "conn:MongoDB.Driver.MongoClient", "Mongo", "mongodb+srv://someuser:hunter2@my-atlas-rd941.mongodb.net/test?retryWrites=true&w=majority"),
    (P, K["mongodb"], "kingfisher.mongodb.3 example `mongodb://mongoadmin:contoso@...` (neutral name Mongo)", "conn:MongoDB.Driver.MongoClient", "Mongo", "mongodb://mongoadmin:contoso@something.foo.mongodb.net/myFirstDatabase"),
    (P, K["mongodb"], "kingfisher.mongodb.4 example bare `mdb_sa_sk_...` (neutral name after the service)", "decl", "mongodb", "mdb_sa_sk_BdIX_jLzut2WTgglKzKvSgWMDDj5hEoTqdwOyLOL"),
    (P, K["postgres"], "kingfisher.postgres.1 example `CONNECTION_URI=\"postgres://postgres:s2Tf2k@rLMy@google.com:5434/elephant\"`", "decl", "CONNECTION_URI", "postgres://postgres:s2Tf2k@rLMy@google.com:5434/elephant"),
    (P, K["postgres"], "kingfisher.postgres.1 example `Connection URI= postgresql://nimda:vg498...@...:25060/defaultdb?sslmode=require`", "decl", "ConnectionUri", "postgresql://nimda:vg498hwegw1udp6s@db-postgresql-nyc1-64297-do-user-1243723-0.db.ondigitalocean.com:25060/defaultdb?sslmode=require"),
    (P, K["postgres"], "kingfisher.postgres.1 example `CONNECTION_URI=\"postgis://postgres:s2Tf2k@rLMy@...\"`", "decl", "CONNECTION_URI", "postgis://postgres:s2Tf2k@rLMy@google.com:5434/elephant"),
    (P, K["jdbc"], "kingfisher.jdbc.1 example `jdbc:mysql://admin:s3cr3t@prod.internal:3306/inventory` (neutral name JdbcUrl; the examples on example.* hosts are left out)", "decl", "JdbcUrl", "jdbc:mysql://admin:s3cr3t@prod.internal:3306/inventory"),
    (P, K["redis"], "kingfisher.redis.1 example `REDIS_URL=\"redis://user:EXAMPLEp4ssw0rd123@cache.prod.internal:6379/0\"`", "decl", "REDIS_URL", "redis://user:EXAMPLEp4ssw0rd123@cache.prod.internal:6379/0"),
    (P, K["redis"], "kingfisher.redis.1 example `rediss://admin:TESTsecur3K3y456@...` (neutral name Redis)", "conn:StackExchange.Redis.RedisConnection", "Redis", "rediss://admin:TESTsecur3K3y456@redis.cache.internal:6380/1"),
    (P, K["redis"], "kingfisher.redis.1 example `redis+sentinel://default:SAMPLEr3d1sK3y789@...` (neutral name Redis)", "conn:StackExchange.Redis.RedisConnection", "Redis", "redis+sentinel://default:SAMPLEr3d1sK3y789@sentinel.cluster.local:26379"),
    (P, K["redis"], "kingfisher.redis.1 example Azure Cache for Redis URI `redis://:oJs3RjFV...=@...:10000` (neutral name Redis)", "conn:StackExchange.Redis.RedisConnection", "Redis", "redis://:oJs3RjFV5CVDyObDiooJk8NGGSylGTlNmAzCaPVydjM=@gainazurecacheforredis03.eastus.redisenterprise.cache.azure.net:10000"),
    (P, K["redis"], "kingfisher.redis.1 example `redis://default:MyP4ssw0rd@192.168.1.10:6379/2` (neutral name Redis)", "conn:StackExchange.Redis.RedisConnection", "Redis", "redis://default:MyP4ssw0rd@192.168.1.10:6379/2"),
    (P, K["redis"], "kingfisher.redis.3 example `REDIS_PASSWORD=\"EXAMPLEp4ssw0rd123\"`", "decl", "REDIS_PASSWORD", "EXAMPLEp4ssw0rd123"),
    (P, K["redis"], "kingfisher.redis.3 example `redis_password=MyS3cur3R3d1sK3y`", "decl", "redis_password", "MyS3cur3R3d1sK3y"),
    (P, K["redis"], "kingfisher.redis.3 example `REDIS_AUTH: \"aB3cD4eF5gH6iJ7kL8\"`", "decl", "REDIS_AUTH", "aB3cD4eF5gH6iJ7kL8"),
    # --- kingfisher integration tests ---
    (P, K["t_placeholder"], "kingfisher int_placeholder_credentials: `mongodb://service-user:r4nd0mLiteralSecret@cluster.internal/app` (reported; neutral name Mongo)", "conn:MongoDB.Driver.MongoClient", "Mongo", "mongodb://service-user:r4nd0mLiteralSecret@cluster.internal/app"),
    (P, K["t_uri"], "kingfisher int_uri_parsing: valid `mongodb://usr:p4ssw0rd123@exmple.com:27017/db` (reported; neutral name Mongo)", "conn:MongoDB.Driver.MongoClient", "Mongo", "mongodb://usr:p4ssw0rd123@exmple.com:27017/db"),
    (P, K["t_uri"], "kingfisher int_uri_parsing: valid `postgres://postgres:secret@exmple.com:5432` (reported; neutral name DatabaseUrl)", "decl", "DatabaseUrl", "postgres://postgres:secret@exmple.com:5432"),
    (P, K["t_uri"], "kingfisher int_uri_parsing: valid `mysql://user:secret@exmple.com:3306/app` (reported; neutral name DatabaseUrl)", "decl", "DatabaseUrl", "mysql://user:secret@exmple.com:3306/app"),
    (P, K["t_uri"], "kingfisher int_uri_parsing: valid `postgresql://svc_reader:hunter2x@db.internal:5432/app` in database.env (reported; neutral name DATABASE_URL)", "decl", "DATABASE_URL", "postgresql://svc_reader:hunter2x@db.internal:5432/app"),
    # --- git-secrets ---
    (P, GITSECRETS, "git-secrets \"Scans using keys from credentials file\" `aws_secret_access_key=foobaz` (prohibited by the AWS provider)", "decl", "aws_secret_access_key", "foobaz"),
    (P, GITSECRETS, "git-secrets \"Scans using keys from credentials file\" `aws_secret_access_key= \"Laverne\"` (prohibited by the AWS provider)", "decl", "aws_secret_access_key", "Laverne"),
    # --- repo-supervisor integration fixture (cli.js expected output) ---
    (P, REPOSUP["foo"], "repo-supervisor foo.json `\"FOO_BAR\": \"q28Wt3n...\"` (reported by cli.js)", "dict", "FOO_BAR", "q28Wt3nAmLt_3NGpqi2qz-jQ7"),
    (N, REPOSUP["foo"], "repo-supervisor foo.json `\"FOO\": \"no-secret\"` (not reported by cli.js)", "dict", "FOO", "no-secret"),
    (N, REPOSUP["foo"], "repo-supervisor foo.json `\"THIS_IS_AN_OBJECT_KEY\": \"foobar\"` (not reported by cli.js)", "dict", "THIS_IS_AN_OBJECT_KEY", "foobar"),
    (N, REPOSUP["bar"], "repo-supervisor bar.js `test: 'hello-world'` (not reported by cli.js)", "dict", "test", "hello-world"),

    # =================================================================================================================
    # Negatives
    # =================================================================================================================
    # --- kingfisher `visible: false` rules: identifiers matched only as inputs of another rule, not reported ---
    (N, K["azurestorage"], "kingfisher.azurestorage.1 (visible: false) example `AccountName=mystorageaccount` (an account name)", "decl", "AccountName", "mystorageaccount"),
    (N, K["azurestorage"], "kingfisher.azurestorage.1 (visible: false) example `mystorageaccount.blob.core.windows.net` (neutral name BlobEndpoint)", "base", "BlobEndpoint", "https://mystorageaccount.blob.core.windows.net"),
    (N, K["azurestorage"], "kingfisher.azurestorage.1 (visible: false) example `azure_storage_name=\"prodblob2024\"`", "decl", "azure_storage_name", "prodblob2024"),
    (N, K["azureapim"], "kingfisher.azureapim.2 (visible: false) example `https://contoso.azure-api.net/echo` (neutral name ApimUrl)", "url", "ApimUrl", "https://contoso.azure-api.net/echo"),
    (N, K["azureapim"], "kingfisher.azureapim.2 (visible: false) example `APIM_URL=https://contoso.developer.azure-api.net/api`", "decl", "APIM_URL", "https://contoso.developer.azure-api.net/api"),
    (N, K["azureopenai"], "kingfisher.azureopenai.host.1 (visible: false) example `AZURE_OPENAI_ENDPOINT=https://my-instance.openai.azure.com`", "decl", "AZURE_OPENAI_ENDPOINT", "https://my-instance.openai.azure.com"),
    (N, K["azureopenai"], "kingfisher.azureopenai.host.1 (visible: false) example `\"endpoint\": \"https://mycompany-east-us.openai.azure.com\"`", "dict", "endpoint", "https://mycompany-east-us.openai.azure.com"),
    (N, K["azuresearchquery"], "kingfisher.azuresearch.url.1 (visible: false) example `azure_search_url=https://myservice.search.windows.net/indexes/myindex`", "decl", "azure_search_url", "https://myservice.search.windows.net/indexes/myindex"),
    (N, K["azuredevops"], "kingfisher.azure.devops.1 (visible: false) example `https://dev.azure.com/contoso` (neutral name DevOpsUrl)", "base", "DevOpsUrl", "https://dev.azure.com/contoso"),
    (N, K["azure"], "kingfisher.azure.4 (visible: false) example `myregistry.azurecr.io` (neutral name Registry)", "decl", "Registry", "myregistry.azurecr.io"),
    (N, K["azure"], "kingfisher.azure.7 (visible: false) example `AZURE_TENANT_ID=\"72f988bf-...\"`", "decl", "AZURE_TENANT_ID", "72f988bf-86f1-41af-91ab-2d7cd011db47"),
    (N, K["azure"], "kingfisher.azure.7 (visible: false) example `\"tenant\": \"11111111-2222-4333-8444-555555555555\"`", "dict", "tenant", "11111111-2222-4333-8444-555555555555"),
    (N, K["azure"], "kingfisher.azure.7 (visible: false) example `AzureAd: { tenantId: aaaaaaaa-... }`", "dict", "tenantId", "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"),
    (N, K["azure"], "kingfisher.azure.8 (visible: false) example `AZURE_CLIENT_ID=\"00001111-aaaa-...\"`", "decl", "AZURE_CLIENT_ID", "00001111-aaaa-4222-bbbb-3333cccc4444"),
    (N, K["azure"], "kingfisher.azure.8 (visible: false) example `\"appId\": \"12345678-90ab-...\"`", "dict", "appId", "12345678-90ab-4cde-8f01-234567890abc"),
    (N, K["azure"], "kingfisher.azure.8 (visible: false) example `AzureAd: { clientId: fedcba98-... }`", "dict", "clientId", "fedcba98-7654-4321-8fed-cba987654321"),
    (N, K["notificationhub"], "kingfisher.azure.notificationhub.1 (visible: false) example `notificationHubEndpoint: \"https://mobile-prod.servicebus.windows.net\"`", "decl", "notificationHubEndpoint", "https://mobile-prod.servicebus.windows.net"),
    (N, K["notificationhub"], "kingfisher.azure.notificationhub.2 (visible: false) example `NotificationHubPath=my-mobile-hub`", "decl", "NotificationHubPath", "my-mobile-hub"),
    (N, K["notificationhub"], "kingfisher.azure.notificationhub.2 (visible: false) example `notificationHubName: \"android-prod\"`", "decl", "notificationHubName", "android-prod"),
    (N, K["notificationhub"], "kingfisher.azure.notificationhub.3 (visible: false) example `SharedAccessKeyName=DefaultListenSharedAccessSignature`", "decl", "SharedAccessKeyName", "DefaultListenSharedAccessSignature"),
    (N, K["notificationhub"], "kingfisher.azure.notificationhub.3 (visible: false) example `\"SharedAccessKeyName\": \"DefaultFullSharedAccessSignature\"`", "dict", "SharedAccessKeyName", "DefaultFullSharedAccessSignature"),
    (N, K["auth0"], "kingfisher.auth0.1 (visible: false) example `auth0_client_id = 'dBpX...'`", "decl", "auth0_client_id", "dBpXUZS34Rhg6WUKTLLj3E9yWGY6IJgV"),
    (N, K["auth0"], "kingfisher.auth0.1 (visible: false) example `auth0ClientId: 'Hf5s...'`", "decl", "auth0ClientId", "Hf5sS5kLmNm6Lmvoc1BwXryX49bPD4L0"),
    (N, K["auth0"], "kingfisher.auth0.1 (visible: false) example `AUTH0_CLIENT_ID='abcdef1234567890...'`", "decl", "AUTH0_CLIENT_ID", "abcdef1234567890abcdef1234567890abcdef12"),
    (N, K["auth0"], "kingfisher.auth0.3 (visible: false) example `https://mycompany.us.auth0.com/` (neutral name Auth0Authority)", "base", "Auth0Authority", "https://mycompany.us.auth0.com/"),
    (N, K["auth0"], "kingfisher.auth0.3 (visible: false) example `AUTH0_DOMAIN=myapp.eu.auth0.com`", "decl", "AUTH0_DOMAIN", "myapp.eu.auth0.com"),
    (N, K["mongodb"], "kingfisher.mongodb.2 (visible: false) example `mongodb-public: qj4Zrh8e6A` (a public API key id)", "dict", "mongodb-public", "qj4Zrh8e6A"),
    # --- kingfisher `ignore_if_contains`: the rule's own placeholders in place of the credential of one of its examples ---
    (N, K["auth"], "kingfisher.auth.1 ignore_if_contains `dXNlcjpwYXNz` (user:pass) in its Basic header example", "header", "Authorization", "Basic dXNlcjpwYXNz"),
    (N, K["auth"], "kingfisher.auth.1 ignore_if_contains `YWRtaW46YWRtaW4` (admin:admin) in its Basic header example", "header", "Authorization", "Basic YWRtaW46YWRtaW4="),
    (N, K["auth"], "kingfisher.auth.1 ignore_if_contains `dGVzdDp0ZXN0` (test:test) in its Basic header example", "header", "Authorization", "Basic dGVzdDp0ZXN0"),
    (N, K["auth"], "kingfisher.auth.1 ignore_if_contains `Zm9vOmJhcg` (foo:bar) in its `headers['Authorization']` example", "dict", "Authorization", "Basic Zm9vOmJhcg=="),
    (N, K["auth"], "kingfisher.auth.1 ignore_if_contains `dXNlcm5hbWU6cGFzc3dvcmQ` (username:password) in its Basic header example", "header", "Authorization", "Basic dXNlcm5hbWU6cGFzc3dvcmQ="),
    (N, K["auth"], "kingfisher.auth.1 ignore_if_contains `{{` in its Basic header example (a template)", "header", "Authorization", "Basic {{BASIC_AUTH_CREDENTIALS}}"),
    (N, K["auth"], "kingfisher.auth.2 ignore_if_contains `0000000000000000` in its Bearer header example", "header", "Authorization", "Bearer 0000000000000000000000000000000000000000000000000000000000000000"),
    (N, K["auth"], "kingfisher.auth.2 ignore_if_contains `xxxxxxxxxxxxxxxx` in its Bearer header example", "header", "Authorization", "Bearer xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
    (N, K["auth"], "kingfisher.auth.2 ignore_if_contains `1234567890abcdef` in its `headers={'Authorization': 'Bearer ...'}` example", "dict", "Authorization", "Bearer 1234567890abcdef1234567890abcdef1234567890abcdef1234567890abcdef"),
    (N, K["auth"], "kingfisher.auth.2 ignore_if_contains `<token>` in its Bearer header example", "header", "Authorization", "Bearer <token>"),
    (N, K["mongodb"], "kingfisher.mongodb.3 ignore_if_contains `****` in its `mongodb+srv://someuser:hunter2@...` example (neutral name Mongo)", "conn:MongoDB.Driver.MongoClient", "Mongo", "mongodb+srv://someuser:****@my-atlas-rd941.mongodb.net/test?retryWrites=true&w=majority"),
    (N, K["mongodb"], "kingfisher.mongodb.3 ignore_if_contains `<password>` / `<username>` in its `mongodb+srv://someuser:hunter2@...` example (neutral name Mongo)", "conn:MongoDB.Driver.MongoClient", "Mongo", "mongodb+srv://<username>:<password>@my-atlas-rd941.mongodb.net/test?retryWrites=true&w=majority"),
    (N, K["mongodb"], "kingfisher.mongodb.3 ignore_if_contains `<db_password>` in its `mongodb://mongoadmin:contoso@...` example (neutral name Mongo)", "conn:MongoDB.Driver.MongoClient", "Mongo", "mongodb://mongoadmin:<db_password>@something.foo.mongodb.net/myFirstDatabase"),
    (N, K["mongodb"], "kingfisher.mongodb.3 ignore_if_contains `${` in its `mongodb://mongoadmin:contoso@...` example (neutral name Mongo)", "conn:MongoDB.Driver.MongoClient", "Mongo", "mongodb://${MONGO_USER}:${MONGO_PASSWORD}@something.foo.mongodb.net/myFirstDatabase"),
    (N, K["mongodb"], "kingfisher.mongodb.3 ignore_if_contains `:fakepassword@` in its `mongodb+srv://someuser:hunter2@...` example (neutral name Mongo)", "conn:MongoDB.Driver.MongoClient", "Mongo", "mongodb+srv://someuser:fakepassword@my-atlas-rd941.mongodb.net/test?retryWrites=true&w=majority"),
    (N, K["mongodb"], "kingfisher.mongodb.3 ignore_if_contains `:wrong_password@` in its `mongodb://mongoadmin:contoso@...` example (neutral name Mongo)", "conn:MongoDB.Driver.MongoClient", "Mongo", "mongodb://mongoadmin:wrong_password@something.foo.mongodb.net/myFirstDatabase"),
    (N, K["mongodb"], "kingfisher.mongodb.3 ignore_if_contains `{{` in its `mongodb://mongoadmin:contoso@...` example (neutral name Mongo)", "conn:MongoDB.Driver.MongoClient", "Mongo", "mongodb://{{ mongo_user }}:{{ mongo_password }}@something.foo.mongodb.net/myFirstDatabase"),
    (N, K["postgres"], "kingfisher.postgres.1 ignore_if_contains `****` in its `CONNECTION_URI=\"postgres://postgres:...@google.com:5434/elephant\"` example", "decl", "CONNECTION_URI", "postgres://postgres:****@google.com:5434/elephant"),
    (N, K["postgres"], "kingfisher.postgres.1 ignore_if_contains `xxxx` in its `Connection URI= postgresql://nimda:...` example", "decl", "ConnectionUri", "postgresql://nimda:xxxxxxxxxxxxxxxx@db-postgresql-nyc1-64297-do-user-1243723-0.db.ondigitalocean.com:25060/defaultdb?sslmode=require"),
    (N, K["jdbc"], "kingfisher.jdbc.1 ignore_if_contains `****` in its `jdbc:mysql://admin:s3cr3t@prod.internal...` example (neutral name JdbcUrl)", "decl", "JdbcUrl", "jdbc:mysql://admin:****@prod.internal:3306/inventory"),
    (N, K["redis"], "kingfisher.redis.1 ignore_if_contains `your_password` in its `REDIS_URL=\"redis://user:...@cache.prod.internal:6379/0\"` example", "decl", "REDIS_URL", "redis://user:your_password@cache.prod.internal:6379/0"),
    (N, K["redis"], "kingfisher.redis.1 ignore_if_contains `localhost` in its `redis://default:MyP4ssw0rd@...` example (neutral name Redis)", "conn:StackExchange.Redis.RedisConnection", "Redis", "redis://default:MyP4ssw0rd@localhost:6379/2"),
    (N, K["redis"], "kingfisher.redis.3 ignore_if_contains `changeme` in its `REDIS_PASSWORD=\"...\"` example", "decl", "REDIS_PASSWORD", "changeme"),
    (N, K["redis"], "kingfisher.redis.3 ignore_if_contains `replaceme` in its `redis_password=...` example", "decl", "redis_password", "replaceme"),
    (N, K["redis"], "kingfisher.redis.3 ignore_if_contains `your_password` in its `REDIS_AUTH: \"...\"` example", "decl", "REDIS_AUTH", "your_password"),
    (N, K["azure"], "kingfisher.azure.9 ignore_if_contains `your_client_secret` in its `AZURE_CLIENT_SECRET=\"...\"` example", "decl", "AZURE_CLIENT_SECRET", "your_client_secret"),
    (N, K["azure"], "kingfisher.azure.9 ignore_if_contains `placeholder` in its `ENTRA_APP_SECRET: ...` example", "decl", "ENTRA_APP_SECRET", "placeholder"),
    (N, K["notificationhub"], "kingfisher.azure.notificationhub.4 ignore_if_contains `sample` in its `hubAccessKey: \"...\"` example", "dict", "hubAccessKey", "sample"),
    # --- kingfisher integration tests: not reported ---
    (N, K["t_placeholder"], "kingfisher int_placeholder_credentials: `mongodb+srv://$(AWS_ACCESS_KEY_ID):$(AWS_SECRET_ACCESS_KEY)@...` (not reported; neutral name Mongo)", "conn:MongoDB.Driver.MongoClient", "Mongo", "mongodb+srv://$(AWS_ACCESS_KEY_ID):$(AWS_SECRET_ACCESS_KEY)@ia-staging-metering-pl-0.nrs6h.mongo.com/mmsdbmetering"),
    (N, K["t_placeholder"], "kingfisher int_placeholder_credentials: `mongodb://$(MONGODB_USERNAME):$(MONGODB_PASSWORD)@dev-metering-host...` (not reported; neutral name Mongo)", "conn:MongoDB.Driver.MongoClient", "Mongo", "mongodb://$(MONGODB_USERNAME):$(MONGODB_PASSWORD)@dev-metering-host:27017/mmsdbmetering?authSource=admin"),
    (N, K["t_placeholder"], "kingfisher int_placeholder_credentials: `mongodb://$(MONGODB_USERNAME):$(MONGODB_PASSWORD)@dev-cloud-providers-host...` (not reported; neutral name Mongo)", "conn:MongoDB.Driver.MongoClient", "Mongo", "mongodb://$(MONGODB_USERNAME):$(MONGODB_PASSWORD)@dev-cloud-providers-host:27017/mmsdbcloudproviders?authSource=admin"),
    (N, K["t_uri"], "kingfisher int_uri_parsing: invalid port `mongodb://usr:p4ssw0rd123@exmple.com:abc/db` (not reported; peer: not a valid URI; neutral name Mongo)", "conn:MongoDB.Driver.MongoClient", "Mongo", "mongodb://usr:p4ssw0rd123@exmple.com:abc/db"),
    (N, K["t_uri"], "kingfisher int_uri_parsing: invalid port `postgres://postgres:secret@exmple.com:70000` (not reported; peer: not a valid URI; neutral name DatabaseUrl)", "decl", "DatabaseUrl", "postgres://postgres:secret@exmple.com:70000"),
    (N, K["t_uri"], "kingfisher int_uri_parsing: invalid port `mysql://user:secret@exmple.com:70000/app` (not reported; peer: not a valid URI; neutral name DatabaseUrl)", "decl", "DatabaseUrl", "mysql://user:secret@exmple.com:70000/app"),
    (N, K["t_uri"], "kingfisher int_uri_parsing: invalid port `postgresql://svc_reader:badsecret9@db.internal:70000/app` in database.env (not reported; peer: not a valid URI; neutral name DATABASE_URL)", "decl", "DATABASE_URL", "postgresql://svc_reader:badsecret9@db.internal:70000/app"),
    # --- repo-supervisor pre-filters: strings skipped as non-secrets ---
    (N, REPOSUP["keys"], "repo-supervisor object.keys.identifiers objectKeys `FOO_BAR_SECRET` (skipped: an object key), as the environment variable read", "env", "fooBarSecret", "FOO_BAR_SECRET"),
    (N, REPOSUP["keys"], "repo-supervisor object.keys.identifiers objectKeys `AMAZON_ACCESS_KEY` (skipped: an object key), as the environment variable read", "env", "amazonAccessKey", "AMAZON_ACCESS_KEY"),
    (N, REPOSUP["keys"], "repo-supervisor object.keys.identifiers objectKeys `SLACK_ACCESS_KEY` (skipped: an object key), as the environment variable read", "env", "slackAccessKey", "SLACK_ACCESS_KEY"),
    (N, REPOSUP["words"], "repo-supervisor dictionary.words camelCase `thisIsTotallyASetOfRealWords` (skipped: real words; neutral name)", "decl", "value", "thisIsTotallyASetOfRealWords"),
    (N, REPOSUP["words"], "repo-supervisor dictionary.words camelCase `monitoredByTheCIAInterpreter` (skipped: real words; neutral name)", "decl", "value", "monitoredByTheCIAInterpreter"),
    (N, REPOSUP["words"], "repo-supervisor dictionary.words separators `mixing_separators_for_fun-and-profit` (skipped: real words; neutral name)", "decl", "value", "mixing_separators_for_fun-and-profit"),
    (N, REPOSUP["words"], "repo-supervisor dictionary.words separators `contains-myspyled-wurds-too` (skipped: real words; neutral name)", "decl", "value", "contains-myspyled-wurds-too"),
    (N, REPOSUP["words"], "repo-supervisor dictionary.words mixed `CapitalLettersCanDoSome-WeirdStuff` (skipped: real words; neutral name)", "decl", "value", "CapitalLettersCanDoSome-WeirdStuff"),
    (N, REPOSUP["multi"], "repo-supervisor multiple.words `fo1o    bar  fo4o       bar` (skipped: multiple words; neutral name)", "decl", "value", "fo1o    bar  fo4o       bar"),
    (N, REPOSUP["paths"], "repo-supervisor local.paths `./../etc/foo//bar//` (skipped: a local path; neutral name)", "decl", "path", "./../etc/foo//bar//"),
    (N, REPOSUP["paths"], "repo-supervisor local.paths `../../etc/foobar` (skipped: a local path; neutral name)", "decl", "path", "../../etc/foobar"),
]

# Shapes that fit no kind above; each writer renders them its own way (C# and configuration).
CUSTOM_IDS = [
    "azure9_json",      # kingfisher.azure.9 JSON example {appId, password, tenant}: positive (the password)
    "pem_real",         # kingfisher int_placeholder_credentials: the real PKCS#8 key (MC4CAQ...): positive
    "pem_placeholder",  # kingfisher int_placeholder_credentials: BEGIN/PRIVATE_KEY/END placeholder: negative
    "openai_curl",      # kingfisher.openai.1 example: curl ... -H "Authorization Bearer sk-mxIt..." : positive
    "redis_config",     # kingfisher.redis.3 example `config.redis.auth = 'secretT0ken456'`: positive
    "bar_const",        # repo-supervisor bar.js `const FOO_BAR_SECRET_LOOKS_LIKE_KEY_ID = 'zJd-...'`: positive
    "bar_getter",       # repo-supervisor bar.js `getSecret: () => 'gm5yb-...'`: positive
    "bar_keyid",        # repo-supervisor bar.js `KEY_IDENTIFIER: 'GxC56...'`: positive
    "bar_pair",         # repo-supervisor bar.js `'MLTk-...': '2g877...'` (key and value both reported): positive
    "foo_keysecret",    # repo-supervisor foo.json `"d7kyoc...": "foobar"` (the key is reported): positive
]

PEM_REAL = ["-----BEGIN PRIVATE KEY-----", "MC4CAQAwBQYDK2VwBCIEIAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8g", "-----END PRIVATE KEY-----"]
OPENAI_CURL = "https://api.openai.com/v1/images/generations  -H 'Content-Type application/json'  -H \"Authorization Bearer sk-mxIt5s1tyfCJyIKHwrqOT4BlbkFJT3VVmv6VdSwB7XXIq1TO\""

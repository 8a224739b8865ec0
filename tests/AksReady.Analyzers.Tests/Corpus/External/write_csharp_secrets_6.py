#!/usr/bin/env python3
"""Writes csharp-secrets-6.txt: the sixth held-out C# secrets set (AKS2001/AKS2002), see README.md ('C# secrets, set 6').

Built on 2026-11-26 on branch wip-6 from main c550291, after every AKS2001/AKS2002 change of that day, and committed with
its measuring test before the rules were run on it (a blind figure for the rules of c550291). Sources used in no earlier
set: mongodb/kingfisher rule examples and integration tests, awslabs/git-secrets' credentials-file test, and
auth0/repo-supervisor's integration fixture and pre-filter unit fixtures. Selection rules, provenance and the labelled
strings are in set6_sources.py (shared with the config writer); this script only gives each string its .NET shape:

- a named value: `string NAME = "...";` (the peer's identifier; a bare peer value gets a neutral name after its
  service, noted in the case);
- a settings dictionary entry for the peer's JSON/JS/Python object members;
- an HTTP request header (`DefaultRequestHeaders.Add`, or `AuthenticationHeaderValue` for every other Authorization
  header);
- the client constructor a .NET app passes a connection string to (CosmosClient, SqlConnection, MongoClient,
  WebPubSubServiceClient, SignalR ServiceEndpoint, NotificationHubConnection, a Redis connection; stubs below);
- HttpClient.GetAsync / BaseAddress for URLs, Environment.GetEnvironmentVariable for environment-variable names,
  Process.Start for the peer's curl command line; a few shapes typed by hand (CUSTOM below).

Labels are the peers', written before AKS2001/AKS2002 ran on the set.
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from set6_sources import ITEMS, KING, REPOSUP, P, N, PEM_REAL, OPENAI_CURL, cs_string, cs_name  # noqa: E402
from csharp_set_writer import DICT, builders, labelled_shapes, write_csharp_set  # noqa: E402

CASES = []
case, local, member = builders(CASES)


shape = labelled_shapes(local)
for label, source, note, kind, name, value in ITEMS:
    shape(label, source, note, kind, name, value)

# ---- shapes typed by hand (CUSTOM_IDS in set6_sources.py) ----
K = KING
local(P, K["azure"], "kingfisher.azure.9 example JSON `{ \"appId\": ..., \"password\": \"N7vX2pQ9_...\", \"tenant\": ... }`, as an anonymous object",
      'var servicePrincipal = new { appId = "12345678-90ab-4cde-8f01-234567890abc", password = "N7vX2pQ9_rT4mL6sK8wC3dF5gH1jA0bZ", tenant = "11111111-2222-4333-8444-555555555555" };')
pem = "\n".join(PEM_REAL)
case(P, K["t_placeholder"], "kingfisher int_placeholder_credentials: the PKCS#8 private key `MC4CAQ...` (reported), as a C# verbatim string (neutral name)",
     f'class Keys\n{{\n    const string PrivateKey = @"{pem}";\n}}')
local(N, K["t_placeholder"], "kingfisher int_placeholder_credentials: `\"-----BEGIN PRIVATE KEY-----\\\\n\" + \"PRIVATE_KEY\\\\n\" + \"-----END PRIVATE KEY-----` (not reported: a placeholder), as the same concatenation (neutral name)",
      'string privateKey = "-----BEGIN PRIVATE KEY-----\\n" + "PRIVATE_KEY\\n" + "-----END PRIVATE KEY-----";')
local(P, K["openai"], "kingfisher.openai.1 example `curl https://api.openai.com/v1/images/generations -H ... -H \"Authorization Bearer sk-mxIt...\"`, at Process.Start",
      f'System.Diagnostics.Process.Start("curl", {cs_string(OPENAI_CURL)});')
local(P, K["redis"], "kingfisher.redis.3 example `config.redis.auth = 'secretT0ken456'`, as the same property assignment",
      'var config = new AppConfig();\nconfig.redis.auth = "secretT0ken456";')
RB = REPOSUP["bar"]
member(P, RB, "repo-supervisor bar.js `const FOO_BAR_SECRET_LOOKS_LIKE_KEY_ID = 'zJd-55qm...';` (reported by cli.js), as a C# const",
       'const string FOO_BAR_SECRET_LOOKS_LIKE_KEY_ID = "zJd-55qmsY6LD53CRTqnCr_g-";', cls="Secrets")
member(P, RB, "repo-supervisor bar.js `getSecret: () => 'gm5yb-...'` (reported by cli.js), as an expression-bodied method",
       'public string GetSecret() => "gm5yb-hJWRoS7ZJTi_YUj_tbU";', cls="Secrets")
local(P, RB, "repo-supervisor bar.js `secrets: { KEY_IDENTIFIER: 'GxC56B6x...' }` (reported by cli.js), as a dictionary initializer",
      f'var secrets = {DICT} {{ ["KEY_IDENTIFIER"] = "GxC56B6x67anequGYNPsW_-TL" }};')
local(P, RB, "repo-supervisor bar.js `secrets: { 'MLTk-BuGS...': '2g877BA_...' }` (key and value both reported by cli.js), as a dictionary initializer",
      f'var secrets = {DICT} {{ ["MLTk-BuGS8s6Tx9iK5zaL8a_W"] = "2g877BA_TsE-WoPoWrjHah9ta" }};')
local(P, REPOSUP["foo"], "repo-supervisor foo.json `\"d7kyociU24P9hJ_sYVkqzo-kE\": \"foobar\"` (the key is reported by cli.js), as a dictionary initializer",
      f'var settings = {DICT} {{ ["d7kyociU24P9hJ_sYVkqzo-kE"] = "foobar" }};')

STUBS = """namespace Microsoft.Azure.Cosmos
{
    public class CosmosClient { public CosmosClient(string connectionString) { } }
}
namespace Microsoft.Data.SqlClient
{
    public class SqlConnection { public SqlConnection(string connectionString) { } }
}
namespace MongoDB.Driver
{
    public class MongoClient { public MongoClient(string connectionString) { } }
}
namespace Microsoft.Azure.SignalR
{
    public class ServiceEndpoint { public ServiceEndpoint(string connectionString) { } }
}
namespace Azure.Messaging.WebPubSub
{
    public class WebPubSubServiceClient { public WebPubSubServiceClient(string connectionString) { } }
}
namespace Microsoft.Azure.NotificationHubs
{
    public class NotificationHubConnection { public NotificationHubConnection(string connectionString) { } }
}
namespace StackExchange.Redis
{
    public class RedisConnection { public RedisConnection(string configuration) { } }
}
public class AppConfig { public RedisConfig redis { get; } = new RedisConfig(); }
public class RedisConfig { public string auth { get; set; } }"""

positives, negatives = write_csharp_set(
    "csharp-secrets-6.txt",
    "# Held-out C# secrets set 6 (AKS2001/AKS2002): reduced shapes of kingfisher, git-secrets and repo-supervisor labelled examples, labelled by the peer.",
    "# Format: README.md ('C# secrets, set 6'). Written by write_csharp_secrets_6.py (labelled strings and provenance in set6_sources.py). '=== stubs' is compiled with every case.",
    "written for this set (stand-ins for Cosmos, SqlClient, MongoDB, SignalR, Web PubSub, Notification Hubs, a Redis connection and the types the peer lines use)",
    STUBS,
    CASES,
)
fam = {}
from set6_sources import family  # noqa: E402
for label, source, _, _ in CASES:
    f = fam.setdefault(family(source), [0, 0])
    f[0 if label == P else 1] += 1
print(len(CASES), positives, negatives, fam)

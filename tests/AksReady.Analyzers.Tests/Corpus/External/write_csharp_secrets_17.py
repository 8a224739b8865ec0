#!/usr/bin/env python3
"""Writes csharp-secrets-17.txt: the seventeenth held-out C# secrets set (AKS2001/AKS2002), see README.md ('C# secrets, set 17').

Built on 2026-11-27 from main 2f067d5 and committed with its measuring test before the rules were run on it (a blind
figure for the rules of 2f067d5). Source: aquasecurity/trivy's secret scanner tests (scanner_test.go's table and the
testdata files it names, the per-rule tables of builtin_rules_azure_test.go and builtin_rules_test.go); the same repository gave one file to
configuration set 3 (not used here). Selection rules, provenance and the repeat check are in set17_sources.py. Each peer
input line is re-typed as the C# statement with the peer's names and literal values (case builders of
csharp_set_writer.py); one case per labelled value.

Labels are the peer's (a finding the test expects on that line, or wantHit: true, positive; a credential-like line the
test expects no finding on, or wantHit: false, negative), written before AKS2001/AKS2002 ran on the set.
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from set17_sources import SOURCES, P, N, family, check_repeats, note, cs_string, cs_verbatim, cs_name, DROPPED_AS_REPEATS  # noqa: E402
from csharp_set_writer import peer_case_builders, write_checked_set  # noqa: E402

CASES = []
PAIRS = []  # (name, value) of every labelled value, for the repeat check
CASE_PAIRS = []  # (case index, pairs) to name the case a repeat comes from
DICT = "System.Collections.Generic.Dictionary<string, string>"
_DROP = {n for writer, n, _, _ in DROPPED_AS_REPEATS if writer == "csharp"}
L, M, line = peer_case_builders(CASES, PAIRS, CASE_PAIRS, SOURCES, note, _DROP, "as a one-element string array (the input line has no name)")


SHAPES = ("local", "field", "const", "dict")
_turn = [0]


def named(label, key, peer, name, value, shape=None):
    """A `NAME=value` / `name: value` input line: in turn a local, a field, a constant and a dictionary entry."""
    if shape is None:
        shape = SHAPES[_turn[0] % len(SHAPES)]
        _turn[0] += 1
    lit = cs_string(value)
    if shape == "local":
        L(label, key, peer, "as a local", f"string {cs_name(name)} = {lit};", [(name, value)])
    elif shape == "field":
        M(label, key, peer, "as a field", f"private string {cs_name(name)} = {lit};", [(name, value)])
    elif shape == "const":
        M(label, key, peer, "as a string constant", f"private const string {cs_name(name)} = {lit};", [(name, value)])
    elif shape == "dict":
        L(label, key, peer, "as a dictionary entry", f"var settings = new {DICT}\n{{\n    [{cs_string(name)}] = {lit},\n}};", [(name, value)])
    else:
        raise ValueError(shape)


# =====================================================================================================================
# pkg/fanal/secret/scanner_test.go (TestSecretScanner, built-in rules) and the testdata files it names
# =====================================================================================================================
AWS_SECRET = "12ASD34qwe56CXZ78tyH10Tna543VBokN85RHCas"
named(P, "aws", f"line 1: 'AWS_secret_KEY'=\"{AWS_SECRET}\"", "AWS_secret_KEY", AWS_SECRET, shape="local")
named(P, "aws", 'line 2: "AWS_ACCESS_KEY_ID": "AKIA0123456789ABCDEF",', "AWS_ACCESS_KEY_ID", "AKIA0123456789ABCDEF", shape="dict")

named(N, "alibaba", "line 1: key : LTAI1234567890ABCDEFG123asd", "key", "LTAI1234567890ABCDEFG123asd", shape="dict")
named(P, "alibaba", "line 2: key = LTAI1234567890ABCDEFG123,", "key", "LTAI1234567890ABCDEFG123", shape="local")
for n, value in ((3, "asdLTAI1234567890ABCDEFG123"), (4, "asDLTAI1234567890ABCDEFG123"), (5, "as1LTAI1234567890ABCDEFG123")):
    line(N, "alibaba", f"line {n}: {value}", value)

for section, name, value in (("data1", ".dockerconfigjson", "eyE1x2a3MpLe"), ("data2", ".dockercfg", "ewE1x2a3MpLe")):
    L(P, "docker", f"{section}: {name}: {value}", f"as an entry of a dictionary named after the YAML section `{section}`",
      f"var {section} = new {DICT}\n{{\n    [{cs_string(name)}] = {cs_string(value)},\n}};", [(name, value)])

named(P, "hf", "line 1: HF_example_token: hf_Testpoiqazwsxedcrfvtgbyhn12345ujmik6789", "HF_example_token", "hf_Testpoiqazwsxedcrfvtgbyhn12345ujmik6789")
line(N, "hf", "line 3: _call_hf_processorz1DeepseekOCRMultiModalProcessor._call_hf_processor",
     "_call_hf_processorz1DeepseekOCRMultiModalProcessor._call_hf_processor")

GRAFANA = "eyJrIjoiT0tTcG1pUlY2RnVKZTFVaDFsNFZXdE9ZWmNrMkZYbkT0tTcG1pUlY2RnVKZTFVaDFsNFZXdE9ZWmNrMkZYbk"
named(P, "grafana", 'line 1: GRAFANA_TOKEN="eyJrIjoiT0tTcG1pUlY2RnVK..." (quoted)', "GRAFANA_TOKEN", GRAFANA)
L(P, "grafana", "line 2: GRAFANA_TOKEN=eyJrIjoiT0tTcG1pUlY2RnVK... (unquoted)", "as an environment variable set by the program",
  f'System.Environment.SetEnvironmentVariable("GRAFANA_TOKEN", {cs_string(GRAFANA)});', [("GRAFANA_TOKEN", GRAFANA)])

JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
named(P, "jwt", "line 3: jwt: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...", "jwt", JWT)

for n, name, value in ((1, "ORG_READ_TOKEN", "packagist_ort_6675e11a686c692f3f2e3b6ce528c3d122d22d912ea69a20713cdf51714ba710ad74"),
                       (2, "ORG_WRITE_TOKEN", "packagist_out_d63BD7be741c67ca810f924225b525fa5d20e6e1b316c8bfc0a1b33c68e4861bd5a4"),
                       (3, "USER_TOKEN", "packagist_uut_02f17e5917451dcdcc2995157e08cac2976a0373097b95d7021ba7a6844437973421")):
    named(P, "packagist", f"line {n}: {name}={value[:24]}...", name, value)

GHP = "ghp_012345678901234567890123456789abcdef"
named(P, "builtin", f"line 1: GITHUB_PAT={GHP}", "GITHUB_PAT", GHP)
GH_FINE = "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"
named(P, "github", f"line 1: GITHUB_TOKEN={GH_FINE[:28]}...", "GITHUB_TOKEN", GH_FINE)
LONG = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa GITHUB_PAT=" + GHP + " " + "b" * 83
line(P, "longline", f"line 1: aaa... GITHUB_PAT={GHP} bbb...", LONG)

line(N, "invalid", "line 2 (under 'base64:'): YXdzLWFjY2AIPA1rZXktaWQgdGVzdCBzdHJpbmc=", "YXdzLWFjY2AIPA1rZXktaWQgdGVzdCBzdHJpbmc=")
PUB = "F1645C4C0C93C1AB99285D622CAA652C1DFAD63D745D6F2DE5F17E5EAF0FC4963D261C8A12436518206DC093344D5AD293"
named(N, "invalid", f"line 4 (web.config in windows containers): publicKey=\"{PUB[:20]}...\"", "publicKey", PUB, shape="field")
TOO_LONG = "HGM724ngha9785NGKbbar6jk76mnLL80BHJnabyhdngha9785NGKbb6jk76mnLL8"
named(N, "invalid", f"line 6 (length is too long): \"AWS_key\":{TOO_LONG[:20]}...", "AWS_key", TOO_LONG, shape="dict")

for n, value in ((1, "DISPID_ICANVASRENDERINGCONTEXT2D_CANVAS DISPID_CANVASRENDERCONTEXT2D"), (2, "ABCDFLWSECK_TEST-CANVASRENDERCONTEXT2DCANVASRENDA"),
                 (3, "ABCFLWSECK_TEST123456789012"), (4, "abcdexoxb-1234567890"), (5, "APK_TEST_1234567890")):
    line(N, "wrapped", f"line {n}: {value}", value)

named(P, "wrapped-sens", f"line 1: MyAWS_secret_KEY=\"{AWS_SECRET}\"", "MyAWS_secret_KEY", AWS_SECRET, shape="const")
line(P, "wrapped-sens", f"line 2: our{GH_FINE[:28]}...", "our" + GH_FINE)

ASYM_SECRET = """-----BEGIN RSA PRIVATE KEY-----
YObVAoGAGsWtK3K2Q4OSf6Z1az3AuDfo8xj9/UBuBQe1Op9RFTXps84foAqEgFwj
7eUHc9npsdql24xsVK8huo9VKPu/mrDStv8JYRWP4cSUXWWBx5oGpPBP7uaMgQCx
uks3gKrUL/3LFndE0egKslgGSkoyYb3iHP1X3IFsOtTQz6ZPmzc=
-----END RSA PRIVATE KEY-----"""
line(P, "asym-secret", "lines 1-5: -----BEGIN RSA PRIVATE KEY----- (3 lines) -----END RSA PRIVATE KEY-----", ASYM_SECRET,
     how="as a one-element string array holding the block as a verbatim string")
ASYM_KEY = """-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAu/Nua0/1y08gkbnBfKd6VDHia8Na0ATgMQqZ4YEbi/t73g84IEPQPkLbPF3X De++JA1QzqTZbbePLsW44DbbgMX/5jj+Sh2SvGe5IXNeNwyyMox+DKQccJUPxbCxnhF/gSnF76cM BXJC63nDnGawz4g3qwU1+0sfyKG0ixFI3e3992fk6QnF49Cv5iqwjgKPIZjgfoM70r71XDKJjVTC rJdSBfyQwX2TU0CncglvJSzhhcuTeQZWldbk/BHjxINrqQIxKaG2OfBgkupPjnrImzSAUE9a/gIS REUVSamc69qqQnXER3Jmoy8HXiAQdPI+CpVVkI7FCCq4qD7fVqsNhwIDAQABAoIBAQC5707zNr1Q jk0IHR3+9agdFuSJ+08hr1Ei8vvcjN71kqqtuZyqvquKjJVamPMhRGV0QQAKDidTVV5+xPfqSBrK wBYyaXuXUr5RSMNrBjjUeOjo/PfOBaRk8/IQfoaYe3MKEotQVI+d67WsQl9zoFuWU4nO1G7c1Sry TpbPZSAS+6J7fUClUgT9pvg+EpoboXs+voeWTh9r9eracxUmlclVAdS3tP7xMv5R29EBYtjGKbF6 r0Ku/hXJjPu5Eck4/BeciEinVWn/yqSsqd5XKOUwTuLlUyAGWhJKcn/zWgaBYUvknzSmwePvW/W8 iwrEhP4GNHBEHisJHdWPtbCDdOVxAoGBAPqyR/9ocwZ3GhHz3dI53Z6UjKUPtRnxJb19ZS8UVN57 P7yCXpH+L6KhIxo9yx0D5Z4bdNSYTyjl6eFnv0FZA3UXsM2tyY+Ylih1LOqcttehJkK2JaFmuefx d6bcpPJG00EKFDZoTH5bbnrB3uGKUVJ5TMFlUbOgkATJL652VTNTAoGBAL/tVWwlO5ET80BSheJ/ V88rSF4AxK48ZNt5EG7RHph46KukwywPUnWRoFLxRtVP/udZf9Qq164IPGgDrn4E6VTpZwmp7HDv 6P8sSLwJj/YW3y9c57lA4SMoowO2ik09fbBJVvWLeev4n6taDNwgCZ4fuLUtMf/mUU3r80okeUp9 AoGAIySIyTn4HejmQ6v+5XBtK8TBLoZUKc3PL4/7di0QdJusZJ2V6jtKrC6QgCY3adrY/l/08bRk LGSGc62aduume2yVwU9iWPnX2tYKNN1BGFsjxOhJwCVpXCVSU5bMnJXnGU/zY2kdh/0DMLwqpU1B dyE/7EBqwpZ4eeNGBtvZt7cCgYB8jaZJJ6SPkzXiwWtXwTKYJMuzDaaWOGVvtRKACEBlzNmaQrPS jSMDX31/Nku0tVSEiSWW6DLOI1QoYHNGHyPZ0hrnP5pM9LTtnKybM0109ATlNNLA+6Tf70hTaYw5 cjV2STIg6eI2zEO6rRb5Z+U18/onwevX2X1cJ0rdC+yW9QKBgH0xSLUGFZwFDCPE+jKGgqJQme5Q 8oxHs1CTkV4SxeLFNldA9c6uESMppSUwO7wx+NaFAJw9m2Q9Ifmo57pncAx2iVXOA9Jxaa7YFIsL
vKftqLPCPbAPPxkaqQi0Ico/1fzD10znRy66aosPBrbleduiynubgk+GVm9y/R6bDYhR
-----END RSA PRIVATE KEY-----"""
line(P, "asym-key", "lines 1-4: -----BEGIN RSA PRIVATE KEY----- (2 long lines) -----END RSA PRIVATE KEY-----", ASYM_KEY,
     how="as a one-element string array holding the block as a verbatim string")

# =====================================================================================================================
# pkg/fanal/secret/builtin_rules_azure_test.go (per-rule tables: wantHit)
# =====================================================================================================================
K = "azure"
KEY88 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMN=="
named(P, K, 'TestAzureStorageAccountKey "bare env-var assignment": "AccountKey=" + fakeBase64Key88', "AccountKey", KEY88, shape="local")
named(P, K, 'TestAzureStorageAccountKey "case insensitive anchor": "accountkey = " + fakeBase64Key88', "accountkey", KEY88, shape="field")
STORAGE_CS = "DefaultEndpointsProtocol=https;AccountName=foo;AccountKey=" + KEY88 + ";EndpointSuffix=core.windows.net"
L(P, K, 'TestAzureStorageAccountKey "inside full connection string": "DefaultEndpointsProtocol=https;AccountName=foo;AccountKey=" + fakeBase64Key88 + ";EndpointSuffix=core.windows.net"',
  "as the connection string of a stub BlobServiceClient", f"var client = new BlobServiceClient({cs_string(STORAGE_CS)});", [("", STORAGE_CS)])
named(N, K, 'TestAzureStorageAccountKey "wrong length is rejected": "AccountKey=" + strings.Repeat("A", 40)', "AccountKey", "A" * 40, shape="const")
named(N, K, 'TestAzureStorageAccountKey "missing AccountKey anchor is rejected": "Other=" + fakeBase64Key88', "Other", KEY88, shape="local")
for host in ("demo.documents.azure.com", "demo.cosmos.azure.com"):
    cs = f"AccountEndpoint=https://{host}:443/;AccountKey=" + KEY88 + ";"
    L(P, K, f'TestAzureCosmosDBAccountKey "{host.split(".", 1)[1]} endpoint": "AccountEndpoint=https://{host}:443/;AccountKey=" + fakeBase64Key88 + ";"',
      "as the connection string of a stub CosmosClient", f"var client = new CosmosClient({cs_string(cs)});", [("", cs)])
ENTRA = "Abc8Q~DefGhiJklMnoPqrStuVwxYz0123456789~"
named(P, K, 'TestAzureEntraIDClientSecret "bare token in code": client_secret = "Abc" + "8Q~" + "DefGhiJklMnoPqrStuVwxYz0123456789~"', "client_secret", ENTRA, shape="local")
named(N, K, 'TestAzureEntraIDClientSecret "missing 8Q~ marker is rejected": client_secret = strings.Repeat("a", 40)', "client_secret", "a" * 40, shape="field")
named(N, K, 'TestAzureEntraIDClientSecret "marker present but wrong total length is rejected": client_secret = "Abc8Q~tooShort"', "client_secret", "Abc8Q~tooShort", shape="local")
APPCONFIG = "Endpoint=https://demo.azconfig.io;Id=ABCDef:0+1/foo:abc;Secret=" + "A" * 60 + "="
L(P, K, 'TestAzureAppConfigConnectionString "well-formed connection string": "Endpoint=https://demo.azconfig.io;Id=ABCDef:0+1/foo:abc;Secret=" + strings.Repeat("A", 60) + "="',
  "as the connection string of a stub ConfigurationClient", f"var client = new ConfigurationClient({cs_string(APPCONFIG)});", [("", APPCONFIG)])
APPCONFIG_BAD = "Endpoint=https://demo.azure.com;Id=abc;Secret=" + "A" * 60 + "="
L(N, K, 'TestAzureAppConfigConnectionString "wrong endpoint domain is rejected": "Endpoint=https://demo.azure.com;Id=abc;Secret=" + strings.Repeat("A", 60) + "="',
  "as the connection string of a stub ConfigurationClient", f"var client = new ConfigurationClient({cs_string(APPCONFIG_BAD)});", [("", APPCONFIG_BAD)])
SAS = "https://demo.blob.core.windows.net/c/o?sv=2024-08-04&ss=b&srt=co&sp=rl&se=2026-12-31T23:59:00Z&sig=" + "A" * 50 + "%3D"
L(P, K, 'TestAzureSASToken "blob SAS URL with sig": "https://demo.blob.core.windows.net/c/o?sv=2024-08-04&ss=b&srt=co&sp=rl&se=2026-12-31T23:59:00Z&sig=" + strings.Repeat("A", 50) + "%3D"',
  "as a GET", f"var http = new System.Net.Http.HttpClient();\n_ = http.GetAsync({cs_string(SAS)});", [("", SAS)])
SAS_BAD = "https://demo.example.com/x?something=1&sig=" + "A" * 60
L(N, K, 'TestAzureSASToken "missing sv= anchor is rejected (just sig= alone is too generic)": "https://demo.example.com/x?something=1&sig=" + strings.Repeat("A", 60)',
  "as a GET", f"var http = new System.Net.Http.HttpClient();\n_ = http.GetAsync({cs_string(SAS_BAD)});", [("", SAS_BAD)])
SAS_QUERY = "?sv=2024&ss=b&sig=" + "A" * 50
line(N, K, 'TestAzureSASToken "sv format must be YYYY-MM-DD": "?sv=2024&ss=b&sig=" + strings.Repeat("A", 50)', SAS_QUERY,
     how="as a one-element string array (the input has no name)")

# =====================================================================================================================
# pkg/fanal/secret/builtin_rules_test.go (TestGitHubAppToken_BothFormats: wantHit)
# =====================================================================================================================
K = "gh-app"
APP_JWT = "a" * 100 + "_" + "b" * 200 + "_" + "c" * 200
for label, test, expr, value in (
        (P, "legacy ghs_ 36-char token still detected", '"ghs_" + strings.Repeat("0", 36)', "ghs_" + "0" * 36),
        (P, "legacy ghu_ 36-char token still detected", '"ghu_" + strings.Repeat("0", 36)', "ghu_" + "0" * 36),
        (P, "stateless ghs_<APPID>_<JWT> token detected (issue #10591)", '"ghs_123456_" + jwt (100 a, _, 200 b, _, 200 c)', "ghs_123456_" + APP_JWT),
        (P, "stateless ghs_ with realistic ~520-char body", '"ghs_" + strings.Repeat("X", 520)', "ghs_" + "X" * 520),
        (N, "ghu_ with extra characters past 36 must NOT extend match (kept strict)", '"ghu_" + strings.Repeat("0", 30)', "ghu_" + "0" * 30),
        (N, "ghs_ shorter than 36 chars is rejected", '"ghs_" + strings.Repeat("0", 20)', "ghs_" + "0" * 20)):
    line(label, K, f'"{test}": {expr}', value, how="as a one-element string array (the input has no name)")

STUBS = """public class BlobServiceClient { public BlobServiceClient(string connectionString) { } }
public class CosmosClient { public CosmosClient(string connectionString) { } }
public class ConfigurationClient { public ConfigurationClient(string connectionString) { } }"""

if __name__ == "__main__":
    write_checked_set(
        HERE, check_repeats, PAIRS, CASE_PAIRS, family,
        "csharp-secrets-17.txt",
        "# Held-out C# secrets set 17 (AKS2001/AKS2002): reduced .NET shapes of aquasecurity/trivy's secret scanner tests "
        "(scanner_test.go's built-in-rule rows and their testdata files, builtin_rules_azure_test.go's and builtin_rules_test.go's per-rule tables), labelled by the peer.",
        "# Format: README.md ('C# secrets, set 17'). Written by write_csharp_secrets_17.py (provenance and selection rules in "
        "set17_sources.py). '=== stubs' is compiled with every case.",
        "written for this set (stand-ins for the Azure SDK clients' connection-string constructors)",
        STUBS,
        CASES,
    )

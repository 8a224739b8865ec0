#!/usr/bin/env python3
"""Writes config-secrets-17.txt: the seventeenth held-out AKS2003 set, see README.md ('Configuration files, set 17').

Built with C# set 17 (same day, base commit 2f067d5, sources and selection rules; provenance in set17_sources.py) and
committed with its wiring before AKS2003 ran on it. The peer values and labels are the C# writer's (write_csharp_secrets_17.py,
imported); the shapes are set 15's `one()`/`cfg()` (write_config_secrets_15.py, imported and re-pointed at set 17 the way
set 16 re-pointed them), themselves built on set 12's JSON/YAML writers:

- a named input line (`NAME=value`, `name: value`, a JSON member) becomes one member with the peer's name, alternately
  appsettings.json and config.yaml (alternating separately for positives and negatives);
- docker-secrets.txt's two members stay under their YAML sections `data1` and `data2` (one file each);
- a connection string of builtin_rules_azure_test.go becomes a `ConnectionStrings` member (`Storage`, `CosmosDb`,
  `AppConfiguration`), the SAS URLs a one-element `urls` list.

Taken for configuration: every named value and connection string of the C# set. Not taken: the lines with no name (the
private-key blocks, the wrapped and base64 lines, the long line, the Alibaba IDs inside words, the bare GitHub app tokens,
the SAS query fragment) -- code only. Values repeating an earlier set (the C# writer's list) are dropped the same way.
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from set17_sources import SOURCES, P, N, family, check_repeats, note, DROPPED_AS_REPEATS  # noqa: E402
from config_set_writer import js, write_config_set  # noqa: E402
import write_csharp_secrets_17 as cs17  # noqa: E402  (the peer values; building its C# cases writes nothing)
import write_config_secrets_15 as c15  # noqa: E402  (one() and cfg(); its own cases are dropped below)

c12 = c15.c12
CASES, PAIRS, J, Y, one, cfg, listed = c15.repointed(SOURCES, note, DROPPED_AS_REPEATS)


# ---- scanner_test.go rows and their testdata files ----
one(P, "aws", f"line 1: 'AWS_secret_KEY'=\"{cs17.AWS_SECRET}\"", "AWS_secret_KEY", cs17.AWS_SECRET)
one(P, "aws", 'line 2: "AWS_ACCESS_KEY_ID": "AKIA0123456789ABCDEF",', "AWS_ACCESS_KEY_ID", "AKIA0123456789ABCDEF")
one(N, "alibaba", "line 1: key : LTAI1234567890ABCDEFG123asd", "key", "LTAI1234567890ABCDEFG123asd")
one(P, "alibaba", "line 2: key = LTAI1234567890ABCDEFG123,", "key", "LTAI1234567890ABCDEFG123")
one(P, "docker", "data1: .dockerconfigjson: eyE1x2a3MpLe", ".dockerconfigjson", "eyE1x2a3MpLe", section="data1", how="the YAML member under its section")
one(P, "docker", "data2: .dockercfg: ewE1x2a3MpLe", ".dockercfg", "ewE1x2a3MpLe", section="data2", how="the YAML member under its section")
one(P, "hf", "line 1: HF_example_token: hf_Testpoiqazwsxedcrfvtgbyhn12345ujmik6789", "HF_example_token", "hf_Testpoiqazwsxedcrfvtgbyhn12345ujmik6789")
one(P, "grafana", 'line 1: GRAFANA_TOKEN="eyJrIjoiT0tTcG1pUlY2RnVK..." (quoted)', "GRAFANA_TOKEN", cs17.GRAFANA)
one(P, "grafana", "line 2: GRAFANA_TOKEN=eyJrIjoiT0tTcG1pUlY2RnVK... (unquoted)", "GRAFANA_TOKEN", cs17.GRAFANA)
one(P, "jwt", "line 3: jwt: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...", "jwt", cs17.JWT)
for n, name, value in ((1, "ORG_READ_TOKEN", "packagist_ort_6675e11a686c692f3f2e3b6ce528c3d122d22d912ea69a20713cdf51714ba710ad74"),
                       (2, "ORG_WRITE_TOKEN", "packagist_out_d63BD7be741c67ca810f924225b525fa5d20e6e1b316c8bfc0a1b33c68e4861bd5a4"),
                       (3, "USER_TOKEN", "packagist_uut_02f17e5917451dcdcc2995157e08cac2976a0373097b95d7021ba7a6844437973421")):
    one(P, "packagist", f"line {n}: {name}={value[:24]}...", name, value)
one(P, "builtin", f"line 1: GITHUB_PAT={cs17.GHP}", "GITHUB_PAT", cs17.GHP)
one(P, "github", f"line 1: GITHUB_TOKEN={cs17.GH_FINE[:28]}...", "GITHUB_TOKEN", cs17.GH_FINE)
one(N, "invalid", f"line 4 (web.config in windows containers): publicKey=\"{cs17.PUB[:20]}...\"", "publicKey", cs17.PUB)
one(N, "invalid", f"line 6 (length is too long): \"AWS_key\":{cs17.TOO_LONG[:20]}...", "AWS_key", cs17.TOO_LONG)
one(P, "wrapped-sens", f"line 1: MyAWS_secret_KEY=\"{cs17.AWS_SECRET}\"", "MyAWS_secret_KEY", cs17.AWS_SECRET)

# ---- builtin_rules_azure_test.go ----
K = "azure"
one(P, K, 'TestAzureStorageAccountKey "bare env-var assignment": "AccountKey=" + fakeBase64Key88', "AccountKey", cs17.KEY88)
one(P, K, 'TestAzureStorageAccountKey "case insensitive anchor": "accountkey = " + fakeBase64Key88', "accountkey", cs17.KEY88)
one(P, K, 'TestAzureStorageAccountKey "inside full connection string": "DefaultEndpointsProtocol=https;AccountName=foo;AccountKey=" + fakeBase64Key88 + ";EndpointSuffix=core.windows.net"',
    "Storage", cs17.STORAGE_CS, section="ConnectionStrings", how="a connection string")
one(N, K, 'TestAzureStorageAccountKey "wrong length is rejected": "AccountKey=" + strings.Repeat("A", 40)', "AccountKey", "A" * 40)
one(N, K, 'TestAzureStorageAccountKey "missing AccountKey anchor is rejected": "Other=" + fakeBase64Key88', "Other", cs17.KEY88)
for host in ("demo.documents.azure.com", "demo.cosmos.azure.com"):
    one(P, K, f'TestAzureCosmosDBAccountKey "{host.split(".", 1)[1]} endpoint": "AccountEndpoint=https://{host}:443/;AccountKey=" + fakeBase64Key88 + ";"',
        "CosmosDb", f"AccountEndpoint=https://{host}:443/;AccountKey=" + cs17.KEY88 + ";", section="ConnectionStrings", how="a connection string")
one(P, K, 'TestAzureEntraIDClientSecret "bare token in code": client_secret = "Abc" + "8Q~" + "DefGhiJklMnoPqrStuVwxYz0123456789~"', "client_secret", cs17.ENTRA)
one(N, K, 'TestAzureEntraIDClientSecret "missing 8Q~ marker is rejected": client_secret = strings.Repeat("a", 40)', "client_secret", "a" * 40)
one(N, K, 'TestAzureEntraIDClientSecret "marker present but wrong total length is rejected": client_secret = "Abc8Q~tooShort"', "client_secret", "Abc8Q~tooShort")
one(P, K, 'TestAzureAppConfigConnectionString "well-formed connection string": "Endpoint=https://demo.azconfig.io;Id=ABCDef:0+1/foo:abc;Secret=" + strings.Repeat("A", 60) + "="',
    "AppConfiguration", cs17.APPCONFIG, section="ConnectionStrings", how="a connection string")
one(N, K, 'TestAzureAppConfigConnectionString "wrong endpoint domain is rejected": "Endpoint=https://demo.azure.com;Id=abc;Secret=" + strings.Repeat("A", 60) + "="',
    "AppConfiguration", cs17.APPCONFIG_BAD, section="ConnectionStrings", how="a connection string")
listed(P, K, 'TestAzureSASToken "blob SAS URL with sig": "https://demo.blob.core.windows.net/c/o?sv=2024-08-04&...&sig=" + strings.Repeat("A", 50) + "%3D"', "urls", cs17.SAS)
listed(N, K, 'TestAzureSASToken "missing sv= anchor is rejected (just sig= alone is too generic)": "https://demo.example.com/x?something=1&sig=" + strings.Repeat("A", 60)',
       "urls", cs17.SAS_BAD)


if __name__ == "__main__":
    repeats = check_repeats(HERE, PAIRS)
    assert not repeats, repeats
    write_config_set(
        CASES,
        "config-secrets-17.txt",
        "# Held-out AKS2003 set 17: aquasecurity/trivy's secret scanner tests (scanner_test.go's built-in-rule rows and their testdata "
        "files, builtin_rules_azure_test.go's per-rule tables; the repository gave one file to set 3, not used here), labelled by what "
        "the peer asserts before AKS2003 ran on them.",
        "# Format: README.md ('Configuration files, set 17'). Written by write_config_secrets_17.py (provenance and selection rules in set17_sources.py).",
        family=family,
        check_json=True,
    )

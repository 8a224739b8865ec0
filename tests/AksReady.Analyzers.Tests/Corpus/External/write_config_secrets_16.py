#!/usr/bin/env python3
"""Writes config-secrets-16.txt: the sixteenth held-out AKS2003 set, see README.md ('Configuration files, set 16').

Built with C# set 16 (same day, base commit 1a56028, sources and selection rules; provenance in set16_sources.py) and
committed with its wiring before AKS2003 ran on it. The peer values and labels are the C# writer's tables
(write_csharp_secrets_16.py, imported); the shapes are set 15's `one()`/`cfg()` (write_config_secrets_15.py, imported and
re-pointed at set 16 the way set 15 re-pointed set 12's helpers), themselves built on set 12's JSON/YAML writers:

- a named value (a TOML env_vars entry, a JSON member, a dictionary entry, a table row) becomes one member with the peer's
  name, alternately appsettings.json and config.yaml (alternating separately for positives and negatives); 1.toml's
  values sit under an `env_vars` section, 4.py's under `CFAuthData`;
- 1.py's `psycopg2.connect(host=..., dbname=..., user=..., password=...)` becomes the four members in one file under
  `database` (the password labelled, the rest the rest-of-file unit);
- file_Aa.yml's `api_keys` list elements become one-element `api_keys` lists, alternately JSON and YAML.

Taken for configuration: every named value of the C# set. Not taken: regex_checks.txt's lines (no name: the Slack tokens,
the private-key blocks and the URLs of a plain text file) and file_a.py's `print(...)` message (code only). Values
repeating an earlier set (the C# writer's list) are dropped the same way.
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from set16_sources import SOURCES, P, N, family, check_repeats, note, DROPPED_AS_REPEATS  # noqa: E402
from config_set_writer import js, write_config_set  # noqa: E402
import write_csharp_secrets_16 as cs16  # noqa: E402  (the peer tables; building its C# cases writes nothing)
import write_config_secrets_15 as c15  # noqa: E402  (one() and cfg(); its own cases are dropped below)

c12 = c15.c12
CASES, PAIRS, J, Y, one, cfg, listed = c15.repointed(SOURCES, note, DROPPED_AS_REPEATS)


# ---- avito-tech/deepsecrets 2.json, 1.toml, 4.py, 1.py ----
for name, value, label in cs16.JSON2:
    shown = value if len(value) < 40 else value[:24] + "..."
    one(label, "ds-json2", f'"{name}": "{shown}"', name, value)
for table, name, value, label in cs16.TOML1:
    one(label, "ds-toml1", f'{table} {name} = "{value}"', name, value, section="env_vars", how="the TOML entry")
one(P, "ds-py4", "CFAuthData = {..., 'pass': 'TESTSECRET1234', ...}", "pass", "TESTSECRET1234", section="CFAuthData", how="the member the test searches")
cfg(P, "ds-py1", "self.dbconn = psycopg2.connect(host='pg-int.miami.example.com', dbname='cmdb', user='cmdb_balancer', password='$ecRetT0F1nD')",
    [("host", "pg-int.miami.example.com"), ("dbname", "cmdb"), ("user", "cmdb_balancer"), ("password", "$ecRetT0F1nD")], ["password"],
    section="database", how="the call's named arguments")

# ---- ntoskernel/deepsecrets test_variable_scoring_cases.py ----
for label, rows in ((P, cs16.DANGEROUS), (N, cs16.NOT_DANGEROUS)):
    for test_id, name, value in rows:
        shown = cs16.NAMES.get(value, f"'{value}'" if len(value) < 48 else f"'{value[:20]}...'")
        peer = f"pytest.param('{name}', {shown}, CODE, id='{test_id}')" if not test_id.startswith("test_") else f"{test_id}: '{name}', {shown}"
        one(label, "nk-scoring", peer, name, value)

# ---- SAP/credential-digger file_a.py and file_Aa.yml ----
one(P, "cd-file-a", 'line 5: password = "adfu315os1"', "password", "adfu315os1")
one(P, "cd-file-aa", "password: test_password", "password", "test_password")
for key in ("eqpcn135b4tcd6o1u23v5po197gds974", "d7adf046b10b8b50782320fvbh23f7185"):
    listed(P, "cd-file-aa", f"api_keys: - {key}", "api_keys", key)


if __name__ == "__main__":
    repeats = check_repeats(HERE, PAIRS)
    assert not repeats, repeats
    write_config_set(
        CASES,
        "config-secrets-16.txt",
        "# Held-out AKS2003 set 16: avito-tech/deepsecrets' engine-test fixtures, ntoskernel/deepsecrets' labelled variable-scoring "
        "table and SAP/credential-digger's file-scanner fixtures (sources not used in sets 1-15), labelled by what the peer asserts "
        "before AKS2003 ran on them.",
        "# Format: README.md ('Configuration files, set 16'). Written by write_config_secrets_16.py (provenance and selection rules in set16_sources.py).",
        family=family,
        check_json=True,
    )

#!/usr/bin/env python3
"""Writes config-secrets-7.txt: the seventh held-out AKS2003 set, see README.md ('Configuration files, set 7').

Built with C# set 7 (same day, branch, sources and selection rules; labelled strings and provenance in
set7_sources.py) and committed with its wiring before AKS2003 ran on it (a blind figure for the rules of 283367a).

Each labelled string of set7_sources.ITEMS with scope both/config becomes one small configuration file, alternately
appsettings.json and config.yaml (counted separately for positives and negatives):

- decl/dict: the peer's name (or the neutral name noted) and value as one member (`{ "NAME": "value" }` / `NAME: value`);
- header: under a `Headers` section; env (an environment-variable name the app reads): `<Name>Variable: VARIABLE_NAME`;
- number: an integer member; plain: always config.yaml, the value as a plain (unquoted) YAML scalar, because earlybird
  skips those values only when they are not quoted.

Peer files that already are configuration are kept as given: horusec's docker-compose samples (the environment line of
a vulnerable sample labelled, the rest of the file unlabelled; a safe sample is `secret: none`; tab indentation re-typed
as spaces), eslint-plugin-no-secrets' staging has-secret.json / has-no-secret.json. horusec's Go `DB_USER`/`DB_PASSWORD`
lines become the same names and values in a compose `environment:` block (DB_PASSWORD labelled), earlybird's encrypted
PEM a YAML literal block (the BEGIN line labelled, key line and body excluded, as in sets 5 and 6).
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from set7_sources import (ITEMS, EB, HORUSEC, HORUSEC_COMPOSE, HORUSEC_SAFE_VALUE, NOSECRETS, P, N, family, compose,  # noqa: E402
                          check_repeats, yaml_scalar)
from config_set_writer import case_adder, js, write_config_set  # noqa: E402  (js: used by the cases below)

CASES = []  # (name, secret, exclude, clean, source, note, content)
J = "appsettings.json"
Y = "config.yaml"


add = case_adder(CASES)


turn = {P: 0, N: 0}
for label, source, note, kind, name, value, scope in ITEMS:
    if scope == "cs":
        continue
    if kind == "plain":
        add(Y, "1" if label == P else "none", source, f"{note}", f"{name}: {value}")
        continue
    as_json = turn[label] % 2 == 0
    turn[label] += 1
    key = name
    if kind == "env":
        key = name[0].upper() + name[1:] + "Variable"
    if kind in ("decl", "dict", "env", "number"):
        if as_json:
            v = int(value) if kind == "number" else value
            content, line = "{\n  " + js(key) + ": " + js(v) + "\n}", 2
        else:
            content, line = f"{key}: {value if kind == 'number' else yaml_scalar(value)}", 1
    elif kind == "header":
        if as_json:
            content, line = '{\n  "Headers": {\n    ' + js(key) + ": " + js(value) + "\n  }\n}", 3
        else:
            content, line = f"Headers:\n  {key}: {yaml_scalar(value)}", 2
    else:
        raise ValueError(kind)
    fmt = "as an appsettings.json member" if as_json else "as a YAML member"
    if kind == "header":
        fmt += " under Headers"
    add(J if as_json else Y, str(line) if label == P else "none", source, f"{note}, {fmt}", content)

# ---- horusec docker-compose samples, as given ----
for rule, variable, value, safe_variable in HORUSEC_COMPOSE:
    add("docker-compose.yml", "6", HORUSEC, f"horusec {rule} SampleVulnerable (the `{variable}` environment line is the listed finding; indentation re-typed as spaces)",
        compose(variable, value))
    add("docker-compose.yml", "none", HORUSEC, f"horusec {rule} SampleSafe (`{safe_variable}: ${{SECRET_KEY}}`; no finding; indentation re-typed as spaces)",
        compose(safe_variable, HORUSEC_SAFE_VALUE))
add("docker-compose.yml", "7", HORUSEC, "horusec HS-LEAKS-26 vulnerable Go lines `DB_USER=\"gorm\"` ... `DB_PASSWORD=\"gorm\"` (the finding) as the same names and values in a compose environment block",
    compose("DB_USER", "gorm") + "\n      DB_PASSWORD: gorm\n      DB_NAME: gorm\n      DB_PORT: '9920'")

# ---- eslint-plugin-no-secrets staging files, as given ----
add(J, "2", NOSECRETS["has_secret_json"], "no-secrets staging has-secret.json (as given; staging.spec expects errors)", """
{
    "SECRET":"AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4XsNiRVBChTYbJcE3F"
}""")
add(J, "none", NOSECRETS["has_no_secret_json"], "no-secrets staging has-no-secret.json (as given; staging.spec expects errorCount 0)", """
{
    "NOT_A_SECRET":"Hopefully not a secret",
    "NOT_A_SECRET_ARRAY":["No secrets here"]
}""")

# ---- earlybird encrypted PEM ----
add(Y, "2", EB["pem"], "earlybird IsPrivatePem: `-----BEGIN ENCRYPTED PRIVATE KEY-----` / `test password` / END (isSecret true), as a literal block (the BEGIN line labelled; key line and body excluded; neutral key)",
    "privateKey: |\n  -----BEGIN ENCRYPTED PRIVATE KEY-----\n  test password\n  -----END ENCRYPTED PRIVATE KEY-----", exclude="1 3 4")


if __name__ == "__main__":
    repeats = check_repeats(HERE, [(i[4], i[5]) for i in ITEMS if i[6] != "cs"] + [(v, val.strip("'")) for _, v, val, _ in HORUSEC_COMPOSE])
    assert not repeats, repeats
    write_config_set(
        CASES,
        "config-secrets-7.txt",
        "# Held-out AKS2003 set 7: gosec, earlybird, horusec, eslint-plugin-no-secrets and bandit labelled examples (sources not used in sets 1-6), labelled by what the peer asserts before AKS2003 ran on them.",
        "# Format: README.md ('Configuration files, set 7'). Written by write_config_secrets_7.py (labelled strings and provenance in set7_sources.py).",
        family=family,
        check_json=True,
    )

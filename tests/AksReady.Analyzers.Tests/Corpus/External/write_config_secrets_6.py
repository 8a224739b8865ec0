#!/usr/bin/env python3
"""Writes config-secrets-6.txt: the sixth held-out AKS2003 set, see README.md ('Configuration files, set 6').

Built with C# set 6 (same day, branch, sources and selection rules; labelled strings and provenance in
set6_sources.py) and committed with its wiring before AKS2003 ran on it (a blind figure for the rules of c550291).

Each labelled string of set6_sources.ITEMS becomes one small configuration file, alternately appsettings.json and
config.yaml (counted separately for positives and negatives, so both formats get about half of each):

- decl/dict/url/base: the peer's name (or the neutral name noted in the case) and value as one member
  (`{ "NAME": "value" }` / `NAME: value`);
- header: under a `Headers` section; conn: under `ConnectionStrings`; env (an environment-variable name the app
  reads): `<Name>Variable: VARIABLE_NAME`.

Peer strings that already are JSON are kept as given: kingfisher.azure.9's `{ "appId", "password", "tenant" }` object
(password labelled; appId and tenant are `visible: false` identifiers, so they are clean lines) and repo-supervisor's
foo.json (the cli.js-reported lines labelled, the other members clean). repo-supervisor's bar.js becomes the same
names and values as JSON members (reported ones labelled, `test: 'hello-world'` clean). A private key goes in a YAML
literal block (the BEGIN line labelled, key line and body excluded, as in set 5); the curl command line becomes a
pipeline `script:` step. Negatives are single-purpose files (`secret: none`, one unit each); each positive JSON file
adds one "rest of file" unit (its braces), reported separately.
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from set6_sources import ITEMS, KING, REPOSUP, GITSECRETS, P, N, PEM_REAL, OPENAI_CURL, family, yaml_scalar  # noqa: E402
from config_set_writer import case_adder, js, write_config_set  # noqa: E402  (js: used by the cases below)

CASES = []  # (name, secret, exclude, clean, source, note, content)
J = "appsettings.json"
Y = "config.yaml"


add = case_adder(CASES)


turn = {P: 0, N: 0}
for label, source, note, kind, name, value in ITEMS:
    if source in (REPOSUP["foo"], REPOSUP["bar"], GITSECRETS):
        continue  # written below as whole files
    as_json = turn[label] % 2 == 0
    turn[label] += 1
    key = name
    if kind == "env":
        key = name[0].upper() + name[1:] + "Variable"
    if kind in ("decl", "dict", "url", "base", "env"):
        if as_json:
            content, line = "{\n  " + js(key) + ": " + js(value) + "\n}", 2
        else:
            content, line = f"{key}: {yaml_scalar(value)}", 1
    elif kind == "header":
        if as_json:
            content, line = '{\n  "Headers": {\n    ' + js(key) + ": " + js(value) + "\n  }\n}", 3
        else:
            content, line = f"Headers:\n  {key}: {yaml_scalar(value)}", 2
    elif kind.startswith("conn:"):
        if as_json:
            content, line = '{\n  "ConnectionStrings": {\n    ' + js(key) + ": " + js(value) + "\n  }\n}", 3
        else:
            content, line = f"ConnectionStrings:\n  {key}: {yaml_scalar(value)}", 2
    else:
        raise ValueError(kind)
    fmt = "as an appsettings.json member" if as_json else "as a YAML member"
    if kind == "header":
        fmt += " under Headers"
    elif kind.startswith("conn:"):
        fmt += " under ConnectionStrings"
    add(J if as_json else Y, str(line) if label == P else "none", source, f"{note}, {fmt}", content)

# ---- shapes kept as given or typed by hand ----
K = KING
add(J, "3", K["azure"], "kingfisher.azure.9 example JSON `{ appId, password, tenant }` (as given; appId and tenant are visible: false identifiers, clean)", """
{
  "appId": "12345678-90ab-4cde-8f01-234567890abc",
  "password": "N7vX2pQ9_rT4mL6sK8wC3dF5gH1jA0bZ",
  "tenant": "11111111-2222-4333-8444-555555555555"
}""", clean="2 4")
pem_block = "\n".join("  " + l for l in PEM_REAL)
add(Y, "2", K["t_placeholder"], "kingfisher int_placeholder_credentials: the PKCS#8 private key `MC4CAQ...` (reported), as a literal block (the BEGIN line labelled; key line and body excluded; neutral key)",
    f"privateKey: |\n{pem_block}", exclude="1 3 4")
add(Y, "none", K["t_placeholder"], "kingfisher int_placeholder_credentials: BEGIN / `PRIVATE_KEY` / END placeholder (not reported), as a literal block (neutral key)",
    "privateKey: |\n  -----BEGIN PRIVATE KEY-----\n  PRIVATE_KEY\n  -----END PRIVATE KEY-----")
add("azure-pipelines.yml", "2", K["openai"], "kingfisher.openai.1 example `curl https://api.openai.com/... -H \"Authorization Bearer sk-mxIt...\"`, as a pipeline script step",
    f"steps:\n  - script: curl {OPENAI_CURL}")
add(Y, "3", K["redis"], "kingfisher.redis.3 example `config.redis.auth = 'secretT0ken456'`, as the same path in YAML",
    "config:\n  redis:\n    auth: 'secretT0ken456'")
add(J, "2 4", REPOSUP["foo"], "repo-supervisor foo.json (as given): `FOO_BAR` value and the `d7kyoc...` key are reported by cli.js, `FOO` and `THIS_IS_AN_OBJECT_KEY` are not (clean)", """
{
  "FOO_BAR": "q28Wt3nAmLt_3NGpqi2qz-jQ7",
  "FOO": "no-secret",
  "d7kyociU24P9hJ_sYVkqzo-kE": "foobar",
  "THIS_IS_AN_OBJECT_KEY": "foobar"
}""", clean="3 5")
add(J, "2 3 5 6", REPOSUP["bar"], "repo-supervisor bar.js as JSON members: the four values and the `MLTk-...` key cli.js reports (the key and its value share line 6), `test: 'hello-world'` not reported (clean)", """
{
  "FOO_BAR_SECRET_LOOKS_LIKE_KEY_ID": "zJd-55qmsY6LD53CRTqnCr_g-",
  "getSecret": "gm5yb-hJWRoS7ZJTi_YUj_tbU",
  "secrets": {
    "KEY_IDENTIFIER": "GxC56B6x67anequGYNPsW_-TL",
    "MLTk-BuGS8s6Tx9iK5zaL8a_W": "2g877BA_TsE-WoPoWrjHah9ta",
    "test": "hello-world"
  }
}""", clean="7")
add(Y, "3 6", GITSECRETS,
    "git-secrets \"Scans using keys from credentials file\" test.ini, as YAML profiles: the `aws_secret_access_key` values (foobaz, \"Laverne\") are labelled; the `aws_access_key_id` values (identifiers) are excluded", """
default:
  aws_access_key_id: abc123
  aws_secret_access_key: foobaz
second:
  aws_access_key_id: "Bernard"
  aws_secret_access_key: "Laverne"
third:
  aws_access_key_id: Hoagie+man""", exclude="2 5 8")


# ---- write (counting as ExternalConfigCorpusTests does; config_set_writer.py) ----
write_config_set(
    CASES,
    "config-secrets-6.txt",
    "# Held-out AKS2003 set 6: kingfisher, git-secrets and repo-supervisor labelled examples (sources not used in sets 1-5), labelled by what the peer asserts before AKS2003 ran on them.",
    "# Format: README.md ('Configuration files, set 6'). Written by write_config_secrets_6.py (labelled strings and provenance in set6_sources.py).",
    family=family,
    check_json=True,
)

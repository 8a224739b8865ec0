#!/usr/bin/env python3
"""Writes csharp-secrets-16.txt: the sixteenth held-out C# secrets set (AKS2001/AKS2002), see README.md ('C# secrets, set 16').

Built on 2026-11-27 from main 1a56028 and committed with its measuring test before the rules were run on it (a blind
figure for the rules of 1a56028). Sources used in no earlier set: avito-tech/deepsecrets' engine tests and fixtures,
ntoskernel/deepsecrets' labelled variable-scoring table and SAP/credential-digger's file-scanner fixtures. Selection
rules, provenance and the repeat check are in set16_sources.py. Each peer value is re-typed as the C# statement with the
peer's names and literal values (case builders of csharp_set_writer.py).

Labels are the peer's (a finding its test asserts, or a DANGEROUS row, positive; a value its test asserts is not found, or
a NOT_DANGEROUS row, negative), written before AKS2001/AKS2002 ran on the set.
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from set16_sources import SOURCES, P, N, family, check_repeats, note, cs_string, cs_verbatim, cs_name, DROPPED_AS_REPEATS  # noqa: E402
from csharp_set_writer import peer_case_builders, write_checked_set  # noqa: E402

CASES = []
PAIRS = []  # (name, value) of every labelled value, for the repeat check
CASE_PAIRS = []  # (case index, pairs) to name the case a repeat comes from
DICT = "System.Collections.Generic.Dictionary<string, string>"
_DROP = {n for writer, n, _, _ in DROPPED_AS_REPEATS if writer == "csharp"}
L, M, line = peer_case_builders(CASES, PAIRS, CASE_PAIRS, SOURCES, note, _DROP, "as a one-element string array (the fixture's line has no name)")


# =====================================================================================================================
# avito-tech/deepsecrets tests/fixtures/regex_checks.txt (test_regex.py: S0 S0 S1 S2 S3 S4 S5 S19 S19)
# =====================================================================================================================
K = "ds-regex"
for token in ("xoxb-278549377329-i1Wbhr6Gd7nMMMvKgElv5Neg", "xoxb-675660624544-675670263056-vCSNM7pKAGgcBKOwvW2Kmi2K"):
    line(P, K, f"# S0 {token}", token)
BODY = """MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu
KUpRKfFLfRYC9AIKjbJTWit+CqvjWYzvQwECAwEAAQJAIJLixBy2qpFoS4DSmoEm
o3qGy0t6z09AIJtH+5OeRV1be+N4cDYJKffGzDa88vQENZiRm0GRq6a+HPGQMd2k
TQIhAKMSvzIBnni7ot/OSie2TmJLY4SwTQAevXysE2RbFDYdAiEBCUEaRQnMnbp7
9mxDXDf6AU0cN/RPBjb9qSHDcWZHGzUCIG2Es59z8ugGrDY+pxLQnwfotadxd+Uy
v/Ow5T0q5gIJAiEAyS4RaI9YG8EWx/2w0T67ZUVAw8eOMB6BIUg0Xcu+3okCIBOs
/5OiPgoTdSy7bcF9IGpSE8ZgGKzgYQVZeN97YE00"""
for rule, kind in (("S1", "RSA PRIVATE KEY"), ("S2", "OPENSSH PRIVATE KEY"), ("S3", "DSA PRIVATE KEY"), ("S4", "EC PRIVATE KEY"),
                   ("S5", "PGP PRIVATE KEY BLOCK")):
    line(P, K, f"# {rule} -----BEGIN {kind}----- (7 lines) -----END {kind}-----", f"-----BEGIN {kind}-----\n{BODY}\n-----END {kind}-----",
         how="as a one-element string array holding the block as a verbatim string")
for value, label in (("https://login:password@example.com", P), ("ftp://login:password@example.com", P), ("amqp://login:$password@example.com", N),
                     ("amqp://login:${password}@example.com", N), ("amqp://login:%password%@example.com", N)):
    line(label, K, f"# S19 {value}", value)

# =====================================================================================================================
# avito-tech/deepsecrets tests/fixtures/2.json (test_semantic.py test_2: access_Token, accessToken, authkey)
# =====================================================================================================================
K = "ds-json2"
JWT = ("eyJ0eXfdasfdsa5OGRhNmUzYjI0NzkwYTE2ZDg0YmVjYzQwYzhlIn0.eyJpYXQiOjE2Nzk0MDgwNDYsIm5iZiI6MTY3OTQwODA0NiwiZXhwIjoxNjc5NDE0MDQ2LCJzZXR0aW5ncyI6eyJzdWJkaXZpc2lvbl9pZCI6MTAxODE2LCJjcmVkaXRfbGluZV9jaGFubmVsIjoiUFJFU0NPUkUiLCJ0cmFuY2hlX2NoYW5uZWwiOiJFQ09NTSIsInBlcmlvZCI6MzY0LCJjcmVkaXRfbGluZV9wcm9kdWN0X2lkIjoxMDEzNTQsInRyYW5jaGVfcHJvZHVjdF9pZCI6MTAxMzUzLCJwYXltZW50X3R5cGVfaWQiOjEwMjM5NiwiZGRzX3BheW1lbnRfdHlwZV9pZCI6MTAxMTcxLCJjb25zdW1wdGlvbl9pZCI6MTAxNjczLCJjb21pbmdfaWQiOjEwMTY3NiwiYnNfY2hlY2tfZnJlcXVlbmN5IjoxMCwiYnNfYWN0aXZlIjoxLCJic19pc190ZXN0IjowLCJzc3ViX2NoZWNrX2ZyZXF1ZW5jeSI6MTAsInNzdWJfYWN0aXZlIjoxLCJzc3ViX2lzX3Rlc3QiOjEsImlkeF9jaGVja19mcmVxdWVuY3kiOjEwLCJpZHhfbWluX2NvbmZpZGVuY2UiOiIxIiwiaWR4X2FjdGl2ZSI6MCwiaWR4X2lzX3Rlc3QiOjEsInZlcmlmeV9pc190ZXN0IjoxLCJibGF6ZV9jaGVja19mcmVxdWVuY3kiOjEwLCJibGF6ZV9hY3RpdmUiOjEsImJsYXplX2lzX3Rlc3QiOjEsInNtc19pc190ZXN0IjoxLCJzbXNfY29kZV9sZW5ndGgiOjR9LCJ1aWQiOiJhdml0byIsImF1a2V5IjoiYTkxYjQwNjAxZDYwM2U2ZmFhNzhiOTc0ZmFlZDgxM2MiLCJqdGkiOiI4NmEyOThkYTZlM2IyNDc5MGExNmQ4NGJlY2M0MGM4ZSJ9"
       ".n1sBlFLMs0dGW_gNp2gXRjhjYrdgfBeVZZ58wdPUPkhMt1fdsafasdfasdfdsafasdmotpcnmkZCr5XxYB0dO6nPxxLwhbZuD5-Eb8nT_kjL6JeVpHG5kNynRkGGTZoV00s8nmE-2X7t24cg96fdsafsdafdgfddfsgdsfk9LnAoamaE_jp0EQ480WBo_ZeDfAdPuNQg7nUwFrEgoIq33YHHzYkksPORKuycYouNXb2eB-jx1Bg7mXuGOuyLX3fdsafdfudsahiufhainEkFKV3S_4FwX734LksQee1DbSXgr3ugWVaoigaUbBD3jGWXQjVQr_E5Svcjtc4gFTRDfpF08x4NofA")
JSON2 = [("access_Token", JWT, P), ("accessToken", JWT, P), ("jti", "gggg", N), ("authkey", "ggg", P), ("uid", "avito", N),
         ("scope", "client_credentials", N)]
for name, value, label in JSON2:
    shown = value if len(value) < 40 else value[:24] + "..."
    L(label, K, f'"{name}": "{shown}"', "as a dictionary entry of the JSON object", f"var payload = new {DICT}\n{{\n    [{cs_string(name)}] = {cs_string(value)},\n}};",
      [(name, value)])

# =====================================================================================================================
# avito-tech/deepsecrets tests/fixtures/1.toml (test_semantic.py test_3: JIRA_PASSWORD and MATTERMOST_BOT_TOKEN)
# =====================================================================================================================
K = "ds-toml1"
TOML1 = [("[env_vars]", "S3_HOST", "ceph-com.miami.example.com", N), ("[env_vars]", "S3_BUCKET", "lol-1234", N),
         ("[envs.prod.env_vars]", "AUTH_ENABLED", "true", N), ("[envs.prod.env_vars]", "VERTICA_HOST", "vertica", N),
         ("[envs.prod.env_vars]", "VERTICA_PORT", "5437", N), ("[envs.prod.env_vars]", "VSQL_DATABASE", "DWH", N),
         ("[envs.prod.env_vars]", "VSQL_HOST", "vertica.miami.example.com", N), ("[envs.prod.env_vars]", "VSQL_PORT", "5437", N),
         ("[envs.prod.env_vars]", "AUTH_CONFIG_URL", "https://oauth2.example.com/.well-known/openid-configuration", N),
         ("[envs.prod.env_vars]", "CLICKHOUSE_HOSTS", "clickhouse-tcp-clickhouse-abcentral-production-rs-rs01.db.example-sd", N),
         ("[envs.prod.env_vars]", "CLICKHOUSE_USER", "ab_loader", N),
         ("[envs.prod.env_vars]", "DWH_CLICKHOUSE_HOSTS", "clickhouse-tcp-clickhouse-dwh-cs-production-rs-rs01.db.example-sd", N),
         ("[envs.prod.env_vars]", "S3_BUCKET", "configurator-attachments", N),
         ("[env_vars]", "NODE_ENV", "production", N), ("[env_vars]", "SESSION_TTL", "2592", N), ("[env_vars]", "SESSION_SECRET", "CHANGE ME PLZ!!!", N),
         ("[env_vars]", "SESSION_COLLECTION", "sessions", N), ("[envs.local.env_vars]", "NODE_ENV", "development", N),
         ("[envs.local.env_vars]", "BUILD_ENV", "local", N), ("[envs.dev.env_vars]", "BUILD_ENV", "dev", N),
         ("[envs.dev.env_vars]", "JIRA_USERNAME", "test-stest", N), ("[envs.dev.env_vars]", "JIRA_PASSWORD", "iufkdhsafhiuwehf8qw4oifjh9w4ioafja", P),
         ("[envs.dev.env_vars]", "MATTERMOST_BOT_TOKEN", "fjaipu4iwhpfgj8eosiruhjfkea,sjflksea", P)]
for table, name, value, label in TOML1:
    L(label, K, f'{table} {name} = "{value}"', "as an entry of a dictionary named after the TOML table",
      f"var env_vars = new {DICT}\n{{\n    [{cs_string(name)}] = {cs_string(value)},\n}};", [(name, value)])

# =====================================================================================================================
# avito-tech/deepsecrets tests/fixtures/4.py (test_semantic.py test_1) and 1.py (test_hs.py)
# =====================================================================================================================
L(P, "ds-py4", "CFAuthData = {..., 'pass': 'TESTSECRET1234', ...}", "as a dictionary entry (the member the test searches)",
  f'var CFAuthData = new {DICT}\n{{\n    ["pass"] = "TESTSECRET1234",\n}};', [("pass", "TESTSECRET1234")])
L(P, "ds-py1", "self.dbconn = psycopg2.connect(host='pg-int.miami.example.com', dbname='cmdb', user='cmdb_balancer', password='$ecRetT0F1nD')",
  "as a stub call with named arguments",
  'var dbconn = Psycopg2.Connect(\n    host: "pg-int.miami.example.com",\n    dbname: "cmdb",\n    user: "cmdb_balancer",\n    password: "$ecRetT0F1nD");',
  [("password", "$ecRetT0F1nD")])

# =====================================================================================================================
# ntoskernel/deepsecrets tests/core/helpers/test_variable_scoring_cases.py
# =====================================================================================================================
K = "nk-scoring"
HEX_40 = '9c1f4e7a2b8d6035e1a47c9b0f3d82e6a5c71b40'
HEX_32 = 'e3b8a1f9c4d72605b9e18a3fc2d4706b'
B64_40 = 'q8Lk3VzP0mXw7Rt2Yb9NcF4sHd6JgA1eUo5KiM3T'
ALNUM_24 = 'Tq7XbR2mKp9LvZ4wNc8FjD3s'
LOWER_20 = 'qzkvhtrwpxmbjgnfdlsc'
MIXED_LETTERS_16 = 'QzKvHtRwPxMbJgNf'
B64URL_DASH = '-Hk3vQ9ZpL2mXw7RtYb4NcF8'
B64URL_UNDERSCORE = '_Hk3vQ9ZpL2mXw7RtYb4NcF8'
PASSWORD_RANDOM = 'T7r$kq92LmZx'
NAMES = {HEX_40: "HEX_40", HEX_32: "HEX_32", B64_40: "B64_40", ALNUM_24: "ALNUM_24", LOWER_20: "LOWER_20", MIXED_LETTERS_16: "MIXED_LETTERS_16",
         B64URL_DASH: "B64URL_DASH", B64URL_UNDERSCORE: "B64URL_UNDERSCORE", PASSWORD_RANDOM: "PASSWORD_RANDOM"}
# (test, id, name, value): DANGEROUS rows (the tests-directory duplicate of password-random left out), then the other tests' positives
DANGEROUS = [
    ("password-random", "password", PASSWORD_RANDOM), ("db_password-random", "db_password", "vH3!kL9qZ2pW"), ("DB_PWD-random", "DB_PWD", "9fKq2LmZ8xRw"),
    ("smtp_passwd-random", "smtp_passwd", "Xk9mQ2vLp4Rt"), ("password-word-value", "password", "adminadmin"),
    ("db_password-word-value", "db_password", "sunshine"), ("api_key-hex40", "api_key", HEX_40), ("api_key-b64", "api_key", B64_40),
    ("client_secret-alnum24", "client_secret", ALNUM_24), ("auth_token-hex32", "auth_token", HEX_32),
    ("secret_key-b64-in-tests-dir", "secret_key", B64_40), ("private_key-hex72", "private_key", HEX_40 + HEX_32),
    ("api_key-random-lowercase", "api_key", LOWER_20), ("client_secret-random-lowercase", "client_secret", LOWER_20),
    ("secret-random-mixedcase-letters", "secret", MIXED_LETTERS_16), ("access_token-b64url-leading-dash", "access_token", B64URL_DASH),
    ("access_token-b64url-leading-underscore", "access_token", B64URL_UNDERSCORE), ("sendgrid_key", "sendgrid_key", ALNUM_24),
    ("mixpanel_token", "mixpanel_token", HEX_32), ("twilio_auth_token", "twilio_auth_token", HEX_32), ("lastfm_api_key", "lastfm_api_key", HEX_32),
    ("openWeatherApiKey", "openWeatherApiKey", HEX_32), ("security_key", "security_key", ALNUM_24), ("algolia_key", "algolia_key", HEX_32),
    ("datadog_key (known_imbalance)", "datadog_key", HEX_32), ("open_ai_key", "open_ai_key", ALNUM_24), ("LastFMAPIKey", "LastFMAPIKey", HEX_32),
    ("securityToken", "securityToken", ALNUM_24), ("strSecret1-hungarian-prefix", "strSecret1", ALNUM_24), ("signing_key", "signing_key", B64_40),
    ("credentials (known_imbalance)", "credentials", B64_40), ("db_pass-short-random", "db_pass", "nacc6opq"),
    ("smtp_pass-random", "smtp_pass", PASSWORD_RANDOM), ("stream_key", "SLOBS_STREAM_KEY", "live_137546668_M4qFRbcNbYwEzVP5Ljgrexq2lZ5BX6"),
    ("test_confidence_does_not_drop_with_entropy password (low)", "password", "11112222ab"),
    ("test_confidence_does_not_drop_with_entropy password (high)", "password", "xK9mQ2vLpq4R"),
    ("test_confidence_does_not_drop_with_entropy client_secret (low)", "client_secret", "abababab12"),
    ("test_confidence_does_not_drop_with_entropy client_secret (high)", "client_secret", HEX_32),
    ("test_signing_names_are_very_high_confidence", "sign_key", B64_40), ("test_signing_names_are_very_high_confidence", "signingKey", B64_40),
    ("test_signing_names_are_very_high_confidence", "slack_signing_secret", B64_40), ("test_signing_names_are_very_high_confidence", "signingToken", B64_40),
    ("test_only_names_people_choose_a_value_for_allow_low_entropy (allowed)", "password", "nacc6opq"),
    ("test_only_names_people_choose_a_value_for_allow_low_entropy (allowed)", "DB_PWD", "nacc6opq"),
    ("test_only_names_people_choose_a_value_for_allow_low_entropy (allowed)", "smtp_passwd", "nacc6opq"),
    ("test_only_names_people_choose_a_value_for_allow_low_entropy (allowed)", "client_secret", "nacc6opq"),
    ("test_only_names_people_choose_a_value_for_allow_low_entropy (allowed)", "SECRET_KEY", "nacc6opq"),
]
NOT_DANGEROUS = [
    ("password-changeme", "password", "changeme"), ("password-angle-placeholder", "password", "<your-password>"),
    ("api_key-env-reference", "api_key", "${API_KEY}"), ("token-percent-placeholder", "token", "%TOKEN%"),
    ("api_key-your-here", "api_key", "your_api_key_here"), ("password-asterisks", "password", "********"), ("secret-xxx", "secret", "xxxxxxxxxxxx"),
    ("password-password", "password", "password"), ("secret_key-undefined", "secret_key", "undefined"), ("token-null", "token", "null"),
    ("api_key-too-short", "api_key", "abc"), ("cache_key-hex", "cache_key", HEX_32), ("public_key-b64", "public_key", B64_40),
    ("session_id-hex", "session_id", HEX_32), ("key_id-alnum", "key_id", ALNUM_24), ("commit_sha-hex40", "commit_sha", HEX_40),
    ("checksum-hex32", "checksum", HEX_32), ("color-hex", "color", "#1f2a3b"), ("password_policy-word", "password_policy", "strict"),
    ("token_url-url", "token_url", "https://auth.example.com/oauth/token"), ("password_field-word", "password_field", "userpassword"),
    ("token_type-bearer", "token_type", "bearer"), ("secret_name-word", "secret_name", "database"), ("api_key_header", "api_key_header", "X-API-Key"),
    ("output_token-camel-words", "output_token", "PolicyDescriptions"), ("result_key-camel-words", "result_key", "GameSessions"),
    ("key-keyboard-name", "key", "ArrowUp"), ("hashed_password-bcrypt", "hashed_password", "$2b$12$" + B64_40[:22] + ALNUM_24[:9]),
    ("hashed_secret-detect-secrets-baseline", "hashed_secret", HEX_40), ("oauth-client-id", "oauth-client-id", ALNUM_24),
    ("secret_id", "secret_id", ALNUM_24), ("api_key_id", "api_key_id", ALNUM_24), ("password-path-path", "password-path", "/run/secrets/db_password"),
    ("password-path-random", "password-path", ALNUM_24), ("oauth-redirect-uri", "oauth-redirect-uri", ALNUM_24),
    ("password_length", "password_length", ALNUM_24), ("password_hint", "password_hint", ALNUM_24), ("password_file", "password_file", ALNUM_24),
    ("secret_arn", "secret_arn", ALNUM_24), ("pwd_dir", "pwd_dir", ALNUM_24), ("token_expiry", "token_expiry", ALNUM_24),
]
SHAPES = ("local", "field", "dict", "anon")
turn = 0
for label, rows in ((P, DANGEROUS), (N, NOT_DANGEROUS)):
    for test_id, name, value in rows:
        shape = SHAPES[turn % 4] if "-" not in name else "dict"
        turn += 1
        shown = NAMES.get(value, f"'{value}'" if len(value) < 48 else f"'{value[:20]}...'")
        peer = f"pytest.param('{name}', {shown}, CODE, id='{test_id}')" if not test_id.startswith("test_") else f"{test_id}: '{name}', {shown}"
        lit = cs_string(value)
        if shape == "local":
            L(label, K, peer, "as a local", f"string {cs_name(name)} = {lit};", [(name, value)])
        elif shape == "field":
            M(label, K, peer, "as a field", f"private string {cs_name(name)} = {lit};", [(name, value)])
        elif shape == "dict":
            L(label, K, peer, "as a dictionary entry", f"var settings = new {DICT}\n{{\n    [{cs_string(name)}] = {lit},\n}};", [(name, value)])
        else:
            L(label, K, peer, "as an anonymous-object member", f"var settings = new {{ {cs_name(name)} = {lit} }};", [(name, value)])

# =====================================================================================================================
# SAP/credential-digger file-scanner fixtures
# =====================================================================================================================
K = "cd-file-a"
L(P, K, 'line 5: password = "adfu315os1"', "as a local", 'string password = "adfu315os1";', [("password", "adfu315os1")])
MSG = "This is a test containing the keyword 'password', which should be           detected by the scanner and identified as a false positive"
L(N, K, "line 2: print(\"This is a test containing the keyword 'password', which should be \\ detected by the scanner and identified as a false positive\")",
  "as a Console.WriteLine call (the Python line continuation inside the string kept as its spaces)", f"System.Console.WriteLine({cs_string(MSG)});",
  [("", MSG)])
K = "cd-file-aa"
L(P, K, "password: test_password", "as a local", 'string password = "test_password";', [("password", "test_password")])
for key in ("eqpcn135b4tcd6o1u23v5po197gds974", "d7adf046b10b8b50782320fvbh23f7185"):
    L(P, K, f"api_keys: - {key}", "as a one-element string array", f"string[] api_keys =\n{{\n    {cs_string(key)},\n}};", [("", key)])

STUBS = """public class DbConnection { }
public static class Psycopg2 { public static DbConnection Connect(string host, string dbname, string user, string password) => new DbConnection(); }"""

if __name__ == "__main__":
    write_checked_set(
        HERE, check_repeats, PAIRS, CASE_PAIRS, family,
        "csharp-secrets-16.txt",
        "# Held-out C# secrets set 16 (AKS2001/AKS2002): reduced .NET shapes of avito-tech/deepsecrets' engine-test fixtures, "
        "ntoskernel/deepsecrets' labelled variable-scoring table and SAP/credential-digger's file-scanner fixtures, labelled by the peer.",
        "# Format: README.md ('C# secrets, set 16'). Written by write_csharp_secrets_16.py (provenance and selection rules in "
        "set16_sources.py). '=== stubs' is compiled with every case.",
        "written for this set (a stand-in for psycopg2.connect)",
        STUBS,
        CASES,
    )

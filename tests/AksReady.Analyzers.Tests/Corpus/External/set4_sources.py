#!/usr/bin/env python3
"""Alphabets, the random-secret maker and the gitleaks / trufflehog provenance tables shared by the set-4 writers
(write_csharp_secrets_4.py, seed 20261126; write_config_secrets_4.py, seed 42). Each writer keeps its own seed, so its
set file regenerates byte for byte."""

ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
EXT = ALNUM + "-_.="
DBCHARS = ALNUM + ":;<@=},!$?^"


def secret_maker(rng):
    """secret(n, chars): n characters of `chars` from `rng`, with at least one digit and one letter."""

    def secret(n, chars=ALNUM):
        while True:
            s = "".join(rng.choice(chars) for _ in range(n))
            if any(c.isdigit() for c in s) and any(c.isalpha() for c in s):
                return s

    return secret


GL = "gitleaks/gitleaks:cmd/generate/config/rules/{f}@{c}"
GITLEAKS = {
    "generic": GL.format(f="generic.go", c="81fc668f98e21eb044ec9646283137022d82e669"),
    "aws": GL.format(f="aws.go", c="b35e7ea22a6f345ec30fb6d20f6870c90bad9999"),
    "github": GL.format(f="github.go", c="a7e2844d8c9af75ef7c086a1656b4ceca9a9182b"),
    "gitlab": GL.format(f="gitlab.go", c="2c097d4b318b14006be3698115387490051cd1e8"),
    "datadog": GL.format(f="datadog.go", c="a721d08142b3a794df323548d78872dead440bc9"),
    "hashicorp": GL.format(f="hashicorp.go", c="1a23fa94d4aa9fd9f883b246b4d61688896837d5"),
    "database": GL.format(f="database.go", c="acf4df7dfb4cc2aca71ed8b1f57da83ebc8216e2"),
    "jwt": GL.format(f="jwt.go", c="1a23fa94d4aa9fd9f883b246b4d61688896837d5"),
    "azure": GL.format(f="azure.go", c="2d2383f58d48efccb4bca42ed80bd13ae8691624"),
    "slack": GL.format(f="slack.go", c="02788fb5ec7f20b962f5e01437f4baacbca3e8fa"),
    "openai": GL.format(f="openai.go", c="09eba9f67a17a5d01f0eb8c431e3a1eda676ffc5"),
    "kubernetes": GL.format(f="kubernetes.go", c="a7e2844d8c9af75ef7c086a1656b4ceca9a9182b"),
    "stripe": GL.format(f="stripe.go", c="07562da07355a496db154176d255b3b4d2bd9637"),
    "sendgrid": GL.format(f="sendgrid.go", c="08c6d3cf5924853ef6039b7a73091359bc22e00d"),
}
TH = "trufflesecurity/trufflehog:pkg/detectors/{f}@{c}"
TRUFFLEHOG = {
    "sqlserver": TH.format(f="sqlserver/sqlserver_test.go", c="60464da3ceea5a47d972c701b498f028cbbfdfc0"),
    "placeholder": TH.format(f="sqlserver/placeholder_test.go", c="5286ec4593e6b358e4a7e2aadab99956f9bf8e2a"),
    "appconfig": TH.format(f="azureappconfigconnectionstring/azureappconfigconnectionstring_test.go", c="058cb2d2e2cde8c47995624dac3f9dec1725261e"),
    "cosmos": TH.format(f="azure_cosmosdb/azure_cosmosdb_test.go", c="033ae77f018b94f2d53cade70ab2b2febb8efe8b"),
    "spv2": TH.format(f="azure_entra/serviceprincipal/v2/spv2_test.go", c="524824a1308b03553408a67d53e69fe68927f4c6"),
    "postgres": TH.format(f="postgres/postgres_test.go", c="db6cd3d0dd2d2dbba1c9b5ccc57616a5facebfd8"),
}

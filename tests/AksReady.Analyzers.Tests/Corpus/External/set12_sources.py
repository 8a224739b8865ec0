"""Shared by write_csharp_secrets_12.py and write_config_secrets_12.py: provenance, selection rules and the repeat check of
the twelfth held-out secrets set, see README.md ('C# secrets, set 12' and 'Configuration files, set 12').

Source: SonarSource/sonar-text (the secrets rules of SonarQube's text plugin; LGPL-3.0 until SonarSource moved it to the
Sonar Source-Available License v1 (SSALv1); only short example strings are re-typed here, in .NET shapes, with provenance;
no file is copied - contestable, as the sonar-dotnet and set-11 sonar-text cases were). Set 11 took the database and
Azure provider specifications; this set takes provider specifications of OTHER providers under
sonar-text-plugin/src/main/resources/org/sonar/plugins/secrets/configuration/<provider>.yaml, none of which any earlier
set used (grep of every set file and setN_sources.py for the provider file path, 2026-11-27). Every rule carries
`examples:` and the provider's check test (AbstractRuleExampleTest) runs each example through that rule:
`containsSecret: true` must raise an issue (positive), `containsSecret: false` must raise none (negative). Labels are
what the peer asserts, written down before AKS2001/AKS2002/AKS2003 ran on the set. Providers used (family
`sonar-text-<provider>`): aws, gcp, github, gitlab, npm, pypi, sendgrid, django, docker-hub, google-api, google-oauth2,
mailgun, OpenAI, ms-teams, facebook, discord, grafana, artifactory, pubkey-crypto, openssh, firebase, alibaba, ibm,
digitalocean, slack, stripe, planetscale, postman, Heroku, airtable, rapidapi, google-recaptcha, telegram (the file
versions the code-search index serves; commit per file below).

Left out (as in set 11): (a) negatives that are negative only because of the example's `fileName` (Doc.md, Doc.html,
Doc.adoc, Doc.example: documentation files; django's src/test/ and src/tests/ settings.py and .env: test paths sonar-text
skips) - the same text without that file name is the positive already taken; (c) examples repeated verbatim by a second
rule of the same provider (aws-secret-access-keys-2 repeats -1's examples; google-oauth-secret-no-prefix-client-id-after
repeats -client-id-before's examples with the client-id and secret lines in the other order; digitalocean's
`token='token'` negative appears under two rules; slack's `{slack_webhook_url}` negative under two rules); (d) code-only
negatives whose C# form would repeat one already taken (django's os.getenv("SECRET_KEY") and env("SECRET_KEY") next to
os.environ['SECRET_KEY']; grafana's second os.getenv token; alibaba's malformed `String fileContent = String
aliyunAccessKeySecret="..."` whose value and name the next example repeats); (g) hashicorp.yaml (a template whose
example is the placeholder `${example_text}`), the subfolder layouts (aws/aws.yaml, gcp/gcp.yaml, ibm/ibm.yaml,
google-api/google-api.yaml, mws/mws.yaml, alibaba/alibaba.yaml: older copies) and the providers not read for lack of time
(listed in README.md).

Every labelled value was checked against sets 1-11 (earlier_sets.check_repeats; check_repeats() in each writer): a case is
dropped when its value occurs in an earlier set file (a token-like value of 8 or more characters: not letters, '_' and
blanks only), or when it occurs there as the same `name = value` / `name: value` pair (case-insensitive, quotes
optional). The cases dropped that way are listed in DROPPED_AS_REPEATS.
"""
import earlier_sets
from literals import cs_name, cs_string, yaml_scalar  # noqa: F401  (re-exported for the set-12 writers)

P = "positive"
N = "negative"

_SONAR_DIR = "sonar-text-plugin/src/main/resources/org/sonar/plugins/secrets/configuration/"
_SONAR_FILES = {
    "aws": ("aws.yaml", "17392b93739e43111b7c74ec9fa48694e14dadd0"),
    "gcp": ("gcp.yaml", "1ed57bebaeb60d6d7aae32be1791de02a5839d0d"),
    "github": ("github.yaml", "030e6bf8da2a8ba7cbc3b3dabe50440d91612328"),
    "gitlab": ("gitlab.yaml", "0bef091b796f3568b2198e32d2b107da13d2af61"),
    "npm": ("npm.yaml", "005c49019038686049f675b425bf38e804118744"),
    "pypi": ("pypi.yaml", "08ecde5bc6667a74ad0dbb65c91930cb78d1b235"),
    "sendgrid": ("sendgrid.yaml", "0fd51c5b813b3d2aa17baae17826a6b11f0dd836"),
    "django": ("django.yaml", "03a1c34fa6aca7cf61d77326d42ff70fed0eb9c7"),
    "docker-hub": ("docker-hub.yaml", "15d134448147c4760489ed598a8610694736ea1f"),
    "google-api": ("google-api.yaml", "1ed57bebaeb60d6d7aae32be1791de02a5839d0d"),
    "google-oauth2": ("google-oauth2.yaml", "0126e7acd9d9ad6d58ad25f861de6b559d4deaf5"),
    "mailgun": ("mailgun.yaml", "0fd51c5b813b3d2aa17baae17826a6b11f0dd836"),
    "openai": ("OpenAI.yaml", "38ee8bdf682473de8eef913b751288406210936f"),
    "ms-teams": ("ms-teams.yaml", "07e0bac533bbdad6e63b480799cb218c8fbdc01d"),
    "facebook": ("facebook.yaml", "10d0472e20c5792502bc14f8c4b6ee0abf028d2f"),
    "discord": ("discord.yaml", "10d0472e20c5792502bc14f8c4b6ee0abf028d2f"),
    "grafana": ("grafana.yaml", "017059f7f2f2c84a67d182317186b3dc2b159241"),
    "artifactory": ("artifactory.yaml", "459e538ed5d355bf231f0a65fb406bfd6c9c0c8b"),
    "pubkey-crypto": ("pubkey-crypto.yaml", "0b2f750daa9e2ae9afe993525a636b85b8325647"),
    "openssh": ("openssh.yaml", "27a00b9c50126160a09664f591353925bdd958ee"),
    "firebase": ("firebase.yaml", "22597d670525ea4bc97d3f422dc9f42d3427f884"),
    "alibaba": ("alibaba.yaml", "1ed57bebaeb60d6d7aae32be1791de02a5839d0d"),
    "ibm": ("ibm.yaml", "0ef902390f0c5e3daad30e3ec440f679e079dcce"),
    "digitalocean": ("digitalocean.yaml", "090158671fee6a7da3d3df0762d501dbb9364c90"),
    "slack": ("slack.yaml", "0c781e622702e2505df4dbb96a8a9788660d8ba5"),
    "stripe": ("stripe.yaml", "3f4f2c70053c271339cd007c9ed7687cba87e8f7"),
    "planetscale": ("planetscale.yaml", "10d0472e20c5792502bc14f8c4b6ee0abf028d2f"),
    "postman": ("postman.yaml", "433885a69e9c647a282719c56a0dd533551a047a"),
    "heroku": ("Heroku.yaml", "f3891a160f1f9acfede1b17224408d2e1ae36fd9"),
    "airtable": ("airtable.yaml", "1387951e7693b0051d4078501e448d4b36bd892b"),
    "rapidapi": ("rapidapi.yaml", "10d0472e20c5792502bc14f8c4b6ee0abf028d2f"),
    "recaptcha": ("google-recaptcha.yaml", "10d0472e20c5792502bc14f8c4b6ee0abf028d2f"),
    "telegram": ("telegram.yaml", "1ed57bebaeb60d6d7aae32be1791de02a5839d0d"),
}
SONAR = {k: f"SonarSource/sonar-text:{_SONAR_DIR}{f}@{c}" for k, (f, c) in _SONAR_FILES.items()}

DROPPED_AS_REPEATS = [
    ("value", "AKIAIOSFODNN7EXAMPLE (config-secrets-4.txt) and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY (config-secrets-5.txt): sonar-text aws "
              "aws-access-key-ids `boto3.resource(\"s3\", ..., aws_access_key_id=\"AKIAIOSFODNN7EXAMPLE\", aws_secret_access_key=\"wJalr...EXAMPLEKEY\")` "
              "(negative)"),
    ("value", "https://team_name.webhook.office.com/webhookb2/7aa49aa6-...@c662313f-.../IncomingWebhook/8592f62b.../eff4cd58-... (config-secrets.txt): "
              "sonar-text ms-teams ms-teams-webhook-urls `const NETWORKS = { '1': 'https://team_name.webhook.office.com/...' }` (negative)"),
]


def family(source):
    """Source family for the per-source figures: sonar-text-<provider file name, lower case>."""
    if source.startswith("SonarSource/sonar-text:"):
        return "sonar-text-" + source.split("/configuration/")[1].split(".yaml")[0].lower()
    raise ValueError(source)


def check_repeats(here, pairs):
    """(name, value) pairs that repeat sets 1-11 (earlier_sets.check_repeats; token-like: not letters, '_' and blanks only)."""
    return earlier_sets.check_repeats(here, pairs, through=11, word_only=r"[A-Za-z_ ]+")


# sonar-text gcp.yaml's service-account key file, as given (a placeholder file and one with the peer's fake key);
# used by the C# and the configuration writers of set 12.
GCP_PLACEHOLDER = """{
  "type": "service_account",
  "project_id": "PROJECT_ID",
  "private_key_id": "KEY_ID",
  "private_key": "-----BEGIN PRIVATE KEY-----\\nPRIVATE_KEY \\n-----END PRIVATE KEY-----\\n",
  "client_email": "SERVICE_ACCOUNT_EMAIL",
  "client_id": "CLIENT_ID",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://accounts.google.com/o/oauth2/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/SERVICE_ACCOUNT_EMAIL "
}"""
GCP_KEY = ("-----BEGIN PRIVATE KEY-----\\nMIJEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCoagGXuTHsB/r3\\n2W6raHa1Qrfj6pii5U2Ok53SxCyK3TxYc3Bfxq8orZeYC9LQ/I3tz7w4/BnT71AD"
           "\\nfP1i8SWHsRMIicSuVFcRoYMA+A1eNSmdrujdBNWgedfuSyHbPnNY7s8BBUIoBN7I\\n8gJG5DUUKAZfZDB2c/n7Yu0=\\n-----END PRIVATE KEY-----\\n")
GCP_REAL = """{
  "type": "service_account",
  "project_id": "sonar-text-gcp-service-account-fake-project",
  "private_key_id": "f560d248789641427bb72264839effb79098b86c",
  "private_key": "%s",
  "client_email": "gcp-service-account-key@fake-sonar-project.iam.gserviceaccount.com",
  "client_id": "234567841521909194926",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/gcp-service-account-key%%40fake-sonar-project.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}""" % GCP_KEY

# The sonar-text OpenSSH and PuTTY private-key examples, used by both set-12 writers (as files and as C# constants).
OPENSSH = ["-----BEGIN OPENSSH PRIVATE KEY-----", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
           "QyNTUxOQAAACDktj2RM1D2wRTQ0H+YZsFqnAuZrqBNEB4PpJ5xm73nWwAAAJgJVPFECVTx", "RAAAAAtzc2gtZWQyNTUxOQAAACDktj2RM1D2wRTQ0H+YZsFqnAuZrqBNEB4PpJ5xm73nWw",
           "AAAECQ8Nzp6a1ZJgS3SWh2pMxe90W9tZVDZ+MZT35GjCJK2uS2PZEzUPbBFNDQf5hmwWqc", "C5muoE0QHg+knnGbvedbAAAAFGdhZXRhbmZlcnJ5QFBDLUwwMDc3AQ==",
           "-----END OPENSSH PRIVATE KEY-----"]
PUTTY = ["PuTTY-User-Key-File-3: ssh-rsa", "Encryption: none", "Comment: rsa-key-20230614", "Public-Lines: 6",
         "AAAAB3NzaC1yc2EAAAADAQABAAABAQCMxcogLWgwfvEc8iJfJTAmKci0XjpKsnjZ", "rj5/hQt0aTJDIllZ0mZhyfidZSsplUydrFWU46wO8rknVz9ZyTrPZw9j0gWwU8e5",
         "hz3ZuLSQOpRe0yxWPVQFc09aDIxuExVT42hIJZ5PR3u359LITP7VwUzImvEAbQv0", "x59nbDaMR+D4bhEfWoH/nizxiUjCHzem5j7STVxlQbtW30C7JefrkgeZQsZmw9Hm",
         "x/PN6omqJn8K7Ak0PMQusZztooScilN1zaYMd0ab3DfzYHginUC6BItDszg71fGF", "7FCIIslY9A8Wka2iUdCRjNQRaibpTtoLV6S0fdTPliHQGLM5paJr", "Private-Lines: 14",
         "AAABAG8EPNcLeDNmqPfO7NRkG4i9Qw8bkJUAEtZ418jxP4tausy+9gAkMaHFCk/2", "TQfKOlXOZt+4fSR8vxALemZwj/SorjZmlx3rtILX6SsewydLS19M4pZQX0a9HUNC",
         "yiy02AkEOmVLZYHYOfVa2ZwlPIOOoeNCbfWMCfXMyCVj7dDKYf8guYu2TYobciKh", "38hs3YSvK+ZgExQ8J0WctdevGZbY9XrOFV6BS0x96B3wsNfpX2C60tq2Wykuxc4B",
         "6II30wB/dAgU9J1WJ2Y85JZAWNB9+EL4FtSwBRxMlGpAL2twfnjw2Pf1zccvknLF", "xLUuSOwH4Mvx8l9RgRZ2zCdYaoEAAACBANFqlveaV+tFBKgVG/MqN+6CF30aQtmU",
         "D1NjR1YyZy8HLzuxwAEGE1dX79ODJ+EvHYQs8G4xCF9YzwO2CkJFZVpniObQE1zc", "obfdjBByJIk6uLBY9sSpHVxiBrq/oO3x97lX9RiD7l6qscgD7XPFADIuQp0oDZv1",
         "lxZPaoFe2jYRAAAAgQCsFjep2l0vpC/HAWCzogZIcVIm1dbpWK4UVUo7tHJ6BEqk", "qBKcQ27ARSKPOWFxdS3qE0m1kuFjoRMf9aPCA0ufFaqU6xL0dE2Od6TC5De8WOKv",
         "gK1OPfzeOkvvGs5nsquwEEhywmyHxSXFw/D2m/sififOzk1SBvjDJZUKGYnkuwAA", "AIEAjbslwp9iTZ5yaohaJ2U9GN4viwZ9dEtnpD92kWIrqMyBC68a5neM+UQvdPOt",
         "BUoTyC4US2+14snIs3DPi8rPW7EGKucqPL983YyddN0/fwqi06/CToKAmjKC/oRU", "M9HarnEZLowLKsWIPUu70SHcAhXo/fOck6n96xZc5QyFHi4=",
         "Private-MAC: 1c0857bc825e9563c20df675606a3e295ef00cdb291beec9123e52c9efe00e8b"]

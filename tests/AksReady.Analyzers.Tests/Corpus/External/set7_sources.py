"""Shared by write_csharp_secrets_7.py and write_config_secrets_7.py: provenance and labelled strings of the seventh
held-out secrets set, see README.md ('C# secrets, set 7' and 'Configuration files, set 7').

Sources used in no earlier set (not Sonar, Juliet, CodeQL, SecurityCodeScan, roslyn-analyzers, gitleaks, trufflehog,
KICS, Checkov, secretlint, detect-secrets, cred-alert, whispers, kube-linter, cfn_nag, arm-ttk, kubescape, PSRule,
trivy, noseyparker, security-utilities, ripsecrets, talisman, ggshield, kingfisher, git-secrets, repo-supervisor), none
of them a copy of gitleaks' rule table:

- securego/gosec (Apache-2.0), testutils/g101_samples.go: every G101 sample states the number of issues gosec must
  report (1: positive, 0: negative). Left out: the samples silenced only by gosec's own suppression comments
  (`#nosec G101`, `//gosec:disable G101`; their label is about the suppression, not the value), and the low-entropy
  `password = "secret"` samples (repeats of set 5, see DROPPED_AS_REPEATS). Go's `T{}` and `&T{}` literals are one C# shape
  (`new T { ... }`), so the `&DBConfig{...}` sample is not written twice.
- americanexpress/earlybird (Apache-2.0): pkg/scan/falsePositives_test.go (`wantIsFP: false` = the hit is kept =
  positive; `wantIsFP: true` = a false positive earlybird drops = negative), pkg/scan/scan_test.go (scanLine
  `wantIsHit`, and the one line TestScanFiles scans for a 3001 hit), pkg/postprocess/*_test.go (validatePassword:
  `wantIgnore`; skipSameKeyValue: `wantIgnore`; basicAuthHeader / jwt / pem: `isSecret`). Left out: the card-number
  module's `account_token` cases (code 6008, not credentials), the inclusivity cases, the GitHub-URL case (its name
  says "Skip" but it expects no skip: the peer contradicts itself), `'credentials' : 'same-origin'` (negative in a .ts
  file, positive in a .java file: the same line with both labels), the pem tests' prose negatives ("This is not a pem
  file.": no credential context to place them in), passwordStrength (weak/strong is a confidence, not a finding).
  earlybird skips several unquoted-value shapes (`$variable`, `func()`, words with spaces, `a.b`, `==`) only when the
  value is NOT double-quoted: those negatives are written only as plain YAML scalars (scope "config"), never as C#
  strings, where earlybird itself would report them. Code-only shapes (a TypeScript `passphrase: pass` variable, a
  Swift `UITextField! = nil`, calls, an array read, a logger call) are C# only (scope "cs").
- ZupIT/horusec (Apache-2.0), internal/services/engines/leaks/samples.go with its rules_test.go (commit
  0a9f3ec9dd776f03cdccf3931c8000fc3d04990a): TestRulesVulnerableCode expects the listed finding for each
  SampleVulnerableHSLEAKS* (positive), TestRulesSafeCode none for each SampleSafeHSLEAKS* (negative). The docker-compose
  samples keep their shape in the configuration set (tab indentation re-typed as spaces, as in set 4). Left out, as
  identifier rules were in sets 5 and 6: HS-LEAKS-5, -7, -9, -14 (Facebook, Twitter, LinkedIn client ids and a Google
  OAuth client id) with their safe samples.
- nickdeis/eslint-plugin-no-secrets (MIT): tests/lib/rules/no-secrets.ts RuleTester `invalid` (positive) and `valid`
  (negative) cases run with default options; cases that are valid only under a non-default option (`ignoreContent`,
  `ignoreIdentifiers`, `ignoreModules`, `additionalDelimiters`, `ignoreCase`) are left out (without the option the
  same string is invalid). The regex-source cases (`const REGEXP = \`${regexp.source}\``) use the sources of
  src/regexes.ts. staging/staging.spec.ts: has-secret.json must report, has-no-secret.json/.js must not.
- PyCQA/bandit (Apache-2.0), examples/hardcoded-passwords.py: every `# Possible hardcoded password: '...'` comment
  labels the next statement a finding (positive; the file has no negatives).

Every labelled value was checked against sets 1-6 (set_files_text() below; check_repeats() in each writer): a case is
dropped when its value occurs in an earlier set file (a token-like value of 8 or more characters: not letters and '_'
only; plain words such as `password` occur everywhere as keys), or when it occurs there as the same `name = value` /
`name: value` pair (case-insensitive, quotes optional). The cases dropped that way are listed in DROPPED_AS_REPEATS.
"""
import re

import earlier_sets
from literals import cs_string, cs_verbatim, cs_name, yaml_scalar  # noqa: F401  (re-exported for the set-7 to set-10 writers)

GOSEC = "securego/gosec:testutils/g101_samples.go@29a042eca11db9ff0b3985146c5dd3ac46bbd24e"
_EB = "americanexpress/earlybird:{f}@{c}"
EB = {
    "fp": _EB.format(f="pkg/scan/falsePositives_test.go", c="25fc9143a3f227c963e34ea6bc9cc03cfabb983e"),
    "scan": _EB.format(f="pkg/scan/scan_test.go", c="2a8404a1e9c2ab00a72405e86b4b0a0c314e52f0"),
    "pw": _EB.format(f="pkg/postprocess/validatePassword_test.go", c="02c8307ce4c400f79ed3d25867b9e18b22cf737f"),
    "same": _EB.format(f="pkg/postprocess/skipSameKeyValue_test.go", c="ba42b884d7b77f911d270b9e7e3f291f239baa7b"),
    "basic": _EB.format(f="pkg/postprocess/basicAuthHeader_test.go", c="44124e5778be390e48eec47a3a855ceb788a09b6"),
    "jwt": _EB.format(f="pkg/postprocess/jwt_test.go", c="c9b653d4ce0ddd0a3c7dd0b36c7dae797e62f8d3"),
    "pem": _EB.format(f="pkg/postprocess/pem_test.go", c="471d1aff8a047601e186b6664948c51655b8c39f"),
}
HORUSEC = "ZupIT/horusec:internal/services/engines/leaks/samples.go@8c1c387122de10c6770071393ad804e0bb4b0339"
_NS = "nickdeis/eslint-plugin-no-secrets:{f}@{c}"
NOSECRETS = {
    "tests": _NS.format(f="tests/lib/rules/no-secrets.ts", c="4fd279c26827716fbc001fa6fd7d5e60bd35c751"),
    "regexes": _NS.format(f="src/regexes.ts", c="d4d881befc8dca587fca4955ce76e09fa01cbbe1"),
    "has_secret_json": _NS.format(f="staging/has-secret.json", c="64be5b1d91c6c48f39852b52582f3694ffb8307f"),
    "has_no_secret_json": _NS.format(f="staging/has-no-secret.json", c="9fa0d44f5e7bb0df3090686a27a19b8fed83aa0b"),
    "has_no_secret_js": _NS.format(f="staging/has-no-secret.js", c="f637153c93009c449686067013974ee229df610e"),
}
BANDIT = "PyCQA/bandit:examples/hardcoded-passwords.py@027a8cb6144fa8c6fdaa92a5f843f3d54d1f6414"


def family(source):
    """Source family for the per-source figures."""
    for prefix, name in (("securego/", "gosec"), ("americanexpress/", "earlybird"), ("ZupIT/", "horusec"),
                         ("nickdeis/", "eslint-no-secrets"), ("PyCQA/", "bandit")):
        if source.startswith(prefix):
            return name
    raise ValueError(source)


P = "positive"
N = "negative"

# gosec's sample values
F62 = "f62e5bcda4fae4f82370da0c6f20697b8f8447ef"
KJ = "KjasdlkjapoIKLlka98098sdf012U/rL2sLdBqOHQUlt5Z6kCgKGDyCFA=="
KJ_SHORT = "KjasdlkjapoIKLlka98098sdf012U"
BEARER = "Bearer: 2lkjdfoiuwer092834kjdwf09"
GH = "ghp_iR54dhCYg9Tfmoywi9xLmmKZrrnAw438BYh3"
AKIA = "AKIAI44QH8DHBEXAMPLE"
ASIA = "ASIAI44QH8DHBEXAMPLE"
GOOGLE = "AIzajtGS_aJGkoiAmSbXzu9I-1eytAi9Lrlh-vT"
URL_SECRET = "https://username:abcdef0123456789abcdef0123456789abcdef01@contoso.com/"
TXN = "3637cfcc1eec55a50f78a7c435914583ccbc75a21dec9a0e94dfa077647146d7"
DNU = "do_not_use_this_in_production"

# eslint-plugin-no-secrets' values
ZW = "ZWVTjPQSdhwRgl204Hc51YCsritMIzn8B=/p9UyeX7xu6KkAGqfm3FJ+oObLDNEva"
AAAA = "AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4XsNiRVBChTYbJcE3F"
REGEX_SOURCES = {  # src/regexes.ts, as RegExp.prototype.source renders them
    "Slack Token": r"(xox[p|b|o|a]-[0-9]{12}-[0-9]{12}-[0-9]{12}-[a-z0-9]{32})",
    "AWS API Key": r"AKIA[0-9A-Z]{16}",
    "Facebook Oauth": r"""[f|F][a|A][c|C][e|E][b|B][o|O][o|O][k|K].*['|\"][0-9a-f]{32}['|\"]""",
    "Twitter Oauth": r"""[t|T][w|W][i|I][t|T][t|T][e|E][r|R].*['|\"][0-9a-zA-Z]{35,44}['|\"]""",
    "Password in URL": r"""[a-zA-Z]{3,10}:\/\/[^\/\\s:@]{3,20}:[^\/\\s:@]{3,20}@.{1,100}[\"'\\s]""",
    "Google (GCP) Service-account": r'"type": "service_account"',
    "RSA private key": r"-----BEGIN RSA PRIVATE KEY-----",
}

# horusec's docker-compose samples: (rule, variable, vulnerable value as written, safe variable name)
HORUSEC_COMPOSE = [
    ("HS-LEAKS-1", "ACCESS_KEY", "'AKIAJSIE27KKMHXI3BJQ'", "ACCESS_KEY"),
    ("HS-LEAKS-2", "AWS_SECRET_KEY", "'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'", "SECRET_KEY"),
    ("HS-LEAKS-3", "AWS_WMS_KEY", "'amzn.mws.986478f0-9775-eabc-2af4-e499a8496828'", "WMS_KEY"),
    ("HS-LEAKS-4", "FB_SECRET_KEY", "'cb6f53505911332d30867f44a1c1b9b5'", "FB_SECRET_KEY"),
    ("HS-LEAKS-6", "TWITTER_SECRET_KEY", "'ej64cqk9k8px9ae3e47ip89l7if58tqhpxi1r'", "TWITTER_SECRET_KEY"),
    ("HS-LEAKS-8", "GITHUB_SECRET_KEY", "'edzvPbU3SYUc7pFc9le20lzIRErTOaxCABQ1'", "GITHUB_SECRET_KEY"),
    ("HS-LEAKS-10", "LINKEDIN_SECRET_KEY", "'0d16kcnjyfzmcmjp'", "LINKEDIN_SECRET_KEY"),
    ("HS-LEAKS-11", "SLACK_WEBHOOK", "'https://hooks.slack.com/services/TNeqvYPeO/BncTJ74Hf/NlvFFKKAKPkd6h7FlQCz1Blu'", "SLACK_WEBHOOK"),
    ("HS-LEAKS-12", "SSH_PRIVATE_KEY", "'-----BEGIN PRIVATE KEY-----MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQDBj08sp5++4anGcmQxJjAkBgNVBAoTHVByb2dyZXNzIFNvZnR3YXJlIENvcnBvcmF0aW9uMSAwHgYDVQQDDBcqLmF3cy10ZXN0LnByb2dyZXNzLmNvbTCCASIwDQYJKoZIhvcNAQEBBQAD...bml6YXRpb252YWxzaGEyZzIuY3JsMIGgBggrBgEFBQcBAQSBkzCBkDBNBggrBgEFBQcwAoZBaHR0cDovL3NlY3VyZS5nbG9iYWxzaWduLmNvbS9jYWNlcnQvZ3Nvcmdhz3P668YfhUbKdRF6S42Cg6zn-----END PRIVATE KEY-----'", "SSH_PRIVATE_KEY"),
    ("HS-LEAKS-13", "GCP_API_KEY", "'AIzaMPZHYiu1RdzE1nG2SaVyOoz244TuacQIR6m'", "GCP_API_KEY"),
    ("HS-LEAKS-15", "HEROKU_API_KEY", "'3623f8e9-2d05-c9bb-2209082d6b5c'", "HEROKU_API_KEY"),
    ("HS-LEAKS-16", "MAILCHIMP_API_KEY", "'f7e9c13c10d0b19c3bb003a9f635d488-us72'", "MAILCHIMP_API_KEY"),
    ("HS-LEAKS-17", "MAILGUN_API_KEY", "'key-xke9nbc2i5po5cjw3ngyxiz450zxpapu'", "MAILGUN_API_KEY"),
    ("HS-LEAKS-18", "PAY_PAL_ACCESS_TOKEN", "'access_token$production$mk0sech2v7qqsol3$db651af2221c22b4ca2f0f583798135e'", "PAY_PAL_ACCESS_TOKEN"),
    ("HS-LEAKS-19", "PICATIC_API_KEY", "'sk_live_voy1p9k7r9g9j8ezmif488nk2p8310nl'", "PICATIC_API_KEY"),
    ("HS-LEAKS-20", "SEND_GRID_API_KEY", "'SG.44b7kq3FurdH0bSHBGjPSWhE8vJ.1evu4Un0TXFIb1_6zW4YOdjTMeE'", "SEND_GRID_API_KEY"),
    ("HS-LEAKS-21", "STRIPE_API_KEY", "'rk_live_8qSZpoI9t0BOGkOLVzvesc6K'", "STRIPE_API_KEY"),
    ("HS-LEAKS-22", "SQUARE_ACCESS_TOKEN", "'sq0atp-clYRBSht6oefa7w_2R56ra'", "SQUARE_ACCESS_TOKEN"),
    ("HS-LEAKS-23", "SQUARE_SECRET", "'sq0csp-LsEBYQNja]OgT3hRxjJV5cWX^XjpT12n3QkRY_vep2z'", "SQUARE_SECRET"),
    ("HS-LEAKS-24", "TWILIO_API_KEY", "'^SK9ae6bd84ccd091eb6bfad8e2a474af95'", "TWILIO_API_KEY"),
    ("HS-LEAKS-25", "POSTGRES_DBPASSWD", "'Ch@ng3m3'", "POSTGRES_DBPASSWD"),
]
HORUSEC_SAFE_VALUE = "${SECRET_KEY}"


def compose(variable, value):
    """horusec's docker-compose sample around one environment line (line 6)."""
    return f"version: '3'\nservices:\n  backend:\n    image: image/my-backend:latest\n    environment:\n      {variable}: {value}"


# ---------------------------------------------------------------------------------------------------------------------
# Labelled strings. (label, source, note, kind, name, value, scope)
#   kind: as in set 6 (decl, dict, header, conn:T, url, base, env) plus
#         number - config only: an integer member
#         plain  - config only: `name: value` as a plain (unquoted) YAML scalar, for earlybird's unquoted-value rules
#   scope: both | cs | config
# Shapes that fit none of these are written by each writer (gosec's Go code shapes, horusec's compose files and Go/PHP
# samples, eslint-plugin-no-secrets' code, earlybird's code-only lines).
# ---------------------------------------------------------------------------------------------------------------------
F, S, V = EB["fp"], EB["scan"], EB["pw"]
SAME = EB["same"]
ITEMS = [
    # --- earlybird falsePositives_test.go: wantIsFP false (the hit is kept) ---
    (P, F, "earlybird fp test `password = \"StrongFinding5813!\"` (source.java; wantIsFP false)", "decl", "password", "StrongFinding5813!", "both"),
    (P, F, "earlybird fp test `<Password>abc13</Password>` (xml; wantIsFP false), as the same name and value", "decl", "Password", "abc13", "both"),
    (P, F, "earlybird fp test `<passphrase>abc13</passphrase>` (xml; wantIsFP false), as the same name and value", "decl", "passphrase", "abc13", "both"),
    (P, F, "earlybird fp test `\"secret\" : \"do_not_use_this_in_production\"` (test.json; wantIsFP false)", "dict", "secret", DNU, "both"),
    (P, F, "earlybird fp test `client-secret: do_not_use_this_in_production` (test.yaml; wantIsFP false)", "decl", "client-secret", DNU, "both"),
    (P, F, "earlybird fp test `clientSecret: do_not_use_this_in_production` (test.json; wantIsFP false)", "decl", "clientSecret", DNU, "both"),
    (P, F, "earlybird fp test `\"clientSecret\": \"do_not_use_this_in_production\"` (test.json; wantIsFP false)", "dict", "clientSecret", DNU, "both"),
    (P, F, "earlybird fp test `\"client-secret\": \"do_not_use_this_in_production\"` (test.json; wantIsFP false)", "dict", "client-secret", DNU, "both"),
    (P, F, "earlybird fp test `auth-key: do_not_use_this_in_production` (test.yaml; wantIsFP false)", "decl", "auth-key", DNU, "both"),
    (P, F, "earlybird fp test `\"auth-key\": \"do_not_use_this_in_production\"` (test.json; wantIsFP false)", "dict", "auth-key", DNU, "both"),
    (P, F, "earlybird fp test `secret-key: do_not_use_this_in_production` (test.json; wantIsFP false)", "decl", "secret-key", DNU, "both"),
    (P, F, "earlybird fp test `\"secret-key\": \"do_not_use_this_in_production\"` (test.json; wantIsFP false)", "dict", "secret-key", DNU, "both"),
    (P, F, "earlybird fp test `credentials: do_not_use_this_in_production` (test.yaml; wantIsFP false)", "decl", "credentials", DNU, "both"),
    (P, F, "earlybird fp test `\"credential\": \"do_not_use_this_in_production\"` (test.json; wantIsFP false)", "dict", "credential", DNU, "both"),
    (P, F, "earlybird fp test `credential: do_not_use_this_in_production` (test.yaml; wantIsFP false)", "decl", "credential", DNU, "both"),
    (P, F, "earlybird fp test `\"INPUT_LABEL_GENERIC_PASSWORD\": \"xxxxxx\"` (test.json; wantIsFP false; placeholder-like)", "dict", "INPUT_LABEL_GENERIC_PASSWORD", "xxxxxx", "both"),
    (P, F, "earlybird fp test `INPUT_LABEL_GENERIC_PASSWORD= xxxxxxxx` and `= \"xxxxxxxx\"` (test.properties; wantIsFP false; placeholder-like)", "decl", "INPUT_LABEL_GENERIC_PASSWORD", "xxxxxxxx", "both"),
    (P, F, "earlybird fp test `let password = \"do_not_use_this_in_production\"` and `let password: String! = ...` (test.swift; wantIsFP false)", "decl", "password", DNU, "both"),
    (P, F, "earlybird fp test `client_secret_key : 'valid_password'` (source.txt; wantIsFP false)", "decl", "client_secret_key", "valid_password", "both"),
    (P, F, "earlybird fp test `client_credentials=\"secretPassword123\"` (source.md; wantIsFP false)", "decl", "client_credentials", "secretPassword123", "both"),
    (P, F, "earlybird fp test `credentials = fileSecret1234` (main.tf; wantIsFP false)", "decl", "credentials", "fileSecret1234", "both"),
    (P, F, "earlybird fp test `authKey: V3RyStr0nG@uThk3Y` (source.js; wantIsFP false)", "decl", "authKey", "V3RyStr0nG@uThk3Y", "both"),
    (P, F, "earlybird fp test `Password=my_logo_i_passwd>what` (source.js; wantIsFP false)", "decl", "Password", "my_logo_i_passwd>what", "both"),
    (P, F, "earlybird fp test `CREDENTIALS=2727` (source.txt; wantIsFP false)", "decl", "CREDENTIALS", "2727", "both"),
    (P, F, "earlybird fp test `String password = pa$$[@ee4@]` (source.xml; wantIsFP false: not an array read), as a string value", "decl", "password", "pa$$[@ee4@]", "both"),
    # --- earlybird falsePositives_test.go: wantIsFP true (earlybird drops the hit) ---
    (N, F, "earlybird fp test `password=None` (source.properties; wantIsFP true)", "decl", "password", "None", "both"),
    (N, F, "earlybird fp test `<passphrase>passphrase</passphrase>` (xml placeholder; wantIsFP true), as the same name and value", "decl", "passphrase", "passphrase", "both"),
    (N, F, "earlybird fp test `\"secret\" : \"secret\"` and `'secret' : 'secret'` (same key and value; wantIsFP true)", "dict", "secret", "secret", "both"),
    (N, F, "earlybird fp test `client_secret: grafana-client-secret` (test.yaml; wantIsFP true)", "decl", "client_secret", "grafana-client-secret", "both"),
    (N, F, "earlybird fp test `client_secret: some-client-secret` (test.yaml; wantIsFP true)", "decl", "client_secret", "some-client-secret", "both"),
    (N, F, "earlybird fp test `credentials: ******` (test.yaml; wantIsFP true)", "decl", "credentials", "******", "both"),
    (N, F, "earlybird fp test `credential: xxxxxxx` (source.yaml; wantIsFP true)", "decl", "credential", "xxxxxxx", "both"),
    (N, F, "earlybird fp test `credentials= xxxxxxx` and `credentials: 'xxxxxxx'` (source.yaml; wantIsFP true)", "decl", "credentials", "xxxxxxx", "both"),
    (N, F, "earlybird fp test `credential: 'xxxxxx'` (source.yaml; wantIsFP true)", "decl", "credential", "xxxxxx", "both"),
    (N, F, "earlybird fp test `credentials=include` (source.js, Fetch API mode; wantIsFP true)", "decl", "credentials", "include", "both"),
    (N, F, "earlybird fp test `\"credentials\" : \"omit\"` (test.ts, Fetch API mode; wantIsFP true)", "dict", "credentials", "omit", "both"),
    (N, F, "earlybird fp test `\"Password\": \"Lösenord\"` and `\"Password\"= \"Lösenord\"` (Swedish for password; wantIsFP true)", "dict", "Password", "Lösenord", "both"),
    (N, F, "earlybird fp test `client_secret: 'None'` (source.properties; wantIsFP true)", "decl", "client_secret", "None", "both"),
    (N, F, "earlybird fp test `client_secret_key : 'e2.api.client.secret.key'` (a prompt key; wantIsFP true)", "decl", "client_secret_key", "e2.api.client.secret.key", "both"),
    (N, F, "earlybird fp test `db_password=password` (user.properties_postgress; wantIsFP true)", "decl", "db_password", "password", "both"),
    (N, F, "earlybird fp test `\"connectionString\": \"CloudConnector;...;user=@user;password=@password\"` (XquerySource.JSON; wantIsFP true)", "dict", "connectionString", "CloudConnector;USE_ZORBA2;SourceName=eloqua;tokenType=userPassword;user=@user;password=@password", "both"),
    (N, F, "earlybird fp test `USE_CREDENTIALS: 'use-credentials'` (imageloader.js; wantIsFP true)", "decl", "USE_CREDENTIALS", "use-credentials", "both"),
    (N, F, "earlybird fp test `api.auth.Password: /foo/bar/Password.js` (a file; wantIsFP true)", "dict", "api.auth.Password", "/foo/bar/Password.js", "both"),
    (N, F, "earlybird fp test `client_credentials=\"not a valid password\"` (source.md; wantIsFP true)", "decl", "client_credentials", "not a valid password", "both"),
    (N, F, "earlybird fp test `client_credentials=\"key.to.password.value\"` (source.md; wantIsFP true)", "decl", "client_credentials", "key.to.password.value", "both"),
    (N, F, "earlybird fp test `\"'{{' .Data.data.privateKey (pipe) regexReplaceAll \\\"-----BEGIN RSA PRIVATE KEY-----\\\"` (a template; wantIsFP true; neutral name template)", "decl", "template", "'{{' .Data.data.privateKey | regexReplaceAll \"-----BEGIN RSA PRIVATE KEY-----\"", "both"),
    (N, F, "earlybird fp test `password: MONGO_DB_PASSWORD` (custom-environment.yaml, a variable name; wantIsFP true)", "decl", "password", "MONGO_DB_PASSWORD", "both"),
    (N, F, "earlybird fp test `password= COUCHBASE_DB_PASSWORD` (custom-environment.properties; wantIsFP true)", "decl", "password", "COUCHBASE_DB_PASSWORD", "both"),
    (N, F, "earlybird fp test `ENV_VAR_SSLPASSWORD = 'KEYFILE_PASSWORD'` (source.js; wantIsFP true)", "decl", "ENV_VAR_SSLPASSWORD", "KEYFILE_PASSWORD", "both"),
    (N, F, "earlybird fp test `authKey: GITHUB_AUTH_KEY` (source.js; wantIsFP true)", "decl", "authKey", "GITHUB_AUTH_KEY", "both"),
    (N, F, "earlybird fp test `const val AUTHORIZATION_TOKEN = \"Authorization Token\",` (source.kt; wantIsFP true)", "decl", "AUTHORIZATION_TOKEN", "Authorization Token", "both"),
    # --- earlybird scan_test.go ---
    (P, S, "earlybird scan_test TestScanFiles `password = \"SecretValue1673\"` (file.py; expects a 3001 hit)", "decl", "password", "SecretValue1673", "both"),
    (P, S, "earlybird scan_test scanLine `password=TrueFinding7842!` (wantIsHit true)", "decl", "password", "TrueFinding7842!", "both"),
    (P, S, "earlybird scan_test scanLine `password = fall123` (wantIsHit true)", "decl", "password", "fall123", "both"),
    (N, S, "earlybird scan_test scanLine `using fall in a general sentence should not error` (wantIsHit false; neutral name message)", "decl", "message", "using fall in a general sentence should not error", "both"),
    # --- earlybird validatePassword_test.go ---
    (N, V, "earlybird PasswordFalse `fo` (too short; wantIgnore true), under name password", "decl", "password", "fo", "both"),
    (N, V, "earlybird PasswordFalse `$variable` (unquoted variable; wantIgnore true), as a plain YAML value under password", "plain", "password", "$variable", "config"),
    (N, V, "earlybird PasswordFalse `func()` (unquoted function; wantIgnore true), as a plain YAML value under password", "plain", "password", "func()", "config"),
    (N, V, "earlybird PasswordFalse `ignore me please` (unquoted with spaces; wantIgnore true), as a plain YAML value under password", "plain", "password", "ignore me please", "config"),
    (N, V, "earlybird PasswordFalse `password: ignore.me` (unquoted with a dot; wantIgnore true), as a plain YAML value", "plain", "password", "ignore.me", "config"),
    (N, V, "earlybird PasswordFalse `password: ignoreme==please` (unquoted with ==; wantIgnore true), as a plain YAML value", "plain", "password", "ignoreme==please", "config"),
    (P, V, "earlybird PasswordFalse `VeryStrong857#` (real finding; wantIgnore false), under name password", "decl", "password", "VeryStrong857#", "both"),
    (P, V, "earlybird PasswordFalse `my.property=propertyEqualDelimitedPassword` (real finding; wantIgnore false)", "dict", "my.property", "propertyEqualDelimitedPassword", "both"),
    (P, V, "earlybird PasswordFalse `my.property:propertyColonDelimitedPassword` (real finding; wantIgnore false)", "dict", "my.property", "propertyColonDelimitedPassword", "both"),
    (P, V, "earlybird PasswordFalse `my.property    =     propertySpacesAroundDelimited` (real finding; wantIgnore false)", "dict", "my.property", "propertySpacesAroundDelimited", "both"),
    (P, V, "earlybird PasswordFalse `my.property: sampleYmlPassword` (real finding; wantIgnore false)", "dict", "my.property", "sampleYmlPassword", "both"),
    (P, V, "earlybird PasswordFalse `\"my.property\": \"sample%3YmlPassword\"` (real finding; wantIgnore false)", "dict", "my.property", "sample%3YmlPassword", "both"),
    (N, V, "earlybird SkipPasswordWithUnicode `password: I D の 確 認 、 パ ス ワ ー ド の 変 更` (non-ASCII; wantIgnore true)", "decl", "password", "I D \u306e \u78ba \u8a8d \u3001 \u30d1 \u30b9 \u30ef \u30fc \u30c9 \u306e \u5909 \u66f4", "both"),
    (N, V, "earlybird SkipPasswordWithUnicode `password: VeryStrong$$の確 の` (non-ASCII; wantIgnore true)", "decl", "password", "VeryStrong$$\u306e\u78ba \u306e", "both"),
    (P, V, "earlybird SkipPasswordWithUnicode / SkipPasswordWithHTMLEntities `password: VeryStrong857!@$^&*#` (ASCII only; wantIgnore false)", "decl", "password", "VeryStrong857!@$^&*#", "both"),
    (N, V, "earlybird SkipPasswordWithUnicode `\"password\": \"VeryStrong$$你好\"` (non-ASCII; wantIgnore true)", "dict", "password", "VeryStrong$$\u4f60\u597d", "both"),
    (N, V, "earlybird SkipPasswordWithUnicode `\"password\"= \"Informationsb你好世界\"` (non-ASCII; wantIgnore true)", "dict", "password", "Informationsb\u4f60\u597d\u4e16\u754c", "both"),
    (N, V, "earlybird SkipPasswordWithHTMLEntities `\"password\": \"L&#246;senord\"` (HTML entities; wantIgnore true)", "dict", "password", "L&#246;senord", "both"),
    (N, V, "earlybird SkipPasswordWithHTMLEntities `\"secret\": \"&#12497;&#12473;...\"` (HTML entities; wantIgnore true)", "dict", "secret", "&#12497;&#12473;&#12527;&#12540;&#12489", "both"),
    (P, V, "earlybird SkipPasswordWithHTMLEntities `\"password\": \"VeryStrong$$\\u0049\\u0044\"` (Go raw string: the backslashes are literal; wantIgnore false)", "dict", "password", "VeryStrong$$\\u0049\\u0044", "both"),
    (P, V, "earlybird SkipPasswordWithHTMLEntities / SkipSameKeyValue `secret: VeryStrong857#` (real secret finding; wantIgnore false)", "decl", "secret", "VeryStrong857#", "both"),
    # --- earlybird skipSameKeyValue_test.go ---
    (N, SAME, "earlybird SkipSameKeyValue `PASSWORD_DB : password_db` (same key and value; wantIgnore true)", "decl", "PASSWORD_DB", "password_db", "both"),
    (N, SAME, "earlybird SkipSameKeyValue `DB_PASSWORD : $db.password` (same key and value; wantIgnore true)", "decl", "DB_PASSWORD", "$db.password", "both"),
    (N, SAME, "earlybird SkipSameKeyValue `APISECRET: api.Secret` (same key and value; wantIgnore true)", "decl", "APISECRET", "api.Secret", "both"),
    (N, SAME, "earlybird SkipSameKeyValue `\"SECRET\": \"SECRET\"` (same key and value; wantIgnore true)", "dict", "SECRET", "SECRET", "both"),
    (P, SAME, "earlybird SkipSameKeyValue `password_couchbase: VeryStrong857#` (real finding; wantIgnore false)", "decl", "password_couchbase", "VeryStrong857#", "both"),
    (P, SAME, "earlybird SkipSameKeyValue `couchbase_password: VeryStrong857#` (real finding; wantIgnore false)", "decl", "couchbase_password", "VeryStrong857#", "both"),
    (N, SAME, "earlybird SkipSameKeyValue `api.appSecret=apiAppSecret` (same key and value; wantIgnore true)", "dict", "api.appSecret", "apiAppSecret", "both"),
    # --- earlybird basicAuthHeader_test.go, jwt_test.go ---
    (P, EB["basic"], "earlybird IsBasicAuthHeader `Authorization: Basic dXNlbmFtZTpwYXNzd29yZA==` (isSecret true)", "header", "Authorization", "Basic dXNlbmFtZTpwYXNzd29yZA==", "both"),
    (N, EB["basic"], "earlybird IsBasicAuthHeader `Authorization: Basic acdefjhikl` (not base64 user:pass; isSecret false)", "header", "Authorization", "Basic acdefjhikl", "both"),
    (P, EB["jwt"], "earlybird IsValidJWT: a JWT without an exp claim (isSecret true; bare value, neutral name jwt)", "decl", "jwt", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJuYW1lIjoiQW1lcmljYW4gRXhwcmVzcyIsImFkbWluIjp0cnVlLCJpYXQiOjE1MTYyMzkwMjJ9.JieTvCL1z9dCSAoFAtYWkHEKswbfEQGXCVcej2g7n80", "both"),
    (N, EB["jwt"], "earlybird IsValidJWT: a JWT whose exp claim has passed (isSecret false; bare value, neutral name jwt)", "decl", "jwt", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJleHAiOjE1MTYyMzkwMjIsIm5hbWUiOiJBbWVyaWNhbiBFeHByZXNzIiwiYWRtaW4iOnRydWUsImlhdCI6MTUxNjIzOTAyMn0.nTCTRxHQRCbmIplyVwZzPw8_Ohv-3wJpskH_MphhUFE", "both"),
    (P, EB["jwt"], "earlybird IsValidJWT: a malformed JWT (failing to parse is kept as a finding; isSecret true; neutral name jwt)", "decl", "jwt", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVJ9.eyJhbGciOiJIUzINiIsInR5cCI6IkpXVCJ9.eyJhbGciOiJIUzI1NiIsInR5cCI6kpXVCJ9", "both"),
    (N, EB["jwt"], "earlybird IsValidJWT: a five-part encrypted JWE (isSecret false; neutral name jwt)", "decl", "jwt", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", "both"),
    (P, EB["jwt"], "earlybird IsValidJWT: a JWT whose exp claim is in the future (isSecret true; neutral name jwt)", "decl", "jwt", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJleHAiOjMxNTU4NjkxNzkzMDAwLCJuYW1lIjoiQW1lcmljYW4gRXhwcmVzcyIsImFkbWluIjp0cnVlLCJpYXQiOjE1MTYyMzkwMjJ9.wOSLG3VTKg7A2KoKu9WsuIiKIpl__PDWStw1CkmeOPs", "both"),
    # --- horusec Go/PHP samples (the compose samples are in HORUSEC_COMPOSE) ---
    (P, HORUSEC, "horusec HS-LEAKS-27 vulnerable `dsn := \"postgresql://gorm:gorm@127.0.0.1:5432/gorm?sslmode=disable\"`", "decl", "dsn", "postgresql://gorm:gorm@127.0.0.1:5432/gorm?sslmode=disable", "both"),
    (N, HORUSEC, "horusec HS-LEAKS-27 safe `dsn := os.Getenv(\"DB_QUERY_STRING\")`", "env", "dsn", "DB_QUERY_STRING", "both"),
    (P, HORUSEC, "horusec HS-LEAKS-28 vulnerable `define('AUTH_KEY', 'put your unique phrase here');` (WordPress's own placeholder; the peer reports it)", "decl", "AUTH_KEY", "put your unique phrase here", "both"),
    (P, HORUSEC, "horusec HS-LEAKS-28 vulnerable `define('DB_PASSWORD', 'wen0221!');`", "decl", "DB_PASSWORD", "wen0221!", "both"),
    (N, HORUSEC, "horusec HS-LEAKS-28 safe `define('AUTH_KEY', getenv(\"AUTH_KEY\"));`", "env", "authKey", "AUTH_KEY", "both"),
    # --- eslint-plugin-no-secrets ---
    (P, NOSECRETS["tests"], "no-secrets invalid SECRET_STRING_TEST `const A_SECRET = \"ZWVT...\"`", "decl", "A_SECRET", ZW, "both"),
    (P, NOSECRETS["tests"], "no-secrets invalid A_BEARER_TOKEN `const A_BEARER_TOKEN = \"AAAA...\"`", "decl", "A_BEARER_TOKEN", AAAA, "both"),
    (P, NOSECRETS["tests"], "no-secrets invalid IN_AN_OBJECT `const VAULT = { token: \"baaa...\" }`", "dict", "token", "baaaaaaaaaaaaaaaaaaaamlheaaaaaaa0%2buseid%2bulvsea4jtigrisdsjsi%3deuifirbkkg5e2xzmdjrfl76zc9ub0wnz4xsnirvbchtybjce3f", "both"),
    (P, NOSECRETS["tests"], "no-secrets invalid `const BASIC_AUTH_HEADER = \"Authorization: Basic QWxh...\"` (the high-entropy error needs no option)", "decl", "BASIC_AUTH_HEADER", "Authorization: Basic QWxhZGRpbjpPcGVuU2VzYW1l", "both"),
    (P, NOSECRETS["tests"], "no-secrets invalid SECRET_LOWERCASE_STRING `const A_LOWERCASE_SECRET = \"zwvt...\"`", "decl", "A_LOWERCASE_SECRET", "zwvtjpqsdhwrgl204hc51ycsritmizn8b=/p9uyex7xu6kkagqfm3fj+oobldneva", "both"),
    (N, NOSECRETS["tests"], "no-secrets valid STRING_TEST `const NOT_A_SECRET = \"I'm not a secret, I think\"`", "decl", "NOT_A_SECRET", "I'm not a secret, I think", "both"),
    (N, NOSECRETS["tests"], "no-secrets valid IMPORT_REQUIRE_TEST `require('./config/webpack/webpackFriendlyConsole')`, as the module path", "decl", "webpackFriendlyConsole", "./config/webpack/webpackFriendlyConsole", "both"),
    (N, NOSECRETS["tests"], "no-secrets valid CSS_CLASSNAME `const CSS_CLASSNAME = \"hey-it-s-a-css-class-not-a-secret and-neither-this-one\"`", "decl", "CSS_CLASSNAME", "hey-it-s-a-css-class-not-a-secret and-neither-this-one", "both"),
    (N, NOSECRETS["has_no_secret_js"], "no-secrets staging has-no-secret.js `const NOT_A_SECRET = \"Hopefully not a secret\"` (errorCount 0)", "decl", "NOT_A_SECRET", "Hopefully not a secret", "cs"),
]
for _name in ("Slack Token", "AWS API Key", "Facebook Oauth", "Twitter Oauth", "Password in URL"):
    ITEMS.append((N, NOSECRETS["regexes"], f"no-secrets valid REGEX_TESTS: the \"{_name}\" regex source as `const REGEXP = `...`` (no entropy report on a regex)", "decl", "REGEXP", REGEX_SOURCES[_name], "both"))
for _name in ("Google (GCP) Service-account",):
    ITEMS.append((P, NOSECRETS["regexes"], f"no-secrets invalid PATTERN_MATCH_TESTS: the \"{_name}\" regex source as `const REGEXP = `...`` (reported by pattern match; no secret value)", "decl", "REGEXP", REGEX_SOURCES[_name], "both"))
ITEMS += [
    # --- bandit examples/hardcoded-passwords.py (all findings; its default-argument, keyword-argument, comparison and
    #     indexer shapes are written by each writer) ---
    (P, BANDIT, "bandit B105 `password = \"blerg\"`", "decl", "password", "blerg", "both"),
    (P, BANDIT, "bandit B107 `def someFunction(user, password=\"Admin\")` (default argument)", "decl", "password", "Admin", "config"),
    (P, BANDIT, "bandit B105 `EMAIL_PASSWORD = \"secret\"`", "decl", "EMAIL_PASSWORD", "secret", "both"),
    (P, BANDIT, "bandit B105 `email_pwd = 'emails_secret'`", "decl", "email_pwd", "emails_secret", "both"),
    (P, BANDIT, "bandit B105 `my_secret_password_for_email = 'd6s$f9g!j8mg7hw?n&2'`", "decl", "my_secret_password_for_email", "d6s$f9g!j8mg7hw?n&2", "both"),
    (P, BANDIT, "bandit B105 `passphrase='1234'`", "decl", "passphrase", "1234", "both"),
    # --- gosec, distinct named values (config only; the C# writer writes every Go sample's own shape) ---
    (P, GOSEC, "gosec G101 `password := \"f62e...\"` (and the var/const/struct/map samples of the same name and value)", "decl", "password", F62, "config"),
    (P, GOSEC, "gosec G101 `ATNStateTokenStart = \"f62e...\"` (const)", "decl", "ATNStateTokenStart", F62, "config"),
    (N, GOSEC, "gosec G101 `ATNStateTokenStart = 42` (an integer const)", "number", "ATNStateTokenStart", "42", "config"),
    (P, GOSEC, "gosec G101 `pw = \"Kjasd...==\"` (const and var samples)", "decl", "pw", KJ, "config"),
    (P, GOSEC, "gosec G101 `cred = \"Kjasd...==\"` (const and var samples)", "decl", "cred", KJ, "config"),
    (P, GOSEC, "gosec G101 `apiKey = \"KjasdlkjapoIKLlka98098sdf012U\"` (const and var samples)", "decl", "apiKey", KJ_SHORT, "config"),
    (P, GOSEC, "gosec G101 `bearer = \"Bearer: 2lkj...\"` (const and var samples)", "decl", "bearer", BEARER, "config"),
    (P, GOSEC, "gosec G101 map `\"apiKey\": \"f62e...\"`", "dict", "apiKey", F62, "config"),
    (N, GOSEC, "gosec G101 struct `Username: \"f62e...\"` (non-sensitive key)", "decl", "Username", F62, "config"),
    (N, GOSEC, "gosec G101Values `customerNameEnvKey := \"FOO_CUSTOMER_NAME\"`", "decl", "customerNameEnvKey", "FOO_CUSTOMER_NAME", "config"),
    (N, GOSEC, "gosec G101Values `txnID := \"3637cf...\"`", "decl", "txnID", TXN, "config"),
    (P, GOSEC, "gosec G101Values `url := \"https://username:abcdef...@contoso.com/\"`", "decl", "url", URL_SECRET, "config"),
    (P, GOSEC, "gosec G101Values `githubToken := \"ghp_...\"`", "decl", "githubToken", GH, "config"),
    (P, GOSEC, "gosec G101Values `awsAccessKeyID := \"AKIAI44QH8DHBEXAMPLE\"`", "decl", "awsAccessKeyID", AKIA, "config"),
    (P, GOSEC, "gosec G101Values `awsTemporaryAccessKeyID := \"ASIAI44QH8DHBEXAMPLE\"`", "decl", "awsTemporaryAccessKeyID", ASIA, "config"),
    (P, GOSEC, "gosec G101Values map `\"aws_access_key\": \"ASIAI44QH8DHBEXAMPLE\"`", "dict", "aws_access_key", ASIA, "config"),
    (P, GOSEC, "gosec G101Values struct `SomeKey: \"AKIAI44QH8DHBEXAMPLE\"`", "decl", "SomeKey", AKIA, "config"),
    (P, GOSEC, "gosec G101Values map `\"github_token\": \"ghp_...\"`", "dict", "github_token", GH, "config"),
]

# Left out because check_repeats() found them in sets 1-6 (set file, then the case):
DROPPED_AS_REPEATS = [
    ("config-secrets-2.txt", "earlybird fp test `<Password>password</Password>` (negative): `password: password` pairs"),
    ("config-secrets-2.txt", "earlybird fp test `password=PASSWORD` (negative): `password: password` pairs, case-insensitive"),
    ("config-secrets-2.txt", "earlybird SkipSameKeyValue `DB_PASSWORD : db_password` (negative)"),
    ("config-secrets-2.txt", "no-secrets PATTERN_MATCH_TESTS \"RSA private key\" source `-----BEGIN RSA PRIVATE KEY-----` (positive), and "
                             "earlybird's bare `-----BEGIN RSA PRIVATE KEY-----` line (positive, falsePositives_test.go)"),
    ("config-secrets-5.txt", "gosec's three low-entropy `password`/`Password` = `\"secret\"` samples (negative)"),
    ("config-secrets.txt", "bandit `password == \"root\"` and `password == ''` (positive)"),
]


def check_repeats(here, pairs):
    """(name, value) pairs that repeat sets 1-6 (earlier_sets.check_repeats; token-like: not letters and '_' only)."""
    return earlier_sets.check_repeats(here, pairs, through=6)

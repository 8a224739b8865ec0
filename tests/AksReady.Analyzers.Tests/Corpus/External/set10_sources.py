"""Shared by write_csharp_secrets_10.py and write_config_secrets_10.py: provenance and labelled strings of the tenth
held-out secrets set, see README.md ('C# secrets, set 10' and 'Configuration files, set 10').

Sources used in no earlier set (not Sonar, Juliet, CodeQL, SecurityCodeScan, roslyn-analyzers, gitleaks or its forks and
rule copies, trufflehog, KICS, Checkov, secretlint, detect-secrets, cred-alert, whispers, kube-linter, cfn_nag, arm-ttk,
kubescape, PSRule, trivy, noseyparker, security-utilities, ripsecrets, talisman, ggshield, kingfisher, git-secrets,
repo-supervisor, gosec, earlybird, horusec, eslint-plugin-no-secrets, bandit, ruff, find-sec-bugs, njsscan, dockle,
pre-commit-hooks, pmd, CredSweeper, tfsec, defsec, mobsfscan, cfn-lint, cfripper, zizmor), none of them a copy of
gitleaks' rule table. Labels are what the peer's own test (or its own expected-output file) asserts, written down before
AKS2001/AKS2002/AKS2003 ran on the set.

- Bearer/bearer-rules (Bearer's rule repository; no licence file is stored with it in the index: Bearer CLI, which runs
  these rules, is under the Elastic License 2.0 - contestable, see the README): the testdata files of the hard-coded
  secret rules javascript_lang_hardcoded_secret, javascript_express_hardcoded_secret, ruby_lang_hardcoded_secret,
  ruby_rails_insecure_http_password, java_lang_hardcoded_secret, php_lang_hardcoded_secret,
  go_lang_hardcoded_mysql_database_password and go_lang_hardcoded_pg_database_password. The harness (tests/helper.js
  createNewInvoker) compares the findings with the `bearer:expected <rule>` comments and fails on Missing or Extra, so
  the line after such a comment is positive and every other statement of the same testdata file is negative (the rule is
  asserted not to fire there). php_lang_hardcoded_secret has no comments in the stored version: its Jest snapshot
  (__snapshots__/test.js.snap) lists the findings of bad.php (lines 3, 5, 7, 10) and `{}` for ok.php. Left out:
  ruby_rails_weak_custom_key (it flags a short key, not a hard-coded one), the gosec-derived go/gosec/secrets tests
  (gosec was used in set 7), go_lang_hardcoded_database_password (the same file as the mysql rule's), the newer bad.php
  lines (f(api_key: "oops") etc.) whose snapshot the index does not hold, and two express findings whose .NET shape
  would repeat another case's (a second `expressjwt2({ secret: "my-hardcoded-secret" })`, and the destructured
  `sign({ x: 42 }, secret)` next to `jwt.sign`).
- PowerShell/PSScriptAnalyzer (MIT), PSAvoidUsingConvertToSecureStringWithPlainText: the rule test asserts 3 violations
  for AvoidConvertToSecureStringWithPlainText.ps1 (its three ConvertTo-SecureString calls on a literal, positive) and 0
  for ...NoViolations.ps1 (a secure string read from the host and an encrypted standard string converted back,
  negative). Not used: AvoidUsingPlainTextForPassword and AvoidUsingUsernameAndPasswordParams (they flag a parameter's
  type, with no value in the code), AvoidSecretDisclosure (it flags converting a secure string back to text; its
  ConvertTo-SecureString 'P@ssW0rd' lines are set-up, not labelled).
- rhysd/actionlint (MIT), `credentials` rule: testdata/examples/hardcoded_credentials.yaml and its .out file, which
  report the two `password: pass` lines (container and redis service) and nothing else.

Every labelled value was checked against sets 1-9 (set_files_text() below; check_repeats() in each writer): a case is
dropped when its value occurs in an earlier set file (a token-like value of 8 or more characters: not letters and '_'
only), or when it occurs there as the same `name = value` / `name: value` pair (case-insensitive, quotes optional). The
cases dropped that way are listed in DROPPED_AS_REPEATS.
"""
import re  # noqa: F401

import earlier_sets
from set7_sources import cs_string, cs_name, yaml_scalar  # noqa: F401  (re-exported for the set-10 writers)

P = "positive"
N = "negative"

_B = "Bearer/bearer-rules:tests/{f}@{c}"
BEARER = {
    "js_assign": _B.format(f="javascript/lang/hardcoded_secret/testdata/insecure_assigment.js", c="7fba87476add7bf8cbb35056fea6c5c93e81236d"),
    "js_object": _B.format(f="javascript/lang/hardcoded_secret/testdata/insecure_object.js", c="7fba87476add7bf8cbb35056fea6c5c93e81236d"),
    "js_crypto": _B.format(f="javascript/lang/hardcoded_secret/testdata/insecure_crypto.js", c="7fba87476add7bf8cbb35056fea6c5c93e81236d"),
    "express_jwt": _B.format(f="javascript/express/hardcoded_secret/testdata/hardcoded_secret_in_jwt.js", c="7fba87476add7bf8cbb35056fea6c5c93e81236d"),
    "express_session": _B.format(f="javascript/express/hardcoded_secret/testdata/hardcoded_secret_in_session.js", c="7fba87476add7bf8cbb35056fea6c5c93e81236d"),
    "ruby": _B.format(f="ruby/lang/hardcoded_secret/testdata/bad.rb", c="4cf6bfb89cbdfab76fc9d95d8cba7be3044483fe"),
    "rails_http": _B.format(f="ruby/rails/insecure_http_password/testdata/insecure_controller.rb", c="10b73be1aa5097da2cae8a203bdc3f9f476f8610"),
    "java": _B.format(f="java/lang/hardcoded_secret/testdata/main.java", c="4c5b963252f001ee5675ee770778f79d9b22ffdc"),
    "php_bad": _B.format(f="php/lang/hardcoded_secret/testdata/bad.php", c="326c1ccfa3cf87a7f5554b195543a9a0226ac0e7"),
    "php_ok": _B.format(f="php/lang/hardcoded_secret/testdata/ok.php", c="326c1ccfa3cf87a7f5554b195543a9a0226ac0e7"),
    "go_mysql": _B.format(f="go/lang/hardcoded_mysql_database_password/testdata/main.go", c="eaf98d05a1e99185a80a200bbaee212defa7737b"),
    "go_pg": _B.format(f="go/lang/hardcoded_pg_database_password/testdata/main.go", c="eaf98d05a1e99185a80a200bbaee212defa7737b"),
}
_PS = "PowerShell/PSScriptAnalyzer:Tests/Rules/{f}@01f6873dfed10ea77713411615fb06e894e8c5d8"
PSSA = {
    "bad": _PS.format(f="AvoidConvertToSecureStringWithPlainText.ps1"),
    "ok": _PS.format(f="AvoidConvertToSecureStringWithPlainTextNoViolations.ps1"),
}
ACTIONLINT = "rhysd/actionlint:testdata/examples/hardcoded_credentials.yaml@a106099c359cc18be159768151a34a1918673379"

# ---------------------------------------------------------------------------------------------------------------------
# Named labelled values shared by both writers: (label, source key, peer text, name, value).
# The C# writer gives each its own shape; the config writer writes each as one member.
NAMED = [
    (P, "js_assign", 'config.clientSecret = "secretHardcodedString"', "clientSecret", "secretHardcodedString"),
    (P, "js_assign", 'const apiKey = "oops"', "apiKey", "oops"),
    (N, "js_object", 'callbackURL: "/oauth2/redirect/google" (unannotated member of the same object)', "callbackURL", "/oauth2/redirect/google"),
    (P, "express_session", 'session({ name: "my-custom-session-name", secret: "my-hardcoded-secret" })', "secret", "my-hardcoded-secret"),
    (P, "express_session", 'sessionConfig = { ..., secret: "hardcoded-secret" } then session(sessionConfig)', "secret", "hardcoded-secret"),
    (N, "express_session", 'sessionConfig = { ..., secret: "" } then session(sessionConfig) (unannotated)', "secret", ""),
    (N, "express_session", 'name: "my-custom-session-name" (unannotated member)', "name", "my-custom-session-name"),
    (P, "ruby", 'call(api_key: "oops")', "api_key", "oops"),
    (P, "ruby", '{ API_KEY: "oops" }', "API_KEY", "oops"),
    (P, "rails_http", 'http_basic_authenticate_with name: "foo", password: "my-secret-password"', "password", "my-secret-password"),
    (P, "java", 'final String pass2 = "f#a};!y~7VBcu<&F@[%,{b";', "pass2", "f#a};!y~7VBcu<&F@[%,{b"),
    (P, "java", "private static final String PWD = \"hV#;N.F9j}'v5Y-XJc])P*\";", "PWD", "hV#;N.F9j}'v5Y-XJc])P*"),
    (P, "java", 'public static final String API_KEY = ".uYikE-os3cM23rz.i6Q";', "API_KEY", ".uYikE-os3cM23rz.i6Q"),
    (P, "java", "char[] ciphertext = \"gSbDu-wAE7ZL#[tG4'jfx><HFdVk;5a\".toCharArray();", "ciphertext", "gSbDu-wAE7ZL#[tG4'jfx><HFdVk;5a"),
    (N, "java", 'char[] apiKey = "my-secret-key"; (under `// test-like data` in good())', "apiKey", "my-secret-key"),
    (N, "java", 'final String API_KEY = "Enter API"; (good())', "API_KEY", "Enter API"),
    (N, "java", 'final String pwd = "testing"; (good())', "pwd", "testing"),
    (P, "php_bad", '$password = "oops";', "password", "oops"),
    (P, "php_bad", 'define($name, "oops") with $name = "SECRET_PASSWORD"', "SECRET_PASSWORD", "oops"),
    (N, "php_ok", 'define($name, "**") with $name = "SECRET_PASSWORD"', "SECRET_PASSWORD", "**"),
    (N, "php_ok", 'define($name, "\u2022\u2022\u2022\u2022\u2022") with $name = "SECRET_PASSWORD"', "SECRET_PASSWORD", "\u2022\u2022\u2022\u2022\u2022"),
    (P, "go_mysql", 'dbPassword := "admin123" ... sql.Open("mysql", dsn) (the finding is on the Open call)', "dbPassword", "admin123"),
    (P, "go_mysql", 'mysql.Config{ User: "user", Passwd: "password", ... }', "Passwd", "password"),
    (P, "go_pg", 'dsn := "postgres://admin123:password@localhost/db_name?sslmode=enable"; sql.Open("postgres", dsn)', "dsn", "postgres://admin123:password@localhost/db_name?sslmode=enable"),
]

DROPPED_AS_REPEATS = [
    ("config-secrets-2.txt", "Bearer go_lang_hardcoded_pg_database_password bad1 `pg.Options{ ..., Password: \"password\", ... }` (positive): "
                             "`Password: password` occurs in set 2"),
]


def family(source):
    """Source family for the per-source figures (Bearer split by rule language)."""
    if source.startswith("Bearer/"):
        lang = source.split(":")[1].split("/")[1]
        return "bearer-" + {"javascript": "js", "ruby": "ruby", "java": "java", "php": "php", "go": "go"}[lang]
    if source.startswith("PowerShell/"):
        return "psscriptanalyzer"
    if source.startswith("rhysd/"):
        return "actionlint"
    raise ValueError(source)


def check_repeats(here, pairs):
    """(name, value) pairs that repeat sets 1-9 (earlier_sets.check_repeats; token-like: not letters, '_' and blanks only)."""
    return earlier_sets.check_repeats(here, pairs, through=9, word_only=r"[A-Za-z_ ]+")

"""Shared by write_csharp_secrets_8.py and write_config_secrets_8.py: provenance and labelled strings of the eighth
held-out secrets set, see README.md ('C# secrets, set 8' and 'Configuration files, set 8').

Sources used in no earlier set (not Sonar, Juliet, CodeQL, SecurityCodeScan, roslyn-analyzers, gitleaks or its forks and
rule copies, trufflehog, KICS, Checkov, secretlint, detect-secrets, cred-alert, whispers, kube-linter, cfn_nag, arm-ttk,
kubescape, PSRule, trivy, noseyparker, security-utilities, ripsecrets, talisman, ggshield, kingfisher, git-secrets,
repo-supervisor, gosec, earlybird, horusec, eslint-plugin-no-secrets, bandit), none of them a copy of gitleaks' rule
table. Labels are what the peer's own test asserts, written down before AKS2001/AKS2002/AKS2003 ran on the set.

- astral-sh/ruff (MIT), flake8-bandit rules S105/S106/S107: the fixture
  crates/ruff_linter/resources/test/fixtures/flake8_bandit/S105.py with its insta snapshot (the snapshot lists every
  diagnostic: a listed line is positive; the fixture's `# OK` block, the unlisted `safe = password` class line and the
  `# These should not be flagged` block are negative). S106.py and S107.py are not stored in the index: only the lines
  their snapshots show are used (each listed diagnostic positive; a snapshot's context lines hold no other candidate).
  ruff's fixture strings are its own (`s3cr3t`, `default`, `posonly`, `kwonly`), none of set 7's bandit example.
- find-sec-bugs/find-sec-bugs (LGPL-3.0), HARD_CODE_PASSWORD / HARD_CODE_KEY: ConstantPasswordDetectorTest asserts the
  exact lines of testcode/password/ConstantPasswords.java (and VertxOauth2Config line 13) and the total count (every
  reported line is listed, so the methods `good1`..`good3`, the fields `pwd4`..`pwd6` and `configureFalsePositive` report
  nothing); JschPasswordDetectorTest (4 reports in `hashcodedPassword`, never in `unknownSourcePassword`);
  PotentialValueDetectorTest (lines 16, 29, 30, 32 of PotentialHardcodePassword.java, times(4): the commented-out
  line 31 and `goodInitHardcodePassword` report nothing); HardcodedPasswordEqualsDetectorTest (3 reports: the `//!!`
  lines of EqualsPasswordField.java; the test file's path is not stored in the index, its line numbers are 2 below the
  stored sample's `//!!` lines). Unit: one peer method (a method with several reported lines is one positive case).
  Left out: `hardcodedLogin3` (its comment says "Not supported at the moment" while the test counts its line: the peer
  contradicts itself), the inline `// should not be reported` null arguments inside reported methods, the Java-only
  sinks without a .NET counterpart (KerberosKey, KerberosTicket, KeyRep, PasswordCallback, KeyManagerFactory, DH specs),
  JdbcDriverConnection.java (no test asserts anything about it) and SpringServerConfig (not stored).
- ajinabraham/njsscan (LGPL-3.0), tests/unit/test_nodejs.py: true_positives/hardcoded_secrets.js lines annotated
  `// ruleid:node_password` (9) and `// ruleid:node_secret` (3), the counts the test asserts, are positive;
  true_negatives/safe_creds_node.js must give no finding at all (`neg_res == {}`): its credential-named lines are
  negative. Left out: the `node_api_key` lines (7 annotated, the test asserts 1: the peer contradicts itself), the
  unannotated lines of the true-positives file (the test checks counts per rule, not the absence of a finding per line),
  hardcoded_jwt.js (informal `//true` / `//??` comments whose count does not match the asserted one).
- goodwithtech/dockle (Apache-2.0), pkg/assessor/manifest/manifest_test.go TestSensitiveVars (CIS-DI-0010):
  `expected: true` positive, `expected: false` negative; the TODO case (commented out) is left out.
- pre-commit/pre-commit-hooks (MIT): tests/detect_private_key_test.py TESTS (1 positive, 0 negative; the arbitrary
  binary-data case has no text form and is left out), tests/detect_aws_credentials_test.py with its
  testing/resources/aws_config_*.ini files (test_get_aws_secrets_from_file lists exactly the values the hook takes for
  secrets: `aws_secret_access_key` and `aws_session_token` values positive; `aws_access_key_id` values are outside the
  expected set, so negative; a file whose expected set is empty is negative; test_get_aws_secrets_from_env likewise:
  AWS_SECRET_ACCESS_KEY / AWS_SECURITY_TOKEN / AWS_SESSION_TOKEN values positive, AWS_DUMMY_KEY negative). Only the upstream hooks are used
  (detect_azure_credentials, detect_gcp_credentials and detect_secret_token appear in the index's history but not in a
  release: left out).
- pmd/pmd (BSD-style PMD licence), pmd-apex ApexSuggestUsingNamedCred.xml: `<expected-problems>1` positive, `0` negative.
  Left out: "key Authorization as binary expression first negative" (the peer notes "we don't resolve binary
  expressions": its own false negative), and the two "Using basic auth" cases whose only credentials are method
  parameters (the peer reports the practice of building the header, not a value written in code).

Every labelled value was checked against sets 1-7 (set_files_text() below; check_repeats() in each writer): a case is
dropped when its value occurs in an earlier set file (a token-like value of 8 or more characters: not letters and '_'
only), or when it occurs there as the same `name = value` / `name: value` pair (case-insensitive, quotes optional). The
cases dropped that way are listed in DROPPED_AS_REPEATS.
"""
import re

import earlier_sets

from set7_sources import cs_string, cs_name, yaml_scalar  # noqa: F401  (re-exported for the set-8 writers)

_RUFF = "astral-sh/ruff:{f}@{c}"
RUFF = {
    "S105": _RUFF.format(f="crates/ruff_linter/resources/test/fixtures/flake8_bandit/S105.py", c="85818bc456aa78a7cd2eca5b1f0abc0aadbbe754"),
    "S105_snap": _RUFF.format(f="crates/ruff_linter/src/rules/flake8_bandit/snapshots/ruff_linter__rules__flake8_bandit__tests__S105_S105.py.snap", c="28802adf3e87f8b84fa9574b938930f8c3123219"),
    "S106_snap": _RUFF.format(f="crates/ruff_linter/src/rules/flake8_bandit/snapshots/ruff_linter__rules__flake8_bandit__tests__S106_S106.py.snap", c="07286d5e6d4e3ace931fc6f910e9e223b7f84fa5"),
    "S107_snap": _RUFF.format(f="crates/ruff_linter/src/rules/flake8_bandit/snapshots/ruff_linter__rules__flake8_bandit__tests__S107_S107.py.snap", c="1ea5d8f7552ebb92da33c020e3e47b2a48fd72a2"),
}
_FSB = "find-sec-bugs/find-sec-bugs:findsecbugs-samples-java/src/test/java/testcode/{f}@{c}"
FSB = {
    "constant": _FSB.format(f="password/ConstantPasswords.java", c="fa7f7c4d43f178bf8e2062a35d5d66214fe88965"),
    "vertx": _FSB.format(f="oauth/VertxOauth2Config.java", c="fa7f7c4d43f178bf8e2062a35d5d66214fe88965"),
    "potential": _FSB.format(f="potential/PotentialHardcodePassword.java", c="3d5601a4cee9ada763dd3605b1a4882c7c248aaa"),
    "jsch": _FSB.format(f="password/JschSshPassword.java", c="8c7f62ffae43103254a34ba95d4b80bf62c54f16"),
    "equals": _FSB.format(f="password/EqualsPasswordField.java", c="98d62e120d716c76135d2a2f737cf5ac25101445"),
}
FSB_TESTS = {  # the detector tests that carry the labels (findsecbugs-plugin/src/test/java/com/h3xstream/findsecbugs/...)
    "constant": "password/ConstantPasswordDetectorTest.java@fa7f7c4d43f178bf8e2062a35d5d66214fe88965",
    "potential": "PotentialValueDetectorTest.java@f86e2f2ba90ad39191bc9e88597628adbabd36f7",
    "jsch": "password/JschPasswordDetectorTest.java@7834613e22902ca56549bce92f1ab85b9494b801",
    "equals": "HardcodedPasswordEqualsDetectorTest (path not stored in the index)",
}
_NJS = "ajinabraham/njsscan:tests/assets/node_source/{f}@{c}"
NJS = {
    "tp": _NJS.format(f="true_positives/hardcoded_secrets.js", c="0e33ed41695ad6cdb25ed7694ab426d571648d04"),
    "tn": _NJS.format(f="true_negatives/safe_creds_node.js", c="90425436be2b4f35ee85d531246e13571b66095b"),
}
NJS_TEST = "ajinabraham/njsscan:tests/unit/test_nodejs.py@03fa8711653d2988c31bde0de839cbdae110f5ba"
DOCKLE = "goodwithtech/dockle:pkg/assessor/manifest/manifest_test.go@a29679e159e79206874049d900edfb4b6ea31a65"
_PCH = "pre-commit/pre-commit-hooks:{f}@{c}"
PCH = {
    "pk": _PCH.format(f="tests/detect_private_key_test.py", c="0d88124ef6343fbbc6c9d2872853f73546c98a3f"),
    "aws_test": _PCH.format(f="tests/detect_aws_credentials_test.py", c="0931931b2e64cccf863786867ea19467676b1eeb"),
    "with_secret": _PCH.format(f="testing/resources/aws_config_with_secret.ini", c="ef4737120cc33082781a1904e2b8d3f6aacbc995"),
    "with_session_token": _PCH.format(f="testing/resources/aws_config_with_session_token.ini", c="0931931b2e64cccf863786867ea19467676b1eeb"),
    "with_secret_and_session_token": _PCH.format(f="testing/resources/aws_config_with_secret_and_session_token.ini", c="0931931b2e64cccf863786867ea19467676b1eeb"),
    "with_multiple_sections": _PCH.format(f="testing/resources/aws_config_with_multiple_sections.ini", c="0931931b2e64cccf863786867ea19467676b1eeb"),
    "without_secrets": _PCH.format(f="testing/resources/aws_config_without_secrets.ini", c="47996656b44dde9508703f1b1109605cb21e6ded"),
    "without_secrets_with_spaces": _PCH.format(f="testing/resources/aws_config_without_secrets_with_spaces.ini", c="110790d320fc26637b4f1dbc952bf948a0e5d10f"),
}
PMD = "pmd/pmd:pmd-apex/src/test/resources/net/sourceforge/pmd/lang/apex/rule/security/xml/ApexSuggestUsingNamedCred.xml@6f0a2c2bb82492ce40eb222ff4cf5100d44eb91f"


def family(source):
    """Source family for the per-source figures."""
    for prefix, name in (("astral-sh/", "ruff"), ("find-sec-bugs/", "find-sec-bugs"), ("ajinabraham/", "njsscan"),
                         ("goodwithtech/", "dockle"), ("pre-commit/", "pre-commit-hooks"), ("pmd/", "pmd")):
        if source.startswith(prefix):
            return name
    raise ValueError(source)


P = "positive"
N = "negative"
S3 = "s3cr3t"

# ---------------------------------------------------------------------------------------------------------------------
# Labelled strings with a common shape. (label, source, note, kind, name, value, scope)
#   kind: decl   - a named value (C#: `var NAME = "value";`; config: one member)
#         dict   - a settings-dictionary entry (C#: indexer assignment; config: one member)
#         header - an HTTP request header (config: under a `Headers` section)
#         scalar - config only: an unquoted JSON/YAML scalar (true, false, null, a number), value as written
#   scope: both | cs | config
# Code shapes of the peers (assignment chains, comparisons, defaults, named arguments, sinks) are written by the C#
# writer itself; files that already are configuration (dockle's ENV lines, the AWS ini files) by the config writer.
# ---------------------------------------------------------------------------------------------------------------------
R = RUFF["S105"]
ITEMS = []
# ruff S105: every distinct flagged name with its value (the C# writer writes each flagged line in its own shape)
for _line, _name in ((13, "password"), (14, "_pass"), (15, "passwd"), (16, "pwd"), (17, "secret"), (18, "token"),
                     (19, "secrete"), (22, "PASSWORD"), (23, "PassWord"), (28, "pass")):
    ITEMS.append((P, R, f"ruff S105 line {_line} `{_name} = \"s3cr3t\"` (and the same name in the other flagged shapes)", "decl", _name, S3, "config"))
for _line, _value in ((60, "1\n2"), (63, "3\t4"), (66, "5\r6")):
    ITEMS.append((P, R, f"ruff S105 line {_line} `if token == {_value!r}:` (flagged; a value with a control character)", "decl", "token", _value, "config"))
ITEMS += [
    (N, R, "ruff S105 line 4 `safe = \"s3cr3t\"` (OK: the name is not sensitive)", "decl", "safe", S3, "config"),
    (N, R, "ruff S105 line 5 `password = True` (OK: a boolean)", "scalar", "password", "true", "config"),
    (N, R, "ruff S105 line 7 `password = \"\"` (OK: empty)", "decl", "password", "", "config"),
    (N, R, "ruff S105 line 9 `password == 1` (OK: a number)", "scalar", "password", "1", "config"),
]
for _line, _name, _value in ((71, "passed_msg", "You have passed!"), (72, "compassion", "Please don't match!"),
                             (73, "impassable", "You shall not pass!"), (74, "passwords", ""), (75, "PASSWORDS", ""),
                             (76, "passphrases", ""), (77, "PassPhrases", ""), (78, "tokens", ""), (79, "secrets", "")):
    ITEMS.append((N, R, f"ruff S105 line {_line} `{_name} = {_value!r}` (\"These should not be flagged\")", "decl", _name, _value, "both"))
ITEMS += [
    (P, RUFF["S107_snap"], "ruff S107 `def default(first, password=\"default\")` (flagged default)", "decl", "password", "default", "config"),
    (P, RUFF["S107_snap"], "ruff S107 `def default_posonly(first, /, pos, password=\"posonly\")` (flagged default)", "decl", "password", "posonly", "config"),
    (P, RUFF["S107_snap"], "ruff S107 `def default_kwonly(first, *, password=\"kwonly\")` (flagged default; also in default_all)", "decl", "password", "kwonly", "config"),
    (P, RUFF["S107_snap"], "ruff S107 `def default_all(first, /, pos, secret=\"posonly\", ...)` (flagged default)", "decl", "secret", "posonly", "config"),
]

# find-sec-bugs: the constant values, as the peer's names (config only; the C# writer writes each peer method)
C = FSB["constant"]
ITEMS += [
    (P, C, "find-sec-bugs HARD_CODE_PASSWORD `private static String PWD1 = \"secret4\"` (reported where bad4/bad9 use it)", "decl", "PWD1", "secret4", "config"),
    (P, C, "find-sec-bugs HARD_CODE_PASSWORD bad1 `char[] passphrase = \"secret1\".toCharArray()` (KeyStore.load, line 44)", "decl", "passphrase", "secret1", "config"),
    (P, C, "find-sec-bugs HARD_CODE_PASSWORD bad2 `final String passphrase = \"secret2\"` (KeyStore.load, line 52)", "decl", "passphrase", "secret2", "config"),
    (P, C, "find-sec-bugs HARD_CODE_PASSWORD bad6 `String pwdStr = \"secret6\"` (KeyStore.load, line 80)", "decl", "pwdStr", "secret6", "config"),
    (P, C, "find-sec-bugs HARD_CODE_PASSWORD bad7 `char[] pwd = \"secret7\".toCharArray()` (PBEKeySpec and others, lines 86-94)", "decl", "pwd", "secret7", "config"),
    (P, C, "find-sec-bugs HARD_CODE_KEY bad8b `byte[] key = \"secret8\".getBytes()` (SecretKeySpec, line 116)", "decl", "key", "secret8", "config"),
    (P, C, "find-sec-bugs HARD_CODE_PASSWORD bad9 `String pass = \"secret9\"` (DriverManager.getConnection, line 123)", "decl", "pass", "secret9", "config"),
    (P, C, "find-sec-bugs HARD_CODE_PASSWORD bad13 `pwd = \"hardcoded\"` (KeyStore.load, line 159)", "decl", "pwd", "hardcoded", "config"),
    (P, FSB["vertx"], "find-sec-bugs HARD_CODE_PASSWORD VertxOauth2Config line 13 `.setClientSecret(\"secret\")`, as the option name", "decl", "ClientSecret", "secret", "config"),
    (P, FSB["jsch"], "find-sec-bugs HARD_CODE_PASSWORD JSch `addIdentity(\"some/private_key\", \"this_password_is_hardcoded\")` (4 reports), as the identity passphrase", "decl", "passphrase", "this_password_is_hardcoded", "config"),
    (P, FSB["potential"], "find-sec-bugs HARD_CODE_PASSWORD `p.getProperty(\"password\", \"ThisIsNotASecret\")` (default value reported, line 16)", "decl", "password", "ThisIsNotASecret", "config"),
    (P, FSB["potential"], "find-sec-bugs HARD_CODE_PASSWORD `p.getProperty(\"password\", \"1111111\")` (line 29)", "decl", "password", "1111111", "config"),
    (P, FSB["potential"], "find-sec-bugs HARD_CODE_PASSWORD `o.or(\"2222222\")` passed to setPassword (line 30)", "decl", "password", "2222222", "config"),
    (P, FSB["potential"], "find-sec-bugs HARD_CODE_PASSWORD `System.getProperty(\"password\", \"4444444\")` (line 32)", "decl", "password", "4444444", "config"),
    (P, FSB["equals"], "find-sec-bugs HARD_CODE_PASSWORD `password.equals(\"@dm1n\")` (hardcodedLogin1), as the password value", "decl", "password", "@dm1n", "config"),
    (P, FSB["equals"], "find-sec-bugs HARD_CODE_PASSWORD `\"adm1nL3ft\".equals(password)` (hardcodedLogin2), as the password value", "decl", "password", "adm1nL3ft", "config"),
]

# njsscan: the annotated lines' names and values (the C# writer writes each line in its own shape)
T, TN = NJS["tp"], NJS["tn"]
ITEMS += [
    (P, T, "njsscan node_password `password = '1212';` (also `const`/`let`/`var password = '1212'`)", "decl", "password", "1212", "config"),
    (P, T, "njsscan node_password `PASSWORD = '12211';`", "decl", "PASSWORD", "12211", "config"),
    (P, T, "njsscan node_password `obj['password'] = '121233';`", "dict", "password", "121233", "config"),
    (P, T, "njsscan node_password `obj2.password = '1234';`", "decl", "password", "1234", "config"),
    (P, T, "njsscan node_password `obj2.pass = '1234';` (and `obj2[\"pass\"] = '1234'`)", "decl", "pass", "1234", "config"),
    (P, T, "njsscan node_secret `aws('secret', 'asdasdadasddd')`, as a member", "decl", "secret", "asdasdadasddd", "config"),
    (P, T, "njsscan node_secret `secret = \"Asdadasdasdda\"`", "decl", "secret", "Asdadasdasdda", "config"),
    (P, T, "njsscan node_secret `obj.secret = \"Asdadasdasddsa\"`", "decl", "secret", "Asdadasdasddsa", "config"),
    (N, TN, "njsscan true negative `obj['password'] = 1;` (a number)", "scalar", "password", "1", "config"),
    (N, TN, "njsscan true negative `obj2.password = false;` (a boolean)", "scalar", "password", "false", "config"),
    (N, TN, "njsscan true negative `pass = 123;` (a number)", "scalar", "pass", "123", "config"),
    (N, TN, "njsscan true negative `var password = 1232131231232132132131;` (a number)", "scalar", "password", "1232131231232132132131", "config"),
]

# dockle TestSensitiveVars (the ENV shapes; the RUN command lines are written by each writer)
ITEMS += [
    (P, DOCKLE, "dockle CIS-DI-0010 \"basic\" `ENV PASS=ADMIN` (expected true)", "decl", "PASS", "ADMIN", "config"),
    (N, DOCKLE, "dockle CIS-DI-0010 \"empty value\" `ENV PASS=` (expected false)", "decl", "PASS", "", "config"),
    (P, DOCKLE, "dockle CIS-DI-0010 \"mixed cases\" `ENV PasS=ADMIN` (expected true)", "decl", "PasS", "ADMIN", "config"),
]

# pre-commit-hooks detect_private_key TESTS
ITEMS += [
    (P, PCH["pk"], "pre-commit-hooks detect_private_key `-----BEGIN RSA PRIVATE KEY-----` (expected 1; neutral name)", "decl", "privateKey", "-----BEGIN RSA PRIVATE KEY-----", "both"),
    (P, PCH["pk"], "pre-commit-hooks detect_private_key `-----BEGIN DSA PRIVATE KEY-----` (expected 1; neutral name)", "decl", "privateKey", "-----BEGIN DSA PRIVATE KEY-----", "both"),
    (N, PCH["pk"], "pre-commit-hooks detect_private_key `ssh-rsa DATA` (expected 0; neutral name)", "decl", "publicKey", "ssh-rsa DATA", "both"),
    (N, PCH["pk"], "pre-commit-hooks detect_private_key `ssh-dsa DATA` (expected 0; neutral name)", "decl", "publicKey", "ssh-dsa DATA", "both"),
]

# pre-commit-hooks test_get_aws_secrets_from_env: the variables whose values the hook takes for secrets (positive) and a
# variable it ignores (negative); a multi-variable environment is one case (C#: SetEnvironmentVariable calls)
AWS_ENV = [
    (P, [("AWS_SECRET_ACCESS_KEY", "foo")]),
    (P, [("AWS_SECURITY_TOKEN", "foo")]),
    (P, [("AWS_SESSION_TOKEN", "foo")]),
    (N, [("AWS_DUMMY_KEY", "foo")]),
    (P, [("AWS_DUMMY_KEY", "foo"), ("AWS_SECRET_ACCESS_KEY", "bar")]),
    (P, [("AWS_SECRET_ACCESS_KEY", "foo"), ("AWS_SECURITY_TOKEN", "bar")]),
]

# pmd ApexSuggestUsingNamedCred: distinct header names and values (config; the C# writer writes each test-code)
ITEMS += [
    (P, PMD, "pmd ApexSuggestUsingNamedCred \"key Authorization as literal positive\" `setHeader('Authorization', 'SomeValue')`", "header", "Authorization", "SomeValue", "config"),
    (P, PMD, "pmd ApexSuggestUsingNamedCred \"value as literal positive\" `setHeader('Authorization', 'Bearer HardcodedToken')`", "header", "Authorization", "Bearer HardcodedToken", "config"),
    (P, PMD, "pmd ApexSuggestUsingNamedCred \"value as field positive\" (and the binary-expression positives) `'Bearer HardCodedToken'`", "header", "Authorization", "Bearer HardCodedToken", "config"),
    (P, PMD, "pmd ApexSuggestUsingNamedCred \"key Authorization as binary expression positive\" `'Authorization' + 'SomethingElse'`, as the joined header name", "header", "AuthorizationSomethingElse", "SomeValue", "config"),
    (N, PMD, "pmd ApexSuggestUsingNamedCred \"key Authorization as literal negative\" `setHeader('NotAuth', 'SomeValue')`", "header", "NotAuth", "SomeValue", "config"),
    (N, PMD, "pmd ApexSuggestUsingNamedCred \"key Authorization as binary expression nonfirst negative\" `'SomethingElse' + 'Authorization'`, as the joined header name", "header", "SomethingElseAuthorization", "SomeValue", "config"),
    (N, PMD, "pmd ApexSuggestUsingNamedCred \"#3158 value as literal negative\" `'Bearer {!$Credential.Password}'` (a Named Credential merge field)", "header", "Authorization", "Bearer {!$Credential.Password}", "config"),
    (N, PMD, "pmd ApexSuggestUsingNamedCred \"Using named credentials\" `setEndpoint('callout:***My_Named_Credential***/some_path')`, as the endpoint", "decl", "Endpoint", "callout:***My_Named_Credential***/some_path", "config"),
]

# dockle's command lines (C#: Process arguments; config: a compose `command:`), (label, case name, command)
DOCKLE_RUN = [
    (P, "run command", 'SECRET_API_KEY=63AF7AA15067C05616FDDD88A3A2E8F226F0BC06 echo "data"'),
    (N, "run false positive", 'HELLO="PASS=\\"notThis\\"" echo "false positive"'),
    (P, "run command 2", 'SECRET=myLittleSecret VAR2=VALUE2 VAR3=VALUE3 echo "Do something"'),
    (P, "secret with space", 'SECRET="hello world"'),
    (N, "skip space key", "echo 'secret = foo;' > test.conf"),
]
# dockle's two-variable ENV lines, (label, case name, [(name, value)])
DOCKLE_ENV2 = [
    (P, "two vars", [("abc", "hello"), ("password", "sensibledata")]),
    (N, "empty two value", [("ABC", "hello"), ("PASS", "")]),
]

# pre-commit-hooks' AWS ini files as given: (key, file text); the labels follow test_get_aws_secrets_from_file
AWS_FILES = [
    ("with_secret", "# file with an AWS access key id and an AWS secret access key\n[production]\naws_access_key_id = AKIAVOGONSVOGONS0042\naws_secret_access_key = z2rpgs5uit782eapz5l1z0y2lurtsyyk6hcfozlb"),
    ("with_session_token", "# file with an AWS session token\n[production]\naws_session_token = foo"),
    ("with_secret_and_session_token", "# file with an AWS access key id, an AWS secret access key and an AWS session token\n[production]\naws_access_key_id = AKIAVOGONSVOGONS0042\naws_secret_access_key = z2rpgs5uit782eapz5l1z0y2lurtsyyk6hcfozlb\naws_session_token = foo"),
    ("with_multiple_sections", "# file with AWS access key ids, AWS secret access keys and AWS session tokens in multiple sections\n[default]\naws_access_key_id = AKIASLARTIBARTFAST11\naws_secret_access_key = 7xebzorgm5143ouge9gvepxb2z70bsb2rtrh099e\n[production]\naws_access_key_id = AKIAVOGONSVOGONS0042\naws_secret_access_key = z2rpgs5uit782eapz5l1z0y2lurtsyyk6hcfozlb\n[staging]\naws_access_key_id = AKIAJIMMINYCRICKET0A\naws_secret_access_key = ixswosj8gz3wuik405jl9k3vdajsnxfhnpui38ez\n[test]\naws_session_token = foo"),
    ("without_secrets", "# file with an AWS access key id but no AWS secret access key\n[production]\naws_access_key_id = AKIASLARTIBARTFAST11"),
    ("without_secrets_with_spaces", "# file with an AWS access key id but no valid AWS secret access key only space characters\n[production]\naws_access_key_id = AKIASLARTARGENTINA86\naws_secret_access_key ="),
]
AWS_SECRET_KEYS = ("aws_secret_access_key", "aws_session_token")


def aws_sections(text):
    """[(section, [(key, value)])] of one ini file (comment lines dropped)."""
    out = []
    for line in text.split("\n"):
        if line.startswith("#"):
            continue
        if line.startswith("["):
            out.append((line.strip("[]"), []))
        else:
            k, _, v = line.partition("=")
            out[-1][1].append((k.strip(), v.strip()))
    return out


def aws_label(key, value):
    return P if key in AWS_SECRET_KEYS and value else N


# Left out because check_repeats() found them in sets 1-7 (set file, then the case):
DROPPED_AS_REPEATS = [
    ("config-secrets-2.txt", "find-sec-bugs bad14 and bad15 (positive): `pwd = \"hardcoded1\"` / `\"hardcoded2\"`, both methods, C# and config"),
    ("config-secrets-5.txt", "njsscan true negative `let password;` as the config member `password: null` (negative; the C# `string password;` "
                             "has no value and is kept)"),
    ("config-secrets-2.txt", "pre-commit-hooks detect_private_key `-----BEGIN RSA PRIVATE KEY-----` (positive)"),
    ("config-secrets-2.txt", "pre-commit-hooks detect_private_key `-----BEGIN DSA PRIVATE KEY-----` (positive)"),
]
DROPPED_VALUES = {"-----BEGIN RSA PRIVATE KEY-----", "-----BEGIN DSA PRIVATE KEY-----"}
ITEMS = [i for i in ITEMS if i[5] not in DROPPED_VALUES]


def check_repeats(here, pairs):
    """(name, value) pairs that repeat sets 1-7 (earlier_sets.check_repeats; token-like: not letters and '_' only)."""
    return earlier_sets.check_repeats(here, pairs, through=7)

"""Shared by write_csharp_secrets_14.py and write_config_secrets_14.py: provenance, selection rules and the repeat check of
the fourteenth held-out secrets set, see README.md ('C# secrets, set 14' and 'Configuration files, set 14').

Built on 2026-11-27 from main f7b7f0a and committed before AKS2001/AKS2002/AKS2003 were run on it. Sources used in no
earlier set (grep of every set file, writer, setN_sources.py and README.md for each repository path, 2026-11-27: no hit):

- SonarSource/sonar-text (LGPL-3.0 until SonarSource moved it to the Sonar Source-Available License v1 (SSALv1); only short
  example strings re-typed, in .NET shapes, with provenance; no file is copied - contestable, as in sets 11-13): the
  provider specifications sets 12 and 13 left unread, under
  sonar-text-plugin/src/main/resources/org/sonar/plugins/secrets/configuration/: contribsys.yaml, Docker-swarm.yaml,
  Kairos.yaml, ibm-cloud-object-storage.yaml, terraform.yaml, sonarqube-scoped-org-token.yaml (ssh.yaml was read too:
  its two examples are the OpenSSH and PuTTY keys set 12 took from openssh.yaml, so both are dropped as repeats).
  `containsSecret: true` is a positive, `false` a negative, as the provider's check test (AbstractRuleExampleTest)
  asserts. Family `sonar-text-<provider file name, lower case>`.
- github/codeql (MIT): the hard-coded credential query tests in languages other than C# (sets 2 and 3 took the C# ones):
  JavaScript `js/hardcoded-credentials` (CWE-798/HardcodedCredentials.js, inline `// $ Alert` expectations), Java
  `java/hardcoded-credential-api-call`, `-sensitive-call`, `-comparison`, `java/hardcoded-password-field` (the .expected
  files' #select rows; `//GOOD` methods), Python `py/hardcoded-credentials` (test.py, `# $ Alert` and the `# Ignored`
  calls), Ruby `rb/hardcoded-credentials` (.expected #select rows; the lines commented "should not be flagged"), Go
  `go/hardcoded-credentials` (.expected rows, `// OK` / `// GOOD` lines). A statement (or the few statements of one peer
  function) the peer reports is a positive; one it marks OK/GOOD, or leaves unannotated in a test file whose every
  reported line is annotated, a negative. Each is re-shaped as the C# statement with the peer's names and literal
  values; the client library calls become calls on stubs. Family `codeql-<language>`.

Selection rules. Left out: (a) CodeQL lines annotated `$ MISSING: Alert` (the peer says the query should report them but
does not: neither label is the peer's assertion) and the Python TODO line the peer says it wrongly takes for a format
string; (b) CodeQL statements whose C# form would repeat one already taken (`request.post/head(url).auth(...)`,
`request(url, {...})` after `request.get`, 60 further `new AWS.<Service>({accessKeyId, secretAccessKey})` lines after
EC2, `jwt_simple.decode` / NextAuth / koa-jwt sinks of the same `myHardCodedPrivateKey` local, Go jwt.go keys key5-key19
after key1-key4, the last `AWS.config.update` after the first); (c) sonar-text examples that differ from one taken only
in shell quoting or blanks around `=` (contribsys' `export X = ...`, `"..."`-quoted and `;`-terminated twins); (d) the
Java tests whose only literals are `"username"`/`"password"`/`"key"` placeholders handed to SSH/FTP/Mongo clients (the
same words under the same names are in earlier sets), the Rust and Swift tests (cryptographic byte arrays, nonces and
salts, not credentials AKS2001-AKS2003 speak to) and Go's AlertSuppressionExample.go / HardcodedKeysBad.go (not read:
time). Configuration forms are written only for named values (members, options objects, constants, fields, environment
variables, Kubernetes Secret data, service-credential JSON); calls, comparisons, concatenations, environment reads and
headers built in code are C# only. In configuration files, a CodeQL user-name alert (`user: dbuser`, `username: x5`) is
`exclude:`d (neither label): AKS2003 speaks to secrets, and the peer's user-name finding is kept in C# only, as set 2
did.

Every labelled value was checked against sets 1-13 (earlier_sets.check_repeats; check_repeats() in each writer): a case is
dropped when its value occurs in an earlier set file (a token-like value of 8 or more characters: not letters, '_' and
blanks only), or when it occurs there as the same `name = value` / `name: value` pair (case-insensitive, quotes
optional). The cases dropped that way are listed in DROPPED_AS_REPEATS; both writers assert that none is left.
"""
import earlier_sets
from set12_sources import P, N  # noqa: F401  (re-exported for the set-14 writers)
from literals import cs_name, cs_string, yaml_scalar  # noqa: F401

_SONAR_DIR = "sonar-text-plugin/src/main/resources/org/sonar/plugins/secrets/configuration/"
_SONAR_FILES = {
    "contribsys": ("contribsys.yaml", "d017a219434d409260b26b07db533c141fae155a"),
    "docker-swarm": ("Docker-swarm.yaml", "a22a382bf67c23d59f8590c9bc0df9ded2ff9339"),
    "kairos": ("Kairos.yaml", "35ece2bc9a441f4224b137d0776848cf4d2b77dc"),
    "ibm-cos": ("ibm-cloud-object-storage.yaml", "8f861ec74755eea3bc77cec5bfa79be4c7d2fc16"),
    "terraform": ("terraform.yaml", "fc2fcf7bb2d131ee9f394af472a4947c30ca9342"),
    "sonarqube-scoped": ("sonarqube-scoped-org-token.yaml", "459e538ed5d355bf231f0a65fb406bfd6c9c0c8b"),
}
_CODEQL_FILES = {
    "cq-js": ("javascript/ql/test/query-tests/Security/CWE-798/HardcodedCredentials.js", "05e4677fd167c1631e1832ffccf243b88df243f1"),
    "cq-java-test": ("java/ql/test/query-tests/security/CWE-798/semmle/tests/Test.java", "097d5189e9bbaecfd0e239e5198ac8e8ac14f2f6"),
    "cq-java-credentials": ("java/ql/test/query-tests/security/CWE-798/semmle/tests/CredentialsTest.java", "097d5189e9bbaecfd0e239e5198ac8e8ac14f2f6"),
    "cq-java-user": ("java/ql/test/query-tests/security/CWE-798/semmle/tests/User.java", "22572061e46077bc34651e0b14e5c7e1646cd03e"),
    "cq-java-azure": ("java/ql/test/query-tests/security/CWE-798/semmle/tests/HardcodedAzureCredentials.java", "11c89adbe3b238e3a142256175f0003e19d7972b"),
    "cq-java-shiro": ("java/ql/test/query-tests/security/CWE-798/semmle/tests/HardcodedShiroKey.java", "44afa34e37983602c49f39c14ec1f38e6eb18753"),
    "cq-py": ("python/ql/test/query-tests/Security/CWE-798-HardcodedCredentials/test.py", "02a3729c46ea9f616c592ce29ead9ea7dae07c23"),
    "cq-rb": ("ruby/ql/test/query-tests/security/cwe-798/HardcodedCredentials.rb", "29b1e75724d097b829f64ab96425e3712e6238b9"),
    "cq-go-creds": ("go/ql/test/query-tests/Security/CWE-798/HardcodedCredentials.go", "868f07bc91593555b15b912530a27d7b77a4e11b"),
    "cq-go-main": ("go/ql/test/query-tests/Security/CWE-798/main.go", "092cae0355226e324a792260b37284136ed2bafd"),
    "cq-go-jwt": ("go/ql/test/query-tests/Security/CWE-798/jwt.go", "4b95ea098737cf712d3f57291f8c1dd7f95abd55"),
    "cq-go-sanitizer": ("go/ql/test/query-tests/Security/CWE-798/sanitizer.go", "092cae0355226e324a792260b37284136ed2bafd"),
}
# The .expected files the labels of the Java, Python, Ruby and Go cases come from (the version read).
EXPECTED = {
    "java ApiCall": "github/codeql:java/ql/test/query-tests/security/CWE-798/semmle/tests/HardcodedCredentialsApiCall.expected@0a6ccbca453e7c5bf0f3852f0a62d5749dd861b9",
    "java SourceCall": "github/codeql:java/ql/test/query-tests/security/CWE-798/semmle/tests/HardcodedCredentialsSourceCall.expected@0a6ccbca453e7c5bf0f3852f0a62d5749dd861b9",
    "java Comparison": "github/codeql:java/ql/test/query-tests/security/CWE-798/semmle/tests/HardcodedCredentialsComparison.expected@7741a72cc5696479829f2cd8bc5d4569f5762141",
    "java PasswordField": "github/codeql:java/ql/test/query-tests/security/CWE-798/semmle/tests/HardcodedPasswordField.expected@d9bc07cb912e8acfaec273f43e6dcfa3230c463d",
    "python": "github/codeql:python/ql/test/query-tests/Security/CWE-798-HardcodedCredentials/HardcodedCredentials.expected@11c89adbe3b238e3a142256175f0003e19d7972b",
    "ruby": "github/codeql:ruby/ql/test/query-tests/security/cwe-798/HardcodedCredentials.expected@0d3b65a35bcfc50519afd1deca366548dd977c82",
    "go": "github/codeql:go/ql/test/query-tests/Security/CWE-798/HardcodedCredentials.expected@4b95ea098737cf712d3f57291f8c1dd7f95abd55",
    "javascript": "github/codeql:javascript/ql/test/query-tests/Security/CWE-798/HardcodedCredentials.expected@05e4677fd167c1631e1832ffccf243b88df243f1",
}
SOURCES = {k: f"SonarSource/sonar-text:{_SONAR_DIR}{f}@{c}" for k, (f, c) in _SONAR_FILES.items()}
SOURCES.update({k: f"github/codeql:{f}@{c}" for k, (f, c) in _CODEQL_FILES.items()})

DROPPED_AS_REPEATS = [
    ("value", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW (csharp-secrets-12.txt, config-secrets-12.txt): "
              "sonar-text ssh.yaml ssh-private-key, the OpenSSH key of set 12's openssh.yaml (positive)"),
    ("value", "AAAAB3NzaC1yc2EAAAADAQABAAABAQCMxcogLWgwfvEc8iJfJTAmKci0XjpKsnjZ (csharp-secrets-12.txt, config-secrets-12.txt): "
              "sonar-text ssh.yaml putty-private-key, the PuTTY key of set 12's openssh.yaml (positive)"),
    ("value", "username:password (config-secrets-6.txt): sonar-text contribsys sidekiq-credentials "
              "`BUNDLE_GEMS__CONTRIBSYS__COM=username:password / bundle config https://gems.contribsys.com/ $BUNDLE_GEMS__CONTRIBSYS__COM` (negative)"),
    ("value", "user:foo (config-secrets-11.txt): codeql javascript HardcodedCredentials.js:281 `require(\"http\").request({auth: \"user:foo\"})` (not reported)"),
    ("name and value", "password: admin (config-secrets-7.txt): codeql java Test.java:35-36 `return password.equals(\"admin\")` (HardcodedCredentialsComparison, reported)"),
    ("value", "abcdef123456 (config-secrets-6.txt): codeql ruby HardcodedCredentials.rb:42-44 "
              "`def default_cred(username = \"user@test.com\", password = \"abcdef123456\")` (reported)"),
    ("value", "p4ssw0rd (config-secrets-6.txt): codeql go main.go:6 `passwd = \"p4ssw0rd\"` (reported)"),
]


def family(source):
    """Source family for the per-source figures: sonar-text-<provider file name, lower case> or codeql-<language>."""
    if source.startswith("SonarSource/sonar-text:"):
        return "sonar-text-" + source.split("/configuration/")[1].split(".yaml")[0].lower()
    if source.startswith("github/codeql:"):
        return "codeql-" + source.split(":")[1].split("/")[0]
    raise ValueError(source)


def cq(language, where, peer, label, how):
    """A note for a CodeQL case: the query test, the peer statement (shortened), the peer's label and the .NET shape."""
    peer = peer.replace("|", "\u00a6")  # the set format keeps '|' for its header fields
    said = "reported" if label == P else "not reported"
    return f"codeql {language} {where} `{peer}` ({said}), {how}"


def check_repeats(here, pairs):
    """(name, value) pairs that repeat sets 1-13 (earlier_sets.check_repeats; token-like: not letters, '_' and blanks only)."""
    return earlier_sets.check_repeats(here, pairs, through=13, word_only=r"[A-Za-z_ ]+")

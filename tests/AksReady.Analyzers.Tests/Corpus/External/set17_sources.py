"""Shared by write_csharp_secrets_17.py and write_config_secrets_17.py: provenance, selection rules and the repeat check of
the seventeenth held-out secrets set, see README.md ('C# secrets, set 17' and 'Configuration files, set 17').

Built on 2026-11-27 from main 2f067d5 and committed before AKS2001/AKS2002/AKS2003 were run on it. Source: aquasecurity/trivy
(Apache-2.0), its secret scanner tests. The same repository gave one file to configuration set 3
(pkg/fanal/secret/testdata/asymmetric-private-secret.json, one private-key finding): that file is not used here, and the
repository is therefore contestable as a "new" source (sets 6-11 listed trivy among the sources already used).

- pkg/fanal/secret/scanner_test.go@0273cafce9977fa75ee5416a03958ff2468482f1, TestSecretScanner: a table of (config,
  input file, expected findings with rule IDs and start lines). Only the rows whose config is `skip-test.yaml` or
  `config.yaml` and whose findings come from trivy's built-in rules are used (config.yaml adds the custom `rule1`, which
  fires only on secret.txt; skip-test.yaml only sets options); a finding on a line is a positive, a line of the input
  that holds a credential-like value and is not in the expected findings is a negative, and a file whose expected
  result is empty (`types.Secret{}` or no Findings) gives negatives for each credential-like line:
    aws-secrets.txt (aws-access-key-id line 2, aws-secret-access-key line 1), alibaba-access-key-id.txt (line 2 only),
    docker-secrets.txt (dockerconfig-secret lines 2 and 4), hugging-face-secret.txt (line 1 only), grafana-env.txt
    (lines 1 and 2), jwt-secret.txt (line 3), private-packagist.txt (lines 1-3), builtin-rule-secret.txt (github-pat
    line 1, aws-access-key-id line 2), github-token.txt (github-fine-grained-pat line 1), long-line-secret.txt (github-pat
    line 1), wrapped-secrets-sensitive.txt (lines 1 and 2), asymmetric-private-secret.txt and asymmetric-private-key.txt
    (private-key, line 1); invalid-aws-secrets.txt and wrapped-secrets.txt: no finding (negatives).
  The testdata files were read at the commits in _FILES (the index holds one stored version each; where a file has lines
  the test's context lines do not show, those lines are labelled as the test's finding list implies: not found).
- pkg/fanal/secret/builtin_rules_azure_test.go@3a2715de0efea8e752223567bfab2ab8654881f3: per-rule tables of inputs with
  wantHit (true positive, false negative) for the built-in Azure rules (storage account key, Cosmos DB account key,
  Entra ID client secret, App Configuration connection string, SAS token).
- pkg/fanal/secret/builtin_rules_test.go@c8f6c1a49690aac3dd0aa99db234a8e5e1249af9, TestGitHubAppToken_BothFormats: bare
  `ghs_`/`ghu_` tokens with wantHit for the built-in github-app-token rule.
Family `aquasecurity/trivy:<file name>`.

Statements are re-typed as .NET code with the peer's names and literal values (a local, a field, a constant, a dictionary
entry, a one-element string array for a line with no name, a verbatim string for a private-key block, a stub client
constructed with a connection string, an HttpClient GET of a SAS URL); configuration forms (appsettings.json and
config.yaml, alternately) only for named values and connection strings.

Selection rules. Left out: (a) every row whose expectation depends on a custom config: secret.txt and secret.md (custom
`rule1`, keywords, allow rules, exclude blocks, disabled rules, severities), multi-line.txt (custom multi-line rule), the
config-enable-ghp / config-disable-ghp rows on builtin-rule-secret.txt (the skip-test.yaml row on the same file is used);
(b) example-secret.txt (expected clean only because its path holds "example", a built-in allow rule on the path; its value
is aws-secrets.txt line 1); (c) aws-secrets.txt line 3 (`"aws_account_ID":'1234-5678-9123'`: not a finding in the test at
0273caf, a finding (aws-account-id) in a later version: the label depends on the version); (d) builtin-rule-secret.txt
line 2 (`AWS_ACCESS_KEY_ID=AKIA0123456789ABCDEF`, the pair of aws-secrets.txt line 2, taken once); (e) asymmetric-private-
key.txt's empty `-----BEGIN RSA PRIVATE KEY----- -----END RSA PRIVATE KEY-----` line and its minimum-length key (the
stored file version and the test's expected line numbers differ); (f) obfuscated.js (one minified line of several
kilobytes; its finding is a Stripe publishable key); jwt-secret.txt's `asd`/`aaaa` lines (no credential-like value);
(g) in builtin_rules_azure_test.go, the Cosmos rule's "bare key without endpoint anchor" and "wrong endpoint domain" inputs
(the test's own comment says the storage rule matches their AccountKey part, so the file-level label is not "clean") and
TestAzureRules_NoCollisionsBetweenRules (repeats inputs of the rule tables); in builtin_rules_test.go, the "non-ghs/ghu
prefix not matched" input (`ghp_` + 36 zeros: not the app-token rule's, but trivy's github-pat rule takes that shape, so
the file-level label is not "clean"); (h) keyword_test.go and the newer testdata
files (azure-*.txt, openai-*.txt, symfony-secret.*, settings*.xml, ...), whose test rows were not in the scanner_test.go
version the index holds.

Every labelled value was checked against sets 1-16 (earlier_sets.check_repeats; check_repeats() in each writer): a case is
dropped when its value occurs in an earlier set file (a token-like value of 8 or more characters: not letters, '_' and
blanks only), or when it occurs there as the same `name = value` / `name: value` pair (case-insensitive, quotes
optional). The cases dropped that way are listed in DROPPED_AS_REPEATS (filled from the writers' SHOW_REPEATS=1 output);
both writers drop them and assert that none is left.
"""
import earlier_sets
from set12_sources import P, N  # noqa: F401  (re-exported for the set-17 writers)
from literals import cs_name, cs_string, cs_verbatim, yaml_scalar  # noqa: F401

_T = "pkg/fanal/secret/testdata/"
_FILES = {
    "aws": (_T + "aws-secrets.txt", "140162c73e85d80f90fb347e2cc020da63ffa72b"),
    "alibaba": (_T + "alibaba-access-key-id.txt", "4efef0a1e04a9075bccc65a1f84578a9d60c343c"),
    "docker": (_T + "docker-secrets.txt", "9cea8e14a81ac1bd00654506c57ac6343718f15d"),
    "hf": (_T + "hugging-face-secret.txt", "6e814003cdf227a28784c16163ee4fccd8e17ef0"),
    "grafana": (_T + "grafana-env.txt", "1f2798dd2b27a3224805631863920f7e4a2fb9fc"),
    "jwt": (_T + "jwt-secret.txt", "9cea8e14a81ac1bd00654506c57ac6343718f15d"),
    "packagist": (_T + "private-packagist.txt", "9cea8e14a81ac1bd00654506c57ac6343718f15d"),
    "builtin": (_T + "builtin-rule-secret.txt", "b1fcc65fe6ce852c7f778f1eadd268d7c0a64f77"),
    "github": (_T + "github-token.txt", "9f67a37cebac60d3aac0c003b2ab825e830101ff"),
    "longline": (_T + "long-line-secret.txt", "9cea8e14a81ac1bd00654506c57ac6343718f15d"),
    "invalid": (_T + "invalid-aws-secrets.txt", "b1fcc65fe6ce852c7f778f1eadd268d7c0a64f77"),
    "wrapped": (_T + "wrapped-secrets.txt", "708658946ba636871b04feed0e1f680c664d9104"),
    "wrapped-sens": (_T + "wrapped-secrets-sensitive.txt", "998ec414851b7fc1f23c485aa5191c0356d4c963"),
    "asym-secret": (_T + "asymmetric-private-secret.txt", "b1fcc65fe6ce852c7f778f1eadd268d7c0a64f77"),
    "asym-key": (_T + "asymmetric-private-key.txt", "01fa177d5fbb2d18a5ca6615adbc561dff855b8e"),
    "azure": ("pkg/fanal/secret/builtin_rules_azure_test.go", "3a2715de0efea8e752223567bfab2ab8654881f3"),
    "gh-app": ("pkg/fanal/secret/builtin_rules_test.go", "c8f6c1a49690aac3dd0aa99db234a8e5e1249af9"),
}
SOURCES = {k: f"aquasecurity/trivy:{path}@{commit}" for k, (path, commit) in _FILES.items()}
_ST = "scanner_test.go@0273caf"
# The test row whose expectation gives the labels (read with the input files).
TESTS = {
    "aws": f"{_ST} 'find aws secrets' (aws-access-key-id line 2, aws-secret-access-key line 1)",
    "alibaba": f"{_ST} 'find Alibaba AccessKey ID txt' (alibaba-access-key-id line 2 only)",
    "docker": f"{_ST} 'find Docker registry credentials' (dockerconfig-secret lines 4 and 2)",
    "hf": f"{_ST} 'find Hugging face secret' (hugging-face-access-token line 1 only)",
    "grafana": f"{_ST} 'find grafana secret' (grafana-api-token lines 2 and 1)",
    "jwt": f"{_ST} 'find JWT token' (jwt-token line 3)",
    "packagist": f"{_ST} 'find Private Packagist tokens' (private-packagist-token lines 1-3)",
    "builtin": f"{_ST} 'should find ghp builtin secret' (github-pat line 1, aws-access-key-id line 2)",
    "github": f"{_ST} 'should find GitHub Personal Access Token (classic)' (github-fine-grained-pat line 1)",
    "longline": f"{_ST} 'truncate long line' (github-pat line 1)",
    "invalid": f"{_ST} 'invalid aws secrets' (no finding)",
    "wrapped": f"{_ST} 'secret inside another word' (no finding)",
    "wrapped-sens": f"{_ST} 'sensitive secret inside another word' (aws-secret-access-key line 1, github-fine-grained-pat line 2)",
    "asym-secret": f"{_ST} 'find Asymmetric Private Key secrets' (private-key line 1)",
    "asym-key": f"{_ST} 'asymmetric file' (private-key line 1)",
    "azure": "builtin_rules_azure_test.go",
    "gh-app": "builtin_rules_test.go TestGitHubAppToken_BothFormats",
}

# (the writer, the case's note, the repeated pair, the earlier set file): filled from SHOW_REPEATS=1; the writers skip these.
DROPPED_AS_REPEATS = [
    ("csharp", "scanner_test.go@0273caf 'find JWT token' (jwt-token line 3): `line 3: jwt: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...` (found), as a string constant",
     ("jwt", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"),
     "config-secrets-5.txt (value; the jwt.io sample token)"),
]


def family(source):
    """Source family for the per-source figures: <owner>/<repo>:<file name>."""
    repo, rest = source.split(":", 1)
    return repo + ":" + rest.split("@")[0].rsplit("/", 1)[1]


def note(key, peer, label, how):
    """A note: the peer test, the peer input (shortened), the peer's label and the .NET shape."""
    peer = peer.replace("|", "\u00a6")  # the set format keeps '|' for its header fields
    said = ("wantHit: true", "wantHit: false") if key in ("azure", "gh-app") else ("found", "not found")
    said = said[0] if label == P else said[1]
    return f"{TESTS[key]}: `{peer}` ({said}), {how}"


def check_repeats(here, pairs):
    """(name, value) pairs that repeat sets 1-16 (earlier_sets.check_repeats; token-like: not letters, '_' and blanks only)."""
    return earlier_sets.check_repeats(here, pairs, through=16, word_only=r"[A-Za-z_ ]+")

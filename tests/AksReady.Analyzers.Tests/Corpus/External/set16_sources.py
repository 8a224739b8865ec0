"""Shared by write_csharp_secrets_16.py and write_config_secrets_16.py: provenance, selection rules and the repeat check of
the sixteenth held-out secrets set, see README.md ('C# secrets, set 16' and 'Configuration files, set 16').

Built on 2026-11-27 from main 1a56028 and committed before AKS2001/AKS2002/AKS2003 were run on it. Sources used in no
earlier set (grep of every set file, writer, setN_sources.py, peer-inputs.tsv and README.md for deepsecrets,
credential-digger, credential_digger and ntoskernel, 2026-11-27: no hit):

- avito-tech/deepsecrets (MIT), tests/ at 20c836da4abbd38db03964604cf17922c9e8b2a3: the fixtures whose findings a test
  asserts. tests/core/engines/regex/test_regex.py runs the packaged regexes on tests/fixtures/regex_checks.txt and asserts
  9 findings, in order S0, S0 (the two Slack tokens), S1-S5 (the five private-key blocks), S19, S19: the password-in-URL
  rule S19 finds two of the five URLs, the first two (`https://login:password@...`, `ftp://...`; its match rules refuse a
  password starting with `$`, `{` or `%`), so the `$password`, `${password}` and `%password%` URLs are negatives.
  tests/core/engines/semantic/test_semantic.py: test_2 searches every token of tests/fixtures/2.json and asserts 3
  findings, `access_Token` and `accessToken` (Entropy+Var naming) and one Var naming finding, which is `authkey` (the only
  other name the engine's dangerous-name pattern takes); `jti`, `uid` and `scope` are not found. test_3 searches every
  token of tests/fixtures/1.toml and asserts 2 Var naming findings: `JIRA_PASSWORD` and `MATTERMOST_BOT_TOKEN` (the last
  token, which the test names); every other value is not found, among them `SESSION_SECRET = "CHANGE ME PLZ!!!"`.
  test_1 searches one token of tests/fixtures/4.py, `'pass': 'TESTSECRET1234'`, and asserts one finding.
  tests/core/engines/hashed_secret/test_hs.py finds one value of tests/fixtures/1.py, the one whose SHA-1 its
  hashed_secrets.json lists (8c535f99d6d0fa55b64af0fae6e3b6829eda413b = SHA-1 of `$ecRetT0F1nD`, the `password=`
  argument of `psycopg2.connect`; ntoskernel/deepsecrets' test_scan_mode_regressions.py names it too).
  Family `avito-tech/deepsecrets:<fixture file name>`.
- ntoskernel/deepsecrets (MIT per its pyproject.toml; the deepsecrets author's own continuation, not a plain fork: its
  tests/ holds ~30 test files the avito-tech repository does not have),
  tests/core/helpers/test_variable_scoring_cases.py@05b1e4cbbedf509157a9aab03e3d367f712907ce: a labelled table ("the
  verdict a well-balanced ruleset should give for one variable"; "Values are synthetic"): DANGEROUS positive,
  NOT_DANGEROUS negative, including the two DANGEROUS rows marked `known_imbalance` (a strict xfail: the peer's rules get
  them wrong, the table states them dangerous); test_confidence_does_not_drop_with_entropy (both values dangerous),
  test_signing_names_are_very_high_confidence (dangerous) and test_only_names_people_choose_a_value_for_allow_low_entropy
  (the names with `allowed=True` only, see below). Family `ntoskernel/deepsecrets:test_variable_scoring_cases.py`.
- SAP/credential-digger (Apache-2.0): the file-scanner fixture file_a.py
  (credentialdigger/tests/file_scanner_tests/file_a.py@56c68143239dbd0068d65d4a33c365086f9b8ef1; the test
  tests/integration_tests/test_file_scanner.py@471619cacca73b3884725fbafe74b85ff2fdf398 expects discoveries on lines 2,
  4 and 5 with the password-keyword rule): line 5 `password = "adfu315os1"` positive; line 2, a message holding the
  keyword, negative by the fixture's own words ("should be detected by the scanner and identified as a false
  positive"); and tests/file_scanner_tests_folder/subdir_A/file_Aa.yml@7b3739dda6c43e051567539222f6d354d81cc780, whose
  `description` says "credentials in a yml file should be detected as well" (no test asserts its lines: labelled by
  that statement, contestable). Family `SAP/credential-digger:<file name>`.

Statements are re-typed as .NET code with the peer's names and literal values (a local, a field, a dictionary entry, an
anonymous-object member, named arguments of a stub call, one-element string arrays for the nameless lines of
regex_checks.txt, a `Dictionary` named after the TOML table for 1.toml's env_vars); configuration forms (appsettings.json
and config.yaml, alternately) only for named values.

Selection rules. Left out: (a) 1.toml's `SENTRY_DSN = "http://hello:TESTSECRET1234@..."`: test_3 runs the semantic engine
only, which does not look at URLs; the regex engine's S19 would report it, so its label depends on the engine;
(b) 1.toml's true/false flags (`DEBUG = "false"`, ...) except `AUTH_ENABLED = "true"` (a credential word in the name) and
its non-env_vars metadata (`name`, `kind`, `[engine]`, `[redis]`, `[[crons]]`, `[envs.dev] host`), and `name = value`
pairs repeated inside the file; (c) 4.py's other values (`username`, `host`, `CFAuthData['lol']`, `result`, the enum
members): test_1 searches one token only, so they carry no label; (d) in the ntoskernel table, rows whose filepath is the
tests directory and whose (name, value) pair repeats a row under the code path (`password` / `T7r$kq92LmZx`,
`oauth-client-id`); `secret_key` in the tests directory is kept (a pair of its own); rows of
test_confidence_does_not_drop_with_entropy and test_signing_names_are_very_high_confidence that repeat a table row
(`api_key` HEX_40, `signing_key`); `api_key = 'aaaabbbbcccc1'` (the evaluator calls it dangerous, but the file says
SemanticEngine reports a name that allows no low entropy only above 3 bits, so its label depends on the layer); the
allow-low-entropy rows with `allowed=False` (`api_key`, `auth_token`, `SERVICE_OAUTH`, `private_key`,
`kube_kubeconfig_token` = 'nacc6opq': dangerous to the evaluator, not reported by the engine, the same ambiguity) and the
`db_pass` row (a table row); (e) credential-digger's file_a.py line 4 (`print("Another password")`: a discovery of the
keyword rule with no statement that it is or is not a credential) and lines with no literal; its other scanner, git and
database tests (keyword hits in synthetic diffs, discovery counts of fake snippets: no secret labels); deepsecrets'
tokenizer tests (they count variables, not secrets), test_content_analyzer.py (base64 decoding), test_entropy.py (an
entropy figure, no verdict), test_cli_scan_mode.py (counts over the whole folder with a false-findings file).

Every labelled value was checked against sets 1-15 (earlier_sets.check_repeats; check_repeats() in each writer): a case is
dropped when its value occurs in an earlier set file (a token-like value of 8 or more characters: not letters, '_' and
blanks only), or when it occurs there as the same `name = value` / `name: value` pair (case-insensitive, quotes
optional). The cases dropped that way are listed in DROPPED_AS_REPEATS (filled from the writers' SHOW_REPEATS=1 output);
both writers drop them and assert that none is left.
"""
import earlier_sets
from set12_sources import P, N  # noqa: F401  (re-exported for the set-16 writers)
from literals import cs_name, cs_string, cs_verbatim, yaml_scalar  # noqa: F401

_DS = "20c836da4abbd38db03964604cf17922c9e8b2a3"
_FILES = {
    "ds-regex": ("avito-tech/deepsecrets", "tests/fixtures/regex_checks.txt", _DS),
    "ds-json2": ("avito-tech/deepsecrets", "tests/fixtures/2.json", _DS),
    "ds-toml1": ("avito-tech/deepsecrets", "tests/fixtures/1.toml", _DS),
    "ds-py4": ("avito-tech/deepsecrets", "tests/fixtures/4.py", _DS),
    "ds-py1": ("avito-tech/deepsecrets", "tests/fixtures/1.py", _DS),
    "nk-scoring": ("ntoskernel/deepsecrets", "tests/core/helpers/test_variable_scoring_cases.py", "05b1e4cbbedf509157a9aab03e3d367f712907ce"),
    "cd-file-a": ("SAP/credential-digger", "credentialdigger/tests/file_scanner_tests/file_a.py", "56c68143239dbd0068d65d4a33c365086f9b8ef1"),
    "cd-file-aa": ("SAP/credential-digger", "tests/file_scanner_tests_folder/subdir_A/file_Aa.yml", "7b3739dda6c43e051567539222f6d354d81cc780"),
}
SOURCES = {k: f"{repo}:{path}@{commit}" for k, (repo, path, commit) in _FILES.items()}
# The tests whose assertions give the labels (read with the fixtures).
TESTS = {
    "ds-regex": "test_regex.py test_1 (9 findings: S0 S0 S1 S2 S3 S4 S5 S19 S19)",
    "ds-json2": "test_semantic.py test_2 (3 findings)",
    "ds-toml1": "test_semantic.py test_3 (2 findings)",
    "ds-py4": "test_semantic.py test_1 (1 finding on tokens[3])",
    "ds-py1": "test_hs.py test_1 (1 finding, sha1 8c535f99...)",
    "nk-scoring": "test_variable_scoring_cases.py",
    "cd-file-a": "integration_tests/test_file_scanner.py (discoveries on lines 2, 4, 5)",
    "cd-file-aa": "file_Aa.yml (its description line)",
}

# (the writer, the case's note, the repeated pair, the earlier set file): filled from SHOW_REPEATS=1; the writers skip these.
DROPPED_AS_REPEATS = [
    ("csharp", "test_variable_scoring_cases.py: `pytest.param('password', '********', CODE, id='password-asterisks')` (not dangerous), as a local",
     ('password', '********'), "csharp-secrets-13.txt (value)"),
    ("csharp", "test_variable_scoring_cases.py: `pytest.param('password', 'password', CODE, id='password-password')` (not dangerous), as a dictionary entry",
     ('password', 'password'), "config-secrets-2.txt (name and value)"),
    ("csharp", "test_variable_scoring_cases.py: `pytest.param('token_type', 'bearer', CODE, id='token_type-bearer')` (not dangerous), as a local",
     ('token_type', 'bearer'), "config-secrets-13.txt (name and value)"),
    ("csharp", "test_variable_scoring_cases.py: `pytest.param('api_key_header', 'X-API-Key', CODE, id='api_key_header')` (not dangerous), as a dictionary entry",
     ('api_key_header', 'X-API-Key'), "config-secrets-12.txt (value)"),
]


def family(source):
    """Source family for the per-source figures: <owner>/<repo>:<file name>."""
    repo, rest = source.split(":", 1)
    return repo + ":" + rest.split("@")[0].rsplit("/", 1)[1]


def note(key, peer, label, how):
    """A note: the peer test, the peer statement (shortened), the peer's label and the .NET shape."""
    peer = peer.replace("|", "\u00a6")  # the set format keeps '|' for its header fields
    said = {"nk-scoring": ("dangerous", "not dangerous"), "cd-file-aa": ("stated a credential", "not stated")}.get(key, ("found", "not found"))
    said = said[0] if label == P else said[1]
    return f"{TESTS[key]}: `{peer}` ({said}), {how}"


def check_repeats(here, pairs):
    """(name, value) pairs that repeat sets 1-15 (earlier_sets.check_repeats; token-like: not letters, '_' and blanks only)."""
    return earlier_sets.check_repeats(here, pairs, through=15, word_only=r"[A-Za-z_ ]+")

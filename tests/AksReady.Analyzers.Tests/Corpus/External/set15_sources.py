"""Shared by write_csharp_secrets_15.py and write_config_secrets_15.py: provenance, selection rules and the repeat check of
the fifteenth held-out secrets set, see README.md ('C# secrets, set 15' and 'Configuration files, set 15').

Built on 2026-11-27 from main 17200dd and committed before AKS2001/AKS2002/AKS2003 were run on it. Sources used in no
earlier set (grep of every set file, writer, setN_sources.py, peer-inputs.tsv and README.md for SonarJS, sonar-java,
sonar-python, sonar-php and each file path below, 2026-11-27: no hit; the earlier Sonar sources were sonar-dotnet's C#
S2068/S6418 tests and sonar-text's provider specifications):

- SonarSource/SonarJS (LGPL-3.0 until SonarSource moved it to the Sonar Source-Available License v1 (SSALv1); only short
  statements re-typed as C#, with provenance; no file is copied - contestable, as in sets 11-14), the JavaScript/TypeScript
  rules under packages/jsts/src/rules/: S2068 (no-hardcoded-passwords; unit.test.ts RuleTester: `invalid` cases
  positive, `valid` negative), S6418 (no-hardcoded-secrets; cb.fixture.ts, a comment-based fixture run with
  cb.options.json: `// Noncompliant` lines positive, the fixture's other statements with a literal negative), S6437
  (hard-coded credentials passed to known APIs; cb.fixture.ts: `// Noncompliant` positive, the `process.env` twins
  negative). Family `sonarjs-<rule>`.
- SonarSource/sonar-java (same licence note), java-checks-test-sources/default/src/main/java/checks/:
  HardCodedPasswordCheck.java (S2068) and HardCodedSecretCheck.java (S6418): `// Noncompliant` lines positive, the other
  statements with a literal (`// Compliant` or unannotated) negative. Family `sonar-java-<file stem>`.

Statements are re-typed as the C# statement with the peer's names and literal values (a local, a constant, a field, an
assignment, an `Equals` comparison, a `SetProperty(name, value)` call on a stub, a dictionary or Hashtable entry, an
anonymous object, an options initializer, an optional parameter's default, a call on a stub of the peer's library);
Java's `toCharArray()` stays `ToCharArray()`, JavaScript `??` stays `??`.

Selection rules. Left out: (a) lines the peer marks as a false negative or false positive ("Compliant, FN",
"false-negative", "Noncompliant, false-positive": HardCodedPasswordCheck's `passwordToString`, HardCodedSecretCheck's
`params5`, `variableE`/`variableF` text blocks, `variableNameWithSecretaryInIt`, `variableNameWithAuthorshipInIt`);
(b) lines whose label the peer gives only because another rule handles them ("Compliant, handled by S6437":
`DriverManager.getConnection(url, "root", "whateverpassword")`, `... PASSED)`, `new PasswordAuthentication("userName",
"1234".toCharArray())`; S6418's "URLs are reported by S2068 only" `http://user:123456@server.com/path`, which the S2068
test reports); (c) lines whose label depends on an option or a file path rather than the statement (S2068's
`L10n`-path valid case and its twin under a random path; S6418's custom secret word `yolo`), and lines with no .NET form
(S6418's `foo || '...'` default); (d) a statement whose C# form would repeat one already taken in the same test
(`let password = 'foo'` after `"foo"`, `env.put("password", "whateverpassword")` after `props.put`, the second
`array[0] = "xx"`); (e) SonarJS's S6418 cb.fixture.sample.ts (a port of sonar-java's HardCodedSecretCheck.java, the same
lines) and cb.fixture.custom.ts (a custom-word option), SonarJS's cb.default.fixture.ts (the first part of cb.fixture.ts
again); (f) sonar-python's S6418 fixture (python-checks/src/test/resources/checks/hotspots/hardcodedCredentialsEntropy.py@
9d0ddf3979fc9a3f1a0396942dcad27fa50169ee, read): the statements and values SonarJS's S6418 cb.fixture.ts was ported
from, so not taken again; sonar-python's S2068 fixture, sonar-php and sonar-java's S6437 test were not found in the
code-search index in the time available. Configuration forms are written only for named values (locals, constants,
fields, object members, dictionary entries, properties, URLs and connection strings under a neutral name); calls with
credential arguments (S6437), comparisons, concatenations, `ToCharArray()` conversions and environment reads are C#
only.

Every labelled value was checked against sets 1-14 (earlier_sets.check_repeats; check_repeats() in each writer): a case is
dropped when its value occurs in an earlier set file (a token-like value of 8 or more characters: not letters, '_' and
blanks only), or when it occurs there as the same `name = value` / `name: value` pair (case-insensitive, quotes
optional). The cases dropped that way are listed in DROPPED_AS_REPEATS (filled from the writers' SHOW_REPEATS=1 output);
both writers drop them and assert that none is left.
"""
import earlier_sets
from set12_sources import P, N  # noqa: F401  (re-exported for the set-15 writers)
from literals import cs_name, cs_string, yaml_scalar  # noqa: F401

_JS = "packages/jsts/src/rules/"
_JAVA = "java-checks-test-sources/default/src/main/java/checks/"
_FILES = {
    "js-s2068": ("SonarSource/SonarJS", _JS + "S2068/unit.test.ts", "0190e6057362a3b6010c2fcf48640644915491e9"),
    "js-s6418": ("SonarSource/SonarJS", _JS + "S6418/cb.fixture.ts", "0ed0c4bd0740ccc7cf15e2965dfa6c54d2e03c2f"),
    "js-s6437": ("SonarSource/SonarJS", _JS + "S6437/cb.fixture.ts", "0716089ccfa9bfb7840309a3c00cddbaefe716cd"),
    "java-pw": ("SonarSource/sonar-java", _JAVA + "HardCodedPasswordCheck.java", "a79d7f7f2d881c35808f51ee560fd7954acb8a82"),
    "java-secret": ("SonarSource/sonar-java", _JAVA + "HardCodedSecretCheck.java", "a79d7f7f2d881c35808f51ee560fd7954acb8a82"),
}
# Read with the fixtures: the options the S6418 comment-based fixture runs with.
OPTIONS = {"js-s6418": "SonarSource/SonarJS:" + _JS + "S6418/cb.options.json@aafc0dd78e896b4db1d532f4195f2cde59ffff82"}
SOURCES = {k: f"{repo}:{path}@{commit}" for k, (repo, path, commit) in _FILES.items()}

# (the writer, the case's note, the repeated pair, the earlier set file): filled from SHOW_REPEATS=1; the writers skip these.
DROPPED_AS_REPEATS = [
    ("csharp", 'sonar-java HardCodedPasswordCheck.java `String query5 = "password=%s";` (not reported), (1. string literal) as a local',
     ('query5', 'password=%s'), "csharp-secrets-11.txt (value)"),
    ("csharp", 'sonar-java HardCodedPasswordCheck.java `final String PASSWORD = "Password";` (not reported), as a local constant',
     ('PASSWORD', 'Password'), "config-secrets-2.txt (name and value)"),
    ("csharp", 'sonar-java HardCodedPasswordCheck.java `String password = "123";` (Noncompliant), (4.1) as a local',
     ('password', '123'), "config-secrets-5.txt (name and value)"),
    ("csharp", 'sonar-java HardCodedPasswordCheck.java `if(password.equals("X")) { }` (not reported), (4.1 equals) as an Equals comparison with a parameter',
     ('password', 'X'), "csharp-secrets-8.txt (name and value)"),
    ("csharp", 'sonar-java HardCodedPasswordCheck.java `if(password.equals("password")) { }` (not reported), (4.1 equals) as an Equals comparison with a parameter',
     ('password', 'password'), "config-secrets-2.txt (name and value)"),
    ("csharp", 'sonar-java HardCodedPasswordCheck.java `if("password".equals(password)) { }` (not reported), (4.1 equals) as an Equals comparison with a parameter',
     ('password', 'password'), "config-secrets-2.txt (name and value)"),
    ("csharp", 'sonar-java HardCodedPasswordCheck.java `myA.setProperty("password", "password");` (not reported), (4.3) as a stub call',
     ('password', 'password'), "config-secrets-2.txt (name and value)"),
    ("csharp", 'sonar-java HardCodedSecretCheck.java `String secret008 = "0123456789abcdef0";` (Noncompliant), (2. variable declaration) as a local',
     ('secret008', '0123456789abcdef0'), "config-secrets-6.txt (value)"),
    ("csharp", 'sonar-java HardCodedSecretCheck.java `String secret009 = "012345678901234567890123456789";` (Noncompliant), (2. variable declaration) as a local',
     ('secret009', '012345678901234567890123456789'), "csharp-secrets-12.txt (value)"),
    ("csharp", 'sonar-java HardCodedSecretCheck.java `myA.setProperty("secret", "secret");` (not reported), (4.2) as a stub call',
     ('secret', 'secret'), "config-secrets-7.txt (name and value)"),
    ("csharp", 'SonarJS S2068 unit.test.ts `invalid (options [\'secret\']): let secret = "foo"` (Noncompliant), as a local',
     ('secret', 'foo'), "config-secrets-8.txt (name and value)"),
    ("csharp", "SonarJS S6418 cb.fixture.ts `const safe = condition ? 'not-a-secret' : 'also-not-a-secret';` (not reported), as a conditional expression",
     ('safe', 'not-a-secret'), "config-secrets-7.txt (value)"),
    ("csharp", "SonarJS S6437 cb.fixture.ts `const dh = crypto.createDiffieHellman(512); dh.setPrivateKey('0123456789abcdef0123456789abcdef');` (Noncompliant), as a stub call",
     ('', '0123456789abcdef0123456789abcdef'), "config-secrets-6.txt (value)"),
    ("csharp", "SonarJS S6437 cb.fixture.ts `const ecdh = crypto.createECDH('secp256k1'); ecdh.setPrivateKey('abcdef0123456789abcdef0123456789');` (Noncompliant), as a stub call",
     ('', 'abcdef0123456789abcdef0123456789'), "config-secrets-6.txt (value)"),
    ("csharp", "SonarJS S6437 cb.fixture.ts `const creds = 'user:pass'; superagent.auth(creds);` (Noncompliant), as a local handed to a stub call",
     ('creds', 'user:pass'), "config-secrets-6.txt (value)"),
]


def family(source):
    """Source family for the per-source figures: sonarjs-<rule> or sonar-java-<file stem>."""
    if source.startswith("SonarSource/SonarJS:"):
        return "sonarjs-" + source.split("/rules/")[1].split("/")[0]
    if source.startswith("SonarSource/sonar-java:"):
        return "sonar-java-" + source.split(":")[1].split("@")[0].rsplit("/", 1)[1].split(".")[0]
    raise ValueError(source)


def sq(key, peer, label, how):
    """A note: the peer test, the peer statement (shortened), the peer's label and the .NET shape."""
    peer = peer.replace("|", "\u00a6")  # the set format keeps '|' for its header fields
    tool = {"js-s2068": "SonarJS S2068 unit.test.ts", "js-s6418": "SonarJS S6418 cb.fixture.ts", "js-s6437": "SonarJS S6437 cb.fixture.ts",
            "java-pw": "sonar-java HardCodedPasswordCheck.java", "java-secret": "sonar-java HardCodedSecretCheck.java"}[key]
    said = "Noncompliant" if label == P else "not reported"
    return f"{tool} `{peer}` ({said}), {how}"


def check_repeats(here, pairs):
    """(name, value) pairs that repeat sets 1-14 (earlier_sets.check_repeats; token-like: not letters, '_' and blanks only)."""
    return earlier_sets.check_repeats(here, pairs, through=14, word_only=r"[A-Za-z_ ]+")


# sonar-java HardCodedSecretCheck.java: its secretNNN / ip_secret / secretConst declarations (name, value, label), read by
# both set-15 writers (the configuration writer among its other HardCodedSecretCheck values).
SECRET_CHECK_DECLARATIONS = (
    ("secret001", "sk_live_xf2fh0Hu3LqXlqqUg2DEWhEz", P), ("secret002", "examples/commit/16ad89c4172c259f15bce56e", N),
    ("secret003", "examples/commit/8e1d746900f5411e9700fea0", P), ("secret004", "examples/commit/revision/469001e9700fea0", N),
    ("secret005", "xml/src/main/java/org/xwiki/xml/html/file", N), ("secret006", "abcdefghijklmnop", N), ("secret007", "abcdefghijklmnopq", P),
    ("secret008", "0123456789abcdef0", P), ("secret009", "012345678901234567890123456789", P), ("secret010", "abcdefghijklmnopabcdefghijkl", P),
    ("secret011", "012345670123456701234567012345", N), ("secret012", "012345678012345678012345678012", P), ("secret013", "234.167.076.123", N),
    ("ip_secret1", "bfee:e3e1:9a92:6617:02d5:256a:b87a:fbcc", N), ("ip_secret2", "2001:db8:1::ab9:C0A8:102", N), ("ip_secret3", "::ab9:C0A8:102", N),
    ("secret015", "org.apache.tomcat.util.buf.UDecoder.ALLOW_ENCODED_SLASH", N), ("secret016", "bot123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11", P),
    ("secret017", "012&345678012345678012345&678012", P), ("secret018", "&12&345678012345678012345&67801&", P),
    ("secretConst", "Secret_0123456789012345678", P), ("secrets", "secret_0123456789012345678", P),
)

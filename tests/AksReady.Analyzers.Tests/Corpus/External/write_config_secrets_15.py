#!/usr/bin/env python3
"""Writes config-secrets-15.txt: the fifteenth held-out AKS2003 set, see README.md ('Configuration files, set 15').

Built with C# set 15 (same day, base commit 17200dd, sources and selection rules; provenance in set15_sources.py) and
committed with its wiring before AKS2003 ran on it. Shapes are set 12's, made by set 12's own helpers
(write_config_secrets_12.py, imported and re-pointed at set 15 by set13_sources.set13_helpers), plus `cfg()` below for
objects with several labelled members:

- a named value (a local, a constant, a field, a `setProperty(name, value)` / `props.put(name, value)` pair) becomes one
  member with the peer's name, alternately appsettings.json and config.yaml (alternating separately for positives and
  negatives); `setProperty`/`put` pairs sit under a `properties` section;
- an object literal (`{ user: "foo", passwd: "bar" }`, `someObject`, `objectWithStringKeys`) becomes the same members in
  one file (the members the peer reports labelled, the rest the rest-of-file unit);
- a URL of the peer's `urls` array becomes a one-element `urls` list, alternately JSON and YAML; a JDBC URL handed to
  `DriverManager.getConnection` a `ConnectionStrings` member.

Taken for configuration (fewer than the C# cases, to keep the set near its target size; the rule is fixed, not chosen by
outcome): every named value of the SonarJS S2068 and S6418 tests; from HardCodedPasswordCheck.java the string literals
of section 1 (the `?`, `:`, `%s` and `anonymous` placeholder forms once each, two of the `anonymous` separator forms), all
URLs of section 1.2, the declarations of section 2 and the `setProperty`/`put` pairs of section 4; from
HardCodedSecretCheck.java the secret words in query strings, the entropy/format declarations (`secret001`-`secret018`,
`secretConst`, `secrets`), the `=`/backslash forms without control characters and three of the characters-outside-the-
alphabet forms. Calls with credential arguments (S6437), comparisons, concatenations, `toCharArray()` conversions, field
assignments and environment reads are C# only. Values repeating an earlier set (the C# writer's list plus the pairs
below) are dropped the same way.
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from set15_sources import SOURCES, P, N, family, check_repeats, sq, DROPPED_AS_REPEATS, SECRET_CHECK_DECLARATIONS  # noqa: E402
from set13_sources import set13_helpers  # noqa: E402
from config_set_writer import js, write_config_set  # noqa: E402
import write_config_secrets_12 as c12  # noqa: E402

set13_helpers(c12, SOURCES, "CASES", "PAIRS")
c12.turn.update({P: 0, N: 0})
CASES, PAIRS = c12.CASES, c12.PAIRS
J, Y = c12.J, c12.Y
_DROP = {pair for writer, _, pair, _ in DROPPED_AS_REPEATS}


def cfg(label, key, peer, pairs, secrets=(), section=None, how="the members"):
    """(name, value) members in one file, JSON or YAML alternately; `secrets` are the labelled members of a positive (for a
    negative, the members its repeat check looks at)."""
    values = dict(pairs)
    if any((s, values[s]) in _DROP for s in secrets):
        return
    fmt = J if c12.turn[label] % 2 == 0 else Y
    c12.turn[label] += 1
    content, at = (c12.json_file if fmt == J else c12.yaml_file)(pairs, section)
    where = "as appsettings.json members" if fmt == J else "as YAML members"
    if section:
        where += f" under `{section}`"
    secret = " ".join(str(at[s]) for s in secrets) if label == P else "none"
    c12.add(fmt, secret, SOURCES[key], sq(key, peer, label, f"{how}, {where}"), content)
    PAIRS.extend((s, values[s]) for s in secrets)


def one(label, key, peer, name, value, section=None, how="the value under the peer's name"):
    cfg(label, key, peer, [(name, value)], [name], section, how)


def url(label, key, peer, value):
    """One element of the peer's `urls` array as a one-element list, JSON or YAML alternately."""
    if ("", value) in _DROP:
        return
    fmt = J if c12.turn[label] % 2 == 0 else Y
    c12.turn[label] += 1
    content = '{\n  "urls": [\n    ' + js(value) + "\n  ]\n}" if fmt == J else "urls:\n  - " + c12.yaml_scalar(value)
    c12.add(fmt, ("3" if fmt == J else "2") if label == P else "none", SOURCES[key],
            sq(key, peer, label, "a `urls` list element, as " + ("appsettings.json" if fmt == J else "config.yaml")), content)
    PAIRS.append(("", value))


# ---- sonar-java HardCodedPasswordCheck.java ----
K = "java-pw"
for name, value, label in (("variable2", "login=a&password=xxx", P), ("variable3", "login=a&passwd=xxx", P), ("variable4", "login=a&pwd=xxx", P),
                           ("variable5", "login=a&password=", N), ("params", "user=admin&password=Password123", P),
                           ("sqlserver", "pgsql:host=localhost port=5432 dbname=test user=postgres password=postgres", P),
                           ("query1", "password=?hard-to-find", N), ("query2", "password=:password", N), ("query5", "password=%s", N),
                           ("query1_3", "password=anonymous", N), ("inPasswordConstant", "user=admin&password=Password123", N),
                           ("query10", "password=something&user=user", P), ("query11", "password=anonymous&user=user", N),
                           ("query12", "password=anonymous user=user", N), ("query15", "password=something&user=user%s", P),
                           ("query16", "passwordProtected password=:notAPassword", N)):
    one(label, K, f'String {name} = "{value}";', name, value)
for value, label in (("http://user:123456@server.com/path", P), ("ftp://anonymous:anonymous@wustl.edu", N), ("ftp://:anonymous@wustl.edu", P),
                     ("http://admin:admin@server.com/path", N), ("http://user:@server.com/path", N), ("http://user@server.com/path", N),
                     ("https://server:80/path", N), ("http://server.com/path", N), ("http://:123456@server.com/path", P),
                     ("HTTPS://:token0932448209@server.com", P), ("https://invalid::url::format", N), ("too-long-url-scheme://user:123456@server.com", N)):
    url(label, K, f'String[] urls = {{ "{value}" }};', value)
one(P, K, 'final String MY_PASSWORD = "1234";', "MY_PASSWORD", "1234")
for name in ("variableNameWithPasswordInIt", "variableNameWithPassphraseInIt", "variableNameWithPasswdInIt", "variableNameWithPwdInIt"):
    one(P, K, f'String {name} = "xxx";', name, "xxx")
for name, value in (("variableNameWithPasswordInItEmpty", ""), ("variableNameWithPasswordInItOneChar", "X"), ("variableNameWithPasswordInItAnonymous", "anonymous"),
                    ("passwordConst", "Password"), ("pwds", "pwd"), ("PASSWORD", "Password"), ("PASSWORD_INPUT", "[id='password']"),
                    ("PASSWORD_PROPERTY", "custom.password"), ("TRUSTSTORE_PASSWORD", "trustStorePassword"), ("CONNECTION_PASSWORD", "connection.password"),
                    ("RESET_PASSWORD", "/users/resetUserPassword"), ("CA_PASSWORD", "ca-password")):
    one(N, K, f'String {name} = "{value}";', name, value)
for name, value, label in (("password", "xxxxx", P), ("passwd", "xxxxx", P), ("pwd", "xxxxx", P), ("pwd", "X", N), ("pwd", "anonymous", N),
                           ("xxxxx", "password", N), ("password", "password", N), ("password", "pwd", N)):
    one(label, K, f'myA.setProperty("{name}", "{value}");', name, value, section="properties", how="the pair")
one(P, K, 'props.put("java.naming.security.credentials", "1234");', "java.naming.security.credentials", "1234", section="properties", how="the pair")
one(N, K, 'props.put("password", "whateverpassword"); // Compliant', "password", "whateverpassword", section="properties", how="the pair")
one(P, K, 'DriverManager.getConnection("jdbc:db2://myhost:5021/mydb:user=dbadm;password=foo");', "Default", "jdbc:db2://myhost:5021/mydb:user=dbadm;password=foo",
    section="ConnectionStrings", how="the URL as a connection string")
one(N, K, 'DriverManager.getConnection("jdbc:mysql://xxx/");', "Default", "jdbc:mysql://xxx/", section="ConnectionStrings", how="the URL as a connection string")

# ---- sonar-java HardCodedSecretCheck.java ----
K = "java-secret"
AB = "abcdefghijklmnopqrs"
for name, value, label in ((("variable2", "login=a&secret=" + AB, P), ("variable3", "login=a&token=" + AB, P), ("variable4", "login=a&api_key=" + AB, P),
                           ("variable5", "login=a&api.key=" + AB, P), ("variable6", "login=a&api-key=" + AB, P), ("variable7", "login=a&credential=" + AB, P),
                           ("variable8", "login=a&auth=" + AB, P), ("variableB", "secret=&login=" + AB, N),
                           ("variableC", "Okapi-key=42, Okapia Johnstoni, Forest/Zebra Giraffe", N),
                           ("variableD", "gran-papi-key=Known by everybody in the world like PWD123456", N),
                           ("params1", "user=admin&secret=Secret0123456789012345678", P),
                           ("sqlserver1", "pgsql:host=localhost port=5432 dbname=test user=postgres secret=" + AB, P),
                           ("sqlserver2", "pgsql:host=localhost port=5432 dbname=test secret=no user=" + AB, N),
                           ("params3", "token=" + AB + " user=admin", P), ("params4", "token=" + AB + "&user=admin", P), ("params6", "token=123456:" + AB, P))
                          + SECRET_CHECK_DECLARATIONS
                          + (("secretWithBackSlashes5", "\\" + AB, N), ("secretWithBackSlashes6", AB + "\\", N), ("secretWithBackSlashes7", "=" + AB, N),
                           ("secretWithBackSlashes8", AB + "=", P), ("secretWithBackSlashes9", AB + "==", P), ("secretWithBackSlashes10", "abcdefghij=klmnopqrs", P),
                           ("OkapiKeyboard", "what a strange QWERTY keyboard for animals", N), ("okApiKeyValue", "Spaces are UNEXPECTED 012 345 678", N),
                           ("tokenism", "(Queen's Partner's Stored Knowledge is a Minimal Sham)", N))):
    one(label, K, f"String {name} = {js(value)};", name, value)

# ---- SonarJS S2068 unit.test.ts ----
K = "js-s2068"
one(N, K, 'valid: let password = ""', "password", "")
one(P, K, 'invalid: let password = "foo";', "password", "foo")
one(P, K, 'invalid: let my_pwd; my_pwd = "foo";', "my_pwd", "foo")
cfg(P, K, 'invalid: let credentials = { user: "foo", passwd: "bar" };', [("user", "foo"), ("passwd", "bar")], ["passwd"], section="credentials",
    how="the object's members")
one(P, K, 'invalid: let url = "https://example.com?password=hl2OAIXXZ60";', "url", "https://example.com?password=hl2OAIXXZ60")
one(P, K, "invalid (options ['secret']): let secret = \"foo\"", "secret", "foo")
one(P, K, "invalid (options ['token']): let url = \"https://example.com?token=hl2OAIXXZ60\";", "url", "https://example.com?token=hl2OAIXXZ60")

# ---- SonarJS S6418 cb.fixture.ts ----
K = "js-s6418"
RF = "rf6acB24J//1FZLRrKpjmBUYSnUX5CHlt/iD5vVVcgVuAIOB6hzcWjDnv16V6hDLevW0Qs4hKPbP1M4YfuDI16sZna1/VGRLkAbTk6xMPs4epH6A3ZqSyyI-H92y"
LOW = "rf6acB24J//1FZLRrKpjmBUYSnUX5CHlt/iD5vVaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
S = "1IfHMPanImzX8ZxC-Ud6+YhXiLwlXq$f_-3v~.="
S2 = "1IfHMPanImzX8ZxC-Ud6+YhXiLwlXq$f_-3v.~="
one(P, K, f"const token = '{RF[:20]}...'", "token", RF)
one(N, K, "let api_key = 'not enough entropy'", "api_key", "not enough entropy")
one(N, K, f"function entropyTooLow() {{ const token = '{LOW[:40]}aaaa...' }}", "token", LOW)
one(P, K, f"class MyClass {{ secret = '{S}' }}", "secret", S, section="MyClass", how="the field")
cfg(P, K, f"const someObject = {{ secret: '{S}', not_a_problem: 'not_a_secret', 42: 'forty-two' }}",
    [("secret", S), ("not_a_problem", "not_a_secret"), ("42", "forty-two")], ["secret"], section="someObject", how="the object's members")
cfg(P, K, f"let nothing = 1, secret = '{S2}', nothing_else = 2;", [("nothing", "1"), ("secret", S2), ("nothing_else", "2")], ["secret"],
    how="the three variables (numbers as strings)")
cfg(P, K, f"const objectWithStringKeys = {{ 'api-key': '{S}', 'auth-token': '{S}', 'not-secret': 'some-value' }}",
    [("api-key", S), ("auth-token", S), ("not-secret", "some-value")], ["api-key", "auth-token"], section="objectWithStringKeys", how="the object's members")


def repointed(sources, note, dropped):
    """Re-point this writer's shapes at a later set (16, 17) whose values come from its C# writer: its cases and repeat-check
    pairs, the J/Y formats, one(), cfg() and listed() (one value as a one-element list named after the peer's name, JSON
    or YAML alternately). This module's own cases are left behind."""
    global SOURCES, sq, _DROP
    set13_helpers(c12, sources, "CASES", "PAIRS")
    c12.turn.update({P: 0, N: 0})
    SOURCES, sq, _DROP = sources, note, {pair for _, _, pair, _ in dropped}

    def listed(label, key, peer, name, value):
        if ("", value) in _DROP:
            return
        fmt = c12.J if c12.turn[label] % 2 == 0 else c12.Y
        c12.turn[label] += 1
        content = "{\n  " + js(name) + ": [\n    " + js(value) + "\n  ]\n}" if fmt == c12.J else f"{name}:\n  - " + c12.yaml_scalar(value)
        c12.add(fmt, ("3" if fmt == c12.J else "2") if label == P else "none", sources[key],
                note(key, peer, label, f"a `{name}` list element, as " + ("appsettings.json" if fmt == c12.J else "config.yaml")), content)
        c12.PAIRS.append(("", value))

    return c12.CASES, c12.PAIRS, c12.J, c12.Y, one, cfg, listed


if __name__ == "__main__":
    repeats = check_repeats(HERE, PAIRS)
    assert not repeats, repeats
    write_config_set(
        CASES,
        "config-secrets-15.txt",
        "# Held-out AKS2003 set 15: SonarSource/SonarJS's S2068 and S6418 tests and sonar-java's HardCodedPasswordCheck and "
        "HardCodedSecretCheck fixtures (sources not used in sets 1-14), labelled by what the peer asserts before AKS2003 ran on them.",
        "# Format: README.md ('Configuration files, set 15'). Written by write_config_secrets_15.py (provenance and selection rules in set15_sources.py).",
        family=family,
        check_json=True,
    )

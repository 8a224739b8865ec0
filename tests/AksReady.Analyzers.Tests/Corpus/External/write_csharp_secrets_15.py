#!/usr/bin/env python3
"""Writes csharp-secrets-15.txt: the fifteenth held-out C# secrets set (AKS2001/AKS2002), see README.md ('C# secrets, set 15').

Built on 2026-11-27 from main 17200dd and committed with its measuring test before the rules were run on it (a blind
figure for the rules of 17200dd). Sources used in no earlier set: SonarSource/SonarJS's S2068, S6418 and S6437 tests and
sonar-java's HardCodedPasswordCheck (S2068) and HardCodedSecretCheck (S6418) fixtures. Selection rules, provenance and the
repeat check are in set15_sources.py. Each peer statement is re-typed as the C# statement with the peer's names and
literal values (case builders of csharp_set_writer.py); the peer's library calls become calls on the stubs below.

Labels are the peer's (`// Noncompliant` / RuleTester `invalid` positive; the other statements with a literal negative),
written before AKS2001/AKS2002 ran on the set.
"""
import os
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from set15_sources import SOURCES, P, N, family, check_repeats, sq, cs_string, cs_name, DROPPED_AS_REPEATS, SECRET_CHECK_DECLARATIONS  # noqa: E402
from csharp_set_writer import peer_case_builders, write_checked_set  # noqa: E402

CASES = []
PAIRS = []  # (name, value) of every labelled value, for the repeat check
CASE_PAIRS = []  # (case index, pairs) to name the case a repeat comes from
ENV = "System.Environment.GetEnvironmentVariable"
DICT = "System.Collections.Generic.Dictionary<string, string>"
_DROP = {note for writer, note, _, _ in DROPPED_AS_REPEATS if writer == "csharp"}
L, M, _ = peer_case_builders(CASES, PAIRS, CASE_PAIRS, SOURCES, sq, _DROP, "")


def decl(label, key, name, value, peer=None, java_type="String", how="as a local", const=False):
    """`String name = "value";` as a C# local (a `final` one as a local constant)."""
    lit = cs_string(value)
    peer = peer or f'{"final " if const else ""}{java_type} {name} = "{value}";'
    ident = "@" + name if name in ("params",) else cs_name(name)  # a C# keyword as a verbatim identifier
    L(label, key, peer, how if not const else "as a local constant", f"{'const ' if const else ''}string {ident} = {lit};", [(name, value)])


# =====================================================================================================================
# sonar-java HardCodedPasswordCheck.java (S2068)
# =====================================================================================================================
K = "java-pw"
for name, value, label in (("variable2", "login=a&password=xxx", P), ("variable3", "login=a&passwd=xxx", P), ("variable4", "login=a&pwd=xxx", P),
                           ("variable5", "login=a&password=", N), ("variable6", "login=a&password= ", N),
                           ("params", "user=admin&password=Password123", P),
                           ("sqlserver", "pgsql:host=localhost port=5432 dbname=test user=postgres password=postgres", P),
                           ("query1", "password=?hard-to-find", N), ("query1_1", "password=???", N), ("query7", '"password="', N),
                           ("query2", "password=:password", N), ("query3", "password=:param", N), ("query5", "password=%s", N),
                           ("query6", 'password="%s"', N), ("query1_2", "password=X", N), ("query1_3", "password=anonymous", N),
                           ("inPasswordConstant", "user=admin&password=Password123", N),
                           ("query10", "password=something&user=user", P), ("query11", "password=anonymous&user=user", N),
                           ("query17", "password=anonymous,user=user", N), ("query18", "password=anonymous|user=user", N),
                           ("query12", "password=anonymous user=user", N), ("query121", "password=anonymous;user=user", N),
                           ("query122", "password=anonymous#user=user", N),
                           ("query15", "password=something&user=user%s", P), ("query16", "passwordProtected password=:notAPassword", N)):
    decl(label, K, name, value, peer=f'String {name} = {cs_string(value)};', how="(1. string literal) as a local")
L(N, K, "String query13 = \"password=anonymous\\tuser=user\";", "(1. string literal) as a local", 'string query13 = "password=anonymous\\tuser=user";',
  [("query13", "password=anonymous\tuser=user")])
L(N, K, "String query14 = \"password=anonymous\\nuser=user\";", "(1. string literal) as a local", 'string query14 = "password=anonymous\\nuser=user";',
  [("query14", "password=anonymous\nuser=user")])
M(N, K, "void a(char[] pwd, ...) { String query4 = \"password='\" + pwd + \"'\"; }", "(not hard-coded) as a concatenation with a parameter",
  "void A(char[] pwd)\n{\n    string query4 = \"password='\" + new string(pwd) + \"'\";\n}")
for value, label, remark in (("http://user:123456@server.com/path", P, ""), ("ftp://anonymous:anonymous@wustl.edu", N, " // OK, user == password"),
                             ("ftp://:anonymous@wustl.edu", P, ""), ("http://admin:admin@server.com/path", N, " // OK, user == password"),
                             ("http://user:@server.com/path", N, " // OK, password is empty"), ("http://user@server.com/path", N, " // OK, no password"),
                             ("https://server:80/path", N, " // OK, no user and password"), ("http://server.com/path", N, " // OK, no user and password"),
                             ("http://:123456@server.com/path", P, ""), ("HTTPS://:token0932448209@server.com", P, ""),
                             ("https://invalid::url::format", N, " (unannotated)"), ("too-long-url-scheme://user:123456@server.com", N, " (unannotated)")):
    L(label, K, f'String[] urls = {{ "{value}",{remark} }};', "(1.2 URLs) as a string array element", f"string[] urls =\n{{\n    {cs_string(value)},\n}};", [("", value)])
decl(P, K, "MY_PASSWORD", "1234", const=True)
for name in ("variableNameWithPasswordInIt", "variableNameWithPassphraseInIt", "variableNameWithPasswdInIt", "variableNameWithPwdInIt"):
    decl(P, K, name, "xxx", how="(2. variable declaration) as a local")
L(P, K, 'char[] passwordToChar = "SuperSecure".toCharArray();', "as a local char array", 'char[] passwordToChar = "SuperSecure".ToCharArray();',
  [("passwordToChar", "SuperSecure")])
decl(N, K, "variableNameWithPasswordInItEmpty", "", how="(2. variable declaration) as a local")
decl(N, K, "variableNameWithPasswordInItOneChar", "X", how="(2. variable declaration) as a local")
L(N, K, 'char[] smallPasswordToChar = "x".toCharArray();', "as a local char array", 'char[] smallPasswordToChar = "x".ToCharArray();', [("smallPasswordToChar", "x")])
decl(N, K, "variableNameWithPasswordInItAnonymous", "anonymous", how="(2. variable declaration) as a local")
decl(N, K, "passwordConst", "Password", how="(2. a password word as the value) as a local")
decl(N, K, "pwds", "pwd", how="(2. a password word as the value) as a local")
for name, value in (("PASSWORD", "Password"), ("PASSWORD_INPUT", "[id='password']"), ("PASSWORD_PROPERTY", "custom.password"),
                    ("TRUSTSTORE_PASSWORD", "trustStorePassword"), ("CONNECTION_PASSWORD", "connection.password"), ("RESET_PASSWORD", "/users/resetUserPassword"),
                    ("RESET_PWD", "/users/resetUserPassword")):
    decl(N, K, name, value, const=True)
L(N, K, 'char[] passwordToChar2 = "password".toCharArray();', "as a local char array", 'char[] passwordToChar2 = "password".ToCharArray();', [("passwordToChar2", "password")])
L(N, K, 'char[] passwordToChar3 = "http-password".toCharArray();', "as a local char array", 'char[] passwordToChar3 = "http-password".ToCharArray();',
  [("passwordToChar3", "http-password")])
L(N, K, 'String passwordToString2 = "http-password".toString();', "as a local", 'string passwordToString2 = "http-password".ToString();', [("passwordToString2", "http-password")])
M(N, K, 'String CA_PASSWORD = "ca-password"; String caPassword = CA_PASSWORD;', "as a field and a local copying it",
  'string CA_PASSWORD = "ca-password";\n\nvoid Run()\n{\n    string caPassword = CA_PASSWORD;\n}', [("CA_PASSWORD", "ca-password")])
FIELD = "string fieldNameWithPasswordInIt = RetrievePassword();\n\nstatic string RetrievePassword() => null;\n\nvoid Run()\n{\n    %s\n}"
for stmt, label, how in (('fieldNameWithPasswordInIt = "xx";', P, "(3. assignment) as a field assigned"), ('this.fieldNameWithPasswordInIt = "xx";', P, "(3. assignment) as a field assigned through this"),
                         ('fieldNameWithPasswordInIt = "X";', N, "(3. assignment) as a field assigned"), ('fieldNameWithPasswordInIt = "anonymous";', N, "(3. assignment) as a field assigned"),
                         ("fieldNameWithPasswordInIt = retrievePassword();", N, "(not hard-coded) as a field assigned a call"),
                         ('fieldNameWithPasswordInIt = "password";', P, "(3. assignment, a password word as the value) as a field assigned")):
    value = stmt.split('"')[1] if '"' in stmt else ""
    M(label, K, stmt, how, FIELD % stmt.replace("retrievePassword", "RetrievePassword"), [("fieldNameWithPasswordInIt", value)] if value else [])
L(N, K, 'String variable1 = "blabla"; variable1 = "xx";', "(3. not a password name) as a local assigned", 'string variable1 = "blabla";\nvariable1 = "xx";', [("variable1", "xx")])
L(P, K, 'char[] passphrase = "whatever".toCharArray();', "as a local char array", 'char[] passphrase = "whatever".ToCharArray();', [("passphrase", "whatever")])
PASSPHRASE = 'char[] passphrase = null;\npassphrase = %s.ToCharArray();'
L(P, K, 'passphrase = "whatever".toCharArray();', "as a char array assigned", PASSPHRASE % '"whatever"', [("passphrase", "whatever")])
M(P, K, 'private static final String PASSED = "passed"; passphrase = PASSED.toCharArray();', "as a constant converted and assigned",
  'private const string PASSED = "passed";\n\nvoid Run()\n{\n    char[] passphrase = null;\n    passphrase = PASSED.ToCharArray();\n}', [("PASSED", "passed")])
for value in ("", "X", "anonymous"):
    L(N, K, f'passphrase = "{value}".toCharArray();', "as a char array assigned", PASSPHRASE % cs_string(value), [("passphrase", value)])
decl(P, K, "password", "123", how="(4.1) as a local")
EQ = "void Check(string password)\n{\n    if (%s)\n    {\n    }\n}"
for cond, label in (('password.equals("whatever")', P), ('"whatever".equals(password)', P), ('password.equals("X")', N), ('password.equals("")', N),
                    ('"".equals(password)', N), ('password.equals("anonymous")', N), ('password.equals("password")', N), ('"password".equals(password)', N),
                    ('password.equals("password-1234")', N), ("password.equals(null)", N)):
    value = cond.split('"')[1] if '"' in cond else ""
    M(label, K, f"if({cond}) {{ }}", "(4.1 equals) as an Equals comparison with a parameter", EQ % cond.replace("equals", "Equals"), [("password", value)] if value else [])
M(P, K, 'private static final String PASSED = "passed"; if(PASSED.equals(password)) { }', "(4.1 equals) as a constant compared with a parameter",
  'private const string PASSED = "passed";\n\n' + EQ % "PASSED.Equals(password)", [("PASSED", "passed")])
M(N, K, 'private static final String EMPTY = ""; if(password.equals(EMPTY)) { }', "(4.1 equals) as a parameter compared with an empty constant",
  'private const string EMPTY = "";\n\n' + EQ % "password.Equals(EMPTY)", [])
M(N, K, 'java.sql.Connection conn = DriverManager.getConnection("jdbc:mysql://xxx/", "root", var);', "(4.2, not hard-coded) as a stub call with a parameter",
  'void Connect(string var)\n{\n    var conn = DriverManager.GetConnection("jdbc:mysql://xxx/", "root", var);\n}', [])
L(N, K, 'conn = DriverManager.getConnection("jdbc:mysql://xxx/");', "(4.2) as a stub call", 'var conn = DriverManager.GetConnection("jdbc:mysql://xxx/");', [("", "jdbc:mysql://xxx/")])
L(P, K, 'conn = DriverManager.getConnection("jdbc:db2://myhost:5021/mydb:user=dbadm;password=foo");', "(4.2) as a stub call",
  'var conn = DriverManager.GetConnection("jdbc:db2://myhost:5021/mydb:user=dbadm;password=foo");', [("", "jdbc:db2://myhost:5021/mydb:user=dbadm;password=foo")])
SETP = "var myA = new A();\nmyA.SetProperty(%s, %s);"
for name, value, label in (('"password"', '"xxxxx"', P), ('"passwd"', '"xxxxx"', P), ('"pwd"', '"xxxxx"', P), ('"pwd"', '"X"', N), ('"pwd"', '"anonymous"', N),
                           ('"password"', "new object()", N), ('"xxxxx"', '"password"', N), ('"password"', '"password"', N), ('"password"', '"pwd"', N), ("12", '"xxxxx"', N)):
    peer_value = value.replace("new object()", "new Object()")
    pairs = [(name.strip('"'), value.strip('"'))] if value.startswith('"') and name.startswith('"') else []
    L(label, K, f"myA.setProperty({name}, {peer_value});", "(4.3) as a stub call", SETP % (name, value), pairs)
L(P, K, 'myA.setProperty("something", "else").setProperty("password", "xxxxx");', "(4.3) as a chained stub call",
  'var myA = new A();\nmyA.SetProperty("something", "else").SetProperty("password", "xxxxx");', [("password", "xxxxx")])
PROPS = "var props = new System.Collections.Hashtable();\nprops.Add(%s, %s);"
L(P, K, 'java.util.Properties props = new java.util.Properties(); props.put(Context.SECURITY_CREDENTIALS, "1234");', "as a Hashtable entry under a stub constant",
  PROPS % ("Context.SECURITY_CREDENTIALS", '"1234"'), [("SECURITY_CREDENTIALS", "1234")])
L(P, K, 'props.put("java.naming.security.credentials", "1234");', "as a Hashtable entry", PROPS % ('"java.naming.security.credentials"', '"1234"'),
  [("java.naming.security.credentials", "1234")])
L(N, K, 'props.put("password", "whateverpassword"); // Compliant', "as a Hashtable entry", PROPS % ('"password"', '"whateverpassword"'), [("password", "whateverpassword")])
ENVT = f"var env = new {DICT}();\nenv.Add(%s, %s);"
L(P, K, 'java.util.Hashtable<String, String> env = new java.util.Hashtable<>(); env.put(Context.SECURITY_CREDENTIALS, "1234");', "as a dictionary entry under a stub constant",
  ENVT % ("Context.SECURITY_CREDENTIALS", '"1234"'), [("SECURITY_CREDENTIALS", "1234")])
L(N, K, 'env.put("", "1234");', "as a dictionary entry", ENVT % ('""', '"1234"'), [("", "1234")])
L(N, K, 'env.put(Context.SECURITY_CREDENTIALS, "");', "as a dictionary entry under a stub constant", ENVT % ("Context.SECURITY_CREDENTIALS", '""'), [])
L(N, K, 'env.put("password", OtherPasswordAuthentication.get());', "(not hard-coded) as a dictionary entry from a stub call",
  ENVT % ('"password"', "OtherPasswordAuthentication.Get()"), [])
M(N, K, 'pa = new PasswordAuthentication("userName", var.toCharArray());', "(5., not hard-coded) as a stub constructor with a parameter",
  'void Login(string var)\n{\n    var pa = new PasswordAuthentication("userName", var.ToCharArray());\n}')
M(N, K, 'pa = new PasswordAuthentication("userName", pwd); // Compliant', "(5.) as a stub constructor with a parameter",
  'void Login(char[] pwd)\n{\n    var pa = new PasswordAuthentication("userName", pwd);\n}')
M(N, K, 'pa = new PasswordAuthentication("userName", getPwd(var)); // Compliant', "(5.) as a stub constructor with a call",
  'static char[] GetPwd(string s) => null;\n\nvoid Login(string var)\n{\n    var pa = new PasswordAuthentication("userName", GetPwd(var));\n}')
L(N, K, 'opa = new OtherPasswordAuthentication("userName", "1234".toCharArray()); // Compliant', "(5., a type the rule does not know) as a stub constructor",
  'var opa = new OtherPasswordAuthentication("userName", "1234".ToCharArray());', [("", "1234")])
L(N, K, 'String[] array = {}; array[0] = "xx";', "as an array element assigned", 'string[] array = new string[1];\narray[0] = "xx";', [("", "xx")])

# =====================================================================================================================
# sonar-java HardCodedSecretCheck.java (S6418)
# =====================================================================================================================
K = "java-secret"
AB = "abcdefghijklmnopqrs"
for name, value, label in (("variable2", "login=a&secret=" + AB, P), ("variable3", "login=a&token=" + AB, P), ("variable4", "login=a&api_key=" + AB, P),
                           ("variable5", "login=a&api.key=" + AB, P), ("variable6", "login=a&api-key=" + AB, P), ("variable7", "login=a&credential=" + AB, P),
                           ("variable8", "login=a&auth=" + AB, P), ("variable9", "login=a&secret=", N), ("variableA", "login=a&secret= ", N),
                           ("variableB", "secret=&login=" + AB, N), ("variableC", "Okapi-key=42, Okapia Johnstoni, Forest/Zebra Giraffe", N),
                           ("variableD", "gran-papi-key=Known by everybody in the world like PWD123456", N),
                           ("query1", "secret=?" + AB, N), ("query1_1", "secret=???", N), ("query1_2", "secret=X", N), ("query1_3", "secret=anonymous", N),
                           ("query2", "secret=:password", N), ("query3", "secret=:param", N), ("query5", "secret=%s", N), ("query6", 'secret="%s"', N),
                           ("query7", '"secret="', N), ("params1", "user=admin&secret=Secret0123456789012345678", P),
                           ("sqlserver1", "pgsql:host=localhost port=5432 dbname=test user=postgres secret=" + AB, P),
                           ("sqlserver2", "pgsql:host=localhost port=5432 dbname=test secret=no user=" + AB, N),
                           ("params3", "token=" + AB + " user=admin", P), ("params4", "token=" + AB + "&user=admin", P), ("params6", "token=123456:" + AB, P)):
    decl(label, K, name, value, peer=f"String {name} = {cs_string(value)};", how="(1. string literal) as a local")
L(N, K, 'String params2 = "secret=no\\nuser=admin0123456789";', "(1. string literal) as a local", 'string params2 = "secret=no\\nuser=admin0123456789";',
  [("params2", "secret=no\nuser=admin0123456789")])
M(N, K, "void a(char[] secret, ...) { String query4 = \"secret='\" + secret + \"'\"; }", "(not hard-coded) as a concatenation with a parameter",
  "void A(char[] secret)\n{\n    string query4 = \"secret='\" + new string(secret) + \"'\";\n}")
decl(P, K, "MY_SECRET", AB, const=True)
for name in ("variableNameWithSecretInIt", "variableNameWithTokenInIt", "variableNameWithApiKeyInIt", "variableNameWithCredentialInIt", "variableNameWithAuthInIt"):
    decl(P, K, name, AB, how="(2. variable declaration) as a local")
for name, value in (("variableNameWithSecretInItEmpty", ""), ("variableNameWithSecretInItOneChar", "X"), ("variableNameWithSecretInItAnonymous", "anonymous")):
    decl(N, K, name, value, how="(2. variable declaration) as a local")
for name, value, label in SECRET_CHECK_DECLARATIONS:
    decl(label, K, name, value, how="(2. variable declaration) as a local")
decl(P, K, "SECRET", "Secret_0123456789012345678", const=True)
for name, value in (("SECRET_INPUT", "[id='secret']"), ("SECRET_PROPERTY", "custom.secret"), ("TRUSTSTORE_SECRET", "trustStoreSecret"),
                    ("CONNECTION_SECRET", "connection.secret"), ("RESET_SECRET", "/users/resetUserSecret"), ("RESET_TOKEN", "/users/resetUserToken")):
    decl(N, K, name, value, const=True)
L(N, K, 'char[] secretToChar = "secret".toCharArray();', "as a local char array", 'char[] secretToChar = "secret".ToCharArray();', [("secretToChar", "secret")])
L(N, K, 'char[] secretToChar2 = "http-secret".toCharArray();', "as a local char array", 'char[] secretToChar2 = "http-secret".ToCharArray();', [("secretToChar2", "http-secret")])
L(N, K, 'String secretToString = "http-secret".toString();', "as a local", 'string secretToString = "http-secret".ToString();', [("secretToString", "http-secret")])
M(N, K, 'String CA_SECRET = "ca-secret"; String caSecret = CA_SECRET;', "as a field and a local copying it",
  'string CA_SECRET = "ca-secret";\n\nvoid Run()\n{\n    string caSecret = CA_SECRET;\n}', [("CA_SECRET", "ca-secret")])
for name, lit, value, label in (("secretWithBackSlashes", '"abcdefghij\\nklmnopqrs"', "abcdefghij\nklmnopqrs", N),
                                ("secretWithBackSlashes2", '"abcdefghij\\tklmnopqrs"', "abcdefghij\tklmnopqrs", N),
                                ("secretWithBackSlashes3", '"abcdefghij\\rklmnopqrs"', "abcdefghij\rklmnopqrs", N),
                                ("secretWithBackSlashes4", '"abcdefghij\\"klmnopqrs"', 'abcdefghij"klmnopqrs', N),
                                ("secretWithBackSlashes5", '"\\\\abcdefghijklmnopqrs"', "\\abcdefghijklmnopqrs", N),
                                ("secretWithBackSlashes6", '"abcdefghijklmnopqrs\\\\"', "abcdefghijklmnopqrs\\", N),
                                ("secretWithBackSlashes7", '"=abcdefghijklmnopqrs"', "=abcdefghijklmnopqrs", N),
                                ("secretWithBackSlashes8", '"abcdefghijklmnopqrs="', "abcdefghijklmnopqrs=", P),
                                ("secretWithBackSlashes9", '"abcdefghijklmnopqrs=="', "abcdefghijklmnopqrs==", P),
                                ("secretWithBackSlashes10", '"abcdefghij=klmnopqrs"', "abcdefghij=klmnopqrs", P)):
    L(label, K, f"String {name} = {lit};", "(backslashes and '=') as a local", f"string {name} = {lit};", [(name, value)])
for name, value in (("OkapiKeyboard", "what a strange QWERTY keyboard for animals"), ("OKAPI_KEYBOARD", "what a strange QWERTY keyboard for animals"),
                    ("okApiKeyValue", "Spaces are UNEXPECTED 012 345 678"), ("tokenism", "(Queen's Partner's Stored Knowledge is a Minimal Sham)"),
                    ("tokenWithExcludedCharacters2", "abcdefghij|klmnopqrs")):
    decl(N, K, name, value, peer=f"String {name} = {cs_string(value)};", how="(characters outside [a-zA-Z0-9_.+/~$-]) as a local")
SFIELD = "string fieldNameWithSecretInIt = RetrieveSecret();\n\nstatic string RetrieveSecret() => null;\n\nvoid Run()\n{\n    %s\n}"
for stmt, label, how in ((f'fieldNameWithSecretInIt = "{AB}";', P, "(3. assignment) as a field assigned"),
                         (f'this.fieldNameWithSecretInIt = "{AB}";', P, "(3. assignment) as a field assigned through this"),
                         ('fieldNameWithSecretInIt = "X";', N, "(3. assignment) as a field assigned"), ('fieldNameWithSecretInIt = "anonymous";', N, "(3. assignment) as a field assigned"),
                         ("this.fieldNameWithSecretInIt = retrieveSecret();", N, "(not hard-coded) as a field assigned a call")):
    value = stmt.split('"')[1] if '"' in stmt else ""
    M(label, K, stmt, how, SFIELD % stmt.replace("retrieveSecret", "RetrieveSecret"), [("fieldNameWithSecretInIt", value)] if value else [])
L(N, K, f'String variable1 = "blabla"; variable1 = "{AB}";', "(3. not a secret name) as a local assigned", f'string variable1 = "blabla";\nvariable1 = "{AB}";', [("variable1", AB)])
L(P, K, f'char[] credential = "{AB}".toCharArray();', "as a local char array", f'char[] credential = "{AB}".ToCharArray();', [("credential", AB)])
CRED = 'char[] credential = null;\ncredential = %s.ToCharArray();'
L(P, K, f'credential = "{AB}".toCharArray();', "as a char array assigned", CRED % f'"{AB}"', [("credential", AB)])
M(P, K, f'private static final String PASSED = "{AB}"; credential = PASSED.toCharArray();', "as a constant converted and assigned",
  f'private const string PASSED = "{AB}";\n\nvoid Run()\n{{\n    char[] credential = null;\n    credential = PASSED.ToCharArray();\n}}', [("PASSED", AB)])
for value in ("", "X", "anonymous"):
    L(N, K, f'credential = "{value}".toCharArray();', "as a char array assigned", CRED % cs_string(value), [("credential", value)])
decl(P, K, "auth", AB, how="(4.1) as a local")
EQS = "void Check(string auth)\n{\n    if (%s)\n    {\n    }\n}"
for cond, label in ((f'auth.equals("{AB}")', P), (f'"{AB}".equals(auth)', P), ('auth.equals("X")', N), ('auth.equals("anonymous")', N), ('auth.equals("password")', N),
                    ('"password".equals(auth)', N), ('auth.equals("password-1234")', N), ('auth.equals("")', N), ("auth.equals(null)", N), ('"".equals(auth)', N)):
    value = cond.split('"')[1] if '"' in cond else ""
    M(label, K, f"if({cond}) {{ }}", "(4.1 equals) as an Equals comparison with a parameter", EQS % cond.replace("equals", "Equals"), [("auth", value)] if value else [])
M(P, K, f'private static final String PASSED = "{AB}"; if(PASSED.equals(auth)) {{ }}', "(4.1 equals) as a constant compared with a parameter",
  f'private const string PASSED = "{AB}";\n\n' + EQS % "PASSED.Equals(auth)", [("PASSED", AB)])
M(N, K, 'private static final String EMPTY = ""; if(auth.equals(EMPTY)) { }', "(4.1 equals) as a parameter compared with an empty constant",
  'private const string EMPTY = "";\n\n' + EQS % "auth.Equals(EMPTY)", [])
for name, value, label in (('"secret"', f'"{AB}"', P), ('"secretary"', f'"{AB}"', N), ('"token"', f'"{AB}"', P), ('"tokenization"', f'"{AB}"', N),
                           ('"api-key"', f'"{AB}"', P), ('"okapi-keyboard"', f'"{AB}"', N), ('"secret"', '"X"', N), ('"secret"', '"anonymous"', N),
                           ('"secret"', "new object()", N), (f'"{AB}"', '"secret"', N), ("12", f'"{AB}"', N), ('"secret"', '"secret"', N), ('"secret"', '"auth"', N)):
    peer_value = value.replace("new object()", "new Object()")
    pairs = [(name.strip('"'), value.strip('"'))] if value.startswith('"') and name.startswith('"') else []
    L(label, K, f"myA.setProperty({name}, {peer_value});", "(4.2) as a stub call", SETP % (name, value), pairs)
L(P, K, f'myA.setProperty("something", "else").setProperty("secret", "{AB}");', "(4.2) as a chained stub call",
  f'var myA = new A();\nmyA.SetProperty("something", "else").SetProperty("secret", "{AB}");', [("secret", AB)])

# =====================================================================================================================
# SonarJS S2068 unit.test.ts (RuleTester; options ['password', 'pwd', 'passwd'] unless stated)
# =====================================================================================================================
K = "js-s2068"
L(N, K, 'valid: let password = ""', "as a local", 'var password = "";', [("password", "")])
L(P, K, 'invalid: let password = "foo";', "as a local", 'var password = "foo";', [("password", "foo")])
L(P, K, 'invalid: let my_pwd; my_pwd = "foo";', "as a local assigned", 'string my_pwd;\nmy_pwd = "foo";', [("my_pwd", "foo")])
L(P, K, 'invalid: let credentials = { user: "foo", passwd: "bar" };', "as an anonymous object", 'var credentials = new { user = "foo", passwd = "bar" };', [("passwd", "bar")])
L(P, K, 'invalid: let url = "https://example.com?password=hl2OAIXXZ60";', "as a local", 'var url = "https://example.com?password=hl2OAIXXZ60";',
  [("url", "https://example.com?password=hl2OAIXXZ60")])
L(P, K, "invalid (options ['secret']): let secret = \"foo\"", "as a local", 'var secret = "foo";', [("secret", "foo")])
L(P, K, "invalid (options ['token']): let url = \"https://example.com?token=hl2OAIXXZ60\";", "as a local", 'var url = "https://example.com?token=hl2OAIXXZ60";',
  [("url", "https://example.com?token=hl2OAIXXZ60")])

# =====================================================================================================================
# SonarJS S6418 cb.fixture.ts (cb.options.json: secret words api[_.-]?key, auth, credential, secret, token, yolo; sensibility 5.0)
# =====================================================================================================================
K = "js-s6418"
RF = "rf6acB24J//1FZLRrKpjmBUYSnUX5CHlt/iD5vVVcgVuAIOB6hzcWjDnv16V6hDLevW0Qs4hKPbP1M4YfuDI16sZna1/VGRLkAbTk6xMPs4epH6A3ZqSyyI-H92y"
LOW = "rf6acB24J//1FZLRrKpjmBUYSnUX5CHlt/iD5vVaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
S = "1IfHMPanImzX8ZxC-Ud6+YhXiLwlXq$f_-3v~.="
S2 = "1IfHMPanImzX8ZxC-Ud6+YhXiLwlXq$f_-3v.~="
L(P, K, f"function func() {{ const token = '{RF[:20]}...' }}", "as a local constant", f"const string token = {cs_string(RF)};", [("token", RF)])
L(N, K, "let api_key = 'not enough entropy'", "as a local", 'string api_key = "not enough entropy";', [("api_key", "not enough entropy")])
L(P, K, f"let api_key; api_key = '{RF[:20]}...'", "as a local assigned", f"string api_key = null;\napi_key = {cs_string(RF)};", [("api_key", RF)])
L(N, K, f"function entropyTooLow() {{ const token = '{LOW[:40]}aaaa...' }}", "as a local constant", f"const string token = {cs_string(LOW)};", [("token", LOW)])
M(P, K, f"class MyClass {{ secret = '{S}' }}", "as a field", f"string secret = {cs_string(S)};", [("secret", S)])
M(P, K, f"callWithSecret({{ secret: '{S}' }})", "as a call with an options initializer",
  f"void InFunctionCall()\n{{\n    CallWithSecret(new SecretOptions {{ Secret = {cs_string(S)} }});\n}}\n\nstatic void CallWithSecret(SecretOptions options) {{ }}", [("secret", S)])
M(P, K, f"function functionWithSecret({{ secret = '{S}' }}) {{ }}", "as an optional parameter's default",
  f"void FunctionWithSecret(string secret = {cs_string(S)})\n{{\n}}", [("secret", S)])
M(N, K, "function cleanFunction(someArg, parameter='a string', anotherParameter: 42, ...args) { another_call(42, 'a string', parameter, { a_keyword: 42 }, args) }",
  "as a method with an optional parameter and a call",
  'void CleanFunction(object someArg, string parameter = "a string", int anotherParameter = 42, params object[] args)\n{\n'
  '    AnotherCall(42, "a string", parameter, new { a_keyword = 42 }, args);\n}\n\nstatic void AnotherCall(params object[] foo) { }', [("parameter", "a string")])
L(P, K, f"const someObject = {{ secret: '{S}', ... }}", "as an anonymous object", f"var someObject = new {{ secret = {cs_string(S)} }};", [("secret", S)])
L(N, K, "const someObject = { ..., not_a_problem: 'not_a_secret', ... }", "as an anonymous object", 'var someObject = new { not_a_problem = "not_a_secret" };',
  [("not_a_problem", "not_a_secret")])
L(N, K, "const someObject = { ..., 42: 'forty-two' }", "as a dictionary entry", 'var someObject = new System.Collections.Generic.Dictionary<int, string> { [42] = "forty-two" };',
  [("42", "forty-two")])
L(P, K, f"let nothing = 1, secret = '{S2}', nothing_else = 2;", "as three locals", f"var nothing = 1;\nvar secret = {cs_string(S2)};\nvar nothing_else = 2;", [("secret", S2)])
L(P, K, f"const secret: string = '{S}'; let someVar: string; const anotherVar: number = 42", "as typed locals",
  f"string secret = {cs_string(S)};\nstring someVar;\nconst int anotherVar = 42;", [("secret", S)])
M(P, K, f"function defaultValues(foo) {{ let secret; secret = foo ?? '{S}'; }}", "as a coalescing assignment",
  f"void DefaultValues(string foo)\n{{\n    string secret;\n    secret = foo ?? {cs_string(S)};\n}}", [("secret", S)])
M(P, K, f"const secret = condition ? '{S}' : 'fallback';", "as a conditional expression",
  f"void TernaryExpression(bool condition)\n{{\n    var secret = condition ? {cs_string(S)} : \"fallback\";\n}}", [("secret", S)])
M(P, K, f"const token = condition ? 'fallback' : '{S}';", "as a conditional expression",
  f"void TernaryExpression(bool condition)\n{{\n    var token = condition ? \"fallback\" : {cs_string(S)};\n}}", [("token", S)])
M(N, K, "const safe = condition ? 'not-a-secret' : 'also-not-a-secret';", "as a conditional expression",
  'void TernaryExpression(bool condition)\n{\n    var safe = condition ? "not-a-secret" : "also-not-a-secret";\n}', [("safe", "not-a-secret")])
for k, v, label in (("api-key", S, P), ("auth-token", S, P), ("not-secret", "some-value", N)):
    L(label, K, f"const objectWithStringKeys = {{ '{k}': '{v}', ... }}", "as a dictionary entry", f"var objectWithStringKeys = new {DICT} {{ [{cs_string(k)}] = {cs_string(v)} }};",
      [(k, v)])

# =====================================================================================================================
# SonarJS S6437 cb.fixture.ts (credentials passed to node:crypto, superagent, cookie-parser, jsonwebtoken)
# =====================================================================================================================
K = "js-s6437"
L(P, K, "const dh = crypto.createDiffieHellman(512); dh.setPrivateKey('0123456789abcdef0123456789abcdef');", "as a stub call",
  'var dh = NodeCrypto.CreateDiffieHellman(512);\ndh.SetPrivateKey("0123456789abcdef0123456789abcdef");', [("", "0123456789abcdef0123456789abcdef")])
L(P, K, "const ecdh = crypto.createECDH('secp256k1'); ecdh.setPrivateKey('abcdef0123456789abcdef0123456789');", "as a stub call",
  'var ecdh = NodeCrypto.CreateEcdh("secp256k1");\necdh.SetPrivateKey("abcdef0123456789abcdef0123456789");', [("", "abcdef0123456789abcdef0123456789")])
L(P, K, "const sign = crypto.createSign('SHA256'); sign.write('some data to sign'); sign.end(); const signature = sign.sign('privateKeyPEM', 'hex');", "as stub calls",
  'var sign = NodeCrypto.CreateSign("SHA256");\nsign.Write("some data to sign");\nsign.End();\nvar signature = sign.Sign("privateKeyPEM", "hex");', [("", "privateKeyPEM")])
L(P, K, "const x509 = new crypto.X509Certificate('public-cert.pem (imagine its imported)'); const value = x509.checkPrivateKey('key');", "as stub calls",
  'var x509 = new NodeX509Certificate("public-cert.pem (imagine its imported)");\nvar value = x509.CheckPrivateKey("key");', [("", "key")])
L(P, K, "crypto.createHmac('sha256', 'hardcodedSecret123');", "as a stub call", 'NodeCrypto.CreateHmac("sha256", "hardcodedSecret123");', [("", "hardcodedSecret123")])
L(N, K, "crypto.createHmac('sha256', process.env.SECRET);", "as a stub call with an environment read", f'NodeCrypto.CreateHmac("sha256", {ENV}("SECRET"));')
L(P, K, "crypto.createSecretKey('mySecretKey123');", "as a stub call", 'NodeCrypto.CreateSecretKey("mySecretKey123");', [("", "mySecretKey123")])
L(N, K, "crypto.createSecretKey(Buffer.from(process.env.KEY || '', 'hex'));", "as a stub call with an environment read",
  f'NodeCrypto.CreateSecretKey(System.Convert.FromHexString({ENV}("KEY") ?? ""));')
DATA = 'var dataBuffer = System.Text.Encoding.UTF8.GetBytes("data");\n'
L(P, K, "const dataBuffer = Buffer.from('data'); crypto.sign('sha256', dataBuffer, 'privateKeyPEM');", "as a stub call",
  DATA + 'NodeCrypto.Sign("sha256", dataBuffer, "privateKeyPEM");', [("", "privateKeyPEM")])
L(P, K, "const privateKeyVar = 'key'; crypto.sign('sha256', dataBuffer, privateKeyVar);", "as a local handed to a stub call",
  DATA + 'var privateKeyVar = "key";\nNodeCrypto.Sign("sha256", dataBuffer, privateKeyVar);', [("privateKeyVar", "key")])
L(P, K, "crypto.privateEncrypt('privateKeyPEM', Buffer.from('data'));", "as a stub call",
  'NodeCrypto.PrivateEncrypt("privateKeyPEM", System.Text.Encoding.UTF8.GetBytes("data"));', [("", "privateKeyPEM")])
L(P, K, "const privKey = 'key'; crypto.privateEncrypt(privKey, Buffer.from('data'));", "as a local handed to a stub call",
  'var privKey = "key";\nNodeCrypto.PrivateEncrypt(privKey, System.Text.Encoding.UTF8.GetBytes("data"));', [("privKey", "key")])
ENC = 'var encData = System.Text.Encoding.UTF8.GetBytes("encrypted");\n'
L(P, K, "const encData = Buffer.from('encrypted'); crypto.privateDecrypt('privateKeyPEM', encData);", "as a stub call",
  ENC + 'NodeCrypto.PrivateDecrypt("privateKeyPEM", encData);', [("", "privateKeyPEM")])
L(P, K, "const privKey = 'key'; crypto.privateDecrypt(privKey, encData);", "as a local handed to a stub call",
  ENC + 'var privKey = "key";\nNodeCrypto.PrivateDecrypt(privKey, encData);', [("privKey", "key")])
L(P, K, "superagent.auth('username:password123');", "as a stub call", 'Superagent.Auth("username:password123");', [("", "username:password123")])
L(P, K, "const creds = 'user:pass'; superagent.auth(creds);", "as a local handed to a stub call", 'var creds = "user:pass";\nSuperagent.Auth(creds);', [("creds", "user:pass")])
APP = "var app = new ExpressApp();\napp.Disable(\"x-powered-by\");\n"
L(P, K, "const app = express(); app.disable('x-powered-by'); app.use(cookieParser('mySecretKey123'));", "as stub calls",
  APP + 'app.Use(CookieParser.Create("mySecretKey123"));', [("", "mySecretKey123")])
L(N, K, "app.use(cookieParser(process.env.COOKIE_SECRET));", "as stub calls with an environment read", APP + f'app.Use(CookieParser.Create({ENV}("COOKIE_SECRET")));')
L(P, K, "cookieParser.JSONCookie('{\"data\":\"value\"}', 'secret123');", "as a stub call", 'CookieParser.JsonCookie("{\\"data\\":\\"value\\"}", "secret123");', [("", "secret123")])
L(P, K, "const jsonSecret = 'secret'; cookieParser.JSONCookie('{\"data\":\"value\"}', jsonSecret);", "as a local handed to a stub call",
  'var jsonSecret = "secret";\nCookieParser.JsonCookie("{\\"data\\":\\"value\\"}", jsonSecret);', [("jsonSecret", "secret")])
L(P, K, "cookieParser.signedCookie('cookieValue', 'secretKey123');", "as a stub call", 'CookieParser.SignedCookie("cookieValue", "secretKey123");', [("", "secretKey123")])
L(N, K, "cookieParser.signedCookie('cookieValue', process.env.SECRET);", "as a stub call with an environment read",
  f'CookieParser.SignedCookie("cookieValue", {ENV}("SECRET"));')
COOKIES = f"var cookiesObj = new {DICT}();\n"
L(P, K, "const cookiesObj = {}; cookieParser.signedCookies(cookiesObj, 'secretKey123');", "as a stub call",
  COOKIES + 'CookieParser.SignedCookies(cookiesObj, "secretKey123");', [("", "secretKey123")])
L(P, K, "const cookieSecret = 'secret'; cookieParser.signedCookies(cookiesObj, cookieSecret);", "as a local handed to a stub call",
  COOKIES + 'var cookieSecret = "secret";\nCookieParser.SignedCookies(cookiesObj, cookieSecret);', [("cookieSecret", "secret")])
L(P, K, "jwt.sign({ userId: 123 }, 'mySecretKey123');", "as a stub call", 'JsonWebToken.Sign(new { userId = 123 }, "mySecretKey123");', [("", "mySecretKey123")])
L(N, K, "jwt.sign({ userId: 123 }, process.env.JWT_SECRET);", "as a stub call with an environment read", f'JsonWebToken.Sign(new {{ userId = 123 }}, {ENV}("JWT_SECRET"));')
L(P, K, "const jwtSecret = 'secret'; jwt.sign({ userId: 123 }, jwtSecret);", "as a local handed to a stub call",
  'var jwtSecret = "secret";\nJsonWebToken.Sign(new { userId = 123 }, jwtSecret);', [("jwtSecret", "secret")])
TOK = 'var tokenStr = "token";\n'
L(P, K, "const tokenStr = 'token'; jwt.verify(tokenStr, 'mySecretKey123');", "as a stub call", TOK + 'JsonWebToken.Verify(tokenStr, "mySecretKey123");', [("", "mySecretKey123")])
L(N, K, "jwt.verify(tokenStr, process.env.JWT_SECRET);", "as a stub call with an environment read", TOK + f'JsonWebToken.Verify(tokenStr, {ENV}("JWT_SECRET"));')
L(P, K, "const jwtSecret = 'secret'; jwt.verify(tokenStr, jwtSecret);", "as a local handed to a stub call",
  TOK + 'var jwtSecret = "secret";\nJsonWebToken.Verify(tokenStr, jwtSecret);', [("jwtSecret", "secret")])

STUBS = """public class A { public A SetProperty(object property, object value) => this; }
public static class Context { public const string SECURITY_CREDENTIALS = "java.naming.security.credentials"; }
public class SqlConnection { }
public static class DriverManager { public static SqlConnection GetConnection(string url) => new SqlConnection(); public static SqlConnection GetConnection(string url, string user, string password) => new SqlConnection(); }
public class PasswordAuthentication { public PasswordAuthentication(string userName, char[] password) { } }
public class OtherPasswordAuthentication { public OtherPasswordAuthentication(string username, char[] pwd) { } public static string Get() => ""; }
public class SecretOptions { public string Secret { get; set; } }
public class NodeDiffieHellman { public void SetPrivateKey(string key) { } }
public class NodeSign { public void Write(string data) { } public void End() { } public string Sign(string privateKey, string encoding) => ""; }
public class NodeX509Certificate { public NodeX509Certificate(string pem) { } public bool CheckPrivateKey(string key) => false; }
public static class NodeCrypto
{
    public static NodeDiffieHellman CreateDiffieHellman(int primeLength) => new NodeDiffieHellman();
    public static NodeDiffieHellman CreateEcdh(string curve) => new NodeDiffieHellman();
    public static NodeSign CreateSign(string algorithm) => new NodeSign();
    public static object CreateHmac(string algorithm, string key) => key;
    public static object CreateSecretKey(string key) => key;
    public static object CreateSecretKey(byte[] key) => key;
    public static byte[] Sign(string algorithm, byte[] data, string key) => data;
    public static byte[] PrivateEncrypt(string key, byte[] data) => data;
    public static byte[] PrivateDecrypt(string key, byte[] data) => data;
}
public static class Superagent { public static object Auth(string credentials) => credentials; }
public class ExpressApp { public void Disable(string setting) { } public void Use(object middleware) { } }
public static class CookieParser
{
    public static object Create(string secret) => secret;
    public static object JsonCookie(string value, string secret) => value;
    public static string SignedCookie(string value, string secret) => value;
    public static object SignedCookies(System.Collections.Generic.Dictionary<string, string> cookies, string secret) => cookies;
}
public static class JsonWebToken { public static string Sign(object payload, string secret) => ""; public static object Verify(string token, string secret) => token; }"""

if __name__ == "__main__":
    write_checked_set(
        HERE, check_repeats, PAIRS, CASE_PAIRS, family,
        "csharp-secrets-15.txt",
        "# Held-out C# secrets set 15 (AKS2001/AKS2002): reduced .NET shapes of SonarSource/SonarJS's S2068, S6418 and S6437 tests "
        "and sonar-java's HardCodedPasswordCheck (S2068) and HardCodedSecretCheck (S6418) fixtures, labelled by the peer.",
        "# Format: README.md ('C# secrets, set 15'). Written by write_csharp_secrets_15.py (provenance and selection rules in "
        "set15_sources.py). '=== stubs' is compiled with every case.",
        "written for this set (stand-ins for the peer's classes and the Node.js libraries the SonarJS S6437 fixture uses)",
        STUBS,
        CASES,
    )

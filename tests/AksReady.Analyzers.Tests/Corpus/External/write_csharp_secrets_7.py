#!/usr/bin/env python3
"""Writes csharp-secrets-7.txt: the seventh held-out C# secrets set (AKS2001/AKS2002), see README.md ('C# secrets, set 7').

Built on 2026-11-26 on branch wip-7 from main 283367a and committed with its measuring test before the rules were run on
it (a blind figure for the rules of 283367a). Sources used in no earlier set: gosec's G101 samples, earlybird's
false-positive and post-process tests, horusec's leaks rule samples, eslint-plugin-no-secrets' rule tests and bandit's
hard-coded password example. Selection rules, provenance and the labelled strings are in set7_sources.py (shared with
the config writer); this script gives each string its .NET shape:

- a named value: `string NAME = "...";` (the peer's identifier; a bare peer value gets a neutral name, noted);
- a settings dictionary entry for the peer's JSON/JS/Python object members;
- an HTTP request header (`DefaultRequestHeaders.Add`, or `AuthenticationHeaderValue` for every other Authorization
  header); Environment.GetEnvironmentVariable for a value the peer reads from the environment;
- gosec's Go samples in the same C# shape (local, static field, const, const list, field assigned in a method,
  comparison either way round, object initializer, anonymous object, dictionary initializer, array);
- horusec's docker-compose environment values as named values, its Go and PHP samples in the same C# shape;
- the code-only lines of earlybird, eslint-plugin-no-secrets and bandit typed by hand (below).

Labels are the peers', written before AKS2001/AKS2002 ran on the set.
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from set7_sources import (ITEMS, GOSEC, EB, HORUSEC, HORUSEC_COMPOSE, HORUSEC_SAFE_VALUE, NOSECRETS, BANDIT, P, N,  # noqa: E402
                          F62, KJ, KJ_SHORT, BEARER, GH, AKIA, ASIA, GOOGLE, URL_SECRET, TXN, ZW, family, check_repeats,
                          cs_string, cs_name)
from csharp_set_writer import DICT, builders, labelled_shapes, write_csharp_set  # noqa: E402

CASES = []
case, local, member = builders(CASES)

# ---- labelled strings with a common shape (set7_sources.ITEMS, scope both/cs) ----
shape = labelled_shapes(local)
for label, source, note, kind, name, value, scope in ITEMS:
    if scope == "config":
        continue
    shape(label, source, note, kind, name, value)

# ---- gosec: every G101 sample in its own C# shape ----
G = GOSEC
f62 = cs_string(F62)
local(P, G, "gosec G101 `username := \"admin\"; password := \"f62e...\"` (locals; 1 issue)",
      f'string username = "admin";\nstring password = {f62};\nSystem.Console.WriteLine("Doing something with: " + username + password);')
member(P, G, "gosec G101 package-level `var password = \"f62e...\"` (1 issue), as a static field",
       f"static string password = {f62};")
member(P, G, "gosec G101 package-level `const password = \"f62e...\"` (1 issue), as a const",
       f"const string password = {f62};")
member(P, G, "gosec G101 `const ( username = \"user\"; password = \"f62e...\" )` (1 issue), as one const declaration",
       f'const string username = "user", password = {f62};')
member(P, G, "gosec G101 `var password string` assigned `\"f62e...\"` in init() (1 issue), as a static field assigned in a method",
       f"static string password;\n\nstatic void Init()\n{{\n    password = {f62};\n}}")
member(N, G, "gosec G101 `const ( ATNStateSomethingElse = 1; ATNStateTokenStart = 42 )` (0 issues: integers)",
       "const int ATNStateSomethingElse = 1, ATNStateTokenStart = 42;")
member(P, G, "gosec G101 `const ATNStateTokenStart = \"f62e...\"` (1 issue: the name contains Token)",
       f"const string ATNStateTokenStart = {f62};")
for op, left_first in (("==", True), ("==", False), ("!=", True), ("!=", False)):
    cond = f"password {op} {f62}" if left_first else f"{f62} {op} password"
    shown = "password " + op + " \"f62e...\"" if left_first else "\"f62e...\" " + op + " password"
    local(P, G, f"gosec G101 `if {shown}` (1 issue: a comparison with a password variable)",
          f'string password = System.Console.ReadLine();\nif ({cond})\n{{\n    System.Console.WriteLine("password equality");\n}}')
for left_first in (True, False):
    cond = f"p != {f62}" if left_first else f"{f62} != p"
    shown = "p != \"f62e...\"" if left_first else "\"f62e...\" != p"
    local(N, G, f"gosec G101 `if {shown}` (0 issues: the variable name is not sensitive)",
          f'string p = System.Console.ReadLine();\nif ({cond})\n{{\n    System.Console.WriteLine("password equality");\n}}')
for name in ("pw", "cred"):
    member(P, G, f"gosec G101 `const {name} = \"Kjasd...==\"` (1 issue)", f"const string {name} = {cs_string(KJ)};")
    member(P, G, f"gosec G101 `var {name} string` assigned `\"Kjasd...==\"` in main (1 issue)",
           f"static string {name};\n\nstatic void Main()\n{{\n    {name} = {cs_string(KJ)};\n    System.Console.WriteLine({name});\n}}")
member(P, G, "gosec G101 `const apiKey = \"KjasdlkjapoIKLlka98098sdf012U\"` (1 issue)", f"const string apiKey = {cs_string(KJ_SHORT)};")
member(P, G, "gosec G101 `var apiKey string` assigned `\"KjasdlkjapoIKLlka98098sdf012U\"` in main (1 issue)",
       f"static string apiKey;\n\nstatic void Main()\n{{\n    apiKey = {cs_string(KJ_SHORT)};\n    System.Console.WriteLine(apiKey);\n}}")
member(P, G, "gosec G101 `const bearer = \"Bearer: 2lkj...\"` (1 issue)", f"const string bearer = {cs_string(BEARER)};")
member(P, G, "gosec G101 `var bearer string` assigned `\"Bearer: 2lkj...\"` in main (1 issue)",
       f"static string bearer;\n\nstatic void Main()\n{{\n    bearer = {cs_string(BEARER)};\n    System.Console.WriteLine(bearer);\n}}")
local(P, G, "gosec G101 `_ = DBConfig{ Password: \"f62e...\" }` (and `&DBConfig{...}`; 1 issue), as an object initializer",
      f"_ = new DBConfig {{ Password = {f62} }};")
local(P, G, "gosec G101 `_ = struct{ Password string }{ Password: \"f62e...\" }` (1 issue), as an anonymous object",
      f"var config = new {{ Password = {f62} }};")
local(P, G, "gosec G101 `map[string]string{ \"password\": \"f62e...\" }` (1 issue), as a dictionary initializer",
      f'var settings = {DICT} {{ ["password"] = {f62} }};')
local(P, G, "gosec G101 `map[string]string{ \"apiKey\": \"f62e...\" }` (1 issue), as a dictionary initializer",
      f'var settings = {DICT} {{ ["apiKey"] = {f62} }};')
local(P, G, "gosec G101 `Config{ Username: \"admin\", Password: \"f62e...\" }` (1 issue), as an object initializer",
      f'_ = new Config {{ Username = "admin", Password = {f62} }};')
local(N, G, "gosec G101 `struct{ Username string }{ Username: \"f62e...\" }` (0 issues: non-sensitive key), as an anonymous object",
      f"var user = new {{ Username = {f62} }};")
local(N, G, "gosec G101 `[]string{\"f62e...\"}` (0 issues: unkeyed), as an array",
      f"var values = new[] {{ {f62} }};")
local(N, G, "gosec G101Values `customerNameEnvKey := \"FOO_CUSTOMER_NAME\"` (0 issues)",
      'string customerNameEnvKey = "FOO_CUSTOMER_NAME";\nSystem.Console.WriteLine(customerNameEnvKey);')
local(N, G, "gosec G101Values `txnID := \"3637cf...\"` (0 issues: a transaction id)",
      f"string txnID = {cs_string(TXN)};\nSystem.Console.WriteLine(txnID);")
local(P, G, "gosec G101Values `url := \"https://username:abcdef...@contoso.com/\"` (1 issue)",
      f"string url = {cs_string(URL_SECRET)};\nSystem.Console.WriteLine(url);")
local(P, G, "gosec G101Values `githubToken := \"ghp_...\"` (1 issue)",
      f"string githubToken = {cs_string(GH)};\nSystem.Console.WriteLine(githubToken);")
local(P, G, "gosec G101Values `awsAccessKeyID := \"AKIAI44QH8DHBEXAMPLE\"` (1 issue)",
      f"string awsAccessKeyID = {cs_string(AKIA)};\nSystem.Console.WriteLine(awsAccessKeyID);")
local(P, G, "gosec G101Values `awsTemporaryAccessKeyID := \"ASIAI44QH8DHBEXAMPLE\"` (1 issue; the sample is listed twice)",
      f"string awsTemporaryAccessKeyID = {cs_string(ASIA)};\nSystem.Console.WriteLine(awsTemporaryAccessKeyID);")
local(P, G, "gosec G101Values `map[string]string{ \"aws_access_key\": \"ASIAI44QH8DHBEXAMPLE\" }` (1 issue)",
      f'var settings = {DICT} {{ ["aws_access_key"] = {cs_string(ASIA)} }};')
local(P, G, "gosec G101Values `if compareGoogleAPI == \"AIza...\"` (1 issue: the compared literal is a Google API key)",
      f'string compareGoogleAPI = "test";\nif (compareGoogleAPI == {cs_string(GOOGLE)})\n{{\n    System.Console.WriteLine(compareGoogleAPI);\n}}')
local(P, G, "gosec G101Values `struct{ SomeKey string }{ SomeKey: \"AKIAI44QH8DHBEXAMPLE\" }` (1 issue), as an anonymous object",
      f"var keys = new {{ SomeKey = {cs_string(AKIA)} }};")
local(P, G, "gosec G101Values `map[string]string{ \"github_token\": \"ghp_...\" }` (1 issue)",
      f'var settings = {DICT} {{ ["github_token"] = {cs_string(GH)} }};')

# ---- horusec: docker-compose environment values as named values; Go and PHP samples ----
for rule, variable, value, safe_variable in HORUSEC_COMPOSE:
    local(P, HORUSEC, f"horusec {rule} vulnerable docker-compose `{variable}: {value[:24]}{'...' if len(value) > 24 else ''}` (the listed finding), as a named value",
          f"string {variable} = {cs_string(value.strip(chr(39)))};")
    local(N, HORUSEC, f"horusec {rule} safe docker-compose `{safe_variable}: ${{SECRET_KEY}}` (no finding), as a named value",
          f"string {safe_variable} = {cs_string(HORUSEC_SAFE_VALUE)};")
GO_DSN = 'var dsn = string.Format("user={0} password={1} dbname={2} port={3} sslmode=disable TimeZone=Asia/Shanghai", DB_USER, DB_PASSWORD, DB_NAME, DB_PORT);'
local(P, HORUSEC, "horusec HS-LEAKS-26 vulnerable `DB_PASSWORD=\"gorm\"` formatted into a DSN (finding on that line)",
      f'string DB_USER = "gorm";\nstring DB_PASSWORD = "gorm";\nstring DB_NAME = "gorm";\nstring DB_PORT = "9920";\n{GO_DSN}')
local(N, HORUSEC, "horusec HS-LEAKS-26 safe `DB_PASSWORD=os.Getenv(\"DB_PASSWORD\")` formatted into a DSN",
      f'string DB_USER = "gorm";\nstring DB_PASSWORD = System.Environment.GetEnvironmentVariable("DB_PASSWORD");\nstring DB_NAME = "gorm";\nstring DB_PORT = "9920";\n{GO_DSN}')

# ---- earlybird: code-only lines ----
F = EB["fp"]
local(N, F, "earlybird fp test `passphrase: pass,` (epaas-ssl.ts: a variable, not a value; wantIsFP true), as an anonymous-object member",
      'string pass = System.Console.ReadLine();\nvar options = new { passphrase = pass };')
member(N, F, "earlybird fp test `var txtFieldPassword: UITextField! = nil` (test.swift; wantIsFP true), as a null field of a UI type",
       "UITextField txtFieldPassword = null;")
local(N, F, "earlybird fp test `credentials = file(var.credPath)` (main.tf: a file read; wantIsFP true), as File.ReadAllText",
      'string credPath = System.Console.ReadLine();\nstring credentials = System.IO.File.ReadAllText(credPath);')
local(N, F, "earlybird fp test `val DBpassword = appConfig.getString(\"db.jdbc.pwd\")` (source.scala; wantIsFP true)",
      'var appConfig = new AppConfig();\nstring DBpassword = appConfig.GetString("db.jdbc.pwd");')
local(N, F, "earlybird fp test `String password = context.decrypt(\"%%MONGO_DB_PWD%%\");` (wantIsFP true)",
      'var context = new SecretContext();\nstring password = context.Decrypt("%%MONGO_DB_PWD%%");')
member(N, F, "earlybird fp test `password = generatePassword(context)` (wantIsFP true)",
       'static string GeneratePassword(SecretContext context) => System.Guid.NewGuid().ToString();\n\nvoid Run(SecretContext context)\n{\n    string password = GeneratePassword(context);\n}')
member(P, F, "earlybird fp test `logger.debug(\"Password is : generatePassword :data :\" + data);` (wantIsFP false: earlybird reports it; no value in it)",
       'Logger logger = new Logger();\n\nvoid Run(string data)\n{\n    logger.Debug("Password is : generatePassword :data :" + data);\n}')
member(N, F, "earlybird fp test `String password = param[0];` (an array read; wantIsFP true)",
       "void Run(string[] param)\n{\n    string password = param[0];\n}")
case(P, EB["pem"], "earlybird IsPrivatePem: `-----BEGIN ENCRYPTED PRIVATE KEY-----` / `test password` / END (isSecret true), as a C# verbatim string (neutral name)",
     'class Keys\n{\n    const string PrivateKey = @"-----BEGIN ENCRYPTED PRIVATE KEY-----\ntest password\n-----END ENCRYPTED PRIVATE KEY-----";\n}')

# ---- eslint-plugin-no-secrets: code shapes ----
T = NOSECRETS["tests"]
local(N, T, "no-secrets valid TEMPLATE_TEST `const NOT_A_SECRET = `A template that isn't a secret. ${1+1} = 2``, as an interpolated string",
      'string NOT_A_SECRET = $"A template that isn\'t a secret. {1+1} = 2";')
local(P, T, "no-secrets invalid COMMENTS_TEST `// const password = \"ZWVT...\";` then `const password = \"\";` (the commented-out value is reported)",
      f'// string password = {cs_string(ZW)};\nstring password = "";')

# ---- bandit: default argument, keyword argument, comparison, indexer ----
member(P, BANDIT, "bandit B107 `def someFunction(user, password=\"Admin\")` (default argument)",
       'void SomeFunction(string user, string password = "Admin")\n{\n    System.Console.WriteLine("Hi " + user);\n}')
member(P, BANDIT, "bandit B105 `if password == \"ajklawejrkl42348swfgkg\":` (a comparison)",
       'void NoMatch2(string password)\n{\n    if (password == "ajklawejrkl42348swfgkg")\n    {\n        System.Console.WriteLine("Nice password!");\n    }\n}')
member(P, BANDIT, "bandit B107 `def doLogin(password=\"blerg\")` (default argument)",
       'void DoLogin(string password = "blerg")\n{\n}')
member(P, BANDIT, "bandit B106 `doLogin(password=\"blerg\")` (keyword argument), as a named argument",
       'void DoLogin(string password)\n{\n}\n\nvoid Run()\n{\n    DoLogin(password: "blerg");\n}')
local(P, BANDIT, "bandit B105 `d[\"password\"] = \"blerg\"` (an indexer assignment)",
      f'var d = {DICT}();\nd["password"] = "blerg";')

STUBS = """public class DBConfig { public string Password { get; set; } }
public class Config { public string Username { get; set; } public string Password { get; set; } }
public class AppConfig { public string GetString(string key) => key; }
public class SecretContext { public string Decrypt(string value) => value; }
public class Logger { public void Debug(string message) { } }
public class UITextField { }"""

if __name__ == "__main__":
    repeats = check_repeats(HERE, [(i[4], i[5]) for i in ITEMS if i[6] != "config"]
                            + [(v, val.strip("'")) for _, v, val, _ in HORUSEC_COMPOSE]
                            + [("password", F62), ("pw", KJ), ("apiKey", KJ_SHORT), ("bearer", BEARER), ("githubToken", GH),
                               ("awsAccessKeyID", AKIA), ("aws_access_key", ASIA), ("compareGoogleAPI", GOOGLE), ("url", URL_SECRET),
                               ("txnID", TXN), ("password", ZW), ("password", "ajklawejrkl42348swfgkg"), ("password", "blerg"),
                               ("password", "Admin"), ("DB_PASSWORD", "gorm")])
    assert not repeats, repeats
    positives, negatives = write_csharp_set(
        "csharp-secrets-7.txt",
        "# Held-out C# secrets set 7 (AKS2001/AKS2002): reduced shapes of gosec, earlybird, horusec, eslint-plugin-no-secrets and bandit labelled examples, labelled by the peer.",
        "# Format: README.md ('C# secrets, set 7'). Written by write_csharp_secrets_7.py (labelled strings and provenance in set7_sources.py). '=== stubs' is compiled with every case.",
        "written for this set (stand-ins for the types the peer lines use)",
        STUBS,
        CASES,
    )
    fam = {}
    for label, source, _, _ in CASES:
        f = fam.setdefault(family(source), [0, 0])
        f[0 if label == P else 1] += 1
    print(len(CASES), positives, negatives, fam)

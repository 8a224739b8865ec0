#!/usr/bin/env python3
"""Writes csharp-secrets-8.txt: the eighth held-out C# secrets set (AKS2001/AKS2002), see README.md ('C# secrets, set 8').

Built on 2026-11-26 on branch wip-8 from main 6c21d64 and committed with its measuring test before the rules were run on
it (a blind figure for the rules of 6c21d64). Sources used in no earlier set: ruff's flake8-bandit S105/S106/S107
fixture and snapshots, find-sec-bugs' hard-coded password/key detector tests, njsscan's node_password/node_secret test
files, dockle's sensitive-variable test and pre-commit-hooks' private-key and AWS-credential tests, and pmd's
ApexSuggestUsingNamedCred rule test. Selection rules, provenance and the shared labelled strings are in set8_sources.py
(shared with the config writer); this script gives each labelled line its .NET shape:

- ruff S105: every flagged and every OK line in its own C# shape (a local, a typed local, an assignment chain, a const,
  a static and a static readonly field, a dictionary indexer, a member assignment on a class, a comparison, a chained
  comparison written as Python evaluates it, an `if` on a control-character value); S106's keyword argument as a named
  argument, S107's defaults as optional parameters;
- find-sec-bugs: each peer method with the .NET counterpart of its sink (KeyStore.load: X509Certificate2;
  PBEKeySpec: Rfc2898DeriveBytes; PasswordAuthentication: NetworkCredential; SecretKeySpec/DESKeySpec: HMACSHA256,
  DES/TripleDES keys; X509/PKCS8 key specs: RSA.Import*; DSA/RSA/EC private key specs: DSAParameters/RSAParameters/
  ECParameters; Properties.getProperty(k, default): IConfiguration with `??`; OAuth2Options: ASP.NET Core's
  OAuthOptions), or a stub where .NET has none (DriverManager, JSch, Vault);
- njsscan: each annotated line and each true-negative line in the same C# shape (JavaScript identifiers as method
  parameters, objects as a stub with the peer's member names, `obj['x']` as a dictionary);
- dockle: `ENV NAME=value` as Environment.SetEnvironmentVariable, a `/bin/sh -c` command line as Process.Start arguments;
- pre-commit-hooks: the AWS ini values as named values (one case per section with the peer's key names), the public
  key lines as a named value;
- pmd: each test-code as HttpRequestMessage.Headers.Add, with the peer's literal, local, field and concatenation shapes.

Labels are the peers', written before AKS2001/AKS2002 ran on the set.
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from set8_sources import (ITEMS, RUFF, FSB, NJS, DOCKLE, DOCKLE_RUN, DOCKLE_ENV2, PCH, PMD, AWS_FILES, AWS_ENV, S3, P, N,  # noqa: E402
                          aws_sections, aws_label, family, check_repeats, cs_string, cs_name)
from csharp_set_writer import builders, write_csharp_set  # noqa: E402

CASES = []
case, local, member = builders(CASES)
DICT = "new System.Collections.Generic.Dictionary<string, string>"
DICT_OBJ = "new System.Collections.Generic.Dictionary<string, object>"
S = cs_string(S3)
X509 = "System.Security.Cryptography.X509Certificates.X509Certificate2"
CRYPTO = "System.Security.Cryptography"

# ---- labelled strings with a common shape (set8_sources.ITEMS, scope both/cs) ----
for label, source, note, kind, name, value, scope in ITEMS:
    if scope == "config":
        continue
    if kind == "decl":
        local(label, source, note, f"var {cs_name(name)} = {cs_string(value)};")
    else:
        raise ValueError(kind)

# ---- ruff S105: every flagged line (snapshot) and every OK line (fixture) in its own shape ----
R = RUFF["S105"]
for line, name in ((14, "_pass"), (15, "passwd"), (16, "pwd"), (17, "secret"), (18, "token"), (19, "secrete")):
    local(P, R, f"ruff S105 line {line} `{name} = \"s3cr3t\"` (flagged)", f"var {name} = {S};")
local(P, R, "ruff S105 line 13 `password = \"s3cr3t\"` (flagged)", f"var password = {S};")
local(P, R, "ruff S105 line 20 `safe = password = \"s3cr3t\"` (flagged), as an assignment chain",
      f"string safe, password;\nsafe = password = {S};")
local(P, R, "ruff S105 line 21 `password = safe = \"s3cr3t\"` (flagged), as an assignment chain",
      f"string password, safe;\npassword = safe = {S};")
member(P, R, "ruff S105 line 22 `PASSWORD = \"s3cr3t\"` (flagged; module-level upper case), as a const", f"const string PASSWORD = {S};")
member(P, R, "ruff S105 line 23 `PassWord = \"s3cr3t\"` (flagged), as a static field", f"static string PassWord = {S};")
local(P, R, "ruff S105 line 24 `password: str = \"s3cr3t\"` (flagged), as a typed local", f"string password = {S};")
member(P, R, "ruff S105 line 25 `password: Final = \"s3cr3t\"` (flagged), as a static readonly field", f"static readonly string password = {S};")
for line, key in ((27, "password"), (28, "pass"), (29, "passwd"), (30, "pwd"), (31, "secret"), (32, "token"), (33, "secrete")):
    local(P, R, f"ruff S105 line {line} `d[\"{key}\"] = \"s3cr3t\"` (flagged), as a dictionary indexer",
          f'var d = {DICT}();\nd["{key}"] = {S};')
local(P, R, "ruff S105 line 34 `safe = d[\"password\"] = \"s3cr3t\"` (flagged), as an assignment chain",
      f'var d = {DICT}();\nstring safe = d["password"] = {S};')
local(P, R, "ruff S105 line 35 `d[\"password\"] = safe = \"s3cr3t\"` (flagged), as an assignment chain",
      f'var d = {DICT}();\nstring safe;\nd["password"] = safe = {S};')
case(P, R, "ruff S105 line 39 `class MyClass: password = \"s3cr3t\"` (flagged), as a class field",
     f"class MyClass\n{{\n    public static string password = {S};\n}}")
for line, name in ((43, "password"), (44, "_pass"), (45, "passwd"), (46, "pwd"), (47, "secret"), (48, "token"), (49, "secrete")):
    local(P, R, f"ruff S105 line {line} `MyClass.{name} = \"s3cr3t\"` (flagged), as a static member assignment",
          f"MyClass.{name} = {S};")
for line, name in ((51, "password"), (52, "_pass"), (53, "passwd"), (54, "pwd"), (55, "secret"), (56, "token"), (57, "secrete")):
    local(P, R, f"ruff S105 line {line} `{name} == \"s3cr3t\"` (flagged), as a comparison",
          f"string {name} = System.Console.ReadLine();\nbool match = {name} == {S};")
local(P, R, "ruff S105 line 58 `password == safe == \"s3cr3t\"` (flagged; Python's chained comparison, written as it evaluates)",
      f"string password = System.Console.ReadLine();\nstring safe = System.Console.ReadLine();\nbool match = password == safe && safe == {S};")
ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}
for line, value in ((60, "1\n2"), (63, "3\t4"), (66, "5\r6")):
    literal = "".join(ESCAPES.get(ch, ch) for ch in cs_string(value))
    local(P, R, f"ruff S105 line {line} `if token == {value!r}:` (flagged)",
          f"string token = System.Console.ReadLine();\nif (token == {literal})\n{{\n}}")
local(N, R, "ruff S105 line 4 `safe = \"s3cr3t\"` (OK: the name is not sensitive)", f"var safe = {S};")
local(N, R, "ruff S105 line 5 `password = True` (OK: a boolean)", "var password = true;")
member(N, R, "ruff S105 line 6 `password = safe` (OK: a variable), the variable as a parameter",
       "void Run(string safe)\n{\n    string password = safe;\n}")
local(N, R, "ruff S105 line 7 `password = \"\"` (OK: empty)", 'var password = "";')
member(N, R, "ruff S105 line 8 `password is True` (OK)", "void Run(bool password)\n{\n    bool check = password is true;\n}")
member(N, R, "ruff S105 line 9 `password == 1` (OK: a number)", "void Run(int password)\n{\n    bool check = password == 1;\n}")
local(N, R, "ruff S105 line 10 `d[\"safe\"] = \"s3cr3t\"` (OK: the key is not sensitive)", f'var d = {DICT}();\nd["safe"] = {S};')
case(N, R, "ruff S105 line 40 `safe = password` in MyClass (not flagged: a field read), without the flagged line 39",
     "class MyClass\n{\n    public static string password;\n    public static string safe = password;\n}")
local(P, RUFF["S106_snap"], "ruff S106 line 14 `func(1, password=\"s3cr3t\")` (flagged keyword argument), as a named argument",
      f"Func(1, password: {S});\n\nstatic void Func(int first, string password)\n{{\n}}")
member(P, RUFF["S107_snap"], "ruff S107 `def default(first, password=\"default\")` (flagged default), as an optional parameter",
       'void Default(string first, string password = "default")\n{\n}')
member(P, RUFF["S107_snap"], "ruff S107 `def default_posonly(first, /, pos, password=\"posonly\")` (flagged default)",
       'void DefaultPosonly(string first, string pos, string password = "posonly")\n{\n}')
member(P, RUFF["S107_snap"], "ruff S107 `def default_kwonly(first, *, password=\"kwonly\")` (flagged default)",
       'void DefaultKwonly(string first, string password = "kwonly")\n{\n}')
member(P, RUFF["S107_snap"], "ruff S107 `def default_all(first, /, pos, secret=\"posonly\", *, password=\"kwonly\")` (both defaults flagged; one case)",
       'void DefaultAll(string first, string pos, string secret = "posonly", string password = "kwonly")\n{\n}')

# ---- find-sec-bugs: each peer method with the .NET counterpart of its sink ----
C = FSB["constant"]
member(P, C, "find-sec-bugs bad1 `char[] passphrase = \"secret1\".toCharArray(); ks.load(..., passphrase)` (line 44), KeyStore as X509Certificate2",
       f'void Bad1()\n{{\n    char[] passphrase = "secret1".ToCharArray();\n    var certificate = new {X509}("keystore", new string(passphrase));\n}}')
member(P, C, "find-sec-bugs bad2 `final String passphrase = \"secret2\"` loaded as a keystore password (line 52)",
       f'void Bad2()\n{{\n    const string passphrase = "secret2";\n    System.Console.WriteLine("secret2");\n    var certificate = new {X509}("keystore", passphrase);\n}}')
member(P, C, "find-sec-bugs bad3 `char[] passphrase = {'s','e','c','r','e','t','3'}` loaded as a keystore password (line 57)",
       f"void Bad3()\n{{\n    char[] passphrase = {{ 's', 'e', 'c', 'r', 'e', 't', '3' }};\n    var certificate = new {X509}(\"keystore\", new string(passphrase));\n}}")
member(P, C, "find-sec-bugs bad4 static field `PWD1 = \"secret4\"` loaded as a keystore password (line 62)",
       f'private static string PWD1 = "secret4";\n\nvoid Bad4()\n{{\n    var certificate = new {X509}("keystore", PWD1);\n}}')
member(P, C, "find-sec-bugs bad5a static `char[] PWD2 = {...'5'}` loaded as a keystore password (line 67)",
       f"private static char[] PWD2 = {{ 's', 'e', 'c', 'r', 'e', 't', '5' }};\n\nstatic void Bad5a()\n{{\n    var certificate = new {X509}(\"keystore\", new string(PWD2));\n}}")
member(P, C, "find-sec-bugs bad5b instance `char[] PWD3 = {...'5'}` loaded as a keystore password (line 72)",
       f"private char[] PWD3 = {{ 's', 'e', 'c', 'r', 'e', 't', '5' }};\n\nvoid Bad5b()\n{{\n    var certificate = new {X509}(\"keystore\", new string(PWD3));\n}}")
member(P, C, "find-sec-bugs bad6 `String pwdStr = \"secret6\"` through two char[] copies into a keystore load (line 80)",
       f'void Bad6()\n{{\n    string pwdStr = "secret6";\n    char[] pwd1 = pwdStr.ToCharArray();\n    char[] pwd2 = pwd1;\n    var certificate = new {X509}("keystore", new string(pwd2));\n}}')
member(P, C, "find-sec-bugs bad7 `char[] pwd = \"secret7\".toCharArray()` into PBEKeySpec, PasswordAuthentication, KeyStore.PasswordProtection (lines 86-94), as Rfc2898DeriveBytes, NetworkCredential, X509Certificate2",
       f'void Bad7()\n{{\n    byte[] bytes = new byte[2];\n    char[] pwd = "secret7".ToCharArray();\n    var kdf = new {CRYPTO}.Rfc2898DeriveBytes(new string(pwd), bytes, 1, {CRYPTO}.HashAlgorithmName.SHA256);\n    var auth = new System.Net.NetworkCredential("user", new string(pwd));\n    var certificate = new {X509}("keystore", new string(pwd));\n}}')
member(P, C, "find-sec-bugs HARD_CODE_KEY bad8a `byte[] key = {1, 2, 3, 4, 5, 6, 7, 8}` into DESKeySpec, DESedeKeySpec, SecretKeySpec, X509EncodedKeySpec, PKCS8EncodedKeySpec (lines 100-110)",
       f"void Bad8a()\n{{\n    byte[] key = {{ 1, 2, 3, 4, 5, 6, 7, 8 }};\n    var des = {CRYPTO}.DES.Create();\n    des.Key = key;\n    var tripleDes = {CRYPTO}.TripleDES.Create();\n    tripleDes.Key = key;\n    var hmac = new {CRYPTO}.HMACSHA256(key);\n    var rsa = {CRYPTO}.RSA.Create();\n    rsa.ImportSubjectPublicKeyInfo(key, out _);\n    rsa.ImportPkcs8PrivateKey(key, out _);\n}}")
member(P, C, "find-sec-bugs HARD_CODE_KEY bad8b `byte[] key = \"secret8\".getBytes()` into SecretKeySpec (line 116), as HMACSHA256",
       f'void Bad8b()\n{{\n    byte[] key = System.Text.Encoding.UTF8.GetBytes("secret8");\n    System.Console.WriteLine("something");\n    var hmac = new {CRYPTO}.HMACSHA256(key);\n}}')
member(P, C, "find-sec-bugs bad9 static `PWD1 = \"secret4\"` and local `pass = \"secret9\"` as DriverManager.getConnection passwords (lines 121, 123)",
       'private static string PWD1 = "secret4";\n\nvoid Bad9()\n{\n    string pass = "secret9";\n    var connection = DriverManager.GetConnection("url", "user", PWD1);\n    System.Console.WriteLine(connection);\n    connection = DriverManager.GetConnection("url", "user", pass);\n    System.Console.WriteLine(connection);\n}')
member(P, C, "find-sec-bugs HARD_CODE_KEY bad10 `new BigInteger(\"12345\", 5)` into DSA/EC/RSA private and public key specs (lines 129-138), as DSAParameters/ECParameters/RSAParameters",
       f'void Bad10()\n{{\n    var bigInteger = System.Numerics.BigInteger.Parse("12345");\n    var dsa = new {CRYPTO}.DSAParameters {{ X = bigInteger.ToByteArray() }};\n    var ec = new {CRYPTO}.ECParameters {{ D = bigInteger.ToByteArray() }};\n    var rsa = new {CRYPTO}.RSAParameters {{ D = bigInteger.ToByteArray() }};\n    var rsaPublic = new {CRYPTO}.RSAParameters {{ Modulus = bigInteger.ToByteArray() }};\n}}')
member(P, C, "find-sec-bugs HARD_CODE_KEY bad11 static `BigInteger big = new BigInteger(\"1000000\")` into DSAPrivateKeySpec (line 144)",
       f'private static System.Numerics.BigInteger big = System.Numerics.BigInteger.Parse("1000000");\n\nvoid Bad11()\n{{\n    System.Console.WriteLine();\n    var dsa = new {CRYPTO}.DSAParameters {{ X = big.ToByteArray() }};\n}}')
member(P, C, "find-sec-bugs HARD_CODE_KEY bad12 `\"secret8\".getBytes(\"UTF-8\")` as a BigInteger into DSAPrivateKeySpec (line 150)",
       f'void Bad12()\n{{\n    byte[] key = System.Text.Encoding.UTF8.GetBytes("secret8");\n    var bigInteger = new System.Numerics.BigInteger(key);\n    var dsa = new {CRYPTO}.DSAParameters {{ X = bigInteger.ToByteArray() }};\n}}')
member(P, C, "find-sec-bugs bad13 `pwd = \"hardcoded\"` under a non-trivial condition, then a keystore load (line 159)",
       f"private static char[] PWD2 = {{ 's', 'e', 'c', 'r', 'e', 't', '5' }};\n\nvoid Bad13()\n{{\n    string pwd = null;\n    if (PWD2[3] < 'u')\n    {{\n        pwd = \"hardcoded\";\n    }}\n    if (pwd != null)\n    {{\n        var certificate = new {X509}(\"keystore\", pwd);\n    }}\n}}")
member(P, C, "find-sec-bugs HARD_CODE_KEY: the field `private static final byte[] PUBLIC_KEY = new byte[]{1, ..., 7}` (the test's \"+1 for hard coded public key field\")",
       "private static readonly byte[] PUBLIC_KEY = new byte[] { 1, 2, 3, 4, 5, 6, 7 };")
member(N, C, "find-sec-bugs good1: a keystore loaded with a computed password (getPassword()) (no report)",
       f"void Good1()\n{{\n    var certificate = new {X509}(\"keystore\", new string(GetPassword()));\n}}\n\nprivate static char[] GetPassword()\n{{\n    char[] password = new char[3];\n    password[0] = 'x';\n    password[1] = (char)10;\n    password[2] = (\"o\" + \"z\")[1];\n    return password;\n}}")
member(N, C, "find-sec-bugs good2: `String pwd = \"uiiii\".substring(3) + \"oo\"` as a keystore password (no report)",
       f'void Good2()\n{{\n    string pwd = "uiiii".Substring(3) + "oo";\n    char[] pwdArray = pwd.ToCharArray();\n    var certificate = new {X509}("keystore", new string(pwdArray));\n}}')
member(N, C, "find-sec-bugs good3: `key = \"hard coded\"` overwritten by getPassword(), a hard-coded salt, a new byte[1024] key spec (no report)",
       f"void Good3()\n{{\n    string key = \"hard coded\";\n    key = new string(GetPassword());\n    string message = \"can be hard coded\";\n    byte[] byteStringToEncrypt = System.Text.Encoding.UTF8.GetBytes(message);\n    var hmac = new {CRYPTO}.HMACSHA256(System.Text.Encoding.UTF8.GetBytes(key));\n    byte[] bytes = {{ 0, 0, 7 }};\n    var kdf = new {CRYPTO}.Rfc2898DeriveBytes(new string(GetPassword()), bytes, 1, {CRYPTO}.HashAlgorithmName.SHA256);\n    byte[] newArray = new byte[1024];\n    var rsa = {CRYPTO}.RSA.Create();\n    rsa.ImportSubjectPublicKeyInfo(newArray, out _);\n}}\n\nprivate static char[] GetPassword()\n{{\n    char[] password = new char[3];\n    password[0] = 'x';\n    return password;\n}}")
member(N, C, "find-sec-bugs fields `byte[] pwd4; char[] pwd5 = null; char[] pwd6 = new char[7];` (\"not considered hard coded\")",
       "private byte[] pwd4;\nprivate char[] pwd5 = null;\nprivate char[] pwd6 = new char[7];")
V = FSB["vertx"]
local(P, V, "find-sec-bugs VertxOauth2Config.configure `.setClientID(\"client\").setClientSecret(\"secret\")` (line 13), as ASP.NET Core OAuthOptions",
      'var options = new Microsoft.AspNetCore.Authentication.OAuth.OAuthOptions();\noptions.ClientId = "client";\noptions.ClientSecret = "secret";')
member(N, V, "find-sec-bugs VertxOauth2Config.configureFalsePositive `.setClientSecret(config.getProperty(\"secretKey\"))` (no report), as OAuthOptions from IConfiguration",
       'private Microsoft.Extensions.Configuration.IConfiguration config;\n\nvoid Configure(Microsoft.AspNetCore.Authentication.OAuth.OAuthOptions options)\n{\n    options.ClientId = "client";\n    options.ClientSecret = config["secretKey"];\n}')
J = FSB["jsch"]
member(P, J, "find-sec-bugs JSch hashcodedPassword: `addIdentity(\"some/private_key\", \"this_password_is_hardcoded\")` in its four overloads (4 reports)",
       'static void HashcodedPassword()\n{\n    var defaultJSch = new JSch();\n    defaultJSch.AddIdentity("some/private_key", "this_password_is_hardcoded");\n    defaultJSch.AddIdentity("some/private_key", System.Text.Encoding.UTF8.GetBytes("this_password_is_hardcoded"));\n    defaultJSch.AddIdentity("some/private_key", "some/public.key", System.Text.Encoding.UTF8.GetBytes("this_password_is_hardcoded"));\n    defaultJSch.AddIdentity("", new byte[0], new byte[0], System.Text.Encoding.UTF8.GetBytes("this_password_is_hardcoded"));\n}')
member(N, J, "find-sec-bugs JSch unknownSourcePassword: the passphrase is a parameter (never reported)",
       'static void UnknownSourcePassword(string password)\n{\n    var defaultJSch = new JSch();\n    defaultJSch.AddIdentity("some/private_key", password);\n    defaultJSch.AddIdentity("some/private_key", System.Text.Encoding.UTF8.GetBytes(password));\n    defaultJSch.AddIdentity("some/private_key", "some/public.key", System.Text.Encoding.UTF8.GetBytes(password));\n    defaultJSch.AddIdentity("", new byte[0], new byte[0], System.Text.Encoding.UTF8.GetBytes(password));\n}')
PH = FSB["potential"]
CFG = "Microsoft.Extensions.Configuration.IConfiguration"
member(P, PH, "find-sec-bugs badInitHardcodePassword `p.getProperty(\"password\", \"ThisIsNotASecret\")` then `v.setPassword(riskyVal)` (line 16), as IConfiguration with `??`",
       f'void BadInitHardcodePassword({CFG} p)\n{{\n    string riskyVal = p["password"] ?? "ThisIsNotASecret";\n    var v = new Vault();\n    v.SetPassword(riskyVal);\n}}')
member(N, PH, "find-sec-bugs goodInitHardcodePassword `p.getProperty(\"password\")` then `v.setPassword(riskyVal)` (no report)",
       f'void GoodInitHardcodePassword({CFG} p)\n{{\n    string riskyVal = p["password"];\n    var v = new Vault();\n    v.SetPassword(riskyVal);\n}}')
member(P, PH, "find-sec-bugs badVariousSignature `v.setPassword(p.getProperty(\"password\", \"1111111\"))` (line 29)",
       f'void BadVariousSignature(Vault v, {CFG} p)\n{{\n    v.SetPassword(p["password"] ?? "1111111");\n}}')
member(P, PH, "find-sec-bugs badVariousSignature `v.setPassword(o.or(\"2222222\"))` (line 30), Optional.or as `??`",
       'void BadVariousSignature(Vault v, string o)\n{\n    v.SetPassword(o ?? "2222222");\n}')
member(P, PH, "find-sec-bugs badVariousSignature `v.setPassword(System.getProperty(\"password\", \"4444444\"))` (line 32), as an environment variable with `??`",
       'void BadVariousSignature(Vault v)\n{\n    v.SetPassword(System.Environment.GetEnvironmentVariable("password") ?? "4444444");\n}')
E = FSB["equals"]
member(P, E, "find-sec-bugs HardcodedPasswordEquals hardcodedLogin1 `password.equals(\"@dm1n\")` (reported `//!!` line)",
       'public bool HardcodedLogin1(string username, string password)\n{\n    if (username.Equals("admin"))\n    {\n        System.Console.WriteLine("OK");\n    }\n    if (username.Equals("abc"))\n    {\n        System.Console.WriteLine("OK");\n    }\n    string test = username;\n    string abc = test + "def";\n    string test2 = "abcdef";\n    string abc2 = test2 + "def";\n    if (password.Equals("@dm1n"))\n    {\n        return true;\n    }\n    return ValidateDb(username, password);\n}\n\nbool ValidateDb(string username, string password) => false;')
member(P, E, "find-sec-bugs HardcodedPasswordEquals hardcodedLogin2 `\"adm1nL3ft\".equals(password)` (reported `//!!` line)",
       'public bool HardcodedLogin2(string username, string password)\n{\n    if ("adm1nL3ft".Equals(password))\n    {\n        return true;\n    }\n    return ValidateDb(username, password);\n}\n\nbool ValidateDb(string username, string password) => false;')
for n, cond in ((1, 'password.Equals("")'), (2, '"".Equals(password)'), (3, "GetPassword(username).Equals(password)"), (4, "password.Equals(GetPassword(username))")):
    member(N, E, f"find-sec-bugs HardcodedPasswordEquals safeLogin{n} `{cond.replace('Equals', 'equals').replace('GetPassword', 'getPassword')}` (not reported: the test counts 3 reports)",
           f"public bool SafeLogin{n}(string username, string password)\n{{\n    if ({cond})\n    {{\n        return {'true' if n == 1 else 'false'};\n    }}\n    return ValidateDb(username, password);\n}}\n\nbool ValidateDb(string username, string password) => false;\n\nstring GetPassword(string username) => null;")

# ---- njsscan: node_password / node_secret annotated lines, true-negative lines ----
T, TN = NJS["tp"], NJS["tn"]
member(P, T, "njsscan node_password `password = '1212';` (an undeclared JavaScript global), as a static field assigned in a method",
       'static string password;\n\nstatic void Run()\n{\n    password = "1212";\n}')
member(P, T, "njsscan node_password `PASSWORD = '12211';`, as a const", 'const string PASSWORD = "12211";')
local(P, T, "njsscan node_password `obj['password'] = '121233';`, as a dictionary indexer", f'var obj = {DICT_OBJ}();\nobj["password"] = "121233";')
local(P, T, "njsscan node_password `obj2.password = '1234';`, as a member assignment", 'var obj2 = new JsObject();\nobj2.password = "1234";')
local(P, T, "njsscan node_password `obj2.pass = '1234';`, as a member assignment", 'var obj2 = new JsObject();\nobj2.pass = "1234";')
local(P, T, "njsscan node_password `obj2[\"pass\"] = '1234';`, as a dictionary indexer", f'var obj2 = {DICT_OBJ}();\nobj2["pass"] = "1234";')
local(P, T, "njsscan node_password `const password = '1212';`, as a local const", 'const string password = "1212";')
local(P, T, "njsscan node_password `let password = '1212';`, as a typed local", 'string password = "1212";')
local(P, T, "njsscan node_password `var password = '1212';`, as a var local", 'var password = "1212";')
local(P, T, "njsscan node_secret `aws('secret', 'asdasdadasddd')` (a call with the name and the value), as a dictionary Add",
      f'var aws = {DICT}();\naws.Add("secret", "asdasdadasddd");')
local(P, T, "njsscan node_secret `secret = \"Asdadasdasdda\"`", 'var secret = "Asdadasdasdda";')
local(P, T, "njsscan node_secret `obj.secret = \"Asdadasdasddsa\"`, as a member assignment", 'var obj = new JsObject();\nobj.secret = "Asdadasdasddsa";')
member(N, TN, "njsscan true negative `password = ss;` (an identifier), the identifier as a parameter", "void Run(string ss)\n{\n    string password = ss;\n}")
local(N, TN, "njsscan true negative `x = 1; password = x;`", "int x = 1;\nint password = x;")
local(N, TN, "njsscan true negative `pass = 123;` (a number)", "int pass = 123;")
member(N, TN, "njsscan true negative `PASSWORD = ACX;` (an identifier), the identifier as a parameter", "void Run(string ACX)\n{\n    string PASSWORD = ACX;\n}")
local(N, TN, "njsscan true negative `obj['password'] = 1;` (a number)", f'var obj = {DICT_OBJ}();\nobj["password"] = 1;')
local(N, TN, "njsscan true negative `obj2.password = false;` (a boolean)", "var obj2 = new JsObject();\nobj2.password = false;")
member(N, TN, "njsscan true negative `obj2.pass = asdasd;` (an identifier), the identifier as a parameter",
       "void Run(object asdasd)\n{\n    var obj2 = new JsObject();\n    obj2.pass = asdasd;\n}")
member(N, TN, "njsscan true negative `obj2[\"pass\"] = asdad;` (an identifier), the identifier as a parameter",
       f'void Run(object asdad)\n{{\n    var obj2 = {DICT_OBJ}();\n    obj2["pass"] = asdad;\n}}')
member(N, TN, "njsscan true negative `const password = saass;` (an identifier), the identifier as a parameter", "void Run(string saass)\n{\n    string password = saass;\n}")
local(N, TN, "njsscan true negative `let password;` (no value)", "string password;")
local(N, TN, "njsscan true negative `var password = 1232131231232132132131;` (a number), as a decimal literal", "var password = 1232131231232132132131m;")
member(N, TN, "njsscan true negative `angular.module(...).constant('api_key', xyz)` (an identifier), as a dictionary Add with a parameter",
       f'void Run(string xyz)\n{{\n    var constants = {DICT}();\n    constants.Add("api_key", xyz);\n}}')

# ---- dockle TestSensitiveVars ----
ENV = "System.Environment.SetEnvironmentVariable"
for label, name, value, test in ((P, "PASS", "ADMIN", "basic"), (N, "PASS", "", "empty value"), (P, "PasS", "ADMIN", "mixed cases")):
    local(label, DOCKLE, f"dockle CIS-DI-0010 \"{test}\" `ENV {name}={value}` (expected {'true' if label == P else 'false'}), as SetEnvironmentVariable",
          f"{ENV}({cs_string(name)}, {cs_string(value)});")
for label, test, pairs in DOCKLE_ENV2:
    shown = " ".join(f"{n}={v}" for n, v in pairs)
    local(label, DOCKLE, f"dockle CIS-DI-0010 \"{test}\" `ENV {shown}` (expected {'true' if label == P else 'false'}), as SetEnvironmentVariable calls",
          "\n".join(f"{ENV}({cs_string(n)}, {cs_string(v)});" for n, v in pairs))
for label, test, command in DOCKLE_RUN:
    local(label, DOCKLE, f"dockle CIS-DI-0010 \"{test}\" `/bin/sh -c {command}` (expected {'true' if label == P else 'false'}), as Process.Start arguments",
          f'System.Diagnostics.Process.Start("/bin/sh", new[] {{ "-c", {cs_string(command)} }});')

# ---- pre-commit-hooks: AWS ini sections as named values ----
seen = set()
for key, text in AWS_FILES:
    for section, values in aws_sections(text):
        body = tuple(values)
        if body in seen:
            continue  # the same section in another file (production / session-token sections repeat)
        seen.add(body)
        label = P if any(aws_label(k, v) == P for k, v in values) else N
        shown = "; ".join(f"{k} = {v}" for k, v in values)
        local(label, PCH[key], f"pre-commit-hooks detect_aws_credentials aws_config_{key}.ini [{section}] `{shown}` "
              f"({'the secret is in the expected set' if label == P else 'the expected set is empty'}), as named values",
              "\n".join(f"var {k} = {cs_string(v)};" for k, v in values))

for label, variables in AWS_ENV:
    shown = ", ".join(f"'{n}': '{v}'" for n, v in variables)
    secrets = sorted(v for n, v in variables if n != "AWS_DUMMY_KEY")
    local(label, PCH["aws_test"], f"pre-commit-hooks test_get_aws_secrets_from_env {{{shown}}} (expected {{{', '.join(repr(v) for v in secrets)}}}), as SetEnvironmentVariable calls"
          if secrets else f"pre-commit-hooks test_get_aws_secrets_from_env {{{shown}}} (expected an empty set), as SetEnvironmentVariable calls",
          "\n".join(f"{ENV}({cs_string(n)}, {cs_string(v)});" for n, v in variables))

# ---- pmd ApexSuggestUsingNamedCred ----
REQ = "var req = new System.Net.Http.HttpRequestMessage();"
for label, test, body in (
        (P, "key Authorization as literal positive", f'{REQ}\nreq.Headers.Add("Authorization", "SomeValue");'),
        (N, "key Authorization as literal negative", f'{REQ}\nreq.Headers.Add("NotAuth", "SomeValue");'),
        (P, "key Authorization as variable positive", f'{REQ}\nstring key = "Authorization";\nreq.Headers.Add(key, "SomeValue");'),
        (N, "key Authorization as variable negative", f'{REQ}\nstring key = "NotAuth";\nreq.Headers.Add(key, "SomeValue");'),
        (N, "key Authorization as binary expression nonfirst negative", f'{REQ}\nreq.Headers.Add("SomethingElse" + "Authorization", "SomeValue");'),
        (P, "key Authorization as binary expression positive", f'{REQ}\nreq.Headers.Add("Authorization" + "SomethingElse", "SomeValue");'),
        (N, "#3158 value as literal negative", f'{REQ}\nreq.Headers.Add("Authorization", "Bearer {{!$Credential.Password}}");'),
        (P, "value as literal positive", f'{REQ}\nreq.Headers.Add("Authorization", "Bearer HardcodedToken");'),
        (N, "#3158 value as variable negative", f'string value = "Bearer {{!$Credential.Password}}";\n{REQ}\nreq.Headers.Add("Authorization", value);'),
        (P, "value as variable positive", f'string value = "Bearer HardcodedToken";\n{REQ}\nreq.Headers.Add("Authorization", value);'),
        (N, "value as binary expression literal negative", f'{REQ}\nreq.Headers.Add("Authorization", "Bearer " + "{{!$Credential.Password}}");'),
        (N, "value as binary expression variable negative", f'string value = "{{!$Credential.Password}}";\n{REQ}\nreq.Headers.Add("Authorization", "Bearer " + value);'),
        (P, "value as binary expression literal positive", f'{REQ}\nreq.Headers.Add("Authorization", "Bearer " + "HardCodedToken");'),
        (P, "value as binary expression variable positive", f'string value = "HardCodedToken";\n{REQ}\nreq.Headers.Add("Authorization", "Bearer " + value);'),
        (N, "Using named credentials", f'{REQ}\nreq.RequestUri = new System.Uri("callout:***My_Named_Credential***/some_path");\nreq.Method = System.Net.Http.HttpMethod.Get;\nvar http = new System.Net.Http.HttpClient();\nvar res = http.Send(req);')):
    local(label, PMD, f"pmd ApexSuggestUsingNamedCred \"{test}\" (expected-problems {1 if label == P else 0}), as HttpRequestMessage.Headers.Add", body)
for label, test, field in ((N, "key Authorization as field negative", 'private string key = "NotAuth";'),
                           (P, "key Authorization as field positive", 'private string key = "Authorization";')):
    member(label, PMD, f"pmd ApexSuggestUsingNamedCred \"{test}\" (expected-problems {1 if label == P else 0}), as HttpRequestMessage.Headers.Add",
           f'{field}\n\nvoid Foo()\n{{\n    {REQ}\n    req.Headers.Add(key, "SomeValue");\n}}')
for label, test, field in ((N, "value as field negative", 'private string value = "Bearer {!$Credential.Password}";'),
                           (P, "value as field positive", 'private string value = "Bearer HardCodedToken";')):
    member(label, PMD, f"pmd ApexSuggestUsingNamedCred \"{test}\" (expected-problems {1 if label == P else 0}), as HttpRequestMessage.Headers.Add",
           f'{field}\n\nvoid Foo()\n{{\n    {REQ}\n    req.Headers.Add("Authorization", value);\n}}')

STUBS = """public class MyClass { public static string password, _pass, passwd, pwd, secret, token, secrete; }
public static class DriverManager { public static object GetConnection(string url, string user, string password) => url; }
public class JSch
{
    public void AddIdentity(string prvkey, string passphrase) { }
    public void AddIdentity(string prvkey, byte[] passphrase) { }
    public void AddIdentity(string prvkey, string pubkey, byte[] passphrase) { }
    public void AddIdentity(string name, byte[] prvkey, byte[] pubkey, byte[] passphrase) { }
}
public class Vault { public void SetPassword(string password) { } }
public class JsObject { public object password; public object pass; public object secret; }"""

if __name__ == "__main__":
    pairs = [(i[4], i[5]) for i in ITEMS if i[6] != "config"]
    pairs += [("password", S3), ("d[password]", S3), ("password", "default"), ("password", "posonly"), ("password", "kwonly"), ("secret", "posonly"),
              ("passphrase", "secret1"), ("passphrase", "secret2"), ("PWD1", "secret4"), ("pwdStr", "secret6"), ("pwd", "secret7"),
              ("key", "secret8"), ("pass", "secret9"), ("pwd", "hardcoded"), ("ClientSecret", "secret"), ("passphrase", "this_password_is_hardcoded"),
              ("riskyVal", "ThisIsNotASecret"), ("password", "1111111"), ("password", "2222222"), ("password", "4444444"),
              ("password", "@dm1n"), ("password", "adm1nL3ft"), ("key", "hard coded"), ("message", "can be hard coded"), ("pwd", "uiiii"),
              ("password", "1212"), ("PASSWORD", "12211"), ("password", "121233"), ("password", "1234"), ("pass", "1234"),
              ("secret", "asdasdadasddd"), ("secret", "Asdadasdasdda"), ("secret", "Asdadasdasddsa"),
              ("PASS", "ADMIN"), ("PasS", "ADMIN"), ("Authorization", "SomeValue"), ("Authorization", "Bearer HardcodedToken"),
              ("Authorization", "Bearer HardCodedToken"), ("value", "HardCodedToken"), ("Authorization", "Bearer {!$Credential.Password}")]
    pairs += [(n, v) for _, _, l in DOCKLE_ENV2 for n, v in l] + [("command", c) for _, _, c in DOCKLE_RUN]
    pairs += [("SECRET_API_KEY", "63AF7AA15067C05616FDDD88A3A2E8F226F0BC06"), ("SECRET", "myLittleSecret"), ("SECRET", "hello world")]
    pairs += [kv for _, t in AWS_FILES for _, values in aws_sections(t) for kv in values] + [kv for _, l in AWS_ENV for kv in l]
    repeats = check_repeats(HERE, pairs)
    assert not repeats, repeats
    positives, negatives = write_csharp_set(
        "csharp-secrets-8.txt",
        "# Held-out C# secrets set 8 (AKS2001/AKS2002): reduced shapes of ruff (flake8-bandit S105-S107), find-sec-bugs, njsscan, dockle, pre-commit-hooks and pmd labelled examples, labelled by the peer.",
        "# Format: README.md ('C# secrets, set 8'). Written by write_csharp_secrets_8.py (shared labelled strings and provenance in set8_sources.py). '=== stubs' is compiled with every case.",
        "written for this set (stand-ins for the types the peer lines use)",
        STUBS,
        CASES,
    )
    fam = {}
    for label, source, _, _ in CASES:
        f = fam.setdefault(family(source), [0, 0])
        f[0 if label == P else 1] += 1
    print(len(CASES), positives, negatives, fam)

#!/usr/bin/env python3
"""Writes csharp-secrets-10.txt: the tenth held-out C# secrets set (AKS2001/AKS2002), see README.md ('C# secrets, set 10').

Built on 2026-11-26 on branch wip-10 from main 0a31224 and committed with its measuring test before the rules were run on
it (a blind figure for the rules of 0a31224). Sources used in no earlier set: Bearer's hard-coded secret rule tests
(bearer-rules testdata with `bearer:expected` comments, PHP by its Jest snapshot), PSScriptAnalyzer's
AvoidUsingConvertToSecureStringWithPlainText test and actionlint's hardcoded_credentials example. Selection rules,
provenance and the shared labelled strings are in set10_sources.py; this script gives each peer statement its .NET shape:

- an assignment or declaration as a C# local, field or constant with the peer's name and value (Java `char[] x = {...}`
  as a C# char array, `"...".toCharArray()` as `.ToCharArray()`, `byte[]` as `byte[]`);
- an object literal / hash / keyword argument as an object initializer of a stub, an anonymous object, a dictionary or a
  named argument;
- Node crypto calls on a literal as the System.Security.Cryptography call taking the same literal (HMACSHA256 key,
  Aes key, RSA.ImportFromPem, ImportFromEncryptedPem password);
- express-jwt / jsonwebtoken / express-session options as stub options objects and a stub Jwt.Sign;
- Go DSN building and driver configs as string.Format plus a stub Sql.Open, and a stub MySqlConfig / PgOptions;
- ConvertTo-SecureString -AsPlainText on a literal as NetworkCredential(...).SecurePassword on the literal;
- workflow container credentials as NetworkCredential.

Labels are the peers', written before AKS2001/AKS2002 ran on the set.
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from set10_sources import BEARER as B, PSSA, ACTIONLINT, P, N, family, check_repeats, cs_string  # noqa: E402
from csharp_set_writer import builders, write_csharp_set  # noqa: E402

CASES = []
case, local, member = builders(CASES)
DICT = "System.Collections.Generic.Dictionary"
ENV = "System.Environment.GetEnvironmentVariable"


def bn(rule, text, extra=""):
    return f"Bearer {rule} `{text}`{extra}"


# ---- Bearer javascript_lang_hardcoded_secret ----
R = "javascript_lang_hardcoded_secret"
local(P, B["js_assign"], bn(R, 'config.clientSecret = "secretHardcodedString"', " (bearer:expected), as a property assignment"),
      'var config = new OAuthConfig();\nconfig.ClientSecret = "secretHardcodedString";')
local(P, B["js_assign"], bn(R, 'const apiKey = "oops"', " (bearer:expected), as a local constant"), 'const string apiKey = "oops";')
local(P, B["js_object"], bn(R, 'clientSecret: "secretHardcodedString"', " in an object literal (bearer:expected), as an object initializer"),
      f'var config = new OAuthConfig\n{{\n    ClientID = {ENV}("GOOGLE_CLIENT_ID"),\n    ClientSecret = "secretHardcodedString",\n}};')
local(N, B["js_object"], bn(R, 'clientID: process.env["GOOGLE_CLIENT_ID"], callbackURL: "/oauth2/redirect/google", scope: ["profile"]',
                            " (the unannotated members of the same object), as an object initializer"),
      f'var config = new OAuthConfig\n{{\n    ClientID = {ENV}("GOOGLE_CLIENT_ID"),\n    CallbackURL = "/oauth2/redirect/google",\n    Scope = new[] {{ "profile" }},\n}};')
local(P, B["js_crypto"], bn(R, "crypto.createHmac('sha256', 'secretHardcodedString', ...)", " (bearer:expected), as an HMACSHA256 key"),
      'using var hmac = new System.Security.Cryptography.HMACSHA256(System.Text.Encoding.UTF8.GetBytes("secretHardcodedString"));')
local(P, B["js_crypto"], bn(R, "crypto.createSecretKey('secretHardcodedString', \"utf-8\")", " (bearer:expected), as an Aes key"),
      'using var aes = System.Security.Cryptography.Aes.Create();\naes.Key = System.Text.Encoding.UTF8.GetBytes("secretHardcodedString");')
local(P, B["js_crypto"], bn(R, "crypto.createPrivateKey('secretHardcodedString')", " (bearer:expected), as RSA.ImportFromPem"),
      'using var rsa = System.Security.Cryptography.RSA.Create();\nrsa.ImportFromPem("secretHardcodedString");')
member(P, B["js_crypto"], bn(R, "crypto.privateDecrypt({ key: 'secretHardcodedString' }, buffer)", " (bearer:expected), as ImportFromPem then Decrypt"),
       'byte[] Decrypt(byte[] buffer)\n{\n    using var rsa = System.Security.Cryptography.RSA.Create();\n    rsa.ImportFromPem("secretHardcodedString");\n'
       '    return rsa.Decrypt(buffer, System.Security.Cryptography.RSAEncryptionPadding.OaepSHA256);\n}')
member(P, B["js_crypto"], bn(R, "crypto.privateEncrypt({ passphrase: 'secretHardcodedString' }, buffer)", " (bearer:expected), as the ImportFromEncryptedPem password"),
       'void Load(string pem)\n{\n    using var rsa = System.Security.Cryptography.RSA.Create();\n    rsa.ImportFromEncryptedPem(pem, "secretHardcodedString");\n}')
member(P, B["js_crypto"], bn(R, "s.sign('secretHardcodedString', \"utf-8\")", " (bearer:expected; the key argument of Sign.sign), as ImportFromPem then SignData"),
       'byte[] Sign(byte[] data)\n{\n    using var rsa = System.Security.Cryptography.RSA.Create();\n    rsa.ImportFromPem("secretHardcodedString");\n'
       '    return rsa.SignData(data, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);\n}')

# ---- Bearer javascript_express_hardcoded_secret ----
R = "javascript_express_hardcoded_secret"
local(P, B["express_jwt"], bn(R, 'expressjwt({ secret: "my-hardcoded-secret" })', " (bearer:expected), as JWT options"),
      'var options = new JwtOptions { Secret = "my-hardcoded-secret" };')
local(P, B["express_jwt"], bn(R, 'var secret = "my-hardcoded-secret"; jwt.sign({ x: 42 }, secret, y)', " (bearer:expected on the sign call)"),
      'var secret = "my-hardcoded-secret";\nvar token = Jwt.Sign(new { x = 42 }, secret);')
local(P, B["express_jwt"], bn(R, 'jwt2({ secret: secret }) with var secret = "my-hardcoded-secret"', " (bearer:expected), as JWT options from the local"),
      'var secret = "my-hardcoded-secret";\nvar options = new JwtOptions { Secret = secret };')
member(P, B["express_jwt"], bn(R, "import { sign as foo } from 'jsonwebtoken'; foo({ x: 42 }, secret)", " (bearer:expected), as a field and a delegate alias"),
       'static readonly string secret = "my-hardcoded-secret";\n\nstring Run()\n{\n    System.Func<object, string, string> foo = Jwt.Sign;\n    return foo(new { x = 42 }, secret);\n}')
local(N, B["express_session"], bn(R, 'sessionConfig = { name: "my-custom-session-name", secret: "" }; session(sessionConfig)', " (unannotated: not reported)"),
      'var sessionConfig = new SessionOptions { Name = "my-custom-session-name", Secret = "" };\nvar session = new Session(sessionConfig);')
local(P, B["express_session"], bn(R, 'session({ name: "my-custom-session-name", secret: "my-hardcoded-secret" })', " (bearer:expected)"),
      'var session = new Session(new SessionOptions { Name = "my-custom-session-name", Secret = "my-hardcoded-secret" });')
local(P, B["express_session"], bn(R, 'sessionConfig = { ..., secret: "hardcoded-secret" }; session(sessionConfig)', " (bearer:expected on the session call)"),
      'var sessionConfig = new SessionOptions { Name = "my-custom-session-name", Secret = "hardcoded-secret" };\nvar session = new Session(sessionConfig);')

# ---- Bearer ruby_lang_hardcoded_secret / ruby_rails_insecure_http_password ----
R = "ruby_lang_hardcoded_secret"
member(P, B["ruby"], bn(R, 'pw = "abc"; PASSWORD = pw', " (bearer:expected on the PASSWORD line), as two constants"),
       'const string pw = "abc";\nconst string PASSWORD = pw;')
member(P, B["ruby"], bn(R, 'call(api_key: "oops")', " (bearer:expected), as a named argument"),
       'void Call(string api_key)\n{\n}\n\nvoid Run()\n{\n    Call(api_key: "oops");\n}')
member(P, B["ruby"], bn(R, 'call("secret" => "oops")', " (bearer:expected), as a dictionary argument"),
       f'void Call({DICT}<string, string> options)\n{{\n}}\n\nvoid Run()\n{{\n    Call(new {DICT}<string, string> {{ ["secret"] = "oops" }});\n}}')
local(P, B["ruby"], bn(R, '{ API_KEY: "oops" }', " (bearer:expected), as an anonymous object"), 'var settings = new { API_KEY = "oops" };')
local(P, B["ruby"], bn(R, '{ "secret" => "oops" }', " (bearer:expected), as a dictionary initializer"),
      f'var settings = new {DICT}<string, string> {{ ["secret"] = "oops" }};')
local(P, B["rails_http"], bn("ruby_rails_insecure_http_password", 'http_basic_authenticate_with name: "foo", password: "my-secret-password"', " (bearer:expected), as NetworkCredential"),
      'var credentials = new System.Net.NetworkCredential("foo", "my-secret-password");')

# ---- Bearer java_lang_hardcoded_secret ----
R = "java_lang_hardcoded_secret"
member(N, B["java"], bn(R, "private static final byte[] PUBLIC_KEY = new byte[] { 1, 2, 3, 4, 5, 6, 7 };", " (`// ok`)"),
       "private static readonly byte[] PUBLIC_KEY = new byte[] { 1, 2, 3, 4, 5, 6, 7 };")
member(P, B["java"], bn(R, 'final String pass2 = "f#a};!y~7VBcu<&F@[%,{b";', " (field, bearer:expected)"), 'readonly string pass2 = "f#a};!y~7VBcu<&F@[%,{b";')
member(P, B["java"], bn(R, "private static final byte[] API_KEY = new byte[] { 1, 2, 3, 4, 5, 6, 7 };", " (bearer:expected)"),
       "private static readonly byte[] API_KEY = new byte[] { 1, 2, 3, 4, 5, 6, 7 };")
member(P, B["java"], bn(R, "private static final String PWD = \"hV#;N.F9j}'v5Y-XJc])P*\";", " (bearer:expected)"),
       "private const string PWD = \"hV#;N.F9j}'v5Y-XJc])P*\";")
member(P, B["java"], bn(R, "private static final char[] password = { 's', 'e', 'c', 'r', 'e', 't', '5' };", " (bearer:expected)"),
       "private static readonly char[] password = { 's', 'e', 'c', 'r', 'e', 't', '5' };")
member(P, B["java"], bn(R, 'public static final String API_KEY = ".uYikE-os3cM23rz.i6Q";', " (bearer:expected)"),
       'public const string API_KEY = ".uYikE-os3cM23rz.i6Q";')
local(P, B["java"], bn(R, 'final String pass2 = "f#a};!y~7VBcu<&F@[%,{b";', " (local in bad(), bearer:expected)"), 'const string pass2 = "f#a};!y~7VBcu<&F@[%,{b";')
local(P, B["java"], bn(R, "char[] ciphertext = \"gSbDu-wAE7ZL#[tG4'jfx><HFdVk;5a\".toCharArray();", " (bearer:expected)"),
      "char[] ciphertext = \"gSbDu-wAE7ZL#[tG4'jfx><HFdVk;5a\".ToCharArray();")
local(P, B["java"], bn(R, "char[] secret = { 's', 'e', 'c', 'r', 'e', 't' };", " (bearer:expected)"), "char[] secret = { 's', 'e', 'c', 'r', 'e', 't' };")
member(P, B["java"], bn(R, "char[] pwd1 = PWD.toCharArray();", " (bearer:expected; PWD is the constant above)"),
       "private const string PWD = \"hV#;N.F9j}'v5Y-XJc])P*\";\n\nvoid AlsoBad()\n{\n    char[] pwd1 = PWD.ToCharArray();\n}")
local(P, B["java"], bn(R, 'char[] apiKey = {"s", "e", "c", "r", "e", "t"};', " (bearer:expected), as a string array"),
      'string[] apiKey = { "s", "e", "c", "r", "e", "t" };')
local(P, B["java"], bn(R, 'char[] pwd = ".uYikE-os3cM23rz.i6Q".toCharArray();', " (bearer:expected)"), 'char[] pwd = ".uYikE-os3cM23rz.i6Q".ToCharArray();')
local(N, B["java"], bn(R, 'char[] apiKey = "my-secret-key";', " (good(), `// test-like data`, not expected)"), 'char[] apiKey = "my-secret-key".ToCharArray();')
local(N, B["java"], bn(R, 'final String API_KEY = "Enter API";', " (good(), not expected)"), 'const string API_KEY = "Enter API";')
local(N, B["java"], bn(R, 'final String pwd = "testing";', " (good(), not expected)"), 'const string pwd = "testing";')
member(N, B["java"], bn(R, "public String password = null;", " (good(), `// null data`, not expected)"), "public string password = null;")

# ---- Bearer php_lang_hardcoded_secret (snapshot: bad.php lines 3, 5, 7, 10; ok.php none) ----
R = "php_lang_hardcoded_secret"
local(P, B["php_bad"], bn(R, '$password = "oops";', " (bad.php line 3, in the snapshot), as a local"), 'var password = "oops";')
member(P, B["php_bad"], bn(R, 'const API_KEY = "oops";', " (bad.php line 5, in the snapshot), as a constant"), 'const string API_KEY = "oops";')
member(P, B["php_bad"], bn(R, 'foo([ "secret" => "oops", "other" => 42]);', " (bad.php line 7, in the snapshot), as a dictionary argument"),
       f'void Foo({DICT}<string, object> options)\n{{\n}}\n\nvoid Run()\n{{\n    Foo(new {DICT}<string, object> {{ ["secret"] = "oops", ["other"] = 42 }});\n}}')
local(P, B["php_bad"], bn(R, '$name = "SECRET_PASSWORD"; define($name, "oops");', " (bad.php line 10, in the snapshot), as a stub Define"),
      'var name = "SECRET_PASSWORD";\nConstants.Define(name, "oops");')
member(N, B["php_ok"], bn(R, "$password = $ok;", " (ok.php, snapshot `{}`), as a parameter"), "void Run(string ok)\n{\n    var password = ok;\n}")
member(N, B["php_ok"], bn(R, "const API_KEY = $ok;", " (ok.php, snapshot `{}`), as a readonly field from configuration"),
       f'static readonly string API_KEY = {ENV}("OK") ?? "";')
member(N, B["php_ok"], bn(R, 'foo([ "secret" => $ok, "other" => 42]);', " (ok.php, snapshot `{}`)"),
       f'void Foo({DICT}<string, object> options)\n{{\n}}\n\nvoid Run(string ok)\n{{\n    Foo(new {DICT}<string, object> {{ ["secret"] = ok, ["other"] = 42 }});\n}}')
member(N, B["php_ok"], bn(R, '$name = "SECRET_PASSWORD"; define($name, $ok);', " (ok.php, snapshot `{}`)"),
       'void Run(string ok)\n{\n    var name = "SECRET_PASSWORD";\n    Constants.Define(name, ok);\n}')
local(N, B["php_ok"], bn(R, 'define($name, "**");', " (ok.php, snapshot `{}`: a mask, not a value)"), 'var name = "SECRET_PASSWORD";\nConstants.Define(name, "**");')
local(N, B["php_ok"], bn(R, 'define($name, "\u2022\u2022\u2022\u2022\u2022");', " (ok.php, snapshot `{}`: a mask, not a value)"),
      'var name = "SECRET_PASSWORD";\nConstants.Define(name, "\u2022\u2022\u2022\u2022\u2022");')

# ---- Bearer go_lang_hardcoded_mysql_database_password / go_lang_hardcoded_pg_database_password ----
R = "go_lang_hardcoded_mysql_database_password"
local(P, B["go_mysql"], bn(R, 'dbPassword := "admin123" ... sql.Open("mysql", dsn)', " (bad1; bearer:expected on the Open call), as string.Format and a stub Sql.Open"),
      'var dbUser = "admin";\nvar dbPassword = "admin123";\nvar dbName = "myDatabase";\nvar port = 3306;\n'
      'var dsn = string.Format("{0}:{1}@tcp(localhost:{2})/{3}?charset=utf8", dbUser, dbPassword, port, dbName);\nvar db = Sql.Open("mysql", dsn);')
local(P, B["go_mysql"], bn(R, 'mysql.Config{ User: "user", Passwd: "password", ... }', " (second bad1; bearer:expected on Passwd)"),
      'var cfg = new MySqlConfig { User = "user", Passwd = "password", Net = "tcp", Addr = "127.0.0.1:3306", DBName = "recordings" };\nvar db = Sql.Open("mysql", cfg.FormatDSN());')
local(N, B["go_mysql"], bn(R, 'dbPassword := os.Getenv("DB_PASSWORD") ... sql.Open("mysql", dsn)', " (good1, not expected)"),
      f'var dbUser = {ENV}("DB_USER");\nvar dbPassword = {ENV}("DB_PASSWORD");\nvar dbName = "myDatabase";\n'
      'var dsn = string.Format("{0}:{1}@tcp(localhost:3306)/{2}?charset=utf8", dbUser, dbPassword, dbName);\nvar db = Sql.Open("mysql", dsn);')
local(N, B["go_mysql"], bn(R, 'mysql.Config{ User: os.Getenv("DB_USER"), Passwd: os.Getenv("DB_PASSWORD"), ... }', " (good2, not expected)"),
      f'var cfg = new MySqlConfig {{ User = {ENV}("DB_USER"), Passwd = {ENV}("DB_PASSWORD"), Net = "tcp", Addr = "127.0.0.1:3306", DBName = "myDatabase" }};\nvar db = Sql.Open("mysql", cfg.FormatDSN());')
R = "go_lang_hardcoded_pg_database_password"
local(P, B["go_pg"], bn(R, 'dsn := "postgres://admin123:password@localhost/db_name?sslmode=enable"; sql.Open("postgres", dsn)', " (bad2; bearer:expected on the Open call)"),
      'var dsn = "postgres://admin123:password@localhost/db_name?sslmode=enable";\nvar db = Sql.Open("postgres", dsn);')
local(N, B["go_pg"], bn(R, 'fmt.Sprintf("postgres://%s:%s@localhost/%s", dbUser, dbPassword, dbName) from os.Getenv', " (good1, not expected)"),
      f'var dbUser = {ENV}("DB_USER");\nvar dbPassword = {ENV}("DB_PASSWORD");\nvar dbName = "myDatabase";\n'
      'var dsn = string.Format("postgres://{0}:{1}@localhost/{2}", dbUser, dbPassword, dbName);\nvar db = Sql.Open("postgres", dsn);')
local(N, B["go_pg"], bn(R, 'pg.Options{ Addr: ":5432", User: "admin123", Password: os.Getenv("DB_PASSWORD"), Database: "db_name" }', " (good2, not expected)"),
      f'var options = new PgOptions {{ Addr = ":5432", User = "admin123", Password = {ENV}("DB_PASSWORD"), Database = "db_name" }};')

# ---- PSScriptAnalyzer PSAvoidUsingConvertToSecureStringWithPlainText (3 violations / 0) ----
R = "PSScriptAnalyzer PSAvoidUsingConvertToSecureStringWithPlainText"
local(P, PSSA["bad"], f'{R} `$supersecure = convertto-securestring "sdfdsfd" -asplaintext -force` (one of the 3 asserted violations), as NetworkCredential.SecurePassword',
      'var supersecure = new System.Net.NetworkCredential("", "sdfdsfd").SecurePassword;')
local(P, PSSA["bad"], f'{R} `New-Object PSCredential -ArgumentList "username", (ConvertTo-SecureString "really secure" -AsPlainText -Force)` (asserted violation)',
      'var credential = new System.Net.NetworkCredential("username", new System.Net.NetworkCredential("", "really secure").SecurePassword);')
member(P, PSSA["bad"], f'{R} `$sneaky = ctss "sneaky convert" -asplainText -force` (the ctss alias; asserted violation), as a helper called on the literal',
       'static System.Security.SecureString Ctss(string text) => new System.Net.NetworkCredential("", text).SecurePassword;\n\n'
       'void Run()\n{\n    var sneaky = Ctss("sneaky convert");\n}')
local(N, PSSA["ok"], f'{R} NoViolations `$secure = read-host -assecurestring` (0 violations asserted), as a SecureString read from the console',
      'var secure = new System.Security.SecureString();\nforeach (var c in System.Console.ReadLine() ?? "")\n{\n    secure.AppendChar(c);\n}')
member(N, PSSA["ok"], f'{R} NoViolations `convertto-securestring -string $encrypted` (an encrypted standard string; 0 violations asserted), as a stub decrypting it',
       'System.Security.SecureString Run(string encrypted) => SecureStrings.FromEncryptedStandardString(encrypted);')

# ---- actionlint credentials ----
local(P, ACTIONLINT, "actionlint credentials hardcoded_credentials.yaml line 10 `password: pass` in the job container's credentials (reported in the .out file), as NetworkCredential for the container registry",
      'var container = new ContainerSpec { Image = "example.com/owner/image", Credentials = new System.Net.NetworkCredential("user", "pass") };')
local(P, ACTIONLINT, "actionlint credentials hardcoded_credentials.yaml line 17 `password: pass` in the redis service's credentials (reported in the .out file), as a service's NetworkCredential",
      'var services = new System.Collections.Generic.Dictionary<string, ContainerSpec>\n{\n    ["redis"] = new ContainerSpec { Image = "redis", Credentials = new System.Net.NetworkCredential("user", "pass") },\n};')

STUBS = """public class OAuthConfig { public string ClientID { get; set; } public string ClientSecret { get; set; } public string CallbackURL { get; set; } public string[] Scope { get; set; } }
public class JwtOptions { public string Secret { get; set; } }
public static class Jwt { public static string Sign(object payload, string secret) => secret; }
public class SessionOptions { public string Name { get; set; } public string Secret { get; set; } }
public class Session { public Session(SessionOptions options) { } }
public static class Constants { public static void Define(string name, string value) { } }
public static class Sql { public static object Open(string driver, string dsn) => dsn; }
public class MySqlConfig { public string User { get; set; } public string Passwd { get; set; } public string Net { get; set; } public string Addr { get; set; } public string DBName { get; set; } public string FormatDSN() => Addr; }
public class PgOptions { public string Addr { get; set; } public string User { get; set; } public string Password { get; set; } public string Database { get; set; } }
public static class SecureStrings { public static System.Security.SecureString FromEncryptedStandardString(string encrypted) => new System.Security.SecureString(); }
public class ContainerSpec { public string Image { get; set; } public System.Net.NetworkCredential Credentials { get; set; } }"""

if __name__ == "__main__":
    pairs = [("clientSecret", "secretHardcodedString"), ("apiKey", "oops"), ("key", "secretHardcodedString"), ("passphrase", "secretHardcodedString"),
             ("secret", "my-hardcoded-secret"), ("secret", "hardcoded-secret"), ("pw", "abc"), ("api_key", "oops"), ("secret", "oops"),
             ("API_KEY", "oops"), ("password", "my-secret-password"), ("pass2", "f#a};!y~7VBcu<&F@[%,{b"), ("PWD", "hV#;N.F9j}'v5Y-XJc])P*"),
             ("API_KEY", ".uYikE-os3cM23rz.i6Q"), ("ciphertext", "gSbDu-wAE7ZL#[tG4'jfx><HFdVk;5a"), ("pwd", ".uYikE-os3cM23rz.i6Q"),
             ("apiKey", "my-secret-key"), ("API_KEY", "Enter API"), ("pwd", "testing"), ("password", "oops"), ("SECRET_PASSWORD", "oops"),
             ("dbPassword", "admin123"), ("Passwd", "password"), ("dsn", "postgres://admin123:password@localhost/db_name?sslmode=enable"),
             (None, "sdfdsfd"), (None, "really secure"), (None, "sneaky convert"), ("password", "pass"), ("callbackURL", "/oauth2/redirect/google")]
    repeats = check_repeats(HERE, pairs)
    assert not repeats, repeats
    positives, negatives = write_csharp_set(
        "csharp-secrets-10.txt",
        "# Held-out C# secrets set 10 (AKS2001/AKS2002): reduced shapes of Bearer (bearer-rules), PSScriptAnalyzer and actionlint labelled examples, labelled by the peer.",
        "# Format: README.md ('C# secrets, set 10'). Written by write_csharp_secrets_10.py (shared labelled strings and provenance in set10_sources.py). '=== stubs' is compiled with every case.",
        "written for this set (stand-ins for the libraries the peer lines call)",
        STUBS,
        CASES,
    )
    fam = {}
    for label, source, _, _ in CASES:
        f = fam.setdefault(family(source), [0, 0])
        f[0 if label == P else 1] += 1
    print(len(CASES), positives, negatives, fam)

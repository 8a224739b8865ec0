#!/usr/bin/env python3
"""Writes csharp-secrets-2.txt: the second held-out C# secrets set (AKS2001/AKS2002), see README.md.

Every case is a reduced statement shape re-typed by hand from a peer test (no peer file is copied): the peer's
sink call, the literal it plants, and the flow that carries the literal to the sink. Labels are the peer's own:
Juliet's Bad() = positive and Good*() = negative; CodeQL's `.expected` #select rows (BAD comments) = positive and its
GOOD comments = negative; SecurityCodeScan's [TestCategory("Detect")] = positive and "Safe"/"Ignore" = negative.
They were written before the rules were run on this set.
"""
import pathlib

JULIET = "NIST SARD Juliet Test Suite for C# 1.3 (public domain)"
JULIET_NC = "CWE259_Hard_Coded_Password__NetworkCredential_{v}.cs"
JULIET_SQL = "CWE259_Hard_Coded_Password__SqlConnection_{v}.cs"
CODEQL = "github/codeql:csharp/ql/test/query-tests/Security Features/CWE-798/{f}@{c}"
CODEQL_MAIN = ("HardcodedCredentials.cs", "092cae0355226e324a792260b37284136ed2bafd")
CODEQL_TEST = ("TestHardcodedCredentials.cs", "03d1a3e0adeee48300542db1f9f364462795cd42")
SCS = "security-code-scan/security-code-scan:SecurityCodeScan.Test/Tests/Password/{f}@{c}"
SCS_PWD = ("HardcodedPasswordTest.cs", "07ea53ad2b03ffb1af3019952c5c55593cbed3f8")
SCS_FIELD = ("HardcodedPasswordFieldTest.cs", "0629eb851466412ad22c192169b5541c0ef3ea3b")

USINGS = "using System;\nusing System.IO;\nusing System.Net;\nusing System.Data.SqlClient;\n"

SINKS = {
    "nc": "if (data != null)\n{\n    NetworkCredential credentials = new NetworkCredential(\"user\", data, \"domain\");\n    IO.WriteLine(credentials.ToString());\n}",
    "sql": "if (data != null)\n{\n    using (SqlConnection connection = new SqlConnection(@\"Data Source=(local);Initial Catalog=CWE256;User ID=\" + \"sa\" + \";Password=\" + data))\n    {\n        connection.Open();\n    }\n}",
}

BAD = 'data = "7e5tc4s3";'
GOOD = 'data = ""; /* init data */\ntry\n{\n    data = Console.ReadLine();\n}\ncatch (IOException)\n{\n    IO.WriteLine("Error with stream reading");\n}'


def indent(text, n):
    pad = " " * n
    return "\n".join(pad + line if line else line for line in text.split("\n"))


def control(cond, source, sink, members=""):
    """Control-flow variants 02-14: if (cond) { source } else { data = null; } then the sink."""
    body = f"string data;\nif ({cond})\n{{\n{indent(source, 4)}\n}}\nelse\n{{\n    data = null;\n}}\n{sink}"
    return members, body


def variant(v, source, sink):
    """Returns (members, body of the entry method, extra methods/classes) for a Juliet flow variant."""
    conds = {
        "02": "true", "03": "5 == 5", "04": "PRIVATE_CONST_TRUE", "05": "privateTrue", "06": "PRIVATE_CONST_FIVE == 5",
        "07": "privateFive == 5", "08": "PrivateReturnsTrue()", "09": "IO.STATIC_READONLY_TRUE", "10": "IO.staticTrue",
        "11": "IO.StaticReturnsTrue()", "13": "IO.STATIC_READONLY_FIVE == 5", "14": "IO.staticFive == 5",
    }
    members = {
        "04": "private const bool PRIVATE_CONST_TRUE = true;", "05": "private bool privateTrue = true;",
        "06": "private const int PRIVATE_CONST_FIVE = 5;", "07": "private int privateFive = 5;",
        "08": "private static bool PrivateReturnsTrue()\n{\n    return true;\n}",
    }
    if v == "01":
        return "", f"string data;\n{source}\n{sink}", ""
    if v in conds:
        return members.get(v, ""), f"string data;\nif ({conds[v]})\n{{\n{indent(source, 4)}\n}}\nelse\n{{\n    data = null;\n}}\n{sink}", ""
    if v == "12":
        other = GOOD
        return "", f"string data;\nif (IO.StaticReturnsTrueOrFalse())\n{{\n{indent(source, 4)}\n}}\nelse\n{{\n{indent(other, 4)}\n}}\n{sink}", ""
    if v == "15":
        return "", f"string data = null;\nswitch (6)\n{{\ncase 6:\n{indent(source, 4)}\n    break;\ndefault:\n    data = null;\n    break;\n}}\n{sink}", ""
    if v == "16":
        return "", f"string data;\nwhile (true)\n{{\n{indent(source, 4)}\n    break;\n}}\n{sink}", ""
    if v == "17":
        return "", f"string data = null;\nfor (int i = 0; i < 1; i++)\n{{\n{indent(source, 4)}\n}}\n{sink}", ""
    if v == "31":
        return "", f"string dataCopy;\n{{\n    string data;\n{indent(source, 4)}\n    dataCopy = data;\n}}\n{{\n    string data = dataCopy;\n{indent(sink, 4)}\n}}", ""
    if v == "41":
        return "", f"string data;\n{source}\nSink(data);", f"private static void Sink(string data)\n{{\n{indent(sink, 4)}\n}}"
    if v == "42":
        return "", f"string data = Source();\n{sink}", f"private static string Source()\n{{\n    string data;\n{indent(source, 4)}\n    return data;\n}}"
    if v == "45":
        return "private string dataField;", f"string data;\n{source}\ndataField = data;\nSink();", f"private void Sink()\n{{\n    string data = dataField;\n{indent(sink, 4)}\n}}"
    if v == "61":
        return "", f"string data = SourceClass.Source();\n{sink}", None  # SourceClass added by caller
    if v == "66":
        return "", f"string data;\n{source}\nstring[] dataArray = new string[5];\ndataArray[2] = data;\nSink(dataArray);", f"private static void Sink(string[] dataArray)\n{{\n    string data = dataArray[2];\n{indent(sink, 4)}\n}}"
    if v == "71":
        return "", f"string data;\n{source}\nSink((object)data);", f"private static void Sink(object dataObject)\n{{\n    string data = (string)dataObject;\n{indent(sink, 4)}\n}}"
    raise ValueError(v)


FLOW = {
    "01": "baseline", "02": "if (true)", "03": "if (5 == 5)", "04": "private const bool", "05": "private bool field",
    "06": "private const int", "07": "private int field", "08": "private method returns true", "09": "static readonly true",
    "10": "static field true", "11": "static method returns true", "12": "static method true or false",
    "13": "static readonly five", "14": "static field five", "15": "switch (6)", "16": "while (true)", "17": "for loop",
    "31": "copy through a second local in blocks", "41": "argument to a sink method", "42": "returned by a source method",
    "45": "private field read by a sink method", "61": "returned by another class", "66": "array element",
    "71": "boxed as object",
}


def juliet_case(v, sink_key, bad):
    name = (JULIET_NC if sink_key == "nc" else JULIET_SQL).format(v=v + ("a" if v in ("61",) else ""))
    source = BAD if bad else GOOD
    members, body, extra = variant(v, source, SINKS[sink_key])
    method = "Bad" if bad else "GoodG2B"
    parts = [m for m in (members,) if m]
    parts.append(f"public void {method}()\n{{\n{indent(body, 4)}\n}}")
    if extra:
        parts.append(extra)
    text = USINGS + "class JulietCase\n{\n" + "\n\n".join(indent(p, 4) for p in parts) + "\n}\n"
    if v == "61":
        text += "static class SourceClass\n{\n    public static string Source()\n    {\n        string data;\n" + indent(source, 8) + "\n        return data;\n    }\n}\n"
    sink_note = "NetworkCredential password" if sink_key == "nc" else "SqlConnection \"...;Password=\" + data"
    label = "positive" if bad else "negative"
    what = "Bad(): hard-coded \"7e5tc4s3\"" if bad else "GoodG2B(): data read from the console"
    return (label, f"{JULIET}: {name}", f"Juliet flow {v} ({FLOW[v]}), sink {sink_note}; {what}", text)


CASES = []
for v in ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17",
          "31", "41", "42", "45", "61", "66", "71"]:
    CASES.append(juliet_case(v, "nc", True))
    CASES.append(juliet_case(v, "nc", False))
for v in ["01", "02", "08", "12", "15", "31", "41", "45"]:
    CASES.append(juliet_case(v, "sql", True))
    CASES.append(juliet_case(v, "sql", False))


def codeql(label, which, note, body, members=""):
    f, c = which
    extra = USINGS + "using System.Web.Security;\nusing System.Security.Cryptography.X509Certificates;\nusing Microsoft.AspNetCore.Identity;\n"
    helpers = "    public string LoadPasswordFromSecretConfig() => null;\n    public static bool VerifyHashedPassword(string hashedPassword, string password) => true;\n"
    text = extra + "public class Handler\n{\n" + helpers + (indent(members, 4) + "\n" if members else "") + "    public void ProcessRequest(string password, byte[] rawCertData)\n    {\n" + indent(body, 8) + "\n    }\n}\n"
    CASES.append((label, CODEQL.format(f=f, c=c), note, text))


MEMBERSHIP_USER = """MembershipUser user = new MembershipUser(
    providerName: "provider",
    name: "username",
    providerUserKey: "username",
    email: "foo@bar.com",
    passwordQuestion: "Hardcoded question.",
    comment: "",
    isApproved: true,
    isLockedOut: false,
    creationDate: DateTime.Now,
    lastLoginDate: DateTime.Now,
    lastActivityDate: DateTime.Now,
    lastPasswordChangedDate: DateTime.Now,
    lastLockoutDate: DateTime.Now);"""

codeql("positive", CODEQL_MAIN, "cs/hardcoded-credentials: inbound password compared with a literal",
       'if (password == "myPa55word")\n{\n    Console.WriteLine("login");\n}')
codeql("positive", CODEQL_MAIN, "cs/hardcoded-credentials: MembershipUser created with a hard-coded user name (user name only)", MEMBERSHIP_USER)
codeql("positive", CODEQL_MAIN, "cs/hardcoded-credentials: ChangePassword to a literal",
       MEMBERSHIP_USER + '\nuser.ChangePassword(password, "myNewPa55word");')
codeql("positive", CODEQL_MAIN, "cs/hardcoded-credentials: X509Certificate2 password literal",
       'X509Certificate2 cert = new X509Certificate2(\n    rawCertData,\n    "myPa55word");')
codeql("positive", CODEQL_MAIN, "cs/hardcoded-connection-string-credentials: literal Password= in a connection string",
       'SqlConnection conn = new SqlConnection("Password=12345");')
codeql("positive", CODEQL_MAIN, "cs/hardcoded-connection-string-credentials: literal User Id= in a connection string (user name only)",
       'SqlConnection conn2 = new SqlConnection("User Id=12345");')
codeql("positive", CODEQL_MAIN, "cs/hardcoded-credentials: Membership.CreateUser with literal user name and password",
       'Membership.CreateUser("myusername", "mypassword");')
codeql("negative", CODEQL_MAIN, "GOOD: the password is checked against a hash loaded from configuration",
       'string hashedPassword = LoadPasswordFromSecretConfig();\nif (VerifyHashedPassword(hashedPassword, password))\n{\n    Console.WriteLine("login");\n}')
codeql("negative", CODEQL_MAIN, "GOOD: password not specified literally (concatenated from configuration)",
       'SqlConnection conn3 = new SqlConnection("Password=" + LoadPasswordFromSecretConfig() + ";");')
codeql("negative", CODEQL_MAIN, "GOOD (sanitizer): Replace characters are not sources",
       'X509Certificate2 cert2 = new X509Certificate2(\n    "cert.cert",\n    LoadPasswordFromSecretConfig().Replace("=", "\\\\="));')
codeql("negative", CODEQL_MAIN, "GOOD (sanitizer): ToString() result is not hard-coded data",
       'X509Certificate2 cert3 = new X509Certificate2(\n    "cert.cert",\n    new Foo().ToString());',
       'class Foo\n{\n    public override string ToString()\n    {\n        return "Foo";\n    }\n}')
codeql("negative", CODEQL_MAIN, "GOOD: string.Format with the password from configuration",
       'SqlConnection conn = new SqlConnection(string.Format("Password={0}", LoadPasswordFromSecretConfig()));')
codeql("negative", CODEQL_MAIN, "GOOD: interpolation with the password from configuration",
       'SqlConnection conn = new SqlConnection($"Password={LoadPasswordFromSecretConfig()}");')
codeql("negative", CODEQL_MAIN, "GOOD: AllowedUserNameCharacters is not a credential",
       'var identityOptions = new IdentityOptions\n{\n    User = new UserOptions\n    {\n        AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@+"\n    }\n};')
codeql("negative", CODEQL_MAIN, "GOOD: UserNameClaimType is not a credential",
       'var claimsIdentityOptions = new ClaimsIdentityOptions\n{\n    UserNameClaimType = "username"\n};')


def codeql_test(label, note, body):
    f, c = CODEQL_TEST
    text = (USINGS + "using System.Web.Security;\nusing Microsoft.VisualStudio.TestTools.UnitTesting;\n"
            "[TestClass]\npublic class HardCodedCredentialsTest\n{\n    [TestMethod]\n    public void TestUnsafe()\n    {\n" + indent(body, 8) + "\n    }\n}\n")
    CASES.append((label, CODEQL.format(f=f, c=c), note, text))


codeql_test("negative", "GOOD: creating a test user inside a [TestMethod]", 'Membership.CreateUser("myusername", "mypassword");')
codeql_test("positive", "BAD (#select row): MembershipUser with a hard-coded user name in a test class (user name only)", MEMBERSHIP_USER)
codeql_test("negative", "GOOD: MembershipUser returned by a mock",
            MEMBERSHIP_USER.replace("MembershipUser user", "MembershipUser mockUser") + "\nTestReturn.Returns(() => mockUser);")


def scs(label, which, note, body, parameter=""):
    f, c = which
    text = USINGS + "using System.Security.Cryptography;\nclass HardCodedPassword\n{\n    static void TestHardcodedValue(" + parameter + ")\n    {\n" + indent(body, 8) + "\n    }\n}\n"
    CASES.append((label, SCS.format(f=f, c=c), note, text))


scs("positive", SCS_PWD, "Detect: PasswordDeriveBytes with a literal password", 'var test = new PasswordDeriveBytes("hardcode", new byte[] { 0, 1, 2, 3 });')
scs("negative", SCS_PWD, "Ignore: PasswordDeriveBytes with a parameter", 'var test = new PasswordDeriveBytes(input, new byte[] { 0, 1, 2, 3 });', "string input")
scs("positive", SCS_FIELD, "Detect: UriBuilder.Password assigned a literal", 'var uri = new UriBuilder();\nuri.Password = "t0ps3cr3t";')
scs("positive", SCS_FIELD, "Detect: UriBuilder initializer Password literal", 'var uri = new UriBuilder {Password = "t0ps3cr3t"};')
for value in ["null", "String.Empty", '""']:
    scs("negative", SCS_FIELD, f"Safe: UriBuilder.Password = {value}", f"var uri = new UriBuilder();\nuri.Password = {value};")
    scs("negative", SCS_FIELD, f"Safe: UriBuilder initializer Password = {value}", f"var uri = new UriBuilder {{Password = {value}}};")

STUBS = """namespace System.Data.SqlClient
{
    public sealed class SqlConnection : System.IDisposable
    {
        public SqlConnection(string connectionString) { }
        public void Open() { }
        public void Dispose() { }
    }
}
namespace System.Web.Security
{
    public class MembershipUser
    {
        public MembershipUser(string providerName, string name, object providerUserKey, string email, string passwordQuestion, string comment, bool isApproved, bool isLockedOut, System.DateTime creationDate, System.DateTime lastLoginDate, System.DateTime lastActivityDate, System.DateTime lastPasswordChangedDate, System.DateTime lastLockoutDate) { }
        public virtual bool ChangePassword(string oldPassword, string newPassword) => true;
    }
    public static class Membership
    {
        public static MembershipUser CreateUser(string username, string password) => null;
    }
}
namespace Microsoft.VisualStudio.TestTools.UnitTesting
{
    public sealed class TestClassAttribute : System.Attribute { }
    public sealed class TestMethodAttribute : System.Attribute { }
}
public static class TestReturn
{
    public static void Returns(System.Func<System.Web.Security.MembershipUser> objFunc) { }
}
public static class IO
{
    public static readonly bool STATIC_READONLY_TRUE = true;
    public static readonly int STATIC_READONLY_FIVE = 5;
    public static bool staticTrue = true;
    public static int staticFive = 5;
    public static bool StaticReturnsTrue() => true;
    public static bool StaticReturnsTrueOrFalse() => new System.Random().Next(2) == 0;
    public static void WriteLine(string line) => System.Console.WriteLine(line);
}"""

here = pathlib.Path(__file__).resolve().parent
positives = sum(1 for c in CASES if c[0] == "positive")
negatives = len(CASES) - positives
out = [f"# Held-out C# secrets set 2 (AKS2001/AKS2002): reduced shapes of peer tests, labelled by the peer. cases: {len(CASES)}; positives: {positives}; negatives: {negatives}",
       "# Format: README.md ('C# secrets, set 2'). Written by write_csharp_secrets_2.py. '=== stubs' is compiled with every case.",
       "=== stubs | compiled with every case | source: written for this set (stand-ins for System.Data.SqlClient, System.Web.Security, MSTest, Juliet's IO)",
       STUBS]
for label, source, note, text in CASES:
    out.append(f"=== {label} | source: {source} | {note}")
    out.append(text.rstrip("\n"))
(here / "csharp-secrets-2.txt").write_text("\n".join(out) + "\n")
print(len(CASES), positives, negatives)

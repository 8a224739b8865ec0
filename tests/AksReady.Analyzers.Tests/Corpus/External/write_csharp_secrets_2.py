#!/usr/bin/env python3
"""Writes csharp-secrets-2.txt: the second held-out C# secrets set (AKS2001/AKS2002), see README.md.

Every case is a reduced statement shape re-typed by hand from a peer test (no peer file is copied): the peer's
sink call, the literal it plants, and the flow that carries the literal to the sink. Labels are the peer's own:
Juliet's Bad() = positive and Good*() = negative; CodeQL's `.expected` #select rows (BAD comments) = positive and its
GOOD comments = negative; SecurityCodeScan's [TestCategory("Detect")] = positive and "Safe"/"Ignore" = negative.
They were written before the rules were run on this set.
"""
from juliet_flows import FLOW, GOOD, JULIET_IO_STUB, indent, juliet_class, write_set

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


def juliet_case(v, sink_key, bad):
    name = (JULIET_NC if sink_key == "nc" else JULIET_SQL).format(v=v + ("a" if v in ("61",) else ""))
    source = BAD if bad else GOOD
    text = juliet_class(v, source, SINKS[sink_key], bad, USINGS)
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
""" + JULIET_IO_STUB

write_set("csharp-secrets-2.txt", "Held-out C# secrets set 2 (AKS2001/AKS2002)", "written for this set (stand-ins for System.Data.SqlClient, System.Web.Security, MSTest, Juliet's IO)", STUBS, CASES)

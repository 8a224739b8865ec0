#!/usr/bin/env python3
"""Writes csharp-secrets-3.txt: the third held-out C# secrets set (AKS2001/AKS2002), see README.md.

Built on 2026-11-26 before any AKS2001/AKS2002 change made after set 2's second measurement. Every case is a reduced
shape re-typed by hand from a peer test (no peer file is copied): the peer's sink, the constant it plants and the
flow that carries it there, names shortened, comments and unrelated statements dropped. Labels are the peer's own:

- NIST Juliet C# 1.3 CWE-321 (public domain): Bad() = positive, GoodG2B() = negative. The flow variants are the same
  Juliet templates as in set 2 (CWE-259); only the sink is new (the constant, turned into bytes, is the key of
  SymmetricAlgorithm.CreateEncryptor).
- GitHub CodeQL cs/hardcoded-key (MIT): rows of HardcodedSymmetricEncryptionKey.expected #select = positive; statements
  marked GOOD and not in #select = negative.
- dotnet/roslyn-analyzers CA5390 DoNotHardCodeEncryptionKey (MIT): *_DiagnosticAsync tests that expect a result =
  positive; tests that expect none = negative, except those the peer itself comments as its own limitation.
- SonarSource/sonar-dotnet S6781 JwsSecretKeys (LGPL-3.0): `// Noncompliant` = positive, unmarked = negative; only the
  hard-coded keys and the compliant parameter / environment forms are taken.

Left out (stated before the rules were run): CodeQL's DecryptWithPassword (source says GOOD, .expected reports it) and
CreateCryptographicKey (Windows Runtime API, [NOT DETECTED]); CA5390's static readonly field ("Ideally, we'd treat
_key as hardcoded"), 2-D and jagged-initializer arrays ("a weird way of hardcoding a key", expected results commented
out), key returned by a method ("For now, it doesn't support ..."), 33-element params array (the peer's own size
limit); S6781's keys read from ConfigurationManager.AppSettings (configuration, not a hard-coded value) and empty/null
keys (string.Empty, Array.Empty<byte>(), null: SecurityCodeScan, used in set 2, labels empty values safe).
"""
from juliet_flows import FLOW, GOOD, JULIET_IO_STUB, indent, juliet_class, write_set

JULIET = "NIST SARD Juliet Test Suite for C# 1.3 (public domain)"
JULIET_KEY = "CWE321_Hard_Coded_Cryptographic_Key__basic_{v}.cs"
CODEQL = "github/codeql:csharp/ql/test/query-tests/Security Features/CWE-321/HardcodedSymmetricEncryptionKey/HardcodedSymmetricEncryptionKey.cs@05842dcdb348ced3c64a1cb0aa284e97b28218c6 (labels from .expected@0985a3a5f66c828aa9e9a1152b91f2248549b3da)"
CA5390 = "dotnet/roslyn-analyzers:src/NetAnalyzers/UnitTests/Microsoft.NetCore.Analyzers/Security/DoNotHardCodeEncryptionKeyTests.cs@09096bffc4eea124aa59304045b21098255b334c"
S6781 = "SonarSource/sonar-dotnet:analyzers/tests/SonarAnalyzer.Test/TestCases/JwsSecretKeys.AspNet.cs@77dbe623efa9b84799bfe6ed6887ab6e4fad1dd4"

USINGS = "using System;\nusing System.IO;\nusing System.Text;\nusing System.Security.Cryptography;\n"

SINK = """if (data != null)
{
    string stringToEncrypt = "Super secret Squirrel";
    using (AesCryptoServiceProvider aes = new AesCryptoServiceProvider())
    {
        ICryptoTransform encryptor = aes.CreateEncryptor(Encoding.UTF8.GetBytes(data), aes.IV);
        using (MemoryStream msEncrypt = new MemoryStream())
        using (CryptoStream csEncrypt = new CryptoStream(msEncrypt, encryptor, CryptoStreamMode.Write))
        using (StreamWriter swEncrypt = new StreamWriter(csEncrypt))
        {
            swEncrypt.Write(stringToEncrypt);
        }
    }
}"""

BAD = 'data = "23 ~j;asn!@#/>as";'


CASES = []


def juliet_case(v, bad):
    name = JULIET_KEY.format(v=v + ("a" if v in ("61", "66") else ""))
    source = BAD if bad else GOOD
    text = juliet_class(v, source, SINK, bad, USINGS)
    what = "Bad(): hard-coded \"23 ~j;asn!@#/>as\"" if bad else "GoodG2B(): data read from the console"
    CASES.append(("positive" if bad else "negative", f"{JULIET}: {name}",
                  f"Juliet flow {v} ({FLOW[v]}), sink CreateEncryptor(Encoding.UTF8.GetBytes(data), IV); {what}", text))


for v in ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17",
          "31", "41", "42", "45", "61", "66", "71"]:
    juliet_case(v, True)
    juliet_case(v, False)

ZEROS = "new byte[] { 00, 00, 00, 00, 00, 00, 00, 00, 00, 00, 00, 00, 00, 00, 00, 00 }"
CODEQL_HELPERS = """static SymmetricAlgorithm CreateProvider(byte[] key)
{
    return new AesManaged() { Key = key };
}

static byte[] Encrypt(string plaintext, byte[] key, byte[] iv)
{
    using (Aes aes = new AesManaged())
    using (MemoryStream ms = new MemoryStream())
    {
        using (CryptoStream cs = new CryptoStream(ms, aes.CreateEncryptor(key, iv), CryptoStreamMode.Write))
        {
            byte[] raw = Encoding.Unicode.GetBytes(plaintext);
            cs.Write(raw, 0, raw.Length);
        }
        return ms.ToArray();
    }
}"""


def codeql(label, note, body):
    text = USINGS + "class Program\n{\n    static void Main()\n    {\n" + indent(body, 8) + "\n    }\n\n" + indent(CODEQL_HELPERS, 4) + "\n}\n"
    CASES.append((label, CODEQL, note, text))


codeql("positive", "BAD: Key property assigned a byte array literal", f"var a = new AesCryptoServiceProvider();\na.Key = {ZEROS};")
codeql("positive", "BAD: Key set in an object initializer to a byte array literal", f"var b = new AesCryptoServiceProvider()\n{{\n    Key = {ZEROS}\n}};")
codeql("positive", "BAD: Key assigned a local copied from a local holding a byte array literal", f"var a = new AesCryptoServiceProvider();\nvar c = {ZEROS};\nvar d = c;\na.Key = d;")
codeql("positive", "BAD: literal key passed to a method whose parameter is assigned to Key", f"var c = {ZEROS};\nvar d = c;\nvar cp = CreateProvider(d);")
codeql("positive", "BAD: literal key passed to a method that calls CreateEncryptor(key, iv)", f"var c = {ZEROS};\nvar iv = {ZEROS};\nvar ct = Encrypt(\"Test string here\", c, iv);")
codeql("positive", "BAD: key from Encoding.UTF8.GetBytes(string literal) passed to a method that calls CreateEncryptor",
       f"var byteArrayFromString = Encoding.UTF8.GetBytes(\"Hello, world: here is a very bad way to create a key\");\nvar iv = {ZEROS};\nvar ct1 = Encrypt(\"Test string here\", byteArrayFromString, iv);")
codeql("negative", "GOOD: Key read from a file", "var a = new AesCryptoServiceProvider();\na.Key = File.ReadAllBytes(\"secret.key\");")


def ca5390(label, note, body, parameters="byte[] someOtherBytesForIV", members=""):
    text = USINGS + "using System.Linq;\nclass TestClass\n{\n    public void TestMethod(" + parameters + ")\n    {\n" + indent(body, 8) + "\n    }\n" + (indent(members, 4) + "\n" if members else "") + "}\n"
    CASES.append((label, CA5390, note, text))


RIJN = "SymmetricAlgorithm rijn = SymmetricAlgorithm.Create();"
ca5390("positive", "Test_HardcodedInString_CreateEncryptor: Convert.FromBase64String(literal) as key",
       f"byte[] key = Convert.FromBase64String(\"AAAAAaazaoensuth\");\n{RIJN}\nrijn.CreateEncryptor(key, someOtherBytesForIV);")
ca5390("positive", "Test_ASCIIEncodingGetBytesWithStringParameter: new ASCIIEncoding().GetBytes(literal) as key",
       f"byte[] key = new ASCIIEncoding().GetBytes(\"AAAAAaazaoensuth\");\n{RIJN}\nrijn.CreateEncryptor(key, someOtherBytesForIV);")
ca5390("positive", "Test_EncodingUTF8GetBytesWithStringParameter: Encoding.UTF8.GetBytes(literal) as key",
       f"byte[] key = Encoding.UTF8.GetBytes(\"AAAAAaazaoensuth\");\n{RIJN}\nrijn.CreateEncryptor(key, someOtherBytesForIV);")
ca5390("positive", "Test_ASCIIEncodingGetBytesWithString...ByteArray...: literal written into the key buffer by GetBytes(s, 0, 3, key, 0)",
       f"new ASCIIEncoding().GetBytes(\"AAAAAaazaoensuth\", 0, 3, key, 0);\n{RIJN}\nrijn.CreateEncryptor(key, someOtherBytesForIV);", "byte[] key, byte[] someOtherBytesForIV")
ca5390("positive", "Test_HardcodedInStringWithVariable: string local -> FromBase64String -> key",
       f"string someHardCodedBase64String = \"AAAAAaazaoensuth\";\nbyte[] key = Convert.FromBase64String(someHardCodedBase64String);\n{RIJN}\nrijn.CreateEncryptor(key, someOtherBytesForIV);")
ca5390("positive", "Test_HardcodedInMultilinesString: \"1234\" + \"1234\" + \"1234\" -> FromBase64String -> key",
       f"string someHardCodedBase64String = \"1234\" +\n                                   \"1234\" +\n                                   \"1234\";\nbyte[] key = Convert.FromBase64String(someHardCodedBase64String);\n{RIJN}\nrijn.CreateEncryptor(key, someOtherBytesForIV);")
ca5390("positive", "Test_HardcodedInByteArray_CreateEncryptor: byte array literal in a local named rgbKey",
       f"byte[] rgbKey = new byte[] {{1, 2, 3, 4, 5}};\n{RIJN}\nrijn.CreateEncryptor(rgbKey, someOtherBytesForIV);")
ca5390("positive", "Test_AesGcmWithByteArrayParameter: new AesGcm(byte array literal local)",
       "byte[] key = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 };\nAesGcm aesGcm = new AesGcm(key);", "")
ca5390("positive", "Test_AesGcmWithReadOnlySpanParameter: new AesGcm(new ReadOnlySpan<byte>(byte array literal))",
       "ReadOnlySpan<byte> key = new ReadOnlySpan<byte>(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24});\nAesGcm aesGcm = new AesGcm(key);", "")
ca5390("positive", "Test_HardcodedInStringWithVariable_AesGcm: string local -> FromBase64String -> new AesGcm",
       "string someHardCodedBase64String = \"AAAAAaazaoensuth\";\nbyte[] key = Convert.FromBase64String(someHardCodedBase64String);\nAesGcm aesGcm = new AesGcm(key);", "")
ca5390("positive", "Test_AesCcmWithByteArrayParameter: new AesCcm(byte array literal local, 5 bytes)",
       "byte[] key = new byte[] {1, 2, 3, 4, 5};\nAesCcm aesCcm = new AesCcm(key);", "")
ca5390("positive", "Test_AesCcmWithReadOnlySpanParameter: new AesCcm(new ReadOnlySpan<byte>(16-byte literal))",
       "ReadOnlySpan<byte> key = new ReadOnlySpan<byte>(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});\nAesCcm aesCcm = new AesCcm(key);", "")
ca5390("positive", "Test_HardcodedInStringWithVariable_AesCcm: string local -> FromBase64String -> new AesCcm",
       "string someHardCodedBase64String = \"AAAAAaazaoensuth\";\nbyte[] key = Convert.FromBase64String(someHardCodedBase64String);\nAesCcm aesCcm = new AesCcm(key);", "")
ca5390("positive", "Test_HardcodedInByteArray_CreateDecryptor: byte array literal local -> CreateDecryptor",
       f"byte[] rgbKey = new byte[] {{1, 2, 3, 4, 5}};\n{RIJN}\nrijn.CreateDecryptor(rgbKey, someOtherBytesForIV);")
ca5390("positive", "Test_HardcodedInByteArrayWithVariable: byte array with a constant-valued local element",
       f"byte b = 1;\nbyte[] rgbKey = new byte[] {{b, 2, 3, 4, 5}};\n{RIJN}\nrijn.CreateEncryptor(rgbKey, someOtherBytesForIV);")
ca5390("positive", "Test_HardcodedInByteArray_KeyProperty: byte array literal local assigned to Key",
       f"byte[] rgbKey = new byte[] {{1, 2, 3, 4, 5}};\n{RIJN}\nrijn.Key = rgbKey;")
ca5390("positive", "Test_HardcodedInByteArray_CreateEncryptorFromDerivedClass: Aes.CreateEncryptor(byte array literal local)",
       "byte[] rgbKey = new byte[] {1, 2, 3, 4, 5};\nAes aes = Aes.Create();\naes.CreateEncryptor(rgbKey, someOtherBytesForIV);")
ca5390("positive", "Test_HardcodedInByteArray_AesKey: aes.Key = new Byte[] { 1 .. 16 }",
       "using (var aes = Aes.Create())\n{\n    aes.Key = new Byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };\n}", "")
ca5390("positive", "Test_HardcodedInByteArray_CreateEncryptor_Multivalues: one of two byte array literals, chosen at random",
       f"byte[] rgbKey = new byte[] {{1, 2, 3, 4, 5, 6, 7, 8}};\nRandom r = new Random();\n\nif (r.Next(6) == 4)\n{{\n    rgbKey = new byte[] {{9, 10, 11, 12, 13, 14, 15, 16}};\n}}\n\n{RIJN}\nrijn.CreateEncryptor(rgbKey, someOtherBytesForIV);")
ca5390("positive", "Test_HardcodedInByteArray_CreateEncryptor_WithoutAssignment: CreateEncryptor(new byte[] {1..5}, iv)",
       f"{RIJN}\nrijn.CreateEncryptor(new byte[] {{1, 2, 3, 4, 5}}, someOtherBytesForIV);")
ca5390("positive", "Test_MaybeHardcoded_CreateEncryptor: key parameter overwritten by a literal on one branch",
       f"Random r = new Random();\n\nif (r.Next(6) == 4)\n{{\n    rgbKey = new byte[] {{4, 5, 6, 7, 8, 9}};\n}}\n\n{RIJN}\nrijn.CreateEncryptor(rgbKey, someOtherBytesForIV);", "byte[] someOtherBytesForIV, byte[] rgbKey")
ca5390("positive", "Test_PassTaintedSourceInfoAsParameter_SinkMethodParameters: FromBase64String(literal) passed to a method that calls CreateEncryptor",
       "byte[] key = Convert.FromBase64String(\"AAAAAaazaoensuth\");\nCreateEncryptor(key, someOtherBytesForIV);", members=
       f"public void CreateEncryptor(byte[] rgbKey, byte[] rgbIV)\n{{\n    {RIJN}\n    rijn.CreateEncryptor(rgbKey, rgbIV);\n}}")
ca5390("positive", "Test_PassTaintedSourceInfoAsParameter_SinkProperties: FromBase64String(literal) passed to a method that assigns Key",
       "byte[] key = Convert.FromBase64String(\"AAAAAaazaoensuth\");\nCreateEncryptor(key);", "", members=
       f"public void CreateEncryptor(byte[] rgbKey)\n{{\n    {RIJN}\n    rijn.Key = rgbKey;\n}}")
ca5390("positive", "Test_HardcodeByParamsBytesArray: key built by a params byte[] helper from 32 constants",
       f"byte[] rgbKey = GetArray(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32);\n{RIJN}\nrijn.CreateEncryptor(rgbKey, someOtherBytesForIV);",
       members="public byte[] GetArray(params byte[] array)\n{\n    return array;\n}")
ca5390("negative", "Test_TooShortHardcodedInStringWithVariable_AesGcm: \"AAAA\" decodes to 3 bytes",
       "string someHardCodedBase64String = \"AAAA\";\nbyte[] key = Convert.FromBase64String(someHardCodedBase64String);\nAesGcm aesGcm = new AesGcm(key);", "")
ca5390("negative", "Test_InvalidBase64HardcodedInStringWithVariable_AesGcm: not valid base64",
       "string someHardCodedBase64String = \"AAAAbbbbCCCCddddE\";\nbyte[] key = Convert.FromBase64String(someHardCodedBase64String);\nAesGcm aesGcm = new AesGcm(key);", "")
ca5390("negative", "Test_AesCcmWithTooShortByteArrayParameter: 3-byte array",
       "byte[] key = new byte[] {1, 2, 3};\nAesCcm aesCcm = new AesCcm(key);", "")
ca5390("negative", "Test_ASCIIEncodingGetBytesWithCharArrayParameter: key from a char[] parameter",
       f"byte[] key = new ASCIIEncoding().GetBytes(chars);\n{RIJN}\nrijn.CreateEncryptor(key, someOtherBytesForIV);", "char[] chars, byte[] someOtherBytesForIV")
ca5390("negative", "Test_ASCIIEncodingGetBytesWithCharArray...Parameters: key buffer filled from a char[] parameter",
       f"new ASCIIEncoding().GetBytes(chars, 0, 3, key, 0);\n{RIJN}\nrijn.CreateEncryptor(key, someOtherBytesForIV);", "char[] chars, byte[] key, byte[] someOtherBytesForIV")
ca5390("negative", "Test_ASCIIEncodingGetBytesWithConstantCharArray...Parameters: constant char array into a parameter buffer (peer: no diagnostic)",
       f"char[] chars = new char[] {{'1', '2', '3'}};\nnew ASCIIEncoding().GetBytes(chars, 0, 3, key, 0);\n{RIJN}\nrijn.CreateEncryptor(key, someOtherBytesForIV);", "byte[] key, byte[] someOtherBytesForIV")
ca5390("negative", "Test_ElementTypeIsTypeParameter: params of a type parameter, no key",
       "MethodWithArrayParameter(t);", "int t", members="public void MethodWithArrayParameter<T2>(params T2[] arr) where T2 : struct\n{\n}")
ca5390("negative", "Test_HardcodedInJaggedArray_CreateEncryptor: jagged array filled element by element (peer: no diagnostic)",
       f"byte[][] rgbKey = new byte[2][];\nrgbKey[0] = new byte[2] {{ 1, 2 }};\nrgbKey[1] = new byte[3] {{ 3, 4, 5 }};\n{RIJN}\nrijn.CreateEncryptor(rgbKey.Cast<byte>().ToArray(), someOtherBytesForIV);")
ca5390("negative", "Test_NotHardcoded_CreateEncryptor: key parameter",
       f"{RIJN}\nrijn.CreateEncryptor(rgbKey, someOtherBytesForIV);", "byte[] someOtherBytesForIV, byte[] rgbKey")
ca5390("negative", "Test_HardcodedInArrayThenOverwrite: literal overwritten by a parameter before use",
       f"byte[] rgbKey = new byte[] {{1, 2, 3}};\nrgbKey = key;\n{RIJN}\nrijn.CreateEncryptor(rgbKey, someOtherBytesForIV);", "byte[] someOtherBytesForIV, byte[] key")
ca5390("negative", "Test_NotHardcodedInString_CreateEncryptor: FromBase64String(Console.ReadLine())",
       f"byte[] key = Convert.FromBase64String(Console.ReadLine());\n{RIJN}\nrijn.CreateEncryptor(key, someOtherBytesForIV);")
CASES.append(("negative", CA5390, "Test_ArrayInitializerInAttribute: byte array in an attribute argument",
              USINGS + "class MyAttr : Attribute\n{\n    public MyAttr(byte[] array) { }\n}\n\n[MyAttr(new byte[] { 1 })]\nclass C\n{\n}\n"))

S6781_MEMBERS = """private const string HardCodedKey = "SecretSecretSecretSecretSecretSecretSecretSecret";
private const string HardCodedKeyBase64 = "U2VjcmV0U2VjcmV0U2VjcmV0U2VjcmV0U2VjcmV0U2VjcmV0U2VjcmV0U2VjcmV0";
private static readonly byte[] HardCodedKeyBytes = Encoding.UTF8.GetBytes(HardCodedKey);

private static class Constants
{
    public const string ConstantKey = "Secret";
    public static string PropertyKey => "SecretSecretSecretSecretSecretSecretSecretSecret";
}"""


def s6781(label, note, body, parameters=""):
    text = (USINGS + "using Microsoft.IdentityModel.Tokens;\npublic class LoginExampleController\n{\n" + indent(S6781_MEMBERS, 4)
            + "\n\n    public void Method(" + parameters + ")\n    {\n" + indent(body, 8) + "\n    }\n}\n")
    CASES.append((label, S6781, note, text))


s6781("positive", "Noncompliant: SymmetricSecurityKey(GetBytes(private const))", "_ = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(HardCodedKey));")
s6781("positive", "Noncompliant: SymmetricSecurityKey(GetBytes(const of a nested class, the word \"Secret\"))", "_ = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Constants.ConstantKey));")
s6781("positive", "Noncompliant: SymmetricSecurityKey(GetBytes(expression-bodied property returning a literal))", "_ = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Constants.PropertyKey));")
s6781("positive", "Noncompliant: SymmetricSecurityKey(static readonly byte[] from GetBytes(const))", "_ = new SymmetricSecurityKey(HardCodedKeyBytes);")
s6781("positive", "Noncompliant: SymmetricSecurityKey(FromBase64String(const))", "_ = new SymmetricSecurityKey(Convert.FromBase64String(HardCodedKeyBase64));")
s6781("positive", "Noncompliant: local reassigned from the environment to a const, then GetBytes -> SymmetricSecurityKey",
      "var key = Environment.GetEnvironmentVariable(\"JWT_KEY\");\nkey = HardCodedKey;\nvar a = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key));")
s6781("positive", "Noncompliant: local holds the const on one branch, then GetBytes -> SymmetricSecurityKey",
      "string key;\nif (DateTime.Now.Ticks % 2 == 0)\n{\n    key = Environment.GetEnvironmentVariable(\"JWT_KEY\");\n}\nelse\n{\n    key = HardCodedKey;\n}\n_ = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key));")
s6781("positive", "Noncompliant: bytes of the const, one element changed, then SymmetricSecurityKey",
      "var keyBytes = Encoding.UTF8.GetBytes(HardCodedKey);\nkeyBytes[0] = 0;\n_ = new SymmetricSecurityKey(keyBytes);")
s6781("negative", "Compliant: key from an environment variable, GetBytes", "var key = Environment.GetEnvironmentVariable(\"JWT_KEY\") ?? throw new InvalidOperationException(\"JWT key is not configured.\");\n_ = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key));")
s6781("negative", "Compliant: key from an environment variable, FromBase64String", "var key = Environment.GetEnvironmentVariable(\"JWT_KEY\") ?? throw new InvalidOperationException(\"JWT key is not configured.\");\n_ = new SymmetricSecurityKey(Convert.FromBase64String(key));")
s6781("negative", "Compliant: string parameter, GetBytes", "_ = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(parameterKey));", "string parameterKey")
s6781("negative", "Compliant: string parameter, FromBase64String", "_ = new SymmetricSecurityKey(Convert.FromBase64String(parameterKey));", "string parameterKey")
s6781("negative", "Compliant: byte[] parameter", "_ = new SymmetricSecurityKey(parameterKeyBytes);", "byte[] parameterKeyBytes")

STUBS = """namespace Microsoft.IdentityModel.Tokens
{
    public class SymmetricSecurityKey
    {
        public SymmetricSecurityKey(byte[] key) { }
    }
}
""" + JULIET_IO_STUB

write_set("csharp-secrets-3.txt", "Held-out C# secrets set 3 (AKS2001/AKS2002)", "written for this set (stand-ins for Microsoft.IdentityModel.Tokens and Juliet's IO)", STUBS, CASES)

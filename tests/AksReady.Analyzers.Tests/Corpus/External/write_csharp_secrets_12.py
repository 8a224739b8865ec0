#!/usr/bin/env python3
"""Writes csharp-secrets-12.txt: the twelfth held-out C# secrets set (AKS2001/AKS2002), see README.md ('C# secrets, set 12').

Built on 2026-11-27 from main cb005ab and committed with its measuring test before the rules were run on it (a blind
figure for the rules of cb005ab). Source used in no earlier set: the labelled `examples:` of SonarSource/sonar-text's
secret rule specifications for providers other than databases and Azure (set 11 took those). Selection rules,
provenance and the repeat check are in set12_sources.py; this script gives each peer example its .NET shape, as set 11
did:

- `props.set("name", value)` as a settings dictionary entry with the peer's name (the compliant
  `System.getenv(...)` twin reading the environment);
- key=value settings (properties, .pypirc, TOML-like and HOCON blocks) as an in-memory configuration with the peer's keys;
- environment-variable assignments (shell, .env, Dockerfile ENV/ARG, workflow `env:`) as Environment.SetEnvironmentVariable;
- command lines (curl) as Process.Start with the peer's arguments;
- HTTP headers as HttpClient request headers (AuthenticationHeaderValue for an Authorization scheme);
- named values in code (Python, Ruby, JavaScript, Java, Groovy, PHP assignments, constants) as C# locals, fields or
  constants with the peer's names; client constructors and option objects as the same call on a stub; XML as XElement;
  JSON documents as the string a stub client parses; PEM keys as the ImportFromPem call taking them; peer code that
  already is C# re-typed in reduced form; comments kept as comments. A bare peer value gets a neutral name after its
  service, noted.

Labels are the peer's (containsSecret: true positive, false negative), written before AKS2001/AKS2002 ran on the set.
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from set12_sources import SONAR, P, N, family, check_repeats, cs_string, GCP_PLACEHOLDER, GCP_REAL, OPENSSH, PUTTY  # noqa: E402
from csharp_set_writer import builders, write_checked_set  # noqa: E402
from literals import cs_verbatim  # noqa: E402

CASES = []
case, local, member = builders(CASES)
PAIRS = []  # (name, value) of every labelled value, for the repeat check
CASE_PAIRS = []  # (case index, pairs) to name the case a repeat comes from

ENV = "System.Environment.GetEnvironmentVariable"
SETENV = "System.Environment.SetEnvironmentVariable"
DICT = "System.Collections.Generic.Dictionary<string, string>"
HTTP = "var http = new System.Net.Http.HttpClient();"
AUTH = "System.Net.Http.Headers.AuthenticationHeaderValue"
X = "System.Xml.Linq"


def sn(provider, rule, peer, label, how):
    """A note: the sonar-text rule, the peer text (shortened), its label and the .NET shape."""
    peer = peer.replace("|", "\u00a6")  # the set format keeps '|' for its header fields
    return f"sonar-text {provider} `{rule}` `{peer}` (containsSecret: {'true' if label == P else 'false'}), {how}"


def _pairs(pairs):
    CASE_PAIRS.append((len(CASES) - 1, list(pairs)))
    PAIRS.extend(pairs)


def L(label, key, note, stmts, pairs=()):
    local(label, SONAR[key], note, stmts)
    _pairs(pairs)


def M(label, key, note, members, pairs=()):
    member(label, SONAR[key], note, members)
    _pairs(pairs)


def U(label, key, note, usings, stmts, pairs=()):
    """Statements in one method, with using directives before the class."""
    body = "\n".join("        " + s for s in stmts.strip("\n").split("\n"))
    head = "\n".join(f"using {u};" for u in usings)
    case(label, SONAR[key], note, f"{head}\n\nclass Sample\n{{\n    void Run()\n    {{\n{body}\n    }}\n}}")
    _pairs(pairs)


def inmem(label, key, note, settings, pairs=()):
    """key=value settings as an in-memory configuration."""
    entries = "\n".join(f"        [{cs_string(k)}] = {cs_string(v)}," for k, v in settings)
    U(label, key, note, ["Microsoft.Extensions.Configuration"],
      f"var configuration = new ConfigurationBuilder()\n    .AddInMemoryCollection(new {DICT}\n    {{\n{entries}\n    }})\n    .Build();", pairs)


def setenv(label, key, note, variables, pairs=()):
    L(label, key, note, "\n".join(f"{SETENV}({cs_string(k)}, {cs_string(v)});" for k, v in variables), pairs)


def process(label, key, note, file, args, pairs=()):
    L(label, key, note, f"System.Diagnostics.Process.Start({cs_string(file)}, {cs_string(args)});", pairs)


def props(label, key, rule, entries, how="as a settings dictionary entry", pairs=None):
    """props.set(name, value) lines; a value None is the compliant System.getenv(<VAR>) form, given as ('env', VAR)."""
    peer, stmts = [], []
    for name, value in entries:
        if isinstance(value, tuple):
            peer.append(f'props.set("{name}", System.getenv("{value[1]}"))')
            stmts.append(f"props[{cs_string(name)}] = {ENV}({cs_string(value[1])});")
        else:
            peer.append(f'props.set("{name}", "{value}")')
            stmts.append(f"props[{cs_string(name)}] = {cs_string(value)};")
    if pairs is None:
        pairs = [(n, v) for n, v in entries if not isinstance(v, tuple)]
    L(label, key, sn(key, rule, " / ".join(peer), label, how), f"var props = new {DICT}();\n" + "\n".join(stmts), pairs)


def getenv(var):
    return ("env", var)


# =====================================================================================================================
# aws.yaml (S6290)
# =====================================================================================================================
K = "aws"
R = "aws-secret-access-keys-1"
AWS_KEY = "kHeUAwnSUizTWpSbyGAz4f+As5LshPIjvtpswqGb"
props(P, K, R, [("aws-secret-access-key", AWS_KEY)])
props(N, K, R, [("aws-secret-access-key", getenv("AWS_SECRET_ACCESS_KEY"))])
L(P, K, sn(K, R, f"var creds = new AWS.Credentials({{ secretAccessKey: '{AWS_KEY}' }})", P, "as the object initializer of a credentials stub"),
  f'var creds = new AwsCredentials {{ SecretAccessKey = {cs_string(AWS_KEY)} }};', [("secretAccessKey", AWS_KEY)])
setenv(P, K, sn(K, R, f"aws_secret_access_key={AWS_KEY}", P, "as an environment variable"), [("aws_secret_access_key", AWS_KEY)])
setenv(N, K, sn(K, R, "AWS_FECRET_KEY=kHeU...' / AWS_SECRET_KEY=EXAMPLEKEYCXCgDCUbJq1h7CKwNqnpA1il4MXL+y", N, "as environment variables"),
       [("AWS_FECRET_KEY", AWS_KEY + "'"), ("AWS_SECRET_KEY", "EXAMPLEKEYCXCgDCUbJq1h7CKwNqnpA1il4MXL+y")],
       [("AWS_FECRET_KEY", AWS_KEY + "'"), ("AWS_SECRET_KEY", "EXAMPLEKEYCXCgDCUbJq1h7CKwNqnpA1il4MXL+y")])
R = "aws-access-key-ids"
L(N, K, sn(K, R, '"image1": "https://example.s3.amazonaws.example.com/stock_image1.jpg?AWSAccessKeyId=AKIAIRA4VKCBBW3AKELJ&Expires=...", "image2", "fileLocation" (pre-signed links)', N,
           "as a dictionary of the three links"),
  f'var links = new {DICT}\n{{\n'
  '    ["image1"] = "https://example.s3.amazonaws.example.com/stock_image1.jpg?AWSAccessKeyId=AKIAIRA4VKCBBW3AKELJ&Expires=1465128000&Signature=0lFMF4WOfagS2Hs5VrWQo8MpQUE%3D",\n'
  '    ["image2"] = "https://example.s3.amazonaws.example.com/stock_image2.jpg?Expires=1465128000&Signature=0lFMF4WOfagS2Hs5VrWQo8MpQUE%3D&AWSAccessKeyId=AKIAIRA4VKCBBW3AKELJ",\n'
  '    ["fileLocation"] = "https://example.s3.amazonaws.example.com/blobs/example_file.blob?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIRA4VKCBBW3AKELJ%2F20381216%2Fus%2Deast%2D1%2Fs3%2Faws%5Frequest&X-Amz-Date=20211231T235959Z&X-Amz-Expires=806700&X-Amz-Signature=1c7a496eceeb02c37ec29786600038b02ac0e710aaa3ef82b4931ad258f039d2&X-Amz-SignedHeaders=host",\n'
  '};', [("AWSAccessKeyId", "AKIAIRA4VKCBBW3AKELJ")])
case(P, SONAR[K], sn(K, R, 'public class Foo { /* This is for aws */ public static final String KEY = "AKIAIGKECZXA7EXAMPLF" }', P, "as a C# constant with the comment"),
     'public class Foo\n{\n    /* This is for aws */\n    public const string KEY = "AKIAIGKECZXA7EXAMPLF";\n}')
_pairs([("KEY", "AKIAIGKECZXA7EXAMPLF")])
case(N, SONAR[K], sn(K, R, 'public class Foo { public static final String KEY = "AKIAIGKECZXA7EXAMPLF" }', N, "as a C# constant"),
     'public class Foo\n{\n    public const string KEY = "AKIAIGKECZXA7EXAMPLF";\n}')
M(N, K, sn(K, R, 'KEY = "BACAKIAIGKECZXA7AEIJLMQ" // Not really AWS; stellar1.SecretKey("SDGC..."); KEY = "AKIAIGKECZXA7AEIJLMQBAC"; stellar1.SecretKey("QHYA...")', N,
           "as constants (the second KEY as KEY2) and a stub SecretKey"),
  '// extra characters before\npublic const string KEY = "BACAKIAIGKECZXA7AEIJLMQ"; // Not really AWS\n'
  'static readonly object secretKey = Stellar.SecretKey("SDGCPMBQHYAIWM3PQOEKWICDMLVT7REJ24J26QEYJYGB6FJ");\n\n'
  '// extra characters after\npublic const string KEY2 = "AKIAIGKECZXA7AEIJLMQBAC";\n'
  'static readonly object secretKey2 = Stellar.SecretKey("QHYAIWM3PQOEKWICDMLVT7REJ24J26QEYJYGB6FJRPTKDULQX");',
  [("KEY", "BACAKIAIGKECZXA7AEIJLMQ"), ("KEY", "AKIAIGKECZXA7AEIJLMQBAC")])
# boto3.resource(...) negative dropped as a repeat (set12_sources.DROPPED_AS_REPEATS)
R = "aws-session-tokens"
SESSION = ["IQoJb3JpZ2luX2VjEKL//////////wE",
           "aDGV1LWNlbnRyYWwtMSJHMEUCIQDFlDUEvUa6slxlkKKn8zbLkN/j1f7lKJdXJ03PQ5T5ZwIgDYlshciO8nyfnmjUfFy4I2+rEuPHBe",
           "xsvfBo3MlCdgQqugMISxAAGgw4NTk4OTY2NzUzMDYiDFKPV7D/QmnqFWRYpiqXAypJf6TksPZXImVpIUU0Yj0uJhNN0o/HcO8hfQ4BX",
           "uCvpm1DOiVsH6VXMxgNdpGTWr8CjNpEt/eYwSk6MAVPOtjg5+lY2qoGJrUuxwhiKe+BquVM17h0giZ18h1B4ozDGkfxA/vGSJa/qBzn",
           "F0yEpLE+fJoesGe4ZpATs8oUN94/XkrL/eYzXsW3ZD1ZX66QzmSFHhgTJc24d9bezGjR32fEJD/dBm9La+7wpc4+jrXCmt6yxHox0gC",
           "uGrSagcJfPh9pVYneM81fnD/S7Kicb1Pw8MiChfqW0hao1twr4wMgp9N3JlYQNK3fZKbMU/qlvoKTz8D0Joa4elSp4rU4reVUsujCXV",
           "E95PDyj4LD3IDXHF5SAd/23/M/IucMRyeWlRE4pCtry68ENpojXr0tdyyVs8XSkgCGgup/BqDTkBnEBD+V5hOIrHJv5rJ6KpaxEZG0o",
           "zUJdaUpCseSSKK4Jn7liqVqF5EzOOXelqTAACcJmILKQHqke8n3imNs72oi8tu1N+oqbFp60K9whtLDm0JZSavpmRDkMODb8/4FOusB",
           "HFYZCuxMUmotN9Dkzp4InT7kJdKZ/kr61SMhU4hj7vTdjhcRHItO2P+jR7+38kQLDR4O1HR1XkHzLMwDvDwZULeOl6afS1ZpbO8XpeP",
           "HaaLnEqJeZ8BpnfwBEiylK3HGzGAP7WcAgFlMO9AEqoGnnbUBFcL+IYnZ3JFPy0sGsrH4cOC8Gxy2icQKrGpdIyMqGjb2hZsSc1S4nj",
           "GpK0AlCEKrAjzpr6SzPSwLnFtAJpztHbgb9Z7D2jdsjugQYdFwi6/9GKOI/slKqt5/vb7dLnSyeAY+jTaoveUZf6D5yM8PCKrvw5/k+",
           "A1XJw=="]
M(P, K, sn(K, R, 'AWS_SESSION_TOKEN = "IQoJb3JpZ2luX2VjEKL//////////wE" + "aDGV1..." + ... + "A1XJw=="', P, "as a constant concatenation"),
  "const string AWS_SESSION_TOKEN = " + " +\n    ".join(cs_string(s) for s in SESSION) + ";", [("AWS_SESSION_TOKEN", SESSION[1])])
XML_TOKEN = ["AQoDYXdzEPT//////////wMRyeWlRtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQW",
             "LWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGd",
             "QrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU",
             "9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz",
             "+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA=="]
L(P, K, sn(K, R, "<AWSCredentials><AccessKeyId>ASIAIOSFODNN7GUTXNEL</AccessKeyId><SecretAccessKey>wJalrXUtnFEMI/K7MDENG/bPxRfiCYzP+jR7+38k</SecretAccessKey>"
              "<SessionToken>AQoDYXdzEPT...</SessionToken><Expiration>2019-11-09T13:34:41Z</Expiration></AWSCredentials>", P, "as an XElement"),
  f'var credentials = new {X}.XElement("AWSCredentials",\n'
  f'    new {X}.XElement("AccessKeyId", "ASIAIOSFODNN7GUTXNEL"),\n'
  f'    new {X}.XElement("SecretAccessKey", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzP+jR7+38k"),\n'
  f'    new {X}.XElement("SessionToken", "\\n" +\n        ' + " +\n        ".join(cs_string(s) + ' + "\\n"' for s in XML_TOKEN) + '),\n'
  f'    new {X}.XElement("Expiration", "2019-11-09T13:34:41Z"));',
  [("SessionToken", XML_TOKEN[0]), ("SecretAccessKey", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzP+jR7+38k")])
SESS_TOK = ["IQoJb3JpZ2luX2VjEKL//////////wEaDGV1",
            "LWNlbnRyYWwtMSJHMEUCIQDFlDUEvUa6slxlkKKn8zbLkN/j1f7lKJdXJ03PQ5T5ZwIgDYlshciO8nyfnmjUfFy4I2+rEuPHBexsvfB",
            "o3MlCdgQqugMISxAAGgw4NTk4OTY2NzUzMDYiDFKPV7D/QmnqFWRYpiqXAypJf6TksPZXImVpIUU0Yj0uJhNN0o/HcO8hfQ4BXuCvpm",
            "1DOiVsH6VXMxgNdpGTWr8CjNpEt/eYwSk6MAVPOtjg5+lY2qoGJrUuxwhiKe+BquVM17h0giZ18h1B4ozDGkfxA/vGSJa/qBznF0yEp",
            "LE+fJoesGe4ZpATs8oUN94/XkrL/eYzXsW3ZD1ZX66QzmSFHhgTJc24d9bezGjR32fEJD/dBm9La+7wpc4+jrXCmt6yxHox0gCuGrSa",
            "gcJfPh9pVYneM81fnD/S7Kicb1Pw8MiChfqW0hao1twr4wMgp9N3JlYQNK3fZKbMU/qlvoKTz8D0Joa4elSp4rU4reVUsujCXVE95PD",
            "yj4LD3IDXHF5SAd/23/M/IucMRyeWlRE4pCtry68ENpojXr0tdyyVs8XSkgCGgup/BqDTkBnEBD+V5hOIrHJv5rJ6KpaxEZG0ozUJda",
            "UpCseSSKK4Jn7liqVqF5EzOOXelqTAACcJmILKQHqke8n3imNs72oi8tu1N+oqbFp60K9whtLDm0JZSavpmRDkMODb8/4FOusBHFYZC",
            "uxMUmotN9Dkzp4InT7kJdKZ/kr61SMhU4hj7vTdjhcRHItO2P+jR7+38kQLDR4O1HR1XkHzLMwDvDwZULeOl6afS1ZpbO8XpePHaaLn",
            "EqJeZ8BpnfwBEiylK3HGzGAP7WcAgFlMO9AEqoGnnbUBFcL+IYnZ3JFPy0sGsrH4cOC8Gxy2icQKrGpdIyMqGjb2hZsSc1S4njGpK0A",
            "lCEKrAjzpr6SzPSwLnFtAJpztHbgb9Z7D2jdsjugQYdFwi6/9GKOI/slKqt5/vb7dLnSyeAY+jTaoveUZf6D5yM8PCKrvw5/k+A1XJw",
            "=="]
M(N, K, sn(K, R, 'AWS_SESS_TOK = "IQoJb3JpZ2luX2VjEKL//////////wEaDGV1" + "LWNlbnRy..." + ... + "=="', N, "as a constant concatenation"),
  "const string AWS_SESS_TOK = " + " +\n    ".join(cs_string(s) for s in SESS_TOK) + ";", [("AWS_SESS_TOK", SESS_TOK[1])])

# =====================================================================================================================
# gcp.yaml (S6335)
# =====================================================================================================================
K = "gcp"
R = "google-service-account-keys"
L(N, K, sn(K, R, '{"type": "service_account", "project_id": "PROJECT_ID", "private_key_id": "KEY_ID", "private_key": "-----BEGIN PRIVATE KEY-----\\nPRIVATE_KEY \\n-----END PRIVATE KEY-----\\n", ...}', N,
           "as the JSON text a credential stub parses"),
  f"var credential = GoogleCredential.FromJson({cs_verbatim(GCP_PLACEHOLDER)});", [("private_key_id", "KEY_ID")])
L(P, K, sn(K, R, '{"type": "service_account", "project_id": "sonar-text-gcp-service-account-fake-project", ..., "private_key": "-----BEGIN PRIVATE KEY-----\\nMIJEvQIB...", ...}', P,
           "as the JSON text a credential stub parses"),
  f"var credential = GoogleCredential.FromJson({cs_verbatim(GCP_REAL)});", [("private_key", "MIJEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCoagGXuTHsB/r3")])

# =====================================================================================================================
# github.yaml, gitlab.yaml (S6689, S6690)
# =====================================================================================================================
K = "github"
setenv(P, K, sn(K, "github-v2-tokens", "gh_token=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", P, "as an environment variable"),
       [("gh_token", "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")])
L(P, K, sn(K, "github-fine-grained-tokens", "github_pat_11A2ZRGRI0m2mlfCz3I3B0_7Hm0U...", P, "a bare value, as a local with a neutral name"),
  'var github = "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";',
  [("github", "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")])
setenv(P, K, sn(K, "github-fine-grained-tokens", "TOKEN=github_pat_11A2ZRGRI0l6aQvvz2758f_GiGA...", P, "as an environment variable"),
       [("TOKEN", "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")])
K = "gitlab"
R = "gitlab-v2-tokens"
props(P, K, R, [("token", "glpat-zcs1FfaxGnHfvzd7ExHz")])
props(N, K, R, [("token", getenv("TOKEN"))])
setenv(P, K, sn(K, R, "gl_token=glpat-zcs1FfaxGnHfvzd7ExHz", P, "as an environment variable"), [("gl_token", "glpat-zcs1FfaxGnHfvzd7ExHz")])
setenv(N, K, sn(K, R, "gl_token=glpat-aaaaaaaaaaaaaaaaaaaa", N, "as an environment variable"), [("gl_token", "glpat-aaaaaaaaaaaaaaaaaaaa")])

# =====================================================================================================================
# npm.yaml (S6758), pypi.yaml (S6751)
# =====================================================================================================================
K = "npm"
R = "npm-access-token"
setenv(P, K, sn(K, R, "steps: - run: npm install - env: NPM_TOKEN: npm_tCEMceczuiTXKQaBjGIaAezYQ63PqI972ANG", P, "as an environment variable"),
       [("NPM_TOKEN", "npm_tCEMceczuiTXKQaBjGIaAezYQ63PqI972ANG")])
setenv(N, K, sn(K, R, "steps: - run: npm install - env: NPM_TOKEN: ${{ secrets.NPM_TOKEN }}", N, "as an environment variable"),
       [("NPM_TOKEN", "${{ secrets.NPM_TOKEN }}")])
for label, value, how in ((P, "npm_zLJhqeZs81Bhpxan9A0qH8d2wh15DoifLdLd", ""), (N, "${NPM_TOKEN}", ""), (N, "npm_000000000000000000000000000000000000", ""),
                          (N, "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", "")):
    L(label, K, sn(K, R, f"//registry.npmjs.org/:_authToken={value}", label, "as the .npmrc line a local holds (neutral name)"),
      f'var npmrc = {cs_string("//registry.npmjs.org/:_authToken=" + value)};', [("_authToken", value)])
L(N, K, sn(K, R, "somerandomstringwithnpm_tCEMceczuiTXKQaBjGIaAezYQ63PqI972ANG", N, "a bare value, as a local with a neutral name"),
  'var npm = "somerandomstringwithnpm_tCEMceczuiTXKQaBjGIaAezYQ63PqI972ANG";', [("npm", "somerandomstringwithnpm_tCEMceczuiTXKQaBjGIaAezYQ63PqI972ANG")])
K = "pypi"
R = "pypi-api-token"
PYPI1 = ("pypi-AgEIcHlwaS5vcmcCJDY0NDMwNWVmLTI1MDQtNDFlNC1hOWU5LTA3ZmUwYmUyNWYxMQACKlszLCI3YmQ1M2E1Ni1mOGE1LTQ2NzItYWUzMi1lZmNiY2EwZWIzYjAiXQAABiB89zfYXXNnaQjMUWbG9TdChUF-3IZVOtL-rtljaKAvtQ")
PYPI2 = ("pypi-AgEIcHlwaS5vcmcCJDgwN2M5MWY0LTdlMmQtNDI0ZS1iMjExLTAzZmQzNDExMmNjYwACKlszLCI3YmQ1M2E1Ni1mOGE1LTQ2NzItYWUzMi1lZmNiY2EwZWIzYjAiXQAABiCD5l6t2QSOpzZ5mCf2DfExcoYc7mFRbRUgHZtN4QcWig")
inmem(P, K, sn(K, R, "[pypi] username = __token__ / password = pypi-AgEIcHlwaS5vcmcCJDY0NDMw...", P, "(.pypirc) as an in-memory configuration"),
      [("pypi:username", "__token__"), ("pypi:password", PYPI1)], [("password", PYPI1)])
for label, host, value in ((P, "pypi.example.com", PYPI2), (N, "example.com", "pypi-test")):
    U(label, K, sn(K, R, f"machine {host} / login __token__ / password {value[:40]}{'...' if len(value) > 40 else ''}", label,
                   "(.netrc) as a NetworkCredential in a CredentialCache"),
      ["System", "System.Net"],
      f'var cache = new CredentialCache();\ncache.Add(new Uri("https://{host}"), "Basic", new NetworkCredential("__token__", {cs_string(value)}));',
      [("password", value)])

# =====================================================================================================================
# sendgrid.yaml (S6696), mailgun.yaml (S6723), postman.yaml (S6771)
# =====================================================================================================================
K = "sendgrid"
R = "sendgrid-key"
L(P, K, sn(K, R, 'esp_http_client_set_header(client, "Authorization", "Bearer SG.Wjo5QoWqTmrFtMUf8m2T.CIY0Z24e...")', P, "as an Authorization header"),
  f'{HTTP}\nhttp.DefaultRequestHeaders.Add("Content-Type", "application/json");\n'
  f'http.DefaultRequestHeaders.Authorization = new {AUTH}("Bearer", "SG.Wjo5QoWqTmrFtMUf8m2T.CIY0Z24e5sJawIymiK_ZKC_7I15yDP0ur1yt0qtkR9Go");',
  [("Authorization", "SG.Wjo5QoWqTmrFtMUf8m2T.CIY0Z24e5sJawIymiK_ZKC_7I15yDP0ur1yt0qtkR9Go")])
inmem(N, K, sn(K, R, "sendgridApiToken = SG.aaaaaaaaaaaaaaaaaaaaaa.bbbb... / sendgridEmailFrom = from@email.com", N, "as an in-memory configuration"),
      [("sendgridApiToken", "SG.aaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"), ("sendgridEmailFrom", "from@email.com")],
      [("sendgridApiToken", "SG.aaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")])
K = "mailgun"
R = "mailgun-primary-key"
inmem(P, K, sn(K, R, 'name="Mailgun" / authorization-key="key-9143771821d4442f2cb934f8d2fe4e05"', P, "as an in-memory configuration"),
      [("name", "Mailgun"), ("authorization-key", "key-9143771821d4442f2cb934f8d2fe4e05")], [("authorization-key", "key-9143771821d4442f2cb934f8d2fe4e05")])
M(N, K, sn(K, R, 'mailgunAPIKey = "key-00000000000000000000000000000000"', N, "as a constant"),
  'const string mailgunAPIKey = "key-00000000000000000000000000000000";', [("mailgunAPIKey", "key-00000000000000000000000000000000")])
K = "postman"
L(P, K, sn(K, "postman-token", "X-API-Key': 'PMAK-6502e63761882f002a69f0cb-6d9bc58cd0cc60ff5547f81cf2ca141bb9", P, "as a request header"),
  f'{HTTP}\nhttp.DefaultRequestHeaders.Add("X-API-Key", "PMAK-6502e63761882f002a69f0cb-6d9bc58cd0cc60ff5547f81cf2ca141bb9");',
  [("X-API-Key", "PMAK-6502e63761882f002a69f0cb-6d9bc58cd0cc60ff5547f81cf2ca141bb9")])

# =====================================================================================================================
# django.yaml (S6687)
# =====================================================================================================================
K = "django"
DJ = "r&lvybzry1*k+qq)=x-!=0yd5l5#1gxzk!82@ru25*ntos3_9^"
M(P, K, sn(K, "default-secret-key", f"KEY = 'django-insecure-{DJ}'", P, "as a constant"), f"const string KEY = {cs_string('django-insecure-' + DJ)};",
  [("KEY", "django-insecure-" + DJ)])
R = "settings.py-secret-key"
M(P, K, sn(K, R, f"(settings.py) # SECURITY WARNING: keep the secret key used in production secret! / SECRET_KEY = '{DJ}'", P, "as a constant with the comment"),
  f"// SECURITY WARNING: keep the secret key used in production secret!\nconst string SECRET_KEY = {cs_string(DJ)};", [("SECRET_KEY", DJ)])
M(N, K, sn(K, R, "(settings.py) SECRET_KEY = os.environ['SECRET_KEY']", N, "as an environment read (the os.getenv and env() twins left out)"),
  f'// SECURITY WARNING: keep the secret key used in production secret!\nstatic readonly string SECRET_KEY = {ENV}("SECRET_KEY");')
M(P, K, sn(K, R, f'(settings.py) SECRET_KEY = os.getenv("PASS","{DJ}")', P, "as an environment read with the default"),
  f'// SECURITY WARNING: keep the secret key used in production secret!\nstatic readonly string SECRET_KEY = {ENV}("PASS") ?? {cs_string(DJ)};',
  [("SECRET_KEY", DJ)])
R = "env-secret-key"
setenv(P, K, sn(K, R, f"(.env) # DJANGO SETTINGS / DEBUG=True / SERVER_MODE=development / SECRET_KEY={DJ}", P, "as environment variables"),
       [("DEBUG", "True"), ("SERVER_MODE", "development"), ("SECRET_KEY", DJ)], [("SECRET_KEY", DJ)])
setenv(P, K, sn(K, R, f'(.env) DEBUG=True / SERVER_MODE=development / SECRET_KEY={DJ} / ALLOWED_HOSTS=""', P, "as environment variables"),
       [("DEBUG", "True"), ("SERVER_MODE", "development"), ("SECRET_KEY", DJ), ("ALLOWED_HOSTS", "")], [("SECRET_KEY", DJ)])

# =====================================================================================================================
# docker-hub.yaml (S6782)
# =====================================================================================================================
K = "docker-hub"
R = "docker-hub-personal-access-token"
L(P, K, sn(K, R, "uses: docker/login-action@v2 with: username: mobythewhale / password: dckr_pat_cq7wQZcv9xZkVlxMhDTcTV00CDo", P, "as a NetworkCredential"),
  'var login = new System.Net.NetworkCredential("mobythewhale", "dckr_pat_cq7wQZcv9xZkVlxMhDTcTV00CDo");',
  [("password", "dckr_pat_cq7wQZcv9xZkVlxMhDTcTV00CDo")])
L(N, K, sn(K, R, "uses: docker/login-action@v2 with: username: ${{ secrets.dockerUsername }} / password: ${{ secrets.dockerAccessToken }}", N,
           "as a NetworkCredential"),
  'var login = new System.Net.NetworkCredential("${{ secrets.dockerUsername }}", "${{ secrets.dockerAccessToken }}");',
  [("password", "${{ secrets.dockerAccessToken }}")])
L(N, K, sn(K, R, '{"agent_id": "acme-prod-agent", "docker": {"organization_name": "acme", "username": "mobythewhale", "pat": "dckr_pat__dsaCAs_xL3kNyupAa7dwO1alwg"}}', N,
           "as an anonymous object"),
  'var settings = new\n{\n    agent_id = "acme-prod-agent",\n    docker = new { organization_name = "acme", username = "mobythewhale", pat = "dckr_pat__dsaCAs_xL3kNyupAa7dwO1alwg" },\n};',
  [("pat", "dckr_pat__dsaCAs_xL3kNyupAa7dwO1alwg")])

# =====================================================================================================================
# google-api.yaml (S6334), google-oauth2.yaml, google-recaptcha.yaml (S6692), firebase.yaml (S6710)
# =====================================================================================================================
ANDROID = 'System.Xml.Linq.XName.Get("value", "http://schemas.android.com/apk/res/android")'
K = "google-api"
R = "google-api-keys"
L(P, K, sn(K, R, 'android:value="AIzaSyCis4NzxMw1aJyvUIrjGILjPkSdxrRfof4"', P, "as an android:value XAttribute"),
  f'var value = new System.Xml.Linq.XAttribute({ANDROID}, "AIzaSyCis4NzxMw1aJyvUIrjGILjPkSdxrRfof4");',
  [("android:value", "AIzaSyCis4NzxMw1aJyvUIrjGILjPkSdxrRfof4")])
for peer, values in (('android:value="AIzaSyCis4NzxMw1aJyvUIrjGfof4" / "KatitioAIzaSy..." (extra characters before) / "AIzaSy...fof4abc" (after)',
                      ["AIzaSyCis4NzxMw1aJyvUIrjGfof4", "KatitioAIzaSyCis4NzxMw1aJyvUIrjGILjPkSdxrRfof4", "AIzaSyCis4NzxMw1aJyvUIrjGfof4abc"]),
                     ('// placeholders android:value="AIzaSyCe9XJjn78vch---EXAMPLE---SQFBe20s" / "AIzaSyHqGowa85aImLDP7-sd7gcGlgKnuxxxxxx" / "AIza000..."',
                      ["AIzaSyCe9XJjn78vch---EXAMPLE---SQFBe20s", "AIzaSyHqGowa85aImLDP7-sd7gcGlgKnuxxxxxx", "AIza00000000000000000000000000000000000"])):
    L(N, K, sn(K, R, peer, N, "as android:value XAttributes"),
      "\n".join(f"var value{i + 1} = new System.Xml.Linq.XAttribute({ANDROID}, {cs_string(v)});" for i, v in enumerate(values)),
      [("android:value", v) for v in values])

K = "google-oauth2"
CID = "514233951460-ptar9o2diyaiz06uxa9inr2iuqjlvg1u.apps.googleusercontent.com"
OS = "TgxYWFmND-1NTYwNTgzMDM3N"
R = "google-oauth-secret-with-prefix"
M(P, K, sn(K, R, 'GOOGLE_KEY = "573596364929-intnbplawt4tu1mrpvyijnwvdyagv9mt.apps.googleusercontent.com" / GOOGLE_SECRET = "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"', P,
           "as constants"),
  'const string GOOGLE_KEY = "573596364929-intnbplawt4tu1mrpvyijnwvdyagv9mt.apps.googleusercontent.com";\n'
  'const string GOOGLE_SECRET = "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";', [("GOOGLE_SECRET", "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")])
setenv(N, K, sn(K, R, "GOOGLE_CLIENT_ID='sample_385938534644-...apps.googleusercontent.com' / GOOGLE_CLIENT_SECRET='sample_GOCSPX-fxynOF52PNXmtfq78B-lUCO0Grj1'", N,
                "as environment variables"),
       [("GOOGLE_CLIENT_ID", "sample_385938534644-ppt2daiov3qzimvmgokahsvcb96wutkj.apps.googleusercontent.com"),
        ("GOOGLE_CLIENT_SECRET", "sample_GOCSPX-fxynOF52PNXmtfq78B-lUCO0Grj1")], [("GOOGLE_CLIENT_SECRET", "sample_GOCSPX-fxynOF52PNXmtfq78B-lUCO0Grj1")])
inmem(N, K, sn(K, R, "oauth_id: nnnnnnnnnnn-xxxx....apps.googleusercontent.com / oauth_secret: GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx", N, "as an in-memory configuration"),
      [("oauth_id", "nnnnnnnnnnn-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.apps.googleusercontent.com"), ("oauth_secret", "GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx")],
      [("oauth_secret", "GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx")])
R = "google-oauth-secret-no-prefix-client-id-before"
inmem(P, K, sn(K, R, f"client_id: {CID} / client_secret: {OS}", P, "as an in-memory configuration"),
      [("client_id", CID), ("client_secret", OS)], [("client_secret", OS)])
setenv(P, K, sn(K, R, f"GOOGLE_ID={CID} / GOOGLE_SECRET={OS}", P, "as environment variables"), [("GOOGLE_ID", CID), ("GOOGLE_SECRET", OS)],
       [("GOOGLE_SECRET", OS)])
M(P, K, sn(K, R, f"# AUTH_OIDC_ENABLED=true / # AUTH_OIDC_CLIENT_ID={CID} / # AUTH_OIDC_CLIENT_SECRET={OS} / # AUTH_OIDC_DISCOVERY_URI=... / # AUTH_OIDC_BASE_URL=...", P,
           "as commented-out lines"),
  f"// AUTH_OIDC_ENABLED=true\n// AUTH_OIDC_CLIENT_ID={CID}\n// AUTH_OIDC_CLIENT_SECRET={OS}\n"
  "// AUTH_OIDC_DISCOVERY_URI=https://accounts.google.com/.well-known/openid-configuration\n// AUTH_OIDC_BASE_URL=http://localhost:9000\n"
  "static readonly bool OidcEnabled = false;", [("AUTH_OIDC_CLIENT_SECRET", OS)])
INSTALLED = ('{"installed":{"client_id":"' + CID + '","project_id":"example-project-12345","auth_uri":"https://accounts.google.com/o/oauth2/auth",'
             '"token_uri":"https://accounts.google.com/o/oauth2/token","auth_provider_x509_cert_url":"https://www.googleapis.com/oauth2/v1/certs",'
             '"client_secret":"' + OS + '","redirect_uris":["urn:ietf:wg:oauth:2.0:oob","http://localhost"]}}')
L(P, K, sn(K, R, '{"installed":{"client_id":"...apps.googleusercontent.com","project_id":"example-project-12345",...,"client_secret":"TgxYWFmND-1NTYwNTgzMDM3N",...}}', P,
           "as the client-secrets JSON a stub parses"),
  f"var secrets = GoogleClientSecrets.FromJson({cs_string(INSTALLED)});", [("client_secret", OS)])
L(P, K, sn(K, R, f'SocialApp.objects.create(provider="google", name="Google OAuth", client_id="{CID}", secret="{OS}")', P, "as a stub object initializer"),
  f'var googleApp = SocialApp.Create(new SocialApp\n{{\n    Provider = "google",\n    Name = "Google OAuth",\n    ClientId = {cs_string(CID)},\n    Secret = {cs_string(OS)},\n}});',
  [("Secret", OS)])
AUTHORIZED = ("{\n  \"client_id\": \"" + CID + "\",\n  \"client_secret\": \"" + OS + "\",\n  \"refresh_token\": \"1/QzlJ1Z8CY_phper0QGxDqU8sZwy9ZH-hKs4ZSbke27k\",\n"
              "  \"type\": \"authorized_user\"\n}")
L(P, K, sn(K, R, '{"client_id": "...apps.googleusercontent.com", "client_secret": "TgxYWFmND-1NTYwNTgzMDM3N", "refresh_token": "1/QzlJ1Z8CY_...", "type": "authorized_user"}', P,
           "as the JSON text a credential stub parses"),
  f"var credential = GoogleCredential.FromJson({cs_verbatim(AUTHORIZED)});", [("client_secret", OS), ("refresh_token", "1/QzlJ1Z8CY_phper0QGxDqU8sZwy9ZH-hKs4ZSbke27k")])
M(P, K, sn(K, R, 'const char token_str[] = "{ \\"client_id\\": \\"514233951460.apps.googleusercontent.com\\"," "  \\"client_secret\\": \\"TgxYWFmND-1NTYwNTgzMDM3N\\"," ...', P,
           "as a constant concatenation"),
  'const string token_str =\n    "{ \\"client_id\\": \\"514233951460.apps.googleusercontent.com\\","\n'
  f'    + "  \\"client_secret\\": \\"{OS}\\","\n    + "  \\"refresh_token\\": \\"1/QzlJ1Z8CY_phper0QGxDqU8sZwy9ZH-hKs4ZSbke27k\\","\n'
  '    + "  \\"type\\": \\"authorized_user\\"}";', [("client_secret", OS)])
inmem(P, K, sn(K, R, f'"google" {{ "class" = "io.gearpump...GoogleOAuth2Authenticator" "callback" = ... "clientid" = "{CID}" "clientsecret" = "{OS}" ... }}', P,
               "(HOCON) as an in-memory configuration"),
      [("google:class", "io.gearpump.services.security.oauth2.impl.GoogleOAuth2Authenticator"),
       ("google:callback", "http://127.0.0.1:8090/login/oauth2/google/callback"), ("google:clientid", CID), ("google:clientsecret", OS),
       ("google:default-userrole", "guest"), ("google:icon", "/icons/google.png")], [("clientsecret", OS)])
setenv(N, K, sn(K, R, "OAUTH_CLIENT_ID=AAAA....apps.googleusercontent.com / OAUTH_CLIENT_SECRET=BBBBBBBBBBBBBBBBBBBBBBBB", N, "as environment variables"),
       [("OAUTH_CLIENT_ID", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.apps.googleusercontent.com"), ("OAUTH_CLIENT_SECRET", "BBBBBBBBBBBBBBBBBBBBBBBB")],
       [("OAUTH_CLIENT_SECRET", "BBBBBBBBBBBBBBBBBBBBBBBB")])
setenv(N, K, sn(K, R, "GOOGLE_CLIENT_ID='sample_514233951460-...apps.googleusercontent.com' / GOOGLE_CLIENT_SECRET='sample_ND-1NTYwNTgzMDM3N'", N, "as environment variables"),
       [("GOOGLE_CLIENT_ID", "sample_" + CID), ("GOOGLE_CLIENT_SECRET", "sample_ND-1NTYwNTgzMDM3N")], [("GOOGLE_CLIENT_SECRET", "sample_ND-1NTYwNTgzMDM3N")])
R = "google-oauth-js-client"
for label, cid, secret in ((P, CID, OS), (N, "123456789012-abcdefghijklmnopqrstuvwxyz012345.apps.googleusercontent.com", "xxxxxxxxxxxxxxxxxxxxxxxx")):
    M(label, K, sn(K, R, f'return new google.auth.OAuth2("{cid}", "{secret}", "http://localhost")', label, "as an OAuth2 client stub"),
      f'OAuth2Client Create() => new OAuth2Client(\n    {cs_string(cid)},\n    {cs_string(secret)},\n    "http://localhost");', [("clientSecret", secret)])

K = "recaptcha"
R = "google-recaptcha-secret-key"
RC = "6LcaQa4mAAAAAFvhmzAd2hErGBSt4FC-BPzm4cNS"
props(P, K, R, [("recaptcha_secret", RC)])
props(N, K, R, [("recaptcha_secret", getenv("RECAPTCHA_SECRET"))])
inmem(P, K, sn(K, R, f'"recaptcha": {{ "secretkey": "{RC}" }}', P, "as an in-memory configuration"), [("recaptcha:secretkey", RC)], [("secretkey", RC)])
M(P, K, sn(K, R, f'string parameters = $"secret={RC}&response={{gToken}}&remoteip=..."', P, "re-typed (C# already)"),
  'string Parameters(string gToken, System.Net.IPAddress address)\n{\n    string uri = "https://www.google.com/recaptcha/api/siteverify";\n'
  f'    string parameters = $"secret={RC}&response={{gToken}}&remoteip={{address.ToString()}}";\n    return uri + "?" + parameters;\n}}', [("secret", RC)])
M(P, K, sn(K, R, f"RECAPTCHA_PUBLIC_KEY = '6LddA3kgAAAAAPf1mAJmEc7Ku0cssbD5QMha09NT' / RECAPTCHA_PRIVATE_KEY = '{RC}' / SILENCED_SYSTEM_CHECKS = [...]", P, "as constants"),
  'const string RECAPTCHA_PUBLIC_KEY = "6LddA3kgAAAAAPf1mAJmEc7Ku0cssbD5QMha09NT";\n'
  f'const string RECAPTCHA_PRIVATE_KEY = {cs_string(RC)};\nstatic readonly string[] SILENCED_SYSTEM_CHECKS = {{ "captcha.recaptcha_test_key_error" }};',
  [("RECAPTCHA_PRIVATE_KEY", RC)])

K = "firebase"
R = "legacy-fcm-api-key"
FCM1 = "cJgpGj49rfM:APA91bFiH7g1Ch79DQW1_Z_k01eCeYOx2Y76yWUWBfgQ-48UI-bZDkc6YiWsmpBAuA_2g9zwAlHgQMTJ1LxGInjvQDE1wc5-vDDI0AvxAk4spA3EFsh1DXL5SbY3tSVJ64A6pvZvpix_"
FCM2 = "cfUDlZL9YBQ:APA91bExYfB9ymMLJrR6rrDDSdGR614iMWXDHYVQpE2ETwMjJrghcWDKrEHwnay5FTCI57IDZuDfSMyPKszTRwik6_LI4Be-wGb3O-ZlTLYABeRAyhNqQMgC-tDh1zL5xELer2dEZevZ"
FCM3 = "cleVkhW1g-Q:APA91bEHLlxsKpNpTL9FbLyZQVfbv8_67KeyA7JFm1r983BiLFXVxOeRoHr7PxftcmTjgEJgA6oS7EiAfNcdVblRSPsyucfvc9l93n-Z9BvJRRaJZhKTNFrZdJ5RFL9jnkBEmtsNnOTL"
M(P, K, sn(K, R, f'function mobileDebugInit(){{ registerDevice("{FCM1[:30]}..."); }}', P, "as a method calling a stub"),
  f"void MobileDebugInit()\n{{\n    Push.RegisterDevice({cs_string(FCM1)});\n}}", [("registerDevice", FCM1)])
L(N, K, sn(K, R, f"endpoint = {{ 'https://android.googleapis.com/gcm/send/{FCM2[:30]}...', expirationTime: null }}", N, "as an anonymous object"),
  f'var endpoint = new {{ endpoint = {cs_string("https://android.googleapis.com/gcm/send/" + FCM2)}, expirationTime = (string)null }};', [("endpoint", FCM2)])
L(P, K, sn(K, R, f'var pushSubscription = {{ "endpoint": "https://fcm.googleapis.com/fcm/send/{FCM3[:30]}...", "keys": {{}} }}', P, "as an anonymous object"),
  f'var pushSubscription = new {{ endpoint = {cs_string("https://fcm.googleapis.com/fcm/send/" + FCM3)}, keys = new {{ }} }};', [("endpoint", FCM3)])

# =====================================================================================================================
# OpenAI.yaml (S7013), ms-teams.yaml (S6721), facebook.yaml (S6688), discord.yaml (S6708), slack.yaml (S6713, S6717), telegram.yaml (S6652)
# =====================================================================================================================
K = "openai"
R = "openai"
props(P, K, R, [("openai-api-key", "sk-proj-HjexYIWYuDkZotTHif0eT3BlbkFJy9hISv8XIq6QmG1DMUJ9")])
for label, value in ((P, "sk-foobar-pTOaX0lK5EzxpuDfnhqHS1LrvqJAUo2xNJPxrJR6WYQRXxya"), (N, "sk-proj-111111111111111111111111111111111111111111111111")):
    L(label, K, sn(K, R, f'const openai = new OpenAI({{ apiKey: "{value}" }})', label, "as a client stub with the option"),
      f"var openai = new OpenAIClient(new OpenAIOptions {{ ApiKey = {cs_string(value)} }});", [("apiKey", value)])
L(N, K, sn(K, R, 'OPENAI_API_KEY = SecretStr("sk-EUk0Tal8cIkmG4vJF904F57a9eE241A8Ae72666fAxxxxxxx")', N, "as a stub secret-string wrapper"),
  'var OPENAI_API_KEY = new SecretStr("sk-EUk0Tal8cIkmG4vJF904F57a9eE241A8Ae72666fAxxxxxxx");',
  [("OPENAI_API_KEY", "sk-EUk0Tal8cIkmG4vJF904F57a9eE241A8Ae72666fAxxxxxxx")])
L(P, K, sn(K, R, '// const configuration = new Configuration({ //     apiKey: Config.OPENAI_API_KEY ¦¦ "sk-TyAL0vjvW7gtLhwolRrNE2PajjML6zvx9BqborNnl0RJjkQv", // });', P,
           "as commented-out code"),
  '// var configuration = new OpenAIOptions {\n//     ApiKey = Config.OPENAI_API_KEY ?? "sk-TyAL0vjvW7gtLhwolRrNE2PajjML6zvx9BqborNnl0RJjkQv",\n// };\n'
  'var options = new OpenAIOptions();', [("apiKey", "sk-TyAL0vjvW7gtLhwolRrNE2PajjML6zvx9BqborNnl0RJjkQv")])

K = "ms-teams"
R = "ms-teams-webhook-urls"
props(N, K, R, [("teams_webhook_url", "https://sonarcompany.webhook.office.com/webhookb2/52feb105-fe74-52b9-8e90-5d165916fe22@61c6aa5a3-6531-4e28-9c0b-33ba1a8aa1ff/IncomingWebhook/f7fb2308e5f14431ace5b7cd0e670e42/4563618c-b03b-4e80-b093-28bb4ff11de8")])
props(N, K, R, [("teams_webhook_url", getenv("TEAMS_WEBHOOK_URL"))])
TEAMS = "https://companyname.webhook.office.com/webhookb2/5bf015e2-ce92-42a8-8e90-92552d6ef161@0c6aa5a3-6531-4e28-9c0b-33ba1a8aa1ff/IncomingWebhook/f7fb2308e5f14431ace5b7cd0e670e42/4563618c-b03b-4e80-b093-28bb4ff11de8"
M(P, K, sn(K, R, 'var webhookUrl = "https://companyname.webhook.office.com/webhookb2/5bf015e2-...@0c6aa5a3-.../IncomingWebhook/f7fb.../4563..."; ... client.PostAsync(webhookUrl, content)', P,
           "re-typed (C# already)"),
  'async System.Threading.Tasks.Task Send(string adaptiveCardJson)\n{\n'
  f'    var webhookUrl = {cs_string(TEAMS)};\n    var client = new System.Net.Http.HttpClient();\n'
  '    client.DefaultRequestHeaders.Accept.Add(new System.Net.Http.Headers.MediaTypeWithQualityHeaderValue("application/json"));\n'
  '    var content = new System.Net.Http.StringContent(adaptiveCardJson, System.Text.Encoding.UTF8, "application/json");\n'
  '    var response = await client.PostAsync(webhookUrl, content);\n}', [("webhookUrl", TEAMS)])
for url in ("https://outlook.office.com/webhook/6ee4efaa-986e-4b8e-8d6b-cca47c84f4a2@87ba1f9a-44cd-43a6-b008-6fdb45a5204e/TravisCI/9ad1eb07cda7411db33e74c3d676774e/0ad415e3-d66a-425c-9914-e9e52f2b81e1",
            "https://mycompany.webhook.office.com/webhookb2/f49c28c6-d10b-412c-b961-fge456bd@c1a7fa9b-90b3-49ab-b5e2-345HG88c/IncomingWebhook/b43c20SDSGFG56712d848bc1cebb17/53ee2e22-a867-4e74-868a-F3fs3935"):
    M(N, K, sn(K, R, f"const NETWORKS = {{ '1': '{url[:60]}...' }}", N, "as a static dictionary"),
      f'static readonly {DICT} NETWORKS = new {DICT}\n{{\n    ["1"] = {cs_string(url)},\n}};', [("1", url)])

K = "facebook"
R = "facebook-app-key"
FB = "a569a8eee3802560e1416edbc4ee119d"
props(P, K, R, [("facebook_secret", FB), ("facebook_id", "023039123091238")], pairs=[("facebook_secret", FB)])
props(N, K, R, [("facebook_secret", getenv("FACEBOOK_SECRET")), ("facebook_id", getenv("FACEBOOK_ID"))])
inmem(P, K, sn(K, R, f'"oauth.facebook.Permissions": [ "email", "public_profile" ], "oauth.facebook.AppId": "1223644538316829", "oauth.facebook.AppSecret": "{FB}"', P,
               "as an in-memory configuration"),
      [("oauth.facebook.Permissions:0", "email"), ("oauth.facebook.Permissions:1", "public_profile"), ("oauth.facebook.AppId", "1223644538316829"),
       ("oauth.facebook.AppSecret", FB)], [("oauth.facebook.AppSecret", FB)])
L(P, K, sn(K, R, f"facebook: {{ clientID: process.env.FACEBOOK_ID ¦¦ '1223644538316829', clientSecret: process.env.FACEBOOK_SECRET ¦¦ '{FB}', callbackURL: '/auth/facebook/callback', passReqToCallback: true }}", P,
           "as an options stub with environment reads and defaults"),
  f'var facebook = new FacebookOptions\n{{\n    ClientId = {ENV}("FACEBOOK_ID") ?? "1223644538316829",\n    ClientSecret = {ENV}("FACEBOOK_SECRET") ?? {cs_string(FB)},\n'
  '    CallbackUrl = "/auth/facebook/callback",\n    PassReqToCallback = true,\n};', [("clientSecret", FB)])
M(P, K, sn(K, R, f"<strong>FACEBOOK_APP_ID</strong> = '1223644538316829'<br> <strong>FACEBOOK_APP_SECRET</strong> = '{FB}'", P, "as constants"),
  f'const string FACEBOOK_APP_ID = "1223644538316829";\nconst string FACEBOOK_APP_SECRET = {cs_string(FB)};', [("FACEBOOK_APP_SECRET", FB)])

K = "discord"
R = "discord-webhook-urls"
DISCORD = "https://discord.com/api/webhooks/1143503308481384529/SBkGFYyl6njbyg_DJwhP2x5s4XAzd8Ll5CZQ7HG4xfDRJhOTAIlb0UiPL4ykOZQNIHpd"
props(P, K, R, [("discord_webhook_url", DISCORD)])
props(N, K, R, [("discord_webhook_url", getenv("DISCORD_WEBHOOK_URL"))])
L(P, K, sn(K, R, f"webhooks: {{ 'my-super-awesome-hook': '{DISCORD[:50]}...' }}", P, "as a dictionary"),
  f'var webhooks = new {DICT}\n{{\n    ["my-super-awesome-hook"] = {cs_string(DISCORD)},\n}};', [("my-super-awesome-hook", DISCORD)])
L(N, K, sn(K, R, '{"links": ["https://discord.com/api/webhooks/1/a", "https://discord.com/api/webhooks/2/b"], "content": "test"}', N, "as an anonymous object"),
  'var message = new\n{\n    links = new[] { "https://discord.com/api/webhooks/1/a", "https://discord.com/api/webhooks/2/b" },\n    content = "test",\n};')

K = "slack"
for R, kind, letter in (("slack-incoming-webhook-urls", "services", "B"), ("slack-workflow-webhook-urls", "workflows", "A")):
    good = f"https://hooks.slack.com/{kind}/T2K4J934U/{letter}IAKM84H6/sk39sKmssU3uJ34HiIoslwe0"
    cases = [(P, good)]
    if kind == "services":
        cases.append((N, "{slack_webhook_url}"))
    cases.append((N, f"https://hooks.slack.com/{kind}/Txxxxxxxx/xxxxxxxxx/xxxxxxxxxxxxxxxxxxxxxxxx"))
    for label, url in cases:
        L(label, K, sn(K, R, f"$slack = new Slack('{url}'); $message = new SlackMessage($slack); $message->setText(\"Hello world!\")...", label,
                       "as a Slack client stub"),
          f'// Use the url you got earlier\nvar slack = new SlackClient({cs_string(url)});\nvar message = new SlackMessage(slack);\nmessage.SetText("Hello world!");\nmessage.Send();',
          [("slack", url)])

K = "telegram"
L(P, K, sn(K, "telegram-bot-key", 'TelegramBot bot = new TelegramBot("7299363101:AAWJlilLyeMaKgTTrrfsyrtxDqqI-cdI-TF");', P, "as a bot client stub"),
  'TelegramBot bot = new TelegramBot("7299363101:AAWJlilLyeMaKgTTrrfsyrtxDqqI-cdI-TF");', [("TelegramBot", "7299363101:AAWJlilLyeMaKgTTrrfsyrtxDqqI-cdI-TF")])
inmem(N, K, sn(K, "telegram-bot-key", "telegram: enabled: no / api_key: '5555555555:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'", N, "as an in-memory configuration"),
      [("telegram:enabled", "no"), ("telegram:api_key", "5555555555:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")],
      [("api_key", "5555555555:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")])

# =====================================================================================================================
# grafana.yaml (S6762), artifactory.yaml (S6752)
# =====================================================================================================================
K = "grafana"
process(P, K, sn(K, "grafana-api-token", "curl 'https://grafana.example.org/api/dashboards/home' -X 'Authorization: Bearer eyJrIjoiWWpNc1ZPS5R...'", P, "as a child process"),
        "curl", "'https://grafana.example.org/api/dashboards/home' -X 'Authorization: Bearer eyJrIjoiWWpNc1ZPS5RjdjdHTWlyVmtTcjI0Vk9xN1RkOGI1V3YiLCJuIjoieZl5b19vb30vb23iLCJpZCI6MX0='",
        [("Bearer", "eyJrIjoiWWpNc1ZPS5RjdjdHTWlyVmtTcjI0Vk9xN1RkOGI1V3YiLCJuIjoieZl5b19vb30vb23iLCJpZCI6MX0=")])
process(N, K, sn(K, "grafana-api-token", "curl 'https://not-a-dashboard.example.com' -d 'eyJrIjoiQExvYWRUZXh0IiwgInYiOiJMb2FkaW5nLi4uIn0='", N, "as a child process"),
        "curl", "'https://not-a-dashboard.example.com' -d 'eyJrIjoiQExvYWRUZXh0IiwgInYiOiJMb2FkaW5nLi4uIn0='", [("-d", "eyJrIjoiQExvYWRUZXh0IiwgInYiOiJMb2FkaW5nLi4uIn0=")])
for R, value in (("grafana-service-account-token", "glsa_geygSnIfuK5vBG0KgaflRCQfIb8mzaM7_b0999d91"),
                 ("grafana-cloud-access-token", "glc_eyJvIjoiOTQzNzcyIiwibiI6ImJsYS10ZXN0MSIsImsiOiJyTjIyZ0gyZThDSTU0RVM1QTVWNnA2UXAiLCJtIjp7InIiOiJwcm9kLXVzLWVhc3QtMCJ9fQ==")):
    L(P, K, sn(K, R, f"token = '{value[:30]}...' / requests.get('https://example.grafana.net/api/dashboards/home', headers={{'Authorization': f'Bearer {{token}}', ...}})", P,
               "as a local and an Authorization header"),
      f'var token = {cs_string(value)};\n{HTTP}\nhttp.DefaultRequestHeaders.Authorization = new {AUTH}("Bearer", token);\n'
      '_ = http.GetAsync("https://example.grafana.net/api/dashboards/home");', [("token", value)])
L(N, K, sn(K, "grafana-service-account-token", "token = os.getenv('GRAFANA_SERVICE_ACCOUNT_TOKEN') / requests.get(..., headers={'Authorization': f'Bearer {token}'})", N,
           "as an environment read and an Authorization header (the GRAFANA_CLOUD_ACCESS_TOKEN twin left out)"),
  f'var token = {ENV}("GRAFANA_SERVICE_ACCOUNT_TOKEN");\n{HTTP}\nhttp.DefaultRequestHeaders.Authorization = new {AUTH}("Bearer", token);\n'
  '_ = http.GetAsync("https://example.grafana.net/api/dashboards/home");')
process(P, K, sn(K, "grafana-service-account-token", "curl 'https://example.grafana.net/api/dashboards/home' -X 'Authorization: Bearer glsa_4ElrwSYvDrgV8GQmlyTYfsc245dMyPCE_f804430f'", P,
                 "as a child process"),
        "curl", "'https://example.grafana.net/api/dashboards/home' -X 'Authorization: Bearer glsa_4ElrwSYvDrgV8GQmlyTYfsc245dMyPCE_f804430f'",
        [("Bearer", "glsa_4ElrwSYvDrgV8GQmlyTYfsc245dMyPCE_f804430f")])

K = "artifactory"
for label, value in ((P, "AKCp4Lof5Pj0HeFbUzUjpFxHZ1nuZeipBLxt1nyu1VRTVeN8eeqKRb34azhpNcd2l7jWlzoSr"), (N, "AKCp4" + "X" * 68)):
    M(label, K, sn(K, "artifactory-api-key", f"def ARTIFACTORY_URL = 'https://example.com/artifactory/' / def ARTIFACTORY_API_KEY = '{value[:20]}...' / def RESOLVE_SNAPSHOT_REPO = 'lib-snapshot'", label,
                   "as constants"),
      f'const string ARTIFACTORY_URL = "https://example.com/artifactory/";\nconst string ARTIFACTORY_API_KEY = {cs_string(value)};\nconst string RESOLVE_SNAPSHOT_REPO = "lib-snapshot";',
      [("ARTIFACTORY_API_KEY", value)])
L(P, K, sn(K, "artifactory-identity-token", 'put("reference-with-user", "admin:cmVmdGtuOjAxOjE3MjY1MDk5NzU6RFZrZzdmMnBxdEJoMFZQTGU3S2I2R1NtUGNZ")', P, "as a dictionary entry"),
  f'var map = new {DICT}();\nmap["reference-with-user"] = "admin:cmVmdGtuOjAxOjE3MjY1MDk5NzU6RFZrZzdmMnBxdEJoMFZQTGU3S2I2R1NtUGNZ";',
  [("reference-with-user", "cmVmdGtuOjAxOjE3MjY1MDk5NzU6RFZrZzdmMnBxdEJoMFZQTGU3S2I2R1NtUGNZ")])
L(N, K, sn(K, "artifactory-identity-token", 'assertTrue(containsSuspectedSecrets("cmVmdGtuOjAxOjtext with pacewith spacewith space..."))', N, "as an assertion on a stub"),
  'Expect.True(Scanner.ContainsSuspectedSecrets("cmVmdGtuOjAxOjtext with pacewith spacewith spacewith spacewith spacewith space"));')
ART = ("eyJ2ZXIiOiIyIiwidHlwIjoiSldUIiwiYWxnIjoiUlMyNTYiLCJraWQiOiJ8iS8bCyxBfQS05cyWCRp9ocHCEEdxVmv.dUfROkDghqdUzlFCkNyKjCj0l27SN53KY4MypGytx2HEcjEH8f4bpfVJsF0gJS1iVUImWww61hVPk2H2c4EIVorJGuJlwi75xbldxNnf8BFMCJ0Kc0sn9V69L6jbLbvf2Yp2LXJ3F9EmoPq9OMIZK8UjMTlFCfa3udg84ocZme9UDo8IHZWXYkQihNlNASZll5iuB1ifhdenelZQjAJOKJqMcVRwKpra4D1cD1HnsLd0P9a2IuZ3PJkqibBG1bbkdiPihiRvGYrBFr7roVTc4t20hOceBZd5pRmJgLhCvib3L8GJNXWC"
       ".t3iMRUkeX05ofZQNrTRrb0mUWrqnUEqdmyDzJ-1mXp5L-Ov8EnVbulm5ZZJMix2z-ZsADYoBQOcZoO9RFmk3Ge2WJ-mvtO_LLwke-cQwiNT9jGtc4eVA8")
ART_NEG = "eyJ2ZXIiOiIyIiwidHlwIjoiSldUIiwiYWxnIjoiUlMyNTYiLCJraWQiOiJ8iS8bCyxBfQS05cyWCRp9ocHCEEdxVmv.body.signature"
for label, value in ((P, ART), (N, ART_NEG)):
    L(label, K, sn(K, "artifactory-access-token", f"<accessClientSettings> <adminToken>{value[:40]}...</adminToken> <userTokenMaxExpiresInMinutes>60</userTokenMaxExpiresInMinutes>", label,
                   "as an XElement"),
      f'var settings = new {X}.XElement("accessClientSettings",\n    new {X}.XElement("adminToken", {cs_string(value)}),\n'
      f'    new {X}.XElement("userTokenMaxExpiresInMinutes", "60"));', [("adminToken", value)])

# =====================================================================================================================
# pubkey-crypto.yaml, openssh.yaml (private keys, all positive)
# =====================================================================================================================
K = "pubkey-crypto"
PEMS = {
    "rsa-private-key": ("RSA", ["-----BEGIN RSA PRIVATE KEY-----", "MIIBOwIBAAJBAK5t3sjyTuxwetc6k0K/wNGgX975WQpyXu4+QTpyYZgCiHGQC+qq",
                                "buftxyNhS5+tOpP6p/F7nIJMluWedxGDD90CAwEAAQJBAKJtpZwyJ9R9Gab64M6z", "iXarhRs5zvSvdD8esdcfVEob5qwVZWunzuwptGSekG0STtozgy3qHn5w3BBRr6Dn",
                                "P4ECIQDmlpWHikNGRcTbzD9rSCzkvtWJAFasdhXQ8ArHjXsUOQIhAMGm6ZjtOboG", "ckaK0QvvhqlOkOeQjtAH2qUiXrbFMIDFAiAUpzwxbbLk4m7leP/dLhPHUUhzAvLA",
                                "c7s0gauVgBicEQIhAKQP6ApCuMxsl7ZB9zd4d4rK4CL/Kq7+aHPM+Zc42o3NAiAV", "8bZ9UdYLXr4xuCJ1ktyr/8lCy/IJ6qEPYQyBLfhuVQ==",
                                "-----END RSA PRIVATE KEY-----"]),
    "rsa-private-key-encrypted": ("RSA", ["-----BEGIN RSA PRIVATE KEY-----", "Proc-Type: 4,ENCRYPTED", "DEK-Info: AES-128-CBC,9F1821EB06762C94DFD5CBD8FEA32003", "",
                                          "cJXTJrwEB9sLrJrTiD2kuRJc0ZpMzPv+dlljYUCeG4a+LSwppsABDOAeQLIcrBg4", "RTCk+5hgAI2eN0E1yaaE8K1IwTxCnM2NqzYf1n6ksBdLwW1OTUiM0WHFMj94SLzV",
                                          "WYAOm+06RG0Phd46JPSgnr6XDnHJKcKzBOwB03dY4jBBbN9Tr/9XfOjzAoGU/dbk", "m5YoUPSWqujlevFRICOE2Lc3SmD2B5rJ+C44GvhkUDHXoFHGYEfYk1oCEWhltM+3",
                                          "7vRn6rzsiB3wUT4hty4o4kFcKTCzsSn1vs7St/vx98S80dkJ8+M+IQz62SQcwM+0", "/vqHMwdDSR6ZI7DlJk7CwKbBGdBzW1En46JcTs0h1nMXa/OTWjpZ9huWIxNF41Es",
                                          "yZPRR6TGpl7OvNQgW/8xsp1/m4EbWLz0cUV/0uq1PCDxCw8yqRRi+IzMS77TFSdo", "-----END RSA PRIVATE KEY-----"]),
    "ec-private-key": ("ECDsa", ["-----BEGIN EC PRIVATE KEY-----", "MF8CAQEEGEfVxjrMPigNhGP6DqH6DPeUZPbaoaCCXaAKBggqhkjOPQMBAaE0AzIA",
                                 "BCIxho34upZyXDi/AUy/TBisGeh4yKJN7pit9Z+nKs4QajVy97X8W9JdySlbWeRt", "2w==", "-----END EC PRIVATE KEY-----"]),
    "ec-private-key-encrypted": ("ECDsa", ["-----BEGIN EC PRIVATE KEY-----", "Proc-Type: 4,ENCRYPTED", "DEK-Info: AES-128-CBC,11ACAF38DB2E5318666628271D25419C", "",
                                           "NLs725frPmp2wmOGQC0i+HaHuRbVHMEVt679Vq1D4jzuWOh+tSeoGKbN4y1AQLNY", "LLidYhppiAerYPJ13yJvgynR9fAqq1VWYxXAmo0z/5U3YVCRWdz0tYbFSl2OwKXQ",
                                           "HPMwUHSdirPVe/KxvwsiZw==", "-----END EC PRIVATE KEY-----"]),
}
for R, (alg, pem) in PEMS.items():
    L(P, K, sn(K, R, f"{pem[0]} {pem[1][:30]}... {pem[-1]}", P, f"as the PEM text {alg}.ImportFromPem takes"),
      f"var key = System.Security.Cryptography.{alg}.Create();\nkey.ImportFromPem({cs_verbatim(chr(10).join(pem))});", [("pem", pem[1])])
K = "openssh"
M(P, K, sn(K, "ssh-private-key", "-----BEGIN OPENSSH PRIVATE KEY----- b3BlbnNzaC1rZXktdjEAAAAABG5v... -----END OPENSSH PRIVATE KEY-----", P,
           "a bare key, as a constant with a neutral name"),
  f"const string openssh = {cs_verbatim(chr(10).join(OPENSSH))};", [("openssh", OPENSSH[1])])
M(P, K, sn(K, "putty-private-key", "PuTTY-User-Key-File-3: ssh-rsa ... Private-Lines: 14 ... Private-MAC: 1c0857bc825e...", P,
           "a bare key file, as a constant with a neutral name"),
  f"const string putty = {cs_verbatim(chr(10).join(PUTTY))};", [("putty", PUTTY[11])])

# =====================================================================================================================
# alibaba.yaml (S6336), ibm.yaml (S6337), digitalocean.yaml (S6755), heroku (S7006), planetscale (S6722)
# =====================================================================================================================
K = "alibaba"
for value in ("LTAI5tBcc9SecYAo", "LTAI5tBcc9SecYAomgyUSFs8"):
    L(P, K, sn(K, "alibaba-access-key-ids", f'String fileContent = "{value}";', P, "as a local"), f"string fileContent = {cs_string(value)};", [("fileContent", value)])
M(N, K, sn(K, "alibaba-access-key-ids", 'LNTTAI5tBcc9SecYAomgyUSFs8 / assertThat(analyze(check, "BEFLNTTAI5tBcc9SecYAomgyUSFs8")).isEmpty(); / ... "LNTTAI5tBcc9SecYAomgyUSFs8AFT"', N,
           "as a comment and assertions on a stub"),
  '// LNTTAI5tBcc9SecYAomgyUSFs8\nvoid Check(object check)\n{\n    // extra characters before\n    Expect.Empty(Scanner.Analyze(check, "BEFLNTTAI5tBcc9SecYAomgyUSFs8"));\n'
  '    // extra characters after\n    Expect.Empty(Scanner.Analyze(check, "LNTTAI5tBcc9SecYAomgyUSFs8AFT"));\n}', [("check", "LNTTAI5tBcc9SecYAomgyUSFs8AFT")])
for label, value in ((P, "KmkwlDrPBC68bgvZiNtrjonKIYmVT8"), (N, "100000000000000000000000000000")):
    L(label, K, sn(K, "alibaba-access-key-secrets-1", f'String aliyunAccessKeySecret = "{value}";', label, "as a local"),
      f"string aliyunAccessKeySecret = {cs_string(value)};", [("aliyunAccessKeySecret", value)])
M(P, K, sn(K, "alibaba-access-key-secrets-2", 'static string AccessKeySecret = "l0GdwcDYdJwB1VJ5pv0ormyTV9nhvW";', P, "re-typed (C# already)"),
  'static string AccessKeySecret = "l0GdwcDYdJwB1VJ5pv0ormyTV9nhvW";', [("AccessKeySecret", "l0GdwcDYdJwB1VJ5pv0ormyTV9nhvW")])

K = "ibm"
L(P, K, sn(K, "S6337", '"apikey": "iT5wxMGq2-ZJlMAHYoODl5EuTeCPvNRkSp1h3m99HWrc"', P, "as a dictionary entry"),
  f'var settings = new {DICT} {{ ["apikey"] = "iT5wxMGq2-ZJlMAHYoODl5EuTeCPvNRkSp1h3m99HWrc" }};', [("apikey", "iT5wxMGq2-ZJlMAHYoODl5EuTeCPvNRkSp1h3m99HWrc")])
L(N, K, sn(K, "S6337", '"apikey": "iT5wxMGq2-ZJlMAHYoODl5EuTeCPvWrc" / "apikey": "01234567890123456789012345678901234567890123"', N, "as two dictionaries"),
  f'var settings = new {DICT} {{ ["apikey"] = "iT5wxMGq2-ZJlMAHYoODl5EuTeCPvWrc" }};\n'
  f'var settings2 = new {DICT} {{ ["apikey"] = "01234567890123456789012345678901234567890123" }};',
  [("apikey", "iT5wxMGq2-ZJlMAHYoODl5EuTeCPvWrc"), ("apikey", "01234567890123456789012345678901234567890123")])

K = "digitalocean"
for R, value in (("digitalocean-personal-access-token-v1", "dop_v1_1adc4095c3c676ff1c31789a1a86480195a5b3d955010c94fcfa554b34640e1e"),
                 ("digitalocean-oauth-access-token-v1", "doo_v1_4ea90994efe8999d0892b6069bc754a78c656f8e843361e1e4d1cd04ac85c381")):
    L(P, K, sn(K, R, f"token = '{value[:30]}...' / client = DropletKit::Client.new(access_token: token)", P, "as a local and a client stub"),
      f"var token = {cs_string(value)};\nvar client = new DropletKitClient(accessToken: token);", [("token", value)])
L(N, K, sn(K, "digitalocean-personal-access-token-v1", "token='token' / client = DropletKit::Client.new(access_token: token)", N,
           "as a local and a client stub (the same example under the OAuth rule left out)"),
  'var token = "token";\nvar client = new DropletKitClient(accessToken: token);', [("token", "token")])
for label, value in ((P, "dor_v1_d6ce4b93104521c47be0b580e9296453ef42319b02b5513469f0ec72d99af2e2"), (N, "dor_v1_EXAMPLE3104521c47be0b580e9296453ef4y319b02b5513469f0ec72d99af2e2")):
    process(label, K, sn(K, "digitalocean-oauth-refresh-token-v1", f'curl -X POST "https://cloud.digitalocean.com/v1/oauth/token?grant_type=refresh_token&refresh_token={value[:30]}..."', label,
                         "as a child process"),
            "curl", f'-X POST "https://cloud.digitalocean.com/v1/oauth/token?grant_type=refresh_token&refresh_token={value}"', [("refresh_token", value)])

K = "heroku"
props(P, K, "heroku", [("heroku-key", "HRKU-650c1dee-447c-40c5-a42b-9844daa53837")])
L(N, K, sn(K, "heroku", '"description": "contents of the token to be used for authorization", "example": "HRKU-01234567-89ab-cdef-0123-456789abcdef", "readOnly": true', N,
           "as an anonymous object"),
  'var token = new\n{\n    description = "contents of the token to be used for authorization",\n    example = "HRKU-01234567-89ab-cdef-0123-456789abcdef",\n    readOnly = true,\n};',
  [("example", "HRKU-01234567-89ab-cdef-0123-456789abcdef")])

K = "planetscale"
R = "planetscale-password"
props(P, K, R, [("planetscale_password", "pscale_pw_hatgoG_EprhgnblWotaJGbeOeFE7q9BwW0_g5ML486D")])
props(N, K, R, [("planetscale_password", getenv("PLANETSCALE_PASSWORD"))])
inmem(P, K, sn(K, R, "spring.datasource.username=user / spring.datasource.password=pscale_pw_CoNLTwSMJwvKspy89_2JdSoxmGWaElypgmlzel5KolA", P, "as an in-memory configuration"),
      [("spring.datasource.username", "user"), ("spring.datasource.password", "pscale_pw_CoNLTwSMJwvKspy89_2JdSoxmGWaElypgmlzel5KolA")],
      [("spring.datasource.password", "pscale_pw_CoNLTwSMJwvKspy89_2JdSoxmGWaElypgmlzel5KolA")])
for value in ("pscale_pw_" + "x" * 43, "pscale_pw_" + "0" * 43):
    L(N, K, sn(K, R, f'"user": null, "password": "{value[:16]}..."', N, "as a dictionary"),
      f'var settings = new {DICT} {{ ["user"] = null, ["password"] = {cs_string(value)} }};', [("password", value)])

# =====================================================================================================================
# stripe.yaml (S6718, S6732)
# =====================================================================================================================
K = "stripe"
R = "stripe-webhook-secret"
props(P, K, R, [("stripe_endpoint_secret", "whsec_3cAgzYnf0seUtVzSAP08cH9nDICqwI1T")])
props(N, K, R, [("stripe_endpoint_secret", getenv("STRIPE_ENDPOINT_SECRET"))])
for label, value in ((P, "whsec_AV1cfC0WFpnYPzHI1YUnlDS059g8I3Az"), (N, "whsec_..."), (N, "whsec_" + "0" * 64)):
    M(label, K, sn(K, R, f"endpoint_secret = '{value[:40]}'; post '/webhook' do payload = request.body.read ...", label, "as a field and the webhook handler"),
      f"string endpoint_secret = {cs_string(value)};\n\nvoid Webhook(System.IO.Stream body)\n{{\n    var payload = new System.IO.StreamReader(body).ReadToEnd();\n    object @event = null;\n}}",
      [("endpoint_secret", value)])
R = "stripe-api-key"
props(P, K, R, [("stripe_key", "sk_live_kiSSAXe2IyGNvprHode7efRT")])
props(N, K, R, [("stripe_key", getenv("STRIPE_KEY"))])
for label, value in ((P, "rk_live_0O6qcOGVoktKS9sLpZ8vzeIB"), (N, "sk_test_XXXXXXXXXXXXXXXXXXXXXXXX")):
    L(label, K, sn(K, R, f"import stripe / stripe.api_key = '{value}'", label, "as the static ApiKey of a stub"),
      f"StripeConfiguration.ApiKey = {cs_string(value)};", [("api_key", value)])
M(N, K, sn(K, R, 'public class StripeExample { public static void main(String[] args) { Stripe.apiKey = "sk_live_12345678901234567890asdf"; ... } }', N,
           "as the static ApiKey of a stub in Main"),
  'public static void Main(string[] args)\n{\n    StripeConfiguration.ApiKey = "sk_live_12345678901234567890asdf";\n    // Create a customer\n}',
  [("apiKey", "sk_live_12345678901234567890asdf")])
L(P, K, sn(K, R, "const stripe = require('stripe')('sk_live_A9WHeGGxsnMqekGm8mlqI1ZV'); ... stripe.customers.create({})", P, "as a client stub"),
  'var stripe = new StripeClient("sk_live_A9WHeGGxsnMqekGm8mlqI1ZV");\n// Create a customer\nvar customer = stripe.CreateCustomer();',
  [("stripe", "sk_live_A9WHeGGxsnMqekGm8mlqI1ZV")])

# =====================================================================================================================
# airtable.yaml (S6733), rapidapi.yaml (S6700)
# =====================================================================================================================
K = "airtable"
R = "airtable-api-key"
props(P, K, R, [("airtable_key", "key6yLyCekATg67Ts")])
props(N, K, R, [("airtable_key", getenv("AIRTABLE_KEY"))])
for label, value in ((P, "keyWoQ4ADxA9EQrOk"), (N, "keyyyyyyyyyyyyyyy")):
    L(label, K, sn(K, R, f"const apiKey = '{value}'; const baseId = 'YOUR_BASE_ID'; const tableName = 'YOUR_TABLE_NAME'; ... https://api.airtable.com/v0/${{baseId}}/${{tableName}} ...", label,
                   "as locals, the URL and an Authorization header"),
      f'var apiKey = {cs_string(value)};\nvar baseId = "YOUR_BASE_ID";\nvar tableName = "YOUR_TABLE_NAME";\n// Fetch records from Airtable\n{HTTP}\n'
      f'http.DefaultRequestHeaders.Authorization = new {AUTH}("Bearer", apiKey);\n_ = http.GetAsync($"https://api.airtable.com/v0/{{baseId}}/{{tableName}}");',
      [("apiKey", value)])
M(N, K, sn(K, R, "export function KeyboardShortcuts ()", N, "as a method"), "public static void KeyboardShortcuts() { }")
M(P, K, sn(K, R, "export const proxy = 'https://api.airtable.com/v0/appywrdcoWllMrj0o/Plugins'; export const airtable_key = 'keyAHLsjg6TP67TCy';", P, "as constants"),
  'public const string proxy = "https://api.airtable.com/v0/appywrdcoWllMrj0o/Plugins";\npublic const string airtable_key = "keyAHLsjg6TP67TCy";',
  [("airtable_key", "keyAHLsjg6TP67TCy")])
setenv(P, K, sn(K, R, "# Download translations. / ARG AIRTABLE_API_KEY=key6yLyCekATg67Ts / ARG FAIL_ON_MISSING_TRANSLATIONS", P, "(Dockerfile ARG) as an environment variable"),
       [("AIRTABLE_API_KEY", "key6yLyCekATg67Ts")])
for value in ("keyexampleexample", "keyXXXXXXXXXXXXXX", "key00000000000000"):
    L(N, K, sn(K, R, f"import vdplus.api.airtable / options.airtable_key = '{value}'", N, "as an options dictionary entry"),
      f'var options = new {DICT}();\noptions["airtable_key"] = {cs_string(value)};', [("airtable_key", value)])
L(N, K, sn(K, R, "'/home/.config/.airtableblocksrc.json': Buffer.from('{\"airtableApiKey\":\"keyAPI12345678910\"}')", N, "as a dictionary of file contents"),
  'var files = new System.Collections.Generic.Dictionary<string, byte[]>\n{\n    ["/home/.config/.airtableblocksrc.json"] = System.Text.Encoding.UTF8.GetBytes("{\\"airtableApiKey\\":\\"keyAPI12345678910\\"}"),\n};',
  [("airtableApiKey", "keyAPI12345678910")])

K = "rapidapi"
R = "rapidapi-api-key"
RAPID = "6f1bbe24b9mshcbb5030202794a4p18f7d0jsndd55ab0f981d"
props(P, K, R, [("rapidapi_key", RAPID)])
props(N, K, R, [("rapidapi_key", getenv("rapidapi_key"))])
L(P, K, sn(K, R, f'{{"type": "core/v1/state", "properties": {{"key": "token", "initialValue": "{RAPID}"}}}}', P, "as an anonymous object"),
  f'var state = new\n{{\n    type = "core/v1/state",\n    properties = new {{ key = "token", initialValue = {cs_string(RAPID)} }},\n}};', [("initialValue", RAPID)])
L(P, K, sn(K, R, f'esp_http_client_set_header(client, "x-rapidapi-host", "nope.rapidapi.example.org"); ...("x-rapidapi-key", "{RAPID}")', P, "as request headers"),
  f'{HTTP}\nhttp.DefaultRequestHeaders.Add("x-rapidapi-host", "nope.rapidapi.example.org");\nhttp.DefaultRequestHeaders.Add("x-rapidapi-key", {cs_string(RAPID)});',
  [("x-rapidapi-key", RAPID)])
L(N, K, sn(K, R, 'request.AddHeader("content-type", ...); request.AddHeader("x-rapidapi-key", "XXXX..."); request.AddHeader("x-rapidapi-host", ...)', N, "as request headers"),
  f'{HTTP}\nhttp.DefaultRequestHeaders.Add("x-rapidapi-key", "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX");\nhttp.DefaultRequestHeaders.Add("x-rapidapi-host", "nope.rapidapi.example.org");',
  [("x-rapidapi-key", "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")])

STUBS = """public class AwsCredentials { public string SecretAccessKey { get; set; } }
public class AmazonS3Client { public AmazonS3Client(string accessKeyId, string secretAccessKey, string serviceUrl) { } }
public static class CommonSettings { public static string S3Host => "http://localhost:9000"; }
public static class Stellar { public static object SecretKey(string seed) => seed; }
public class GoogleCredential { public static GoogleCredential FromJson(string json) => new GoogleCredential(); }
public class GoogleClientSecrets { public static GoogleClientSecrets FromJson(string json) => new GoogleClientSecrets(); }
public class SocialApp { public string Provider { get; set; } public string Name { get; set; } public string ClientId { get; set; } public string Secret { get; set; } public static SocialApp Create(SocialApp app) => app; }
public class OAuth2Client { public OAuth2Client(string clientId, string clientSecret, string redirectUri) { } }
public static class Push { public static void RegisterDevice(string token) { } }
public class OpenAIOptions { public string ApiKey { get; set; } }
public class OpenAIClient { public OpenAIClient(OpenAIOptions options) { } }
public class SecretStr { public SecretStr(string value) { } }
public class FacebookOptions { public string ClientId { get; set; } public string ClientSecret { get; set; } public string CallbackUrl { get; set; } public bool PassReqToCallback { get; set; } }
public class SlackClient { public SlackClient(string webhookUrl) { } }
public class SlackMessage { public SlackMessage(SlackClient slack) { } public SlackMessage SetText(string text) => this; public bool Send() => true; }
public class TelegramBot { public TelegramBot(string token) { } }
public static class Scanner { public static bool ContainsSuspectedSecrets(string text) => false; public static System.Collections.Generic.IEnumerable<object> Analyze(object check, string text) => new object[0]; }
public class DropletKitClient { public DropletKitClient(string accessToken) { } }
public static class StripeConfiguration { public static string ApiKey { get; set; } }
public class StripeClient { public StripeClient(string apiKey) { } public object CreateCustomer() => null; }
public static class Expect { public static void True(bool condition) { } public static void Empty(System.Collections.Generic.IEnumerable<object> items) { } }"""

if __name__ == "__main__":
    write_checked_set(
        HERE, check_repeats, PAIRS, CASE_PAIRS, family,
        "csharp-secrets-12.txt",
        "# Held-out C# secrets set 12 (AKS2001/AKS2002): reduced .NET shapes of SonarSource/sonar-text secret-rule examples "
        "(providers other than databases and Azure), labelled by the peer.",
        "# Format: README.md ('C# secrets, set 12'). Written by write_csharp_secrets_12.py (provenance and selection rules in "
        "set12_sources.py). '=== stubs' is compiled with every case.",
        "written for this set (stand-ins for the client libraries the peer examples use)",
        STUBS,
        CASES,
    )

#!/usr/bin/env python3
"""Writes csharp-secrets-5.txt: the fifth held-out C# secrets set (AKS2001/AKS2002), see README.md ('C# secrets, set 5').

Built on 2026-11-26 from main f9405c3, after every AKS2001/AKS2002 change of that day, and committed with its measuring
test before the rules were run on it (a blind figure for the rules of f9405c3). Sources used in no earlier set (not
Sonar, Juliet, CodeQL, SecurityCodeScan, CA5390, S6781, gitleaks, trufflehog): the labelled example lists that five
other secret scanners keep with their rules or tests (provenance and randomly generated values in set5_sources.py).

- praetorian-inc/noseyparker (Apache-2.0), rules YAML: each rule's `examples` must match (positive), its
  `negative_examples` must not (negative). A negative is taken only when no other rule of the files read lists or
  matches it as a secret (slack's negatives are each other's examples; odbc's `server->password = "busybox@"` and
  `String password = "password"` match generic.5; generic.4's negative is generic.3's example), and not when the rule
  marks it FIXME (the peer's own false negatives) or the value is a credential missed only for the regex's shape
  (`new Buffer("feast")`, a 113-character `ClearTextPassword` value, IPv6/socket database URIs, `aws_secret_key`,
  concatenated `AWS_SECRET_ACCESS_KEY` values that generic.2 matches). Rules whose findings are identifiers, not
  secrets (ARN, S3 bucket, account id, GitHub client id, AppSync), and prose rules (generic.11-14) are left out.
- microsoft/security-utilities (MIT): GenerateTruePositiveExamples (positive) and GenerateFalsePositiveExamples
  (negative) of SEC101/105, /060, /061, /031, /110, /050, /101 (34-character legacy), /109, /565; random parts
  regenerated with a fixed seed in the same alphabet and length. Patterns that need a checksum (identifiable keys,
  ADO PATs) or list no example (SEC101/104, /106) are left out.
- sirwart/ripsecrets (MIT): each line of test/one_per_line/{random,azure,url,aws,github,npm,slack,stripe,jwt,gcp} is
  one finding (positive); the lines of test/none are no finding (negative), except the two that are silenced only by
  ripsecrets' own allowlist (`pragma: allowlist secret`, `.secretsignore`).
- thoughtworks/talisman (MIT): shouldPassDetectionOfSecretPattern inputs and flagged file contents (positive);
  shouldFailDetectionOfSecretPattern inputs and safe/low-entropy contents (negative), except `setPassword("12345678")`
  and `setenv(password, "12345678")` (a password literal its pattern misses by shape).
- GitGuardian/ggshield (MIT), tests/unit/conftest.py: the patches whose mocked scan results report a secret
  (positive). Its one clean patch is a prose line and is not used.

Every case is the peer's string typed where a .NET developer would write it: a declaration named like the peer's
identifier (or, for a bare value, a neutral name after the service: `string github = "ghp_..."`, noted), the .NET sink
of the call the peer shows (NetworkCredential, DirectoryEntry, SqlConnection, MongoClient, BlobServiceClient,
ServiceBusClient, AddAzureAppConfiguration, ClientSecretCredential, request headers, Process.Start for command lines),
or an initializer for the peer's dictionary/object literal. Labels are the peer's, written before AKS2001/AKS2002 ran.
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from set5_sources import NOSEY, SECUTIL, RIP, TAL, GG, G, GG_TEST_TOKEN, GG_RSA_LINES, AWS_SESSION_JWT  # noqa: E402
from csharp_set_writer import builders, write_csharp_set  # noqa: E402

P = "positive"
N = "negative"
CASES = []
case, local, member = builders(CASES)


NG = NOSEY["generic"]

# =====================================================================================================================
# noseyparker: examples (positive)
# =====================================================================================================================
member(P, NG, "noseyparker np.generic.1 example `private static String CLIENT_SECRET = \"6fb1...\";` (Java), as the C# field",
       'private static string CLIENT_SECRET = "6fb1cff7690db9ac066cadbbde8e3c078efdabcf";', cls="OAuthClient")
local(P, NG, "noseyparker np.generic.2 example `API_KEY = \"951bc...\"`", 'string API_KEY = "951bc382db9abad29c68634761dd6e19";')
local(P, NG, "noseyparker np.generic.2 example gradle `buildConfigField 'String', 'API_KEY', '\"951bc...\"'`, as a build-config entry",
      'var buildConfig = new System.Collections.Generic.Dictionary<string, string>();\nbuildConfig.Add("API_KEY", "951bc382db9cfee29c68634761dd6e19");')
case(P, NG, "noseyparker np.generic.3 example Python `UsernamePasswordCredential(client_id=..., username=..., password='1qay@WXS????', tenant_id=...)`, at the Azure.Identity constructor", """
using Azure.Identity;
class Auth
{
    UsernamePasswordCredential Credential() => new UsernamePasswordCredential(
        username: "donjuandemarco",
        password: "1qay@WXS????",
        tenantId: "bc877b20-f135-4c13-a266-8ed26b8f0f4b",
        clientId: "da34859b-2ae4-48c3-bfe0-1b28b7cf2eed");
}""")
local(P, NG, "noseyparker np.generic.3 example hostname/username/password = '`123QWERasdf'", 'string hostname = "10.11.12.13";\nstring username = "donjuandemarco@example.com";\nstring password = "`123QWERasdf";')
local(P, NG, "noseyparker np.generic.3 example USERNAME, two comment lines, PASS = '`123QWERasdf'", 'string hostname = "10.11.12.13";\nstring USERNAME = "donjuandemarco@example.com";\n// some comment\n// some other comment\nstring PASS = "`123QWERasdf";')
local(P, NG, "noseyparker np.generic.3 example user = 'abuser' / password = 'abuser123456' (trailing comments)", 'string user = "abuser";  // some comment\nstring password = "abuser123456";  // some other comment')
local(P, NG, "noseyparker np.generic.3 example user = 'Aladdin' / password = 'open sesame'", 'string user = "Aladdin";\nstring password = "open sesame";')
local(P, NG, "noseyparker np.generic.4 example Ruby `:authn_dbd_params => 'host=db_host port=3306 user=apache password=###### dbname=apache_auth'`",
      'string authnDbdParams = "host=db_host port=3306 user=apache password=###### dbname=apache_auth";')
local(P, NG, "noseyparker np.generic.5 example `password = \"super$ecret\"`", 'string password = "super$ecret";')
member(P, NG, "noseyparker np.generic.5 example Java `String usernamePassword = \"application:\" + appKey + \":\" + appSecret;` (peer: match)",
       'string UsernamePassword(string appKey, string appSecret)\n{\n    string usernamePassword = "application:" + appKey + ":" + appSecret;\n    return usernamePassword;\n}')
member(P, NG, "noseyparker np.generic.5 example `private const string DevFolkoosComPfxPassword = \"thisismypassword\";` (C# as given)",
       'private const string DevFolkoosComPfxPassword = "thisismypassword";', cls="Certificates")
local(P, NG, "noseyparker np.generic.5 example `\"password\": \"YOURPASSWROD\"` (peer: match), as a C# dictionary initializer",
      'var settings = new System.Collections.Generic.Dictionary<string, string> { ["password"] = "YOURPASSWROD" };')
local(P, NG, "noseyparker np.generic.5 example Python dict `'vm_password': \"Pass123!@#\"`, as a C# dictionary initializer",
      'var parameters = new System.Collections.Generic.Dictionary<string, string>\n{\n    ["cluster_name"] = "sfrp-cli-cluster",\n    ["vm_password"] = "Pass123!@#",\n    ["policy_path"] = System.IO.Path.Combine("tests", "policy.json"),\n};')
local(P, NG, "noseyparker np.generic.6 example Ruby `:password => '4ian1234'`, as a C# dictionary initializer",
      'var options = new System.Collections.Generic.Dictionary<string, string> { ["password"] = "4ian1234" };')
member(P, NG, "noseyparker np.generic.6 example JS `then_log_in({username: 'geronimo', password: '52VeZqtHDCdAr5yM'})`, as a C# call with named arguments",
       'void ThenLogIn(string username, string password) { }\nvoid Run() => ThenLogIn(username: "geronimo", password: "52VeZqtHDCdAr5yM");', cls="LoginSteps")
local(P, NG, "noseyparker np.generic.6 example Perl `beta => { host => ..., user => 'joe', password => 'thisismypassword' }`, as an object initializer",
      'var beta = new DbSettings { Host = "foo.example.com", User = "joe", Password = "thisismypassword" };')
local(P, NG, "noseyparker np.generic.7 example `sender.Credentials = new NetworkCredential(\"NuGets@example.com\", \"vzihlaquknriqlht\");` (C# as given)",
      'var sender = new System.Net.Mail.SmtpClient("smtp.example.com");\nsender.Credentials = new System.Net.NetworkCredential("NuGets@example.com", "vzihlaquknriqlht");')
local(P, NG, "noseyparker np.generic.7 example PowerShell `$webClient.Credentials = new-object System.Net.NetworkCredential(\"cidownload\", \"AP7JaG9...\")`, as C#",
      '#pragma warning disable SYSLIB0014\nvar webClient = new System.Net.WebClient();\nwebClient.Credentials = new System.Net.NetworkCredential("cidownload", "AP7JaG9ToerxBc6gWP5LcU2CNpb");')
local(P, NG, "noseyparker np.generic.8 example PowerShell `New-Object DirectoryServices.DirectoryEntry(\"LDAP://10.10.10.1\",\"domain\\user\", \"secret\")`, as C#",
      'var domain = new System.DirectoryServices.DirectoryEntry("LDAP://10.10.10.1", @"domain\\user", "secret");')
local(P, NG, "noseyparker np.generic.8 example C# `new DirectoryEntry(\"LDAP://EXAMPLE.COM\", \"ADMNALRRHH@EXAMPLE.COM\", \"Rrhh1234\")` (as given, on three lines)",
      'var entry = new System.DirectoryServices.DirectoryEntry("LDAP://EXAMPLE.COM",\n          "ADMNALRRHH@EXAMPLE.COM",\n          "Rrhh1234");')
local(P, NG, "noseyparker np.generic.10 example web.config `ConnectionString_B2B` value (Server=...;User ID=b2buser;Password=#gets0m3), at new SqlConnection",
      'var connection = new Microsoft.Data.SqlClient.SqlConnection("Server=awsbman-t,1433;Database=B2B;User ID=b2buser;Password=#gets0m3;Trusted_Connection=False");')

NA = NOSEY["azure"]
local(P, NA, "noseyparker np.azure.1 example `AzureWebJobsStorage=DefaultEndpointsProtocol=https;AccountName=hanatour9833;AccountKey=...`, at new BlobServiceClient",
      'var blobs = new Azure.Storage.Blobs.BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=hanatour9833;AccountKey=6jqh42QQjWWBwoPGGR/Jr0PZjhBMZVbHm/gkhEfHvOj8aV6+oI8ed6ZAAwB5a6993WqyQDiuJJB0QpseJwqYxw==;EndpointSuffix=core.windows.net");')
local(P, NA, "noseyparker np.azure.1 example multi-line storage connection string (AccountName=testacc1; AccountKey=...; endpoints), as a concatenation over lines",
      'string storageConnection = "DefaultEndpointsProtocol=http;AccountName=testacc1;" +\n    "AccountKey=1gy3lpE7Du1j5ljKiupgKzywSw2isjsa69sfsdfsdsgfsgfdgfdgfd/YThisv/OVVLfIOv9kQ==;" +\n    "BlobEndpoint=http://127.0.0.1:8440/testacc1;" +\n    "TableEndpoint=http://127.0.0.1:8440/testacc1;" +\n    "QueueEndpoint=http://127.0.0.1:8440/testacc1;";')
local(P, NA, "noseyparker np.azure.1 example `\"IOTHUB_CONNECTION_STRING\"` value (HostName=...;SharedAccessKeyName=registryReadWrite;SharedAccessKey=...)",
      'string IOTHUB_CONNECTION_STRING = "HostName=d1-vi-ioth521.azure-devices.net;SharedAccessKeyName=registryReadWrite;SharedAccessKey=S8ii67l3Gd1Ba69az78iP9UksewzhjvUfh1DIuDs30w=";')
local(P, NA, "noseyparker np.azure.1 example `\"AZURE_STORAGE_CONNECTION_STRING\"` value", 'string AZURE_STORAGE_CONNECTION_STRING = "DefaultEndpointsProtocol=https;AccountName=d1biblobstor521;AccountKey=NjEwGHd9+piK+iCi2C2XURWPmeDDjif9UKN1HAszYptL4iQ+yD7/dgjLMZc3VOpURsa53aJ4HZfbVWzL429C5g==;EndpointSuffix=core.windows.net";')
case(P, NA, "noseyparker np.azure.2 example `Endpoint=https://foo-nonprod-appconfig.azconfig.io;Id=...;Secret=...`, at AddAzureAppConfiguration", """
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
class Program
{
    static void Configure(WebApplicationBuilder builder)
    {
        builder.Configuration.AddAzureAppConfiguration("Endpoint=https://foo-nonprod-appconfig.azconfig.io;Id=ABCD-E6-s0:tl6ABcdefGHi7kLMno/p;Secret=abCD1EF+GHIJxLMnOPqRSa53VWX05zaBCdE/fg9hi4k=");
    }
}""")
local(P, NA, "noseyparker np.azure.2 example without `Endpoint=` (`https://foo-nonprod-appconfig.azconfig.io;Id=...;Secret=...`)",
      'string appConfig = "https://foo-nonprod-appconfig.azconfig.io;Id=ABCD-E6-s0:tl6ABcdefGHi7kLMno/p;Secret=abCD1EF+GHIJxLMnOA53ST8uVWX05zaBCdE/fg9hi4k=";')
member(P, NA, "noseyparker np.azure.2 example `private static string appConfigurationConnectionString = \"Endpoint=https://appcs-fg-pwc.azconfig.io;...\";` (C# as given)",
       'private static string appConfigurationConnectionString = "Endpoint=https://appcs-fg-pwc.azconfig.io;Id=pi5x-l9-s0:SZLlhHA53Nz2MpAl04cU;Secret=CQ+mlfQqkzfZv4XA53gigJ/seeXMKwNsqW/rM3wmtuE=";', cls="AppConfig")
local(P, NA, "noseyparker np.azure.3 example `var personalAccessToken = \"zpczok4k...\";` (C# as given)",
      'var personalAccessToken = "zpczok4kqgnw5prpfy3ehiylbqvgbjfkdiqkejsxqamy7qbkep7q";  // Provide a value or retrieve it from configuration')
local(P, NA, "noseyparker np.azure.3 example PowerShell `$token = \"58oo4mvq...\"`, as C#", 'string token = "58oo4mvqr2tpw7b4w3loeckwfu5o6nw3sihfckvlwoxgqimlddza";')
local(P, NA, "noseyparker np.azure.3 example Python `ado_pat = \"iyfmob6x...\"`, as C#", 'string ado_pat = "iyfmob6xjrfmit67anxbot64umfx2clwx7dz5ynxi4q2z3uqegvq";')

NO = NOSEY["odbc"]
local(P, NO, "noseyparker np.odbc.1 example `Server=host;Port=5432;User Id=username;Password=secret;Database=databasename;`, at new NpgsqlConnection",
      'var connection = new Npgsql.NpgsqlConnection("Server=host;Port=5432;User Id=username;Password=secret;Database=databasename;");')
local(P, NO, "noseyparker np.odbc.1 example `Data Source=190.190.200.100,1433;Network Library=DBMSSOCN;...;User ID=myUsername;Password=myPassword;`, at new SqlConnection",
      'var connection = new Microsoft.Data.SqlClient.SqlConnection("Data Source=190.190.200.100,1433;Network Library=DBMSSOCN;Initial Catalog=myDataBase;User ID=myUsername;Password=myPassword;");')
local(P, NO, "noseyparker np.odbc.1 example `Provider=SQLNCLI;Server=...;Uid=myUsername;Pwd=myPassword;`", 'string connectionString = "Provider=SQLNCLI;Server=myServerName,myPortNumber;Database=myDataBase;Uid=myUsername;Pwd=myPassword;";')
local(P, NO, "noseyparker np.odbc.1 example VB `adoConn.Open(\"Provider=SQLOLEDB.1;User ID=specialbill_user; \" & \"Password =specialbill_user;...\")`, as C#",
      'var adoConn = new AdoConnection();\nadoConn.Open("Provider=SQLOLEDB.1;User ID=specialbill_user; " + "Password =specialbill_user;Initial Catalog=SpecialBill_PROD;Data Source=uszdba01;");')
local(P, NO, "noseyparker np.odbc.1 example PHP `$user = \"mg1021\"; $password = \"goodspec\";`, as C#", 'string host = "localhost";\nstring database = "NHOHVA";\nstring user = "mg1021";              string password = "goodspec";')
member(P, NO, "noseyparker np.odbc.1 example Ruby `\"driver={SQL Server};...;uid=#{datastore['DBUID']};pwd=#{datastore['DBPASSWORD']}\"` (interpolated values; peer: match), as a C# interpolated string",
       'string ConnectionString(System.Collections.Generic.IDictionary<string, string> datastore)\n    => $"driver={{SQL Server}};server=({datastore["DBHOST"]});database={datastore["DBNAME"]};uid={datastore["DBUID"]};pwd={datastore["DBPASSWORD"]}";', cls="MssqlModule")

NPG = NOSEY["postgres"]
local(P, NPG, "noseyparker np.postgres.1 example `\"REDSHIFT\": \"postgres://spot_app:Pseg2020@...redshift.amazonaws.com:5439/datalakespotprod\"`",
      'string REDSHIFT = "postgres://spot_app:Pseg2020@calling-mr-bones.c0qsadyxbf4k.us-east-1.redshift.amazonaws.com:5439/datalakespotprod";')
local(P, NPG, "noseyparker np.postgres.1 example `postgresql://user:secret@localhost/database` (neutral name)", 'string databaseUrl = "postgresql://user:secret@localhost/database";')
local(P, NPG, "noseyparker np.postgres.1 example with query parameters (neutral name)", 'string databaseUrl = "postgresql://user:secret@localhost/otherdb?connect_timeout=10&application_name=myapp";')

NM = NOSEY["mongo"]
local(P, NM, "noseyparker np.mongodb.1 example `mongodb://myDatabaseUser:D1fficult@localhost`, at new MongoClient", 'var client = new MongoDB.Driver.MongoClient("mongodb://myDatabaseUser:D1fficult@localhost");')
local(P, NM, "noseyparker np.mongodb.1 example `mongodb+srv://myDatabaseUser:D1fficultP%40ssw0rd@cluster0.example.mongodb.net/?retryWrites=true&w=majority`, at new MongoClient",
      'var client = new MongoDB.Driver.MongoClient("mongodb+srv://myDatabaseUser:D1fficultP%40ssw0rd@cluster0.example.mongodb.net/?retryWrites=true&w=majority");')
local(P, NM, "noseyparker np.mongodb.1 example replica set with three hosts, at new MongoClient",
      'var client = new MongoDB.Driver.MongoClient("mongodb://myDatabaseUser:D1fficultP%40ssw0rd@mongodb0.example.com:27017,mongodb1.example.com:27017,mongodb2.example.com:27017/?authSource=admin&replicaSet=myRepl");')
local(P, NM, "noseyparker np.mongodb.1 example JS `new MongoDBStore({ uri: 'mongodb+srv://somethingrotten:Zxcvbnm@12345)@...', collection: 'mySessions' })`, as an options initializer",
      'var store = new MongoDBStoreOptions\n{\n    Uri = "mongodb+srv://somethingrotten:Zxcvbnm@12345)@cluster0-cnc84.mongodb.net/e-commerce?retryWrites=true",\n    Collection = "mySessions",\n};')
local(P, NM, "noseyparker np.mongodb.1 example `mongodb+srv://hpapp:bria@pass135!@briaserver...` (neutral name)", 'string connection = "mongodb+srv://hpapp:bria@pass135!@briaserver.7xsu17j.mongodb.net/test";')

NAWS = NOSEY["aws"]
local(P, NAWS, "noseyparker np.aws.1 example bare `AKIADEADBEEFDEADBEEF` (neutral name after the service)", 'string aws = "AKIADEADBEEFDEADBEEF";')
local(P, NAWS, "noseyparker np.aws.1 example bare `A3T0ABCDEFGHIJKLMNOP` (neutral name after the service)", 'string aws = "A3T0ABCDEFGHIJKLMNOP";')
local(P, NAWS, "noseyparker np.aws.2 example `aws_secret_access_key:aaaa...` (40 times a; peer: match)", 'string aws_secret_access_key = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";')
local(P, NAWS, "noseyparker np.aws.4 example (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN exports), at new SessionAWSCredentials",
      f'var credentials = new Amazon.Runtime.SessionAWSCredentials("I08BCX2ACV45ED1DOC9J", "0qk+o7XctJMmG6ydO8537c9+TofLJU1K0PiVBXSg", "{AWS_SESSION_JWT}");')
local(P, NAWS, "noseyparker np.aws.5 example (AWS Access Key / secret key lines), at new BasicAWSCredentials", 'var credentials = new Amazon.Runtime.BasicAWSCredentials("AKIAIDQJ6PTGDFFWYX7A", "IwJz1SHMccAKUKuskdVoHFfkre73BTyF80nRmcWc");')
local(P, NAWS, "noseyparker np.aws.5 example `MWS Authorisation Token:  amzn.mws.dab428a1-...`", 'string mwsAuthToken = "amzn.mws.dab428a1-ed97-fd8d-e045-950d712f6f58";')
local(P, NAWS, "noseyparker np.aws.6 example `export AWS_API_KEY='A3T0...'` / `export AWS_SECRET_ACCESS_KEY='ded7db27...'`, at new BasicAWSCredentials",
      'var credentials = new Amazon.Runtime.BasicAWSCredentials("A3T0ABCDEFGHIJKLMNOP", "ded7db27a4558eea9bbf0bf36e0e8521618f366c");')

NGH = NOSEY["github"]
local(P, NGH, "noseyparker np.github.1 example `GITHUB_KEY=ghp_XIxB7...`", 'string GITHUB_KEY = "ghp_XIxB7KMNdAr3zqWtQqhE94qglHqOzn1D1stg";')
local(P, NGH, "noseyparker np.github.1 example vim `let g:gh_token='ghp_4U3L...'`", 'string gh_token = "ghp_4U3LSowpDx8XvYE7A8GH56oxU5aWnY2mzIbV";')
local(P, NGH, "noseyparker np.github.2 example `\"url\": \"git+https://FelipeMestre:gho_...@github.com/...\"`", 'string url = "git+https://FelipeMestre:gho_psT9pqNFsehnc4se0ZzzR0HBxapxZD35hNHi@github.com/gontarz/PW_2021_Website-FelipeMestre.git";')
local(P, NGH, "noseyparker np.github.2 example `oauth_token: gho_fq75...`", 'string oauth_token = "gho_fq75OMU7UVbS9pTZmoCCzJT6TM5d1w099FgG";')
local(P, NGH, "noseyparker np.github.3 example `git clone http://ghs_...@github.com/username/repo.git`, at Process.Start",
      'System.Diagnostics.Process.Start("git", "clone http://ghs_RguXIkihJjwHAP6eXEYxaPNvywurTr5IOAbg@github.com/username/repo.git");')
local(P, NGH, "noseyparker np.github.6 example `GITHUB_CLIENT_ID=ac58...` / `GITHUB_SECRET=37d0...`", 'string GITHUB_CLIENT_ID = "ac58d6da7d7a84c039b7";\nstring GITHUB_SECRET = "37d02377a3e9d849e18704c3ec883f9c5787d857";')
local(P, NGH, "noseyparker np.github.7 example bare `github_pat_11AALKJEA...` (neutral name after the service)", 'string github = "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";')

NS = NOSEY["slack"]
local(P, NS, "noseyparker np.slack.2 example `SLACK_API_TOKEN=xoxb-893582989554-...`", 'string SLACK_API_TOKEN = "xoxb-893582989554-899326518131-JRHeVv1o9Cf99fwDpuortR2D";')
local(P, NS, "noseyparker np.slack.2 example Python dict `{'token':'xoxb-262541194339-...','channel':'C017XD909UJ',...}`, as a C# dictionary initializer",
      'var data = new System.Collections.Generic.Dictionary<string, string> { ["token"] = "xoxb-262541194339-1293084920079-Z21cXgXdDdZDABIcrdG3D9OF", ["channel"] = "C017XD909UJ", ["pretty"] = "1" };')
local(P, NS, "noseyparker np.slack.4 example `curl ... -H \"Authorization: Bearer xoxp-283316862324-...\"`, as the same request header",
      'var request = new System.Net.Http.HttpRequestMessage(System.Net.Http.HttpMethod.Post, "https://wirecard-issuing.slack.com/api/chat.postMessage");\nrequest.Headers.Add("Authorization", "Bearer xoxp-283316862324-298911817009-298923149681-44f585044dace54f5701618e97cd1c0b");')
local(P, NS, "noseyparker np.slack.4 example Go `url := \"https://slack.com/api/channels.history?token=xoxp-113726990690-...\"`, as C#",
      'string url = "https://slack.com/api/channels.history?token=xoxp-113726990690-113803571044-155105854433-53ffb9d16ace50aa79aa1c425a68b131&channel=C4D8D3XMX&count=1&pretty=1";')
local(P, NS, "noseyparker np.slack.5 example Dockerfile `ENV SLACK_TOKEN=\"xapp-083452001657-...\"`, as C#", 'string SLACK_TOKEN = "xapp-083452001657-ShAYwge/87H4lC3j7lZ48pAL";')
member(P, NS, "noseyparker np.slack.6 example Python `def send_slack_notification(message): token = \"xoxb-47834520726-...\"`, as C#",
       'void SendSlackNotification(string message)\n{\n    string token = "xoxb-47834520726-N3otsrwj8Cf99cs8GhiRZsX1";\n}', cls="Notifier")
local(P, NS, "noseyparker np.slack.3 example webhook `https://hooks.slack.com/services/TKV3YQVGA/...`, at HttpClient.PostAsync",
      'var http = new System.Net.Http.HttpClient();\n_ = http.PostAsync("https://hooks.slack.com/services/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", new System.Net.Http.StringContent("{}"));')
local(P, NS, "noseyparker np.slack.3 example: a webhook in commented-out configuration code (peer: match)",
      '// Configure the Slack console logger\n// var slack = new SlackLogger(new SlackOptions {\n//   Webhook = "https://hooks.slack.com/services/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",\n//   Username = "console.slack.bot",\n// });')

local(P, NOSEY["http"], "noseyparker np.http.1 example `Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==`, as the same request header",
      'var request = new System.Net.Http.HttpRequestMessage();\nrequest.Headers.Add("Authorization", "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==");')
local(P, NOSEY["http"], "noseyparker np.http.2 example `Authorization: Bearer mF_9.B5f-4.1JqM`, as the same request header",
      'var request = new System.Net.Http.HttpRequestMessage(System.Net.Http.HttpMethod.Get, "https://server.example.com/resource");\nrequest.Headers.Add("Authorization", "Bearer mF_9.B5f-4.1JqM");')
local(P, NOSEY["jwt"], "noseyparker np.jwt.1 example bare JWT (neutral name)", 'string jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJsb2dnZWRJbkFzIjoiYWRtaW4iLCJpYXQiOjE0MjI3Nzk2Mzh9.gzSraSYS8EXBxLN_oWnFSRgCzcmEmMjLiuyu5CSpyHI";')
local(P, NOSEY["jwt"], "noseyparker np.jwt.1 example `NUCLEAR_SERVICES_ANON_KEY=eyJ...`", 'string NUCLEAR_SERVICES_ANON_KEY = "eyJhbGciOiJIUzI1NiIsEnR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InFqcnVqc2lzY2Nzdnl2am5xdG5xIiwicm9sZSI6ImEub24iLCJpYXQiOjE2NTY1OTY0NjEsImV4cCI6MTk3MjE3MjQ2MX0.WQWcwBAQFNE259f2o8ruFln_UMLTFEnEaUD7KHrs9Aw";')
local(P, NOSEY["stripe"], "noseyparker np.stripe.1 example Ruby `Stripe.api_key = \"sk_live_dhhf...\"`, as the .NET StripeConfiguration.ApiKey", 'Stripe.StripeConfiguration.ApiKey = "sk_live_dhhfUUyfrAace5dBAZ10JrAD";')
local(P, NOSEY["stripe"], "noseyparker np.stripe.1 example JS `require(\"stripe\")(\"sk_live_qdyF...\")`, as new StripeClient", 'var stripe = new Stripe.StripeClient("sk_live_qdyFazIVmace52bThiOzbEVT");')
local(P, NOSEY["stripe"], "noseyparker np.stripe.2 example: a commented-out test-key client `//var stripe = require(\"stripe\")(\"sk_test_nxOd...\")` (peer: match)",
      '//var stripe = new Stripe.StripeClient("sk_test_nxOdTTuEace5Ajbh3svpG32m");\nvar stripe = new Stripe.StripeClient(System.Environment.GetEnvironmentVariable("STRIPE_KEY"));')
local(P, NOSEY["sendgrid"], "noseyparker np.sendgrid.1 example Python `'SENDGRID_API_KEYSID': 'SG.slEP...'`, as a C# dictionary initializer",
      'var config = new System.Collections.Generic.Dictionary<string, string> { ["SENDGRID_API_KEYSID"] = "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" };')
local(P, NOSEY["sendgrid"], "noseyparker np.sendgrid.1 example JS `require('sendgrid')('SG.dbawh5...')`, as new SendGridClient", 'var sendgrid = new SendGrid.SendGridClient("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");')
local(P, NOSEY["nuget"], "noseyparker np.nuget.1 example `nuget push %filename% oy2dgb33... -Source ...`, at Process.Start",
      'System.Diagnostics.Process.Start("nuget", "push package.nupkg oy2dgb333j35kjjybcf99yzxo7hjyloera4anxn4ivcvle -Source https://api.nuget.org/v3/index.json");')
local(P, NOSEY["nuget"], "noseyparker np.nuget.1 example `dotnet nuget push ... --api-key oy2l53fx... -s ...`, at Process.Start",
      'System.Diagnostics.Process.Start("dotnet", "nuget push \\"package.nupkg\\"  --api-key  oy2l53fxd7xcf99dnyrqewssedgopshuticofclpespbyi  -s https://api.nuget.org/v3/index.json --skip-duplicate");')
member(P, NOSEY["twilio"], "noseyparker np.twilio.1 example JS consts twilioAccountSid / twilioApiKeySID / twilioApiKeySecret, as C# consts",
       "const string twilioAccountSid = \"AC712594f590c0d8ace55c04858f7398f9\"; // Your Account SID from www.twilio.com/console\nconst string twilioApiKeySID = \"SK9b4cc552783500ace5414a1ed3e9fd1a\";\nconst string twilioApiKeySecret = \"l6LUelKF2BUtMLace5oShZSmRppadYqI\";", cls="TwilioSettings")
member(P, NOSEY["twilio"], "noseyparker np.twilio.1 example PHP `env('TWILIO_API','SK6e84...')` / `env('TWILIO_API_KEY', 'wbTs1...')` defaults, as C# environment lookups with defaults",
       "string Api => Utils.GetEnvOrDefault(\"TWILIO_API\", \"SK6e84981d07ace5c9df33e1ab043a2fb2\");\nstring ApiKey => Utils.GetEnvOrDefault(\"TWILIO_API_KEY\", \"wbTs1SUt6Aace5eKeNCxuYvJa6PhaRd0\");", cls="TwilioConfig")

# =====================================================================================================================
# noseyparker: negative_examples (negative)
# =====================================================================================================================
local(N, NG, "noseyparker np.generic.2 negative: HTML attributes `name=\"ws_plugin__s2member_amazon_s3_comp_files_access_key\" id=...`, as a C# HTML string",
      'string html = "<input name=\\"ws_plugin__s2member_amazon_s3_comp_files_access_key\\" id=\\"ws-plugin--s2member-amazon-s3-comp-files-access-key\\" />";')
local(N, NG, "noseyparker np.generic.5 negative `password = \"123\"` (too short)", 'string password = "123";')
member(N, NG, "noseyparker np.generic.5 negative Java `sb.append(\"MasterUserPassword: \" + getMasterUserPassword() + \",\");`, as C#",
       'string GetMasterUserPassword() => System.Environment.GetEnvironmentVariable("MASTER_USER_PASSWORD");\nvoid Describe(System.Text.StringBuilder sb)\n{\n    sb.Append("MasterUserPassword: " + GetMasterUserPassword() + ",");\n}', cls="RdsDescriber")
member(N, NG, "noseyparker np.generic.5 negative Puppet `define wget::authfetch($source,$destination,$user,$password=\"\",$timeout=\"0\",$verbose=false)`, as a C# method with defaults",
       'void AuthFetch(string source, string destination, string user, string password = "", string timeout = "0", bool verbose = false) { }', cls="Wget")
local(N, NG, "noseyparker np.generic.5 negative: docs redirect `\"/en/.../creating-a-strong-password\":\"/en/enterprise-server@3.0/auth\"`, as a redirect map entry",
      'var redirects = new System.Collections.Generic.Dictionary<string, string>\n{\n    ["/en/enterprise/3.0/authentication/keeping-your-account-and-data-secure/creating-a-strong-password"] = "/en/enterprise-server@3.0/auth",\n};')
local(N, NG, "noseyparker np.generic.5 negative `\"password\": \"&lt;YOURPASSWROD&gt;\"` (HTML-escaped placeholder), as a C# dictionary initializer",
      'var settings = new System.Collections.Generic.Dictionary<string, string> { ["password"] = "&lt;YOURPASSWROD&gt;" };')
case(N, NG, "noseyparker np.generic.5 negative Rails routes (`as: 'cms_user_password'`, `get '/passwords/:id/edit' ... as: 'edit_password'`, forgot-password), as ASP.NET Core routes", """
using Microsoft.AspNetCore.Builder;
class Routes
{
    static void Map(WebApplication app)
    {
        app.MapControllerRoute(name: "cms_user_password", pattern: "cms/users/{id}/password");
        app.MapControllerRoute(name: "edit_password", pattern: "passwords/{id}/edit", defaults: new { controller = "Passwords", action = "Edit" });
        app.MapControllerRoute(name: "update_password", pattern: "forgot-password", defaults: new { controller = "Passwords", action = "Update" });
    }
}""")
member(N, NG, "noseyparker np.generic.5 negative `IAMUserChangePassword = \"arn:aws:iam::aws:policy/IAMUserChangePassword\"` (a policy ARN)",
       'const string IAMUserChangePassword = "arn:aws:iam::aws:policy/IAMUserChangePassword";', cls="ManagedPolicies")
member(N, NG, "noseyparker np.generic.5/6 negative `this.addPassword = \"#add-password\";` (a CSS selector)",
       'private string addPassword;\nvoid Init() { this.addPassword = "#add-password"; }', cls="PasswordPage")
member(N, NG, "noseyparker np.generic.6 negative PHP `echo 'password = '.$p['config']['daemon_password'].\"\\n\";`, as C#",
       'void Print(System.Collections.Generic.IDictionary<string, System.Collections.Generic.IDictionary<string, string>> p)\n{\n    System.Console.WriteLine("password = " + p["config"]["daemon_password"]);\n}', cls="DaemonConfig")
local(N, NG, "noseyparker np.generic.6 negative `usernameLabel:\"Username or email:\",passwordLabel:\"Password:\",rememberMeLabel:\"Remember me:\"`, as an object initializer",
      'var labels = new LoginLabels { UsernameLabel = "Username or email:", PasswordLabel = "Password:", RememberMeLabel = "Remember me:" };')
member(N, NO, "noseyparker np.odbc.1 negative Python `def login(self, user = '', password = '', domain = ''):`, as a C# method with defaults",
       'bool Login(string user = "", string password = "", string domain = "") => false;', cls="SmbClient")
member(N, NO, "noseyparker np.odbc.1 negative Ruby `text << \"User=#{username}, \"` / `\"Password=#{password}, \"` (interpolated), as C#",
       'void Report(string username, string password, string domain)\n{\n    var text = new System.Text.StringBuilder();\n    text.Append($"User={username}, ");\n    text.Append($"Password={password}, ");\n    text.Append($"Domain={domain}, ");\n    System.Console.WriteLine(text);\n}', cls="LoginReporter")
member(N, NO, "noseyparker np.odbc.1 negative C `user = (char *) (p + 1); pwd = (char *) (p + ulen + 2);` (parsed from a buffer), as C#",
       'void Parse(byte[] buffer, int p, int ulen, int wlen)\n{\n    string user = System.Text.Encoding.ASCII.GetString(buffer, p + 1, ulen);\n    string pwd = System.Text.Encoding.ASCII.GetString(buffer, p + ulen + 2, wlen);\n}', cls="AuthPacket")
local(N, NO, "noseyparker np.odbc.1 negative C `char *domain = NULL; char *user = NULL; char *password = NULL;`, as C#", 'string domain = null;\nstring user = null;\nstring password = null;')
case(N, NO, "noseyparker np.odbc.1 negative PHP `$user = $_POST[\"username\"]; $pwd = $_POST[\"password\"];`, as ASP.NET Core form reads", """
using Microsoft.AspNetCore.Http;
class LoginHandler
{
    void Handle(HttpRequest request)
    {
        string user = request.Form["username"];
        string pwd = request.Form["password"];
        string otherdata = request.Form["otherdata"];
    }
}""")
local(N, NA, "noseyparker np.azure.1 negative `InstrumentationKey=00000000-...;EndpointSuffix=ai.contoso.com;` (Application Insights, not a credential)",
      'string applicationInsightsConnectionString = "InstrumentationKey=00000000-0000-0000-0000-000000000000;EndpointSuffix=ai.contoso.com;";')
local(N, NA, "noseyparker np.azure.1 negative `InstrumentationKey=00000000-...;IngestionEndpoint=...;LiveEndpoint=...`",
      'string applicationInsightsConnectionString = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://custom.com:111/;LiveEndpoint=https://custom.com:222/;ProfilerEndpoint=https://custom.com:333/;SnapshotEndpoint=https://custom.com:444/;";')
local(N, NA, "noseyparker np.azure.1 negative JS `let accountName = \"\"; let accountKey = Buffer.from(\"accountKey\", \"base64\");`, as C#",
      'string accountName = "";\nbyte[] accountKey = System.Convert.FromBase64String("accountKey");')
local(N, NA, "noseyparker np.azure.1 negative `AccountName=<YOUR_ACCOUNT_NAME>;AccountKey=<YOUR_ACCOUNT_KEY>;`, at new BlobServiceClient",
      'var blobs = new Azure.Storage.Blobs.BlobServiceClient("AccountName=<YOUR_ACCOUNT_NAME>;AccountKey=<YOUR_ACCOUNT_KEY>;");')
local(N, NA, "noseyparker np.azure.1 negative `AccountName=X;AccountKey=X;`, at new BlobServiceClient", 'var blobs = new Azure.Storage.Blobs.BlobServiceClient("AccountName=X;AccountKey=X;");')
member(N, NA, "noseyparker np.azure.1 negative `AccountName={2};AccountKey={3};` (a format template), at string.Format",
       'string Build(string blob, string queue, string name, string key)\n    => string.Format("BlobEndpoint={0};QueueEndpoint={1};AccountName={2};AccountKey={3};", blob, queue, name, key);', cls="StorageConnection")
local(N, NA, "noseyparker np.azure.1 negative `SharedAccessKeyName=[Shared Access Key Name goes here];SharedAccessKey=[Shared Access key goes here];`, at new ServiceBusClient",
      'var client = new Azure.Messaging.ServiceBus.ServiceBusClient("SharedAccessKeyName=[Shared Access Key Name goes here];SharedAccessKey=[Shared Access key goes here];");')
case(N, NA, "noseyparker np.azure.2 negative `--connection-string Endpoint=https://contoso.azconfig.io;Id=xxx;Secret=xxx`, at AddAzureAppConfiguration", """
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
class Program
{
    static void Configure(WebApplicationBuilder builder)
    {
        builder.Configuration.AddAzureAppConfiguration("Endpoint=https://contoso.azconfig.io;Id=xxx;Secret=xxx");
    }
}""")
local(N, NAWS, "noseyparker np.aws.1 negative `A3T0ABCDEFGHIJKLMNO` (19 characters, one short; neutral name after the service)", 'string aws = "A3T0ABCDEFGHIJKLMNO";')
local(N, NAWS, "noseyparker np.aws.1 negative `A3T0ABCDEFGHIjklmnop` (lower case, not a key id; neutral name after the service)", 'string aws = "A3T0ABCDEFGHIjklmnop";')

# =====================================================================================================================
# microsoft/security-utilities: generated true and false positives
# =====================================================================================================================
local(P, SECUTIL["messaging"], "security-utilities SEC101/105 GenerateTruePositiveExamples (Service Bus RootManageSharedAccessKey), at new ServiceBusClient",
      f'var client = new Azure.Messaging.ServiceBus.ServiceBusClient("Endpoint=sb://doesnotexist.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={G["messaging_key"]}");')
local(P, SECUTIL["sas"], "security-utilities SEC101/060 TP `sig={RandomBase64(43)}%3d`, in a SAS URL query", f'var container = new Azure.Storage.Blobs.BlobContainerClient(new System.Uri("https://examplestore.blob.core.windows.net/data?sv=2022-11-02&sr=c&sp=rl&sig={G["sig_tp"]}"));')
local(P, SECUTIL["sas"], "security-utilities SEC101/060 TP `dsas_secret={RandomBase64(43)}=` (neutral name)", f'string query = "dsas_secret={G["dsas_tp"]}";')
local(P, SECUTIL["sas"], "security-utilities SEC101/060 TP `dsas_secret=` 43 URL-encoded slashes + `%3D` (the peer's contrived example; neutral name)", f'string query = "dsas_secret={G["slashes"]}%3D";')
local(N, SECUTIL["sas"], "security-utilities SEC101/060 FP `sig={RandomBase64(43)}` (no trailing padding), in a SAS URL query", f'var container = new Azure.Storage.Blobs.BlobContainerClient(new System.Uri("https://examplestore.blob.core.windows.net/data?sv=2022-11-02&sr=c&sp=rl&sig={G["sig_fp"]}"));')
local(N, SECUTIL["sas"], "security-utilities SEC101/060 FP `dsas_secret={RandomBase64(43)}` (no trailing padding; neutral name)", f'string query = "dsas_secret={G["dsas_fp"]}";')
local(N, SECUTIL["sas"], "security-utilities SEC101/060 FP `dsas_secret=` 43 URL-encoded slashes without padding (neutral name)", f'string query = "dsas_secret={G["slashes"]}";')
local(N, SECUTIL["sas"], "security-utilities SEC101/060 FP `dsas_secret=` 44 URL-encoded slashes + `%3D` (exceeds the length limit; neutral name)", f'string query = "dsas_secret={G["slashes"]}%2f%3D";')
local(P, SECUTIL["bearer"], "security-utilities SEC101/061 TP `Authorization: bearer notasecret==` (peer: match), as a raw header line", 'string header = "Authorization: bearer notasecret==";')
local(P, SECUTIL["bearer"], "security-utilities SEC101/061 TP `authorization:%20bearer%20secretplacholder` (peer: match), in a URL query", 'string url = "https://api.example.com/callback?authorization:%20bearer%20secretplacholder";')
local(P, SECUTIL["nuget"], "security-utilities SEC101/031 TP (GUID-based entropy), neutral name after the service", f'string nuget = "{G["nuget_guid"]}";')
local(P, SECUTIL["nuget"], "security-utilities SEC101/031 TP (PRNG-based entropy), as a `dotnet nuget push --api-key` argument", f'System.Diagnostics.Process.Start("dotnet", "nuget push package.nupkg --api-key {G["nuget_prng"]} --source https://api.nuget.org/v3/index.json");')
local(P, SECUTIL["nuget"], "security-utilities SEC101/031 TP (upper-case key), neutral name after the service", f'string nuget = "{G["nuget_upper"]}";')
local(P, SECUTIL["nuget"], "security-utilities SEC101/031 TP (one base32 character 43 times; the peer's contrived example), neutral name after the service", f'string nuget = "{G["nuget_repeat"]}";')
local(N, SECUTIL["nuget"], "security-utilities SEC101/031 FP (mixed case, more likely base64 than a key), neutral name after the service", f'string nuget = "{G["nuget_mixed"]}";')
local(P, SECUTIL["databricks"], "security-utilities SEC101/110 TP `dapi{hex32}`, as a bearer header value", f'var http = new System.Net.Http.HttpClient();\nhttp.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "{G["databricks_1"]}");')
local(P, SECUTIL["databricks"], "security-utilities SEC101/110 TP `dapi{hex32}-3`, neutral name after the service", f'string databricks = "{G["databricks_2"]}";')
local(P, SECUTIL["npm"], "security-utilities SEC101/050 TP `npm_{base62 36}`, neutral name after the service", f'string npm = "{G["npm"]}";')
case(P, SECUTIL["aad34"], "security-utilities SEC101/101 TP (34-character legacy Entra client secret), at new ClientSecretCredential", f"""
using Azure.Identity;
class Auth
{{
    ClientSecretCredential Credential() => new ClientSecretCredential("{G["tenant_id"]}", "{G["client_id"]}", "{G["aad34"]}");
}}""")
local(P, SECUTIL["acr"], "security-utilities SEC101/109 TP (32-character legacy container registry key), neutral name after the service", f'string acr = "{G["acr"]}";')
local(P, SECUTIL["sample"], "security-utilities SEC101/565 TP `secret_scanning_ab85...` sample token, neutral name", f'string sample = "{G["sample_token"]}";')

# =====================================================================================================================
# ripsecrets: one_per_line (positive) and none (negative)
# =====================================================================================================================
R = RIP
local(P, R["random"], "ripsecrets one_per_line/random `APP_KEY = \"iftkeq2y4qj0nbt\"`", 'string APP_KEY = "iftkeq2y4qj0nbt";')
local(P, R["random"], "ripsecrets one_per_line/random Go `clientSecretKey := \"2Tm6cds...\"`, as C#", 'string clientSecretKey = "2Tm6cdsRVBTL9hRCmR6MRDTpMLFS4I";')
local(P, R["random"], "ripsecrets one_per_line/random `\"key\": \"2Tm6cds...\"`, as a C# dictionary initializer", 'var settings = new System.Collections.Generic.Dictionary<string, string> { ["key"] = "2Tm6cdsRVBTL9hRCmR6MRDTpMLFS4I" };')
local(P, R["random"], "ripsecrets one_per_line/random `['dict_key'] = \"2Tm6cds...\"`, as a C# indexer assignment", 'var settings = new System.Collections.Generic.Dictionary<string, string>();\nsettings["dict_key"] = "2Tm6cdsRVBTL9hRCmR6MRDTpMLFS4I";')
local(P, R["azure"], "ripsecrets one_per_line/azure `AccountKey=lJzRc1...==`, at new BlobServiceClient", 'var blobs = new Azure.Storage.Blobs.BlobServiceClient("AccountKey=lJzRc1YdHaAA2KCNJJ1tkYwF/+mKK6Ygw0NGe170Xu592euJv2wYUtBlV8z+qnlcNQSnIYVTkLWntUO1F8j8rQ==");')
local(P, R["azure"], "ripsecrets one_per_line/azure `client_secret = GN.7Q~...`", 'string client_secret = "GN.7Q~4AkLZBNEbz4Jxlm~O5G6SsyFxYg6zNR";')
local(P, R["azure"], "ripsecrets one_per_line/azure `api_key = 2N87Q~...`", 'string api_key = "2N87Q~4m2Bkq.tjC7pDkGksXPutGkChIGNqYc";')
local(P, R["url"], "ripsecrets one_per_line/url `mysql://USERNAME:PASSWORD@example.com` (peer: match; neutral name)", 'string databaseUrl = "mysql://USERNAME:PASSWORD@example.com";')
local(P, R["aws"], "ripsecrets one_per_line/aws `secret_access_key = '1W0T1eq...'`", 'string secret_access_key = "1W0T1eqNpAk3imtH8mJtkSf2AQ3eNMrPqe3u3Tf6";')
local(P, R["aws"], "ripsecrets one_per_line/aws `secretAccessKey = \"wrmDCc...\"`", 'string secretAccessKey = "wrmDCcpolP3yg9l7o9dJragXbj2wFFzWgiN5FBZN";')
local(P, R["aws"], "ripsecrets one_per_line/aws `SECRET_ACCESS_KEY: 2OYzBCp/...`", 'string SECRET_ACCESS_KEY = "2OYzBCp/+N9pUJ3a8JA5lOLYL/iKBFYVlif3pIHl";')
local(P, R["github"], "ripsecrets one_per_line/github bare `ghp_wWPw5k...` (neutral name after the service)", 'string github = "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";')
local(P, R["github"], "ripsecrets one_per_line/github bare `github_pat_wWPw5k...` (neutral name after the service)", 'string github = "github_pat_wWPw5k4aXcaT4fNP0UcnZwJUVFk6LO0pINUx";')
local(P, R["npm"], "ripsecrets one_per_line/npm `//registry.npmjs.org/:_authToken=xxxx...` (peer: match), written to .npmrc", 'System.IO.File.WriteAllText(".npmrc", "//registry.npmjs.org/:_authToken=xxxxxxxxxxxxxxxxxxxx");')
local(P, R["npm"], "ripsecrets one_per_line/npm bare `npm_F9vPy...` (neutral name after the service)", 'string npm = "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";')
local(P, R["slack"], "ripsecrets one_per_line/slack bare `xoxp-523423-...` (neutral name after the service)", 'string slack = "xoxp-523423-234243-234233-e039d02840a0b9379c";')
local(P, R["slack"], "ripsecrets one_per_line/slack webhook `https://hooks.slack.com/services/Txxxxxxxx/Bxxxxxxxx/xxxx...` (peer: match), at HttpClient.PostAsync",
      'var http = new System.Net.Http.HttpClient();\n_ = http.PostAsync("https://hooks.slack.com/services/Txxxxxxxx/Bxxxxxxxx/xxxxxxxxxxxxxxxxxxxxxxxx", new System.Net.Http.StringContent("{}"));')
local(P, R["stripe"], "ripsecrets one_per_line/stripe bare `sk_live_ReTll...`, at StripeConfiguration.ApiKey", 'Stripe.StripeConfiguration.ApiKey = "sk_live_ReTllpYQYfIZu2Jnf2lAPFjD";')
local(P, R["stripe"], "ripsecrets one_per_line/stripe bare `rk_live_5TcWf...` (neutral name after the service)", 'string stripe = "rk_live_5TcWfjKmJgpql9hjpRnwRXbT";')
local(P, R["jwt"], "ripsecrets one_per_line/jwt bare JWT (neutral name)", 'string jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";')
local(P, R["jwt"], "ripsecrets one_per_line/jwt header and payload without signature (neutral name)", 'string jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ";')
local(P, R["gcp"], "ripsecrets one_per_line/gcp `key=AIzaSyCw8...`", 'string key = "AIzaSyCw8XmxlGXVRySZxKiuZhFCALuXbLqqHBI";')
local(P, R["gcp"], "ripsecrets one_per_line/gcp bare `AIzaSyBYvIR...` (neutral name after the service)", 'string gcp = "AIzaSyBYvIR5fRdK_ZUw4baMjUanLRTA7iopW-I";')
local(N, R["none"], "ripsecrets test/none `secret = \"asdfasdf...\"` (repeated, not random)", 'string secret = "asdfasdfasdfasdfasdfasdfasdfasdfasdfasdfasdfasdf";')
local(N, R["none"], "ripsecrets test/none `-----BEGIN PRIVATE KEY-----this is not a private key-----END PRIVATE KEY-----` (neutral name)", 'string pem = "-----BEGIN PRIVATE KEY-----this is not a private key-----END PRIVATE KEY-----";')
local(N, R["none"], "ripsecrets test/none `CLIENT_SECRET = settings.GITHUB_API_SECRET` (a settings reference)", 'var settings = new AppSettings();\nstring CLIENT_SECRET = settings.GITHUB_API_SECRET;')
local(N, R["none"], "ripsecrets test/none `ACCESS_TOKEN_URL = ASANA_TOKEN_EXCHANGE_URL` (a settings reference)", 'var settings = new AppSettings();\nstring ACCESS_TOKEN_URL = settings.ASANA_TOKEN_EXCHANGE_URL;')
member(N, R["none"], "ripsecrets test/none `return keyJob.start()` (contains eyJ)", 'KeyJob keyJob = new KeyJob();\nbool Start() { return keyJob.Start(); }', cls="Scheduler")
local(N, R["none"], "ripsecrets test/none SQL `WITH (PAD_INDEX = OFF, ..., IGNORE_DUP_KEY = OFF, ...)` in an index statement", 'string sql = "CREATE UNIQUE INDEX IX_Users_Email ON Users (Email) WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON)";')
local(N, R["none"], "ripsecrets test/none `req.POST = {\"head_long\": \"v999\", \"url\": \"http://example.com\", \"user\": \"wrong@example.com\"}`, as a form dictionary",
      'var post = new System.Collections.Generic.Dictionary<string, string> { ["head_long"] = "v999", ["url"] = "http://example.com", ["user"] = "wrong@example.com" };')
local(N, R["none"], "ripsecrets test/none `http://public:secret@example.com/1` (peer: no finding; low-entropy demo credentials), as a Uri", 'var uri = new System.Uri("http://public:secret@example.com/1");')
local(N, R["none"], "ripsecrets test/none `project_key = PROJECT_NAME_ALIAS` (p_random.rs: not random)", 'string project_key = "PROJECT_NAME_ALIAS";')
local(N, R["none"], "ripsecrets test/none `postgresql://user:user@no_connection/no_db` (peer: no finding; neutral name)", 'string databaseUrl = "postgresql://user:user@no_connection/no_db";')

# =====================================================================================================================
# talisman
# =====================================================================================================================
T = TAL
local(P, T["pattern"], "talisman TestShouldDetectPasswordPatterns `password=UnsafeString`", 'string password = "UnsafeString";')
local(P, T["pattern"], "talisman TestShouldDetectPasswordPatterns `passphrase=UnsafeString`", 'string passphrase = "UnsafeString";')
local(P, T["pattern"], "talisman TestShouldDetectPasswordPatterns `\"SERVER_PASSWORD\" : UnsafeString`, as a C# dictionary initializer", 'var env = new System.Collections.Generic.Dictionary<string, string> { ["SERVER_PASSWORD"] = "UnsafeString" };')
local(P, T["pattern"], "talisman TestShouldDetectPasswordPatterns `\"pw\" : UnsafeString`, as a C# dictionary initializer", 'var login = new System.Collections.Generic.Dictionary<string, string> { ["pw"] = "UnsafeString" };')
local(P, T["pattern"], "talisman TestShouldDetectPasswordPatterns `PWD=appropriate`", 'string PWD = "appropriate";')
local(P, T["pattern"], "talisman TestShouldDetectPasswordPatterns `adminpwd=appropriate`", 'string adminpwd = "appropriate";')
member(P, T["content"], "talisman TestShouldFlagPotentialSecretsWithinJavaCode `String accessKey=\"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\";`, as the C# program",
       'public static void Main(string[] args)\n{\n    // Prints "Hello, World" to the terminal window.\n    string accessKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";\n    System.Console.WriteLine("Hello, World");\n}', cls="HelloWorld")
local(N, T["pattern"], "talisman shouldFailDetectionOfSecretPattern `\"pAsSWoRD\" :1234567` (a number), as a C# dictionary initializer", 'var values = new System.Collections.Generic.Dictionary<string, object> { ["pAsSWoRD"] = 1234567 };')
local(N, T["pattern"], "talisman shouldFailDetectionOfSecretPattern `random=12345678`", 'string random = "12345678";')
local(N, T["content"], "talisman TestShouldNotFlagLowEntropyBase64Text `YWFhYWFh...YWEK` (base64 of a run of a; neutral name)", 'string data = "YWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWEK";')
member(N, T["content"], "talisman TestShouldNotFlagPotentialSecretsWithinSafeLongMethodName (a long method name)",
       'public void TestBase64DetectorShouldNotDetectLongMethodNamesEvenWithRidiculousHighEntropyWordsMightExist() { }', cls="DetectorTests")

# =====================================================================================================================
# ggshield: patches whose mocked scan result reports a secret
# =====================================================================================================================
local(P, GG, "ggshield _MULTIPLE_SECRETS_PATCH `docker run ... -e MYSQL_USERNAME=root -e MYSQL_PASSWORD=m42ploz2wd geonetwork` (MySQL Assignment), at Process.Start",
      'System.Diagnostics.Process.Start("docker", "run --name geonetwork -d -p 8080:8080 -e MYSQL_HOST=google.com -e MYSQL_PORT=5434 -e MYSQL_USERNAME=root -e MYSQL_PASSWORD=m42ploz2wd geonetwork");')
member(P, GG, "ggshield _MULTI_SECRET_TWO_LINES_PATCH `FacebookAppId = 294790898041575;` / `FacebookAppSecret = ce3f9f03...;` (Facebook Access Tokens)",
       'const string FacebookAppId = "294790898041575";\nconst string FacebookAppSecret = "ce3f9f0362bbe5ab01dfc8ee565e4372";', cls="FacebookSettings")
local(P, GG, "ggshield _SIMPLE_SECRET_PATCH `github_token: 368ac3ed...` (GitHub Token)", 'string github_token = "368ac3edf9e850d1c0ff9d6c526496f8237ddf91";')
local(P, GG, "ggshield _SINGLE_ADD_PATCH `sg_key = \"SG._Yytrtv...\";` (SendGrid Key)", 'string sg_key = "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";')
local(P, GG, "ggshield UNCHECKED_SECRET_PATCH `apikey = \"{GG_TEST_TOKEN}\";` (reported as an uncheckable secret)", f'string apikey = "{GG_TEST_TOKEN}";')
rsa = "\n".join(GG_RSA_LINES)
member(P, GG, "ggshield _SIMPLE_SECRET_MULTILINE_PATCH `PrivateKeyRsa:` RSA private key (RSA Private Key), as a C# verbatim string",
       f'const string PrivateKeyRsa = @"{rsa}";', cls="Keys")

STUBS = """namespace Azure.Identity
{
    public class ClientSecretCredential { public ClientSecretCredential(string tenantId, string clientId, string clientSecret) { } }
    public class UsernamePasswordCredential { public UsernamePasswordCredential(string username, string password, string tenantId, string clientId) { } }
}
namespace System.DirectoryServices
{
    public class DirectoryEntry { public DirectoryEntry(string path, string username, string password) { } }
}
namespace Microsoft.Data.SqlClient
{
    public class SqlConnection { public SqlConnection(string connectionString) { } }
}
namespace Npgsql
{
    public class NpgsqlConnection { public NpgsqlConnection(string connectionString) { } }
}
namespace MongoDB.Driver
{
    public class MongoClient { public MongoClient(string connectionString) { } }
}
namespace Azure.Storage.Blobs
{
    public class BlobServiceClient { public BlobServiceClient(string connectionString) { } }
    public class BlobContainerClient { public BlobContainerClient(System.Uri blobContainerUri) { } }
}
namespace Azure.Messaging.ServiceBus
{
    public class ServiceBusClient { public ServiceBusClient(string connectionString) { } }
}
namespace Microsoft.Extensions.Configuration
{
    public static class AzureAppConfigurationExtensions
    {
        public static IConfigurationBuilder AddAzureAppConfiguration(this IConfigurationBuilder builder, string connectionString) => builder;
    }
}
namespace Amazon.Runtime
{
    public class BasicAWSCredentials { public BasicAWSCredentials(string accessKey, string secretKey) { } }
    public class SessionAWSCredentials { public SessionAWSCredentials(string awsAccessKeyId, string awsSecretAccessKey, string token) { } }
}
namespace Stripe
{
    public static class StripeConfiguration { public static string ApiKey { get; set; } }
    public class StripeClient { public StripeClient(string apiKey) { } }
}
namespace SendGrid
{
    public class SendGridClient { public SendGridClient(string apiKey) { } }
}
public class AdoConnection { public void Open(string connectionString) { } }
public class MongoDBStoreOptions { public string Uri { get; set; } public string Collection { get; set; } }
public class DbSettings { public string Host { get; set; } public string User { get; set; } public string Password { get; set; } }
public class LoginLabels { public string UsernameLabel { get; set; } public string PasswordLabel { get; set; } public string RememberMeLabel { get; set; } }
public class AppSettings { public string GITHUB_API_SECRET { get; set; } public string ASANA_TOKEN_EXCHANGE_URL { get; set; } }
public class KeyJob { public bool Start() => true; }
public static class Utils { public static string GetEnvOrDefault(string name, string fallback) => System.Environment.GetEnvironmentVariable(name) ?? fallback; }"""

positives, negatives = write_csharp_set(
    "csharp-secrets-5.txt",
    "# Held-out C# secrets set 5 (AKS2001/AKS2002): reduced shapes of noseyparker, security-utilities, ripsecrets, talisman and ggshield labelled examples, labelled by the peer.",
    "# Format: README.md ('C# secrets, set 5'). Written by write_csharp_secrets_5.py (shared values in set5_sources.py). '=== stubs' is compiled with every case.",
    "written for this set (stand-ins for Azure.Identity, DirectoryServices, SqlClient, Npgsql, MongoDB, Azure Storage/Service Bus/App Configuration, AWS, Stripe, SendGrid and the types the peer lines use)",
    STUBS,
    CASES,
)

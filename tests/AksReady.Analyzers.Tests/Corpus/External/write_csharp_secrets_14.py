#!/usr/bin/env python3
"""Writes csharp-secrets-14.txt: the fourteenth held-out C# secrets set (AKS2001/AKS2002), see README.md ('C# secrets, set 14').

Built on 2026-11-27 from main f7b7f0a and committed with its measuring test before the rules were run on it (a blind
figure for the rules of f7b7f0a). Sources used in no earlier set: the labelled `examples:` of six SonarSource/sonar-text
provider specifications sets 12 and 13 left unread, and github/codeql's hard-coded credential query tests in JavaScript,
Java, Python, Ruby and Go. Selection rules, provenance and the repeat check are in set14_sources.py; the sonar-text shapes
are set 12's, made by set 12's own helpers (write_csharp_secrets_12.py, imported and re-pointed at set 14 by
set13_sources.set13_helpers), the CodeQL statements are re-typed as the C# statement with the peer's names and literal
values, the client library being a stub:

- `props.set("name", value)` as a settings dictionary entry with the peer's name (the compliant `System.getenv(...)`
  twin reading the environment); `key: value` settings as an in-memory configuration with the peer's keys;
- environment-variable assignments (shell export, workflow `env:`) as Environment.SetEnvironmentVariable; command lines as
  Process.Start; HTTP headers as HttpClient request headers;
- options objects (`{ user: ..., password: ... }`) as object initializers of a stub options class; calls with credential
  arguments as the same call on a stub; byte-array keys as `byte[]` / Encoding.UTF8.GetBytes; Go raw-string PEM blocks as
  verbatim strings; Ruby/Java comparisons as `==` / Equals; service-credential JSON as the string a stub parses;
  Kubernetes Secret data as a stub's data dictionary.

Labels are the peer's (sonar-text containsSecret; CodeQL reported / OK), written before AKS2001/AKS2002 ran on the set.
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from set14_sources import SOURCES, P, N, family, check_repeats, cq, cs_string  # noqa: E402
from set13_sources import set13_helpers  # noqa: E402
from csharp_set_writer import write_checked_set  # noqa: E402
from literals import cs_verbatim  # noqa: E402
import write_csharp_secrets_12 as w12  # noqa: E402

set13_helpers(w12, SOURCES, "CASES", "PAIRS", "CASE_PAIRS")
CASES, PAIRS, CASE_PAIRS = w12.CASES, w12.PAIRS, w12.CASE_PAIRS
sn, L, M, U, inmem, setenv, process, props, getenv = w12.sn, w12.L, w12.M, w12.U, w12.inmem, w12.setenv, w12.process, w12.props, w12.getenv
ENV, SETENV, DICT, HTTP, AUTH = w12.ENV, w12.SETENV, w12.DICT, w12.HTTP, w12.AUTH
UTF8 = "System.Text.Encoding.UTF8.GetBytes"

# =====================================================================================================================
# sonar-text contribsys.yaml (S6997)
# =====================================================================================================================
K = "contribsys"
R = "sidekiq-credentials"
ENT, GEMS = "BUNDLE_ENTERPRISE__CONTRIBSYS__COM", "BUNDLE_GEMS__CONTRIBSYS__COM"
inmem(N, K, sn(K, R, f"{ENT}: cafebabe:deadbeef", N, "as an in-memory configuration"), [(ENT, "cafebabe:deadbeef")], [(ENT, "cafebabe:deadbeef")])
setenv(N, K, sn(K, R, f"export {ENT}=cafebabe:deadbeef", N, "as an environment variable"), [(ENT, "cafebabe:deadbeef")])
inmem(N, K, sn(K, R, f'{GEMS}: "cafebabe:deadbeef"', N, "as an in-memory configuration"), [(GEMS, "cafebabe:deadbeef")], [(GEMS, "cafebabe:deadbeef")])
setenv(N, K, sn(K, R, f'export {GEMS}="cafebabe:deadbeef"', N, "as an environment variable"), [(GEMS, "cafebabe:deadbeef")])
process(N, K, sn(K, R, f"export {ENT}=cafebabe:deadbeef && echo 'hello world'", N, "as a shell command line"),
        "sh", f"-c \"export {ENT}=cafebabe:deadbeef && echo 'hello world'\"", [(ENT, "cafebabe:deadbeef")])
inmem(N, K, sn(K, R, f'{ENT}: "${{{ENT}}}"', N, "as an in-memory configuration"), [(ENT, "${" + ENT + "}")], [(ENT, "${" + ENT + "}")])
setenv(N, K, sn(K, R, f"env: {ENT}: ${{{{ secrets.{ENT} }}}}", N, "(workflow env) as an environment variable"),
       [(ENT, "${{ secrets." + ENT + " }}")], [(ENT, "${{ secrets." + ENT + " }}")])
OP = [("BUNDLE_RUBYGEMS__PKG__GITHUB__COM", '{{ (onepassword ".bundle/config rubygems.pkg.github.com").details.password }}'),
      (ENT, '{{ (onepassword ".bundle/config enterprise.contribsys.com").details.password }}'),
      ("BUNDLE_BUILD__PUMA", "--with-cflags=-Wno-error=implicit-function-declaration")]
inmem(N, K, sn(K, R, "BUNDLE_RUBYGEMS__PKG__GITHUB__COM / BUNDLE_ENTERPRISE__CONTRIBSYS__COM: \"{{ (onepassword ...).details.password }}\" / BUNDLE_BUILD__PUMA", N,
               "as an in-memory configuration"), OP, [OP[1]])
L(N, K, sn(K, R, f'if RbConfig::CONFIG[\'host_os\'] =~ /mswin/ ShellCommand.run_quiet("set {ENT}=#{{response}}") else ShellCommand.run_quiet("{ENT}=#{{response}}")', N,
           "as interpolated strings handed to a stub"),
  'var response = System.Console.ReadLine();\nif (System.OperatingSystem.IsWindows())\n{\n'
  f'    ShellCommand.RunQuiet($"set {ENT}={{response}}");\n}}\nelse\n{{\n    ShellCommand.RunQuiet($"{ENT}={{response}}");\n}}')
L(N, K, sn(K, R, f"// ruleid: sidekiq-secret / {ENT}: cafebabe:deadbeef export", N, "as a settings dictionary entry with the comment"),
  f'// ruleid: sidekiq-secret\nvar settings = new {DICT} {{ ["{ENT}"] = "cafebabe:deadbeef export" }};', [(ENT, "cafebabe:deadbeef export")])
SSM = [("BUNDLE_GITHUB__COM", "SSM:/#{ssm_env}/BUNDLE_GITHUB__COM"), ("BUNDLE_GEM__FURY__IO", "SSM:/#{ssm_env}/GEM_FURY_IO_TOKEN"),
       (GEMS, "SSM:/#{ssm_env}/GEMS_CONTRIBSYS_COM_TOKEN")]
L(N, K, sn(K, R, 'config.codebuild.project.env.vars = { BUNDLE_GITHUB__COM: "SSM:/#{ssm_env}/...", ..., BUNDLE_GEMS__CONTRIBSYS__COM: "SSM:/#{ssm_env}/GEMS_CONTRIBSYS_COM_TOKEN" }', N,
           "as a dictionary built with the interpolation"),
  'var ssm_env = "prod";\nvar vars = new ' + DICT + '\n{\n' + "".join(f'    ["{k}"] = $"SSM:/{{ssm_env}}/{v.split("/")[-1]}",\n' for k, v in SSM) + '};',
  [(GEMS, "SSM:/{ssm_env}/GEMS_CONTRIBSYS_COM_TOKEN")])
HELP = f"provided (e.g., in `.bash_profile`): `export {GEMS}=xxxx:xxxx` (available from shared_configs)."
M(N, K, sn(K, R, HELP, N, "(documentation text) as a constant"), f"const string SetupHelp = {cs_string(HELP)};", [(GEMS, "xxxx:xxxx")])
inmem(P, K, sn(K, R, f'---  {GEMS}: "ec04a635:b5f7de0c"', P, "as an in-memory configuration"), [(GEMS, "ec04a635:b5f7de0c")], [(GEMS, "ec04a635:b5f7de0c")])
setenv(P, K, sn(K, R, f"env: - {GEMS}=27ec5ba1:68d13f79", P, "as an environment variable"), [(GEMS, "27ec5ba1:68d13f79")], [(GEMS, "27ec5ba1:68d13f79")])

# =====================================================================================================================
# sonar-text Docker-swarm.yaml (S6987), Kairos.yaml (S7016)
# =====================================================================================================================
K = "docker-swarm"
R = "docker-swarm-join"
SWARM = "SWMTKN-1-0o98pf607edyse6ncy7j3z5tjz5ehz6wdmmlevttk55nkgpyh1-pq3hfd1utmhpjnd5hvom0z6va"
L(P, K, sn(K, R, 'SwarmJoin swarmJoin = new SwarmJoin(); swarmJoin.getRemoteAddrs().add("103.214.142.16:2377"); swarmJoin.setJoinToken("SWMTKN-1-0o98...")', P,
           "as a stub object and its properties"),
  f'var swarmJoin = new SwarmJoin();\nswarmJoin.RemoteAddrs.Add("103.214.142.16:2377");\nswarmJoin.JoinToken = {cs_string(SWARM)};', [("JoinToken", SWARM)])
DOC_TOKEN = "SWMTKN-1-49nj1cmql0jkz5s954yi3oex3nedyz0fb0xx14ie39trti4wxv-8vxv8rssmk743ojnwacrr2d7c"
L(N, K, sn(K, R, f"To add a worker to this swarm, run the following command: docker swarm join --token {DOC_TOKEN[:20]}... 192.168.99.100:2377", N,
           "(Docker's documented token) as the command line with the comment"),
  f'// To add a worker to this swarm, run the following command:\nSystem.Diagnostics.Process.Start("docker", {cs_string("swarm join --token " + DOC_TOKEN + " 192.168.99.100:2377")});',
  [("token", DOC_TOKEN)])
W = "SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl-1awxwuwd3z9j1z3puu7rcgdbx"
MG = "SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl-7p73s1dx5in4tatdymyhg9hu2"
L(N, K, sn(K, R, '"JoinTokens": { "Worker": "SWMTKN-1-3pu6...-1awx...", "Manager": "SWMTKN-1-3pu6...-7p73..." }', N, "(Docker's documented tokens) as a dictionary"),
  f'var JoinTokens = new {DICT}\n{{\n    ["Worker"] = {cs_string(W)},\n    ["Manager"] = {cs_string(MG)},\n}};', [("Worker", W), ("Manager", MG)])
K = "kairos"
R = "kairos"
KAIROS = "51e35a011a698133ad155360a7d6447b"
props(P, K, R, [("kairos-app-key", KAIROS)])
L(P, K, sn(K, R, "var options = { 'method': 'POST', 'url': 'https://idv-eu.kairos.com/v0.1/full-id-verification', 'headers': { 'app_id': '5ecc6246', 'app_key': '51e3...' } };", P,
           "as HttpClient headers and the request"),
  f'{HTTP}\nhttp.DefaultRequestHeaders.Add("app_id", "5ecc6246");\nhttp.DefaultRequestHeaders.Add("app_key", {cs_string(KAIROS)});\n'
  '_ = http.PostAsync("https://idv-eu.kairos.com/v0.1/full-id-verification", null);', [("app_key", KAIROS)])
KV = '. /etc/os-release; [ ! -z "$KAIROS_VERSION" ] && echo $KAIROS_VERSION || echo $VERSION'
L(N, K, sn(K, R, 'var getVersionCmd = ". /etc/os-release; [ ! -z \\"$KAIROS_VERSION\\" ] && echo $KAIROS_VERSION ¦¦ echo $VERSION" // https://gist.github.com/...', N,
           "as a local with the comment"),
  f"var getVersionCmd = {cs_string(KV)};\n// https://gist.github.com/sevkin/20bcea1583350f5d48218638f32fe03d", [("getVersionCmd", KV)])

# =====================================================================================================================
# sonar-text ibm-cloud-object-storage.yaml (S7024)
# =====================================================================================================================
K = "ibm-cos"


def cos_json(apikey, access, secret, description, name, role, account, serviceid, instance):
    return ("{\n"
            f'  "apikey": "{apikey}",\n'
            '  "cos_hmac_keys": {\n'
            f'    "access_key_id": "{access}",\n'
            f'    "secret_access_key": "{secret}"\n'
            "  },\n"
            '  "endpoints": "https://control.cloud-object-storage.cloud.ibm.com/v2/endpoints",\n'
            f'  "iam_apikey_description": "Auto-generated for key {description}",\n'
            f'  "iam_apikey_name": "{name}",\n'
            f'  "iam_role_crn": "crn:v1:bluemix:public:iam::::serviceRole:{role}",\n'
            f'  "iam_serviceid_crn": "crn:v1:bluemix:public:iam-identity::a/{account}::serviceid:ServiceId-{serviceid}",\n'
            f'  "resource_instance_id": "crn:v1:bluemix:public:cloud-object-storage:global:a/{instance}::"\n'
            "}")


COS1 = cos_json("vH3YokspokfDSFERZI-fFkCiUcc4aP9aagmCKz19QH4J9", "0ac583530e3c431754534bfa379d43c6", "23dcaba061fcc067765c99d8e2823346c26cc2d8ef12c5f84c",
                "0fb58179-5z7h-9268-2936-9bfa379d43c6", "AccessKey", "Writer", "5f44ddf16d936e47b52f7a2844d344c4", "037ef33d-e3b3-7374-91f5-5b8400f73cd2",
                "5f44ddf59d926e92b52f7a78646d344c4:50f6904d-978e-450f-b117-e6ca42347ca3")
COS2 = cos_json("LU9VCDf4dDzj1wjt0Q-BHaa2VEM7I53_3lPff50d_uv3", "e668d66374e141668ef0089f43bc879e", "d8762b57f61d5dd524ccd49c7d44861ceab098d217d05836",
                "e668d663-74e1-4166-8ef0-089f43bc879e", "Service credentials-1", "Writer", "0328d127d04047548c9d4bedcd24b85e", "c7ee0ee9-ea74-467f-a49e-ef60f6b27a71",
                "0328d127d04047548c9d4bedcd24b85e:32049c3c-207e-4731-8b8a-53bf3b4844e7")
R = "ibm-object-storage-hmac-key"
for cos, secret in ((COS1, "23dcaba061fcc067765c99d8e2823346c26cc2d8ef12c5f84c"), (COS2, "d8762b57f61d5dd524ccd49c7d44861ceab098d217d05836")):
    L(P, K, sn(K, R, '{ "apikey": ..., "cos_hmac_keys": { "access_key_id": ..., "secret_access_key": "' + secret[:8] + '..." }, "endpoints": ..., "iam_...": ... }', P,
               "(service credentials) as the JSON string a stub parses"),
      f"var credentials = CosCredentials.FromJson({cs_verbatim(cos)});", [("secret_access_key", secret)])
COS3_SECRET = "e1252b952f47a6b3f42305b8ffe6f9bd7d10e45f966b9a62"
L(P, K, sn(K, R, 'cos_credentials = { "apikey": "yqcP...", "api_key": "yqcP...", "url": ..., "iam_url": ..., "cos_hmac_keys": { "access_key_id": "2d1b...", "secret_access_key": "e125..." }, ... }', P,
           "as nested dictionaries"),
  'var cos_credentials = new System.Collections.Generic.Dictionary<string, object>\n{\n'
  '    ["apikey"] = "yqcPbWZ0AQPHleHVerrR4Wx5e9pymBdMgydbEra5zCif",\n'
  '    ["api_key"] = "yqcPbWZ0AQPHleHVerrR4Wx5e9pymBdMgydbEra5zCif",\n'
  '    ["url"] = "https://s3.us.cloud-object-storage.appdomain.cloud",\n'
  '    ["iam_url"] = "https://iam.bluemix.net/oidc/token",\n'
  f'    ["cos_hmac_keys"] = new {DICT}\n    {{\n        ["access_key_id"] = "2d1be760f19241d695a534960da6eb80",\n'
  f'        ["secret_access_key"] = "{COS3_SECRET}",\n    }},\n'
  '    ["endpoints"] = "https://control.cloud-object-storage.cloud.ibm.com/v2/endpoints",\n'
  '    ["iam_apikey_description"] = "Auto-generated for key 2d1be760-f192-41d6-95a5-34960da6eb80",\n'
  '    ["iam_apikey_name"] = "FastStartLab",\n'
  '    ["iam_role_crn"] = "crn:v1:bluemix:public:iam::::serviceRole:Reader",\n'
  '    ["iam_serviceid_crn"] = "crn:v1:bluemix:public:iam-identity::a/7d8b3c34272c0980d973d3e40be9e9d2::serviceid:ServiceId-568ba191-a3bf-48f2-a30c-f3a4af7ec61d",\n'
  '    ["resource_instance_id"] = "crn:v1:bluemix:public:cloud-object-storage:global:a/7d8b3c34272c0980d973d3e40be9e9d2:2883ef10-23f1-4592-8582-2f2ef4973639::",\n'
  '};', [("secret_access_key", COS3_SECRET)])
for label, secret, how in ((P, "891c8ed850cddbece40760b800867f1231d43f2d2586", "as environment variables"),
                           (N, "00000ed850cddbece40760b800867f1231d43f2d2586", "(first 5 digits zeroed) as environment variables")):
    setenv(label, K, sn(K, R, f'export COS_HMAC_ACCESS_KEY_ID="7aebe933dd678e9ca6440da12685eee02" / export COS_HMAC_SECRET_ACCESS_KEY="{secret[:10]}..."', label, how),
           [("COS_HMAC_ACCESS_KEY_ID", "7aebe933dd678e9ca6440da12685eee02"), ("COS_HMAC_SECRET_ACCESS_KEY", secret)], [("COS_HMAC_SECRET_ACCESS_KEY", secret)])
R = "ibm-kubernetes-storage-key"
for label, access, secret, name, how in (
        (P, "0ac583530e3c431754534bfa379d43c6", "23dcaba061fcc067765c99d8e2823346c26cc2d8ef12c5f84c", "[...]", "as a stub Secret object"),
        (P, "2d1be760f19241d695a534960da6eb80", COS3_SECRET, "cos-write-access", "as a stub Secret object"),
        (N, "2d1be760f19241d695a534960da6eb80", "00000b952f47a6b3f42305b8ffe6f9bd7d10e45f966b9a62", "cos-write-access", "(first 5 digits zeroed) as a stub Secret object")):
    L(label, K, sn(K, R, f"apiVersion: v1 / kind: Secret / type: ibm/ibmc-s3fs / metadata: name: {name} / data: access-key: {access[:8]}... / secret-key: {secret[:8]}...", label, how),
      f'var secret = new KubernetesSecret\n{{\n    ApiVersion = "v1",\n    Kind = "Secret",\n    Type = "ibm/ibmc-s3fs",\n    Name = {cs_string(name)},\n'
      f'    Data = new {DICT}\n    {{\n        ["access-key"] = {cs_string(access)},\n        ["secret-key"] = {cs_string(secret)},\n    }},\n}};',
      [("secret-key", secret)])

# =====================================================================================================================
# sonar-text terraform.yaml (S6998), sonarqube-scoped-org-token.yaml (S7791)
# =====================================================================================================================
K = "terraform"
R = "terraform-t1-api-token"
props(P, K, R, [("terraform-api-token", "5oCygLafKDArzd.atlasv1.lkJAlIHZK8wapUca1Ukf7onre5ckfYJFMQIwYAIb9lzy0VAAbepGgMfnVUsVfaw6lQa")])
props(N, K, R, [("terraform-api-token", getenv("TERRAFORM_API_KEY"))])
for value in ("XXXXXXXXXXXXXX.atlasv1." + "X" * 67, "XXXXXXXXXXXXXX.atlasv1.THISISNOTVERYRANDOMBUTSTILLAGOODAMOUNTOFCHARACTERSIFYOUTHINKABOUTIT"):
    setenv(N, K, sn(K, R, f"env: TF_CLOUD_API_TOKEN: '{value[:30]}...'", N, "(workflow env) as an environment variable"), [("TF_CLOUD_API_TOKEN", value)], [("TF_CLOUD_API_TOKEN", value)])
K = "sonarqube-scoped"
R = "sonarqube-token-scoped"
SQCO = "sqco_d4g8QujFirQJsaEgtgCnMgCAB5vhgfiFMltQUvGjoMqMn0SAbZn5Ijxr83O"
props(P, K, R, [("sonar_token", SQCO)])
props(N, K, R, [("sonar_token", getenv("SONAR_TOKEN"))])
L(P, K, sn(K, R, "SONARQUBE_SERVER_URL: process.env.SONARQUBE_SERVER_URL ¦¦ 'https://sonarqube.example', SONARQUBE_TOKEN: process.env.SONARQUBE_TOKEN ¦¦ 'sqco_d4g8...'", P,
           "as a dictionary of environment reads with literal fallbacks"),
  f'var settings = new {DICT}\n{{\n    ["SONARQUBE_SERVER_URL"] = {ENV}("SONARQUBE_SERVER_URL") ?? "https://sonarqube.example",\n'
  f'    ["SONARQUBE_TOKEN"] = {ENV}("SONARQUBE_TOKEN") ?? {cs_string(SQCO)},\n}};', [("SONARQUBE_TOKEN", SQCO)])
L(N, K, sn(K, R, "SONARQUBE_TOKEN: process.env.SONARQUBE_TOKEN", N, "as a dictionary entry read from the environment"),
  f'var settings = new {DICT} {{ ["SONARQUBE_TOKEN"] = {ENV}("SONARQUBE_TOKEN") }};')

# =====================================================================================================================
# github/codeql JavaScript: CWE-798/HardcodedCredentials.js (js/hardcoded-credentials, inline `$ Alert` expectations)
# =====================================================================================================================
K = "cq-js"


def js(label, line, peer, how, stmts, pairs=()):
    L(label, K, cq("javascript", f"HardcodedCredentials.js:{line}", peer, label, how), stmts, pairs)


js(P, "4-10", "new pg.Client({ user: 'dbuser', host: 'database.server.com', database: 'mydb', password: 'hgfedcba', port: 3211 })", "as a stub client and its options",
   'var client = new PgClient(new PgClientConfig\n{\n    User = "dbuser",\n    Host = "database.server.com",\n    Database = "mydb",\n    Password = "hgfedcba",\n    Port = 3211,\n});\nclient.Connect();',
   [("password", "hgfedcba")])
js(P, "27", "basicAuth({users: { 'admin': 'hgfedcba' }})", "as a stub call with a users dictionary",
   f'BasicAuth.Create(new BasicAuthOptions {{ Users = new {DICT} {{ ["admin"] = "hgfedcba" }} }});', [("admin", "hgfedcba")])
js(P, "28-30", "var users = {}; users['unknown-admin-name'] = 'hgfedcba'; basicAuth({users: users});", "as a dictionary filled, then handed to a stub",
   f'var users = new {DICT}();\nusers["unknown-admin-name"] = "hgfedcba";\nBasicAuth.Create(new BasicAuthOptions {{ Users = users }});', [("unknown-admin-name", "hgfedcba")])
js(P, "35", "basicAuth('username', 'hgfedcba')", "(basic-auth-connect) as a stub call", 'BasicAuthConnect.Create("username", "hgfedcba");', [("", "hgfedcba")])
js(N, "36", "basicAuth(function(){})", "(a callback, no credential) as a stub call with a lambda", "BasicAuthConnect.Create((user, pass) => false);")
js(P, "41", "AWS.config.update({ accessKeyId: 'username', secretAccessKey: 'hgfedcba'})", "as a stub call with an options initializer",
   'AwsConfig.Global.Update(new AwsCredentialOptions { AccessKeyId = "username", SecretAccessKey = "hgfedcba" });', [("secretAccessKey", "hgfedcba")])
js(P, "42", "new AWS.Config({ accessKeyId: 'username', secretAccessKey: 'hgfedcba'})", "as a stub constructor with an options initializer",
   'var config = new AwsConfig(new AwsCredentialOptions { AccessKeyId = "username", SecretAccessKey = "hgfedcba" });', [("secretAccessKey", "hgfedcba")])
js(P, "45-47", "var o = {}; o.secretAccessKey = 'hgfedcba'; config.update(o);", "as an options object assigned, then handed to a stub",
   'var config = new AwsConfig();\nvar o = new AwsCredentialOptions();\no.SecretAccessKey = "hgfedcba";\nconfig.Update(o);', [("secretAccessKey", "hgfedcba")])
js(P, "53", "request.get(url).auth('username', 'hgfedcba')", "as a stub call chain", 'var url = "https://example.com/";\nRequest.Get(url).Auth("username", "hgfedcba");', [("", "hgfedcba")])
js(P, "54-59", "request.get(url, { 'auth': { 'user': 'username', 'pass': 'hgfedcba' } })", "as a stub call with nested option initializers",
   'var url = "https://example.com/";\nRequest.Get(url, new RequestOptions { Auth = new RequestAuth { User = "username", Pass = "hgfedcba" } });', [("pass", "hgfedcba")])
js(P, "61", "request.get(url).auth(null, null, _, 'bearerToken')", "as a stub call chain",
   'var url = "https://example.com/";\nRequest.Get(url).Auth(null, null, true, "bearerToken");', [("", "bearerToken")])
js(P, "63-67", "request.get(url, { 'auth': { 'bearer': 'bearerToken' } })", "as a stub call with nested option initializers",
   'var url = "https://example.com/";\nRequest.Get(url, new RequestOptions { Auth = new RequestAuth { Bearer = "bearerToken" } });', [("bearer", "bearerToken")])
js(P, "84", "MsRest.loginWithUsernamePassword('username', 'hgfedcba', function(){})", "as a stub call with a callback",
   'MsRestAzure.LoginWithUsernamePassword("username", "hgfedcba", () => { });', [("", "hgfedcba")])
js(N, "85", "MsRest.loginWithUsernamePassword(process.env.AZURE_USER, process.env.AZURE_PASS, function(){})", "as a stub call with environment reads",
   f'MsRestAzure.LoginWithUsernamePassword({ENV}("AZURE_USER"), {ENV}("AZURE_PASS"), () => {{ }});')
js(P, "86", "MsRest.loginWithServicePrincipalSecret('username', 'hgfedcba', function(){})", "as a stub call with a callback",
   'MsRestAzure.LoginWithServicePrincipalSecret("username", "hgfedcba", () => { });', [("", "hgfedcba")])
js(P, "91", "digitalocean.client('TOKEN')", "as a stub call", 'var client = DigitalOceanClient.Create("TOKEN");', [("", "TOKEN")])
js(N, "92", "digitalocean.client(process.env.DIGITAL_OCEAN_TOKEN)", "as a stub call with an environment read",
   f'var client = DigitalOceanClient.Create({ENV}("DIGITAL_OCEAN_TOKEN"));')
js(P, "97-107", "pkgcloud.compute.createClient({ account: 'x1', keyId: 'x2', storageAccount: 'x3', username: 'x4', key, apiKey, storageAccessKey, password: 'hgfedcba', token: 'hgfedcba' })",
   "as a stub call with an options initializer",
   'var client = PkgCloud.Compute.CreateClient(new PkgCloudOptions\n{\n    Account = "x1",\n    KeyId = "x2",\n    StorageAccount = "x3",\n    Username = "x4",\n'
   '    Key = "hgfedcba",\n    ApiKey = "hgfedcba",\n    StorageAccessKey = "hgfedcba",\n    Password = "hgfedcba",\n    Token = "hgfedcba",\n});', [("password", "hgfedcba")])
js(N, "108-110", "pkgcloud.compute.createClient({ INNOCENT_DATA: '42' })", "as a stub call with an options initializer",
   'var client = PkgCloud.Compute.CreateClient(new PkgCloudOptions { INNOCENT_DATA = "42" });', [("INNOCENT_DATA", "42")])
js(P, "111-114", "pkgcloud.providers.SOME_PROVIDER.compute.createClient({ username: 'x5', password: 'hgfedcba' })", "as a stub call with an options initializer",
   'var client = PkgCloud.Providers.SOME_PROVIDER.Compute.CreateClient(new PkgCloudOptions { Username = "x5", Password = "hgfedcba" });', [("password", "hgfedcba")])
js(N, "115-118", "pkgcloud.UNKNOWN_SERVICE.createClient({ username: 'x6', password: 'hgfedcba' }) (a service the query does not model)", "as a stub call with an options initializer",
   'var client = PkgCloud.UNKNOWN_SERVICE.CreateClient(new PkgCloudOptions { Username = "x6", Password = "hgfedcba" });', [("password", "hgfedcba")])
js(N, "123-126", "pkgcloud.compute.createClient({ username: process.env.USERNAME, password: process.env.PASSWORD })", "as a stub call with environment reads",
   f'var client = PkgCloud.Compute.CreateClient(new PkgCloudOptions {{ Username = {ENV}("USERNAME"), Password = {ENV}("PASSWORD") }});')
js(P, "130", "require('crypto').createHmac('sha256', 'hgfedcba')", "as an HMACSHA256 keyed with the literal's bytes",
   f'using var hmac = new System.Security.Cryptography.HMACSHA256({UTF8}("hgfedcba"));', [("", "hgfedcba")])
js(P, "131", "require(\"crypto-js/aes\").encrypt('my message', 'hgfedcba')", "as a stub call", 'var cipher = CryptoJsAes.Encrypt("my message", "hgfedcba");', [("", "hgfedcba")])
js(P, "135", 'require("cookie-session")({ secret: "hgfedcba" })', "as a stub call with an options initializer",
   'var session = CookieSession.Create(new CookieSessionOptions { Secret = "hgfedcba" });', [("secret", "hgfedcba")])
js(N, "140-145", "request.get(url, { 'auth': { 'user': '', 'pass': process.env.PASSWORD } })", "as a stub call with an environment read",
   f'var url = "https://example.com/";\nRequest.Get(url, new RequestOptions {{ Auth = new RequestAuth {{ User = "", Pass = {ENV}("PASSWORD") }} }});')
js(N, "150-156", "let pass = getPassword() ¦¦ ''; request.get(url, { 'auth': { 'user': process.env.USER ¦¦ '', 'pass': pass } })", "as a stub call with a read value",
   f'var url = "https://example.com/";\nvar pass = Secrets.GetPassword() ?? "";\nRequest.Get(url, new RequestOptions {{ Auth = new RequestAuth {{ User = {ENV}("USER") ?? "", Pass = pass }} }});')
js(P, "160", 'require("cookie-session")({ secret: "oiuneawrgiyubaegr" })', "as a stub call with an options initializer",
   'var session = CookieSession.Create(new CookieSessionOptions { Secret = "oiuneawrgiyubaegr" });', [("secret", "oiuneawrgiyubaegr")])
js(P, "161", "require('crypto').createHmac('sha256', 'oiuneawrgiyubaegr')", "as an HMACSHA256 keyed with the literal's bytes",
   f'using var hmac = new System.Security.Cryptography.HMACSHA256({UTF8}("oiuneawrgiyubaegr"));', [("", "oiuneawrgiyubaegr")])
js(N, "164", "basicAuth({users: { [adminName]: 'change_me' }})", "as a stub call with a users dictionary",
   f'var adminName = {ENV}("ADMIN_NAME");\nBasicAuth.Create(new BasicAuthOptions {{ Users = new {DICT} {{ [adminName] = "change_me" }} }});', [("", "change_me")])
js(P, "171-179", "const USER = 'sdsdag'; const PASS = 'sdsdag'; const AUTH = base64.encode(`${USER}:${PASS}`); fetch(ENDPOINT, { headers: { \"Authorization\": `Basic ${AUTH}` } })",
   "as constants, the encoded pair and an Authorization header",
   f'const string USER = "sdsdag";\nconst string PASS = "sdsdag";\nvar AUTH = System.Convert.ToBase64String({UTF8}($"{{USER}}:{{PASS}}"));\n{HTTP}\n'
   'http.DefaultRequestHeaders.Add("Authorization", $"Basic {AUTH}");\n_ = http.GetAsync("https://example.com/api");', [("PASS", "sdsdag")])
js(P, "231-237", "const username = 'sdsdag'; const password = config.get('some_actually_secrect_password'); headers: { Authorization: 'Basic ' + Buffer.from(username + ':' + password).toString('base64') }",
   "as a local, a configuration read and an AuthenticationHeaderValue",
   'var username = "sdsdag";\nvar password = AppConfig.Get("some_actually_secrect_password");\n' + HTTP + '\n'
   f'http.DefaultRequestHeaders.Authorization = new {AUTH}("Basic", System.Convert.ToBase64String({UTF8}(username + ":" + password)));', [("username", "sdsdag")])
js(P, "245-246", "var privateKey = \"myHardCodedPrivateKey\"; var token = jwt.sign({ foo: 'bar' }, privateKey, { algorithm: 'RS256'});", "as a local handed to a stub signer",
   'var privateKey = "myHardCodedPrivateKey";\nvar token = Jwt.Sign(new { foo = "bar" }, privateKey, "RS256");', [("privateKey", "myHardCodedPrivateKey")])
js(P, "248-249", "var publicKey = \"myHardCodedPublicKey\"; jwt.verify(token, publicKey, function(err, decoded) {...})", "as a local handed to a stub verifier",
   'var token = System.Console.ReadLine();\nvar publicKey = "myHardCodedPublicKey";\nJwt.Verify(token, publicKey, decoded => System.Console.WriteLine(decoded));',
   [("publicKey", "myHardCodedPublicKey")])
js(N, "260", "headers: new fetch.Headers({ \"Authorization\": `Basic foo` }) // OK - dummy password", "as an HttpClient header",
   f'{HTTP}\nhttp.DefaultRequestHeaders.Add("Authorization", "Basic foo");', [("Authorization", "Basic foo")])
js(N, "268", "\"Authorization\": `${foo ? 'Bearer' : 'OAuth'} ${accessToken}` // OK - just a protocol selector", "as an interpolated HttpClient header",
   f'var foo = System.DateTime.Now.Second > 30;\nvar accessToken = {ENV}("ACCESS_TOKEN");\n{HTTP}\nhttp.DefaultRequestHeaders.Add("Authorization", $"{{(foo ? "Bearer" : "OAuth")}} {{accessToken}}");')
AUTHS = (("275", "user:{{ INSERT_HERE }}"), ("276", "user:token {{ INSERT_HERE }}"), ("277", "user:( INSERT_HERE )"), ("278", "user:{{ env.access_token }}"),
         ("279", "user:abcdefgh"), ("280", "user:12345678"), ("282", "user:mypassword"), ("283", "user:mytoken"), ("284", "user:fake token"), ("285", "user:dcba"),
         ("286", "user:custom string"))
for line, auth in AUTHS:
    js(N, line, f'require("http").request({{auth: "{auth}"}})', "as a stub request with an options initializer",
       f"HttpRequest.Create(new HttpRequestOptions {{ Auth = {cs_string(auth)} }});", [("auth", auth)])
for line, label, header in ((292, P, "Basic sdsdag:sdsdag"), (293, N, "Basic sdsdag:xxxxxxxxxxxxxx"), (294, P, "Basic sdsdag:aaaiuogrweuibgbbbbb"), (295, N, "Basic sdsdag:000000000000001")):
    js(label, str(line), f'headers.append("Authorization", `{header}`)', "as an HttpRequestMessage header",
       f'var request = new System.Net.Http.HttpRequestMessage(System.Net.Http.HttpMethod.Get, "https://example.com/");\nrequest.Headers.Add("Authorization", {cs_string(header)});',
       [("Authorization", header)])
for line, label, key in ((299, N, "mytoken"), (300, N, "SampleToken"), (301, N, "MyPassword"), (302, P, "iubfewiaaweiybgaeuybgera")):
    js(label, str(line), f"require('crypto').createHmac('sha256', '{key}')", "as an HMACSHA256 keyed with the literal's bytes",
       f'using var hmac = new System.Security.Cryptography.HMACSHA256({UTF8}({cs_string(key)}));', [("", key)])
SPKI = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwhYOFK2Ocbbpb/zVypi9...\n-----END PUBLIC KEY-----"
js(P, "319-322", "const spki = `-----BEGIN PUBLIC KEY----- MIIBIjAN...wRypi9... -----END PUBLIC KEY-----`; let publicKey = await jose.importSPKI(spki, 'RS256')",
   "as a verbatim string imported by a stub", f"const string spki = {cs_verbatim(SPKI)};\nvar publicKey = Jose.ImportSpki(spki, \"RS256\");", [("spki", SPKI)])
js(P, "325-331", "const jwk = { kty: 'RSA', n: 'whYOFK2Ocbbpb_zVypi9SeKiNUqKQH0zTKN1-6f...', e: 'AQAB' }; publicKey = await jose.importJWK(jwk, alg)",
   "as a dictionary imported by a stub",
   f'const string alg = "RS256";\nvar jwk = new {DICT}\n{{\n    ["kty"] = "RSA",\n    ["n"] = "whYOFK2Ocbbpb_zVypi9SeKiNUqKQH0zTKN1-6f...",\n    ["e"] = "AQAB",\n}};\n'
   "var publicKey = Jose.ImportJwk(jwk, alg);", [("n", "whYOFK2Ocbbpb_zVypi9SeKiNUqKQH0zTKN1-6f...")])
JWT = ("eyJhbGciOiJSUzI1NiJ9.eyJ1cm46ZXhhbXBsZTpjbGFpbSI6dHJ1ZSwiaWF0IjoxNjY5MDU2NDg4LCJpc3MiOiJ1cm46ZXhhbXBsZTppc3N1ZXIiLCJhdWQiOiJ1cm46ZXhhbXBsZTphdWRpZW5jZSJ9."
       "gXrPZ3yM_60dMXGE69dusbpzYASNA-XIOwsb5D5xYnSxyj6_D6OR_uR_1vqhUm4AxZxcrH1_-XJAve9HCw8az_QzHcN-nETt-v6stCsYrn6Bv1YOc-mSJRZ8ll57KVqLbCIbjKwerNX5r2_Qg2TwmJzQdRs-"
       "AQDhy-s_DlJd8ql6wR4n-kDZpar-pwIvz4fFIN0Fj57SXpAbLrV6Eo4Byzl0xFD8qEYEpBwjrMMfxCZXTlAVhAq6KCoGlDTwWuExps342-0UErEtyIqDnDGcrfNWiUsoo8j-29IpKd-w9-C388u-ChCxoHz--H8WmMSZzx3zTXsZ5lXLZ9IKfanDKg")
js(N, "332-338", "const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJ1cm46...'; await jose.jwtVerify(jwt, publicKey, { issuer: 'urn:example:issuer', audience: 'urn:example:audience' })",
   "(a signed token to verify; unannotated) as a local verified by a stub",
   f'var publicKey = Jose.ImportSpki({ENV}("PUBLIC_KEY"), "RS256");\nvar jwt = {cs_string(JWT)};\nJose.JwtVerify(jwt, publicKey, "urn:example:issuer", "urn:example:audience");',
   [("jwt", JWT)])
js(P, "344-349", "var secretKey = \"myHardCodedPrivateKey\"; app.get(\"/protected\", expressjwt.expressjwt({ secret: secretKey, algorithms: [\"HS256\"] }), ...)",
   "as a local handed to a stub middleware's options",
   'var secretKey = "myHardCodedPrivateKey";\nvar middleware = ExpressJwt.Create(new ExpressJwtOptions { Secret = secretKey, Algorithms = new[] { "HS256" } });',
   [("secretKey", "myHardCodedPrivateKey")])
js(P, "375-378", "var secretKey = \"myHardCodedPrivateKey\"; const opts = {}; opts.secretOrKey = secretKey; passport.use(new JwtStrategy(opts, ...))",
   "as a local assigned to a stub options object",
   'var secretKey = "myHardCodedPrivateKey";\nvar opts = new JwtStrategyOptions();\nopts.SecretOrKey = secretKey;\nPassport.Use(new JwtStrategy(opts));',
   [("secretOrKey", "myHardCodedPrivateKey")])
js(P, "423", "const ec2 = new AWS.EC2({accessKeyId: \"AccessID1\", secretAccessKey: \"NotSoSecretKey1\"});", "as a stub client with an options initializer",
   'var ec2 = new AwsServiceClient("EC2", new AwsCredentialOptions { AccessKeyId = "AccessID1", SecretAccessKey = "NotSoSecretKey1" });',
   [("secretAccessKey", "NotSoSecretKey1")])

# =====================================================================================================================
# github/codeql Java: CWE-798 semmle/tests (HardcodedCredentialsApiCall / SourceCall / Comparison, HardcodedPasswordField)
# =====================================================================================================================


def java(label, key, where, peer, how, stmts, pairs=(), members=False):
    (M if members else L)(label, key, cq("java", where, peer, label, how), stmts, pairs)


JDBC = 'var url = "jdbc:mysql://localhost/test";'
java(P, "cq-java-test", "Test.java:8-15 (ApiCall)", 'String url = "jdbc:mysql://localhost/test"; String usr = "admin"; String pass = "123456"; DriverManager.getConnection(url, usr, pass);',
     "as locals handed to a stub", f'{JDBC}\nvar usr = "admin";\nvar pass = "123456";\nDriverManager.GetConnection(url, usr, pass);', [("pass", "123456")])
java(P, "cq-java-test", "Test.java:14 (ApiCall)", 'DriverManager.getConnection(url, "admin", "123456");', "as a stub call",
     f'{JDBC}\nDriverManager.GetConnection(url, "admin", "123456");', [("", "123456")])
java(P, "cq-java-test", "Test.java:17 (ApiCall)", 'new java.net.PasswordAuthentication(usr, "123456".toCharArray());', "as a stub constructor taking a char array",
     'var usr = "admin";\nvar auth = new PasswordAuthentication(usr, "123456".ToCharArray());', [("", "123456")])
java(P, "cq-java-test", "Test.java:20-21 (ApiCall)", 'byte[] key = {1, 2, 3, 4, 5, 6, 7, 8}; new javax.crypto.spec.SecretKeySpec(key, "AES");', "as a byte array handed to a stub key spec",
     'byte[] key = { 1, 2, 3, 4, 5, 6, 7, 8 };\nvar spec = new SecretKeySpec(key, "AES");')
java(P, "cq-java-test", "Test.java:23-24 (ApiCall)", 'byte[] key2 = "abcdefgh".getBytes(); new javax.crypto.spec.SecretKeySpec(key2, "AES");', "as the literal's bytes handed to a stub key spec",
     f'byte[] key2 = {UTF8}("abcdefgh");\nvar spec2 = new SecretKeySpec(key2, "AES");', [("key2", "abcdefgh")])
java(P, "cq-java-test", "Test.java:33 (PasswordField)", 'public static final String password = "myOtherPassword";', "as a public constant",
     'public const string password = "myOtherPassword";', [("password", "myOtherPassword")], members=True)
java(P, "cq-java-credentials", "CredentialsTest.java:7-18 (ApiCall)",
     'private static final String p = "123456"; ... String u = "admin"; DriverManager.getConnection(url, u, p); test(url, u, p); ... getConnection(url, v, q)',
     "as a constant and a local handed to a stub, directly and through a method",
     'private const string p = "123456";\n\npublic static void Main()\n{\n    var url = "jdbc:mysql://localhost/test";\n    var u = "admin";\n'
     '    DriverManager.GetConnection(url, u, p);\n    Test(url, u, p);\n}\n\npublic static void Test(string url, string v, string q)\n{\n    DriverManager.GetConnection(url, v, q);\n}',
     [("p", "123456")], members=True)
java(P, "cq-java-user", "User.java:2-5 (SourceCall)", 'private static final String DEFAULT_PW = "123456"; public User() { setPassword(DEFAULT_PW); }', "as a class with a constant and a setter",
     'class User\n{\n    private const string DEFAULT_PW = "123456";\n    private string pw;\n\n    public User()\n    {\n        SetPassword(DEFAULT_PW);\n    }\n\n'
     '    public void SetPassword(string password)\n    {\n        pw = password;\n    }\n}', [("DEFAULT_PW", "123456")], members=True)
AZ_FIELDS = ('private readonly string clientId = "81734019-15a3-50t8-3253-5abe78abc3a1";\nprivate readonly string username = "username@example.onmicrosoft.com";\n'
             'private readonly string clientSecret = "1n1.qAc~3Q-1t38aF79Xzv5AUEfR5-ct3_";\nprivate readonly string tenantId = "22f367ce-535x-357w-2179-a33517mn166h";\n\n')
AZ_ENV_FIELDS = 'private readonly string clientId = "81734019-15a3-50t8-3253-5abe78abc3a1";\nprivate readonly string tenantId = "22f367ce-535x-357w-2179-a33517mn166h";\n\n'
java(P, "cq-java-azure", "HardcodedAzureCredentials.java:10-25 (ApiCall, SourceCall)",
     'private final String username = "username@example.onmicrosoft.com"; private final String clientSecret = "1n1.qAc~..."; new UsernamePasswordCredentialBuilder().clientId(clientId).username(username).password(clientSecret).build()',
     "as fields and a stub builder",
     AZ_FIELDS + 'public void TestHardcodedUsernamePassword()\n{\n    var credential = new UsernamePasswordCredentialBuilder().ClientId(clientId).Username(username).Password(clientSecret).Build();\n'
     '    var client = new SecretClientBuilder().VaultUrl("https://myKeyVault.vault.azure.net").Credential(credential).BuildClient();\n}',
     [("clientSecret", "1n1.qAc~3Q-1t38aF79Xzv5AUEfR5-ct3_")], members=True)
java(N, "cq-java-azure", "HardcodedAzureCredentials.java:28-40 (//GOOD)", '.username(System.getenv("myUsername")).password(System.getenv("mySuperSecurePass"))',
     "as fields and a stub builder reading the environment",
     AZ_ENV_FIELDS + 'public void TestEnvironmentUsernamePassword()\n{\n    var credential = new UsernamePasswordCredentialBuilder().ClientId(clientId)'
     f'.Username({ENV}("myUsername")).Password({ENV}("mySuperSecurePass")).Build();\n'
     '    var client = new SecretClientBuilder().VaultUrl("https://myKeyVault.vault.azure.net").Credential(credential).BuildClient();\n}', members=True)
java(P, "cq-java-azure", "HardcodedAzureCredentials.java:42-49 (ApiCall)", 'new ClientSecretCredentialBuilder().clientId(clientId).clientSecret(clientSecret).tenantId(tenantId).build()',
     "as fields and a stub builder",
     AZ_FIELDS.replace('private readonly string username = "username@example.onmicrosoft.com";\n', "")
     + 'public void TestHardcodedClientSecret()\n{\n    var credential = new ClientSecretCredentialBuilder().ClientId(clientId).ClientSecret(clientSecret).TenantId(tenantId).Build();\n}',
     [("clientSecret", "1n1.qAc~3Q-1t38aF79Xzv5AUEfR5-ct3_")], members=True)
java(N, "cq-java-azure", "HardcodedAzureCredentials.java:51-58 (//GOOD)", '.clientSecret(System.getenv("myClientSecret"))', "as fields and a stub builder reading the environment",
     AZ_ENV_FIELDS + 'public void TestEnvironmentClientSecret()\n{\n    var credential = new ClientSecretCredentialBuilder().ClientId(clientId)'
     f'.ClientSecret({ENV}("myClientSecret")).TenantId(tenantId).Build();\n}}', members=True)
java(P, "cq-java-shiro", "HardcodedShiroKey.java:8-9 (ApiCall)", 'cookieRememberMeManager.setCipherKey("TEST123".getBytes());', "as a stub's property set to the literal's bytes",
     f'var cookieRememberMeManager = new CookieRememberMeManager();\ncookieRememberMeManager.CipherKey = {UTF8}("TEST123");', [("CipherKey", "TEST123")])
java(P, "cq-java-shiro", "HardcodedShiroKey.java:16-18 (ApiCall)", 'cookieRememberMeManager.setCipherKey(decoder.decode("4AvVhmFLUs0KTA3Kprsdag=="));',
     "as a stub's property set to the decoded Base64 literal",
     'var cookieRememberMeManager = new CookieRememberMeManager();\ncookieRememberMeManager.CipherKey = System.Convert.FromBase64String("4AvVhmFLUs0KTA3Kprsdag==");',
     [("CipherKey", "4AvVhmFLUs0KTA3Kprsdag==")])
java(P, "cq-java-shiro", "HardcodedShiroKey.java:25-26 (ApiCall)", 'cookieRememberMeManager.setCipherKey(org.apache.shiro.codec.Base64.decode("6ZmI6I2j5Y+R5aSn5ZOlAA=="));',
     "as a stub's setter taking a stub Base64 decode",
     'var cookieRememberMeManager = new CookieRememberMeManager();\ncookieRememberMeManager.SetCipherKey(ShiroBase64.Decode("6ZmI6I2j5Y+R5aSn5ZOlAA=="));',
     [("", "6ZmI6I2j5Y+R5aSn5ZOlAA==")])
java(N, "cq-java-shiro", "HardcodedShiroKey.java:30-32 (//GOOD: random shiro key)", "CookieRememberMeManager cookieRememberMeManager = new CookieRememberMeManager();",
     "as the stub constructed with its default key", "var cookieRememberMeManager = new CookieRememberMeManager();")

# =====================================================================================================================
# github/codeql Python: CWE-798-HardcodedCredentials/test.py (py/hardcoded-credentials)
# =====================================================================================================================
K = "cq-py"
M(P, K, cq("python", "test.py:3-17", 'HOST = "acme-trading.com"; PORT = 8000; USERNAME = "road_runner"; PASSWORD = "insecure_pwd"; conn = client.connect(host=HOST, port=PORT, username=USERNAME, password=PASSWORD)',
           P, "as constants and a stub call with named arguments"),
  'const string HOST = "acme-trading.com";\nconst int PORT = 8000;\nconst string USERNAME = "road_runner";\nconst string PASSWORD = "insecure_pwd";\n\n'
  'void Sell(TradingClient client, int units)\n{\n    var conn = client.Connect(host: HOST, port: PORT, username: USERNAME, password: PASSWORD);\n    conn.Cmd("sell", 1000);\n    conn.Close();\n}',
  [("PASSWORD", "insecure_pwd")])
for line, value, why in ((22, "short", ""), (23, "Capitalized", ""), (24, "  whitespace", " # too much whitespace"), (25, "insecure__", " # too many underscores"),
                         (26, "aaaaaaaaaa", " # too repetitive"), (27, "format_string_{}", "")):
    L(N, K, cq("python", f"test.py:{line} (# Ignored)", f"test(password='{value}'){why}", N, "as a call with a named argument"),
      f"Credentials.Test(password: {cs_string(value)});" + (f" //{why[2:]}" if why else ""), [("password", value)])

# =====================================================================================================================
# github/codeql Ruby: cwe-798/HardcodedCredentials.rb (rb/hardcoded-credentials)
# =====================================================================================================================
K = "cq-rb"


def rb(label, line, peer, how, text, pairs=(), members=True):
    (M if members else L)(label, K, cq("ruby", f"HardcodedCredentials.rb:{line}", peer, label, how), text, pairs)


AUTH_STUB = "static bool Authenticate(object uid, string password, string cert = null) => password != null || cert != null;\n\n"
rb(P, "1-5", 'def authenticate(uid, password, cert: nil) if cert != nil then return cert == "xwjVWdfzfRlbcgKkbSfG/xSrUeHYqxPgz9WKN3Yow1o=" end ...',
   "as a method comparing a parameter with the literal",
   'static bool AuthenticateCert(object uid, string password, string cert = null)\n{\n    if (cert != null)\n    {\n        // comparison with hardcoded credential\n'
   '        return cert == "xwjVWdfzfRlbcgKkbSfG/xSrUeHYqxPgz9WKN3Yow1o=";\n    }\n    return false;\n}', [("cert", "xwjVWdfzfRlbcgKkbSfG/xSrUeHYqxPgz9WKN3Yow1o=")])
rb(P, "7-8", 'uid == 123 and password == "X6BLgRWSAtAWG/GaHS+WGGW2K7zZFTAjJ54fGSudHJk="', "as a method comparing a parameter with the literal",
   'static bool AuthenticatePassword(int uid, string password)\n{\n    // comparison with hardcoded credential\n'
   '    return uid == 123 && password == "X6BLgRWSAtAWG/GaHS+WGGW2K7zZFTAjJ54fGSudHJk=";\n}', [("password", "X6BLgRWSAtAWG/GaHS+WGGW2K7zZFTAjJ54fGSudHJk=")])
rb(P, "11-12", 'authenticate(123, "4NQX/CqB5Ae98zFUmwj1DMpF7azshxSvb0Jo4gIFmIQ=")', "as a call of a method with a password parameter",
   AUTH_STUB + '// call with hardcoded credential as argument\nstatic bool Run() => Authenticate(123, "4NQX/CqB5Ae98zFUmwj1DMpF7azshxSvb0Jo4gIFmIQ=");',
   [("password", "4NQX/CqB5Ae98zFUmwj1DMpF7azshxSvb0Jo4gIFmIQ=")])
rb(P, "14-15", 'authenticate(456, nil, cert: "WLC17dLQ9P8YlQvqm77qplOMm5pd1q25Q2onWqu78JI=")', "as a call with a named argument",
   AUTH_STUB + '// call with hardcoded credential as argument\nstatic bool Run() => Authenticate(456, null, cert: "WLC17dLQ9P8YlQvqm77qplOMm5pd1q25Q2onWqu78JI=");',
   [("cert", "WLC17dLQ9P8YlQvqm77qplOMm5pd1q25Q2onWqu78JI=")])
rb(P, "17-18", 'authenticate(789, "pw:" + "ogH6qSYWGdbR/2WOGYa7eZ/tObL+GtqDPx6q37BTTRQ=")', "as a call with a concatenation",
   AUTH_STUB + '// concatenation involving literal\nstatic bool Run() => Authenticate(789, "pw:" + "ogH6qSYWGdbR/2WOGYa7eZ/tObL+GtqDPx6q37BTTRQ=");',
   [("password", "ogH6qSYWGdbR/2WOGYa7eZ/tObL+GtqDPx6q37BTTRQ=")])
rb(P, "20-23", 'pw_left = "3jOe7sXK..."; pw_right = "4fQuzXef4f2yow8KWvIJTA=="; pw = pw_left + pw_right; authenticate(999, pw)', "as locals concatenated and handed to the method",
   AUTH_STUB + 'static bool Run()\n{\n    var pw_left = "3jOe7sXKX6Tx52qHWUVqh2t9LNsE+ZXFj2qw6asRARTV2deAXFKkMTVOoaFYom1Q";\n    var pw_right = "4fQuzXef4f2yow8KWvIJTA==";\n'
   '    var pw = pw_left + pw_right;\n    return Authenticate(999, pw);\n}', [("pw_left", "3jOe7sXKX6Tx52qHWUVqh2t9LNsE+ZXFj2qw6asRARTV2deAXFKkMTVOoaFYom1Q"), ("pw_right", "4fQuzXef4f2yow8KWvIJTA==")])
rb(N, "25-27", 'passwd = gets.chomp; authenticate("gowLsSGfPbh/ZS60k+LQQBhcq1tsh/YgbvNmDauQr5Q=", passwd) (should not be flagged: the literal is the uid)',
   "as a call with the literal in the uid position",
   AUTH_STUB + 'static bool Run()\n{\n    var passwd = System.Console.ReadLine();\n'
   '    // call with hardcoded credential-like value, but not to a potential credential sink (should not be flagged)\n'
   '    return Authenticate("gowLsSGfPbh/ZS60k+LQQBhcq1tsh/YgbvNmDauQr5Q=", passwd);\n}', [("uid", "gowLsSGfPbh/ZS60k+LQQBhcq1tsh/YgbvNmDauQr5Q=")])
rb(N, "29-34", 'class KnownPasswords def include?(passwd) passwd == "foo" end end', "as a method comparing with the literal",
   'class KnownPasswords\n{\n    public bool Include(string passwd) => passwd == "foo";\n}', [("passwd", "foo")])
rb(P, "36-37", 'Passwords::KnownPasswords.new.include?("kdW/xVhiv6y1fQQNevDpUaq+2rfPKfh+teE/45zS7bc=")', "as a call of a method whose parameter is a password",
   'class KnownPasswords\n{\n    public bool Include(string passwd) => passwd.Length > 0;\n}\n\n'
   'static bool Run() => new KnownPasswords().Include("kdW/xVhiv6y1fQQNevDpUaq+2rfPKfh+teE/45zS7bc=");', [("passwd", "kdW/xVhiv6y1fQQNevDpUaq+2rfPKfh+teE/45zS7bc=")])
rb(N, "39-40", '"foobar".include?("foo") (call to unrelated method with same name, should not be flagged)', "as string.Contains",
   'static bool Run() => "foobar".Contains("foo");')

# =====================================================================================================================
# github/codeql Go: CWE-798 (go/hardcoded-credentials)
# =====================================================================================================================


def go(label, key, where, peer, how, text, pairs=(), members=False):
    (M if members else L)(label, key, cq("go", where, peer, label, how), text, pairs)


go(P, "cq-go-creds", "HardcodedCredentials.go:8-15", 'const ( user = "dbuser"; password = "s3cretp4ssword" ); connStr := fmt.Sprintf("postgres://%s:%s@localhost/pqgotest", user, password); sql.Open("postgres", connStr)',
   "as constants formatted into a connection URI", 'const string user = "dbuser";\nconst string password = "s3cretp4ssword";\n\n'
   'static object Connect()\n{\n    var connStr = string.Format("postgres://{0}:{1}@localhost/pqgotest", user, password);\n    return SqlDb.Open("postgres", connStr);\n}',
   [("password", "s3cretp4ssword")], members=True)
go(N, "cq-go-main", "main.go:7", '_password = "" // OK', "as a constant", 'const string _password = "";', members=True)
RSA_LINES = ["-----BEGIN RSA PRIVATE KEY-----", "MIICXQIBAAKBgQC/tzdtXKXcX6F3v3hR6+uYyZpIeXhhLflJkY2eILLQfAnwKlT5", "xIHW5QZcHQV9sCyZ8qSdPGif7PwgMbButMbByiZhCSugUFb6vjVqoktmslYF4LKH",
             "iDgvmlwuJW0TvynxBLzDCwrRP+gpRT8wuAortWAx/03POTw7Mzi2cIPNsQIDAQAB", "AoGAMHCrqY9CPTdQhgAz94cDpTwzJmLCvtMt7J/BR5X9eF4O6MbZZ652HAUMIVQX",
             "4hUUf+VmIHB2AwqO/ddwO9ijaz04BslOSy/iYevHGlH65q4587NSlFWjvILMIQCM", "GBjfzJIxlLHVhjc2cFnyAE5YWjF/OMnJN0OhP9pxmCP/iM0CQQDxmQndQLdnV7+6",
             "8SvBHE8bg1LE8/BzTt68U3aWwiBjrHMFgzr//7Za4VF7h4ilFgmbh0F3sYz+C8iO", "0JrBRPeLAkEAyyTwnv/pgqTS/wuxIHUxRBpbdk3YvILAthNrGQg5uzA7eSeFu7Mv",
             "GtEkXsaqCDbdehgarFfNN8PB6OMRIbsXMwJBAOjhH8UJ0L/osYO9XPO0GfznRS1c", "Bnbfm4vk1/bSAO6TF/xEVubU0i4f6q8sIecfqvskEVMS7lkjeptPMR0DIakCQE+7",
             "uQH/Wizf+r0GXshplyOu4LVHisk63N7aMlAJ7XbuUHmWLKRmiReSfR8CBNzig/2X", "FmkMsUyw9hwte5zsrQcCQQCrOkZvzUj9j1HKG+32EJ2E4kisJZmAgF9GI+z6oxpi",
             "Exped5tp8EWytCjRwKhOcc0068SgaqhKvyyUWpbx32VQ", "-----END RSA PRIVATE KEY-----"]
PUB_LINES = ["-----BEGIN PUBLIC KEY-----", "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC/tzdtXKXcX6F3v3hR6+uYyZpI", "eXhhLflJkY2eILLQfAnwKlT5xIHW5QZcHQV9sCyZ8qSdPGif7PwgMbButMbByiZh",
             "CSugUFb6vjVqoktmslYF4LKHiDgvmlwuJW0TvynxBLzDCwrRP+gpRT8wuAortWAx", "/03POTw7Mzi2cIPNsQIDAQAB", "-----END PUBLIC KEY-----"]
go(P, "cq-go-main", "main.go:10-26", "// generated using http://travistidwell.com/jsencrypt/demo / const totallyNotAPrivateKey = `-----BEGIN RSA PRIVATE KEY----- MIICXQIBAAKBgQC/tzdt... -----END RSA PRIVATE KEY-----`",
   "as a verbatim string constant with the comment",
   f'// generated using http://travistidwell.com/jsencrypt/demo\nconst string totallyNotAPrivateKey = {cs_verbatim(chr(10).join(RSA_LINES))};', [("totallyNotAPrivateKey", RSA_LINES[1])], members=True)
go(N, "cq-go-main", "main.go:28-34", "const publicKey = `-----BEGIN PUBLIC KEY----- MIGfMA0GCSqGSIb3DQEB... -----END PUBLIC KEY-----` // OK", "as a verbatim string constant",
   f'const string publicKey = {cs_verbatim(chr(10).join(PUB_LINES))};', [("publicKey", PUB_LINES[1])], members=True)
go(N, "cq-go-main", "main.go:36", 'var secretKey = "" // OK', "as a static field", 'static string secretKey = "";', members=True)
INFO = "class Info\n{\n    public string username;\n    public string password;\n}\n\n"
go(P, "cq-go-main", "main.go:43-49", 'password := "p4ss"; tmp := password; i := info{ username: "me", password: tmp }', "as a local copied into a struct-like object",
   INFO + 'static void Run()\n{\n    var password = "p4ss";\n    var tmp = password;\n    var i = new Info { username = "me", password = tmp };\n'
   '    System.Console.WriteLine(i.username);\n}', [("password", "p4ss")], members=True)
go(P, "cq-go-main", "main.go:50", 'i.password = "p4ss2" // NOT OK', "as a field assignment",
   INFO + 'static void Run(Info i)\n{\n    i.password = "p4ss2";\n}', [("password", "p4ss2")], members=True)
go(N, "cq-go-main", "main.go:52-54", 'testPassword := "p4ss" // OK; i.password = testPassword // OK', "as a local assigned to a field",
   INFO + 'static void Run(Info i)\n{\n    var testPassword = "p4ss";\n    i.password = testPassword;\n}', [("testPassword", "p4ss")], members=True)
go(N, "cq-go-main", "main.go:53", 'i.password = "test" // OK', "as a field assignment", INFO + 'static void Run(Info i)\n{\n    i.password = "test";\n}', [("password", "test")], members=True)
go(N, "cq-go-main", "main.go:55", 'secretKey = "secret" // OK', "as a static field assignment",
   'static string secretKey = "";\n\nstatic void Run()\n{\n    secretKey = "secret";\n}', [("secretKey", "secret")], members=True)
go(N, "cq-go-main", "main.go:56", 'i.password = "--- redacted ---" // OK', "as a field assignment",
   INFO + 'static void Run(Info i)\n{\n    i.password = "--- redacted ---";\n}', [("password", "--- redacted ---")], members=True)
go(N, "cq-go-main", "main.go:57-60", 'certsDir := "/certs" // OK; accountParameter := "ACCOUNT" // OK', "as locals",
   'var certsDir = "/certs";\nSystem.Console.WriteLine(certsDir);\nvar accountParameter = "ACCOUNT";\nSystem.Console.WriteLine(accountParameter);',
   [("certsDir", "/certs"), ("accountParameter", "ACCOUNT")])
go(P, "cq-go-jwt", "jwt.go:32-42", 'mySigningKey := []byte("key1"); claims := &gjwt.RegisteredClaims{...}; token := gjwt.NewWithClaims(nil, claims); return token.SignedString(mySigningKey) // BAD',
   "as the literal's bytes handed to a stub token's signer",
   f'var mySigningKey = {UTF8}("key1");\nvar token = JwtToken.NewWithClaims(null, new {DICT} {{ ["iss"] = "test" }});\nvar signed = token.SignedString(mySigningKey);',
   [("mySigningKey", "key1")])
go(P, "cq-go-jwt", "jwt.go:45-49", 'return jwt.New(&jwt.GinJWTMiddleware{ Realm: "test zone", Key: []byte("key2"), // BAD ... })', "as a stub middleware's options initializer",
   f'var middleware = new GinJwtMiddleware\n{{\n    Realm = "test zone",\n    Key = {UTF8}("key2"),\n    Timeout = System.TimeSpan.FromHours(1),\n    TokenHeadName = "Bearer",\n}};',
   [("Key", "key2")])
go(P, "cq-go-jwt", "jwt.go:66-68", "key := []byte(`key3`); return cristal.NewSignerHS(cristal.HS256, key) // BAD", "as the literal's bytes handed to a stub signer",
   f'var key = {UTF8}("key3");\nvar signer = Cristal.NewSignerHS("HS256", key);', [("key", "key3")])
go(P, "cq-go-jwt", "jwt.go:112-114", 'sharedKey := []byte("key9"); return le.New(sharedKey) // BAD', "as the literal's bytes handed to a stub key factory",
   f'var sharedKey = {UTF8}("key9");\nvar jwk = JwkKey.New(sharedKey);', [("sharedKey", "key9")])
go(P, "cq-go-sanitizer", "sanitizer.go:16-18", "key := []byte(`some_key`); return cristal.NewSignerHS(cristal.HS256, key) // $ Alert // BAD", "as the literal's bytes handed to a stub signer",
   f'var key = {UTF8}("some_key");\nvar signer = Cristal.NewSignerHS("HS256", key);', [("key", "some_key")])
go(N, "cq-go-sanitizer", "sanitizer.go:20-29, 73-76", "GenerateRandomString(size) (crypto/rand over an alphabet); key := GenerateRandomString(32); cristal.NewSignerHS(cristal.HS256, []byte(key)) // GOOD",
   "as a random-string method and the signer",
   'static string GenerateRandomString(int size)\n{\n    const string characters = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";\n'
   '    var bytes = System.Security.Cryptography.RandomNumberGenerator.GetBytes(size);\n    var chars = new char[size];\n'
   '    for (var i = 0; i < size; i++)\n    {\n        chars[i] = characters[bytes[i] % characters.Length];\n    }\n    return new string(chars);\n}\n\n'
   f'static object RandIntSanitizerModuloTest()\n{{\n    var key = GenerateRandomString(32);\n    return Cristal.NewSignerHS("HS256", {UTF8}(key));\n}}',
   [("characters", "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")], members=True)
go(N, "cq-go-sanitizer", "sanitizer.go:88-98", 'func genKey() (string, error) { k := "asd"; e := errors.New("no key"); return k, e }; key4, _ := genKey(); cristal.NewSignerHS(cristal.HS256, []byte(key4)) // GOOD',
   "as a method returning the value with an error, and the signer",
   'static (string, System.Exception) GenKey()\n{\n    var k = "asd";\n    var e = new System.Exception("no key");\n    return (k, e);\n}\n\n'
   f'static object EmptyErrorSanitizerTest()\n{{\n    var (key4, _) = GenKey();\n    return Cristal.NewSignerHS("HS256", {UTF8}(key4));\n}}', [("k", "asd")], members=True)
go(N, "cq-go-sanitizer", "sanitizer.go:100-106", 'key5 := ""; if key5 != "" { return cristal.NewSignerHS(cristal.HS256, []byte(key5)) // GOOD }', "as a guarded signer call",
   f'var key5 = "";\nif (key5 != "")\n{{\n    var signer = Cristal.NewSignerHS("HS256", {UTF8}(key5));\n}}')

STUBS = """public class ShellCommand { public static void RunQuiet(string command) { } }
public class SwarmJoin { public System.Collections.Generic.List<string> RemoteAddrs { get; } = new System.Collections.Generic.List<string>(); public string JoinToken { get; set; } }
public class CosCredentials { public static CosCredentials FromJson(string json) => new CosCredentials(); }
public class KubernetesSecret { public string ApiVersion { get; set; } public string Kind { get; set; } public string Type { get; set; } public string Name { get; set; } public System.Collections.Generic.Dictionary<string, string> Data { get; set; } }
public class PgClientConfig { public string User { get; set; } public string Host { get; set; } public string Database { get; set; } public string Password { get; set; } public int Port { get; set; } }
public class PgClient { public PgClient(PgClientConfig config) { } public void Connect() { } }
public class BasicAuthOptions { public System.Collections.Generic.Dictionary<string, string> Users { get; set; } }
public static class BasicAuth { public static object Create(BasicAuthOptions options) => options; }
public static class BasicAuthConnect { public static object Create(string user, string pass) => user; public static object Create(System.Func<string, string, bool> check) => check; }
public class AwsCredentialOptions { public string AccessKeyId { get; set; } public string SecretAccessKey { get; set; } }
public class AwsConfig { public static AwsConfig Global { get; } = new AwsConfig(); public AwsConfig() { } public AwsConfig(AwsCredentialOptions options) { } public void Update(AwsCredentialOptions options) { } }
public class AwsServiceClient { public AwsServiceClient(string service, AwsCredentialOptions options) { } }
public class RequestAuth { public string User { get; set; } public string Pass { get; set; } public string Bearer { get; set; } }
public class RequestOptions { public RequestAuth Auth { get; set; } }
public class Request { public static Request Get(string url) => new Request(); public static Request Get(string url, RequestOptions options) => new Request(); public Request Auth(string user, string pass, bool sendImmediately = true, string bearer = null) => this; }
public static class MsRestAzure { public static void LoginWithUsernamePassword(string user, string pass, System.Action callback) { } public static void LoginWithServicePrincipalSecret(string user, string secret, System.Action callback) { } }
public static class DigitalOceanClient { public static object Create(string token) => token; }
public class PkgCloudOptions { public string Account { get; set; } public string KeyId { get; set; } public string StorageAccount { get; set; } public string Username { get; set; } public string Key { get; set; } public string ApiKey { get; set; } public string StorageAccessKey { get; set; } public string Password { get; set; } public string Token { get; set; } public string INNOCENT_DATA { get; set; } }
public class PkgCloudService { public object CreateClient(PkgCloudOptions options) => options; }
public class PkgCloudProvider { public PkgCloudService Compute { get; } = new PkgCloudService(); }
public class PkgCloudProviders { public PkgCloudProvider SOME_PROVIDER { get; } = new PkgCloudProvider(); }
public static class PkgCloud { public static PkgCloudService Compute { get; } = new PkgCloudService(); public static PkgCloudService UNKNOWN_SERVICE { get; } = new PkgCloudService(); public static PkgCloudProviders Providers { get; } = new PkgCloudProviders(); }
public static class CryptoJsAes { public static string Encrypt(string message, string key) => message; }
public class CookieSessionOptions { public string Secret { get; set; } }
public static class CookieSession { public static object Create(CookieSessionOptions options) => options; }
public static class Secrets { public static string GetPassword() => null; }
public static class AppConfig { public static string Get(string name) => name; }
public static class Jwt { public static string Sign(object payload, string key, string algorithm) => key; public static void Verify(string token, string key, System.Action<object> callback) { } }
public static class Jose { public static object ImportSpki(string spki, string alg) => spki; public static object ImportJwk(System.Collections.Generic.Dictionary<string, string> jwk, string alg) => jwk; public static void JwtVerify(string jwt, object key, string issuer, string audience) { } }
public class ExpressJwtOptions { public string Secret { get; set; } public string[] Algorithms { get; set; } }
public static class ExpressJwt { public static object Create(ExpressJwtOptions options) => options; }
public class JwtStrategyOptions { public string SecretOrKey { get; set; } }
public class JwtStrategy { public JwtStrategy(JwtStrategyOptions options) { } }
public static class Passport { public static void Use(JwtStrategy strategy) { } }
public class HttpRequestOptions { public string Auth { get; set; } }
public static class HttpRequest { public static object Create(HttpRequestOptions options) => options; }
public static class DriverManager { public static object GetConnection(string url, string user, string password) => url; }
public class PasswordAuthentication { public PasswordAuthentication(string user, char[] password) { } }
public class SecretKeySpec { public SecretKeySpec(byte[] key, string algorithm) { } }
public class AzureCredential { }
public class UsernamePasswordCredentialBuilder { public UsernamePasswordCredentialBuilder ClientId(string v) => this; public UsernamePasswordCredentialBuilder Username(string v) => this; public UsernamePasswordCredentialBuilder Password(string v) => this; public AzureCredential Build() => new AzureCredential(); }
public class ClientSecretCredentialBuilder { public ClientSecretCredentialBuilder ClientId(string v) => this; public ClientSecretCredentialBuilder ClientSecret(string v) => this; public ClientSecretCredentialBuilder TenantId(string v) => this; public AzureCredential Build() => new AzureCredential(); }
public class SecretClientBuilder { public SecretClientBuilder VaultUrl(string v) => this; public SecretClientBuilder Credential(AzureCredential c) => this; public object BuildClient() => this; }
public class CookieRememberMeManager { public byte[] CipherKey { get; set; } public void SetCipherKey(byte[] key) => CipherKey = key; }
public static class ShiroBase64 { public static byte[] Decode(string s) => System.Convert.FromBase64String(s); }
public class TradingConnection { public void Cmd(string command, int units) { } public void Close() { } }
public class TradingClient { public TradingConnection Connect(string host, int port, string username, string password) => new TradingConnection(); }
public static class Credentials { public static void Test(string password) { } }
public static class SqlDb { public static object Open(string driver, string connStr) => connStr; }
public class JwtToken { public static JwtToken NewWithClaims(object method, System.Collections.Generic.Dictionary<string, string> claims) => new JwtToken(); public string SignedString(byte[] key) => ""; }
public class GinJwtMiddleware { public string Realm { get; set; } public byte[] Key { get; set; } public System.TimeSpan Timeout { get; set; } public string TokenHeadName { get; set; } }
public static class Cristal { public static object NewSignerHS(string alg, byte[] key) => key; }
public static class JwkKey { public static object New(byte[] key) => key; }"""

if __name__ == "__main__":
    write_checked_set(
        HERE, check_repeats, PAIRS, CASE_PAIRS, family,
        "csharp-secrets-14.txt",
        "# Held-out C# secrets set 14 (AKS2001/AKS2002): reduced .NET shapes of SonarSource/sonar-text secret-rule examples "
        "(six providers no earlier set used) and of github/codeql's hard-coded credential tests in JavaScript, Java, Python, "
        "Ruby and Go, labelled by the peer.",
        "# Format: README.md ('C# secrets, set 14'). Written by write_csharp_secrets_14.py (provenance and selection rules in "
        "set14_sources.py). '=== stubs' is compiled with every case.",
        "written for this set (stand-ins for the client libraries the peer examples use)",
        STUBS,
        CASES,
    )

#!/usr/bin/env python3
"""Writes config-secrets-14.txt: the fourteenth held-out AKS2003 set, see README.md ('Configuration files, set 14').

Built with C# set 14 (same day, base commit f7b7f0a, sources and selection rules; provenance in set14_sources.py) and
committed with its wiring before AKS2003 ran on it. Shapes are set 12's, made by set 12's own helpers
(write_config_secrets_12.py, imported and re-pointed at set 14 by set13_sources.set13_helpers), plus `cfg()` below for key
groups with several labelled or excluded members:

- a named value (`props.set("name", value)`, a constant, a field, a keyword argument, an options member) becomes a member,
  alternately appsettings.json and config.yaml (alternating separately for positives and negatives); options objects and
  dictionaries become the same keys in one file (the value the peer reports labelled; a CodeQL user-name finding
  `exclude:`d; the other members the rest-of-file unit);
- environment-variable assignments become a docker-compose.yml service `environment:` mapping; command lines pipeline
  `script:` steps;
- peer text that already is YAML or JSON (sidekiq settings, workflow `env:`, service-credential JSON, Kubernetes Secret
  manifests) is kept in that form, re-typed, completed to a whole JSON object where the peer shows a fragment (a second
  provider's credential in it - the IBM IAM `apikey` beside a COS HMAC key - `exclude:`d); PEM text becomes a YAML block
  scalar, its BEGIN line labelled.

Code-only shapes (calls with credential arguments, comparisons, concatenations, byte conversions, environment reads, HTTP
headers built from locals, interpolations) are C# only.
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from set14_sources import SOURCES, P, N, family, check_repeats, cq, yaml_scalar  # noqa: E402
from set13_sources import set13_helpers  # noqa: E402
from config_set_writer import js, write_config_set  # noqa: E402
import write_config_secrets_12 as c12  # noqa: E402
import write_csharp_secrets_14 as cs14  # noqa: E402  (shared long values; its cases are not written here)

set13_helpers(c12, SOURCES, "CASES", "PAIRS")
c12.turn.update({P: 0, N: 0})
CASES, PAIRS = c12.CASES, c12.PAIRS
sn, members, member, compose, script, raw, props = c12.sn, c12.members, c12.member, c12.compose, c12.script, c12.raw, c12.props
J, Y, C = c12.J, c12.Y, c12.C


def cfg(label, key, note, pairs, secrets=(), exclude=(), section=None, fmt=None):
    """(name, value) members in one file, JSON or YAML alternately unless `fmt` is given; `secrets` are the labelled
    members of a positive (for a negative, the members its repeat check looks at), `exclude` the members left unlabelled."""
    if fmt is None:
        fmt = J if c12.turn[label] % 2 == 0 else Y
        c12.turn[label] += 1
    content, at = (c12.json_file if fmt == J else c12.yaml_file)(pairs, section)
    how = "as appsettings.json members" if fmt == J else "as YAML members"
    if section:
        how += f" under `{section}`"
    if exclude:
        how += " (" + ", ".join(f"`{e}`" for e in exclude) + " excluded: a user-name finding, not a secret)"
    secret = " ".join(str(at[s]) for s in secrets) if label == P else "none"
    c12.add(fmt, secret, SOURCES[key], f"{note}, {how}", content, exclude=" ".join(str(at[e]) for e in exclude) or None)
    values = dict(pairs)
    PAIRS.extend((s, values[s]) for s in secrets)


# ---- sonar-text contribsys ----
K = "contribsys"
R = "sidekiq-credentials"
ENT, GEMS = cs14.ENT, cs14.GEMS
member(N, K, sn(K, R, f"{ENT}: cafebabe:deadbeef", N, "the setting"), ENT, "cafebabe:deadbeef")
compose(N, K, sn(K, R, f"export {ENT}=cafebabe:deadbeef", N, "the variable"), [(ENT, "cafebabe:deadbeef")], ENT)
member(N, K, sn(K, R, f'{GEMS}: "cafebabe:deadbeef"', N, "the setting"), GEMS, "cafebabe:deadbeef")
compose(N, K, sn(K, R, f'export {GEMS}="cafebabe:deadbeef"', N, "the variable"), [(GEMS, "cafebabe:deadbeef")], GEMS)
script(N, K, sn(K, R, f"export {ENT}=cafebabe:deadbeef && echo 'hello world'", N, "the command line"), f"export {ENT}=cafebabe:deadbeef && echo 'hello world'",
       check=[(ENT, "cafebabe:deadbeef")])
member(N, K, sn(K, R, f'{ENT}: "${{{ENT}}}"', N, "the setting"), ENT, "${" + ENT + "}")
raw(N, Y, K, sn(K, R, f"env: {ENT}: ${{{{ secrets.{ENT} }}}}", N, "(workflow env) kept as YAML, as config.yaml"),
    f"env:\n  {ENT}: ${{{{ secrets.{ENT} }}}}", check=[(ENT, "${{ secrets." + ENT + " }}")])
cfg(N, K, sn(K, R, "BUNDLE_RUBYGEMS__PKG__GITHUB__COM / BUNDLE_ENTERPRISE__CONTRIBSYS__COM: \"{{ (onepassword ...).details.password }}\" / BUNDLE_BUILD__PUMA", N, "the settings"),
    cs14.OP, secrets=[ENT])
raw(N, Y, K, sn(K, R, f"// ruleid: sidekiq-secret / {ENT}: cafebabe:deadbeef export", N, "(the comment as a YAML comment) as config.yaml"),
    f"# ruleid: sidekiq-secret\n{ENT}: cafebabe:deadbeef export", check=[(ENT, "cafebabe:deadbeef export")])
cfg(N, K, sn(K, R, 'config.codebuild.project.env.vars = { BUNDLE_GITHUB__COM: "SSM:/#{ssm_env}/...", ..., BUNDLE_GEMS__CONTRIBSYS__COM: "SSM:/#{ssm_env}/GEMS_CONTRIBSYS_COM_TOKEN" }', N,
            "the entries"), cs14.SSM, secrets=[GEMS], section="vars")
raw(P, Y, K, sn(K, R, f'---  {GEMS}: "ec04a635:b5f7de0c"', P, "kept as YAML, as config.yaml"), f'---\n{GEMS}: "ec04a635:b5f7de0c"', GEMS,
    check=[(GEMS, "ec04a635:b5f7de0c")])
raw(P, Y, K, sn(K, R, f"env: - {GEMS}=27ec5ba1:68d13f79", P, "kept as YAML, as config.yaml"), f"env:\n- {GEMS}=27ec5ba1:68d13f79", GEMS,
    check=[(GEMS, "27ec5ba1:68d13f79")])

# ---- sonar-text Docker-swarm, Kairos ----
K = "docker-swarm"
R = "docker-swarm-join"
member(P, K, sn(K, R, 'swarmJoin.setJoinToken("SWMTKN-1-0o98...")', P, "the setter's value"), "JoinToken", cs14.SWARM)
script(N, K, sn(K, R, f"docker swarm join --token {cs14.DOC_TOKEN[:20]}... 192.168.99.100:2377", N, "(Docker's documented token) the command line"),
       f"docker swarm join --token {cs14.DOC_TOKEN} 192.168.99.100:2377", check=[("token", cs14.DOC_TOKEN)])
raw(N, J, K, sn(K, R, '"JoinTokens": { "Worker": "SWMTKN-1-3pu6...-1awx...", "Manager": "SWMTKN-1-3pu6...-7p73..." }', N,
                "(Docker's documented tokens) completed to an appsettings.json object"),
    '{\n  "JoinTokens": {\n    "Worker": ' + js(cs14.W) + ',\n    "Manager": ' + js(cs14.MG) + '\n  }\n}', check=[("Worker", cs14.W), ("Manager", cs14.MG)])
K = "kairos"
R = "kairos"
props(P, K, R, "kairos-app-key", cs14.KAIROS)
raw(P, Y, K, sn(K, R, "var options = { 'method': 'POST', 'url': 'https://idv-eu.kairos.com/v0.1/full-id-verification', 'headers': { 'app_id': '5ecc6246', 'app_key': '51e3...' } };", P,
                "the options as YAML, as config.yaml"),
    f"options:\n  method: POST\n  url: https://idv-eu.kairos.com/v0.1/full-id-verification\n  headers:\n    app_id: {yaml_scalar('5ecc6246')}\n    app_key: {cs14.KAIROS}",
    "app_key", check=[("app_key", cs14.KAIROS)])
member(N, K, sn(K, R, "var getVersionCmd = \". /etc/os-release; [ ! -z \\\"$KAIROS_VERSION\\\" ] && echo $KAIROS_VERSION ¦¦ echo $VERSION\"", N, "the assignment"),
       "getVersionCmd", cs14.KV)

# ---- sonar-text ibm-cloud-object-storage ----
K = "ibm-cos"
R = "ibm-object-storage-hmac-key"
for cos, secret in ((cs14.COS1, "23dcaba061fcc067765c99d8e2823346c26cc2d8ef12c5f84c"), (cs14.COS2, "d8762b57f61d5dd524ccd49c7d44861ceab098d217d05836")):
    raw(P, J, K, sn(K, R, '{ "apikey": ..., "cos_hmac_keys": { "access_key_id": ..., "secret_access_key": "' + secret[:8] + '..." }, ... }', P,
                    "(service credentials) kept as JSON, as appsettings.json; the IAM `apikey` line excluded (another rule's credential)"),
        cos, '"secret_access_key"', exclude_text=('"apikey"',), check=[("secret_access_key", secret)])
COS3 = ("cos_credentials:\n  apikey: yqcPbWZ0AQPHleHVerrR4Wx5e9pymBdMgydbEra5zCif\n  api_key: yqcPbWZ0AQPHleHVerrR4Wx5e9pymBdMgydbEra5zCif\n"
        "  url: https://s3.us.cloud-object-storage.appdomain.cloud\n  iam_url: https://iam.bluemix.net/oidc/token\n  cos_hmac_keys:\n"
        f"    access_key_id: 2d1be760f19241d695a534960da6eb80\n    secret_access_key: {cs14.COS3_SECRET}\n"
        "  endpoints: https://control.cloud-object-storage.cloud.ibm.com/v2/endpoints\n"
        "  iam_apikey_description: Auto-generated for key 2d1be760-f192-41d6-95a5-34960da6eb80\n  iam_apikey_name: FastStartLab\n"
        "  iam_role_crn: 'crn:v1:bluemix:public:iam::::serviceRole:Reader'\n"
        "  iam_serviceid_crn: 'crn:v1:bluemix:public:iam-identity::a/7d8b3c34272c0980d973d3e40be9e9d2::serviceid:ServiceId-568ba191-a3bf-48f2-a30c-f3a4af7ec61d'\n"
        "  resource_instance_id: 'crn:v1:bluemix:public:cloud-object-storage:global:a/7d8b3c34272c0980d973d3e40be9e9d2:2883ef10-23f1-4592-8582-2f2ef4973639::'")
raw(P, Y, K, sn(K, R, 'cos_credentials = { "apikey": "yqcP...", "api_key": "yqcP...", ..., "cos_hmac_keys": { "access_key_id": "2d1b...", "secret_access_key": "e125..." }, ... }', P,
                "the dictionary as YAML, as config.yaml; the IAM `apikey` / `api_key` lines excluded (another rule's credential)"),
    COS3, "secret_access_key:", exclude_text=("apikey:", "api_key:"), check=[("secret_access_key", cs14.COS3_SECRET)])
for label, secret in ((P, "891c8ed850cddbece40760b800867f1231d43f2d2586"), (N, "00000ed850cddbece40760b800867f1231d43f2d2586")):
    compose(label, K, sn(K, R, f'export COS_HMAC_ACCESS_KEY_ID="7aebe933dd678e9ca6440da12685eee02" / export COS_HMAC_SECRET_ACCESS_KEY="{secret[:10]}..."', label,
                         "the variables" + (" (first 5 digits zeroed)" if label == N else "")),
            [("COS_HMAC_ACCESS_KEY_ID", "7aebe933dd678e9ca6440da12685eee02"), ("COS_HMAC_SECRET_ACCESS_KEY", secret)], "COS_HMAC_SECRET_ACCESS_KEY")
R = "ibm-kubernetes-storage-key"
K8S = [
    (P, "apiVersion: v1\nkind: Secret\ntype: ibm/ibmc-s3fs\nmetadata:\n  name: '[...]'\n  namespace: '[...]'\ndata:\n  access-key: 0ac583530e3c431754534bfa379d43c6\n"
        "  secret-key: 23dcaba061fcc067765c99d8e2823346c26cc2d8ef12c5f84c", "23dcaba061fcc067765c99d8e2823346c26cc2d8ef12c5f84c", ""),
    (P, "apiVersion: v1\ndata:\n    access-key: 2d1be760f19241d695a534960da6eb80\n    secret-key: e1252b952f47a6b3f42305b8ffe6f9bd7d10e45f966b9a62\n"
        "    kp-root-key-crn: <CRN> # Key Protect or HPCS root key crn in base64 encoded format\nkind: Secret\nmetadata:\n    name: cos-write-access\ntype: ibm/ibmc-s3fs",
     "e1252b952f47a6b3f42305b8ffe6f9bd7d10e45f966b9a62", ""),
    (N, "apiVersion: v1\ndata:\n    access-key: 2d1be760f19241d695a534960da6eb80\n    secret-key: 00000b952f47a6b3f42305b8ffe6f9bd7d10e45f966b9a62\nkind: Secret\n"
        "metadata:\n    name: cos-write-access\ntype: ibm/ibmc-s3fs", "00000b952f47a6b3f42305b8ffe6f9bd7d10e45f966b9a62", " (first 5 digits zeroed)"),
]
for label, content, secret, zeroed in K8S:
    raw(label, Y, K, sn(K, R, f"apiVersion: v1 / kind: Secret / type: ibm/ibmc-s3fs / data: access-key: ... / secret-key: {secret[:8]}...", label,
                        f"(a Kubernetes Secret{zeroed}) kept as YAML, as config.yaml"), content, "secret-key:", check=[("secret-key", secret)])

# ---- sonar-text terraform, sonarqube-scoped-org-token ----
K = "terraform"
R = "terraform-t1-api-token"
props(P, K, R, "terraform-api-token", "5oCygLafKDArzd.atlasv1.lkJAlIHZK8wapUca1Ukf7onre5ckfYJFMQIwYAIb9lzy0VAAbepGgMfnVUsVfaw6lQa")
for value in ("XXXXXXXXXXXXXX.atlasv1." + "X" * 67, "XXXXXXXXXXXXXX.atlasv1.THISISNOTVERYRANDOMBUTSTILLAGOODAMOUNTOFCHARACTERSIFYOUTHINKABOUTIT"):
    raw(N, Y, K, sn(K, R, f"env: TF_CLOUD_API_TOKEN: '{value[:30]}...'", N, "(workflow env) kept as YAML, as config.yaml"),
        f"env:\n  TF_CLOUD_API_TOKEN: '{value}'", check=[("TF_CLOUD_API_TOKEN", value)])
K = "sonarqube-scoped"
props(P, K, "sonarqube-token-scoped", "sonar_token", cs14.SQCO)

# ---- github/codeql JavaScript ----
K = "cq-js"


def jsn(label, line, peer, how):
    return cq("javascript", f"HardcodedCredentials.js:{line}", peer, label, how)


cfg(P, K, jsn(P, "4-10", "new pg.Client({ user: 'dbuser', host: 'database.server.com', database: 'mydb', password: 'hgfedcba', port: 3211 })", "the options"),
    [("user", "dbuser"), ("host", "database.server.com"), ("database", "mydb"), ("password", "hgfedcba"), ("port", "3211")], secrets=["password"], exclude=["user"], section="client")
cfg(P, K, jsn(P, "27", "basicAuth({users: { 'admin': 'hgfedcba' }})", "the users map"), [("admin", "hgfedcba")], secrets=["admin"], section="users")
cfg(P, K, jsn(P, "41", "AWS.config.update({ accessKeyId: 'username', secretAccessKey: 'hgfedcba'})", "the options"),
    [("accessKeyId", "username"), ("secretAccessKey", "hgfedcba")], secrets=["secretAccessKey"], exclude=["accessKeyId"], section="aws")
cfg(P, K, jsn(P, "54-59", "request.get(url, { 'auth': { 'user': 'username', 'pass': 'hgfedcba' } })", "the auth options"),
    [("user", "username"), ("pass", "hgfedcba")], secrets=["pass"], exclude=["user"], section="auth")
cfg(P, K, jsn(P, "63-67", "request.get(url, { 'auth': { 'bearer': 'bearerToken' } })", "the auth options"), [("bearer", "bearerToken")], secrets=["bearer"], section="auth")
PKG = [("account", "x1"), ("keyId", "x2"), ("storageAccount", "x3"), ("username", "x4"), ("key", "hgfedcba"), ("apiKey", "hgfedcba"), ("storageAccessKey", "hgfedcba"),
       ("password", "hgfedcba"), ("token", "hgfedcba")]
cfg(P, K, jsn(P, "97-107", "pkgcloud.compute.createClient({ account: 'x1', keyId: 'x2', storageAccount: 'x3', username: 'x4', key, apiKey, storageAccessKey, password, token: 'hgfedcba' })",
              "the options (every value reported)"), PKG, secrets=["key", "apiKey", "storageAccessKey", "password", "token"], exclude=["account", "keyId", "storageAccount", "username"],
    section="compute")
cfg(N, K, jsn(N, "108-110", "pkgcloud.compute.createClient({ INNOCENT_DATA: '42' })", "the options"), [("INNOCENT_DATA", "42")], secrets=["INNOCENT_DATA"], section="compute")
cfg(P, K, jsn(P, "111-114", "pkgcloud.providers.SOME_PROVIDER.compute.createClient({ username: 'x5', password: 'hgfedcba' })", "the options"),
    [("username", "x5"), ("password", "hgfedcba")], secrets=["password"], exclude=["username"], section="compute")
cfg(N, K, jsn(N, "115-118", "pkgcloud.UNKNOWN_SERVICE.createClient({ username: 'x6', password: 'hgfedcba' }) (a service the query does not model)", "the options"),
    [("username", "x6"), ("password", "hgfedcba")], secrets=["password"], section="UNKNOWN_SERVICE")
for line, value in (("135", "hgfedcba"), ("160", "oiuneawrgiyubaegr")):
    cfg(P, K, jsn(P, line, f'require("cookie-session")({{ secret: "{value}" }})', "the options"), [("secret", value)], secrets=["secret"], section="cookieSession")
cfg(P, K, jsn(P, "171-172", "const USER = 'sdsdag'; const PASS = 'sdsdag'; (encoded into an Authorization header)", "the constants (both reported)"),
    [("USER", "sdsdag"), ("PASS", "sdsdag")], secrets=["USER", "PASS"])
cfg(P, K, jsn(P, "231", "const username = 'sdsdag'; (encoded into an Authorization header)", "the constant"), [("username", "sdsdag")], secrets=["username"])
for line, name, value in (("245", "privateKey", "myHardCodedPrivateKey"), ("248", "publicKey", "myHardCodedPublicKey"), ("344", "secretKey", "myHardCodedPrivateKey")):
    cfg(P, K, jsn(P, line, f'var {name} = "{value}"; (a JWT key)', "the assignment"), [(name, value)], secrets=[name])
cfg(P, K, jsn(P, "375-378", 'var secretKey = "myHardCodedPrivateKey"; opts.secretOrKey = secretKey;', "the passport-jwt option"), [("secretOrKey", "myHardCodedPrivateKey")],
    secrets=["secretOrKey"], section="jwt")
for line, label, header in (("260", N, "Basic foo"), ("292", P, "Basic sdsdag:sdsdag"), ("293", N, "Basic sdsdag:xxxxxxxxxxxxxx"), ("294", P, "Basic sdsdag:aaaiuogrweuibgbbbbb"),
                            ("295", N, "Basic sdsdag:000000000000001")):
    cfg(label, K, jsn(label, line, f'"Authorization": `{header}`', "the header"), [("Content-Type", "application/json"), ("Authorization", header)],
        secrets=["Authorization"], section="headers")
for line, auth in cs14.AUTHS:
    cfg(N, K, jsn(N, line, f'require("http").request({{auth: "{auth}"}})', "the option"), [("auth", auth)], secrets=["auth"])
raw(P, Y, K, jsn(P, "319-321", "const spki = `-----BEGIN PUBLIC KEY----- MIIBIjAN...wRypi9... -----END PUBLIC KEY-----`", "as a YAML block scalar `spki`, as config.yaml, the BEGIN line labelled"),
    "spki: |\n" + "\n".join("  " + l for l in cs14.SPKI.split("\n")), "-----BEGIN PUBLIC KEY-----", check=[("spki", cs14.SPKI)])
cfg(P, K, jsn(P, "326-330", "const jwk = { kty: 'RSA', n: 'whYOFK2Ocbbpb_zVypi9SeKiNUqKQH0zTKN1-6f...', e: 'AQAB' }", "the key members"),
    [("kty", "RSA"), ("n", "whYOFK2Ocbbpb_zVypi9SeKiNUqKQH0zTKN1-6f..."), ("e", "AQAB")], secrets=["n"], section="jwk")
cfg(N, K, jsn(N, "332-338", "const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJ1cm46...'; jose.jwtVerify(jwt, publicKey, { issuer: 'urn:example:issuer', audience: 'urn:example:audience' })",
              "(a signed token to verify; unannotated) the token and the verify options"),
    [("jwt", cs14.JWT), ("issuer", "urn:example:issuer"), ("audience", "urn:example:audience")], secrets=["jwt"], section="verify")
cfg(P, K, jsn(P, "423", 'new AWS.EC2({accessKeyId: "AccessID1", secretAccessKey: "NotSoSecretKey1"})', "the options"),
    [("accessKeyId", "AccessID1"), ("secretAccessKey", "NotSoSecretKey1")], secrets=["secretAccessKey"], exclude=["accessKeyId"], section="ec2")

# ---- github/codeql Java ----
cfg(P, "cq-java-test", cq("java", "Test.java:8-10 (ApiCall)", 'String url = "jdbc:mysql://localhost/test"; String usr = "admin"; String pass = "123456";', P, "the locals"),
    [("url", "jdbc:mysql://localhost/test"), ("usr", "admin"), ("pass", "123456")], secrets=["pass"], exclude=["usr"])
cfg(P, "cq-java-test", cq("java", "Test.java:33 (PasswordField)", 'public static final String password = "myOtherPassword";', P, "the field"),
    [("password", "myOtherPassword")], secrets=["password"])
cfg(P, "cq-java-credentials", cq("java", "CredentialsTest.java:7-11 (ApiCall)", 'private static final String p = "123456"; String url = "jdbc:mysql://localhost/test"; String u = "admin";', P,
                                 "the constant and locals"),
    [("p", "123456"), ("url", "jdbc:mysql://localhost/test"), ("u", "admin")], secrets=["p"], exclude=["u"])
cfg(P, "cq-java-user", cq("java", "User.java:2 (SourceCall)", 'private static final String DEFAULT_PW = "123456";', P, "the constant"), [("DEFAULT_PW", "123456")], secrets=["DEFAULT_PW"])
cfg(P, "cq-java-azure", cq("java", "HardcodedAzureCredentials.java:9-12 (ApiCall, SourceCall)", 'clientId = "8173..."; username = "username@example.onmicrosoft.com"; clientSecret = "1n1.qAc~..."; tenantId = "22f3..."',
                           P, "the fields"),
    [("clientId", "81734019-15a3-50t8-3253-5abe78abc3a1"), ("username", "username@example.onmicrosoft.com"), ("clientSecret", "1n1.qAc~3Q-1t38aF79Xzv5AUEfR5-ct3_"),
     ("tenantId", "22f367ce-535x-357w-2179-a33517mn166h")], secrets=["clientSecret"], exclude=["username"], section="azure")

# ---- github/codeql Python ----
K = "cq-py"
cfg(P, K, cq("python", "test.py:3-6", 'HOST = "acme-trading.com"; PORT = 8000; USERNAME = "road_runner"; PASSWORD = "insecure_pwd"', P, "the constants"),
    [("HOST", "acme-trading.com"), ("PORT", "8000"), ("USERNAME", "road_runner"), ("PASSWORD", "insecure_pwd")], secrets=["PASSWORD"], exclude=["USERNAME"])
for line, value in ((22, "short"), (23, "Capitalized"), (24, "  whitespace"), (25, "insecure__"), (26, "aaaaaaaaaa"), (27, "format_string_{}")):
    cfg(N, K, cq("python", f"test.py:{line} (# Ignored)", f"test(password='{value}')", N, "the keyword argument"), [("password", value)], secrets=["password"])

# ---- github/codeql Ruby ----
cfg(P, "cq-rb", cq("ruby", "HardcodedCredentials.rb:20-21", 'pw_left = "3jOe7sXK..."; pw_right = "4fQuzXef4f2yow8KWvIJTA=="', P, "the assignments (both reported)"),
    [("pw_left", "3jOe7sXKX6Tx52qHWUVqh2t9LNsE+ZXFj2qw6asRARTV2deAXFKkMTVOoaFYom1Q"), ("pw_right", "4fQuzXef4f2yow8KWvIJTA==")], secrets=["pw_left", "pw_right"])

# ---- github/codeql Go ----
K = "cq-go-main"
cfg(P, "cq-go-creds", cq("go", "HardcodedCredentials.go:8-11", 'const ( user = "dbuser"; password = "s3cretp4ssword" )', P, "the constants"),
    [("user", "dbuser"), ("password", "s3cretp4ssword")], secrets=["password"], exclude=["user"])
cfg(N, K, cq("go", "main.go:7", '_password = "" // OK', N, "the constant"), [("_password", "")], secrets=["_password"])
raw(P, Y, K, cq("go", "main.go:11-26", "const totallyNotAPrivateKey = `-----BEGIN RSA PRIVATE KEY----- MIICXQIBAAKBgQC/tzdt... -----END RSA PRIVATE KEY-----`", P,
                "as a YAML block scalar, as config.yaml, the BEGIN line labelled"),
    "totallyNotAPrivateKey: |\n" + "\n".join("  " + l for l in cs14.RSA_LINES), "-----BEGIN RSA PRIVATE KEY-----", check=[("totallyNotAPrivateKey", cs14.RSA_LINES[1])])
raw(N, Y, K, cq("go", "main.go:28-34", "const publicKey = `-----BEGIN PUBLIC KEY----- MIGfMA0GCSqGSIb3DQEB... -----END PUBLIC KEY-----` // OK", N, "as a YAML block scalar, as config.yaml"),
    "publicKey: |\n" + "\n".join("  " + l for l in cs14.PUB_LINES), check=[("publicKey", cs14.PUB_LINES[1])])
cfg(N, K, cq("go", "main.go:36", 'var secretKey = "" // OK', N, "the variable"), [("secretKey", "")], secrets=["secretKey"])
cfg(P, K, cq("go", "main.go:44-48", 'password := "p4ss"; tmp := password; i := info{ username: "me", password: tmp }', P, "the struct's members with the value"),
    [("username", "me"), ("password", "p4ss")], secrets=["password"], section="info")
cfg(P, K, cq("go", "main.go:50", 'i.password = "p4ss2" // NOT OK', P, "the member"), [("password", "p4ss2")], secrets=["password"], section="info")
cfg(N, K, cq("go", "main.go:52", 'testPassword := "p4ss" // OK', N, "the assignment"), [("testPassword", "p4ss")], secrets=["testPassword"])
for line, value in (("53", "test"), ("56", "--- redacted ---")):
    cfg(N, K, cq("go", f"main.go:{line}", f'i.password = "{value}" // OK', N, "the member"), [("password", value)], secrets=["password"], section="info")
cfg(N, K, cq("go", "main.go:55", 'secretKey = "secret" // OK', N, "the assignment"), [("secretKey", "secret")], secrets=["secretKey"])
cfg(N, K, cq("go", "main.go:57-59", 'certsDir := "/certs" // OK; accountParameter := "ACCOUNT" // OK', N, "the assignments"),
    [("certsDir", "/certs"), ("accountParameter", "ACCOUNT")], secrets=["certsDir", "accountParameter"])
cfg(P, "cq-go-jwt", cq("go", "jwt.go:45-60", 'jwt.New(&jwt.GinJWTMiddleware{ Realm: "test zone", Key: []byte("key2"), // BAD ..., TokenHeadName: "Bearer" })', P, "the middleware options"),
    [("Realm", "test zone"), ("Key", "key2"), ("TokenLookup", "header: Authorization, query: token, cookie: jwt"), ("TokenHeadName", "Bearer")], secrets=["Key"], section="GinJWTMiddleware")


if __name__ == "__main__":
    repeats = check_repeats(HERE, PAIRS)
    assert not repeats, repeats
    write_config_set(
        CASES,
        "config-secrets-14.txt",
        "# Held-out AKS2003 set 14: SonarSource/sonar-text secret-rule examples of six providers no earlier set used and "
        "github/codeql's hard-coded credential tests in JavaScript, Java, Python, Ruby and Go (sources not used in sets 1-13), "
        "labelled by what the peer asserts before AKS2003 ran on them.",
        "# Format: README.md ('Configuration files, set 14'). Written by write_config_secrets_14.py (provenance and selection rules in set14_sources.py).",
        family=family,
        check_json=True,
    )

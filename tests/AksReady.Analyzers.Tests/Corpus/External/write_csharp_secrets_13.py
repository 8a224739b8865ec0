#!/usr/bin/env python3
"""Writes csharp-secrets-13.txt: the thirteenth held-out C# secrets set (AKS2001/AKS2002), see README.md ('C# secrets, set 13').

Built on 2026-11-27 from main 418322c and committed with its measuring test before the rules were run on it (a blind
figure for the rules of 418322c). Source used in no earlier set: the labelled `examples:` of SonarSource/sonar-text's
secret rule specifications for providers neither set 11 nor set 12 took. Selection rules, provenance and the repeat
check are in set13_sources.py; the .NET shapes are set 12's, made by set 12's own helpers (write_csharp_secrets_12.py,
imported and re-pointed at set 13 by set13_sources.set13_helpers):

- `props.set("name", value)` as a settings dictionary entry with the peer's name (the compliant `System.getenv(...)`
  twin reading the environment);
- key=value settings (properties, INI, HOCON and .env-like blocks read as settings) as an in-memory configuration with
  the peer's keys;
- environment-variable assignments (shell export, .env, workflow `env:`) as Environment.SetEnvironmentVariable;
- command lines (curl, sonar-scanner) as Process.Start with the peer's arguments;
- HTTP headers as HttpClient request headers (AuthenticationHeaderValue for an Authorization scheme);
- named values in code (Python, JavaScript, C, Go, PowerShell, Java assignments, constants, #defines, dictionaries) as C#
  locals, fields, constants or dictionaries with the peer's names; client constructors and option objects as the same
  call on a stub; XML as XElement; JSON documents as the string a stub parses; annotations as attributes of a stub;
  comments kept as comments. A bare peer value gets a neutral name after its service, noted.

Labels are the peer's (containsSecret: true positive, false negative), written before AKS2001/AKS2002 ran on the set.
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from set13_sources import SONAR, P, N, family, check_repeats, cs_string, set13_helpers  # noqa: E402
from csharp_set_writer import write_checked_set  # noqa: E402
from literals import cs_verbatim  # noqa: E402
import write_csharp_secrets_12 as w12  # noqa: E402

set13_helpers(w12, SONAR, "CASES", "PAIRS", "CASE_PAIRS")
CASES, PAIRS, CASE_PAIRS = w12.CASES, w12.PAIRS, w12.CASE_PAIRS
sn, L, M, U, inmem, setenv, process, props, getenv = w12.sn, w12.L, w12.M, w12.U, w12.inmem, w12.setenv, w12.process, w12.props, w12.getenv
ENV, DICT, HTTP, AUTH = w12.ENV, w12.DICT, w12.HTTP, w12.AUTH


def dict_local(label, key, note, var, entries, pairs):
    """A dictionary literal with the peer's keys (Python dicts, JS objects, Go maps, keyword arguments)."""
    body = "\n".join(f"    [{cs_string(k)}] = {cs_string(v) if v is not None else 'null'}," for k, v in entries)
    L(label, key, note, f"var {var} = new {DICT}\n{{\n{body}\n}};", pairs)


def consts(label, key, note, entries, pairs, comments=()):
    lines = [f"// {c}" for c in comments] + [f"const string {n} = {cs_string(v)};" for n, v in entries]
    M(label, key, note, "\n".join(lines), pairs)


# =====================================================================================================================
# adafruit.yaml (S6989), alchemy.yaml (S6719), infura.yaml (S6783), zapier.yaml (S6720)
# =====================================================================================================================
K = "adafruit"
R = "adafruit-io-api-key"
dict_local(N, K, sn(K, R, '"secret_type": "adafruit_io_key", "secret_type_display_name": "Adafruit IO Key", "secret": "aio_XXXX..."', N, "as a dictionary"), "finding",
           [("secret_type", "adafruit_io_key"), ("secret_type_display_name", "Adafruit IO Key"), ("secret", "aio_" + "X" * 28)], [("secret", "aio_" + "X" * 28)])
consts(P, K, sn(K, R, '#define AIO_SERVER "io.adafruit.com" / #define AIO_SERVERPORT 1883 / #define AIO_USERNAME "jumbokh" / #define AIO_KEY "aio_QKBS..."', P, "#defines as constants"),
       [("AIO_SERVER", "io.adafruit.com"), ("AIO_USERNAME", "jumbokh"), ("AIO_KEY", "aio_QKBS76kjZALsM2Ik6Gi4NdT1jbZ4")], [("AIO_KEY", "aio_QKBS76kjZALsM2Ik6Gi4NdT1jbZ4")],
       ["******** Adafruit.io Setup ******************/"])
consts(P, K, sn(K, R, "# Set to your Adafruit IO key. ... ADAFRUIT_IO_KEY = 'aio_HCSr...'", P, "as a constant with the comment"),
       [("ADAFRUIT_IO_KEY", "aio_HCSr14XC4YgO0R0l3uNcgP8NCm1J")], [("ADAFRUIT_IO_KEY", "aio_HCSr14XC4YgO0R0l3uNcgP8NCm1J")],
       ["Set to your Adafruit IO key.", "Remember, your key is a secret,", "so make sure not to publish it when you publish this code!"])
consts(P, K, sn(K, R, '/* Adafruit IO user specific key. ... */ #define IO_KEY "aio_vYoL..."', P, "as a constant with the comment"),
       [("IO_KEY", "aio_vYoL65x93QiFwOimf1D5dMWn57Xw")], [("IO_KEY", "aio_vYoL65x93QiFwOimf1D5dMWn57Xw")],
       ["Adafruit IO user specific key. *Needs to be changed by the user.*"])
K, R, host = "alchemy", "alchemy-api-keys", "https://eth-mainnet.alchemyapi.io/v2/"
for label, v in ((P, "6wgSNoYMEzJ2s47Q593p9-9Xg5clkmAB"), (N, "your-api-key"), (N, "{API_KEY}")):
    dict_local(label, K, sn(K, R, f"const NETWORKS = {{ '1': '{host}{v}' }}", label, "as a dictionary"), "NETWORKS", [("1", host + v)], [("1", host + v)])
K = "infura"
R = "infura-api-keys"
props(P, K, R, [("infura_api_key", "https://mainnet.infura.io/v3/f6fc4aa25abb16e901876269d01f2ec5")])
props(N, K, R, [("infura_api_key", getenv("INFURA_API_KEY"))])
dict_local(P, K, sn(K, R, "const NETWORKS = { '1': 'https://mainnet.infura.io/v3/ac08...', '2': 'wss://mainnet.infura.io/ws/v3/ac08...' }", P, "as a dictionary"), "NETWORKS",
           [("1", "https://mainnet.infura.io/v3/ac08c9ada68044d38f55d4cb4749d54a"), ("2", "wss://mainnet.infura.io/ws/v3/ac08c9ada68044d38f55d4cb4749d54a")],
           [("1", "https://mainnet.infura.io/v3/ac08c9ada68044d38f55d4cb4749d54a")])
for v in ("your-api-key", "{API_KEY}"):
    dict_local(N, K, sn(K, R, f"const NETWORKS = {{ '1': 'https://mainnet.infura.io/v3/{v}' }}", N, "as a dictionary"), "NETWORKS",
               [("1", "https://mainnet.infura.io/v3/" + v)], [("1", "https://mainnet.infura.io/v3/" + v)])
K = "zapier"
R = "zapier-webhook-urls"
for label, url in ((P, "https://hooks.zapier.com/hooks/catch/192840272/anwidh83"), (P, "https://hooks.zapier.com/hooks/catch/192840272/anwid,asne8,wod28")):
    L(label, K, sn(K, R, f'var webhookURL = "{url}"; var data = {{ "First Name": userName.value, "Email": userEmail.value }};', label, "as a local and the payload"),
      f'var webhookURL = {cs_string(url)};\nvar userName = "";\nvar userEmail = "";\nvar data = new {DICT} {{ ["First Name"] = userName, ["Email"] = userEmail }};',
      [("webhookURL", url)])
dict_local(N, K, sn(K, R, "const NETWORKS = { '1': 'https://hooks.zapier.com/hooks/catch/xxxx/xxxxx' }", N, "as a dictionary"), "NETWORKS",
           [("1", "https://hooks.zapier.com/hooks/catch/xxxx/xxxxx")], [("1", "https://hooks.zapier.com/hooks/catch/xxxx/xxxxx")])

# =====================================================================================================================
# clarifai.yaml (S6686), databricks.yaml (S7010)
# =====================================================================================================================
K = "clarifai"
CL = "d819f799b90bc8dbaffd83661782dbb7"
L(P, K, sn(K, "clarifai-key-header", f'let requestHeaders: HTTPHeaders = ["Authorization": "Key {CL}", "Content-Type": "application/json"] / Alamofire.request("https://api.clarifai.com/v2/models/.../outputs", ...', P,
           "as an Authorization header and the request"),
  f'{HTTP}\nhttp.DefaultRequestHeaders.Authorization = new {AUTH}("Key", {cs_string(CL)});\n'
  '_ = http.PostAsync("https://api.clarifai.com/v2/models/c76825c96cbac79521a200cb54b7f09b/outputs", null);', [("Authorization", CL)])
L(P, K, sn(K, "clarifai-key-header", f"#This is how you authenticate / metadata = (('authorization','Key {CL}'),)#clarifi service credential", P, "as a metadata tuple array"),
  f'// This is how you authenticate\nvar metadata = new[] {{ ("authorization", {cs_string("Key " + CL)}) }}; // clarifi service credential', [("authorization", "Key " + CL)])
L(P, K, sn(K, "clarifai-key-only-context", f"const Clarifai=require('clarifai'); const app = new Clarifai.App({{ apiKey: '{CL}' }});", P, "as a client stub with an options initializer"),
  f"var app = new ClarifaiApp(new ClarifaiOptions {{ ApiKey = {cs_string(CL)} }});", [("apiKey", CL)])
setenv(P, K, sn(K, "clarifai-key-only-context", f"CLARIFAI_API_KEY={CL}", P, "as an environment variable"), [("CLARIFAI_API_KEY", CL)], [("CLARIFAI_API_KEY", CL)])

K = "databricks"
R = "databricks-access-token"
HOSTNAME, HTTP_PATH = "adb-1234567890123456.7.azuredatabricks.net", "sql/protocolv1/o/1234567890123456/1234-567890-test123"
dict_local(P, K, sn(K, R, "engine = 'databricks', parameters = { \"server_hostname\": ..., \"http_path\": ..., \"access_token\": \"dapi6641...\", \"schema\": \"example_db\" };", P, "as a dictionary"),
           "parameters", [("server_hostname", HOSTNAME), ("http_path", HTTP_PATH), ("access_token", "dapi6641101517fb3add4d0aa272f5d18dfa"), ("schema", "example_db")],
           [("access_token", "dapi6641101517fb3add4d0aa272f5d18dfa")])
SQL = ("CREATE DATABASE databricks_datasource\nWITH\nengine='databricks',\nparameters={\n    \"server_hostname\": \"" + HOSTNAME + "\",\n    \"http_path\": \"" + HTTP_PATH
       + "\",\n    \"access_token\": \"dapi1234567890ab1cde2f3ab456c7d89efa\",\n    \"schema\": \"example_db\"\n};")
L(N, K, sn(K, R, "CREATE DATABASE databricks_datasource WITH engine='databricks', parameters={... \"access_token\": \"dapi1234567890ab1cde2f3ab456c7d89efa\" ...};", N, "as the SQL text a local holds"),
  f"var sql = {cs_verbatim(SQL)};", [("access_token", "dapi1234567890ab1cde2f3ab456c7d89efa")])
inmem(P, K, sn(K, R, "[secondprofile] host = https://myinstance.databricks.com / token = dapif97ae2e35f9dc62f71c750e47259e242-2", P, "(.databrickscfg) as an in-memory configuration"),
      [("secondprofile:host", "https://myinstance.databricks.com"), ("secondprofile:token", "dapif97ae2e35f9dc62f71c750e47259e242-2")], [("token", "dapif97ae2e35f9dc62f71c750e47259e242-2")])
consts(P, K, sn(K, R, 'const example_host = "https://myinstance.databricks.com" / const example_token = "dapif01f...-2"', P, "as constants"),
       [("example_host", "https://myinstance.databricks.com"), ("example_token", "dapif01fc9c13d7eb77a93a326a67970a815-2")], [("example_token", "dapif01fc9c13d7eb77a93a326a67970a815-2")])
setenv(P, K, sn(K, R, "DATABRICKS_VNET_RESOURCE_GROUP=databricks / DATABRICKS_HOST=https://northeurope.azuredatabricks.net / DATABRICKS_TOKEN=dapi5769...", P, "as environment variables"),
       [("DATABRICKS_VNET_RESOURCE_GROUP", "databricks"), ("DATABRICKS_HOST", "https://northeurope.azuredatabricks.net"), ("DATABRICKS_TOKEN", "dapi57690013237086983054212769377299")],
       [("DATABRICKS_TOKEN", "dapi57690013237086983054212769377299")])
dict_local(P, K, sn(K, R, 'connection_args_example = OrderedDict(server_hostname="...", http_path="...", access_token="dapi0997...", schema="sales")', P, "as a dictionary"),
           "connection_args_example", [("server_hostname", HOSTNAME), ("http_path", HTTP_PATH), ("access_token", "dapi0997350467ce9dbb1b5ed118c2d34ffa"), ("schema", "sales")],
           [("access_token", "dapi0997350467ce9dbb1b5ed118c2d34ffa")])
M(P, K, sn(K, R, ".PARAMETER AccessToken / The AccessToken to use to access the Databricks API / For example: dapi3423...", P, "(PowerShell help) as an XML doc comment"),
  "/// <param name=\"accessToken\">The AccessToken to use to access the Databricks API\n/// For example: dapi3423ebdd21556407fcf37d22a5973173</param>\n"
  "public void Connect(string accessToken) { }", [("AccessToken", "dapi3423ebdd21556407fcf37d22a5973173")])
dict_local(P, K, sn(K, R, '{"version": None, "course": None, "url": "https://dbc-a641af43-532e.cloud.databricks.com", "token": "dapia567..."}', P, "as a dictionary"), "workspace",
           [("version", None), ("course", None), ("url", "https://dbc-a641af43-532e.cloud.databricks.com"), ("token", "dapia56731f13df77be2f10860d789c912bf")],
           [("token", "dapia56731f13df77be2f10860d789c912bf")])
dict_local(N, K, sn(K, R, '{"host": "https://dbc-38aaa459-faaf.cloud.databricks.com", "token": "dapiecaaae64a727498daaaaafe1bace968a", "cluster_id": "0612-191111-6fopaaaa"}', N, "as a dictionary"),
           "workspace", [("host", "https://dbc-38aaa459-faaf.cloud.databricks.com"), ("token", "dapiecaaae64a727498daaaaafe1bace968a"), ("cluster_id", "0612-191111-6fopaaaa")],
           [("token", "dapiecaaae64a727498daaaaafe1bace968a")])
L(P, K, sn(K, R, '#Local variables / $Token = "dapi64d8..." ## << ADD YOUR ACCESS TOKEN / $Url = "https://northeurope.azuredatabricks.net" ## << SET YOUR SERVICE URL', P, "as locals with the comments"),
  '// Local variables\nvar Token = "dapi64d8159f39e52a4990295e7b9d4b8ea0"; // << ADD YOUR ACCESS TOKEN\nvar Url = "https://northeurope.azuredatabricks.net"; // << SET YOUR SERVICE URL',
  [("Token", "dapi64d8159f39e52a4990295e7b9d4b8ea0")])
dict_local(N, K, sn(K, R, 'cls.kwargs = { "server_hostname": ..., "http_path": ..., "access_token": "dapi1234567890ab1cde2f3ab456c7d89efa", "schema": "sales" }', N, "as a dictionary"),
           "kwargs", [("server_hostname", HOSTNAME), ("http_path", HTTP_PATH), ("access_token", "dapi1234567890ab1cde2f3ab456c7d89efa"), ("schema", "sales")],
           [("access_token", "dapi1234567890ab1cde2f3ab456c7d89efa")])
L(P, K, sn(K, R, 'ExecutorConfig: &DatabricksConfig{ Host: "https://featureform.cloud.databricks.com", Username: "featureformer", Password: "password", Cluster: "1115-164516-often242", Token: "dapi7301..." }', P,
           "as a stub object initializer"),
  'var executorConfig = new DatabricksConfig\n{\n    Host = "https://featureform.cloud.databricks.com",\n    Username = "featureformer",\n    Password = "password",\n'
  '    Cluster = "1115-164516-often242",\n    Token = "dapi7301681424db9cae6d0fd577c3c38dba",\n};', [("Token", "dapi7301681424db9cae6d0fd577c3c38dba")])

# =====================================================================================================================
# figma.yaml (S6765), typeform.yaml (S6768), shopify.yaml (S6769)
# =====================================================================================================================
for K, R, header, tok_p, tok_curl, env, api in (
        ("figma", "figma-personal-access-token", "X-FIGMA-TOKEN", "figd_OLDXZWOP4fxW4c9ER0xzxRda96M-f0eFwZpFQjHJ", "figd_npXCdkXBAY4mvFdLpQYZz-qV6DZcNLN8h_JvTdnN",
         "FIGMA_PERSONAL_ACCESS_TOKEN", "https://api.figma.com/v1/me"),
        ("typeform", "typeform-personal-access-token", "Authorization", "tfp_DEueEgDipkmx52r7rgU5EC7VC5K2MzzsR61ELEkqmh3Y_3mJqwKJ2vtfX5N",
         "tfp_FdqTmFJ38MTDFsa2aquC46uHtgay6iuG2bGHBvVmgJV4_gHKpMXPEnrdH", "TYPEFORM_PERSONAL_ACCESS_TOKEN", "https://api.typeform.com/forms")):
    use = (f'http.DefaultRequestHeaders.Add("{header}", token);' if header != "Authorization"
           else f'http.DefaultRequestHeaders.Authorization = new {AUTH}("Bearer", token);')
    for label, value in ((P, tok_p), (N, None)):
        peer = f"token = '{tok_p[:12]}...'" if value else f"token = os.getenv('{env}')"
        L(label, K, sn(K, R, f"{peer} / response = requests.get('{api}', headers={{'{header}': ..., 'Content-Type': 'application/json'}})", label, "as a local and a request header"),
          (f"var token = {cs_string(value)};" if value else f'var token = {ENV}("{env}");') + f"\n{HTTP}\n{use}\n_ = http.GetAsync(\"{api}\");",
          [("token", value)] if value else [])
    pre = "" if header != "Authorization" else "Bearer "
    for label, value in ((P, pre + tok_curl), (N, pre + "$" + env)):
        process(label, K, sn(K, R, f"curl -H '{header}: {value[:24]}...' '{api}'", label, "the command"), "curl", f'-H "{header}: {value}" "{api}"', [(header, value)])
K = "shopify"
SHOP = "https://test-shop.myshopify.example.org/admin/api/2021-07/shop.json"
PARTNERS = "https://partners.shopify.example.org/api/2021-10/graphql.json"
for R, api, label, value, env in (("shopify-app-access-token", SHOP, P, "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", None),
                                  ("shopify-app-access-token", SHOP, N, None, "SHOPIFY_ACCESS_TOKEN"),
                                  ("shopify-partners-api-token", PARTNERS, P, "prtapi_7932f30948b9b2a534b2b73bb5483091", None),
                                  ("shopify-partners-api-token", PARTNERS, N, None, "SHOPIFY_ACCESS_TOKEN")):
    peer = f"token = '{value}'" if value else f"token = os.getenv('{env}')"
    L(label, K, sn(K, R, f"{peer} / response = requests.get('{api}', headers={{'X-Shopify-Access-Token': token, ...}})", label, "as a local and a request header"),
      (f"var token = {cs_string(value)};" if value else f'var token = {ENV}("{env}");') + f'\n{HTTP}\nhttp.DefaultRequestHeaders.Add("X-Shopify-Access-Token", token);\n_ = http.GetAsync("{api}");',
      [("token", value)] if value else [])
VERIFY = ("static bool VerifyWebhook(byte[] data, string hmacHeader)\n{\n    using var hmac = new System.Security.Cryptography.HMACSHA256(System.Text.Encoding.UTF8.GetBytes(CLIENT_SECRET));\n"
          "    var computedHmac = System.Convert.ToBase64String(hmac.ComputeHash(data));\n    return computedHmac == hmacHeader;\n}")
R = "shopify-app-shared-secret"
M(P, K, sn(K, R, "CLIENT_SECRET = 'shpss_b4ef...' / def verify_webhook(data, hmac_header): ...", P, "as a constant and the verifying method"),
  f'const string CLIENT_SECRET = "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";\n{VERIFY}', [("CLIENT_SECRET", "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")])
M(N, K, sn(K, R, "CLIENT_SECRET = os.getenv('SHOPIFY_SHARED_SECRET') / def verify_webhook(data, hmac_header): ...", N, "as an environment read and the verifying method"),
  f'static readonly string CLIENT_SECRET = {ENV}("SHOPIFY_SHARED_SECRET");\n{VERIFY}')
M(N, K, sn(K, R, "CLIENT_SECRET = 'shpss_22222222220123456789012345678901'", N, "as a constant"), 'const string CLIENT_SECRET = "shpss_22222222220123456789012345678901";',
  [("CLIENT_SECRET", "shpss_22222222220123456789012345678901")])
R = "shopify-partners-cli-token"
for label, value in ((P, "atkn_8a780997d6981faba87fa0fab71b9dddceff964699ed59958842e571c7036aff"), (N, "${{ secrets.SHOPIFY_CLI_PARTNERS_TOKEN }}")):
    setenv(label, K, sn(K, R, f"(workflow) - name: Deploy env: # Token from the Partner Dashboard SHOPIFY_CLI_PARTNERS_TOKEN: {value[:30]}...", label, "as an environment variable with the comment"),
           [("SHOPIFY_CLI_PARTNERS_TOKEN", value)], [("SHOPIFY_CLI_PARTNERS_TOKEN", value)])

# =====================================================================================================================
# mapbox.yaml (S6988), openweathermap.yaml (S6652), spotify.yaml (S6652)
# =====================================================================================================================
K = "mapbox"
R = "mapbox-secret-token"
for label, value in ((P, "sk.eyJ1IjoiYnVya2Vob2xsYW5kIiwiYSI6IlhYWFhYWFhYLVJFTU9WRUQtWFhYWFhYWFgifQ.kVNHOX6UvgsTPS4BJebtLg"),
                     (N, "sk.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxx")):
    M(label, K, sn(K, R, f'MapBox: {{ ACCESS_TOKEN: "{value[:30]}..." }}', label, "as a nested class constant"),
      f"static class MapBox\n{{\n    public const string ACCESS_TOKEN = {cs_string(value)};\n}}", [("ACCESS_TOKEN", value)])
MB2 = "sk.eyJ1IjoicGludGVyZXN0IiwiYSI6IlJFTU9WRUQifQ.FCS6VzbiUVLenbkIf6MPRg"
L(P, K, sn(K, R, f'<meta-data android:name="com.pinterest.mapbox.ApiKey" android:value="{MB2}"/>', P, "as an XElement"),
  'System.Xml.Linq.XNamespace android = "http://schemas.android.com/apk/res/android";\n'
  f'var metaData = new System.Xml.Linq.XElement("meta-data",\n    new System.Xml.Linq.XAttribute(android + "name", "com.pinterest.mapbox.ApiKey"),\n    new System.Xml.Linq.XAttribute(android + "value", {cs_string(MB2)}));',
  [("android:value", MB2)])
MB3 = "sk.eyJ1IjoiZWxlbmFmZyIsImEiOiJYWFhYWFhYWFhYWC1SRU1PVkVELVhYWFhYWFhYWFhYWCJ9.NJIbqkYO3G2eV5tySbP48Q"
TILES = "http://a.tiles.mapbox.com/v4/mapbox.streets-satellite/{z}/{x}/{y}.png?access_token=" + MB3
inmem(P, K, sn(K, R, f"Name: AerialMapDisplay / Object URI: http://a.tiles.mapbox.com/...png?access_token={MB3[:20]}... / Topic: /new_fix", P, "as an in-memory configuration"),
      [("Name", "AerialMapDisplay"), ("Object URI", TILES), ("Topic", "/new_fix")], [("access_token", MB3)])
MB4 = "sk.eyJ1IjoiZXhhbXBsZSIsImEiOiJkdW1teSJ9.Y-qlJfzFzr3MGkOPPbtZ5g"
L(P, K, sn(K, R, f"token = '{MB4}' / from mapbox import Uploader", P, "as a local and an uploader stub"),
  f"var token = {cs_string(MB4)};\nvar uploader = new MapboxUploader(token);", [("token", MB4)])
MB5 = "sk.eyJ1IjoiZXhwbHIiLCJhIjoiWFhYWFhYWFgtUkVNT1ZFRC1YWFhYWFhYWCJ9.Qf1XIwZtjuKfmoKgzI4I5g"
inmem(P, K, sn(K, R, f"(gradle.properties) # org.gradle.jvmargs=-Xmx1536M / android.useAndroidX=true / ... / MAPBOX_DOWNLOADS_TOKEN='{MB5[:20]}...' / org.gradle.jvmargs=-Xmx1024m", P,
               "as an in-memory configuration (the quotes around the token dropped)"),
      [("android.useAndroidX", "true"), ("android.enableJetifier", "true"), ("android.enableD8", "true"), ("MAPBOX_DOWNLOADS_TOKEN", MB5), ("org.gradle.jvmargs", "-Xmx1024m")],
      [("MAPBOX_DOWNLOADS_TOKEN", MB5)])
MB6 = "sk.eyJ1IjoicmFqdWh0IiwiYSI6IlhYWFhYWFhYLVJFTU9WRUQtWFhYWFhYWFgifQ.kNdHkgfVGmSz6XPmmfG02A"
L(P, K, sn(K, R, f"L.tileLayer('http://tile.openstreetmap.org/{{z}}/{{x}}/{{y}}.png', {{ attribution: 'Map', maxZoom: 14, minZoom: 2, id: 'mapbox.streets', scrollWheelZoom: false, accessToken: '{MB6[:20]}...' }})", P,
           "as a stub options initializer"),
  f'var layer = TileLayer.Create("http://tile.openstreetmap.org/{{z}}/{{x}}/{{y}}.png", new TileLayerOptions\n{{\n    Attribution = "Map",\n    MaxZoom = 14,\n    MinZoom = 2,\n'
  f'    Id = "mapbox.streets",\n    ScrollWheelZoom = false,\n    AccessToken = {cs_string(MB6)},\n}});', [("accessToken", MB6)])
MB7 = "sk.eyJ1IjoibWthbGlzaCIsImEiOiJYWFhYWFhYWC1SRU1PVkVELVhYWFhYWFhYIn0.zP-JiYgZNAutHHNcHyG5zg"
inmem(P, K, sn(K, R, f"ckanext.spatial.common_map.type = mapbox / ...map_id = mapbox.high-contrast / ...access_token = {MB7[:20]}...", P, "(CKAN .ini) as an in-memory configuration"),
      [("ckanext.spatial.common_map.type", "mapbox"), ("ckanext.spatial.common_map.mapbox.map_id", "mapbox.high-contrast"), ("ckanext.spatial.common_map.mapbox.access_token", MB7)],
      [("ckanext.spatial.common_map.mapbox.access_token", MB7)])
K = "openweathermap"
OWM = "http://api.openweathermap.org/data/2.5/weather?q={}&units=imperial&appid=ae73acab47d0fc4b71b634d943b00518"
M(P, K, sn(K, "openweather-url-api-key", "def index(request): url = 'http://api.openweathermap.org/data/2.5/weather?q={}&units=imperial&appid=ae73...'", P, "as a method with the local"),
  f"string Index(string request)\n{{\n    var url = {cs_string(OWM)};\n    return string.Format(url.Replace(\"{{}}\", \"{{0}}\"), request);\n}}", [("appid", "ae73acab47d0fc4b71b634d943b00518")])
K = "spotify"
R = "spotify-api-secret"
consts(P, K, sn(K, R, '// Endpoints and credentials for the web api / static const char *spotify_client_id = "66cb..."; *spotify_client_secret = "f3fb..."; *spotify_scope = "playlist-read-private ..."', P,
                "as constants with the comment"),
       [("spotify_client_id", "66cbfb86aa994f258f6d6c061e706784"), ("spotify_client_secret", "f3fbd32510154334aaf0394aca3ac4c3"),
        ("spotify_scope", "playlist-read-private playlist-read-collaborative user-library-read user-read-private streaming")],
       [("spotify_client_secret", "f3fbd32510154334aaf0394aca3ac4c3")], ["Endpoints and credentials for the web api"])
L(N, K, sn(K, R, '// Spotify developer site: https://developer.spotify.com/dashboard/ / "client_id": "0123456789abcdef01234567890abcde", "client_secret": "0123456789abcdef01234567890abcde", "redirect_uri": "http://localhost:8765"', N,
           "as a dictionary with the comment"),
  f'// Spotify developer site:\n//   https://developer.spotify.com/dashboard/\nvar settings = new {DICT}\n{{\n    ["client_id"] = "0123456789abcdef01234567890abcde",\n'
  '    ["client_secret"] = "0123456789abcdef01234567890abcde",\n    ["redirect_uri"] = "http://localhost:8765",\n};', [("client_secret", "0123456789abcdef01234567890abcde")])
L(P, K, sn(K, R, "spotify = spotipy.Spotify(client_credentials_manager=SpotifyClientCredentials(client_id='66cb...', client_secret='f3fb...'))", P, "as client stubs"),
  'var spotify = new SpotifyClient(new SpotifyClientCredentials(clientId: "66cbfb86aa994f258f6d6c061e706784", clientSecret: "f3fbd32510154334aaf0394aca3ac4c3"));',
  [("client_secret", "f3fbd32510154334aaf0394aca3ac4c3")])

# =====================================================================================================================
# postmark.yaml (S6910), riot.yaml (S6704), pulumi, Equinix, Linode, OVH, Cloudera, Scaleway, DigitalOcean-Spaces, mws
# =====================================================================================================================
K = "postmark"
R = "postmark-server-token"
props(P, K, R, [("X-Postmark-Server-Token", "89d36b44-4c54-4623-91d9-b61f29b702f8")])
props(N, K, R, [("X-Postmark-Server-Token", getenv("POSTMARK_SERVER_TOKEN"))])
props(N, K, R, [("X-Postmark-Server-Token", "test6b44-4c54-4623-91d9-b61f29b702f8")])
process(P, K, sn(K, R, 'curl "https://api.postmarkapp.com/email" -X POST -H "Accept: application/json" -H "Content-Type: application/json" -H "X-Postmark-Server-Token: 6096..." -d "{From: ...}"', P, "the command"),
        "curl", "\"https://api.postmarkapp.com/email\" -X POST -H \"Accept: application/json\" -H \"Content-Type: application/json\" "
        "-H \"X-Postmark-Server-Token: 609638b1-6b86-486c-b98e-ba64de1ed1f5\" -d \"{From: 'mh@mapcentia.com', To: 'mh@mapcentia.com', Subject: 'Es stopping', HtmlBody: '<html><body>---</body></html>'}\"",
        [("X-Postmark-Server-Token", "609638b1-6b86-486c-b98e-ba64de1ed1f5")])
L(P, K, sn(K, R, "headers: { 'Accept': 'application/json', 'Content-Type': 'application/json', 'X-Postmark-Server-Token': 'fd55...' }", P, "as request headers"),
  f'{HTTP}\nhttp.DefaultRequestHeaders.Add("Accept", "application/json");\nhttp.DefaultRequestHeaders.Add("X-Postmark-Server-Token", "fd556647-8ee0-4b11-9777-23cf8b2cd7d9");',
  [("X-Postmark-Server-Token", "fd556647-8ee0-4b11-9777-23cf8b2cd7d9")])
K = "riot"
R = "riot-api-key"
L(P, K, sn(K, R, "watcher = RiotWatcher('RGAPI-924549e3-31a9-406e-9e92-25ed41206dce') / my_region = 'na1'", P, "as a client stub"),
  'var watcher = new RiotWatcher("RGAPI-924549e3-31a9-406e-9e92-25ed41206dce");\nvar my_region = "na1";', [("RiotWatcher", "RGAPI-924549e3-31a9-406e-9e92-25ed41206dce")])
L(N, K, sn(K, R, '// Create RiotApi instance from key string. / let api_key = std::env!("RGAPI_KEY"); // "RGAPI-01234567-89ab-cdef-0123-456789abcdef"; / let riot_api = RiotApi::new(api_key);', N,
           "as an environment read with the comment"),
  f'// Create RiotApi instance from key string.\nvar api_key = {ENV}("RGAPI_KEY"); // "RGAPI-01234567-89ab-cdef-0123-456789abcdef";\nvar riot_api = new RiotWatcher(api_key);')
K = "pulumi"
props(P, K, "pulumi", [("pulumi-token", "pul-c543210a5cf5dccabcdef263ea73148dc258b2f7")])
dict_local(N, K, sn(K, "pulumi", 'ItemFields: map[sdk.FieldName]string{ fieldname.Token: "pul-8s9b3qf8rx7x8x8pn03ibkemilm1zfs10example" }', N, "as a dictionary"), "ItemFields",
           [("Token", "pul-8s9b3qf8rx7x8x8pn03ibkemilm1zfs10example")], [("Token", "pul-8s9b3qf8rx7x8x8pn03ibkemilm1zfs10example")])
K = "equinix"
props(P, K, "equinix", [("equinix-token", "RFiDY1lH5TBXr2abCdEk2FYBMMS4")])
setenv(P, K, sn(K, "equinix", "export EQUINIX_API_TOKEN=GUStcauxJufVQP8H8BimCiAt08bQ", P, "as an environment variable"), [("EQUINIX_API_TOKEN", "GUStcauxJufVQP8H8BimCiAt08bQ")],
       [("EQUINIX_API_TOKEN", "GUStcauxJufVQP8H8BimCiAt08bQ")])
M(N, K, sn(K, "equinix", "public class VersionUpdatePromptViewModel : ReactiveObject", N, "re-typed (C# already), with an empty body"),
  "public class VersionUpdatePromptViewModel : ReactiveObject { }")
M(N, K, sn(K, "equinix", "class DiagonalGaussianDistribution(object): def __init__(self, parameters, deterministic=False):", N, "as a class with its constructor"),
  "class DiagonalGaussianDistribution\n{\n    public DiagonalGaussianDistribution(object parameters, bool deterministic = false) { }\n}")
K = "linode"
props(P, K, "linode", [("linode-token", "eb1429239d3a82b7d7f9dca569012e74e611b0fde840e7f6c9fe1735ac1258ca")])
props(N, K, "linode", [("hash", "eb1429239d3a82b7d7f9dca569012e74e611b0fde840e7f6c9fe1735ac1258ca")])
dict_local(N, K, sn(K, "linode", '"url": "http://downloads.sourceforge.net/sevenzip/7z922-x64.msi", "checksum": "c13c...", "package_name": "7-Zip 9.22 (x64 edition)"', N, "as a dictionary"),
           "package", [("url", "http://downloads.sourceforge.net/sevenzip/7z922-x64.msi"), ("checksum", "c13cf968070eab80373d2ed202e5cfa02eb982b64b7ff12e62209801f0feb2dd"),
                       ("package_name", "7-Zip 9.22 (x64 edition)")], [("checksum", "c13cf968070eab80373d2ed202e5cfa02eb982b64b7ff12e62209801f0feb2dd")])
dict_local(P, K, sn(K, "linode", '"scope": "linodes:read_write", "access_token": "89d9...", "token_type": "bearer"', P, "as a dictionary"), "token",
           [("scope", "linodes:read_write"), ("access_token", "89d991693e9c59aaeeb4f7d98c03e1287e0a1de2986746e93fd2a29ba8e2799a"), ("token_type", "bearer")],
           [("access_token", "89d991693e9c59aaeeb4f7d98c03e1287e0a1de2986746e93fd2a29ba8e2799a")])
K = "ovh"
props(P, K, "ovh", [("ovh-key", "EXEgWIz07P0HYwtQDs7cNIqCiQaWSuHF")])
inmem(P, K, sn(K, "ovh", "[ovh-eu] ; configuration specific to 'ovh-eu' endpoint / application_key=7kbG7Bk7S9Nt7ZSV / application_secret=EXEg... / consumer_key=MtSw...", P,
               "(ovh.conf) as an in-memory configuration"),
      [("ovh-eu:application_key", "7kbG7Bk7S9Nt7ZSV"), ("ovh-eu:application_secret", "EXEgWIz07P0HYwtQDs7cNIqCiQaWSuHF"), ("ovh-eu:consumer_key", "MtSwSrPpNjqfVSmJhLbPyr2i45lSwPU1")],
      [("application_secret", "EXEgWIz07P0HYwtQDs7cNIqCiQaWSuHF"), ("consumer_key", "MtSwSrPpNjqfVSmJhLbPyr2i45lSwPU1")])
M(N, K, sn(K, "ovh", "interface ChatCompletionSystemMessageParam {", N, "as an empty interface"), "interface ChatCompletionSystemMessageParam { }")
K = "cloudera"
props(P, K, "linode (Cloudera.yaml)", [("cloudera-access-key", "motvod88m3jnpdvkci0r3934rij5z7at")])
process(P, K, sn(K, "linode (Cloudera.yaml)", "curl -X POST http://modelservice.foobar.cloudera.com/model -d '{\"accessKey\": \"motvod88m3jnpdvkci0r3934rij5z7at\"}'", P, "the command"),
        "curl", "-X POST http://modelservice.foobar.cloudera.com/model -d \"{\\\"accessKey\\\": \\\"motvod88m3jnpdvkci0r3934rij5z7at\\\"}\"", [("accessKey", "motvod88m3jnpdvkci0r3934rij5z7at")])
HOSTH = "646nl7n1l46291xar6829k734y1x5991|b7440e60b07ee7b8044761568fab26e8|624d5be7be38418a3e2a818cc8b7029b|6b7412fb82ca5edfd0917e3957f05d89"
dict_local(N, K, sn(K, "linode (Cloudera.yaml)", '"headers": { "host-header": "646nl7n1l46291xar6829k734y1x5991¦b744...¦624d...¦6b74..." }', N, "as a dictionary"), "headers",
           [("host-header", HOSTH)], [("host-header", HOSTH)])
K = "scaleway"
props(P, K, "scaleway", [("scaleway-id", "SCWYGX3NJWHM615C0YHI"), ("scaleway-key", "2404784b-b2ff-436d-a59b-11922d6034cb")], pairs=[("scaleway-key", "2404784b-b2ff-436d-a59b-11922d6034cb")])
L(N, K, sn(K, "scaleway", 'self.assertEqual(image.name, "my_image") / self.assertEqual(image.id, "98bf3ac2-a1f5-471d-8c8f-1b706ab57ef0") / self.assertEqual(image.extra["arch"], "arm")', N, "as assertions"),
  'var image = new ScalewayImage();\nAssert.Equal(image.Name, "my_image");\nAssert.Equal(image.Id, "98bf3ac2-a1f5-471d-8c8f-1b706ab57ef0");\nAssert.Equal(image.Extra["arch"], "arm");',
  [("id", "98bf3ac2-a1f5-471d-8c8f-1b706ab57ef0")])
props(N, K, "scaleway", [("scaleway-id", "SCWYGX3NJWHM615C0YHI"), ("scaleway-key", "11111111-2222-3333-4444-555555555555")], pairs=[("scaleway-key", "11111111-2222-3333-4444-555555555555")])
K = "do-spaces"
props(P, K, "digitalocean-spaces", [("digitalocean-access-key", "DO00XKV5BH8TGTFZA9WE"), ("digitalocean-secret-key", "012x066q5mcVcJtQELV2jKo10ke8UkfPMARCXX2JwnE")],
      pairs=[("digitalocean-secret-key", "012x066q5mcVcJtQELV2jKo10ke8UkfPMARCXX2JwnE")])
M(N, K, sn(K, "digitalocean-spaces", 'digitalocean = "digitalocean" / DistributionMethodDistributionMethodInvalid = 0', N, "as constants"),
  'const string digitalocean = "digitalocean";\nconst int DistributionMethodDistributionMethodInvalid = 0;')
INTEGRITY = "sha512-ufOyRnDEfoOVVSAAaXwB0VC64CuqbvR4YcTfsSw8CSh/hCPTSGfrXCOfwj1ow4LFb/tNymJPwsNbVePc1xFqrQ=="
dict_local(N, K, sn(K, "digitalocean-spaces", '"node_modules/@ungap/structured-clone": { "version": "1.2.0", "resolved": "https://registry.npmjs.org/...", "integrity": "sha512-ufOy...", "dev": true }', N,
                    "as a dictionary"), "package",
           [("version", "1.2.0"), ("resolved", "https://registry.npmjs.org/@ungap/structured-clone/-/structured-clone-1.2.0.tgz"), ("integrity", INTEGRITY), ("dev", "true")],
           [("integrity", INTEGRITY)])
K = "mws"
R = "mws-auth-token"
props(N, K, R, [("mws-key", "amzn.mws.aaaaaaaa-1111-5770-5bad-19bd40c0ac65")])
props(P, K, R, [("mws-key", "amzn.mws.3b8be74a-5f63-5770-5bad-19bd40c0ac65")])
props(N, K, R, [("mws-key", getenv("MWS_KEY"))])
setenv(P, K, sn(K, R, "export MWS_TOKEN=amzn.mws.4ea38b7b-f563-7709-4bae-12ba540c0ac5", P, "as an environment variable"), [("MWS_TOKEN", "amzn.mws.4ea38b7b-f563-7709-4bae-12ba540c0ac5")],
       [("MWS_TOKEN", "amzn.mws.4ea38b7b-f563-7709-4bae-12ba540c0ac5")])
MWS_N = ["amz.mws.4ea38b7b-f563-7709-4bae-12ba540c0ac5\"", "blamzn.mws.4ea38b7b-f563-7709-4bae-12ba540c0ac5\"", "amzn.mws.4ea38b7b-f563-7709-4bae-12ba540c0ac52222222222222\""]
L(N, K, sn(K, R, 'export MWS_TOKEN=amz.mws.4ea3...", / // extra characters before / export MWS_TOKEN=blamzn.mws.4ea3...", / // extra characters after / export MWS_TOKEN=amzn.mws.4ea3...c52222222222222"', N,
           "as environment variables with the comments (the trailing quotes kept)"),
  f'{w12.SETENV}("MWS_TOKEN", {cs_string(MWS_N[0])});\n// extra characters before\n{w12.SETENV}("MWS_TOKEN", {cs_string(MWS_N[1])});\n'
  f'// extra characters after\n{w12.SETENV}("MWS_TOKEN", {cs_string(MWS_N[2])});', [("MWS_TOKEN", v) for v in MWS_N])

# =====================================================================================================================
# huawei-cloud.yaml (S7004), ibm-cloudant.yaml (S7025), tencent-cloud.yaml (S7007), wechat.yaml (S6695)
# =====================================================================================================================
K = "huawei"
R = "huawei-cloud-app-secret"
for prefix, secret in (("alpakka.huawei.pushkit", "a711a9b89b79595b4e26b481095f1c857caf76385a111083152d320954eafd76"),
                       ("pekko.connectors.huawei.pushkit", "a620c4f20c37963c2a92b475265b3a556cfb07827d571106673a425984dcfd02")):
    inmem(P, K, sn(K, R, f'// #init-credentials / {prefix} {{ app-id: "105260069" app-secret: "{secret[:16]}..." }}', P, "(HOCON) as an in-memory configuration"),
          [(f"{prefix.replace('.', ':')}:app-id", "105260069"), (f"{prefix.replace('.', ':')}:app-secret", secret)], [("app-secret", secret)])
L(P, K, sn(K, R, '// appId: Indicates the unique ID of a Huawei app. / "appId": "102710907", / // appSecret: Indicates the private key of a Huawei app. / "appSecret": "cb5d..."', P,
           "as a dictionary with the comments"),
  f'var app = new {DICT}\n{{\n    // appId: Indicates the unique ID of a Huawei app.\n    ["appId"] = "102710907",\n    // appSecret: Indicates the private key of a Huawei app.\n'
  '    ["appSecret"] = "cb5dc67f7acb70291be014f3637174928c3c2563fce671292852b3d6a8dc6729",\n};', [("appSecret", "cb5dc67f7acb70291be014f3637174928c3c2563fce671292852b3d6a8dc6729")])
K = "cloudant"
R = "ibm-cloudant-password"
CLOUDANT1 = ('{\n  "apikey": "MxVp86XHkU82Wc97tdvDF8qM8B0Xdit2RqR1mGfVXPWz",\n  "host": "76838001-b883-444d-90d0-46f89e942a15-bluemix.cloudant.com",\n'
             '  "iam_apikey_description": "Auto generated apikey during resource-key [...]",\n  "iam_apikey_name": "auto-generated-apikey-050d21b5-5f[...]",\n'
             '  "iam_role_crn": "crn:v1:bluemix:public:iam::::serviceRole:Manager",\n  "iam_serviceid_crn": "crn:v1:staging:public:iam-identity::[...]",\n'
             '  "password": "8fb6a16b48903e87b769e7f4968521e85c2394ed8f0e69b2769e56dcb27d2e76",\n  "port": 443,\n'
             '  "url": "https://<username>:<password>@76838001-b883-444d-90d0-46f89e942a15-bluemix.cloudant.com",\n  "username": "apikey-v2-58B528DF5397465BB6673E1B79482A8C"\n}')
CLOUDANT3 = ('{\n  "apikey": "[...]",\n  "host": "https://[...]-bluemix.cloudantnosqldb.appdomain.cloud",\n  "iam_apikey_description": "Auto-generated for key [...]",\n'
             '  "iam_apikey_name": "Service credentials-1",\n  "iam_role_crn": "crn:v1:bluemix:public:iam::::serviceRole:Manager",\n'
             '  "iam_serviceid_crn": "crn:v1:bluemix:[...]::serviceid/ServiceId-[...]",\n  "password": "c2c11651d75497fa3d3c486e4c8bdf27",\n  "port": 443,\n'
             '  "url": "https://<username>:<password>@[...]-bluemix.cloudantnosqldb.appdomain.cloud",\n  "username": "apikey-v2-2unu15184f7o8emr90xlqgkm2ncwhbltml6tgnjl9sd5"\n}')
CLOUDANT4 = ('{\n  "host": "https://[...]-bluemix.cloudantnosqldb.appdomain.cloud",\n  "password": "00000651d75497fa3d3c486e4c8bdf27",\n'
             '  "url": "https://<username>:<password>@[...]-bluemix.cloudantnosqldb.appdomain.cloud",\n  "username": "apikey-v2-2unu15184f7o8emr90xlqgkm2ncwhbltml6tgnjl9sd5"\n}')
for label, text, pw in ((P, CLOUDANT1, "8fb6a16b48903e87b769e7f4968521e85c2394ed8f0e69b2769e56dcb27d2e76"), (P, CLOUDANT3, "c2c11651d75497fa3d3c486e4c8bdf27"),
                        (N, CLOUDANT4, "00000651d75497fa3d3c486e4c8bdf27")):
    L(label, K, sn(K, R, f'{{ ... "password": "{pw[:12]}...", "url": "https://<username>:<password>@...", "username": "apikey-v2-..." }} (service credentials)', label,
                   "as the service-credentials JSON a stub parses"),
      f"var credentials = CloudantCredentials.FromJson({cs_verbatim(text)});", [("password", pw)])
setenv(P, K, sn(K, R, 'export CLOUDANT_USERNAME="67d28e47-...-bluemix" / export CLOUDANT_PASSWORD="10db..."', P, "as environment variables"),
       [("CLOUDANT_USERNAME", "67d28e47-8f82-4945-9029-bd2202bd7eb3-bluemix"), ("CLOUDANT_PASSWORD", "10db3f279df241bad2a9692a6a412f80bf3cadba00ace324a1cf6f159f00d019")],
       [("CLOUDANT_PASSWORD", "10db3f279df241bad2a9692a6a412f80bf3cadba00ace324a1cf6f159f00d019")])
K = "tencent"
R = "tencent-cloud-secret"
setenv(P, K, sn(K, R, "TENCENT_APP_ID=1256137927 / TENCENT_SECRET_ID=AKIDW3web9wDuMaYFp5zK3B7t0KXriGgblUH / TENCENT_SECRET_KEY=LknV...", P, "as environment variables"),
       [("TENCENT_APP_ID", "1256137927"), ("TENCENT_SECRET_ID", "AKIDW3web9wDuMaYFp5zK3B7t0KXriGgblUH"), ("TENCENT_SECRET_KEY", "LknVvK0SzReRFj6Ei2cnF0ThAtq1uycS")],
       [("TENCENT_SECRET_KEY", "LknVvK0SzReRFj6Ei2cnF0ThAtq1uycS")])
inmem(P, K, sn(K, R, '"tencent": { "credentials": { "sessionToken": "42f8...", "tmpSecretId": "AKIDtd9Q...", "tmpSecretKey": "FhE2..." } }', P, "as an in-memory configuration"),
      [("tencent:credentials:sessionToken", "42f8151428b3960b1226f421b8f271c6242ad02c3"), ("tencent:credentials:tmpSecretId", "AKIDtd9QSGWBI7tSmrhmLPx3gnPJgohLtvpT"),
       ("tencent:credentials:tmpSecretKey", "FhE2ESJjTRAiRhtNo69eEGVAf75aEcun")], [("tmpSecretKey", "FhE2ESJjTRAiRhtNo69eEGVAf75aEcun")])
inmem(P, K, sn(K, R, "Tencent ID: 200001 / Bucket: newbucket / Secret ID: AKIDUfLU... / Secret Key: dHtI...", P, "as an in-memory configuration"),
      [("Tencent ID", "200001"), ("Bucket", "newbucket"), ("Secret ID", "AKIDUfLUEUigQiXqmvWS5X53AnuaiIKtxqAv"), ("Secret Key", "dHtIzy91YL07WJ29qvSwTyHgCwDmZvnH")],
      [("Secret Key", "dHtIzy91YL07WJ29qvSwTyHgCwDmZvnH")])
inmem(P, K, sn(K, R, "# Tencent / GameId: 1794235 / SecretId: AKIDz8kr... / SecretKey: Ud8p...", P, "as an in-memory configuration"),
      [("GameId", "1794235"), ("SecretId", "AKIDz8krbsJ5yKBZQpn74WFk7CVSspKJhESA"), ("SecretKey", "Ud8p1rFNUOdl38ba75kqVCBX1Usyq4zF")], [("SecretKey", "Ud8p1rFNUOdl38ba75kqVCBX1Usyq4zF")])
setenv(N, K, sn(K, R, "export TENCENTCLOUD_SECRET_ID=AKIDOaWCckbC000000000000000000000000 / export TENCENTCLOUD_SECRET_KEY=qQxmZ5JG000000000000000000000000", N, "as environment variables"),
       [("TENCENTCLOUD_SECRET_ID", "AKIDOaWCckbC000000000000000000000000"), ("TENCENTCLOUD_SECRET_KEY", "qQxmZ5JG000000000000000000000000")],
       [("TENCENTCLOUD_SECRET_KEY", "qQxmZ5JG000000000000000000000000")])
K = "wechat"
R = "wechat-app-key"
SCHEMA = '[Schema(Description = "公众号 appId", RequiredMode = SchemaRequiredMode.Required, Example = "wx8b3a83d0f4efa807")]'
for label, stmt, peer in ((P, 'props["secret_key"] = "40b6b70508b47cbfb4ee39feb617a05a";', 'props.set("secret_key", "40b6...")'),
                          (N, f'props["secret_key"] = {ENV}("SECRET_KEY");', 'props.set("secret_key", System.getenv("SECRET_KEY"))')):
    M(label, K, sn(K, R, f'@Schema(description = "公众号 appId", ..., example = "wx8b3a83d0f4efa807") / {peer}', label, "as an annotated property and a settings dictionary entry"),
      f"{SCHEMA}\npublic string AppId {{ get; set; }}\n\nvoid Configure({DICT} props)\n{{\n    {stmt}\n}}",
      [("secret_key", "40b6b70508b47cbfb4ee39feb617a05a")] if label == P else [])
M(P, K, sn(K, R, '@Schema(description = "公众号 appId", ..., example = "wx8b3a83d0f4efa807") @NotEmpty(...) private String appId; @Schema(description = "公众号密钥", ..., example = "40b6...") @NotEmpty(...)', P,
           "as annotated properties"),
  f'{SCHEMA}\n[NotEmpty(Message = "公众号 appId 不能为空")]\nprivate string appId;\n\n'
  '[Schema(Description = "公众号密钥", RequiredMode = SchemaRequiredMode.Required, Example = "40b6b70508b47cbfb4ee39feb617a05a")]\n[NotEmpty(Message = "公众号密钥不能为空")]\nprivate string secret;',
  [("example", "40b6b70508b47cbfb4ee39feb617a05a")])
L(N, K, sn(K, R, 'var appId = "wxdc4e0888857e858d"; var nonceStr = "2858..."; var package = "prepay_id=wx2017..."; var paySign = "BAF4..."; var timeStamp = "1513219805815"; ... wx.requestPayment({ timeStamp, nonceStr: "e614...", package: ... })', N,
           "as locals and an anonymous object"),
  'var appId = "wxdc4e0888857e858d";\nvar nonceStr = "2858338391442441211798337075320";\nvar package = "prepay_id=wx20171214105006b93f3bb9e90854903185";\n'
  'var paySign = "BAF449D858CFD0CE6D488146DEF41A64";\nvar timeStamp = "1513219805815";\n'
  'var payment = new { timeStamp = "1395712654", nonceStr = "e61463f8efa94090b1f366cccfbbb444", package = "prepay_id=u802345jgfjsdfgsdg888" };',
  [("paySign", "BAF449D858CFD0CE6D488146DEF41A64"), ("nonceStr", "e61463f8efa94090b1f366cccfbbb444")])

# =====================================================================================================================
# yandex.yaml (S6760), zuplo.yaml (S6753), sonarqube.yaml, splunk.yaml (S6995), shippo.yaml (S6777)
# =====================================================================================================================
K = "yandex"
Y3 = "y3_Vdheub7w9bIut67GHeL345gfb5GAnd3dZnf08FRbvjeUFvetYiohGvc"
T1 = ("t1.7euelSbPyceKx87JqpuRl1qZiY-Ryi3rnpWaksrKaZqUppnLncmDnpeajZvl8_dZNAFl-e8ENXMH_t3z9xljfmT57wQ1cwf-."
      "-LErty1vRh4S__VEp-aDnM5huB5MEfm_Iu1u2IzNgyrn0emiWDYA6rSQXDvzjE0O3HBbUlqoDeCmXYYInzZ6Cg")
for label, R, value in ((P, "yandex_oauth_token", Y3), (P, "yandex_iam_token", T1)):
    L(label, K, sn(K, R, f"Authorization: Bearer {value[:24]}...", label, "as an Authorization header"),
      f'{HTTP}\nhttp.DefaultRequestHeaders.Authorization = new {AUTH}("Bearer", {cs_string(value)});', [("Authorization", value)])
L(N, K, sn(K, "yandex_oauth_token", "py3_suffix", N, "a bare value, as a local with a neutral name"), 'var yandex = "py3_suffix";')
K = "zuplo"
L(P, K, sn(K, "zuplo-api-key", "Authorization: Bearer zpka_8b38...", P, "as an Authorization header"),
  f'{HTTP}\nhttp.DefaultRequestHeaders.Authorization = new {AUTH}("Bearer", "zpka_8b388ab3bbe7256bdb084158d4b3fa6c_82659d60");',
  [("Authorization", "zpka_8b388ab3bbe7256bdb084158d4b3fa6c_82659d60")])
L(N, K, sn(K, "zuplo-api-key", 'value="1239825619-KN3hBPxd3RIieYiAwbhfUxzwfpwstnGEBLBZPKa_iwY"', N, "as a local"), 'var value = "1239825619-KN3hBPxd3RIieYiAwbhfUxzwfpwstnGEBLBZPKa_iwY";',
  [("value", "1239825619-KN3hBPxd3RIieYiAwbhfUxzwfpwstnGEBLBZPKa_iwY")])
K = "sonarqube"
for label, values, rule in ((N, ["sqp_sonarqube_token", "sqp_" + "x" * 40], "Sxxxx (sq[apu]_ tokens)"), (P, ["sqp_b4556a16fa2d28519d2451a911d2e073024010bc"], "Sxxxx (sq[apu]_ tokens)"),
                            (N, ["sonarqube_token", "x" * 40], "Sxxxx (sonar ... 40 hex)"), (P, ["9acf34ff1e738bcd6d5daf102a8cfcb8a158e44e"], "Sxxxx (sonar ... 40 hex)")):
    L(label, K, sn(K, rule, " / ".join(f"sonar.login={v}" for v in values), label, "as sonar-scanner -D arguments"),
      "\n".join(f'System.Diagnostics.Process.Start("sonar-scanner", {cs_string("-Dsonar.login=" + v)});' for v in values), [("sonar.login", v) for v in values])
K = "splunk"
R = "splunk-hec-token"
L(P, K, sn(K, R, 'SplunkHECEndpoint endpoint = getMandatoryEndpoint("splunk-hec:localhost:8088?token=9b20...", SplunkHECEndpoint.class);', P, "as the same call on a stub"),
  'var endpoint = Endpoints.GetMandatoryEndpoint("splunk-hec:localhost:8088?token=9b20e83f-3a7a-8bab-13be-a866ed22fecd", typeof(SplunkHECEndpoint));',
  [("token", "9b20e83f-3a7a-8bab-13be-a866ed22fecd")])
for label, entries, secret in ((N, [("token", "11111111-2222-3333-4444-555555555555"), ("host", "my-hec-host")], "11111111-2222-3333-4444-555555555555"),):
    inmem(label, K, sn(K, R, "splunk: hec: " + " / ".join(f"{k}: {v}" for k, v in entries), label, "as an in-memory configuration"),
          [(f"splunk:hec:{k}", v) for k, v in entries], [("token", secret)])
dict_local(P, K, sn(K, R, '"splunk.hec.uri": "http://$SPLUNK_HOSTNAME:$SPLUNK_PORT", "splunk.hec.token": "1677...",', P, "as a dictionary"), "config",
           [("splunk.hec.uri", "http://$SPLUNK_HOSTNAME:$SPLUNK_PORT"), ("splunk.hec.token", "16770163-9fe5-8ce9-0565-c45b65f99422")],
           [("splunk.hec.token", "16770163-9fe5-8ce9-0565-c45b65f99422")])
inmem(P, K, sn(K, R, '"splunk-hec-logging": { "endpoint": { "uri": "http://127.0.0.1:8088/services/collector", "token": "FC32...", "channel": "FE0E...", "timeout": 60 } }', P,
               "as an in-memory configuration"),
      [("splunk-hec-logging:endpoint:uri", "http://127.0.0.1:8088/services/collector"), ("splunk-hec-logging:endpoint:token", "FC327518-08FB-8DA8-43BB-54078AB1940D"),
       ("splunk-hec-logging:endpoint:channel", "FE0ECFAD-13D5-401B-847D-77833BD77131"), ("splunk-hec-logging:endpoint:timeout", "60")],
      [("token", "FC327518-08FB-8DA8-43BB-54078AB1940D")])
SPLUNK_JWT = ("eyMgnTLeIoYozDr5txods5QgjjG3FeqtRFseBpakJVW6APTvOPM8ISMsDkO3JfDzBpX8jCMqJkEiiME7tQZooZ.eyXhv2OsZuQyWL5svlIxol4yJSMcOtseceWqMbD0FyX8EhVizNsyAggyGOFyZekhT9LdtkhyyTurSOElWYIfAeQHtEm0wiksCXUupJzrTeKhZrnzSTN6NCI8TAEwNXV8KmO9EKDgJCX1YNV2XnPyU8X4RPCtJyFiDALvCBQwRXHoJJK8Y3XgB9WdASQiDMSoDstqhQT7YfzkLwD0WYI5AoChDAUxaZMmSyA7IQH9Cnl3LXArFb2onyN7JUZ2UGesRxw8LG5"
              ".NVTtzgq01tiUnCsu9Tpgiw9CHwhvThND3bVGm4vS4PKAf0AsCGfnfp6OKsKGIwenqLwkpv4ezK9DTLtd7xPd7t")
inmem(P, K, sn(K, "splunk-api-token", '[Splunk "splunk1"] # This is just a dummy token... / Token=`eyMgnTLe...` / # Specifies the Splunk server. ... / Server=splunk.example.org', P,
               "as an in-memory configuration (the backquotes dropped)"),
      [("Splunk:splunk1:Token", SPLUNK_JWT), ("Splunk:splunk1:Server", "splunk.example.org")], [("Token", SPLUNK_JWT)])
K = "shippo"
for label, value in ((N, "shippo_test_f2c650047482a385c51813a4618868af5d413a44"), (P, "shippo_live_258d9b4c41a8cb88ca7fb4b12c65083f658435ac")):
    L(label, K, sn(K, "shippo-token", value, label, "a bare value, as a local with a neutral name"), f"var shippo = {cs_string(value)};", [("shippo", value)])

# =====================================================================================================================
# vultr.yaml (S6993), wakatime.yaml (S6764), ubidots.yaml (S6990)
# =====================================================================================================================
K = "vultr"
R = "vultr-t2-pat"
HASHES = "7B97CBFF73796E9FE8EDA7592D55C8F0A5C9/E58EBE82A45B9B1FBA6E08FDC33B481372E9/E7432206BAF0C125F08A59A9CDF1C9BE39D7"
M(N, K, sn(K, R, "# This is text that matches the regex but should not be considered a token / class SONARTYPETHATISUSEFULFORSOMEREASONSS0 / def do_this() print(vultr)", N,
           "as a class with the comment"),
  "// This is text that matches the regex but should not be considered\n// a token\nclass SONARTYPETHATISUSEFULFORSOMEREASONSS0\n{\n    object vultr;\n"
  "    void do_this() => System.Console.WriteLine(vultr);\n}")
M(N, K, sn(K, R, "# Close enough, but not a token either / class SONARTYPETHATISUSEFULFORSOMEREASONSS0 / def do_this() print(vultr) / def print_key() print(key)", N, "as a class with the comment"),
  "// Close enough, but not a token either\nclass SONARTYPETHATISUSEFULFORSOMEREASONSS0\n{\n    object vultr;\n    object key;\n"
  "    void do_this() => System.Console.WriteLine(vultr);\n    void print_key() => System.Console.WriteLine(key);\n}")
M(N, K, sn(K, R, f'# A random enough string, but too far / some_random_hash_like_string = "{HASHES[:20]}..." / def some_function() ... / class MyClass ... print(vultr) ... print(key)', N,
           "as a field and classes"),
  f"// A random enough string, but too far\nconst string some_random_hash_like_string = {cs_string(HASHES)};\n\nvoid some_function() => do_this();\nvoid do_this() {{ }}\n\n"
  "class MyClass\n{\n    object vultr;\n    object key;\n    void do_this() => System.Console.WriteLine(vultr);\n    void print_data() => System.Console.WriteLine(key);\n}",
  [("some_random_hash_like_string", HASHES)])
L(P, K, sn(K, R, 'key = "E58EBE82A45B9B1FBA6E08FDC33B481372E9" / VultrApp(key)', P, "as a local and a stub call"),
  'var key = "E58EBE82A45B9B1FBA6E08FDC33B481372E9";\nVultrApp.Run(key);', [("key", "E58EBE82A45B9B1FBA6E08FDC33B481372E9")])
M(N, K, sn(K, R, f'# A random enough string, base64-like ... / some_random_hash_like_string = "{HASHES[:20]}..." / random_business_name_key = MarkovUltraChain', N,
           "as fields with the comments"),
  "// A random enough string, base64-like\n// Worst-case scenario because the provider name is included in the\n// weird string below but has nothing to do with it\n"
  f"const string some_random_hash_like_string = {cs_string(HASHES)};\nstatic readonly System.Type random_business_name_key = typeof(MarkovUltraChain);",
  [("some_random_hash_like_string", HASHES)])
props(P, K, R, [("vultr-api-key", "7EPOWN4BMA7GXWXJTWTFE3DAZHPW63UIN46H")])
props(N, K, R, [("vultr-api-key", getenv("VULTR_API_KEY"))])
L(P, K, sn(K, R, 'VULTR_API_KEY=TZHB... / curl "https://api.vultr.com/v2/account" -X GET -H "Authorization: Bearer ${VULTR_API_KEY}"', P, "as an environment variable and the command"),
  f'{w12.SETENV}("VULTR_API_KEY", "TZHBG7WPPEEXD6HF7AW6TN4A43WUM3WIOXNJ");\n'
  'System.Diagnostics.Process.Start("curl", "\\"https://api.vultr.com/v2/account\\" -X GET -H \\"Authorization: Bearer ${VULTR_API_KEY}\\"");',
  [("VULTR_API_KEY", "TZHBG7WPPEEXD6HF7AW6TN4A43WUM3WIOXNJ")])
K = "wakatime"
WT = "ez0kI3tQlYVvYSJOAjoI5n3PpyG69HQl91TZKFjSdb0X0XXgY7dahXiPpAhYL2kNxqDBzHuHNuzCPr5d"
for R, name, prefix, other in (("wakatime_oauth_token", "token", "waka_tok_", "eZ9kI3tQlYVvYSJO"), ("wakatime_refresh_token", "token", "waka_ref_", "ez0kI3tQlYVvYSJO"),
                               ("wakatime_oauth_secret", "secret", "waka_sec_", "ez0kI3tQlYVvYSJO")):
    inmem(P, K, sn(K, R, f"{name}={prefix}{WT[:16]}...", P, "as an in-memory configuration"), [(name, prefix + WT)], [(name, prefix + WT)])
    neg = f"{prefix}ez0kI3tQlYVvYSJO;other={other}"
    inmem(N, K, sn(K, R, f"token={neg}", N, "as an in-memory configuration"), [("token", neg)], [("token", neg)])
K = "ubidots"
for label, R, var, value in ((P, "ubidots-api-key", "KEY", "BBFI-e0fa0258f334c0a74740db590541a04451d"), (P, "ubidots-api-token", "TOKEN", "BBJP-koikouzpspotdgeobqqhjvykxjuegyr")):
    setenv(label, K, sn(K, R, f"MQTT_CLIENT_NAME=al49mw880j / {var}={value} / DEVICE_LABEL=Wio-Terminal", label, "as environment variables"),
           [("MQTT_CLIENT_NAME", "al49mw880j"), (var, value), ("DEVICE_LABEL", "Wio-Terminal")], [(var, value)])
for R, value, comment in (("ubidots-api-key", "BBOQ-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "Not API-key"), ("ubidots-api-token", "BBFF-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "Not API-token")):
    M(N, K, sn(K, R, f"UBIDOTS_TOKEN = '{value}' # {comment} / UBIDOTS_MQTT_URL = 'industrial.api.ubidots.com'", N, "as constants with the comment"),
      f'const string UBIDOTS_TOKEN = {cs_string(value)}; // {comment}\nconst string UBIDOTS_MQTT_URL = "industrial.api.ubidots.com";', [("UBIDOTS_TOKEN", value)])

STUBS = """public class ClarifaiOptions { public string ApiKey { get; set; } }
public class ClarifaiApp { public ClarifaiApp(ClarifaiOptions options) { } }
public class DatabricksConfig { public string Host { get; set; } public string Username { get; set; } public string Password { get; set; } public string Cluster { get; set; } public string Token { get; set; } }
public class MapboxUploader { public MapboxUploader(string token) { } }
public class TileLayerOptions { public string Attribution { get; set; } public int MaxZoom { get; set; } public int MinZoom { get; set; } public string Id { get; set; } public bool ScrollWheelZoom { get; set; } public string AccessToken { get; set; } }
public static class TileLayer { public static object Create(string url, TileLayerOptions options) => options; }
public class SpotifyClientCredentials { public SpotifyClientCredentials(string clientId, string clientSecret) { } }
public class SpotifyClient { public SpotifyClient(SpotifyClientCredentials credentials) { } }
public class RiotWatcher { public RiotWatcher(string apiKey) { } }
public class ReactiveObject { }
public class ScalewayImage { public string Name { get; set; } public string Id { get; set; } public System.Collections.Generic.Dictionary<string, string> Extra { get; } = new System.Collections.Generic.Dictionary<string, string>(); }
public static class Assert { public static void Equal(string expected, string actual) { } }
public class CloudantCredentials { public static CloudantCredentials FromJson(string json) => new CloudantCredentials(); }
public enum SchemaRequiredMode { Auto, Required }
[System.AttributeUsage(System.AttributeTargets.All)] public class SchemaAttribute : System.Attribute { public string Description { get; set; } public SchemaRequiredMode RequiredMode { get; set; } public string Example { get; set; } }
[System.AttributeUsage(System.AttributeTargets.All)] public class NotEmptyAttribute : System.Attribute { public string Message { get; set; } }
public class SplunkHECEndpoint { }
public static class Endpoints { public static object GetMandatoryEndpoint(string uri, System.Type type) => uri; }
public static class VultrApp { public static void Run(string key) { } }
public class MarkovUltraChain { }"""

if __name__ == "__main__":
    write_checked_set(
        HERE, check_repeats, PAIRS, CASE_PAIRS, family,
        "csharp-secrets-13.txt",
        "# Held-out C# secrets set 13 (AKS2001/AKS2002): reduced .NET shapes of SonarSource/sonar-text secret-rule examples "
        "(providers no earlier set used), labelled by the peer.",
        "# Format: README.md ('C# secrets, set 13'). Written by write_csharp_secrets_13.py (provenance and selection rules in "
        "set13_sources.py). '=== stubs' is compiled with every case.",
        "written for this set (stand-ins for the client libraries the peer examples use)",
        STUBS,
        CASES,
    )

#!/usr/bin/env python3
"""Writes config-secrets-13.txt: the thirteenth held-out AKS2003 set, see README.md ('Configuration files, set 13').

Built with C# set 13 (same day, base commit, source and selection rules; provenance in set13_sources.py) and committed
with its wiring before AKS2003 ran on it (a blind figure for the rules of 418322c). Shapes are set 12's, made by set 12's
own helpers (write_config_secrets_12.py, imported and re-pointed at set 13 by set13_sources.set13_helpers):

- a named value (`props.set("name", value)`, a constant, a #define, an assignment) becomes one member, alternately
  appsettings.json and config.yaml (alternating separately for positives and negatives); a bare peer value gets a
  neutral name after its service (`shippo`, `yandex`), noted;
- properties, INI, HOCON, dictionaries and other key=value groups become the same keys and values as members of one file
  (the labelled line the one with the value the peer matches; the other lines are the rest-of-file unit);
- environment-variable assignments (shell export, .env) become a docker-compose.yml service `environment:` mapping, the
  labelled variable's line labelled (a list when the peer repeats one variable);
- command lines (curl, sonar-scanner) become pipeline `script:` steps;
- peer text that already is YAML or JSON (workflows, service credentials, header lines, fragments) is kept in that form,
  re-typed, completed to a whole JSON object where the peer shows a fragment; XML settings become the same attributes as
  YAML members.

Code-only shapes (environment reads, client constructors, class and interface declarations, assertions, annotations,
HTTP headers set in code next to a local, doc comments) are C# only.
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from set13_sources import SONAR, P, N, family, check_repeats, yaml_scalar, set13_helpers  # noqa: E402
from config_set_writer import js, write_config_set  # noqa: E402
import write_config_secrets_12 as c12  # noqa: E402

set13_helpers(c12, SONAR, "CASES", "PAIRS")
c12.turn.update({P: 0, N: 0})
CASES, PAIRS = c12.CASES, c12.PAIRS
sn, members, member, compose, script, raw, props = c12.sn, c12.members, c12.member, c12.compose, c12.script, c12.raw, c12.props
J, Y, C = c12.J, c12.Y, c12.C

# ---- adafruit, alchemy, infura, zapier ----
K = "adafruit"
R = "adafruit-io-api-key"
members(N, K, sn(K, R, '"secret_type": "adafruit_io_key", "secret_type_display_name": "Adafruit IO Key", "secret": "aio_XXXX..."', N, "the members"),
        [("secret_type", "adafruit_io_key"), ("secret_type_display_name", "Adafruit IO Key"), ("secret", "aio_" + "X" * 28)], secret="secret")
members(P, K, sn(K, R, '#define AIO_SERVER "io.adafruit.com" / AIO_SERVERPORT 1883 / AIO_USERNAME "jumbokh" / AIO_KEY "aio_QKBS..."', P, "the #defines"),
        [("AIO_SERVER", "io.adafruit.com"), ("AIO_SERVERPORT", "1883"), ("AIO_USERNAME", "jumbokh"), ("AIO_KEY", "aio_QKBS76kjZALsM2Ik6Gi4NdT1jbZ4")], secret="AIO_KEY")
member(P, K, sn(K, R, "ADAFRUIT_IO_KEY = 'aio_HCSr...'", P, "the assignment"), "ADAFRUIT_IO_KEY", "aio_HCSr14XC4YgO0R0l3uNcgP8NCm1J")
member(P, K, sn(K, R, '#define IO_KEY "aio_vYoL..."', P, "the #define"), "IO_KEY", "aio_vYoL65x93QiFwOimf1D5dMWn57Xw")
K = "alchemy"
for label, v in ((P, "6wgSNoYMEzJ2s47Q593p9-9Xg5clkmAB"), (N, "your-api-key"), (N, "{API_KEY}")):
    member(label, K, sn(K, "alchemy-api-keys", f"const NETWORKS = {{ '1': 'https://eth-mainnet.alchemyapi.io/v2/{v}' }}", label, "the entry under NETWORKS' key"),
           "1", "https://eth-mainnet.alchemyapi.io/v2/" + v)
K = "infura"
R = "infura-api-keys"
props(P, K, R, "infura_api_key", "https://mainnet.infura.io/v3/f6fc4aa25abb16e901876269d01f2ec5")
members(P, K, sn(K, R, "const NETWORKS = { '1': 'https://mainnet.infura.io/v3/ac08...', '2': 'wss://mainnet.infura.io/ws/v3/ac08...' }", P, "the entries"),
        [("1", "https://mainnet.infura.io/v3/ac08c9ada68044d38f55d4cb4749d54a"), ("2", "wss://mainnet.infura.io/ws/v3/ac08c9ada68044d38f55d4cb4749d54a")], secret="1", section="NETWORKS")
for v in ("your-api-key", "{API_KEY}"):
    members(N, K, sn(K, R, f"const NETWORKS = {{ '1': 'https://mainnet.infura.io/v3/{v}' }}", N, "the entry"), [("1", "https://mainnet.infura.io/v3/" + v)], secret="1", section="NETWORKS")
K = "zapier"
for label, url in ((P, "https://hooks.zapier.com/hooks/catch/192840272/anwidh83"), (P, "https://hooks.zapier.com/hooks/catch/192840272/anwid,asne8,wod28"),
                   (N, "https://hooks.zapier.com/hooks/catch/xxxx/xxxxx")):
    member(label, K, sn(K, "zapier-webhook-urls", f'var webhookURL = "{url}"', label, "the value"), "webhookURL", url)

# ---- clarifai, databricks ----
K = "clarifai"
CL = "d819f799b90bc8dbaffd83661782dbb7"
members(P, K, sn(K, "clarifai-key-header", f'let requestHeaders: HTTPHeaders = ["Authorization": "Key {CL}", "Content-Type": "application/json"] / Alamofire.request("https://api.clarifai.com/...")', P,
                 "the headers"), [("Authorization", "Key " + CL), ("Content-Type", "application/json")], secret="Authorization", section="requestHeaders")
members(P, K, sn(K, "clarifai-key-header", f"metadata = (('authorization','Key {CL}'),)#clarifi service credential", P, "the metadata pair"),
        [("authorization", "Key " + CL)], secret="authorization", section="metadata")
members(P, K, sn(K, "clarifai-key-only-context", f"const app = new Clarifai.App({{ apiKey: '{CL}' }});", P, "the options"), [("apiKey", CL)], secret="apiKey", section="Clarifai")
compose(P, K, sn(K, "clarifai-key-only-context", f"CLARIFAI_API_KEY={CL}", P, "the variable"), [("CLARIFAI_API_KEY", CL)], "CLARIFAI_API_KEY")
K = "databricks"
R = "databricks-access-token"
HOSTNAME, HTTP_PATH = "adb-1234567890123456.7.azuredatabricks.net", "sql/protocolv1/o/1234567890123456/1234-567890-test123"
for label, token, schema in ((P, "dapi6641101517fb3add4d0aa272f5d18dfa", "example_db"), (N, "dapi1234567890ab1cde2f3ab456c7d89efa", "example_db"),
                             (P, "dapi0997350467ce9dbb1b5ed118c2d34ffa", "sales")):
    members(label, K, sn(K, R, f'parameters = {{ "server_hostname": ..., "http_path": ..., "access_token": "{token}", "schema": "{schema}" }}', label, "the parameters"),
            [("server_hostname", HOSTNAME), ("http_path", HTTP_PATH), ("access_token", token), ("schema", schema)], secret="access_token", section="parameters")
members(P, K, sn(K, R, "[secondprofile] host = https://myinstance.databricks.com / token = dapif97...-2", P, "(.databrickscfg) the profile"),
        [("host", "https://myinstance.databricks.com"), ("token", "dapif97ae2e35f9dc62f71c750e47259e242-2")], secret="token", section="secondprofile")
members(P, K, sn(K, R, 'const example_host = "https://myinstance.databricks.com" / const example_token = "dapif01f...-2"', P, "the constants"),
        [("example_host", "https://myinstance.databricks.com"), ("example_token", "dapif01fc9c13d7eb77a93a326a67970a815-2")], secret="example_token")
compose(P, K, sn(K, R, "DATABRICKS_VNET_RESOURCE_GROUP=databricks / DATABRICKS_HOST=https://northeurope.azuredatabricks.net / DATABRICKS_TOKEN=dapi5769...", P, "the variables"),
        [("DATABRICKS_VNET_RESOURCE_GROUP", "databricks"), ("DATABRICKS_HOST", "https://northeurope.azuredatabricks.net"), ("DATABRICKS_TOKEN", "dapi57690013237086983054212769377299")],
        "DATABRICKS_TOKEN")
raw(P, Y, K, sn(K, R, ".PARAMETER AccessToken / The AccessToken to use to access the Databricks API / For example: dapi3423...", P, "as a YAML parameter description"),
    "parameters:\n  AccessToken:\n    description: 'The AccessToken to use to access the Databricks API. For example: dapi3423ebdd21556407fcf37d22a5973173'",
    "dapi3423", check=[("AccessToken", "dapi3423ebdd21556407fcf37d22a5973173")])
raw(P, J, K, sn(K, R, '{"version": None, "course": None, "url": "https://dbc-a641af43-532e.cloud.databricks.com", "token": "dapia567..."}', P, "as appsettings.json (None as null)"),
    '{\n  "version": null,\n  "course": null,\n  "url": "https://dbc-a641af43-532e.cloud.databricks.com",\n  "token": "dapia56731f13df77be2f10860d789c912bf"\n}', '"token"',
    check=[("token", "dapia56731f13df77be2f10860d789c912bf")])
raw(N, J, K, sn(K, R, '{"host": "https://dbc-38aaa459-faaf.cloud.databricks.com", "token": "dapiecaaae64a727498daaaaafe1bace968a", "cluster_id": "0612-191111-6fopaaaa"}', N, "as given"),
    '{\n  "host": "https://dbc-38aaa459-faaf.cloud.databricks.com",\n  "token": "dapiecaaae64a727498daaaaafe1bace968a",\n  "cluster_id": "0612-191111-6fopaaaa"\n}',
    check=[("token", "dapiecaaae64a727498daaaaafe1bace968a")])
members(P, K, sn(K, R, '$Token = "dapi64d8..." ## << ADD YOUR ACCESS TOKEN / $Url = "https://northeurope.azuredatabricks.net"', P, "the variables"),
        [("Token", "dapi64d8159f39e52a4990295e7b9d4b8ea0"), ("Url", "https://northeurope.azuredatabricks.net")], secret="Token")
members(P, K, sn(K, R, 'ExecutorConfig: &DatabricksConfig{ Host: ..., Username: "featureformer", Password: "password", Cluster: ..., Token: "dapi7301..." }', P, "the fields"),
        [("Host", "https://featureform.cloud.databricks.com"), ("Username", "featureformer"), ("Password", "password"), ("Cluster", "1115-164516-often242"),
         ("Token", "dapi7301681424db9cae6d0fd577c3c38dba")], secret="Token", section="ExecutorConfig")

# ---- figma, typeform, shopify ----
for K, R, header, tok_p, tok_curl, env, api in (
        ("figma", "figma-personal-access-token", "X-FIGMA-TOKEN", "figd_OLDXZWOP4fxW4c9ER0xzxRda96M-f0eFwZpFQjHJ", "figd_npXCdkXBAY4mvFdLpQYZz-qV6DZcNLN8h_JvTdnN",
         "FIGMA_PERSONAL_ACCESS_TOKEN", "https://api.figma.com/v1/me"),
        ("typeform", "typeform-personal-access-token", "Authorization", "tfp_DEueEgDipkmx52r7rgU5EC7VC5K2MzzsR61ELEkqmh3Y_3mJqwKJ2vtfX5N",
         "tfp_FdqTmFJ38MTDFsa2aquC46uHtgay6iuG2bGHBvVmgJV4_gHKpMXPEnrdH", "TYPEFORM_PERSONAL_ACCESS_TOKEN", "https://api.typeform.com/forms")):
    member(P, K, sn(K, R, f"token = '{tok_p[:12]}...' / response = requests.get('{api}', ...)", P, "the assignment"), "token", tok_p)
    pre = "" if header != "Authorization" else "Bearer "
    for label, value in ((P, pre + tok_curl), (N, pre + "$" + env)):
        script(label, K, sn(K, R, f"curl -H '{header}: {value[:24]}...' '{api}'", label, "the command"), f"curl -H '{header}: {value}' '{api}'", [(header, value)])
K = "shopify"
member(P, K, sn(K, "shopify-app-access-token", "token = 'shpat_f0bf...' / requests.get(..., headers={'X-Shopify-Access-Token': token, ...})", P, "the assignment"),
       "token", "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")
member(P, K, sn(K, "shopify-app-shared-secret", "CLIENT_SECRET = 'shpss_b4ef...' / def verify_webhook(...)", P, "the assignment"), "CLIENT_SECRET", "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")
member(N, K, sn(K, "shopify-app-shared-secret", "CLIENT_SECRET = 'shpss_22222222220123456789012345678901'", N, "the assignment"), "CLIENT_SECRET", "shpss_22222222220123456789012345678901")
for label, value in ((P, '"atkn_8a780997d6981faba87fa0fab71b9dddceff964699ed59958842e571c7036aff"'), (N, "${{ secrets.SHOPIFY_CLI_PARTNERS_TOKEN }}")):
    raw(label, "deploy.yml", K, sn(K, "shopify-partners-cli-token", f"name: Deploy app ... env: # Token from the Partner Dashboard SHOPIFY_CLI_PARTNERS_TOKEN: {value[:30]}...", label, "the workflow as given"),
        "name: Deploy app\non:\n  push:\n    branches:\n      - main\njobs:\n  deploy:\n    name: Deploy\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v1\n"
        f"      - name: Deploy\n        env:\n          # Token from the Partner Dashboard\n          SHOPIFY_CLI_PARTNERS_TOKEN: {value}", "SHOPIFY_CLI_PARTNERS_TOKEN:",
        check=[("SHOPIFY_CLI_PARTNERS_TOKEN", value.strip('"'))])
member(P, K, sn(K, "shopify-partners-api-token", "token = 'prtapi_7932...' / requests.get(..., headers={'X-Shopify-Access-Token': token, ...})", P, "the assignment"),
       "token", "prtapi_7932f30948b9b2a534b2b73bb5483091")

# ---- mapbox, openweathermap, spotify ----
K = "mapbox"
R = "mapbox-secret-token"
for label, value in ((P, "sk.eyJ1IjoiYnVya2Vob2xsYW5kIiwiYSI6IlhYWFhYWFhYLVJFTU9WRUQtWFhYWFhYWFgifQ.kVNHOX6UvgsTPS4BJebtLg"),
                     (N, "sk.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxx")):
    members(label, K, sn(K, R, f'MapBox: {{ ACCESS_TOKEN: "{value[:30]}..." }}', label, "the object"), [("ACCESS_TOKEN", value)], secret="ACCESS_TOKEN", section="MapBox")
MB2 = "sk.eyJ1IjoicGludGVyZXN0IiwiYSI6IlJFTU9WRUQifQ.FCS6VzbiUVLenbkIf6MPRg"
members(P, K, sn(K, R, f'<meta-data android:name="com.pinterest.mapbox.ApiKey" android:value="{MB2}"/>', P, "the XML attributes"),
        [("android:name", "com.pinterest.mapbox.ApiKey"), ("android:value", MB2)], secret="android:value", section="meta-data", fmt=Y)
MB3 = "sk.eyJ1IjoiZWxlbmFmZyIsImEiOiJYWFhYWFhYWFhYWC1SRU1PVkVELVhYWFhYWFhYWFhYWCJ9.NJIbqkYO3G2eV5tySbP48Q"
raw(P, Y, K, sn(K, R, "Name: AerialMapDisplay / Object URI: http://a.tiles.mapbox.com/...png?access_token=sk.eyJ1... / Topic: /new_fix", P, "as given (YAML already)"),
    f"Name: AerialMapDisplay\nObject URI: http://a.tiles.mapbox.com/v4/mapbox.streets-satellite/{{z}}/{{x}}/{{y}}.png?access_token={MB3}\nTopic: /new_fix", "access_token=",
    check=[("access_token", MB3)])
member(P, K, sn(K, R, "token = 'sk.eyJ1IjoiZXhhbXBsZSIs...' / from mapbox import Uploader", P, "the assignment"), "token", "sk.eyJ1IjoiZXhhbXBsZSIsImEiOiJkdW1teSJ9.Y-qlJfzFzr3MGkOPPbtZ5g")
MB5 = "sk.eyJ1IjoiZXhwbHIiLCJhIjoiWFhYWFhYWFgtUkVNT1ZFRC1YWFhYWFhYWCJ9.Qf1XIwZtjuKfmoKgzI4I5g"
members(P, K, sn(K, R, "(gradle.properties) android.useAndroidX=true / android.enableJetifier=true / android.enableD8=true / MAPBOX_DOWNLOADS_TOKEN='sk.eyJ1...' / org.gradle.jvmargs=-Xmx1024m", P,
                 "the properties (the quotes around the token dropped)"),
        [("android.useAndroidX", "true"), ("android.enableJetifier", "true"), ("android.enableD8", "true"), ("MAPBOX_DOWNLOADS_TOKEN", MB5), ("org.gradle.jvmargs", "-Xmx1024m")],
        secret="MAPBOX_DOWNLOADS_TOKEN")
MB6 = "sk.eyJ1IjoicmFqdWh0IiwiYSI6IlhYWFhYWFhYLVJFTU9WRUQtWFhYWFhYWFgifQ.kNdHkgfVGmSz6XPmmfG02A"
members(P, K, sn(K, R, "L.tileLayer('http://tile.openstreetmap.org/...', { attribution: 'Map', maxZoom: 14, minZoom: 2, id: 'mapbox.streets', scrollWheelZoom: false, accessToken: 'sk.eyJ1...' })", P,
                 "the options"), [("attribution", "Map"), ("id", "mapbox.streets"), ("accessToken", MB6)], secret="accessToken", section="tileLayer")
MB7 = "sk.eyJ1IjoibWthbGlzaCIsImEiOiJYWFhYWFhYWC1SRU1PVkVELVhYWFhYWFhYIn0.zP-JiYgZNAutHHNcHyG5zg"
members(P, K, sn(K, R, "ckanext.spatial.common_map.type = mapbox / ...map_id = mapbox.high-contrast / ...mapbox.access_token = sk.eyJ1...", P, "(CKAN .ini) the options"),
        [("ckanext.spatial.common_map.type", "mapbox"), ("ckanext.spatial.common_map.mapbox.map_id", "mapbox.high-contrast"), ("ckanext.spatial.common_map.mapbox.access_token", MB7)],
        secret="ckanext.spatial.common_map.mapbox.access_token")
member(P, "openweathermap", sn("openweathermap", "openweather-url-api-key", "url = 'http://api.openweathermap.org/data/2.5/weather?q={}&units=imperial&appid=ae73...'", P, "the URL"),
       "url", "http://api.openweathermap.org/data/2.5/weather?q={}&units=imperial&appid=ae73acab47d0fc4b71b634d943b00518",
       check=[("appid", "ae73acab47d0fc4b71b634d943b00518")])
K = "spotify"
members(P, K, sn(K, "spotify-api-secret", 'static const char *spotify_client_id = "66cb..."; *spotify_client_secret = "f3fb..."; *spotify_scope = "playlist-read-private ..."', P, "the constants"),
        [("spotify_client_id", "66cbfb86aa994f258f6d6c061e706784"), ("spotify_client_secret", "f3fbd32510154334aaf0394aca3ac4c3"),
         ("spotify_scope", "playlist-read-private playlist-read-collaborative user-library-read user-read-private streaming")], secret="spotify_client_secret")
raw(N, Y, K, sn(K, "spotify-api-secret", '// Spotify developer site: https://developer.spotify.com/dashboard/ / "client_id": "0123...", "client_secret": "0123...", "redirect_uri": "http://localhost:8765"', N,
                "as YAML with the comment"),
    "# Spotify developer site:\n#   https://developer.spotify.com/dashboard/\nclient_id: 0123456789abcdef01234567890abcde\nclient_secret: 0123456789abcdef01234567890abcde\n"
    "redirect_uri: http://localhost:8765", check=[("client_secret", "0123456789abcdef01234567890abcde")])

# ---- postmark, pulumi, equinix, linode, ovh, cloudera, scaleway, digitalocean-spaces, mws ----
K = "postmark"
R = "postmark-server-token"
props(P, K, R, "X-Postmark-Server-Token", "89d36b44-4c54-4623-91d9-b61f29b702f8")
props(N, K, R, "X-Postmark-Server-Token", "test6b44-4c54-4623-91d9-b61f29b702f8")
script(P, K, sn(K, R, 'curl "https://api.postmarkapp.com/email" -X POST -H "Accept: ..." -H "Content-Type: ..." -H "X-Postmark-Server-Token: 6096..." -d "{...}"', P, "the command"),
       'curl "https://api.postmarkapp.com/email" -X POST -H "Accept: application/json" -H "Content-Type: application/json" -H "X-Postmark-Server-Token: 609638b1-6b86-486c-b98e-ba64de1ed1f5" '
       "-d \"{From: 'mh@mapcentia.com', To: 'mh@mapcentia.com', Subject: 'Es stopping', HtmlBody: '<html><body>---</body></html>'}\"",
       [("X-Postmark-Server-Token", "609638b1-6b86-486c-b98e-ba64de1ed1f5")])
members(P, K, sn(K, R, "headers: { 'Accept': 'application/json', 'Content-Type': 'application/json', 'X-Postmark-Server-Token': 'fd55...' }", P, "the headers"),
        [("Accept", "application/json"), ("Content-Type", "application/json"), ("X-Postmark-Server-Token", "fd556647-8ee0-4b11-9777-23cf8b2cd7d9")], secret="X-Postmark-Server-Token",
        section="headers")
props(P, "pulumi", "pulumi", "pulumi-token", "pul-c543210a5cf5dccabcdef263ea73148dc258b2f7")
members(N, "pulumi", sn("pulumi", "pulumi", 'ItemFields: map[sdk.FieldName]string{ fieldname.Token: "pul-8s9b...example" }', N, "the map"),
        [("Token", "pul-8s9b3qf8rx7x8x8pn03ibkemilm1zfs10example")], secret="Token", section="ItemFields")
props(P, "equinix", "equinix", "equinix-token", "RFiDY1lH5TBXr2abCdEk2FYBMMS4")
compose(P, "equinix", sn("equinix", "equinix", "export EQUINIX_API_TOKEN=GUStcauxJufVQP8H8BimCiAt08bQ", P, "the variable"), [("EQUINIX_API_TOKEN", "GUStcauxJufVQP8H8BimCiAt08bQ")],
        "EQUINIX_API_TOKEN")
K = "linode"
props(P, K, "linode", "linode-token", "eb1429239d3a82b7d7f9dca569012e74e611b0fde840e7f6c9fe1735ac1258ca")
props(N, K, "linode", "hash", "eb1429239d3a82b7d7f9dca569012e74e611b0fde840e7f6c9fe1735ac1258ca")
raw(N, J, K, sn(K, "linode", '"url": "http://downloads.sourceforge.net/sevenzip/7z922-x64.msi", "checksum": "c13c...", "package_name": "7-Zip 9.22 (x64 edition)",', N,
                "as given, completed to an appsettings.json object"),
    '{\n  "url": "http://downloads.sourceforge.net/sevenzip/7z922-x64.msi",\n  "checksum": "c13cf968070eab80373d2ed202e5cfa02eb982b64b7ff12e62209801f0feb2dd",\n'
    '  "package_name": "7-Zip 9.22 (x64 edition)"\n}', check=[("checksum", "c13cf968070eab80373d2ed202e5cfa02eb982b64b7ff12e62209801f0feb2dd")])
raw(P, J, K, sn(K, "linode", '"scope": "linodes:read_write", "access_token": "89d9..." "token_type": "bearer",', P, "as given, completed to an appsettings.json object"),
    '{\n  "scope": "linodes:read_write",\n  "access_token": "89d991693e9c59aaeeb4f7d98c03e1287e0a1de2986746e93fd2a29ba8e2799a",\n  "token_type": "bearer"\n}', '"access_token"',
    check=[("access_token", "89d991693e9c59aaeeb4f7d98c03e1287e0a1de2986746e93fd2a29ba8e2799a")])
K = "ovh"
props(P, K, "ovh", "ovh-key", "EXEgWIz07P0HYwtQDs7cNIqCiQaWSuHF")
members(P, K, sn(K, "ovh", "[ovh-eu] ; configuration specific to 'ovh-eu' endpoint / application_key=7kbG... / application_secret=EXEg... / consumer_key=MtSw...", P, "(ovh.conf) the section"),
        [("application_key", "7kbG7Bk7S9Nt7ZSV"), ("application_secret", "EXEgWIz07P0HYwtQDs7cNIqCiQaWSuHF"), ("consumer_key", "MtSwSrPpNjqfVSmJhLbPyr2i45lSwPU1")],
        secret="application_secret", section="ovh-eu")
K = "cloudera"
props(P, K, "linode (Cloudera.yaml)", "cloudera-access-key", "motvod88m3jnpdvkci0r3934rij5z7at")
script(P, K, sn(K, "linode (Cloudera.yaml)", "curl -X POST http://modelservice.foobar.cloudera.com/model -d '{\"accessKey\": \"motvod88...\"}'", P, "the command"),
       "curl -X POST http://modelservice.foobar.cloudera.com/model -d '{\"accessKey\": \"motvod88m3jnpdvkci0r3934rij5z7at\"}'", [("accessKey", "motvod88m3jnpdvkci0r3934rij5z7at")])
raw(N, J, K, sn(K, "linode (Cloudera.yaml)", '"headers": { "host-header": "646nl7n1...¦b7440e60...¦624d5be7...¦6b7412fb..." },', N, "as given, completed to an appsettings.json object"),
    '{\n  "headers": {\n    "host-header": "646nl7n1l46291xar6829k734y1x5991|b7440e60b07ee7b8044761568fab26e8|624d5be7be38418a3e2a818cc8b7029b|6b7412fb82ca5edfd0917e3957f05d89"\n  }\n}',
    check=[("host-header", "646nl7n1l46291xar6829k734y1x5991|b7440e60b07ee7b8044761568fab26e8|624d5be7be38418a3e2a818cc8b7029b|6b7412fb82ca5edfd0917e3957f05d89")])
K = "scaleway"
for label, key in ((P, "2404784b-b2ff-436d-a59b-11922d6034cb"), (N, "11111111-2222-3333-4444-555555555555")):
    members(label, K, sn(K, "scaleway", f'props.set("scaleway-id", "SCWYGX3NJWHM615C0YHI") / props.set("scaleway-key", "{key}")', label, "the properties"),
            [("scaleway-id", "SCWYGX3NJWHM615C0YHI"), ("scaleway-key", key)], secret="scaleway-key")
K = "do-spaces"
members(P, K, sn(K, "digitalocean-spaces", 'props.set("digitalocean-access-key", "DO00XKV5BH8TGTFZA9WE"); props.set("digitalocean-secret-key", "012x...");', P, "the properties"),
        [("digitalocean-access-key", "DO00XKV5BH8TGTFZA9WE"), ("digitalocean-secret-key", "012x066q5mcVcJtQELV2jKo10ke8UkfPMARCXX2JwnE")], secret="digitalocean-secret-key")
members(N, K, sn(K, "digitalocean-spaces", 'digitalocean = "digitalocean" / DistributionMethodDistributionMethodInvalid = 0', N, "the values"),
        [("digitalocean", "digitalocean"), ("DistributionMethodDistributionMethodInvalid", "0")], secret="digitalocean")
raw(N, J, K, sn(K, "digitalocean-spaces", '"node_modules/@ungap/structured-clone": { "version": "1.2.0", "resolved": "...", "integrity": "sha512-ufOy...", "dev": true },', N,
                "as given, completed to a package-lock.json object"),
    '{\n  "packages": {\n    "node_modules/@ungap/structured-clone": {\n      "version": "1.2.0",\n      "resolved": "https://registry.npmjs.org/@ungap/structured-clone/-/structured-clone-1.2.0.tgz",\n'
    '      "integrity": "sha512-ufOyRnDEfoOVVSAAaXwB0VC64CuqbvR4YcTfsSw8CSh/hCPTSGfrXCOfwj1ow4LFb/tNymJPwsNbVePc1xFqrQ==",\n      "dev": true\n    }\n  }\n}',
    check=[("integrity", "sha512-ufOyRnDEfoOVVSAAaXwB0VC64CuqbvR4YcTfsSw8CSh/hCPTSGfrXCOfwj1ow4LFb/tNymJPwsNbVePc1xFqrQ==")])
K = "mws"
R = "mws-auth-token"
props(N, K, R, "mws-key", "amzn.mws.aaaaaaaa-1111-5770-5bad-19bd40c0ac65")
props(P, K, R, "mws-key", "amzn.mws.3b8be74a-5f63-5770-5bad-19bd40c0ac65")
compose(P, K, sn(K, R, "export MWS_TOKEN=amzn.mws.4ea38b7b-f563-7709-4bae-12ba540c0ac5", P, "the variable"), [("MWS_TOKEN", "amzn.mws.4ea38b7b-f563-7709-4bae-12ba540c0ac5")], "MWS_TOKEN")
MWS_N = ["amz.mws.4ea38b7b-f563-7709-4bae-12ba540c0ac5\"", "blamzn.mws.4ea38b7b-f563-7709-4bae-12ba540c0ac5\"", "amzn.mws.4ea38b7b-f563-7709-4bae-12ba540c0ac52222222222222\""]
raw(N, C, K, sn(K, R, 'export MWS_TOKEN=amz.mws.4ea3...", / // extra characters before / export MWS_TOKEN=blamzn.mws.4ea3...", / // extra characters after / export MWS_TOKEN=amzn.mws...2222222222222"', N,
                "as a compose service's environment list with the comments (the trailing quotes kept)"),
    "services:\n  app:\n    image: app\n    environment:\n" + "\n".join(f"      - {yaml_scalar('MWS_TOKEN=' + v)}" + ("\n      # extra characters before" if i == 0 else "\n      # extra characters after" if i == 1 else "")
                                                                 for i, v in enumerate(MWS_N)),
    check=[("MWS_TOKEN", v) for v in MWS_N])

# ---- huawei-cloud, ibm-cloudant, tencent-cloud, wechat ----
K = "huawei"
R = "huawei-cloud-app-secret"
for prefix, secret in (("alpakka.huawei.pushkit", "a711a9b89b79595b4e26b481095f1c857caf76385a111083152d320954eafd76"),
                       ("pekko.connectors.huawei.pushkit", "a620c4f20c37963c2a92b475265b3a556cfb07827d571106673a425984dcfd02")):
    members(P, K, sn(K, R, f'// #init-credentials / {prefix} {{ app-id: "105260069" app-secret: "{secret[:16]}..." }}', P, "(HOCON) the block"),
            [("app-id", "105260069"), ("app-secret", secret)], secret="app-secret", section=prefix)
raw(P, Y, K, sn(K, R, '// appId: Indicates the unique ID of a Huawei app. / "appId": "102710907", / // appSecret: Indicates the private key of a Huawei app. / "appSecret": "cb5d..."', P,
                "as YAML members with the comments"),
    '# appId: Indicates the unique ID of a Huawei app.\nappId: "102710907"\n# appSecret: Indicates the private key of a Huawei app.\n'
    'appSecret: cb5dc67f7acb70291be014f3637174928c3c2563fce671292852b3d6a8dc6729', "appSecret: cb5d",
    check=[("appSecret", "cb5dc67f7acb70291be014f3637174928c3c2563fce671292852b3d6a8dc6729")])
K = "cloudant"
R = "ibm-cloudant-password"
import write_csharp_secrets_13 as cs13  # noqa: E402  (the same service-credentials texts; importing builds the C# cases, not written here)
for label, text, pw in ((P, cs13.CLOUDANT1, "8fb6a16b48903e87b769e7f4968521e85c2394ed8f0e69b2769e56dcb27d2e76"), (P, cs13.CLOUDANT3, "c2c11651d75497fa3d3c486e4c8bdf27"),
                        (N, cs13.CLOUDANT4, "00000651d75497fa3d3c486e4c8bdf27")):
    raw(label, J, K, sn(K, R, f'{{ ... "password": "{pw[:12]}...", "url": "https://<username>:<password>@...", "username": "apikey-v2-..." }} (service credentials)', label, "as given"),
        text, '"password"', check=[("password", pw)])
compose(P, K, sn(K, R, 'export CLOUDANT_USERNAME="67d28e47-...-bluemix" / export CLOUDANT_PASSWORD="10db..."', P, "the variables"),
        [("CLOUDANT_USERNAME", "67d28e47-8f82-4945-9029-bd2202bd7eb3-bluemix"), ("CLOUDANT_PASSWORD", "10db3f279df241bad2a9692a6a412f80bf3cadba00ace324a1cf6f159f00d019")], "CLOUDANT_PASSWORD")
K = "tencent"
R = "tencent-cloud-secret"
compose(P, K, sn(K, R, "TENCENT_APP_ID=1256137927 / TENCENT_SECRET_ID=AKIDW3web... / TENCENT_SECRET_KEY=LknV...", P, "the variables"),
        [("TENCENT_APP_ID", "1256137927"), ("TENCENT_SECRET_ID", "AKIDW3web9wDuMaYFp5zK3B7t0KXriGgblUH"), ("TENCENT_SECRET_KEY", "LknVvK0SzReRFj6Ei2cnF0ThAtq1uycS")], "TENCENT_SECRET_KEY")
raw(P, J, K, sn(K, R, '"tencent": { "credentials": { "sessionToken": "42f8...", "tmpSecretId": "AKIDtd9Q...", "tmpSecretKey": "FhE2..." } }', P, "as given, completed to an appsettings.json object"),
    '{\n  "tencent": {\n    "credentials": {\n      "sessionToken": "42f8151428b3960b1226f421b8f271c6242ad02c3",\n      "tmpSecretId": "AKIDtd9QSGWBI7tSmrhmLPx3gnPJgohLtvpT",\n'
    '      "tmpSecretKey": "FhE2ESJjTRAiRhtNo69eEGVAf75aEcun"\n    }\n  }\n}', '"tmpSecretKey"', check=[("tmpSecretKey", "FhE2ESJjTRAiRhtNo69eEGVAf75aEcun")])
raw(P, Y, K, sn(K, R, "Tencent ID: 200001 / Bucket: newbucket / Secret ID: AKIDUfLU... / Secret Key: dHtI...", P, "as given (YAML already)"),
    "Tencent ID: 200001\nBucket: newbucket\nSecret ID: AKIDUfLUEUigQiXqmvWS5X53AnuaiIKtxqAv\nSecret Key: dHtIzy91YL07WJ29qvSwTyHgCwDmZvnH", "Secret Key:",
    check=[("Secret Key", "dHtIzy91YL07WJ29qvSwTyHgCwDmZvnH")])
raw(P, Y, K, sn(K, R, "# Tencent / GameId: 1794235 / SecretId: AKIDz8kr... / SecretKey: Ud8p...", P, "as given (YAML already)"),
    "# Tencent\nGameId: 1794235\nSecretId: AKIDz8krbsJ5yKBZQpn74WFk7CVSspKJhESA\nSecretKey: Ud8p1rFNUOdl38ba75kqVCBX1Usyq4zF", "SecretKey:",
    check=[("SecretKey", "Ud8p1rFNUOdl38ba75kqVCBX1Usyq4zF")])
compose(N, K, sn(K, R, "export TENCENTCLOUD_SECRET_ID=AKIDOaWCckbC0000... / export TENCENTCLOUD_SECRET_KEY=qQxmZ5JG0000...", N, "the variables"),
        [("TENCENTCLOUD_SECRET_ID", "AKIDOaWCckbC000000000000000000000000"), ("TENCENTCLOUD_SECRET_KEY", "qQxmZ5JG000000000000000000000000")], "TENCENTCLOUD_SECRET_KEY")
K = "wechat"
members(P, K, sn(K, "wechat-app-key", '@Schema(description = "公众号 appId", ..., example = "wx8b3a83d0f4efa807") / props.set("secret_key", "40b6...")', P, "the app ID and the property"),
        [("appId", "wx8b3a83d0f4efa807"), ("secret_key", "40b6b70508b47cbfb4ee39feb617a05a")], secret="secret_key")
members(N, K, sn(K, "wechat-app-key", 'var appId = "wxdc4e0888857e858d"; var nonceStr = "2858..."; var package = "prepay_id=wx2017..."; var paySign = "BAF4..."; var timeStamp = "1513219805815"; ...', N,
                 "the variables (the requestPayment call left out)"),
        [("appId", "wxdc4e0888857e858d"), ("nonceStr", "2858338391442441211798337075320"), ("package", "prepay_id=wx20171214105006b93f3bb9e90854903185"),
         ("paySign", "BAF449D858CFD0CE6D488146DEF41A64"), ("timeStamp", "1513219805815")], secret="paySign")

# ---- yandex, zuplo, sonarqube, splunk, shippo ----
K = "yandex"
Y3 = "y3_Vdheub7w9bIut67GHeL345gfb5GAnd3dZnf08FRbvjeUFvetYiohGvc"
T1 = ("t1.7euelSbPyceKx87JqpuRl1qZiY-Ryi3rnpWaksrKaZqUppnLncmDnpeajZvl8_dZNAFl-e8ENXMH_t3z9xljfmT57wQ1cwf-."
      "-LErty1vRh4S__VEp-aDnM5huB5MEfm_Iu1u2IzNgyrn0emiWDYA6rSQXDvzjE0O3HBbUlqoDeCmXYYInzZ6Cg")
for R, value in (("yandex_oauth_token", Y3), ("yandex_iam_token", T1)):
    raw(P, Y, K, sn(K, R, f"Authorization: Bearer {value[:24]}...", P, "as given (a YAML member already)"), f"Authorization: Bearer {value}", "Authorization", check=[("Authorization", value)])
member(N, K, sn(K, "yandex_oauth_token", "py3_suffix", N, "a bare value, under a neutral name"), "yandex", "py3_suffix")
K = "zuplo"
raw(P, Y, K, sn(K, "zuplo-api-key", "Authorization: Bearer zpka_8b38...", P, "as given (a YAML member already)"), "Authorization: Bearer zpka_8b388ab3bbe7256bdb084158d4b3fa6c_82659d60",
    "Authorization", check=[("Authorization", "zpka_8b388ab3bbe7256bdb084158d4b3fa6c_82659d60")])
member(N, K, sn(K, "zuplo-api-key", 'value="1239825619-KN3h..."', N, "the attribute"), "value", "1239825619-KN3hBPxd3RIieYiAwbhfUxzwfpwstnGEBLBZPKa_iwY")
K = "sonarqube"
for label, values, rule in ((N, ["sqp_sonarqube_token", "sqp_" + "x" * 40], "Sxxxx (sq[apu]_ tokens)"), (P, ["sqp_b4556a16fa2d28519d2451a911d2e073024010bc"], "Sxxxx (sq[apu]_ tokens)"),
                            (N, ["sonarqube_token", "x" * 40], "Sxxxx (sonar ... 40 hex)"), (P, ["9acf34ff1e738bcd6d5daf102a8cfcb8a158e44e"], "Sxxxx (sonar ... 40 hex)")):
    raw(label, Y, K, sn(K, rule, " / ".join(f"sonar.login={v}" for v in values), label, "as pipeline sonar-scanner steps"),
        "steps:\n" + "\n".join(f"  - script: sonar-scanner -Dsonar.login={v}" for v in values), "sonar.login", check=[("sonar.login", v) for v in values])
K = "splunk"
R = "splunk-hec-token"
member(P, K, sn(K, R, 'getMandatoryEndpoint("splunk-hec:localhost:8088?token=9b20...", SplunkHECEndpoint.class)', P, "the endpoint URI under a neutral name"),
       "endpoint", "splunk-hec:localhost:8088?token=9b20e83f-3a7a-8bab-13be-a866ed22fecd", check=[("token", "9b20e83f-3a7a-8bab-13be-a866ed22fecd")])
raw(P, J, K, sn(K, R, '"splunk.hec.uri": "http://$SPLUNK_HOSTNAME:$SPLUNK_PORT", "splunk.hec.token": "1677...",', P, "as given, completed to an appsettings.json object"),
    '{\n  "splunk.hec.uri": "http://$SPLUNK_HOSTNAME:$SPLUNK_PORT",\n  "splunk.hec.token": "16770163-9fe5-8ce9-0565-c45b65f99422"\n}', '"splunk.hec.token"',
    check=[("splunk.hec.token", "16770163-9fe5-8ce9-0565-c45b65f99422")])
raw(N, Y, K, sn(K, R, "splunk: hec: token: 11111111-2222-3333-4444-555555555555 / host: my-hec-host", N, "as given"),
    "splunk:\n  hec:\n    token: 11111111-2222-3333-4444-555555555555\n    host: my-hec-host", check=[("token", "11111111-2222-3333-4444-555555555555")])
raw(P, J, K, sn(K, R, '"splunk-hec-logging":{ "endpoint":{ "uri": "http://127.0.0.1:8088/services/collector", "token": "FC32...", "channel": "FE0E...", "timeout": 60 },', P,
                "as given, completed to an appsettings.json object"),
    '{\n  "splunk-hec-logging": {\n    "endpoint": {\n      "uri": "http://127.0.0.1:8088/services/collector",\n      "token": "FC327518-08FB-8DA8-43BB-54078AB1940D",\n'
    '      "channel": "FE0ECFAD-13D5-401B-847D-77833BD77131",\n      "timeout": 60\n    }\n  }\n}', '"token"', check=[("token", "FC327518-08FB-8DA8-43BB-54078AB1940D")])
members(P, K, sn(K, "splunk-api-token", '[Splunk "splunk1"] # This is just a dummy token... / Token=`eyMgnTLe...` / Server=splunk.example.org', P, "(the backquotes dropped) the section"),
        [("Token", cs13.SPLUNK_JWT), ("Server", "splunk.example.org")], secret="Token", section="splunk1", fmt=Y)
K = "shippo"
for label, value in ((N, "shippo_test_f2c650047482a385c51813a4618868af5d413a44"), (P, "shippo_live_258d9b4c41a8cb88ca7fb4b12c65083f658435ac")):
    member(label, K, sn(K, "shippo-token", value, label, "a bare value, under a neutral name"), "shippo", value)

# ---- vultr, wakatime, ubidots ----
K = "vultr"
R = "vultr-t2-pat"
members(N, K, sn(K, R, '# A random enough string, base64-like ... / some_random_hash_like_string = "7B97.../E58E.../E743..." / random_business_name_key = MarkovUltraChain', N,
                 "the assignments (the 'too far' example's value line would repeat this one; its classes are code)"),
        [("some_random_hash_like_string", cs13.HASHES), ("random_business_name_key", "MarkovUltraChain")], secret="some_random_hash_like_string")
member(P, K, sn(K, R, 'key = "E58EBE82A45B9B1FBA6E08FDC33B481372E9" / VultrApp(key)', P, "the assignment"), "key", "E58EBE82A45B9B1FBA6E08FDC33B481372E9")
props(P, K, R, "vultr-api-key", "7EPOWN4BMA7GXWXJTWTFE3DAZHPW63UIN46H")
compose(P, K, sn(K, R, 'VULTR_API_KEY=TZHB... / curl "https://api.vultr.com/v2/account" -X GET -H "Authorization: Bearer ${VULTR_API_KEY}"', P, "the variable (the curl call left out)"),
        [("VULTR_API_KEY", "TZHBG7WPPEEXD6HF7AW6TN4A43WUM3WIOXNJ")], "VULTR_API_KEY")
K = "wakatime"
for R, name, prefix, other in (("wakatime_oauth_token", "token", "waka_tok_", "eZ9kI3tQlYVvYSJO"), ("wakatime_refresh_token", "token", "waka_ref_", "ez0kI3tQlYVvYSJO"),
                               ("wakatime_oauth_secret", "secret", "waka_sec_", "ez0kI3tQlYVvYSJO")):
    member(P, K, sn(K, R, f"{name}={prefix}{cs13.WT[:16]}...", P, "the setting"), name, prefix + cs13.WT)
    neg = f"{prefix}ez0kI3tQlYVvYSJO;other={other}"
    member(N, K, sn(K, R, f"token={neg}", N, "the setting"), "token", neg)
K = "ubidots"
for R, var, value in (("ubidots-api-key", "KEY", "BBFI-e0fa0258f334c0a74740db590541a04451d"), ("ubidots-api-token", "TOKEN", "BBJP-koikouzpspotdgeobqqhjvykxjuegyr")):
    compose(P, K, sn(K, R, f"MQTT_CLIENT_NAME=al49mw880j / {var}={value} / DEVICE_LABEL=Wio-Terminal", P, "the variables"),
            [("MQTT_CLIENT_NAME", "al49mw880j"), (var, value), ("DEVICE_LABEL", "Wio-Terminal")], var)
for R, value, comment in (("ubidots-api-key", "BBOQ-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "Not API-key"), ("ubidots-api-token", "BBFF-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "Not API-token")):
    members(N, K, sn(K, R, f"UBIDOTS_TOKEN = '{value}' # {comment} / UBIDOTS_MQTT_URL = 'industrial.api.ubidots.com'", N, "the assignments"),
            [("UBIDOTS_TOKEN", value), ("UBIDOTS_MQTT_URL", "industrial.api.ubidots.com")], secret="UBIDOTS_TOKEN")


if __name__ == "__main__":
    repeats = check_repeats(HERE, PAIRS)
    assert not repeats, repeats
    write_config_set(
        CASES,
        "config-secrets-13.txt",
        "# Held-out AKS2003 set 13: SonarSource/sonar-text secret-rule examples of providers no earlier set used "
        "(a source not used in sets 1-12), labelled by what the peer asserts before AKS2003 ran on them.",
        "# Format: README.md ('Configuration files, set 13'). Written by write_config_secrets_13.py (provenance and selection rules in set13_sources.py).",
        family=family,
        check_json=True,
    )

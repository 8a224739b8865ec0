#!/usr/bin/env python3
"""Writes config-secrets-5.txt: the fifth held-out AKS2003 set, see README.md ('Configuration files, set 5').

Built on 2026-11-26 from main f9405c3, after every AKS2003 change of that day, and committed with its wiring before
AKS2003 ran on it (a blind figure for the rules of f9405c3). Sources used in no earlier config set (not KICS, Checkov,
secretlint, detect-secrets, cred-alert, whispers, kube-linter, cfn_nag, arm-ttk, kubescape, PSRule, trivy, gitleaks,
trufflehog); the same five peers as C# set 5, with the same selection rules (see write_csharp_secrets_5.py and
set5_sources.py):

- praetorian-inc/noseyparker rules YAML: `examples` positive, `negative_examples` negative (only when no other rule of
  the files read lists or matches the string as a secret, not FIXME, not a credential missed for the regex's shape).
  Peer strings that already are JSON or YAML (`"password": "super$ecret",`, the Spring `mongodb: uri:` block, the
  `jwt: secret:` blocks, `"token": "ghu_..."`, `"IOTHUB_CONNECTION_STRING": { "value": ... }`) are kept as given;
  `NAME=value` lines (env files, exports, Dockerfile ENV, web.config `<add key= value=>`) become the same name and value
  as a YAML or JSON member; command lines become a pipeline `script:` step; connection strings go under
  `ConnectionStrings`.
- microsoft/security-utilities generated true/false positives, sirwart/ripsecrets test/one_per_line and test/none,
  thoughtworks/talisman detector tests, GitGuardian/ggshield conftest patches.

A bare peer value (no name in the peer) is placed under a neutral key after the service (`aws: AKIA...`,
`github: ghp_...`), noted in the case; one exception is noted (a 34-character Entra secret under `AzureAd:ClientSecret`,
where such a value lives in an appsettings.json). JSON files are named appsettings.json (the JSON name AKS2003 reads).
Negatives are single-purpose files (`secret: none`, one negative unit each) so that "rest of file" units stay few;
each positive JSON file adds one "rest of file" unit (its braces and unlabelled members), reported separately.
Peer strings that are not valid YAML as given are left out (np.jwt.2's double-quoted `\\5` escape); peer comment
lines (`#notifications_marcus: ...`) are uncommented, noted.
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from set5_sources import NOSEY, SECUTIL, RIP, TAL, GG, G, GG_TEST_TOKEN, GG_RSA_LINES, AWS_SESSION_JWT  # noqa: E402
from config_set_writer import write_config_set  # noqa: E402

CASES = []  # (name, secret, exclude, clean, source, note, content)


def add(name, secret_lines, source, note, content, exclude=None, clean=None):
    CASES.append((name, secret_lines, exclude, clean, source, note, content.strip("\n")))


def none(name, source, note, content):
    add(name, "none", source, note, content)


J = "appsettings.json"
Y = "config.yaml"
NG = NOSEY["generic"]

# =====================================================================================================================
# noseyparker examples (positive)
# =====================================================================================================================
add(J, "4 7 10", NG, "noseyparker np.generic.5 JSON examples: `ApplicationServicesConnection` with `AdminPassword` (as given), `\"password\": \"super$ecret\"` and `\"password\": \"YOURPASSWROD\"` (peer: match), each in a section", """
{
  "ApplicationServicesConnection" : {
      "ServiceAddress" : "https://services-dev.examples.com",
      "AdminPassword" : "thisismypassword"
  },
  "Database": {
    "password": "super$ecret"
  },
  "Installer": {
    "password": "YOURPASSWROD"
  }
}""")
add(Y, "1", NG, "noseyparker np.generic.5 example `my_password: \"super$ecret\"` (as given)", 'my_password: "super$ecret"')
add(Y, "2", NG, "noseyparker np.generic.4 example `user = Aladdin` / `password = open_sesame` (unquoted), as YAML members", "user: Aladdin\npassword: open_sesame")
add(Y, "2", NG, "noseyparker np.generic.3 example `user = 'abuser'` / `password = 'abuser123456'`, as YAML members with the comments", "user: 'abuser'  # some comment\npassword: 'abuser123456'  # some other comment")
add(Y, "4", NG, "noseyparker np.generic.6 example Perl `beta => { host, user => 'joe', password => 'thisismypassword' }`, as YAML", "beta:\n  host: foo.example.com\n  user: joe\n  password: thisismypassword")
add(Y, "3", NG, "noseyparker np.generic.6 example JS `then_log_in({username: 'geronimo', password: '52VeZqtHDCdAr5yM'})`, as a YAML test fixture", "login:\n  username: geronimo\n  password: '52VeZqtHDCdAr5yM'")
add(Y, "3", NG, "noseyparker np.generic.3 example Python UsernamePasswordCredential(client_id, username, password='1qay@WXS????', tenant_id), as YAML", """
credential:
  username: donjuandemarco
  password: '1qay@WXS????'
  tenant_id: bc877b20-f135-4c13-a266-8ed26b8f0f4b
  client_id: da34859b-2ae4-48c3-bfe0-1b28b7cf2eed""")
add(J, "4", NG, "noseyparker np.generic.9 example web.config `<add key=\"FromEmailAddress\" .../>` + `<add key=\"FromEmailPassword\" value=\"Prestigitariu$\"/>`, as appsettings members", """
{
  "AppSettings": {
    "FromEmailAddress": "killer.joe@example.com",
    "FromEmailPassword": "Prestigitariu$"
  }
}""")
add(J, "3 4 5 6 7", NOSEY["odbc"], "noseyparker np.generic.10 / np.odbc.1 examples (web.config `ConnectionString_B2B`, `DevQATrucks`, Npgsql, SqlClient, SQLNCLI strings), under ConnectionStrings", r"""
{
  "ConnectionStrings": {
    "ConnectionString_B2B": "Server=awsbman-t,1433;Database=B2B;User ID=b2buser;Password=#gets0m3;Trusted_Connection=False",
    "DevQATrucks": "Server=hookupsqlqa1\\gpkqa; Database=YogurtDelay: User Id=kmwulfliq; password= sK!g2Ex_=jJ6Gx5v",
    "Postgres": "Server=host;Port=5432;User Id=username;Password=secret;Database=databasename;",
    "Sql": "Data Source=190.190.200.100,1433;Network Library=DBMSSOCN;Initial Catalog=myDataBase;User ID=myUsername;Password=myPassword;",
    "OleDb": "Provider=SQLNCLI;Server=myServerName,myPortNumber;Database=myDataBase;Uid=myUsername;Pwd=myPassword;"
  }
}""")
add(J, "3 6 8", NOSEY["azure"], "noseyparker np.azure.1 examples: `IOTHUB_CONNECTION_STRING` and `AZURE_STORAGE_CONNECTION_STRING` objects as given, `AzureWebJobsStorage=...` as a member", """
{
  "IOTHUB_CONNECTION_STRING": {
    "value": "HostName=d1-vi-ioth521.azure-devices.net;SharedAccessKeyName=registryReadWrite;SharedAccessKey=S8ii67l3Gd1Ba69az78iP9UksewzhjvUfh1DIuDs30w="
  },
  "AZURE_STORAGE_CONNECTION_STRING": {
    "value": "DefaultEndpointsProtocol=https;AccountName=d1biblobstor521;AccountKey=NjEwGHd9+piK+iCi2C2XURWPmeDDjif9UKN1HAszYptL4iQ+yD7/dgjLMZc3VOpURsa53aJ4HZfbVWzL429C5g==;EndpointSuffix=core.windows.net"
  },
  "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=hanatour9833;AccountKey=6jqh42QQjWWBwoPGGR/Jr0PZjhBMZVbHm/gkhEfHvOj8aV6+oI8ed6ZAAwB5a6993WqyQDiuJJB0QpseJwqYxw==;EndpointSuffix=core.windows.net"
}""")
add(Y, "2", NOSEY["azure"], "noseyparker np.azure.1 example multi-line storage connection string (AccountName=testacc1; AccountKey=...; endpoints), as a folded YAML block (key line excluded)", """
storage: >-
  DefaultEndpointsProtocol=http;AccountName=testacc1;AccountKey=1gy3lpE7Du1j5ljKiupgKzywSw2isjsa69sfsdfsdsgfsgfdgfdgfd/YThisv/OVVLfIOv9kQ==;BlobEndpoint=http://127.0.0.1:8440/testacc1;TableEndpoint=http://127.0.0.1:8440/testacc1;QueueEndpoint=http://127.0.0.1:8440/testacc1;""", exclude="1")
add(J, "3 4 5", NOSEY["azure"], "noseyparker np.azure.2 examples (three App Configuration connection strings), under ConnectionStrings", """
{
  "ConnectionStrings": {
    "AppConfig": "Endpoint=https://foo-nonprod-appconfig.azconfig.io;Id=ABCD-E6-s0:tl6ABcdefGHi7kLMno/p;Secret=abCD1EF+GHIJxLMnOPqRSa53VWX05zaBCdE/fg9hi4k=",
    "AppConfigTest": "Endpoint=https://appconfig-test01.azconfig.io;Id=09pv-l0-s0:opFCQMC6+9485xJgN5Ws;Secret=GcoEA53t7GLRNJ910M46IrbHO/Vg0tt4HujRdsaCoTY=",
    "AppConfigPwc": "Endpoint=https://appcs-fg-pwc.azconfig.io;Id=pi5x-l9-s0:SZLlhHA53Nz2MpAl04cU;Secret=CQ+mlfQqkzfZv4XA53gigJ/seeXMKwNsqW/rM3wmtuE="
  }
}""")
add("azure-pipelines.yml", "2 3 4", NOSEY["azure"], "noseyparker np.azure.3 examples (`personalAccessToken`, `$token`, `ado_pat`), as pipeline variables", """
variables:
  personalAccessToken: zpczok4kqgnw5prpfy3ehiylbqvgbjfkdiqkejsxqamy7qbkep7q
  token: 58oo4mvqr2tpw7b4w3loeckwfu5o6nw3sihfckvlwoxgqimlddza
  ado_pat: iyfmob6xjrfmit67anxbot64umfx2clwx7dz5ynxi4q2z3uqegvq""")
add(J, "2 3", NOSEY["postgres"], "noseyparker np.postgres.1 examples: `\"REDSHIFT\": \"postgres://spot_app:Pseg2020@...\",` (as given) and `postgresql://user:secret@localhost/otherdb?...` (neutral key)", """
{
  "REDSHIFT": "postgres://spot_app:Pseg2020@calling-mr-bones.c0qsadyxbf4k.us-east-1.redshift.amazonaws.com:5439/datalakespotprod",
  "database": "postgresql://user:secret@localhost/otherdb?connect_timeout=10&application_name=myapp"
}""")
add("application.yml", "6", NOSEY["mongo"], "noseyparker np.mongodb.1 example: the Spring `spring.data.mongodb.uri` block (as given)", """
spring:
  application:
    name: Prince
  data:
    mongodb:
      uri: "mongodb+srv://servicelogin:CPCdZH5k0F6dxQ9V@example-prince.mongodb.net/?retryWrites=true&w=majority"
      database: prince""")
add(J, "3 4 5", NOSEY["mongo"], "noseyparker np.mongodb.1 examples (three connection strings), under ConnectionStrings", """
{
  "ConnectionStrings": {
    "Mongo": "mongodb://myDatabaseUser:D1fficultP%40ssw0rd@localhost/records",
    "MongoAtlas": "mongodb+srv://myDatabaseUser:D1fficultP%40ssw0rd@mongodb0.example.com/?authSource=admin&replicaSet=myRepl",
    "MongoRouters": "mongodb://myDatabaseUser:D1fficultP%40ssw0rd@router1.example.com:27017,router2.example2.com:27017,router3.example3.com:27017/"
  }
}""")
add(Y, "1", NOSEY["aws"], "noseyparker np.aws.1 example bare `AKIADEADBEEFDEADBEEF` (neutral key after the service)", "aws: AKIADEADBEEFDEADBEEF")
add(Y, "1", NOSEY["aws"], "noseyparker np.aws.2 example `aws_secret_access_key:aaaa...` (40 times a; peer: match)", "aws_secret_access_key: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
add("docker-compose.yml", "5 6", NOSEY["aws"], "noseyparker np.aws.4 example (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN exports), as compose environment; the key-id line is not asserted (excluded)", f"""
services:
  app:
    environment:
      AWS_ACCESS_KEY_ID: "I08BCX2ACV45ED1DOC9J"
      AWS_SECRET_ACCESS_KEY: "0qk+o7XctJMmG6ydO8537c9+TofLJU1K0PiVBXSg"
      AWS_SESSION_TOKEN: "{AWS_SESSION_JWT}\"""", exclude="4")
add(Y, "1 2", NOSEY["aws"], "noseyparker np.aws.6 example `export AWS_API_KEY='A3T0...'` / `export AWS_SECRET_ACCESS_KEY='ded7db27...'`, as YAML members", "AWS_API_KEY: 'A3T0ABCDEFGHIJKLMNOP'\nAWS_SECRET_ACCESS_KEY: 'ded7db27a4558eea9bbf0bf36e0e8521618f366c'")
add(J, "2 3", NOSEY["github"], "noseyparker np.github.3/4 examples `\"token\": \"ghu_...\",` and `\"refresh_token\": \"ghr_...\",` (as given)", """
{
  "token": "ghu_16C7e42F292c69C2E7C10c838347Ae178B4a",
  "refresh_token": "ghr_1B4a2e77838347a7E420ce178F2E7c6912E169246c3CE1ccbF66C46812d16D5B1A9Dc86A1498"
}""")
add(Y, "1", NOSEY["github"], "noseyparker np.github.1 example `GITHUB_KEY=ghp_XIxB7...`, as a YAML member", "GITHUB_KEY: ghp_XIxB7KMNdAr3zqWtQqhE94qglHqOzn1D1stg")
add("hub.yml", "3", NOSEY["github"], "noseyparker np.github.2 example `    oauth_token: gho_fq75...` (as given, in a hub config)", "github.com:\n  - user: octocat\n    oauth_token: gho_fq75OMU7UVbS9pTZmoCCzJT6TM5d1w099FgG")
add(Y, "2", NOSEY["github"], "noseyparker np.github.6 example `GITHUB_CLIENT_ID=ac58...` / `GITHUB_SECRET=37d0...`, as YAML members (the client id is an identifier rule; excluded)", "GITHUB_CLIENT_ID: ac58d6da7d7a84c039b7\nGITHUB_SECRET: 37d02377a3e9d849e18704c3ec883f9c5787d857", exclude="1")
add(Y, "1", NOSEY["github"], "noseyparker np.github.7 example bare `github_pat_11AALKJEA...` (neutral key after the service)", "github: 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")
add(Y, "1 2 3 4", NOSEY["slack"], "noseyparker np.slack.2/5 examples `SLACK_API_TOKEN=xoxb-...`, `SET SLACK_TOKEN=xoxb-...`, `export SLACK_TOKEN=\"xoxb-0000000000-...-xxxx\"` (peer: match) and `ENV SLACK_TOKEN=\"xapp-...\"`, as YAML members", """
SLACK_API_TOKEN: xoxb-893582989554-899326518131-JRHeVv1o9Cf99fwDpuortR2D
SLACK_TOKEN: xoxb-31446298938-537092655923-AeFmqVRV5nS3q028kmmHUFm3
SLACK_EXAMPLE_TOKEN: "xoxb-0000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx"
SLACK_APP_TOKEN: "xapp-083452001657-ShAYwge/87H4lC3j7lZ48pAL\"""")
add(J, "3", NOSEY["slack"], "noseyparker np.slack.3 example: the JS `slack.options = { webhook : \"https://hooks.slack.com/...\", username, emoji, channel }`, as a JSON section", """
{
  "Slack": {
    "webhook": "https://hooks.slack.com/services/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",
    "username": "console.slack.bot",
    "emoji": ":trollface:",
    "channel": "#payx-logs"
  }
}""")
add(Y, "1", NOSEY["slack"], "noseyparker np.slack.3 example `#notifications_marcus: https://hooks.slack.com/...` (uncommented)", "notifications_marcus: https://hooks.slack.com/services/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")
add(Y, "3", NOSEY["jwt"], "noseyparker np.jwt.2 example `jwt: secret: \"acb1ca5b...\" #some comment` (as given)", 'something_else: true\njwt:\n  secret: "acb1ca5bc8d7fb2ef9f890f1be16d964" #some comment\n  ttl: 640000 #')
add(Y, "2", NOSEY["jwt"], "noseyparker np.jwt.2 example `JWT: secret: \"development#product\"` (as given)", 'JWT:\n  secret: "development#product"\n  exp: "50m"')
add(Y, "3", NOSEY["jwt"], "noseyparker np.jwt.3 example `jwt: secret: 'acb1ca5b...'` (as given)", "something_else: true\njwt:\n  secret: 'acb1ca5bc8d7fb2ef9f890f1be16d964' #some comment\n  ttl: 640000 #")
add(Y, "2", NOSEY["jwt"], "noseyparker np.jwt.3 example `JWT: Secret: 'development#product'` (as given)", "JWT:\n  Secret: 'development#product'\n  exp: '50m'")
add(Y, "2", NOSEY["jwt"], "noseyparker np.jwt.3 example `oauthproviders: jwtsecret: '7`D\"}/vYR...'` (as given)", "oauthproviders:\n  jwtsecret: '7`D\"}/vYR)T;W\\5]EBrf;_&k>qX??]G&3CF=;@vyrVBp[$_hK4^?{qT/EglJe[FYjp:IPgl_t$%r'")
add(Y, "1", NOSEY["jwt"], "noseyparker np.jwt.1 example `NUCLEAR_SERVICES_ANON_KEY=eyJ...`, as a YAML member", "NUCLEAR_SERVICES_ANON_KEY: eyJhbGciOiJIUzI1NiIsEnR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InFqcnVqc2lzY2Nzdnl2am5xdG5xIiwicm9sZSI6ImEub24iLCJpYXQiOjE2NTY1OTY0NjEsImV4cCI6MTk3MjE3MjQ2MX0.WQWcwBAQFNE259f2o8ruFln_UMLTFEnEaUD7KHrs9Aw")
add(Y, "2 3", NOSEY["http"], "noseyparker np.http.1/2 examples `Authorization: Basic QWxh...` and `Authorization: Bearer mF_9.B5f-4.1JqM`, as request headers of two probes", """
probe:
  basic: "Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
  bearer: "Authorization: Bearer mF_9.B5f-4.1JqM\"""")
add(J, "3 6 7", NOSEY["stripe"], "noseyparker np.stripe.1 `Stripe.api_key = \"sk_live_...\"`, np.sendgrid.1 `'SENDGRID_API_KEYSID': 'SG....'` and `require('sendgrid')('SG...')`, as JSON members", """
{
  "Stripe": {
    "api_key": "sk_live_dhhfUUyfrAace5dBAZ10JrAD"
  },
  "SendGrid": {
    "SENDGRID_API_KEYSID": "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",
    "ApiKey": "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"
  }
}""")
add(J, "3", NOSEY["twilio"], "noseyparker np.twilio.1 example JS consts (account SID, API key SID, API key secret): the API key SID is what the rule reports; the SID and secret lines are not asserted (excluded)", """
{
  "twilioAccountSid": "AC712594f590c0d8ace55c04858f7398f9",
  "twilioApiKeySID": "SK9b4cc552783500ace5414a1ed3e9fd1a",
  "twilioApiKeySecret": "l6LUelKF2BUtMLace5oShZSmRppadYqI"
}""", exclude="2 4")
add("azure-pipelines.yml", "2 3", NOSEY["nuget"], "noseyparker np.nuget.1 examples (`nuget push ... oy2dgb...`, `dotnet nuget push ... --api-key oy2l53...`), as pipeline script steps", """
steps:
  - script: nuget push %filename% oy2dgb333j35kjjybcf99yzxo7hjyloera4anxn4ivcvle -Source https://api.nuget.org/v3/index.json
  - script: dotnet nuget push "{}"  --api-key  oy2l53fxd7xcf99dnyrqewssedgopshuticofclpespbyi  -s https://api.nuget.org/v3/index.json --skip-duplicate""")

# =====================================================================================================================
# noseyparker negative_examples (negative, one file each)
# =====================================================================================================================
none(J, NG, "noseyparker np.generic.5 negative `password = \"123\"` (too short), as a JSON member", '{\n  "Database": {\n    "password": "123"\n  }\n}')
none(J, NG, "noseyparker np.generic.5 negative `\"password\": \"$super$ecret\",` (as given; a substitution reference)", '{\n  "Admin": {\n    "password": "$super$ecret"\n  }\n}')
none("docker-compose.yml", NG, "noseyparker np.generic.5 negative `export PGPASSWORD=\"$gdcapi_db_password\"`, as compose environment", 'services:\n  api:\n    environment:\n      PGPASSWORD: "$gdcapi_db_password"')
none(".gitlab-ci.yml", NG, "noseyparker np.generic.5 negative `- echo 'export DATABASE_PASSWORD=\"'$PRECOMPILE_PASSWORD'\"' >> .env` (as given, a CI script step)", "precompile:\n  script:\n    - echo 'export DATABASE_PASSWORD=\"'$PRECOMPILE_PASSWORD'\"' >> .env")
none(J, NG, "noseyparker np.generic.5 negative docs redirect `\"/en/.../creating-a-strong-password\":\"/en/enterprise-server@3.0/auth\"` (as given)", '{\n  "redirects": {\n    "/en/enterprise/3.0/authentication/keeping-your-account-and-data-secure/creating-a-strong-password":"/en/enterprise-server@3.0/auth"\n  }\n}')
none(J, NG, "noseyparker np.generic.5 negative `\"password\": \"&lt;YOURPASSWROD&gt;\"` (as given; an escaped placeholder)", '{\n  "Setup": {\n    "password": "&lt;YOURPASSWROD&gt;"\n  }\n}')
none(J, NG, "noseyparker np.generic.5 negative `IAMUserChangePassword = \"arn:aws:iam::aws:policy/IAMUserChangePassword\"` (a policy ARN)", '{\n  "Policies": {\n    "IAMUserChangePassword": "arn:aws:iam::aws:policy/IAMUserChangePassword"\n  }\n}')
none(Y, NG, "noseyparker np.generic.5/6 negative `this.addPassword = \"#add-password\"` (a CSS selector), as a YAML member", 'selectors:\n  addPassword: "#add-password"')
none(Y, NG, "noseyparker np.generic.6 negative `usernameLabel:\"Username or email:\",passwordLabel:\"Password:\",rememberMeLabel:\"Remember me:\"` (UI labels), as YAML", 'labels:\n  usernameLabel: "Username or email:"\n  passwordLabel: "Password:"\n  rememberMeLabel: "Remember me:"')
none(Y, NOSEY["odbc"], "noseyparker np.odbc.1 negative Ruby `\"User=#{username}, \"` / `\"Password=#{password}, \"` (interpolated template), as a YAML template value", 'loginReport: "User=#{username}, Password=#{password}, Domain=#{domain}, Full Name=#{full_name}, E-mail=#{e_mail}"')
none(Y, NG, "noseyparker np.generic.2 negative HTML attributes `name=\"ws_plugin__s2member_amazon_s3_comp_files_access_key\" id=...` (as given, in a YAML template value)", 'template: \'<input name="ws_plugin__s2member_amazon_s3_comp_files_access_key" id="ws-plugin--s2member-amazon-s3-comp-files-access-key" />\'')
none(Y, NOSEY["odbc"], "noseyparker np.odbc.1 negative C `char *domain = NULL; char *user = NULL; char *password = NULL;`, as YAML nulls", "domain: null\nuser: null\npassword: null")
none(J, NOSEY["azure"], "noseyparker np.azure.1 negative `InstrumentationKey=00000000-...;EndpointSuffix=ai.contoso.com;` (Application Insights)", '{\n  "ApplicationInsights": {\n    "ConnectionString": "InstrumentationKey=00000000-0000-0000-0000-000000000000;EndpointSuffix=ai.contoso.com;"\n  }\n}')
none(J, NOSEY["azure"], "noseyparker np.azure.1 negative `InstrumentationKey=00000000-...;IngestionEndpoint=...;LiveEndpoint=...`", '{\n  "ApplicationInsights": {\n    "ConnectionString": "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://custom.com:111/;LiveEndpoint=https://custom.com:222/;ProfilerEndpoint=https://custom.com:333/;SnapshotEndpoint=https://custom.com:444/;"\n  }\n}')
none(J, NOSEY["azure"], "noseyparker np.azure.1 negative `AccountName=<YOUR_ACCOUNT_NAME>;AccountKey=<YOUR_ACCOUNT_KEY>;`, under ConnectionStrings", '{\n  "ConnectionStrings": {\n    "Storage": "AccountName=<YOUR_ACCOUNT_NAME>;AccountKey=<YOUR_ACCOUNT_KEY>;"\n  }\n}')
none(J, NOSEY["azure"], "noseyparker np.azure.1 negative `AccountName=X;AccountKey=X;`, under ConnectionStrings", '{\n  "ConnectionStrings": {\n    "Storage": "AccountName=X;AccountKey=X;"\n  }\n}')
none(J, NOSEY["azure"], "noseyparker np.azure.1 negative `AccountName={2};AccountKey={3};` (a format template), under ConnectionStrings", '{\n  "ConnectionStrings": {\n    "StorageTemplate": "AccountName={2};AccountKey={3};"\n  }\n}')
none(J, NOSEY["azure"], "noseyparker np.azure.1 negative `SharedAccessKeyName=[Shared Access Key Name goes here];SharedAccessKey=[Shared Access key goes here];`, under ConnectionStrings", '{\n  "ConnectionStrings": {\n    "ServiceBus": "SharedAccessKeyName=[Shared Access Key Name goes here];SharedAccessKey=[Shared Access key goes here];"\n  }\n}')
none(J, NOSEY["azure"], "noseyparker np.azure.2 negative `Endpoint=https://contoso.azconfig.io;Id=xxx;Secret=xxx`, under ConnectionStrings", '{\n  "ConnectionStrings": {\n    "AppConfig": "Endpoint=https://contoso.azconfig.io;Id=xxx;Secret=xxx"\n  }\n}')
none(Y, NOSEY["aws"], "noseyparker np.aws.1 negative `A3T0ABCDEFGHIJKLMNO` (one character short; neutral key after the service)", "aws: A3T0ABCDEFGHIJKLMNO")
none(Y, NOSEY["aws"], "noseyparker np.aws.1 negative `A3T0ABCDEFGHIjklmnop` (lower case; neutral key after the service)", "aws: A3T0ABCDEFGHIjklmnop")
none(Y, NOSEY["aws"], "noseyparker np.aws.* negative `======================` (easy; neutral key after the service)", 'aws: "======================"')
none(Y, NOSEY["aws"], "noseyparker np.aws.* negative `//////////////////////` (easy; neutral key after the service)", 'aws: "//////////////////////"')
none(Y, NOSEY["aws"], "noseyparker np.aws.* negative `++++++++++++++++++++++` (easy; neutral key after the service)", 'aws: "++++++++++++++++++++++"')

# =====================================================================================================================
# microsoft/security-utilities
# =====================================================================================================================
S = SECUTIL
add(J, "3", S["messaging"], "security-utilities SEC101/105 TP (Service Bus RootManageSharedAccessKey), under ConnectionStrings",
    f'{{\n  "ConnectionStrings": {{\n    "ServiceBus": "Endpoint=sb://doesnotexist.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={G["messaging_key"]}"\n  }}\n}}')
add(J, "3", S["sas"], "security-utilities SEC101/060 TP `sig={RandomBase64(43)}%3d`, in a SAS URL (key named after its use)",
    f'{{\n  "Blob": {{\n    "SasUrl": "https://examplestore.blob.core.windows.net/data?sv=2022-11-02&sr=c&sp=rl&sig={G["sig_tp"]}"\n  }}\n}}')
add(Y, "1", S["sas"], "security-utilities SEC101/060 TP `dsas_secret={RandomBase64(43)}=` (neutral key)", f'query: "dsas_secret={G["dsas_tp"]}"')
add(Y, "1", S["sas"], "security-utilities SEC101/060 TP `dsas_secret=` 43 URL-encoded slashes + `%3D` (the peer's contrived example; neutral key)", f'query: "dsas_secret={G["slashes"]}%3D"')
none(J, S["sas"], "security-utilities SEC101/060 FP `sig={RandomBase64(43)}` (no trailing padding), in a SAS URL", f'{{\n  "Blob": {{\n    "SasUrl": "https://examplestore.blob.core.windows.net/data?sv=2022-11-02&sr=c&sp=rl&sig={G["sig_fp"]}"\n  }}\n}}')
none(Y, S["sas"], "security-utilities SEC101/060 FP `dsas_secret={RandomBase64(43)}` (no trailing padding; neutral key)", f'query: "dsas_secret={G["dsas_fp"]}"')
none(Y, S["sas"], "security-utilities SEC101/060 FP `dsas_secret=` 43 URL-encoded slashes without padding (neutral key)", f'query: "dsas_secret={G["slashes"]}"')
none(Y, S["sas"], "security-utilities SEC101/060 FP `dsas_secret=` 44 URL-encoded slashes + `%3D` (exceeds the length limit; neutral key)", f'query: "dsas_secret={G["slashes"]}%2f%3D"')
add(Y, "1", S["bearer"], "security-utilities SEC101/061 TP `Authorization: bearer notasecret==` (peer: match; neutral key)", 'header: "Authorization: bearer notasecret=="')
add(Y, "1", S["bearer"], "security-utilities SEC101/061 TP `authorization:%20bearer%20secretplacholder` (peer: match), in a URL", 'callback: "https://api.example.com/callback?authorization:%20bearer%20secretplacholder"')
add(Y, "1", S["nuget"], "security-utilities SEC101/031 TP (GUID-based entropy; neutral key after the service)", f"nuget: {G['nuget_guid']}")
add("azure-pipelines.yml", "2", S["nuget"], "security-utilities SEC101/031 TP (PRNG-based entropy), as a `dotnet nuget push --api-key` pipeline step", f"steps:\n  - script: dotnet nuget push package.nupkg --api-key {G['nuget_prng']} --source https://api.nuget.org/v3/index.json")
add(Y, "1", S["nuget"], "security-utilities SEC101/031 TP (upper case; neutral key after the service)", f"nuget: {G['nuget_upper']}")
add(Y, "1", S["nuget"], "security-utilities SEC101/031 TP (one base32 character 43 times; neutral key after the service)", f"nuget: {G['nuget_repeat']}")
none(Y, S["nuget"], "security-utilities SEC101/031 FP (mixed case; neutral key after the service)", f"nuget: {G['nuget_mixed']}")
add(Y, "1", S["databricks"], "security-utilities SEC101/110 TP `dapi{hex32}` (neutral key after the service)", f"databricks: {G['databricks_1']}")
add(Y, "1", S["databricks"], "security-utilities SEC101/110 TP `dapi{hex32}-3` (neutral key after the service)", f"databricks: {G['databricks_2']}")
add(Y, "1", S["npm"], "security-utilities SEC101/050 TP `npm_{base62 36}` (neutral key after the service)", f"npm: {G['npm']}")
add(J, "5", S["aad34"], "security-utilities SEC101/101 TP (34-character legacy Entra client secret), under AzureAd:ClientSecret (where such a value lives; not a neutral key)",
    f'{{\n  "AzureAd": {{\n    "TenantId": "{G["tenant_id"]}",\n    "ClientId": "{G["client_id"]}",\n    "ClientSecret": "{G["aad34"]}"\n  }}\n}}')
add(Y, "1", S["acr"], "security-utilities SEC101/109 TP (32-character legacy container registry key; neutral key after the service)", f'acr: "{G["acr"]}"')
add(Y, "1", S["sample"], "security-utilities SEC101/565 TP sample token (neutral key)", f"sample: {G['sample_token']}")

# =====================================================================================================================
# ripsecrets
# =====================================================================================================================
R = RIP
add(J, "2 3 4", R["random"], "ripsecrets one_per_line/random `APP_KEY = \"iftkeq2y4qj0nbt\"`, `clientSecretKey := \"2Tm6...\"`, `\"key\": \"2Tm6...\"` (the last as given), as JSON members", """
{
  "APP_KEY": "iftkeq2y4qj0nbt",
  "clientSecretKey": "2Tm6cdsRVBTL9hRCmR6MRDTpMLFS4I",
  "key": "2Tm6cdsRVBTL9hRCmR6MRDTpMLFS4I"
}""")
add(J, "3", R["azure"], "ripsecrets one_per_line/azure `AccountKey=lJzRc1...==`, under ConnectionStrings", '{\n  "ConnectionStrings": {\n    "Storage": "AccountKey=lJzRc1YdHaAA2KCNJJ1tkYwF/+mKK6Ygw0NGe170Xu592euJv2wYUtBlV8z+qnlcNQSnIYVTkLWntUO1F8j8rQ=="\n  }\n}')
add(Y, "1 2", R["azure"], "ripsecrets one_per_line/azure `client_secret = GN.7Q~...` and `api_key = 2N87Q~...`, as YAML members", "client_secret: GN.7Q~4AkLZBNEbz4Jxlm~O5G6SsyFxYg6zNR\napi_key: 2N87Q~4m2Bkq.tjC7pDkGksXPutGkChIGNqYc")
add(Y, "1", R["url"], "ripsecrets one_per_line/url `mysql://USERNAME:PASSWORD@example.com` (peer: match; neutral key)", "database: mysql://USERNAME:PASSWORD@example.com")
add(Y, "1 2 3", R["aws"], "ripsecrets one_per_line/aws (three lines; the third as given), as YAML members", "secret_access_key: '1W0T1eqNpAk3imtH8mJtkSf2AQ3eNMrPqe3u3Tf6'\nsecretAccessKey: \"wrmDCcpolP3yg9l7o9dJragXbj2wFFzWgiN5FBZN\"\nSECRET_ACCESS_KEY: 2OYzBCp/+N9pUJ3a8JA5lOLYL/iKBFYVlif3pIHl")
add(Y, "1", R["github"], "ripsecrets one_per_line/github bare `ghp_wWPw5k...` (neutral key after the service)", "github: 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")
add(Y, "1", R["github"], "ripsecrets one_per_line/github bare `github_pat_wWPw5k...` (neutral key after the service)", "github: github_pat_wWPw5k4aXcaT4fNP0UcnZwJUVFk6LO0pINUx")
add("configmap.yaml", "6", R["npm"], "ripsecrets one_per_line/npm `//registry.npmjs.org/:_authToken=xxxx...` (peer: match), as the .npmrc entry of a ConfigMap", 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: npm-config\ndata:\n  .npmrc: "//registry.npmjs.org/:_authToken=xxxxxxxxxxxxxxxxxxxx"')
add(Y, "1", R["npm"], "ripsecrets one_per_line/npm bare `npm_F9vPy...` (neutral key after the service)", "npm: 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")
add(Y, "1", R["slack"], "ripsecrets one_per_line/slack bare `xoxp-523423-...` (neutral key after the service)", "slack: xoxp-523423-234243-234233-e039d02840a0b9379c")
add(Y, "1", R["slack"], "ripsecrets one_per_line/slack webhook `https://hooks.slack.com/services/Txxxxxxxx/Bxxxxxxxx/xxxx...` (peer: match; neutral key)", "webhook: https://hooks.slack.com/services/Txxxxxxxx/Bxxxxxxxx/xxxxxxxxxxxxxxxxxxxxxxxx")
add(Y, "1", R["stripe"], "ripsecrets one_per_line/stripe bare `sk_live_ReTll...` (neutral key after the service)", "stripe: sk_live_ReTllpYQYfIZu2Jnf2lAPFjD")
add(Y, "1", R["stripe"], "ripsecrets one_per_line/stripe bare `rk_live_5TcWf...` (neutral key after the service)", "stripe: rk_live_5TcWfjKmJgpql9hjpRnwRXbT")
add(Y, "1", R["jwt"], "ripsecrets one_per_line/jwt bare JWT (neutral key)", "jwt: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
add(Y, "1", R["jwt"], "ripsecrets one_per_line/jwt header and payload without signature (neutral key)", "jwt: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ")
add(Y, "1", R["gcp"], "ripsecrets one_per_line/gcp `key=AIzaSyCw8...`, as a YAML member", "key: AIzaSyCw8XmxlGXVRySZxKiuZhFCALuXbLqqHBI")
add(Y, "1", R["gcp"], "ripsecrets one_per_line/gcp bare `AIzaSyBYvIR...` (neutral key after the service)", "gcp: AIzaSyBYvIR5fRdK_ZUw4baMjUanLRTA7iopW-I")
add(Y, "1", R["gcp"], "ripsecrets one_per_line/gcp bare `AIzaSyBsk5f...` (neutral key after the service)", "gcp: AIzaSyBsk5f14YtkTQr-hIbMjMOMSXIV2KdZlrU")
none(Y, R["none"], "ripsecrets test/none `secret = \"asdfasdf...\"` (repeated, not random), as a YAML member", 'secret: "asdfasdfasdfasdfasdfasdfasdfasdfasdfasdfasdfasdf"')
none(Y, R["none"], "ripsecrets test/none `-----BEGIN PRIVATE KEY-----this is not a private key-----END PRIVATE KEY-----` (neutral key)", 'pem: "-----BEGIN PRIVATE KEY-----this is not a private key-----END PRIVATE KEY-----"')
none(Y, R["none"], "ripsecrets test/none `CLIENT_SECRET = settings.GITHUB_API_SECRET` (a reference), as a YAML member", "CLIENT_SECRET: settings.GITHUB_API_SECRET")
none(Y, R["none"], "ripsecrets test/none `ACCESS_TOKEN_URL = ASANA_TOKEN_EXCHANGE_URL` (a reference), as a YAML member", "ACCESS_TOKEN_URL: ASANA_TOKEN_EXCHANGE_URL")
none(Y, R["none"], "ripsecrets test/none SQL `WITH (PAD_INDEX = OFF, ..., IGNORE_DUP_KEY = OFF, ...)`, as an index options value", 'indexOptions: "PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON"')
none(J, R["none"], "ripsecrets test/none `req.POST = {\"head_long\": \"v999\", \"url\": \"http://example.com\", \"user\": \"wrong@example.com\"}` (the object as given)", '{"head_long": "v999", "url": "http://example.com", "user": "wrong@example.com"}')
none(Y, R["none"], "ripsecrets test/none `http://public:secret@example.com/1` (peer: no finding; neutral key)", "url: http://public:secret@example.com/1")
none(Y, R["none"], "ripsecrets test/none `project_key = PROJECT_NAME_ALIAS` (p_random.rs: not random), as a YAML member", "project_key: PROJECT_NAME_ALIAS")
none(Y, R["none"], "ripsecrets test/none `postgresql://user:user@no_connection/no_db` (peer: no finding; neutral key)", "database: postgresql://user:user@no_connection/no_db")

# =====================================================================================================================
# talisman
# =====================================================================================================================
T = TAL
add(Y, "1 2 3 4 5 6 7", T["pattern"], "talisman TestShouldDetectPasswordPatterns `<value>=UnsafeString` / `PWD=appropriate` / `pass=appropriate` / `adminpwd=appropriate` forms, as YAML members",
    "password: UnsafeString\nsecret: UnsafeString\npwd: UnsafeString\npassphrase: UnsafeString\nPWD: appropriate\npass: appropriate\nadminpwd: appropriate")
add(J, "2 3", T["pattern"], "talisman TestShouldDetectPasswordPatterns `\"SERVER_PASSWORD\" : UnsafeString` and `\"pw\" : UnsafeString`, as JSON members", '{\n  "SERVER_PASSWORD" : "UnsafeString",\n  "pw" : "UnsafeString"\n}')
add(J, "2", T["content"], "talisman TestShouldFlagPotentialSecretsWithinJavaCode `accessKey=\"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\"`, as a JSON member", '{\n  "accessKey": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"\n}')
none(J, T["pattern"], "talisman shouldFailDetectionOfSecretPattern `\"pAsSWoRD\" :1234567` (a number; as given)", '{\n  "pAsSWoRD" :1234567\n}')
none(Y, T["pattern"], "talisman shouldFailDetectionOfSecretPattern `random=12345678`, as a YAML member", "random: 12345678")
none(Y, T["content"], "talisman TestShouldNotFlagLowEntropyBase64Text `YWFhYWFh...YWEK` (neutral key)", "data: YWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWEK")

# =====================================================================================================================
# ggshield
# =====================================================================================================================
add(Y, "1", GG, "ggshield _SIMPLE_SECRET_PATCH `github_token: 368ac3ed...` (as given)", "github_token: 368ac3edf9e850d1c0ff9d6c526496f8237ddf91")
add(J, "2", GG, "ggshield _SINGLE_ADD_PATCH `sg_key = \"SG._Yytrtv...\";`, as a JSON member", '{\n  "sg_key": "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"\n}')
add("docker-compose.yml", "8", GG, "ggshield _MULTIPLE_SECRETS_PATCH `docker run ... -e MYSQL_PASSWORD=m42ploz2wd geonetwork` (MySQL Assignment), as compose environment", """
services:
  geonetwork:
    image: geonetwork
    environment:
      - MYSQL_HOST=google.com
      - MYSQL_PORT=5434
      - MYSQL_USERNAME=root
      - MYSQL_PASSWORD=m42ploz2wd""")
add(Y, "2", GG, "ggshield _MULTI_SECRET_TWO_LINES_PATCH `FacebookAppId = ...;` / `FacebookAppSecret = ...;` (the app id is an identifier; excluded)", "FacebookAppId: 294790898041575\nFacebookAppSecret: ce3f9f0362bbe5ab01dfc8ee565e4372", exclude="1")
add(Y, "1", GG, "ggshield UNCHECKED_SECRET_PATCH `apikey = \"{GG_TEST_TOKEN}\";`, as a YAML member", f'apikey: "{GG_TEST_TOKEN}"')
rsa_block = "\n".join("    " + l for l in GG_RSA_LINES)
add(Y, "3", GG, "ggshield _SIMPLE_SECRET_MULTILINE_PATCH `PrivateKeyRsa:` / `- text: ` RSA private key, as a literal block (the BEGIN line labelled; key line and key body excluded)",
    f"PrivateKeyRsa:\n- text: |\n{rsa_block}", exclude="2 " + " ".join(str(i) for i in range(4, 3 + len(GG_RSA_LINES))))


# ---- write (counting as ExternalConfigCorpusTests does; config_set_writer.py) ----
write_config_set(
    CASES,
    "config-secrets-5.txt",
    "# Held-out AKS2003 set 5: noseyparker, security-utilities, ripsecrets, talisman and ggshield labelled examples (sources not used in sets 1-4), labelled by what the peer asserts before AKS2003 ran on them.",
    "# Format: README.md ('Configuration files, set 5'). Written by write_config_secrets_5.py (shared values in set5_sources.py).",
)

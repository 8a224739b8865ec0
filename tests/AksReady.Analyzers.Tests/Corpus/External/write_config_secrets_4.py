#!/usr/bin/env python3
"""Writes config-secrets-4.txt: the fourth held-out AKS2003 set (JSON-heavy), see README.md ('Configuration files, set 4').

Built on 2026-11-26 after every AKS2003 change of that day, as a blind measurement of the rules as they are. Sources
used in no earlier config set (not KICS, Checkov, secretlint, detect-secrets, cred-alert, whispers, kube-linter, cfn_nag,
arm-ttk, kubescape, PSRule, trivy):

- gitleaks/gitleaks (MIT) cmd/generate/config/rules/*.go. (a) utils.GenerateSampleSecrets renders each rule's sample
  secret as, among others, "json - string" `{\\n    "{i}_token": "{s}"\\n}` and five YAML forms (unquoted, single and
  double quoted, literal `|` and folded `>` block): each rendered file is a positive (the value line). (b) tps written as
  JSON lines (`"bot_token1": "xoxb-..."`, `"CLIENT_SECRET": "..."`) are positive lines of small appsettings.json files
  grouped per rule file. (c) fps are negative lines (`clean:`): JSON-shaped fps as given, name=value fps as the same
  name and value in JSON, placeholder tokens of the service rules under the sample form's key. (d) kubernetes.go's
  kubernetes-secret-yaml tps/fps are whole YAML files (the positive line is the first `data:` entry the rule captures;
  other base64 entries are excluded, since the peer does not say whether they are findings on their own); tab
  indentation in the peer strings is re-typed as two spaces (YAML forbids tabs).
- trufflesecurity/trufflehog (AGPL-3.0; short test strings only): sqlserver_test.go's appsettings.json pattern input
  (as given), placeholder_test.go's connection strings under ConnectionStrings (placeholders negative, real and
  brace-containing passwords positive), postgres_test.go's JSON credentials, azure app configuration connection
  strings (valid positive, `Id=`-less invalid negative), azure_entra service principal YAML inputs (valid positive,
  low-entropy `bP88Q~xxx`/`USe8Q~xxx` negative), azure_cosmosdb's `cosmosKey:` line.

JSON files are named appsettings.json (the JSON name AKS2003 reads); the note says what they hold. Values from
secrets.NewSecret(regex) (random in the peer test) are generated here with a fixed seed to match the same regex.
"""
import pathlib
import random
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from config_set_writer import write_config_set  # noqa: E402
from set4_sources import ALNUM, B32, DBCHARS, EXT, GITLEAKS, HEX, TRUFFLEHOG, secret_maker  # noqa: E402,F401

rng = random.Random(42)
secret = secret_maker(rng)
C = GITLEAKS
T = TRUFFLEHOG

CASES = []  # (name, secret, exclude, clean, source, note, content)


def add(name, secret_lines, source, note, content, exclude=None, clean=None):
    CASES.append((name, secret_lines, exclude, clean, source, note, content.strip("\n")))


# (a) GenerateSampleSecrets forms
samples = [
    ("aws", "aws-access-token", "AWS", "AKIALALEMEL33243OLIB"),
    ("github", "github-pat", "github", "ghp_" + secret(36)),
    ("github", "github-fine-grained-pat", "github", "github_pat_" + secret(82)),
    ("github", "github-oauth", "github", "gho_" + secret(36)),
    ("github", "github-app-token", "github", "ghs_" + secret(36)),
    ("gitlab", "gitlab-pat", "gitlab", "glpat-" + secret(20)),
    ("gitlab", "gitlab-ptt", "gitlab", "glptt-" + secret(40, HEX)),
    ("gitlab", "gitlab-rrt", "gitlab", "GR1348941" + secret(20)),
    ("gitlab", "gitlab-kubernetes-agent-token", "gitlab", "glagent-" + secret(50)),
    ("gitlab", "gitlab-feed-token", "gitlab", "glft-" + secret(20)),
    ("datadog", "datadog-access-token", "datadog", secret(40)),
    ("hashicorp", "hashicorp-tf-api-token", "hashicorpToken", secret(14, HEX) + ".atlasv1." + secret(64, "abcdefghijklmnopqrstuvwxyz0123456789-_=")),
    ("database", "database-password", "DB_PASSWORD", secret(20, DBCHARS)),
    ("database", "database-password (6 chars)", "db_password", secret(6, DBCHARS)),
    ("generic", "generic-api-key", "generic", "CLOJARS_34bf0e88955ff5a1c328d6a7491acc4f48e865a7b8dd4d70a70749037443"),
    ("generic", "generic-api-key", "generic", "Zf3D0LXCM3EIMbgJpUNnkRtOfOueHznB"),
    ("jwt", "jwt", "jwt", "ey" + secret(20) + ".ey" + secret(30) + "." + secret(22)),
    ("slack", "slack-bot-token", "bot", "xoxb-781236542736-2364535789652-GkwFDQoHqzXDVsC6GzqYUypD"),
    ("slack", "slack-user-token", "user", "xoxp-41684372915-1320496754-45609968301-e708ba56e1517a99f6b5fb07349476ef"),
    ("slack", "slack-legacy-token", "slack", "xoxs-416843729158-132049654-5609968301-e708ba56e1"),
    ("openai", "openai-api-key", "openaiApiKey", "sk-" + secret(20) + "T3BlbkFJ" + secret(20)),
]
for key, rule, ident, value in samples:
    add("appsettings.json", "2", C[key], f"gitleaks {rule}: tps, GenerateSampleSecrets 'json - string' form (utils/generate.go)",
        f'{{\n    "{ident}_token": "{value}"\n}}')
yaml_rules = [s for s in samples if s[1] in ("aws-access-token", "github-pat", "slack-bot-token", "datadog-access-token", "database-password")]
for key, rule, ident, value in yaml_rules:
    add("config.yaml", "1", C[key], f"gitleaks {rule}: tps, 'yaml - singleline - unquoted'", f"{ident}_token: {value}")
    add("config.yaml", "1", C[key], f"gitleaks {rule}: tps, 'yaml - singleline - single quote'", f"{ident}_token: '{value}'")
    add("config.yaml", "1", C[key], f"gitleaks {rule}: tps, 'yaml - singleline - double quote'", f'{ident}_token: "{value}"')
    add("config.yaml", "2", C[key], f"gitleaks {rule}: tps, 'yaml - multiline - literal' (value on line 2, key line excluded)", f"{ident}_token: |\n  {value}", exclude="1")
    add("config.yaml", "2", C[key], f"gitleaks {rule}: tps, 'yaml - multiline - folding' (value on line 2, key line excluded)", f"{ident}_token: >\n  {value}", exclude="1")

# (b) JSON-line tps, grouped per rule file
add("appsettings.json", "2 3 4 5 6 7 8 9 10 11 12 13", C["slack"], "gitleaks slack rules: tps JSON lines (bot, user, app-level, legacy bot, legacy) as given, in one object", """
{
  "bot_token1": "xoxb-781236542736-2364535789652-GkwFDQoHqzXDVsC6GzqYUypD",
  "bot_token2": "xoxb-263594206564-2343594206574-FGqddMF8t08v8N7Oq4i57vs1MBS",
  "user_token1": "xoxp-41684372915-1320496754-45609968301-e708ba56e1517a99f6b5fb07349476ef",
  "user_token2": "xoxp-283316862324-298911817009-298923149681-44f585044dace54f5701618e97cd1c0b",
  "token1": "xapp-1-A052FGTS2DL-5171572773297-610b6a11f4b7eb819e87b767d80e6575a3634791acb9a9ead051da879eb5b55e",
  "token2": "xapp-1-IEMF8IMY1OQ-4037076220459-85c370b433e366de369c4ef5abdf41253519266982439a75af74a3d68d543fb6",
  "bot_token3": "xoxb-282029623751-BVtmnS3BQitmjZvjpQL7PSGP",
  "bot_token4": "xoxb-47834520726-N3otsrwj8Cf99cs8GhiRZsX1",
  "access_token1": "xoxs-3206092076-3204538285-3743137121-836b042620",
  "access_token2": "xoxs-4829527689-4829527691-4814341714-d0346ec616",
  "access_token7": "xoxo-523423-234243-234233-e039d02840a0b9379c",
  "access_token": "xoxa-2-511111111-31111111111-3111111111111-e039d02840a0b9379c"
}""")
add("appsettings.json", "2 3", C["azure"], "gitleaks azure-ad-client-secret: tps JSON lines `\"CLIENT_SECRET\"` and `\"the_value\"` as given", """
{
  "CLIENT_SECRET": "YYz7Q~Sudoqwap1PnzEBA3zqBK~i5uesDIv.C",
  "the_value": "QtT8Q~9C-_Ij~RouHVpD2Tuf3oHWGh.DQ3kcjbAn"
}""")
add("appsettings.json", "2 3 4", C["generic"], "gitleaks generic-api-key: tps JSON lines `user_auth`, `credentials`, `client_secret` as given", """
{
  "user_auth": "am9obmRvZTpkMDY5NGIxYi1jMTcxLTQ4ODYt+TMyYS0wMmUwOWQ1/mIwNjc=",
  "credentials" : "0afae57f3ccfd9d7f5767067bc48b30f719e271ba470488056e37ab35d4b6506",
  "client_secret" : "6da89121079f83b2eb6acccf8219ea982c3d79bccc3e9c6a85856480661f8fde"
}""")
add("appsettings.json", "2 3 4", C["jwt"], "gitleaks jwt: tps JSON lines `\"Authorization\"`, `\"value\"`, `\"authorization\"` (Bearer JWTs) as given", """
{
  "Authorization": "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VybmFtZTpib2IifQ.HcfCW67Uda-0gz54ZWTqmtgJnZeNem0Q757eTa9EZuw",
  "value": "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJleHAiOjE1ODk1ODU1NjN9.PtfDS1niGoZ7pV6kplI-_q1fVKLnknQ3IwcrLZhoVCU",
  "authorization": "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb2xlIjoiZ3Vlc3QiLCJzdWIiOiJZV3hwWTJVPSIsIm5iZiI6MTUxNDg1MTEzOSwiZXhwIjoxNjQxMDgxNTM5fQ.K5DnnbbIOspRbpCr2IKXE9cPVatGOCBrBQobQmBmaeU"
}""")

# (c) fps as clean JSON lines
generic_fps = [
    '"accessor":"rA1wk0Y45YCufyfq",',
    '"credentialId": "B9mTcFSck2LzJO2S3ols63",',
    '"bucket_key": "SalesResults-1.2",',
    '"key_name": "prod5zyxlmy-cmk",',
    '"kms_key_id": "555ea4a3-d53a-4412-9c66-3a7cb667b0d6",',
    '"key_vault_name": "web21prqodx24021",',
    '"X-API-Name": "NRG0-Hermes-INTERNAL-API",',
    '"accessibilityYesOptionId": "0736f5ef-7e88-499a-80cc-90c85d2a5180",',
    '"report_access_id": "e8e4df51-2054-49b0-ab1c-516ac95c691d",',
    '"apiUrl": "apigee.corpint.com",',
    '"COMMUNICATION_API_VERSION": "rc0.13.0_20230412_0712-SNAPSHOT",',
    '"MantleAPI_version": "9a038989604e8da62ecddbe2094b16ce1b778be1",',
    '"author": "james.fake@ymail.com",',
    '"credentialsId": "ff083f76-7804-4ef1-80e4-fe975bb9141b",',
    '"CREDENTIALS_ID": "K8S_CRED",',
    '"dev.credentials.url": "dev-lb1.api.f4ke.com:5215",',
    '"keyword": "Befaehigung_P2",',
    '"public_key": "9Cnzj4p4WGeKLs1Pt8QuKUpRKfFLfRYC9AIKjbJTWit",',
    f'"primaryKey": "{secret(30, EXT)}",',
    f'"foreignKey": "{secret(30, EXT)}",',
    f'"issuerKeyHash": "{secret(30, EXT)}",',
    '"IceSSL.KeyFile": "s_rsa1024_priv.pem",',
    '"schemaKey": "DOC_Vector_5_32",',
    '"sequenceKey": "18",',
    '"app.keystore.file": "env/cert.p12",',
    '"keyVaultToStoreSecrets": "cmp2-qat-1208358310",',
    '"apiKey": "6fe4476ee5a1832882e326b506d14126",',
    '"validKeyChars": "0123456789abcdefghijklmnopqrstuvwxyz_-.",',
    '"PuttyPassword": "0",',
    '"LLM_SECRET_NAME": "NEXUS-GPT4-API-KEY",',
    '"access_token_url": "https://github.com/login/oauth/access_token",',
    '"publicToken": "9Cnzj4p4WGeKLs1Pt8QuKUpRKfFLfRYC9AIKjbJTWit",',
    '"TokenFile": "RTL_INST_CODE.cer",',
    '"notes": "Maven - io.jsonwebtoken:jjwt-jackson-0.11.2",',
    '"csrf-token": "Mj2qykJO5rELyHgezQ69nzUX0i3OH67V7+V4eUrLfpuyOuxmiW9rhROG/Whikle15syazJOkrjJa3U2AbhIvUw==",',
    '"clientId": "73082700-1f09-405b-80d0-3131bfd6272d",',
    '"GITHUB_API_KEY": "",',
    '"snowflake.password": ""',
]
body = "{\n" + "\n".join("  " + l for l in generic_fps) + "\n}"
add("appsettings.json", "none", C["generic"], "gitleaks generic-api-key: fps (JSON-shaped as given; name=value lines as the same name and value), one clean line each",
    body, clean=" ".join(str(i + 2) for i in range(len(generic_fps))))
service_fps = [
    ("github", '"github_token": "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",'),
    ("github", '"github_app_token": "ghs_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",'),
    ("gitlab", '"gitlab_token": "glpat-XXXXXXXXXXX-XXXXXXXX",'),
    ("gitlab", '"gitlab_runner_token": "GR1348941XXXXXXXXXXXXXXXXXXXX",'),
    ("aws", '"key": "AKIAXXXXXXXXXXXXXXXX",'),
    ("aws", '"aws_access_key": "AKIAIOSFODNN7EXAMPLE",'),
    ("hashicorp", '"token": "xxxxxxxxxxxxxx.atlasv1.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",'),
    ("database", '"DB_PASSWORD": "[value]",'),
    ("database", '"somepwd": "XXXXXXXXXXXXXXX",'),
    ("azure", '"client_secret": "bP88Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",'),
    ("slack", '"token1": "xoxp-1234567890",'),
    ("slack", '"token2": "xoxp-XXXXXXXXXX-XXXXXXXXXX-XXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",'),
    ("slack", '"token3": "xoxp-1234-1234-1234-4ddbc191d40ee098cbaae6f3523ada2d",'),
    ("slack", '"token4": "xoxp-572370529330-573807301142-572331691188-####################",'),
    ("slack", '"bot_token": "xoxb-xxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx",'),
    ("slack", '"slack_token": "xoxb-Slack_BOT_TOKEN",'),
    ("slack", '"config_token": "xoxe.xoxp-1-SlackAppConfigurationAccessTokenHere",'),
    ("slack", '"refresh_token": "xoxe-1-xxx"'),
]
body = "{\n" + "\n".join("  " + l for _, l in service_fps) + "\n}"
add("appsettings.json", "none", C["generic"].split(":")[0] + ":cmd/generate/config/rules/slack.go@02788fb5ec7f20b962f5e01437f4baacbca3e8fa",
    "gitleaks service rules' fps (github.go, gitlab.go, aws.go, hashicorp.go, database.go, azure.go, slack.go): placeholder/low-entropy tokens (slack's JSON fps as given, others under a sample-style key), one clean line each",
    body, clean=" ".join(str(i + 2) for i in range(len(service_fps))))

# (d) kubernetes-secret-yaml
K = C["kubernetes"]
k8s_tps = [
    ("comment.yaml", "8", None, """apiVersion: v1
kind: Secret
metadata:
  name: heketi-secret
  namespace: default
data:
  # base64 encoded password. E.g.: echo -n "mypassword" | base64
  key: bXlwYXNzd29yZA=="""),
    ("base64-characters.yaml", "4", None, """apiVersion: v1
kind: Secret
data:
  password: AAAAAAAAAAC7hjsA+H3owFygUv4w5B67lcSx14zff9FCPADiNbSwYWgE+O7Dhiy5tkRecs21ljjofvebe6xsYlA4cVmght0="""),
    ("before-kubernetes.yml", "3", "4", """apiVersion: v1
data:
  password: UyFCXCpkJHpEc2I9
  username: YWRtaW4=
kind: Secret
metadata:
  creationTimestamp: '2022-06-28T17:44:13Z'
  name: db-user-pass
  namespace: default
type: Opaque"""),
    ("before-quoted-1.yaml", "3", None, """apiVersion: 'v1'
data:
  extra: 'YWRtaW46cGFzc3dvcmQ='
kind: 'Secret'
metadata:
  name: 'secret-sa-sample'
  annotations:
    kubernetes.io/service-account.name: 'sa-name'"""),
    ("before-multiline-literal.yaml", "4", "3", """apiVersion: v1
data:
  .dockercfg: |
    eyJhdXRocyI6eyJodHRwczovL2V4YW1wbGUvdjEvIjp7ImF1dGgiOiJvcGVuc2VzYW1lIn19fQo=
metadata:
  name: secret-dockercfg
type: kubernetes.io/dockercfg
kind: Secret"""),
    ("after-kubernetes.yaml", "4", None, """apiVersion: v1
kind: secret
data:
  extra: YWRtaW46cGFzc3dvcmQ=
metadata:
  name: secret-sa-sample
  annotations:
    kubernetes.io/service-account.name: 'sa-name'"""),
    ("after-comment.yml", "10", "11", """apiVersion: v1
kind: Secret
metadata:
  creationTimestamp: '2022-06-28T17:44:13Z'
  name: db-user-pass
  namespace: default
type: Opaque
data:
  # the data is abbreviated in this example
  password: UyFCXCpkJHpEc2I9
  username: YWRtaW4="""),
    ("after-quoted-2.yaml", "4", "5", """apiVersion: "v1"
kind: "Secret"
data:
  password: "UyFCXCpkJHpEc2I9"
  username: "YWRtaW4="
metadata:
  name: "db-user-pass"
  namespace: "default"
type: "Opaque\""""),
    ("after-multiline-folded.yaml", "8", "7", """apiVersion: v1
kind: Secret
metadata:
  name: secret-dockercfg
type: kubernetes.io/dockercfg
data:
  .dockercfg: >
    eyJhdXRocyI6eyJodHRwczovL2V4YW1wbGUvdjEvIjp7ImF1dGgiOiJvcGVuc2VzYW1lIn19fQo="""),
]
for name, sec, exc, content in k8s_tps:
    add(name, sec, K, "gitleaks kubernetes-secret-yaml tps: Secret with a base64 data value (first data entry labelled; further entries excluded)", content, exclude=exc)
k8s_fps = [
    ("empty-quotes1.yml", """apiVersion: v1
kind: Secret
metadata:
  name: registry-auth-data
type: Opaque
data:
  htpasswd: ''"""),
    ("overly-permissive1.yaml", """apiVersion: v1
kind: Secret
metadata:
  name: registry-auth-data
type: Opaque
data:
  htpasswd: {{ htpasswd }}"""),
    ("after-empty-data.yaml", """apiVersion: v1
kind: Secret
metadata:
  labels:
    k8s-app: kubernetes-dashboard
    addonmanager.kubernetes.io/mode: EnsureExists
  name: kubernetes-dashboard-csrf
  namespace: kubernetes-dashboard
type: Opaque
data:
  csrf: \"\""""),
    ("wrong-kind.yaml", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: example
  namespace: example-ns
spec:
  refreshInterval: 15s
  secretStoreRef:
    name: example
    kind: SecretStore
  target:
    name: mysecret
    creationPolicy: Owner
  data:
    - remoteRef:
        conversionStrategy: Default
        decodingStrategy: None
        key: secret/mysecret
        property: foo
      secretKey: foo"""),
    ("before-min-length.yaml", """apiVersion: v1
data:
  extra: YmFyCg==
kind: secret
metadata:
  name: secret-sa-sample
  annotations:
    kubernetes.io/service-account.name: 'sa-name'"""),
    ("before-template.yaml", """apiVersion: v1
data:
  password: {{ .Values.Password }}
kind: secret
metadata:
  name: secret-sa-sample
  annotations:
    kubernetes.io/service-account.name: 'sa-name'"""),
    ("after-externalsecret2.yml", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: api-key
  namespace: my-namespace
spec:
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secretsmanager
  refreshInterval: 1h
  target:
    creationPolicy: Owner
  data:
    - secretKey: api-key
      remoteRef:
        key: my-secrets-manager-secret"""),
    ("after-sopssecret.yml", """apiVersion: isindir.github.com/v1alpha3
kind: SopsSecret
metadata:
  name: sopssecret-sample
spec:
  secretTemplates:
    - name: my-secret-name-0
      labels:
        label0: value0
      annotations:
        key0: value0
      stringData:
        data-name0: data-value0
        data-nameL: data-valueL
    - name: my-secret-name-1
      data:
        data-name1: ZGF0YS12YWx1ZTE=
        data-nameM: ZGF0YS12YWx1ZU0="""),
    ("sopssecret.yaml", """apiVersion: isindir.github.com/v1alpha3
kind: SopsSecret
metadata:
    name: app1-sopssecret
    namespace: test
spec:
    suspend: false
    secretTemplates:
    -   name: ENC[AES256_GCM,data:W3PiZ6lD6bpfAdI=,iv:2qF98ZkchgfWF4tZo8fok6zY0ZLNRV3wFpl8n2iyC7I=,tag:FzoL+CZHkLEqfWKniRApBA==,type:str]
        stringData:
            db-password: ENC[AES256_GCM,data:O+5l4g==,iv:c/dS4BCBMbnKsXYuzBuCuVQt8RV9bOv5HgdpL+iwmns=,tag:KkQfh6OymvCt4uC13p318g==,type:str]
sops:
    kms: []
    lastmodified: '2021-10-21T10:56:37Z'
    version: 3.6.1"""),
]
for name, content in k8s_fps:
    add(name, "none", K, "gitleaks kubernetes-secret-yaml fps: no finding (empty/template value, external or SOPS secret, too short)", content)

# aws / database YAML fps and tps of other shapes
add("config.yaml", "none", C["aws"], "gitleaks aws-access-token fps `aws_access_key: AKIAIOSFODNN7EXAMPLE` (placeholder), as given", "aws_access_key: AKIAIOSFODNN7EXAMPLE")
add("config.yaml", "1", C["database"], "gitleaks database-password tps `pwd: <50 chars>`", f"pwd: '{secret(50, DBCHARS)}'")

# trufflehog
add("appsettings.json", "1", T["sqlserver"], "trufflehog SQLServer pattern test: 'connection string from appsettings.json', as given", '{"ConnectionStrings": {"Demo": "Server=localhost;Initial Catalog=master;User ID=sa;Password=P@ssw0rd!;Persist Security Info=true;MultipleActiveResultSets=true;"}}')
add("appsettings.json", "5 6", T["placeholder"], "trufflehog SQLServer placeholder test: string.Format and named placeholders (0 results) clean, real and brace passwords (1 result) positive, under ConnectionStrings", """
{
  "ConnectionStrings": {
    "Template": "Server={0};Database={3};User Id={1};Password={2};",
    "Named": "Server={ServerName};Database={DbName};User Id={UserId};Password={Password};",
    "Payroll": "Server=db.internal.example.com;Database=payroll;User Id=sa;Password=P@ssw0rd!;",
    "Braces": "Server=db.internal.example.com;Database=payroll;User Id=sa;Password=a{0}b;"
  }
}""", clean="3 4")
add("appsettings.json", "1", T["postgres"], "trufflehog Postgres 'found with json credentials': the DB_CONFIG JSON object as given", '{"user": "postgres", "password": "23201dabb56ca236f3dc6736c0f9afad", "host": "localhost", "port": "5433", "database": "postgres"}')
add("appsettings.json", "3", T["appconfig"], "trufflehog AzureAppConfigConnectionString: 'valid pattern' positive, 'invalid pattern' (no Id=) clean, under ConnectionStrings", """
{
  "ConnectionStrings": {
    "AppConfig": "Endpoint=https://trufflesecurity.azconfig.io;Id=u+De;Secret=80DtxZkndXpM2mV2J1JjX2vL1x4gm1hHn8Y3JeFJ4N0PPLSO5D70JQQJ99BBAC1i4FpQkb5wAAACAAZC26dr",
    "AppConfigInvalid": "Endpoint=https://trufflesecurity.azconfig.io;Secret=80DtxZkndXpMTmV2J3JjX2vL1x4gm1hHn8Y3KeFV4N0PPLSO5D70JQQJ79BBAC1i4FpRkb5wAAACAAZC26dr"
  }
}""", clean="4")
add("values.yaml", "4", T["spv2"], "trufflehog Azure client secret matcher 'secret': servicePrincipal YAML as given", """
servicePrincipal:
  tenantId: "608e4ac4-2ca8-40dd-a046-4064540a1cde"
  clientId: "1474bfe8-663c-486e-9daf-f1f580302218"
  clientSecret: "R028Q~ZOKzgCYyhr1ZJNNKhP8gUcD3Dpy2jMqaXf"
agentImage: "karbar.azurecr.io/kar-agent\"""")
add("application.yaml", "8", T["spv2"], "trufflehog Azure client secret matcher 'secret_start_with_dash': Spring azure active-directory YAML as given", """
azure:
      active-directory:
        enabled: true
        profile:
          tenant-id: 11111111-1111-1111-1111-111111111111
        credential:
          client-id: 00000000-0000-0000-0000-000000000000
          client-secret: -bs8Q~F9mPSWiDihY0NIpcQjAWoUoQ.c-seM-c0_""")
add("config.yaml", "none", T["spv2"], "trufflehog Azure service principal v2 'invalid - low entropy' (tenant_id, client_id, client_secret bP88Q~xxx), as YAML mapping", """
tenant_id: "1821c750-3a5f-4255-88ad-e24b7a1564c1"
client_id: "4e14d6ff-c99b-4d10-8491-00f731747898"
client_secret: "bP88Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"""")
add("config.yaml", "none", T["spv2"], "trufflehog Azure client secret matcher 'invalid - low entropy' `CLIENT_SECRET = 'USe8Q~xxx...'`, as YAML", "CLIENT_SECRET: 'USe8Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'")
add("config.yaml", "2", T["cosmos"], "trufflehog CosmosDB 'valid document db pattern': `cosmosKey:` line as given, endpoint URL line as a YAML key", """
# config
cosmosKey: FakeeP35zYGPXaEUfakeU7S8kcOY7NI7id8ddbHfakeAifake8Bbql1mXhMF2t0wQ0FAKEPQrwZZACDb3msoAg==
cosmosEndpoint: https://trufflesecurity-fake.documents.azure.com:443""")

# ---- write (counting as ExternalConfigCorpusTests does; config_set_writer.py) ----
write_config_set(
    CASES,
    "config-secrets-4.txt",
    "# Held-out AKS2003 set 4 (JSON-heavy): gitleaks rule tps/fps and trufflehog detector test inputs (sources not used in sets 1-3), labelled by what the peer test asserts before AKS2003 ran on them.",
    "# Format: README.md ('Configuration files, set 4'). Written by write_config_secrets_4.py.",
)

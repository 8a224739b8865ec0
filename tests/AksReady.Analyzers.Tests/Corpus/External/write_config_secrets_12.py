#!/usr/bin/env python3
"""Writes config-secrets-12.txt: the twelfth held-out AKS2003 set, see README.md ('Configuration files, set 12').

Built with C# set 12 (same day, base commit, source and selection rules; provenance in set12_sources.py) and committed
with its wiring before AKS2003 ran on it (a blind figure for the rules of cb005ab). Shapes as in set 11:

- a named value (`props.set("name", value)`, a constant, an assignment) becomes one member, alternately
  appsettings.json and config.yaml (alternating separately for positives and negatives); a bare peer value gets a
  neutral name after its service (`github`, `npm`), noted;
- properties, .pypirc/.netrc, TOML-like blocks and other key=value groups become the same keys and values as members of
  one file (the labelled line the one with the value the peer matches; the other lines are the rest-of-file unit);
- environment-variable assignments (shell, .env, Dockerfile ENV/ARG) become a docker-compose.yml service `environment:`
  mapping, the labelled variable's line labelled;
- command lines (curl) become pipeline `script:` steps;
- peer text that already is YAML or JSON (workflows, service-account and client-secret JSON, fragments) is kept in that
  form, re-typed, completed to a whole JSON object where the peer shows a fragment; XML settings become the same
  elements as YAML members; PEM and PuTTY key files a JSON string (one line, `\\n` escapes) or a YAML block scalar,
  alternately, the BEGIN (or PuTTY header) line labelled.

Code-only shapes (environment reads, client constructors, HTTP headers set in code, string concatenations, assertions,
commented-out code, android:value attributes) are C# only.
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from set12_sources import SONAR, P, N, family, check_repeats, yaml_scalar, GCP_PLACEHOLDER, GCP_REAL, OPENSSH, PUTTY  # noqa: E402
from config_set_writer import case_adder, js, write_config_set  # noqa: E402

CASES = []
add = case_adder(CASES)
PAIRS = []
J = "appsettings.json"
Y = "config.yaml"
C = "docker-compose.yml"
turn = {P: 0, N: 0}


def sn(provider, rule, peer, label, how):
    peer = peer.replace("|", "\u00a6")  # the set format keeps '|' for its header fields
    return f"sonar-text {provider} `{rule}` `{peer}` (containsSecret: {'true' if label == P else 'false'}), {how}"


def json_file(pairs, section=None):
    """A JSON object of (name, value) members, optionally inside one section; returns (content, line of each member)."""
    indent = "    " if section else "  "
    body = [f"{indent}{js(k)}: {js(v)}" + ("," if i < len(pairs) - 1 else "") for i, (k, v) in enumerate(pairs)]
    if section:
        content = ["{", f"  {js(section)}: {{"] + body + ["  }", "}"]
        first = 3
    else:
        content = ["{"] + body + ["}"]
        first = 2
    return "\n".join(content), {k: first + i for i, (k, _) in enumerate(pairs)}


def yaml_file(pairs, section=None):
    indent = "  " if section else ""
    content = ([f"{section}:"] if section else []) + [f"{indent}{k}: {yaml_scalar(v)}" for k, v in pairs]
    first = 2 if section else 1
    return "\n".join(content), {k: first + i for i, (k, _) in enumerate(pairs)}


def members(label, key, note, pairs, secret=None, section=None, fmt=None, check=()):
    """(name, value) members in one file, JSON or YAML alternately unless `fmt` is given; `secret` names the labelled member."""
    if fmt is None:
        fmt = J if turn[label] % 2 == 0 else Y
        turn[label] += 1
    content, at = (json_file if fmt == J else yaml_file)(pairs, section)
    how = "as appsettings.json members" if fmt == J else "as YAML members"
    if section:
        how += f" under `{section}`"
    add(fmt, str(at[secret]) if label == P else "none", SONAR[key], f"{note}, {how}", content)
    PAIRS.extend(check or ([(secret, dict(pairs)[secret])] if secret else []))


def member(label, key, note, name, value, check=None):
    members(label, key, note, [(name, value)], secret=name, check=check)


def compose(label, key, note, variables, secret=None, check=()):
    content = "services:\n  app:\n    image: app\n    environment:\n" + "\n".join(f"      {k}: {yaml_scalar(v)}" for k, v in variables)
    line = 5 + [k for k, _ in variables].index(secret) if label == P else None
    add(C, str(line) if label == P else "none", SONAR[key], f"{note}, as a compose service's environment", content)
    PAIRS.extend(check or ([(secret, dict(variables)[secret])] if secret else []))


def script(label, key, note, command, check=()):
    add(Y, "2" if label == P else "none", SONAR[key], f"{note}, as a pipeline script step", f"steps:\n  - script: {yaml_scalar(command)}")
    PAIRS.extend(check)


def line_of(content, text, start=1):
    for i, l in enumerate(content.split("\n"), 1):
        if i >= start and text in l:
            return i
    raise ValueError(text)


def raw(label, name, key, note, content, secret_text=None, exclude_text=(), check=()):
    """Peer text kept in its form; `secret_text` finds the labelled line (positives), `exclude_text` the excluded ones."""
    secret = str(line_of(content, secret_text)) if label == P else "none"
    exclude = " ".join(str(line_of(content, t)) for t in exclude_text) or None
    add(name, secret, SONAR[key], note, content, exclude=exclude)
    PAIRS.extend(check)


def props(label, key, rule, name, value):
    member(label, key, sn(key, rule, f'props.set("{name}", "{value}")', label, "the property"), name, value)


# ---- aws.yaml ----
K = "aws"
AWS_KEY = "kHeUAwnSUizTWpSbyGAz4f+As5LshPIjvtpswqGb"
props(P, K, "aws-secret-access-keys-1", "aws-secret-access-key", AWS_KEY)
compose(P, K, sn(K, "aws-secret-access-keys-1", f"aws_secret_access_key={AWS_KEY}", P, "the variable"), [("aws_secret_access_key", AWS_KEY)], "aws_secret_access_key")
compose(N, K, sn(K, "aws-secret-access-keys-1", "AWS_FECRET_KEY=kHeU...' / AWS_SECRET_KEY=EXAMPLEKEYCXCgDCUbJq1h7CKwNqnpA1il4MXL+y", N, "the variables"),
        [("AWS_FECRET_KEY", AWS_KEY + "'"), ("AWS_SECRET_KEY", "EXAMPLEKEYCXCgDCUbJq1h7CKwNqnpA1il4MXL+y")],
        check=[("AWS_FECRET_KEY", AWS_KEY + "'"), ("AWS_SECRET_KEY", "EXAMPLEKEYCXCgDCUbJq1h7CKwNqnpA1il4MXL+y")])
raw(N, J, K, sn(K, "aws-access-key-ids", '"image1": "...?AWSAccessKeyId=AKIAIRA4VKCBBW3AKELJ&Expires=...", "image2": ..., "fileLocation": ... (pre-signed links)', N,
                "as given, completed to an appsettings.json object"),
    '{\n  "image1": "https://example.s3.amazonaws.example.com/stock_image1.jpg?AWSAccessKeyId=AKIAIRA4VKCBBW3AKELJ&Expires=1465128000&Signature=0lFMF4WOfagS2Hs5VrWQo8MpQUE%3D",\n'
    '  "image2": "https://example.s3.amazonaws.example.com/stock_image2.jpg?Expires=1465128000&Signature=0lFMF4WOfagS2Hs5VrWQo8MpQUE%3D&AWSAccessKeyId=AKIAIRA4VKCBBW3AKELJ",\n'
    '  "fileLocation": "https://example.s3.amazonaws.example.com/blobs/example_file.blob?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIRA4VKCBBW3AKELJ%2F20381216%2Fus%2Deast%2D1%2Fs3%2Faws%5Frequest&X-Amz-Date=20211231T235959Z&X-Amz-Expires=806700&X-Amz-Signature=1c7a496eceeb02c37ec29786600038b02ac0e710aaa3ef82b4931ad258f039d2&X-Amz-SignedHeaders=host"\n}',
    check=[("AWSAccessKeyId", "AKIAIRA4VKCBBW3AKELJ")])
AWS_XML_TOKEN = ("AQoDYXdzEPT//////////wMRyeWlRtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQW LWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGd "
                 "QrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU 9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz "
                 "+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA==")
AWS_XML = ("AWSCredentials:\n  AccessKeyId: ASIAIOSFODNN7GUTXNEL\n  SecretAccessKey: wJalrXUtnFEMI/K7MDENG/bPxRfiCYzP+jR7+38k\n"
           f"  SessionToken: >-\n    {AWS_XML_TOKEN.replace(' ', chr(10) + '    ')}\n  Expiration: '2019-11-09T13:34:41Z'")
raw(P, Y, K, sn(K, "aws-session-tokens", "<AWSCredentials><AccessKeyId>ASIA...</AccessKeyId><SecretAccessKey>wJalr...</SecretAccessKey><SessionToken>AQoDYXdzEPT...</SessionToken>...", P,
                "the elements as YAML members (the token a folded block), the SessionToken line labelled; the SecretAccessKey line, which the peer's "
                "session-token rule does not speak to, excluded"),
    AWS_XML, "SessionToken:", exclude_text=("SecretAccessKey:",), check=[("SessionToken", "AQoDYXdzEPT//////////wMRyeWlRtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQW")])

# ---- gcp.yaml ----
K = "gcp"
raw(N, "service-account.json", K, sn(K, "google-service-account-keys", '{"type": "service_account", "project_id": "PROJECT_ID", ..., "private_key": "-----BEGIN PRIVATE KEY-----\\nPRIVATE_KEY \\n...", ...}', N,
                                     "as given"), GCP_PLACEHOLDER, check=[("private_key_id", "KEY_ID")])
raw(P, "service-account.json", K, sn(K, "google-service-account-keys", '{"type": "service_account", ..., "private_key": "-----BEGIN PRIVATE KEY-----\\nMIJEvQIB...", ...}', P,
                                     "as given, the private_key line labelled"), GCP_REAL, '"private_key":',
    check=[("private_key", "MIJEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCoagGXuTHsB/r3")])

# ---- github.yaml, gitlab.yaml ----
K = "github"
compose(P, K, sn(K, "github-v2-tokens", "gh_token=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", P, "the variable"), [("gh_token", "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")], "gh_token")
member(P, K, sn(K, "github-fine-grained-tokens", "github_pat_11A2ZRGRI0m2mlfCz3I3B0_7Hm0U...", P, "a bare value under a neutral name"),
       "github", "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")
compose(P, K, sn(K, "github-fine-grained-tokens", "TOKEN=github_pat_11A2ZRGRI0l6aQvvz2758f_GiGA...", P, "the variable"),
        [("TOKEN", "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")], "TOKEN")
K = "gitlab"
props(P, K, "gitlab-v2-tokens", "token", "glpat-zcs1FfaxGnHfvzd7ExHz")
compose(P, K, sn(K, "gitlab-v2-tokens", "gl_token=glpat-zcs1FfaxGnHfvzd7ExHz", P, "the variable"), [("gl_token", "glpat-zcs1FfaxGnHfvzd7ExHz")], "gl_token")
compose(N, K, sn(K, "gitlab-v2-tokens", "gl_token=glpat-aaaaaaaaaaaaaaaaaaaa", N, "the variable"), [("gl_token", "glpat-aaaaaaaaaaaaaaaaaaaa")],
        check=[("gl_token", "glpat-aaaaaaaaaaaaaaaaaaaa")])

# ---- npm.yaml, pypi.yaml ----
K = "npm"
R = "npm-access-token"
for label, value in ((P, "npm_tCEMceczuiTXKQaBjGIaAezYQ63PqI972ANG"), (N, "${{ secrets.NPM_TOKEN }}")):
    content = f"steps:\n  - run: |\n      npm install\n  - env:\n      NPM_TOKEN: {yaml_scalar(value)}"
    raw(label, "workflow.yml", K, sn(K, R, f"steps: - run: npm install - env: NPM_TOKEN: {value}", label, "as given"), content, "NPM_TOKEN:",
        check=[("NPM_TOKEN", value)])
for label, value in ((P, "npm_zLJhqeZs81Bhpxan9A0qH8d2wh15DoifLdLd"), (N, "${NPM_TOKEN}"), (N, "npm_000000000000000000000000000000000000"),
                     (N, "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")):
    member(label, K, sn(K, R, f"//registry.npmjs.org/:_authToken={value}", label, "the .npmrc setting"), "//registry.npmjs.org/:_authToken", value)
member(N, K, sn(K, R, "somerandomstringwithnpm_tCEMceczuiTXKQaBjGIaAezYQ63PqI972ANG", N, "a bare value under a neutral name"),
       "npm", "somerandomstringwithnpm_tCEMceczuiTXKQaBjGIaAezYQ63PqI972ANG")
K = "pypi"
R = "pypi-api-token"
PYPI1 = "pypi-AgEIcHlwaS5vcmcCJDY0NDMwNWVmLTI1MDQtNDFlNC1hOWU5LTA3ZmUwYmUyNWYxMQACKlszLCI3YmQ1M2E1Ni1mOGE1LTQ2NzItYWUzMi1lZmNiY2EwZWIzYjAiXQAABiB89zfYXXNnaQjMUWbG9TdChUF-3IZVOtL-rtljaKAvtQ"
PYPI2 = "pypi-AgEIcHlwaS5vcmcCJDgwN2M5MWY0LTdlMmQtNDI0ZS1iMjExLTAzZmQzNDExMmNjYwACKlszLCI3YmQ1M2E1Ni1mOGE1LTQ2NzItYWUzMi1lZmNiY2EwZWIzYjAiXQAABiCD5l6t2QSOpzZ5mCf2DfExcoYc7mFRbRUgHZtN4QcWig"
members(P, K, sn(K, R, "[pypi] username = __token__ / password = pypi-AgEIcHlwaS5vcmcCJDY0NDMw...", P, "the .pypirc section"),
        [("username", "__token__"), ("password", PYPI1)], secret="password", section="pypi")
for label, host, value in ((P, "pypi.example.com", PYPI2), (N, "example.com", "pypi-test")):
    members(label, K, sn(K, R, f"machine {host} / login __token__ / password {value[:40]}{'...' if len(value) > 40 else ''}", label, "the .netrc entry"),
            [("machine", host), ("login", "__token__"), ("password", value)], secret="password", check=[("password", value)])

# ---- sendgrid, mailgun, postman ----
K = "sendgrid"
members(N, K, sn(K, "sendgrid-key", "sendgridApiToken = SG.aaaaaaaaaaaaaaaaaaaaaa.bbbb... / sendgridEmailFrom = from@email.com", N, "the settings"),
        [("sendgridApiToken", "SG.aaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"), ("sendgridEmailFrom", "from@email.com")],
        check=[("sendgridApiToken", "SG.aaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")])
K = "mailgun"
members(P, K, sn(K, "mailgun-primary-key", 'name="Mailgun" / authorization-key="key-9143771821d4442f2cb934f8d2fe4e05"', P, "the settings"),
        [("name", "Mailgun"), ("authorization-key", "key-9143771821d4442f2cb934f8d2fe4e05")], secret="authorization-key")
member(N, K, sn(K, "mailgun-primary-key", 'mailgunAPIKey = "key-00000000000000000000000000000000"', N, "the constant"), "mailgunAPIKey", "key-00000000000000000000000000000000")
K = "postman"
member(P, K, sn(K, "postman-token", "X-API-Key': 'PMAK-6502e63761882f002a69f0cb-6d9bc58cd0cc60ff5547f81cf2ca141bb9", P, "the header value"),
       "X-API-Key", "PMAK-6502e63761882f002a69f0cb-6d9bc58cd0cc60ff5547f81cf2ca141bb9")

# ---- django.yaml ----
K = "django"
DJ = "r&lvybzry1*k+qq)=x-!=0yd5l5#1gxzk!82@ru25*ntos3_9^"
member(P, K, sn(K, "default-secret-key", f"KEY = 'django-insecure-{DJ}'", P, "the constant"), "KEY", "django-insecure-" + DJ)
member(P, K, sn(K, "settings.py-secret-key", f"(settings.py) SECRET_KEY = '{DJ}'", P, "the setting"), "SECRET_KEY", DJ)
compose(P, K, sn(K, "env-secret-key", f"(.env) # DJANGO SETTINGS / DEBUG=True / SERVER_MODE=development / SECRET_KEY={DJ}", P, "the variables"),
        [("DEBUG", "True"), ("SERVER_MODE", "development"), ("SECRET_KEY", DJ)], "SECRET_KEY")
compose(P, K, sn(K, "env-secret-key", f'(.env) DEBUG=True / SERVER_MODE=development / SECRET_KEY={DJ} / ALLOWED_HOSTS=""', P, "the variables"),
        [("DEBUG", "True"), ("SERVER_MODE", "development"), ("SECRET_KEY", DJ), ("ALLOWED_HOSTS", "")], "SECRET_KEY")

# ---- docker-hub.yaml ----
K = "docker-hub"
R = "docker-hub-personal-access-token"
raw(P, "workflow.yml", K, sn(K, R, "steps: - name: Login to DockerHub / uses: docker/login-action@v2 / with: username: mobythewhale / password: dckr_pat_cq7w... # Noncompliant", P, "as given"),
    "steps:\n- name: Login to DockerHub\n  uses: docker/login-action@v2\n  with:\n    username: mobythewhale\n    password: dckr_pat_cq7wQZcv9xZkVlxMhDTcTV00CDo  # Noncompliant",
    "password:", check=[("password", "dckr_pat_cq7wQZcv9xZkVlxMhDTcTV00CDo")])
raw(N, "workflow.yml", K, sn(K, R, "... with: username: ${{ secrets.dockerUsername }} / password: ${{ secrets.dockerAccessToken }}", N, "as given"),
    "steps:\n  - name: Login to DockerHub\n    uses: docker/login-action@v2\n    with:\n      username: ${{ secrets.dockerUsername }}\n      password: ${{ secrets.dockerAccessToken }}",
    check=[("password", "${{ secrets.dockerAccessToken }}")])
raw(N, J, K, sn(K, R, '{"agent_id": "acme-prod-agent", "docker": {"organization_name": "acme", "username": "mobythewhale", "pat": "dckr_pat__dsaCAs_xL3kNyupAa7dwO1alwg"}}', N, "as given"),
    '{\n  "agent_id": "acme-prod-agent",\n  "docker": {\n    "organization_name": "acme",\n    "username": "mobythewhale",\n    "pat": "dckr_pat__dsaCAs_xL3kNyupAa7dwO1alwg"\n  }\n}',
    check=[("pat", "dckr_pat__dsaCAs_xL3kNyupAa7dwO1alwg")])

# ---- google-oauth2.yaml ----
K = "google-oauth2"
CID = "514233951460-ptar9o2diyaiz06uxa9inr2iuqjlvg1u.apps.googleusercontent.com"
OS = "TgxYWFmND-1NTYwNTgzMDM3N"
R = "google-oauth-secret-with-prefix"
members(P, K, sn(K, R, 'GOOGLE_KEY = "573596364929-...apps.googleusercontent.com" / GOOGLE_SECRET = "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"', P, "the constants"),
        [("GOOGLE_KEY", "573596364929-intnbplawt4tu1mrpvyijnwvdyagv9mt.apps.googleusercontent.com"), ("GOOGLE_SECRET", "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")], secret="GOOGLE_SECRET")
compose(N, K, sn(K, R, "GOOGLE_CLIENT_ID='sample_385938534644-...' / GOOGLE_CLIENT_SECRET='sample_GOCSPX-fxynOF52PNXmtfq78B-lUCO0Grj1'", N, "the variables"),
        [("GOOGLE_CLIENT_ID", "sample_385938534644-ppt2daiov3qzimvmgokahsvcb96wutkj.apps.googleusercontent.com"), ("GOOGLE_CLIENT_SECRET", "sample_GOCSPX-fxynOF52PNXmtfq78B-lUCO0Grj1")],
        check=[("GOOGLE_CLIENT_SECRET", "sample_GOCSPX-fxynOF52PNXmtfq78B-lUCO0Grj1")])
raw(N, Y, K, sn(K, R, "oauth_id: nnnnnnnnnnn-xxxx....apps.googleusercontent.com / oauth_secret: GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx", N, "as given"),
    "oauth_id: nnnnnnnnnnn-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.apps.googleusercontent.com\noauth_secret: GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    check=[("oauth_secret", "GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx")])
R = "google-oauth-secret-no-prefix-client-id-before"
raw(P, Y, K, sn(K, R, f"client_id: {CID} / client_secret: {OS}", P, "as given"), f"client_id: {CID}\nclient_secret: {OS}", "client_secret:",
    check=[("client_secret", OS)])
compose(P, K, sn(K, R, f"GOOGLE_ID={CID} / GOOGLE_SECRET={OS}", P, "the variables"), [("GOOGLE_ID", CID), ("GOOGLE_SECRET", OS)], "GOOGLE_SECRET")
INSTALLED = ('{"installed":{"client_id":"' + CID + '","project_id":"example-project-12345","auth_uri":"https://accounts.google.com/o/oauth2/auth",'
             '"token_uri":"https://accounts.google.com/o/oauth2/token","auth_provider_x509_cert_url":"https://www.googleapis.com/oauth2/v1/certs",'
             '"client_secret":"' + OS + '","redirect_uris":["urn:ietf:wg:oauth:2.0:oob","http://localhost"]}}')
raw(P, "client_secret.json", K, sn(K, R, '{"installed":{"client_id":"...","project_id":"example-project-12345",...,"client_secret":"TgxYWFmND-1NTYwNTgzMDM3N",...}}', P,
                                   "as given (one line)"), INSTALLED, '"client_secret"', check=[("client_secret", OS)])
raw(P, "credentials.json", K, sn(K, R, '{"client_id": "...", "client_secret": "TgxYWFmND-1NTYwNTgzMDM3N", "refresh_token": "1/QzlJ1Z8CY_...", "type": "authorized_user"}', P,
                                 "as given, the client_secret line labelled; the refresh_token line, which the peer's rule does not speak to, excluded"),
    "{\n  \"client_id\": \"" + CID + "\",\n  \"client_secret\": \"" + OS + "\",\n  \"refresh_token\": \"1/QzlJ1Z8CY_phper0QGxDqU8sZwy9ZH-hKs4ZSbke27k\",\n  \"type\": \"authorized_user\"\n}",
    '"client_secret"', exclude_text=('"refresh_token"',), check=[("client_secret", OS)])
compose(N, K, sn(K, R, "OAUTH_CLIENT_ID=AAAA....apps.googleusercontent.com / OAUTH_CLIENT_SECRET=BBBBBBBBBBBBBBBBBBBBBBBB", N, "the variables"),
        [("OAUTH_CLIENT_ID", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.apps.googleusercontent.com"), ("OAUTH_CLIENT_SECRET", "BBBBBBBBBBBBBBBBBBBBBBBB")],
        check=[("OAUTH_CLIENT_SECRET", "BBBBBBBBBBBBBBBBBBBBBBBB")])
compose(N, K, sn(K, R, "GOOGLE_CLIENT_ID='sample_514233951460-...' / GOOGLE_CLIENT_SECRET='sample_ND-1NTYwNTgzMDM3N'", N, "the variables"),
        [("GOOGLE_CLIENT_ID", "sample_" + CID), ("GOOGLE_CLIENT_SECRET", "sample_ND-1NTYwNTgzMDM3N")], check=[("GOOGLE_CLIENT_SECRET", "sample_ND-1NTYwNTgzMDM3N")])

# ---- google-recaptcha.yaml, OpenAI.yaml, ms-teams.yaml, facebook.yaml, discord.yaml, firebase.yaml, telegram.yaml ----
K = "recaptcha"
RC = "6LcaQa4mAAAAAFvhmzAd2hErGBSt4FC-BPzm4cNS"
props(P, K, "google-recaptcha-secret-key", "recaptcha_secret", RC)
raw(P, J, K, sn(K, "google-recaptcha-secret-key", f'"recaptcha": {{ "secretkey": "{RC}" }},', P, "as given, completed to an appsettings.json object"),
    '{\n  "recaptcha": {\n    "secretkey": "' + RC + '"\n  }\n}', '"secretkey"', check=[("secretkey", RC)])
members(P, K, sn(K, "google-recaptcha-secret-key", f"RECAPTCHA_PUBLIC_KEY = '6LddA3kgAAAAAPf1mAJmEc7Ku0cssbD5QMha09NT' / RECAPTCHA_PRIVATE_KEY = '{RC}' / SILENCED_SYSTEM_CHECKS = [...]", P,
                "the two key settings (the SILENCED_SYSTEM_CHECKS list left out)"),
        [("RECAPTCHA_PUBLIC_KEY", "6LddA3kgAAAAAPf1mAJmEc7Ku0cssbD5QMha09NT"), ("RECAPTCHA_PRIVATE_KEY", RC)], secret="RECAPTCHA_PRIVATE_KEY")
K = "openai"
props(P, K, "openai", "openai-api-key", "sk-proj-HjexYIWYuDkZotTHif0eT3BlbkFJy9hISv8XIq6QmG1DMUJ9")
K = "ms-teams"
props(N, K, "ms-teams-webhook-urls", "teams_webhook_url",
      "https://sonarcompany.webhook.office.com/webhookb2/52feb105-fe74-52b9-8e90-5d165916fe22@61c6aa5a3-6531-4e28-9c0b-33ba1a8aa1ff/IncomingWebhook/f7fb2308e5f14431ace5b7cd0e670e42/4563618c-b03b-4e80-b093-28bb4ff11de8")
for url in ("https://outlook.office.com/webhook/6ee4efaa-986e-4b8e-8d6b-cca47c84f4a2@87ba1f9a-44cd-43a6-b008-6fdb45a5204e/TravisCI/9ad1eb07cda7411db33e74c3d676774e/0ad415e3-d66a-425c-9914-e9e52f2b81e1",
            "https://mycompany.webhook.office.com/webhookb2/f49c28c6-d10b-412c-b961-fge456bd@c1a7fa9b-90b3-49ab-b5e2-345HG88c/IncomingWebhook/b43c20SDSGFG56712d848bc1cebb17/53ee2e22-a867-4e74-868a-F3fs3935"):
    members(N, K, sn(K, "ms-teams-webhook-urls", f"const NETWORKS = {{ '1': '{url[:60]}...' }}", N, "the map"), [("1", url)], section="NETWORKS", check=[("1", url)])
K = "facebook"
FB = "a569a8eee3802560e1416edbc4ee119d"
members(P, K, sn(K, "facebook-app-key", f'props.set("facebook_secret", "{FB}") / props.set("facebook_id", "023039123091238")', P, "the properties"),
        [("facebook_secret", FB), ("facebook_id", "023039123091238")], secret="facebook_secret")
raw(P, J, K, sn(K, "facebook-app-key", f'"oauth.facebook.Permissions": [ "email", "public_profile" ], "oauth.facebook.AppId": "1223644538316829", "oauth.facebook.AppSecret": "{FB}",', P,
                "as given, completed to an appsettings.json object"),
    '{\n  "oauth.facebook.Permissions": [ "email", "public_profile" ],\n  "oauth.facebook.AppId": "1223644538316829",\n  "oauth.facebook.AppSecret": "' + FB + '"\n}',
    '"oauth.facebook.AppSecret"', check=[("oauth.facebook.AppSecret", FB)])
members(P, K, sn(K, "facebook-app-key", f"FACEBOOK_APP_ID = '1223644538316829' / FACEBOOK_APP_SECRET = '{FB}' (in HTML)", P, "the settings"),
        [("FACEBOOK_APP_ID", "1223644538316829"), ("FACEBOOK_APP_SECRET", FB)], secret="FACEBOOK_APP_SECRET")
K = "discord"
DISCORD = "https://discord.com/api/webhooks/1143503308481384529/SBkGFYyl6njbyg_DJwhP2x5s4XAzd8Ll5CZQ7HG4xfDRJhOTAIlb0UiPL4ykOZQNIHpd"
props(P, K, "discord-webhook-urls", "discord_webhook_url", DISCORD)
members(P, K, sn(K, "discord-webhook-urls", f"webhooks: {{ 'my-super-awesome-hook': '{DISCORD[:50]}...' }}", P, "the map"),
        [("my-super-awesome-hook", DISCORD)], secret="my-super-awesome-hook", section="webhooks")
raw(N, J, K, sn(K, "discord-webhook-urls", '{"links": ["https://discord.com/api/webhooks/1/a", "https://discord.com/api/webhooks/2/b"], "content": "test"}', N, "as given"),
    '{\n  "links": [\n    "https://discord.com/api/webhooks/1/a",\n    "https://discord.com/api/webhooks/2/b"\n  ],\n  "content": "test"\n}')
K = "firebase"
FCM3 = "cleVkhW1g-Q:APA91bEHLlxsKpNpTL9FbLyZQVfbv8_67KeyA7JFm1r983BiLFXVxOeRoHr7PxftcmTjgEJgA6oS7EiAfNcdVblRSPsyucfvc9l93n-Z9BvJRRaJZhKTNFrZdJ5RFL9jnkBEmtsNnOTL"
raw(P, J, K, sn(K, "legacy-fcm-api-key", f'var pushSubscription = {{ "endpoint": "https://fcm.googleapis.com/fcm/send/{FCM3[:30]}...", "keys": {{}}', P,
                "the object as appsettings.json members under pushSubscription"),
    '{\n  "pushSubscription": {\n    "endpoint": "https://fcm.googleapis.com/fcm/send/' + FCM3 + '",\n    "keys": {}\n  }\n}', '"endpoint"', check=[("endpoint", FCM3)])
K = "telegram"
raw(N, Y, K, sn(K, "telegram-bot-key", "telegram: # Alert via telegram? ... enabled: no / # API key ... talk to @BotFather / api_key: '5555555555:AAAA...'", N, "as given"),
    "telegram:\n  # Alert via telegram? Note: also supersedes chain-specific settings\n  enabled: no\n  # API key ... talk to @BotFather\n"
    "  api_key: '5555555555:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'", check=[("api_key", "5555555555:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")])

# ---- grafana.yaml, artifactory.yaml ----
K = "grafana"
script(P, K, sn(K, "grafana-api-token", "curl 'https://grafana.example.org/api/dashboards/home' -X 'Authorization: Bearer eyJrIjoiWWpNc1ZPS5R...'", P, "the command"),
       "curl 'https://grafana.example.org/api/dashboards/home' -X 'Authorization: Bearer eyJrIjoiWWpNc1ZPS5RjdjdHTWlyVmtTcjI0Vk9xN1RkOGI1V3YiLCJuIjoieZl5b19vb30vb23iLCJpZCI6MX0='",
       [("Bearer", "eyJrIjoiWWpNc1ZPS5RjdjdHTWlyVmtTcjI0Vk9xN1RkOGI1V3YiLCJuIjoieZl5b19vb30vb23iLCJpZCI6MX0=")])
script(N, K, sn(K, "grafana-api-token", "curl 'https://not-a-dashboard.example.com' -d 'eyJrIjoiQExvYWRUZXh0IiwgInYiOiJMb2FkaW5nLi4uIn0='", N, "the command"),
       "curl 'https://not-a-dashboard.example.com' -d 'eyJrIjoiQExvYWRUZXh0IiwgInYiOiJMb2FkaW5nLi4uIn0='", [("-d", "eyJrIjoiQExvYWRUZXh0IiwgInYiOiJMb2FkaW5nLi4uIn0=")])
script(P, K, sn(K, "grafana-service-account-token", "curl 'https://example.grafana.net/api/dashboards/home' -X 'Authorization: Bearer glsa_4ElrwSYvDrgV8GQmlyTYfsc245dMyPCE_f804430f'", P, "the command"),
       "curl 'https://example.grafana.net/api/dashboards/home' -X 'Authorization: Bearer glsa_4ElrwSYvDrgV8GQmlyTYfsc245dMyPCE_f804430f'",
       [("Bearer", "glsa_4ElrwSYvDrgV8GQmlyTYfsc245dMyPCE_f804430f")])
K = "artifactory"
for label, value in ((P, "AKCp4Lof5Pj0HeFbUzUjpFxHZ1nuZeipBLxt1nyu1VRTVeN8eeqKRb34azhpNcd2l7jWlzoSr"), (N, "AKCp4" + "X" * 68)):
    members(label, K, sn(K, "artifactory-api-key", f"def ARTIFACTORY_URL = 'https://example.com/artifactory/' / def ARTIFACTORY_API_KEY = '{value[:20]}...' / def RESOLVE_SNAPSHOT_REPO = 'lib-snapshot'", label,
                         "the definitions"),
            [("ARTIFACTORY_URL", "https://example.com/artifactory/"), ("ARTIFACTORY_API_KEY", value), ("RESOLVE_SNAPSHOT_REPO", "lib-snapshot")], secret="ARTIFACTORY_API_KEY",
            check=[("ARTIFACTORY_API_KEY", value)])
member(P, K, sn(K, "artifactory-identity-token", 'put("reference-with-user", "admin:cmVmdGtuOjAxOjE3MjY1MDk5NzU6RFZrZzdmMnBxdEJoMFZQTGU3S2I2R1NtUGNZ")', P, "the map entry"),
       "reference-with-user", "admin:cmVmdGtuOjAxOjE3MjY1MDk5NzU6RFZrZzdmMnBxdEJoMFZQTGU3S2I2R1NtUGNZ",
       check=[("reference-with-user", "cmVmdGtuOjAxOjE3MjY1MDk5NzU6RFZrZzdmMnBxdEJoMFZQTGU3S2I2R1NtUGNZ")])
ART = ("eyJ2ZXIiOiIyIiwidHlwIjoiSldUIiwiYWxnIjoiUlMyNTYiLCJraWQiOiJ8iS8bCyxBfQS05cyWCRp9ocHCEEdxVmv.dUfROkDghqdUzlFCkNyKjCj0l27SN53KY4MypGytx2HEcjEH8f4bpfVJsF0gJS1iVUImWww61hVPk2H2c4EIVorJGuJlwi75xbldxNnf8BFMCJ0Kc0sn9V69L6jbLbvf2Yp2LXJ3F9EmoPq9OMIZK8UjMTlFCfa3udg84ocZme9UDo8IHZWXYkQihNlNASZll5iuB1ifhdenelZQjAJOKJqMcVRwKpra4D1cD1HnsLd0P9a2IuZ3PJkqibBG1bbkdiPihiRvGYrBFr7roVTc4t20hOceBZd5pRmJgLhCvib3L8GJNXWC"
       ".t3iMRUkeX05ofZQNrTRrb0mUWrqnUEqdmyDzJ-1mXp5L-Ov8EnVbulm5ZZJMix2z-ZsADYoBQOcZoO9RFmk3Ge2WJ-mvtO_LLwke-cQwiNT9jGtc4eVA8")
ART_NEG = "eyJ2ZXIiOiIyIiwidHlwIjoiSldUIiwiYWxnIjoiUlMyNTYiLCJraWQiOiJ8iS8bCyxBfQS05cyWCRp9ocHCEEdxVmv.body.signature"
for label, value in ((P, ART), (N, ART_NEG)):
    members(label, K, sn(K, "artifactory-access-token", f"<accessClientSettings> <adminToken>{value[:40]}...</adminToken> <userTokenMaxExpiresInMinutes>60</userTokenMaxExpiresInMinutes>", label,
                         "the XML elements"),
            [("adminToken", value), ("userTokenMaxExpiresInMinutes", "60")], secret="adminToken", section="accessClientSettings", fmt=Y, check=[("adminToken", value)])

# ---- pubkey-crypto.yaml, openssh.yaml ----
PEMS = {
    "rsa-private-key": ["-----BEGIN RSA PRIVATE KEY-----", "MIIBOwIBAAJBAK5t3sjyTuxwetc6k0K/wNGgX975WQpyXu4+QTpyYZgCiHGQC+qq",
                        "buftxyNhS5+tOpP6p/F7nIJMluWedxGDD90CAwEAAQJBAKJtpZwyJ9R9Gab64M6z", "iXarhRs5zvSvdD8esdcfVEob5qwVZWunzuwptGSekG0STtozgy3qHn5w3BBRr6Dn",
                        "P4ECIQDmlpWHikNGRcTbzD9rSCzkvtWJAFasdhXQ8ArHjXsUOQIhAMGm6ZjtOboG", "ckaK0QvvhqlOkOeQjtAH2qUiXrbFMIDFAiAUpzwxbbLk4m7leP/dLhPHUUhzAvLA",
                        "c7s0gauVgBicEQIhAKQP6ApCuMxsl7ZB9zd4d4rK4CL/Kq7+aHPM+Zc42o3NAiAV", "8bZ9UdYLXr4xuCJ1ktyr/8lCy/IJ6qEPYQyBLfhuVQ==",
                        "-----END RSA PRIVATE KEY-----"],
    "rsa-private-key-encrypted": ["-----BEGIN RSA PRIVATE KEY-----", "Proc-Type: 4,ENCRYPTED", "DEK-Info: AES-128-CBC,9F1821EB06762C94DFD5CBD8FEA32003", "",
                                  "cJXTJrwEB9sLrJrTiD2kuRJc0ZpMzPv+dlljYUCeG4a+LSwppsABDOAeQLIcrBg4", "RTCk+5hgAI2eN0E1yaaE8K1IwTxCnM2NqzYf1n6ksBdLwW1OTUiM0WHFMj94SLzV",
                                  "WYAOm+06RG0Phd46JPSgnr6XDnHJKcKzBOwB03dY4jBBbN9Tr/9XfOjzAoGU/dbk", "m5YoUPSWqujlevFRICOE2Lc3SmD2B5rJ+C44GvhkUDHXoFHGYEfYk1oCEWhltM+3",
                                  "7vRn6rzsiB3wUT4hty4o4kFcKTCzsSn1vs7St/vx98S80dkJ8+M+IQz62SQcwM+0", "/vqHMwdDSR6ZI7DlJk7CwKbBGdBzW1En46JcTs0h1nMXa/OTWjpZ9huWIxNF41Es",
                                  "yZPRR6TGpl7OvNQgW/8xsp1/m4EbWLz0cUV/0uq1PCDxCw8yqRRi+IzMS77TFSdo", "-----END RSA PRIVATE KEY-----"],
    "ec-private-key": ["-----BEGIN EC PRIVATE KEY-----", "MF8CAQEEGEfVxjrMPigNhGP6DqH6DPeUZPbaoaCCXaAKBggqhkjOPQMBAaE0AzIA",
                       "BCIxho34upZyXDi/AUy/TBisGeh4yKJN7pit9Z+nKs4QajVy97X8W9JdySlbWeRt", "2w==", "-----END EC PRIVATE KEY-----"],
    "ec-private-key-encrypted": ["-----BEGIN EC PRIVATE KEY-----", "Proc-Type: 4,ENCRYPTED", "DEK-Info: AES-128-CBC,11ACAF38DB2E5318666628271D25419C", "",
                                 "NLs725frPmp2wmOGQC0i+HaHuRbVHMEVt679Vq1D4jzuWOh+tSeoGKbN4y1AQLNY", "LLidYhppiAerYPJ13yJvgynR9fAqq1VWYxXAmo0z/5U3YVCRWdz0tYbFSl2OwKXQ",
                                 "HPMwUHSdirPVe/KxvwsiZw==", "-----END EC PRIVATE KEY-----"],
}


def pem_file(label, key, rule, name, lines, as_json, secret_text):
    if as_json:
        content = "{\n  " + js(name) + ": " + js("\n".join(lines) + "\n") + "\n}"
        raw(label, J, key, sn(key, rule, f"{lines[0]} {lines[1][:30]}... {lines[-1]}", label, f"as an appsettings.json string `{name}` (one line)"),
            content, js(name), check=[(name, lines[1])])
    else:
        body = "\n".join(("  " + l) if l else "" for l in lines)
        content = f"{name}: |\n{body}"
        raw(label, Y, key, sn(key, rule, f"{lines[0]} {lines[1][:30]}... {lines[-1]}", label, f"as a YAML block scalar `{name}`, the {secret_text.strip('-')} line labelled"),
            content, secret_text, check=[(name, lines[1])])


for i, (R, pem) in enumerate(PEMS.items()):
    pem_file(P, "pubkey-crypto", R, "privateKey", pem, i % 2 == 0, pem[0])
K = "openssh"
pem_file(P, K, "ssh-private-key", "sshPrivateKey", OPENSSH, True, OPENSSH[0])
pem_file(P, K, "putty-private-key", "puttyPrivateKey", PUTTY, False, PUTTY[0])

# ---- alibaba, ibm, digitalocean, heroku, planetscale ----
K = "alibaba"
for label, value in ((P, "KmkwlDrPBC68bgvZiNtrjonKIYmVT8"), (N, "100000000000000000000000000000")):
    member(label, K, sn(K, "alibaba-access-key-secrets-1", f'String aliyunAccessKeySecret = "{value}";', label, "the value"), "aliyunAccessKeySecret", value)
member(P, K, sn(K, "alibaba-access-key-secrets-2", 'static string AccessKeySecret = "l0GdwcDYdJwB1VJ5pv0ormyTV9nhvW";', P, "the value"), "AccessKeySecret", "l0GdwcDYdJwB1VJ5pv0ormyTV9nhvW")
K = "ibm"
raw(P, J, K, sn(K, "S6337", '"apikey": "iT5wxMGq2-ZJlMAHYoODl5EuTeCPvNRkSp1h3m99HWrc"', P, "as given, completed to an appsettings.json object"),
    '{\n  "apikey": "iT5wxMGq2-ZJlMAHYoODl5EuTeCPvNRkSp1h3m99HWrc"\n}', '"apikey"', check=[("apikey", "iT5wxMGq2-ZJlMAHYoODl5EuTeCPvNRkSp1h3m99HWrc")])
K = "digitalocean"
for label, value in ((P, "dor_v1_d6ce4b93104521c47be0b580e9296453ef42319b02b5513469f0ec72d99af2e2"), (N, "dor_v1_EXAMPLE3104521c47be0b580e9296453ef4y319b02b5513469f0ec72d99af2e2")):
    script(label, K, sn(K, "digitalocean-oauth-refresh-token-v1", f'curl -X POST "https://cloud.digitalocean.com/v1/oauth/token?grant_type=refresh_token&refresh_token={value[:30]}..."', label,
                        "the command"),
           f'curl -X POST "https://cloud.digitalocean.com/v1/oauth/token?grant_type=refresh_token&refresh_token={value}"', [("refresh_token", value)])
K = "heroku"
props(P, K, "heroku", "heroku-key", "HRKU-650c1dee-447c-40c5-a42b-9844daa53837")
raw(N, J, K, sn(K, "heroku", '"description": "contents of the token to be used for authorization", "example": "HRKU-01234567-89ab-cdef-0123-456789abcdef", "readOnly": true,', N,
                "as given, completed to an appsettings.json object"),
    '{\n  "description": "contents of the token to be used for authorization",\n  "example": "HRKU-01234567-89ab-cdef-0123-456789abcdef",\n  "readOnly": true\n}',
    check=[("example", "HRKU-01234567-89ab-cdef-0123-456789abcdef")])
K = "planetscale"
props(P, K, "planetscale-password", "planetscale_password", "pscale_pw_hatgoG_EprhgnblWotaJGbeOeFE7q9BwW0_g5ML486D")
members(P, K, sn(K, "planetscale-password", "spring.datasource.username=user / spring.datasource.password=pscale_pw_CoNLTwSMJwvKspy89_2JdSoxmGWaElypgmlzel5KolA", P, "properties"),
        [("spring.datasource.username", "user"), ("spring.datasource.password", "pscale_pw_CoNLTwSMJwvKspy89_2JdSoxmGWaElypgmlzel5KolA")], secret="spring.datasource.password")
for value in ("pscale_pw_" + "x" * 43, "pscale_pw_" + "0" * 43):
    raw(N, J, K, sn(K, "planetscale-password", f'"user": null, "password": "{value[:16]}...",', N, "as given, completed to an appsettings.json object"),
        '{\n  "user": null,\n  "password": "' + value + '"\n}', check=[("password", value)])

# ---- stripe.yaml ----
K = "stripe"
props(P, K, "stripe-webhook-secret", "stripe_endpoint_secret", "whsec_3cAgzYnf0seUtVzSAP08cH9nDICqwI1T")
for label, value in ((P, "whsec_AV1cfC0WFpnYPzHI1YUnlDS059g8I3Az"), (N, "whsec_..."), (N, "whsec_" + "0" * 64)):
    member(label, K, sn(K, "stripe-webhook-secret", f"endpoint_secret = '{value[:40]}'; post '/webhook' do ...", label, "the assignment"), "endpoint_secret", value)
props(P, K, "stripe-api-key", "stripe_key", "sk_live_kiSSAXe2IyGNvprHode7efRT")
for label, value in ((P, "rk_live_0O6qcOGVoktKS9sLpZ8vzeIB"), (N, "sk_test_XXXXXXXXXXXXXXXXXXXXXXXX")):
    member(label, K, sn(K, "stripe-api-key", f"import stripe / stripe.api_key = '{value}'", label, "the assignment"), "stripe.api_key", value)

# ---- airtable.yaml, rapidapi.yaml ----
K = "airtable"
R = "airtable-api-key"
props(P, K, R, "airtable_key", "key6yLyCekATg67Ts")
members(P, K, sn(K, R, "export const proxy = 'https://api.airtable.com/v0/appywrdcoWllMrj0o/Plugins'; export const airtable_key = 'keyAHLsjg6TP67TCy';", P, "the constants"),
        [("proxy", "https://api.airtable.com/v0/appywrdcoWllMrj0o/Plugins"), ("airtable_key", "keyAHLsjg6TP67TCy")], secret="airtable_key")
compose(P, K, sn(K, R, "# Download translations. / ARG AIRTABLE_API_KEY=key6yLyCekATg67Ts / ARG FAIL_ON_MISSING_TRANSLATIONS", P, "the build argument"),
        [("AIRTABLE_API_KEY", "key6yLyCekATg67Ts")], "AIRTABLE_API_KEY")
for value in ("keyexampleexample", "keyXXXXXXXXXXXXXX", "key00000000000000"):
    member(N, K, sn(K, R, f"import vdplus.api.airtable / options.airtable_key = '{value}'", N, "the option"), "airtable_key", value)
raw(N, J, K, sn(K, R, "'/home/.config/.airtableblocksrc.json': Buffer.from('{\"airtableApiKey\":\"keyAPI12345678910\"}')", N, "the file content as given"),
    '{"airtableApiKey":"keyAPI12345678910"}', check=[("airtableApiKey", "keyAPI12345678910")])
K = "rapidapi"
RAPID = "6f1bbe24b9mshcbb5030202794a4p18f7d0jsndd55ab0f981d"
props(P, K, "rapidapi-api-key", "rapidapi_key", RAPID)
raw(P, J, K, sn(K, "rapidapi-api-key", f'{{"type": "core/v1/state", "properties": {{"key": "token", "initialValue": "{RAPID}"}}}}', P, "as given"),
    '{\n  "type": "core/v1/state",\n  "properties": {\n    "key": "token",\n    "initialValue": "' + RAPID + '"\n  }\n}', '"initialValue"', check=[("initialValue", RAPID)])


if __name__ == "__main__":
    repeats = check_repeats(HERE, PAIRS)
    assert not repeats, repeats
    write_config_set(
        CASES,
        "config-secrets-12.txt",
        "# Held-out AKS2003 set 12: SonarSource/sonar-text secret-rule examples of providers other than databases and Azure "
        "(a source not used in sets 1-11), labelled by what the peer asserts before AKS2003 ran on them.",
        "# Format: README.md ('Configuration files, set 12'). Written by write_config_secrets_12.py (provenance and selection rules in set12_sources.py).",
        family=family,
        check_json=True,
    )

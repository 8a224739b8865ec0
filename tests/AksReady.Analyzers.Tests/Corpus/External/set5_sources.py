"""Shared by write_csharp_secrets_5.py and write_config_secrets_5.py: provenance of the fifth held-out secrets set and
the values that the peers generate at random in their own tests (regenerated here with a fixed seed, same format).

Sources used in no earlier set (see README.md, 'C# secrets, set 5' and 'Configuration files, set 5'):
- praetorian-inc/noseyparker (Apache-2.0): rules YAML, `examples` (must match) and `negative_examples` (must not match).
- microsoft/security-utilities (MIT): GenerateTruePositiveExamples / GenerateFalsePositiveExamples of its patterns.
- sirwart/ripsecrets (MIT): test/one_per_line/* (one finding per line) and test/none (no finding).
- thoughtworks/talisman (MIT): detector tests (shouldPass / shouldFail detection, base64 content tests).
- GitGuardian/ggshield (MIT): tests/unit/conftest.py, the patches whose mocked scan results report a secret.
"""
import random

NP = "praetorian-inc/noseyparker:crates/noseyparker/data/default/builtin/rules/{f}@{c}"
NOSEY = {
    "generic": NP.format(f="generic.yml", c="01d5871fed266f529f03eef7a754aeee1854461b"),
    "azure": NP.format(f="azure.yml", c="0be4c4c3fe587f72145c132e7b275094f1468463"),
    "odbc": NP.format(f="odbc.yml", c="259838562bd552a76b592e980d8547ed00699497"),
    "postgres": NP.format(f="postgres.yml", c="259838562bd552a76b592e980d8547ed00699497"),
    "mongo": NP.format(f="mongo.yml", c="83750401318a09c3656a89e559751f913ef8d049"),
    "aws": NP.format(f="aws.yml", c="1697f90fabad87a8e20afa6d15c9f71717641024"),
    "github": NP.format(f="github.yml", c="93085591ed21a78575ee0d8d920d657a4524ff3e"),
    "slack": NP.format(f="slack.yml", c="1b57a9fe4a451e751c4d219f5a9c64fb8d0e8c11"),
    "http": NP.format(f="http.yml", c="1aebec909d2215720aa553105bce03b1e15275ed"),
    "jwt": NP.format(f="jwt.yml", c="651e93678f41dd2b47742b2fa783bb490cdec510"),
    "stripe": NP.format(f="stripe.yml", c="93085591ed21a78575ee0d8d920d657a4524ff3e"),
    "sendgrid": NP.format(f="sendgrid.yml", c="663a67f2decc3e411389a8f84d40ce5294be4a29"),
    "nuget": NP.format(f="nuget.yml", c="663a67f2decc3e411389a8f84d40ce5294be4a29"),
    "twilio": NP.format(f="twilio.yml", c="663a67f2decc3e411389a8f84d40ce5294be4a29"),
}

MS = "microsoft/security-utilities:src/Microsoft.Security.Utilities.Core/{f}@{c}"
SECUTIL = {
    "messaging": MS.format(f="PreciselyClassifiedSecurityKeys/SEC101_105_AzureMessagingLegacyCredentials.cs", c="036eb4b32c94999e6c78054e39163496fed88200"),
    "sas": MS.format(f="UnclassifiedPotentialSecurityKeys/SEC101_060_LooseSasSecret.cs", c="946a00378b46d06e03517860d56e3a9b4080a56d"),
    "bearer": MS.format(f="UnclassifiedPotentialSecurityKeys/SEC101_061_LooseOAuth2BearerToken.cs", c="12e15bcc0c213029e4f9ed772c9bc0d4d7d1bc50"),
    "nuget": MS.format(f="PreciselyClassifiedSecurityKeys/SEC101_031_NuGetApiKey.cs", c="036eb4b32c94999e6c78054e39163496fed88200"),
    "databricks": MS.format(f="PreciselyClassifiedSecurityKeys/SEC101_110.AzureDatabricksPat.cs", c="036eb4b32c94999e6c78054e39163496fed88200"),
    "npm": MS.format(f="PreciselyClassifiedSecurityKeys/SEC101_050_NpmAuthorKey.cs", c="036eb4b32c94999e6c78054e39163496fed88200"),
    "aad34": MS.format(f="HighConfidenceMicrosoftSecurityModels/SEC101_101_AzureClientAppLegacyCredentials34.cs", c="49d44ac240b56438d074fbee1e44998f22767597"),
    "acr": MS.format(f="HighConfidenceMicrosoftSecurityModels/SEC101_109.AzureContainerRegistryLegacyKey.cs", c="629620b3767077205d21cf8366040dc99d288871"),
    "sample": MS.format(f="HighConfidenceMicrosoftSecurityModels/SEC101_565_SecretScanningSampleToken.cs", c="629620b3767077205d21cf8366040dc99d288871"),
}

RS = "sirwart/ripsecrets:{f}@{c}"
RIP = {
    "none": RS.format(f="test/none", c="1c4d191969e02b419b4d47bf10d1b37dbb65cb63"),
    "random": RS.format(f="test/one_per_line/random", c="26409a2384c0b4d171f7165f0354872a1826ea2e"),
    "azure": RS.format(f="test/one_per_line/azure", c="638ceab0ade0b687ba9e8d46172a1cf57b4aae27"),
    "url": RS.format(f="test/one_per_line/url", c="ac2aeb05a067877c675191b6c3760e8b0df783de"),
    "aws": RS.format(f="test/one_per_line/aws", c="638c4341820ef95eebac741f9a8c2f6ab1ca9634"),
    "github": RS.format(f="test/one_per_line/github", c="f910532928704eae540f892cb83611edab5edfda"),
    "npm": RS.format(f="test/one_per_line/npm", c="623d42e8ba5a6ca6409e0fe929b4cf57d83dc23b"),
    "slack": RS.format(f="test/one_per_line/slack", c="638ceab0ade0b687ba9e8d46172a1cf57b4aae27"),
    "stripe": RS.format(f="test/one_per_line/stripe", c="638ceab0ade0b687ba9e8d46172a1cf57b4aae27"),
    "jwt": RS.format(f="test/one_per_line/jwt", c="638ceab0ade0b687ba9e8d46172a1cf57b4aae27"),
    "gcp": RS.format(f="test/one_per_line/gcp", c="638ceab0ade0b687ba9e8d46172a1cf57b4aae27"),
    "p_random": RS.format(f="src/matcher/p_random.rs", c="552bd04b501cbf1465fc5647a0f720744e385780"),
}

TAL = {
    "pattern": "thoughtworks/talisman:detector/pattern/pattern_detector_test.go@083730bbfe2855575260b8c87eb1fb174a15b728",
    "content": "thoughtworks/talisman:detector/filecontent/filecontent_detector_test.go@00c2f26feaefc1e69c71072c71276db5af34d876",
}

GG = "GitGuardian/ggshield:tests/unit/conftest.py@07394e1f1250983acd4e3c7ebe6029ca6021d067"


def family(source):
    """Source family for the per-source figures."""
    for prefix, name in (("praetorian-inc/", "noseyparker"), ("microsoft/", "security-utilities"), ("sirwart/", "ripsecrets"),
                         ("thoughtworks/", "talisman"), ("GitGuardian/", "ggshield")):
        if source.startswith(prefix):
            return name
    raise ValueError(source)


# ---- values the peers generate at random (WellKnownRegexPatterns.RandomBase64 / RandomLowercase / ...) ----
_rng = random.Random(20261127)
BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
BASE62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
BASE32 = "abcdefghijklmnopqrstuvwxyz234567"
LOWER = "abcdefghijklmnopqrstuvwxyz"
HEX = "0123456789abcdef"
URL_UNRESERVED = BASE62 + "-._~"


def _gen(alphabet, n):
    return "".join(_rng.choice(alphabet) for _ in range(n))


def _aad34():
    while True:
        key = _gen(URL_UNRESERVED, 34)
        if any(c in "-~_." for c in key):
            return key


G = {}
G["messaging_key"] = _gen(BASE64, 43) + "="                      # SEC101/105 TP: SharedAccessKey={RandomBase64(43)}=
G["dsas_tp"] = _gen(BASE64, 43) + "="                            # SEC101/060 TP: dsas_secret={RandomBase64(43)}=
G["sig_tp"] = _gen(BASE64, 43) + "%3d"                           # SEC101/060 TP: sig={RandomBase64(43)}%3d
G["slashes"] = "%2f" * 43                                        # HttpUtility.UrlEncode(new string('/', 43))
G["dsas_fp"] = _gen(BASE64, 43)                                  # SEC101/060 FP: no trailing padding
G["sig_fp"] = _gen(BASE64, 43)                                   # SEC101/060 FP: no trailing padding
G["nuget_guid"] = "oy2a" + _gen(LOWER, 15) + "a" + _gen(LOWER, 11) + "e7a" + _gen(LOWER, 11) + "a"
G["nuget_prng"] = "oy2" + _gen(BASE32, 43)
G["nuget_upper"] = "OY2" + _gen(BASE32, 43).upper()
G["nuget_repeat"] = "oy2" + _gen(BASE32, 1) * 43
G["nuget_mixed"] = "oy2" + _gen(BASE32, 10) + _gen(BASE32, 33).upper()  # FP: mixed case
G["databricks_1"] = "dapi" + _gen(HEX, 32)
G["databricks_2"] = "dapi" + _gen(HEX, 32) + "-3"
G["npm"] = "npm_" + _gen(BASE62, 36)
G["aad34"] = _aad34()
G["acr"] = _gen("=" + BASE64, 32)
G["sample_token"] = "secret_scanning_ab85fc6f8d7638cf1c11da812da308d43_" + _gen(BASE62, 5)
# Tenant and client ids for the ClientSecretCredential shape (not secrets; any GUID-shaped value)
G["tenant_id"] = "-".join(_gen(HEX, n) for n in (8, 4, 4, 4, 12))
G["client_id"] = "-".join(_gen(HEX, n) for n in (8, 4, 4, 4, 12))

# ggshield's test token (tests/unit/conftest.py GG_TEST_TOKEN), joined as in the peer
GG_TEST_TOKEN = (
    "8a784aab7090f6a4ba3b9f7a6594e2e727007a26590b58ed314e4b9ed4536479sRZlRup3xvtMVfiHWA"
    "anbe712Jtc3nY8veZux5raL1bhpaxiv0rfyhFoAIMZUCh2Njyk7gRVsSQFPrEphSJnxa16SIdWKb03sRft"
    "770LUTTYTAy3IM18A7Su4HjiHlGA9ihLj9ou3luadfRAATlKH6kAZwTw289Kq9uip67zxyWkUJdh6PTeFp"
    "MgCh3AhHcZ21VeZHlu12345"
)
GG_RSA_LINES = [
    "-----BEGIN RSA PRIVATE KEY-----",
    "MIIBOgIBAAJBAIIRkYjxjE3KIZiEc8k4sWWGNsPYRNE0u0bl5oFVApPLm+uXQ/4l",
    "bKO9LFtMiVPy700oMWLScwAN5OAiqVLMvHUCAwEAAQJANLr8nmEWuV6t2hAwhK5I",
    "NNmBkEo4M/xFxEtl9J7LKbE2gtNrlCQiJlPP1EMhwAjDOzQcJ3lgFB28dkqH5rMW",
    "TQIhANrCE7O+wlCKe0WJqQ3lYlHG91XWyGVgfExJwBDsAD9LAiEAmDY5OSsH0n2A",
    "22tthkAvcN1s66lG+0DztOVJ4QLI2z8CIBPeDGwGpx8pdIicN/5LFuLWbyAcoZaT",
    "bLaA/DCNPniBAiA0l//bzg+M3srIhm04xzLdR9Vb9IjPRlkvN074zdKDVwIhAKJb",
    "RF3C+CMFb0wXme/ovcDeM1+3W/UmSHYUW4b3WYq4",
    "-----END RSA PRIVATE KEY-----",
]

# noseyparker aws.yml np.aws.4 example: the AWS_SESSION_TOKEN value (a JWT), as given
AWS_SESSION_JWT = (
    "eyJhbGciOiJIUzUxMi53InR5cCI6IkpXVCJ9.eyJhY2Nlc3NLZXkiOiJJMDhCQ1gySkpWNDVFRDFET0M5SiIsImFjciI6Ij53LCJhdWQiOiJhY2NvdW50IiwiYXV0aF90aW1lIjowLCJhenAiOiJtaW5pbyIsImVtYWlsIjoiYWlkYW4uY29wZUBnbWFpbC5jb20iLCJlbWFpbF92ZXJpZmllZCI6ZmFsc2UsImV4cCI6MTU4MDUwMDIzOCwiZmFtaWx5X25hbWUiOiJDb3BlIiwiZ2l2ZW5fbmFtZSI6IkFpZGFuIENvcGUiLCJpYXQiOjE1ODA0OTk5MzgsImlzcyI6Imh0dHBzOi8vYXV0aHN0Zy5wb3BkYXRhLmJjLmNhL2F1dGgvcmVhbG1zL3NhbXBsZSIsImp0aSI6IjU5ZTM5ODAxLWQxMmUtNDVhYS04NmQzLWVhMmNmZDU0NmE2MiIsIm1pbmlvX3BvbGljeSI6ImRhdGFzZXRfMV9ybyIsIm5hbWUiOiJBaWRhbiBDb3BlIENvcGUiLCJuYmYiOjAsInByZWZlcnJlZF91c2VybmFtZSI6ImFjb3BlLTk5LXQwNSIsInJlYWxtX2FjY2VzcyI6eyJyb2xlcyI6WyJvZmZsaW5lX2FjY2VzcyIsInVtYV9hdXRob3JpemF0aW9uIl19LCJyZXNvdXJjZV9hY2Nlc3MiOnsiYWNjb3VudCI6eyJyb2xlcyI6WyJtYW5hZ2UtYWNjb3VudCIsIm1hbmFnZS1hY2NvdW50LWxpbmtzIiwidmlldy1wcm9maWxlIl19fSwic2NvcGUiOiJwcm9maWxlIGVtYWlsIiwic2Vzc2lvbl9zdGF0ZSI6IjcxYjczZWJjLThlMzMtNGMyMi04NmE2LWI0MzhhNDM4ZmI2MiIsInN1YiI6IjVkOTBlOTgzLTA1NDItNDYyYS1hZWIwLWYxZWVmNjcwYzdlNSIsInR5cCI6IkJlYXJlciJ9."
    "J-a9PORJToz7MUrnPQlOywcqtVMNkXy53Gedp_V4PW-Gbf1_BAMjwuw_X7fKRd6hkNfEn43CKKju7muzi_d1Ig"
)

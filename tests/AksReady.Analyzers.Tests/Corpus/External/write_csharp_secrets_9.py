#!/usr/bin/env python3
"""Writes csharp-secrets-9.txt: the ninth held-out C# secrets set (AKS2001/AKS2002), see README.md ('C# secrets, set 9').

Built on 2026-11-26 on branch wip-9 from main aad0e08 and committed with its measuring test before the rules were run on
it (a blind figure for the rules of aad0e08). Sources used in no earlier set: CredSweeper's expected scan report and
its negative samples, tfsec's general secrets rule tests and examples, defsec's plaintext-secret checks, mobsfscan's
hard-coded secret rule tests, cfn-lint's W2501 success template, cfripper's HardcodedRDSPasswordRule test and zizmor's
hardcoded-container-credentials test. Selection rules, provenance and the labelled strings are in set9_sources.py
(shared with the config writer); this script gives each labelled line its .NET shape:

- CredSweeper: an assignment in any language (`name = "v"`, `var name = 'v'`, `$name = 'v'`, `name := 'v'`) as a C#
  local with the peer's name; a JSON/YAML/properties member (`"name": "v"`, `name: v`) as a settings-dictionary indexer;
  a value alone on its line as a local named `value`; `return "v"` as a method returning it; the C string literal of
  pem_key as the same C# literal; URLs as a local; prose samples (doc_*, `_n` sentences) as a string constant `Note`,
  the `_n` getenv line as Environment.GetEnvironmentVariable, its curl lines as Process.Start arguments;
- tfsec: HCL resource attributes as an object initializer of a stub with the attribute as a property, `locals` as a
  local, a `variable` default as an optional parameter, a variable reference as a parameter, heredoc user data as the
  same string;
- defsec: the tested user data / environment values as a stub's property (EC2 launch template and configuration,
  CloudStack instance, GitHub environment secret) or ProcessStartInfo.Environment (ECS container environment);
- mobsfscan: Java/Swift/Kotlin fields and assignments as C# fields and assignments, JWT's HMAC256 as HMACSHA256;
- cfn-lint / cfripper: CloudFormation password properties as a stub's property, a template parameter as a method
  parameter (its Default as the parameter's default value); zizmor: container registry credentials as
  NetworkCredential.

Labels are the peers', written before AKS2001/AKS2002 ran on the set.
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from set9_sources import (CS_CODE, CS_DOC_ID_PAIR, CS_DOC_SECRET, CS_DOC_SECRET_FALSE, CS_NEG, CS_FILES, TFSEC, DEFSEC,  # noqa: E402
                          MOBSF, CFNLINT, CFRIPPER, ZIZMOR, P, N, cs_src, family, check_repeats, cs_string, cs_name)
from csharp_set_writer import builders, write_csharp_set  # noqa: E402

CASES = []
case, local, member = builders(CASES)
DICT = "new System.Collections.Generic.Dictionary<string, string>"

# ---- CredSweeper: code-shaped lines of output.json ----
for sample, line, rule, form, name, value, text in CS_CODE:
    shown = f" `{text}`" if text else ""
    note = f"CredSweeper {rule} {sample} line {line}{shown} (reported in output.json)"
    if form == "assign":
        if sample == "passwd.groovy":
            local(P, cs_src(sample), note + ", as two locals", f'var gi_reo_gi_passwd = {cs_string(value)};\nvar password_confirmation = {cs_string(value)};')
        else:
            local(P, cs_src(sample), note + ", as a local", f"var {cs_name(name)} = {cs_string(value)};")
    elif form == "member":
        local(P, cs_src(sample), note + ", as a settings-dictionary entry", f"var settings = {DICT}();\nsettings[{cs_string(name)}] = {cs_string(value)};")
    elif form == "url":
        local(P, cs_src(sample), note + ", the URL as a local", f"var {cs_name(name)} = {cs_string(value)};")
    elif form == "return":
        member(P, cs_src(sample), note + ", as a method returning it", f"string Get()\n{{\n    return {cs_string(value)};\n}}")
    elif form == "bare":
        local(P, cs_src(sample), note + " (the value alone on its line), as a local named value", f"var value = {cs_string(value)};")
    elif form == "cstr":
        local(P, cs_src(sample), note + " (`char pk[] = \"...\";`), as the same C# string literal", f'var {name} = "{value}";')
    else:
        raise ValueError(form)

# ---- CredSweeper: prose samples (reported lines positive, the FALSE block negative) ----
for line, text in CS_DOC_ID_PAIR:
    member(P, cs_src("doc_id_pair_passwd_pair"), f"CredSweeper Password doc_id_pair_passwd_pair line {line} (reported in output.json), as a string constant",
           f"const string Note = {cs_string(text)};")
for line, text in CS_DOC_SECRET:
    member(P, cs_src("doc_secret_pair"), f"CredSweeper doc_secret_pair line {line} (reported in output.json), as a string constant",
           f"const string Note = {cs_string(text)};")
for line, text in CS_DOC_SECRET_FALSE:
    member(N, CS_FILES["doc_secret_pair"], f"CredSweeper doc_secret_pair line {line} (under the file's `FALSE:` heading, not reported), as a string constant",
           f"const string Note = {cs_string(text)};")

# ---- CredSweeper: negative samples ----
for key, line, form, name, value, why in CS_NEG:
    note = f"CredSweeper negative sample {CS_FILES[key].split(':')[1].split('@')[0].rsplit('/', 1)[1]} line {line}: {why}"
    if form == "prose":
        member(N, CS_FILES[key], note + ", as a string constant", f"const string Note = {cs_string(value)};")
    elif form == "assign":
        local(N, CS_FILES[key], note + ", as a local", f"var {cs_name(name)} = {cs_string(value)};")
    elif form == "member":
        local(N, CS_FILES[key], note + ", as a settings-dictionary entry", f"var settings = {DICT}();\nsettings[{cs_string(name)}] = {cs_string(value)};")
    elif form == "getenv":
        local(N, CS_FILES[key], note, f'var {name} = System.Environment.GetEnvironmentVariable({cs_string(value)}) ?? "";')
    elif form == "json3":
        local(N, CS_FILES[key], note + ", as a dictionary initializer",
              f'var settings = {DICT}\n{{\n    ["dummy"] = "api-custom-key",\n    ["c098f218-face-c0fe-dea0-0199cba"] = "not-a-key-in-the-line",\n    ["next"] = "something-else",\n}};')
    elif form == "curl":
        local(N, CS_FILES[key], note + ", as Process.Start arguments", f'System.Diagnostics.Process.Start("curl", {cs_string(value)});')
    else:
        raise ValueError(form)

# ---- tfsec general secrets ----
T = TFSEC
local(P, T["attr_test"], "tfsec GEN003 \"check sensitive attribute\" `root_password = \"secret\"` in a resource (must include), as an object initializer",
      'var vm = new EvilCorpVirtualMachine { RootPassword = "secret" };')
local(N, T["attr_test"], "tfsec GEN003 \"check non-sensitive local\" `memory = 512` (must exclude), as an object initializer",
      "var vm = new EvilCorpVirtualMachine { Memory = 512 };")
local(N, T["attr_test"], "tfsec GEN003 \"avoid false positive for aws_efs_file_system\" `creation_token = \"something\"` (must exclude)",
      'var fs = new EfsFileSystem { CreationToken = "something" };')
local(N, T["attr_test"], "tfsec GEN003 \"avoid false positive for google_secret_manager_secret\" `secret_id = \"secret\"` (must exclude)",
      'var secret = new SecretManagerSecret { SecretId = "secret" };')
local(N, T["attr_test"], "tfsec GEN003 \"avoid false positive for non-string attributes\" `secret = true` (must exclude)",
      "var something = new SomethingResource { Secret = true };")
local(N, T["attr_test"], "tfsec GEN003 \"avoid false positive for github_actions_secret\" `secret_name = \"digitalocean_deploy_user\"` (must exclude)",
      'var secret = new ActionsSecret { SecretName = "digitalocean_deploy_user" };')
for test, text in (("attribute with sensitive content fails check", 'Password = "something secret"'),
                   ("attribute with sensitive content as a database password fails check", 'DB_PASSWORD = "database password"'),
                   ("attribute with sensitive content as a github token fails check", 'GITHUB_SECTOKEN = "ghp_9S2hJ7Vxa6sdfjk3safFFFKl2edsicjerg"'),
                   ("attribute with sensitive content as a github token (organisation) fails check", 'GITHUB_SECTOKEN = "gho_9S2hJ7Vxa6sdfjk3safFFFKl2edsicjerg"')):
    local(P, T["value_test"], f"tfsec GEN005 \"{test}\": user_data heredoc `{text}` (must include), as the instance's UserData",
          f'var instance = new Ec2Instance {{ InstanceType = "t2.small", UserData = {cs_string(chr(9) * 2 + text + chr(10))} }};'.replace("\t", "\\t").replace("\n", "\\n"))
member(N, T["value_test"], "tfsec GEN005 \"attribute without sensitive passes the check\": variable `password` and user_data `export EDITOR=vimacs` (must exclude)",
       'void Deploy(string password)\n{\n    var instance = new Ec2Instance { InstanceType = "t2.small", UserData = "\\t\\texport EDITOR=vimacs\\n" };\n}')
local(N, T["local_test"], "tfsec GEN002 \"check non-sensitive local\" `something = \"something\"` (must exclude), as a local", 'var something = "something";')
member(P, T["var_test"], "tfsec GEN001 \"check sensitive variable with value\" `variable \"db_password\" { default = \"something\" }` (must include), as an optional parameter",
       'void Deploy(string db_password = "something")\n{\n}')
member(N, T["var_test"], "tfsec GEN001 \"check sensitive variable without default\" `variable \"db_password\" {}` (must exclude), as a parameter",
       "void Deploy(string db_password)\n{\n}")
member(N, T["attr_rule"], "tfsec GEN003 GoodExample `root_password = var.passwordx` (a variable reference), as a parameter",
       "void Deploy(string passwordx)\n{\n    var vm = new EvilCorpVirtualMachine { RootPassword = passwordx };\n}")
member(N, T["var_rule"], "tfsec GEN001/GEN002 GoodExample: variable `password` without a default, `root_password = var.password`, as a parameter",
       "void Deploy(string password)\n{\n    var vm = new EvilCorpVirtualMachine { RootPassword = password };\n}")

# ---- defsec plaintext-secret checks ----
D = DEFSEC
local(N, D["ecs_test"], "defsec AVD-AWS-0036 \"Task definition without sensitive information\" `ENVIRONMENT=development` (expected false), as a container environment",
      'var container = new System.Diagnostics.ProcessStartInfo("my_image");\ncontainer.Environment["ENVIRONMENT"] = "development";')
local(N, D["ec2_userdata_test"], "defsec no-secrets-in-user-data \"negative result\" `export GREETING=hello` (expected false; also TestCheckNoSensitiveInfo and the as_no_secrets_in_user_data Terraform GoodExample), as UserData",
      'var template = new LaunchTemplate { ImageId = "ami-12345667", InstanceType = "t2.small", UserData = "export GREETING=hello\\n" };')
local(P, D["as_cf"], "defsec as-no-secrets-in-user-data CloudFormation BadExample `UserData: export DATABASE_PASSWORD=password1234`, as a launch template's UserData",
      'var template = new LaunchTemplate { ImageId = "ami-04d5cc9b88example", InstanceType = "t2.micro", UserData = "export DATABASE_PASSWORD=password1234" };')
local(N, D["as_cf"], "defsec as-no-secrets-in-user-data CloudFormation GoodExample `UserData: export SSM_PATH=/database/creds`, as a launch template's UserData",
      'var template = new LaunchTemplate { ImageId = "ami-04d5cc9b88example", InstanceType = "t2.micro", UserData = "export SSM_PATH=/database/creds" };')
local(P, D["sensitive_tf"], "defsec no-sensitive-info Terraform BadExample user_data `export DATABASE_PASSWORD=\"SomeSortOfPassword\"` (also the CloudStack test, expected true), as a launch configuration's UserData",
      'var config = new LaunchConfiguration { Name = "web_config", InstanceType = "t2.micro", UserData = "export DATABASE_PASSWORD=\\"SomeSortOfPassword\\"\\n" };')
local(P, D["sensitive_tf"], "defsec no-sensitive-info Terraform BadExample user_data_base64 (base64 of the same export line), as UserDataBase64",
      'var config = new LaunchConfiguration { Name = "web_config", InstanceType = "t2.micro", UserDataBase64 = "ZXhwb3J0IERBVEFCQVNFX1BBU1NXT1JEPSJTb21lU29ydE9mUGFzc3dvcmQi" };')
local(N, D["sensitive_tf"], "defsec no-sensitive-info Terraform GoodExample user_data `export GREETING=\"Hello there\"` (also the CloudStack test, expected false), as UserData",
      'var config = new LaunchConfiguration { Name = "web_config", InstanceType = "t2.micro", UserData = "export GREETING=\\"Hello there\\"\\n" };')
local(N, D["sensitive_tf"], "defsec no-sensitive-info Terraform GoodExample user_data_base64 (base64 of `export EDITOR=vimacs`), as UserDataBase64",
      'var config = new LaunchConfiguration { Name = "web_config", InstanceType = "t2.micro", UserDataBase64 = "ZXhwb3J0IEVESVRPUj12aW1hY3M=" };')
local(P, D["github_test"], "defsec github no-plain-text-action-secrets \"has plain text value\" `sensitive secret string` (expected true), as the environment secret's PlainTextValue",
      'var secret = new EnvironmentSecret { PlainTextValue = "sensitive secret string" };')
local(N, D["github_test"], "defsec github no-plain-text-action-secrets \"has no plain text value\" `\"\"` (expected false)",
      'var secret = new EnvironmentSecret { PlainTextValue = "" };')

# ---- mobsfscan ----
M = MOBSF
member(P, M["java"], "mobsfscan `// ruleid:hardcoded_password` `static String ppassword = \"secret\";`, as a static field", 'static string ppassword = "secret";')
local(P, M["java"], "mobsfscan `// ruleid:hardcoded_password` `foo.password = \"aasas\";`, as a member assignment", 'var foo = new Foo();\nfoo.password = "aasas";')
member(N, M["java"], "mobsfscan `// ok: hardcoded_password` ok1(String secretKey): `Algorithm.HMAC256(secretKey)`, as HMACSHA256 over the parameter",
       "static void Ok1(string secretKey)\n{\n    var hmac = new System.Security.Cryptography.HMACSHA256(System.Text.Encoding.UTF8.GetBytes(secretKey));\n}")
member(N, M["swift"], "mobsfscan `// ok:ios_hardcoded_secret` `private static let languageKey = \"languageKey\"` (test_hardcoded_secret asserts it is not reported)",
       'private static readonly string languageKey = "languageKey";')
member(N, M["swift"], "mobsfscan `// ok:ios_hardcoded_secret` `private let leadsLoggedKey = \"leadsLogged_Key\"` (asserted not reported)",
       'private readonly string leadsLoggedKey = "leadsLogged_Key";')
for name, value in (("password", "s3cret"), ("key", "sk-live-abc123"), ("api_key", "sk-live-abc123"), ("secretKey", "abc")):
    member(P, M["swift"], f"mobsfscan `// ruleid:ios_hardcoded_secret` `let {name} = \"{value}\"`, as a static readonly field",
           f"static readonly string {name} = {cs_string(value)};")
member(P, M["kotlin"], "mobsfscan android_kotlin_hardcoded LongKey.kt `private val KEY = \"b407...\"` (592 hex characters; asserted found), as a static readonly field",
       "private static readonly string KEY = \"b4071281f217866037bb02f1d125ab5c2533eca404e95b9f19f097227bcaad4fffb8aeda6042f4225623a1a23e50ed669ca508b570ba0f53306d6eb7b04941c9f3047e564ec9c0afef3ecadf5493edb6c0b4432ecde5f1f644e7dafa727774d3a43f472845d855113f0bb7ffe79bf80efa6bdb0f53607f691bc1ad65d3503c7b8847e6a50f884abf017047ad4144c6f1561c4b5653b7b8251db0f9757ab55562dd432dbd75479d5282cf08658f4fe52b175d7fc476b59e625abb057d9413d62d080a5050a47795536f594407aaa89f1df88abba879d091e81abe37ef74bb01912df82e4b10ea3e25bba80f837d0153917442c611f411093fbacd30aab4158719\";")

# ---- cfn-lint W2501 success template ----
member(N, CFNLINT, "cfn-lint W2501 success template: `MasterUserPassword: !Ref MyPassword` (a NoEcho parameter), as a parameter",
       'void Deploy(string myPassword)\n{\n    var db = new DbInstance { MasterUsername = "MyName", MasterUserPassword = myPassword };\n}')
for value, what in (("{{resolve:ssm-secure:MySecurePassword:1}}", "an ssm-secure dynamic reference"),
                    ("Prefix-{{resolve:ssm-secure:MySecurePassword:1}}-Postfix", "a dynamic reference inside a literal")):
    local(N, CFNLINT, f"cfn-lint W2501 success template: `MasterUserPassword: '{value}'` ({what})",
          f'var db = new DbInstance {{ MasterUsername = "MyName", MasterUserPassword = {cs_string(value)} }};')
local(N, CFNLINT, "cfn-lint W2501 success template: `LoginProfile: Password: !Sub 'list-{{resolve:ssm-secure:MySecurePassword:1}}'`",
      'var profile = new IamLoginProfile { Password = "list-{{resolve:ssm-secure:MySecurePassword:1}}" };')

# ---- cfripper HardcodedRDSPasswordRule ----
member(P, CFRIPPER["bad"], "cfripper HardcodedRDSPasswordRule \"Default RDS Instance password parameter (readable in plain-text) for BadDb5\": parameter Password3 with `\"Default\": \"test\"`, as an optional parameter",
       'void Deploy(string password3 = "test")\n{\n    var db = new DbInstance { MasterUserPassword = password3 };\n}')
member(N, CFRIPPER["good"], "cfripper HardcodedRDSPasswordRule test_passed_cluster_pw_protected: NoEcho parameter GoodClusterPW without a default (valid), as a parameter",
       "void Deploy(string goodClusterPW)\n{\n    var cluster = new DbInstance { MasterUserPassword = goodClusterPW };\n}")

# ---- zizmor hardcoded-container-credentials ----
local(P, ZIZMOR, "zizmor hardcoded-container-credentials: container credentials `username: user` / `password: hackme` (the finding's feature is the password line), as NetworkCredential",
      'var credentials = new System.Net.NetworkCredential("user", "hackme");')

STUBS = """public class EvilCorpVirtualMachine { public string RootPassword { get; set; } public int Memory { get; set; } }
public class EfsFileSystem { public string CreationToken { get; set; } }
public class SecretManagerSecret { public string SecretId { get; set; } }
public class SomethingResource { public bool Secret { get; set; } }
public class ActionsSecret { public string SecretName { get; set; } }
public class Ec2Instance { public string InstanceType { get; set; } public string UserData { get; set; } }
public class LaunchTemplate { public string ImageId { get; set; } public string InstanceType { get; set; } public string UserData { get; set; } }
public class LaunchConfiguration { public string Name { get; set; } public string InstanceType { get; set; } public string UserData { get; set; } public string UserDataBase64 { get; set; } }
public class EnvironmentSecret { public string PlainTextValue { get; set; } }
public class Foo { public string password; }
public class DbInstance { public string MasterUsername { get; set; } public string MasterUserPassword { get; set; } }
public class IamLoginProfile { public string Password { get; set; } }"""

if __name__ == "__main__":
    pairs = [(n, v) for _, _, _, _, n, v, _ in CS_CODE] + [(None, t) for _, t in CS_DOC_ID_PAIR + CS_DOC_SECRET + CS_DOC_SECRET_FALSE]
    pairs += [(n, v) for _, _, _, n, v, _ in CS_NEG]
    pairs += [("root_password", "secret"), ("Password", "something secret"), ("DB_PASSWORD", "database password"),
              ("GITHUB_SECTOKEN", "ghp_9S2hJ7Vxa6sdfjk3safFFFKl2edsicjerg"), ("GITHUB_SECTOKEN", "gho_9S2hJ7Vxa6sdfjk3safFFFKl2edsicjerg"),
              ("db_password", "something"), ("something", "something"), ("creation_token", "something"), ("secret_id", "secret"),
              ("secret_name", "digitalocean_deploy_user"), ("ENVIRONMENT", "development"), ("GREETING", "hello"),
              ("DATABASE_PASSWORD", "password1234"), ("SSM_PATH", "/database/creds"), ("DATABASE_PASSWORD", "SomeSortOfPassword"),
              (None, "ZXhwb3J0IERBVEFCQVNFX1BBU1NXT1JEPSJTb21lU29ydE9mUGFzc3dvcmQi"), (None, "ZXhwb3J0IEVESVRPUj12aW1hY3M="),
              ("PlainTextValue", "sensitive secret string"), ("ppassword", "secret"), ("password", "aasas"), ("languageKey", "languageKey"),
              ("leadsLoggedKey", "leadsLogged_Key"), ("password", "s3cret"), ("key", "sk-live-abc123"), ("api_key", "sk-live-abc123"),
              ("secretKey", "abc"), ("KEY", "b4071281f217866037bb02f1d125ab5c2533eca404e95b9f19f097227bcaad4f"),
              ("MasterUserPassword", "{{resolve:ssm-secure:MySecurePassword:1}}"), ("Password3", "test"), ("password", "hackme")]
    repeats = check_repeats(HERE, pairs)
    assert not repeats, repeats
    positives, negatives = write_csharp_set(
        "csharp-secrets-9.txt",
        "# Held-out C# secrets set 9 (AKS2001/AKS2002): reduced shapes of CredSweeper, tfsec, defsec, mobsfscan, cfn-lint, cfripper and zizmor labelled examples, labelled by the peer.",
        "# Format: README.md ('C# secrets, set 9'). Written by write_csharp_secrets_9.py (shared labelled strings and provenance in set9_sources.py). '=== stubs' is compiled with every case.",
        "written for this set (stand-ins for the resource types the peer lines configure)",
        STUBS,
        CASES,
    )
    fam = {}
    for label, source, _, _ in CASES:
        f = fam.setdefault(family(source), [0, 0])
        f[0 if label == P else 1] += 1
    print(len(CASES), positives, negatives, fam)

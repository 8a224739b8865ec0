#!/usr/bin/env python3
"""Writes config-secrets-9.txt: the ninth held-out AKS2003 set, see README.md ('Configuration files, set 9').

Built with C# set 9 (same day, branch, sources and selection rules; labelled strings and provenance in
set9_sources.py) and committed with its wiring before AKS2003 ran on it (a blind figure for the rules of aad0e08).

Each named labelled value becomes one small configuration file, alternately appsettings.json and config.yaml (counted
separately for positives and negatives): the peer's name (CredSweeper's variable, the HCL attribute or the export's
variable, the field name) and value as one member (`{ "NAME": "value" }` / `NAME: value`); a value the peer shows alone
on its line under the neutral member `Value`; an unquoted peer scalar (`memory = 512`, `secret = true`) as that scalar.
Prose-shaped CredSweeper lines (the doc_* samples and the `_n` sentences) and code-only shapes (getenv, curl, parameters,
variable references) are C# only.

Peer files that already are configuration are kept as given: cfn-lint's success template (`secret: none`), cfripper's
bad template (the `"Default": "test"` line labelled, the NoEcho-only parameters' Ref lines excluded) and good template
(`secret: none`), defsec's CloudFormation examples (the `UserData:` line labelled; the good one `secret: none`), zizmor's
workflow (the password line labelled, the username line excluded), CredSweeper's key_value.json (its "FP cases" lines
`clean:`, the rest excluded) and twilio/false_positives.json (each `"line"` member clean).
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from set9_sources import (CS_CODE, CS_NEG, CS_FILES, TFSEC, DEFSEC, MOBSF, CFNLINT, CFRIPPER, ZIZMOR, P, N, cs_src,  # noqa: E402
                          family, check_repeats, yaml_scalar)
from config_set_writer import case_adder, js, write_config_set  # noqa: E402  (js: used by the cases below)

CASES = []  # (name, secret, exclude, clean, source, note, content)
J = "appsettings.json"
Y = "config.yaml"


add = case_adder(CASES)


def ys(value):
    """A YAML scalar; values with control characters as a double-quoted (JSON-escaped) scalar."""
    return js(value) if any(ord(c) < 32 for c in value) else yaml_scalar(value)


# (label, source, note, name, value, scalar)
ITEMS = []
for sample, line, rule, form, name, value, text in CS_CODE:
    shown = f" `{text}`" if text else ""
    note = f"CredSweeper {rule} {sample} line {line}{shown} (reported in output.json)"
    if form == "assign" and sample == "passwd.groovy":
        ITEMS.append((P, cs_src(sample), note, "gi_reo_gi_passwd", value, False))
        ITEMS.append((P, cs_src(sample), note + " (the second assignment)", "password_confirmation", value, False))
    elif form in ("assign", "member", "url"):
        ITEMS.append((P, cs_src(sample), note, name, value, False))
    elif form in ("bare", "return"):
        ITEMS.append((P, cs_src(sample), note + ", under the neutral member Value", "Value", value, False))
    elif form == "cstr":
        ITEMS.append((P, cs_src(sample), note + " (`char pk[] = \"...\";`, the C escapes decoded)", name, value.replace("\\n", "\n"), False))
    else:
        raise ValueError(form)
for key, line, form, name, value, why in CS_NEG:
    if form in ("assign", "member") and key not in ("key_value", "twilio_fp"):
        ITEMS.append((N, CS_FILES[key], f"CredSweeper negative sample {CS_FILES[key].split(':')[1].split('@')[0].rsplit('/', 1)[1]} line {line}: {why}", name, value, False))

T, D, M = TFSEC, DEFSEC, MOBSF
ITEMS += [
    (P, T["attr_test"], "tfsec GEN003 \"check sensitive attribute\" `root_password = \"secret\"` (must include)", "root_password", "secret", False),
    (N, T["attr_test"], "tfsec GEN003 \"check non-sensitive local\" `memory = 512` (must exclude)", "memory", "512", True),
    (N, T["attr_test"], "tfsec GEN003 aws_efs_file_system `creation_token = \"something\"` (must exclude)", "creation_token", "something", False),
    (N, T["attr_test"], "tfsec GEN003 google_secret_manager_secret `secret_id = \"secret\"` (must exclude)", "secret_id", "secret", False),
    (N, T["attr_test"], "tfsec GEN003 \"non-string attributes\" `secret = true` (must exclude)", "secret", "true", True),
    (N, T["attr_test"], "tfsec GEN003 github_actions_secret `secret_name = \"digitalocean_deploy_user\"` (must exclude)", "secret_name", "digitalocean_deploy_user", False),
    (P, T["value_test"], "tfsec GEN005 user_data `Password = \"something secret\"` (must include)", "Password", "something secret", False),
    (P, T["value_test"], "tfsec GEN005 user_data `DB_PASSWORD = \"database password\"` (must include)", "DB_PASSWORD", "database password", False),
    (P, T["value_test"], "tfsec GEN005 user_data `GITHUB_SECTOKEN = \"ghp_...\"` (must include)", "GITHUB_SECTOKEN", "ghp_9S2hJ7Vxa6sdfjk3safFFFKl2edsicjerg", False),
    (P, T["value_test"], "tfsec GEN005 user_data `GITHUB_SECTOKEN = \"gho_...\"` (must include)", "GITHUB_SECTOKEN", "gho_9S2hJ7Vxa6sdfjk3safFFFKl2edsicjerg", False),
    (N, T["value_test"], "tfsec GEN005 user_data `export EDITOR=vimacs` (must exclude)", "EDITOR", "vimacs", False),
    (N, T["local_test"], "tfsec GEN002 `locals { something = \"something\" }` (must exclude)", "something", "something", False),
    (P, T["var_test"], "tfsec GEN001 `variable \"db_password\" { default = \"something\" }` (must include), as the variable's member", "db_password", "something", False),
    (N, D["ecs_test"], "defsec AVD-AWS-0036 \"without sensitive information\" `ENVIRONMENT=development` (expected false)", "ENVIRONMENT", "development", False),
    (N, D["ec2_userdata_test"], "defsec no-secrets-in-user-data \"negative result\" `export GREETING=hello` (expected false)", "GREETING", "hello", False),
    (P, D["sensitive_tf"], "defsec no-sensitive-info BadExample `export DATABASE_PASSWORD=\"SomeSortOfPassword\"` (also the CloudStack test, expected true)", "DATABASE_PASSWORD", "SomeSortOfPassword", False),
    (P, D["sensitive_tf"], "defsec no-sensitive-info BadExample user_data_base64 (base64 of the same export line)", "user_data_base64", "ZXhwb3J0IERBVEFCQVNFX1BBU1NXT1JEPSJTb21lU29ydE9mUGFzc3dvcmQi", False),
    (N, D["sensitive_tf"], "defsec no-sensitive-info GoodExample `export GREETING=\"Hello there\"` (also the CloudStack test, expected false)", "GREETING", "Hello there", False),
    (N, D["sensitive_tf"], "defsec no-sensitive-info GoodExample user_data_base64 (base64 of `export EDITOR=vimacs`)", "user_data_base64", "ZXhwb3J0IEVESVRPUj12aW1hY3M=", False),
    (P, D["github_test"], "defsec github no-plain-text-action-secrets `sensitive secret string` (expected true)", "plaintext_value", "sensitive secret string", False),
    (N, D["github_test"], "defsec github no-plain-text-action-secrets `\"\"` (expected false)", "plaintext_value", "", False),
    (P, M["java"], "mobsfscan `// ruleid:hardcoded_password` `static String ppassword = \"secret\";`", "ppassword", "secret", False),
    (P, M["java"], "mobsfscan `// ruleid:hardcoded_password` `foo.password = \"aasas\";`", "password", "aasas", False),
    (N, M["swift"], "mobsfscan `// ok:ios_hardcoded_secret` `languageKey = \"languageKey\"` (asserted not reported)", "languageKey", "languageKey", False),
    (N, M["swift"], "mobsfscan `// ok:ios_hardcoded_secret` `leadsLoggedKey = \"leadsLogged_Key\"` (asserted not reported)", "leadsLoggedKey", "leadsLogged_Key", False),
    (P, M["swift"], "mobsfscan `// ruleid:ios_hardcoded_secret` `let password = \"s3cret\"`", "password", "s3cret", False),
    (P, M["swift"], "mobsfscan `// ruleid:ios_hardcoded_secret` `let key = \"sk-live-abc123\"`", "key", "sk-live-abc123", False),
    (P, M["swift"], "mobsfscan `// ruleid:ios_hardcoded_secret` `let api_key = \"sk-live-abc123\"`", "api_key", "sk-live-abc123", False),
    (P, M["swift"], "mobsfscan `// ruleid:ios_hardcoded_secret` `let secretKey = \"abc\"`", "secretKey", "abc", False),
    (P, M["kotlin"], "mobsfscan android_kotlin_hardcoded LongKey.kt `KEY = \"b407...\"` (asserted found)", "KEY",
     "b4071281f217866037bb02f1d125ab5c2533eca404e95b9f19f097227bcaad4fffb8aeda6042f4225623a1a23e50ed669ca508b570ba0f53306d6eb7b04941c9f3047e564ec9c0afef3ecadf5493edb6c0b4432ecde5f1f644e7dafa727774d3a43f472845d855113f0bb7ffe79bf80efa6bdb0f53607f691bc1ad65d3503c7b8847e6a50f884abf017047ad4144c6f1561c4b5653b7b8251db0f9757ab55562dd432dbd75479d5282cf08658f4fe52b175d7fc476b59e625abb057d9413d62d080a5050a47795536f594407aaa89f1df88abba879d091e81abe37ef74bb01912df82e4b10ea3e25bba80f837d0153917442c611f411093fbacd30aab4158719", False),
]

turn = {P: 0, N: 0}
for label, source, note, name, value, scalar in ITEMS:
    as_json = turn[label] % 2 == 0
    turn[label] += 1
    if as_json:
        content, line = "{\n  " + js(name) + ": " + (value if scalar else js(value)) + "\n}", 2
    else:
        content, line = f"{name}: {value if scalar else ys(value)}", 1
    fmt = "as an appsettings.json member" if as_json else "as a YAML member"
    add(J if as_json else Y, str(line) if label == P else "none", source, f"{note}, {fmt}", content)

# ---- CredSweeper negative files kept as given ----
KEY_VALUE = """{
    "key": "api_key",
    "value": "QMEFk2TZGlkGcOkG-R9UwV1ZmlNkWEYvQzF",
    "FP cases which should be not found": {
        "IDX_SOMR_KEYBOARD": "Khartabil",
        "KeypadUserMask": "mask16bit",
        "pass_mask32": "0x31c45018",
        "pass_mask64": "0x81103c1452dd61cd",
        "dummy": 0
    }
}"""
add(J, "none", CS_FILES["key_value"], "CredSweeper key_value.json as given: the four string members of its \"FP cases which should be not found\" block clean (the `key`/`value` pair, which the file does not label, excluded)",
    KEY_VALUE, exclude="3", clean="5 6 7 8")
TWILIO = """[
  {
    "name": "SHA256 checksum",
    "value": "7e79bf807aa611eb9cbdd7bda7eaf1aa",
    "key": "checksum",
    "line": "checksum: 7e79bf807aa611eb9cbdd7bda7eaf1aa",
    "expected": false
  },
  {
    "name": "MD5 hash",
    "value": "d41d8cd98f00b204e9800998ecf8427e",
    "key": "hash",
    "line": "hash: d41d8cd98f00b204e9800998ecf8427e",
    "expected": false
  },
  {
    "name": "UUID without hyphens",
    "value": "550e8400e29b41d4a716446655440000",
    "key": "id",
    "line": "id: 550e8400e29b41d4a716446655440000",
    "expected": false
  }
]"""
add(J, "none", CS_FILES["twilio_fp"], "CredSweeper twilio/false_positives.json as given (every case `\"expected\": false`): each value line clean",
    TWILIO, clean="4 11 18")
GET_N = '{"dummy": "api-custom-key", "c098f218-face-c0fe-dea0-0199cba": "not-a-key-in-the-line", "next": "something-else"}'
add(J, "none", CS_FILES["doc_get_n"], "CredSweeper negative sample doc_get_n line 3 (a JSON line with a key-like member name), as a JSON file", GET_N)

# ---- tfsec/defsec/cfn-lint/cfripper/zizmor files that already are configuration ----
CF_BAD = """---
Resources:
  InstanceProfile:
    Type: AWS::IAM::InstanceProfile
    Properties:
      InstanceProfileName: MyIamInstanceProfile
      Path: "/"
      Roles:
      - MyAdminRole
  BadExample:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateName: MyLaunchTemplate
      LaunchTemplateData:
        IamInstanceProfile:
          Arn: !GetAtt
            - MyIamInstanceProfile
            - Arn
        DisableApiTermination: true
        ImageId: ami-04d5cc9b88example
        UserData: export DATABASE_PASSWORD=password1234
        InstanceType: t2.micro
        KeyName: MyKeyPair
        SecurityGroupIds:
          - sg-083cd3bfb8example"""
CF_GOOD = CF_BAD.replace("  BadExample:", "  GoodExample:").replace("UserData: export DATABASE_PASSWORD=password1234", "UserData: export SSM_PATH=/database/creds").replace(
    "        KeyName: MyKeyPair\n", "        KeyName: MyKeyPair\n        MetadataOptions:\n          - HttpTokens: required\n")
add("template.yaml", str(CF_BAD.split("\n").index("        UserData: export DATABASE_PASSWORD=password1234") + 1), D["as_cf"],
    "defsec as-no-secrets-in-user-data CloudFormation BadExample as given (the UserData line labelled)", CF_BAD)
add("template.yaml", "none", D["as_cf"], "defsec as-no-secrets-in-user-data CloudFormation GoodExample as given", CF_GOOD)

CFN_LINT_GOOD = """---
AWSTemplateFormatVersion: "2010-09-09"
Description: >
  Good Template for testing Password Parameters
Parameters:
  MyPassword:
    Type: String
    Default: String
    Description: String
    NoEcho: True
  Environment:
    Type: String
    Default: "Dev"
Resources:
  MyDB:
    Type: AWS::RDS::DBInstance
    Properties:
      AllocatedStorage: '5'
      DBInstanceClass: db.m1.small
      Engine: MySQL
      MasterUsername: MyName
      MasterUserPassword: !Ref MyPassword
    DeletionPolicy: Snapshot
  myNewDb:
    Type: AWS::RDS::DBInstance
    Properties:
      AllocatedStorage: '5'
      DBInstanceClass: db.m1.small
      Engine: MySQL
      MasterUsername: MyName
      MasterUserPassword: '{{resolve:ssm-secure:MySecurePassword:1}}'
    DeletionPolicy: Snapshot
  myThirdDb:
    Type: AWS::RDS::DBInstance
    Properties:
      AllocatedStorage: '5'
      DBInstanceClass: db.m1.small
      Engine: MySQL
      MasterUsername: MyName
      MasterUserPassword: 'Prefix-{{resolve:ssm-secure:MySecurePassword:1}}-Postfix'
    DeletionPolicy: Snapshot
  MyIAMUser:
    Type: AWS::IAM::User
    Properties:
      UserName: !Sub ${Environment}-{{resolve:ssm:MyUsername:1}}
      LoginProfile:
        Password: !Sub 'list-{{resolve:ssm-secure:MySecurePassword:1}}'"""
add("template.yaml", "none", CFNLINT, "cfn-lint W2501 success template as given (test_password.py: no finding)", CFN_LINT_GOOD)

CFRIPPER_BAD = """{
  "Parameters": {
    "Password": {
      "Type": "String"
    },
    "Password2": {
      "Type": "String",
      "NoEcho": "true"
    },
    "Password3": {
      "Type": "String",
      "NoEcho": "true",
      "Default": "test"
    }
  },
  "Resources": {
    "BadDb3": {
      "Type": "AWS::RDS::DBInstance",
      "Properties": {
        "SourceDBInstanceIdentifier": "sampleDbInstance",
        "MasterUserPassword": {
          "Ref": "Password"
        }
      }
    },
    "BadDb4": {
      "Type": "AWS::RDS::DBInstance",
      "Properties": {
        "SourceDBInstanceIdentifier": "sampleDbInstance",
        "MasterUserPassword": {
          "Ref": "Password2"
        }
      }
    },
    "BadDb5": {
      "Type": "AWS::RDS::DBInstance",
      "Properties": {
        "SourceDBInstanceIdentifier": "sampleDbInstance",
        "MasterUserPassword": {
          "Ref": "Password3"
        }
      }
    }
  }
}"""
_cf = CFRIPPER_BAD.split("\n")
_default = _cf.index('      "Default": "test"') + 1
_ref = _cf.index('          "Ref": "Password"') + 1
add("template.json", str(_default), CFRIPPER["bad"],
    "cfripper HardcodedRDSPasswordRule bad_template.json as given: the Password3 default labelled (\"Default RDS Instance password parameter (readable in plain-text) for BadDb5\"); "
    "BadDb3's MasterUserPassword Ref lines excluded (reported for a missing NoEcho, no value)",
    CFRIPPER_BAD, exclude=f"{_ref - 1} {_ref}")
CFRIPPER_GOOD = """{
  "Parameters": {
    "GoodClusterPW": {
      "Type": "String",
      "NoEcho": "true"
    }
  },
  "Resources": {
    "GoodCluster1": {
      "Type": "AWS::RDS::DBCluster",
      "DeletionPolicy": "Snapshot",
      "Properties": {
        "Engine": "aurora-postgresql",
        "MasterUserPassword": {
          "Ref": "GoodClusterPW"
        }
      }
    },
    "DontCareDB": {
      "Type": "AWS::RDS::DBInstance",
      "Properties": {
        "SourceDBInstanceIdentifier": "sampleDbInstance",
        "DBClusterIdentifier": {
          "Ref": "GoodCluster1"
        }
      }
    }
  }
}"""
add("template.json", "none", CFRIPPER["good"], "cfripper HardcodedRDSPasswordRule rds_good_cluster_good_instances.json as given (test_passed_cluster_pw_protected: valid)", CFRIPPER_GOOD)

ZIZMOR_WF = """# Adapted from
# https://github.com/woodruffw/gha-hazmat/blob/main/.github/workflows/hardcoded-credentials.yml

on:
  push:
    branches:
      - master
  workflow_dispatch:

permissions: {}

jobs:
  test:
    runs-on: ubuntu-latest
    container:
      image: fake.example.com/example
      credentials:
        username: user
        password: hackme
    steps:
      - run: echo 'vulnerable!'"""
_zw = ZIZMOR_WF.split("\n")
add("hardcoded-credentials.yml", str(_zw.index("        password: hackme") + 1), ZIZMOR,
    "zizmor hardcoded-container-credentials test-data as given (the finding's feature `password: hackme` labelled; the username line excluded)",
    ZIZMOR_WF, exclude=str(_zw.index("        username: user") + 1))


if __name__ == "__main__":
    pairs = [(i[3], i[4]) for i in ITEMS] + [("Default", "test"), ("password", "hackme"), ("UserData", "export DATABASE_PASSWORD=password1234"),
                                             ("IDX_SOMR_KEYBOARD", "Khartabil"), ("checksum", "7e79bf807aa611eb9cbdd7bda7eaf1aa")]
    repeats = check_repeats(HERE, pairs)
    assert not repeats, repeats
    write_config_set(
        CASES,
        "config-secrets-9.txt",
        "# Held-out AKS2003 set 9: CredSweeper, tfsec, defsec, mobsfscan, cfn-lint, cfripper and zizmor labelled examples (sources not used in sets 1-8), labelled by what the peer asserts before AKS2003 ran on them.",
        "# Format: README.md ('Configuration files, set 9'). Written by write_config_secrets_9.py (labelled strings and provenance in set9_sources.py).",
        family=family,
        check_json=True,
    )

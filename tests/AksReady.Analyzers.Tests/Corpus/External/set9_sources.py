"""Shared by write_csharp_secrets_9.py and write_config_secrets_9.py: provenance and labelled strings of the ninth
held-out secrets set, see README.md ('C# secrets, set 9' and 'Configuration files, set 9').

Sources used in no earlier set (not Sonar, Juliet, CodeQL, SecurityCodeScan, roslyn-analyzers, gitleaks or its forks and
rule copies, trufflehog, KICS, Checkov, secretlint, detect-secrets, cred-alert, whispers, kube-linter, cfn_nag, arm-ttk,
kubescape, PSRule, trivy, noseyparker, security-utilities, ripsecrets, talisman, ggshield, kingfisher, git-secrets,
repo-supervisor, gosec, earlybird, horusec, eslint-plugin-no-secrets, bandit, ruff, find-sec-bugs, njsscan, dockle,
pre-commit-hooks, pmd), none of them a copy of gitleaks' rule table. Labels are what the peer's own test (or its own
expected-output file) asserts, written down before AKS2001/AKS2002/AKS2003 ran on the set.

- Samsung/CredSweeper (MIT), tests/data/output.json at 00a55eb: the expected report of a scan of tests/samples that the
  project's tests compare against (tests/test_main.py). Each reported line of a credential rule is positive (the line
  text is taken from output.json itself, so sample-file versions do not matter). Rules that do not name a credential are
  left out (IPv4, IPv6, Firebase Domain, AWS S3 Bucket, AWS Client ID, Bitbucket Client ID, the client-id line of Google
  Multi, Certificate (a public certificate), Salt, Nonce), as identifier rules were in sets 5-7; so are the multi-line
  PEM finding of pem_key (lines 2-9, one finding over a concatenation), test.eml and the 1,316-character Azure access
  token line. Two prose-shaped sample files are used: doc_id_pair_passwd_pair (every reported Password line) and
  doc_secret_pair (every reported line, plus the three lines of its own `FALSE:` block, negative); the unreported lines
  of those two files are left out: the files exist to hold credential pairs, so an unreported line is the peer's own
  miss (its expected output contradicts the file's purpose), not a negative. Negatives come only from what the peer marks
  as not a credential: the `_n` sample files (doc_credentials_n, doc_get_n, auth_n.template; CredSweeper's naming for
  negative samples, none of them in output.json), the `"FP cases which should be not found"` block of key_value.json,
  the `FALSE:` block of doc_secret_pair, and twilio/false_positives.json (`"expected": false`).
- aquasecurity/tfsec (MIT), general secrets rules GEN001/GEN002/GEN003/GEN005: the rule tests
  (mustIncludeResultCode positive, mustExcludeResultCode negative) and each rule's own BadExample (positive) and
  GoodExample (negative); a GoodExample or BadExample that repeats a test case is not repeated.
- aquasecurity/defsec (MIT), plaintext-secret checks: TestCheckNoPlaintextSecrets (ECS), TestCheckNoSecretsInUserData
  and TestCheckNoSensitiveInfo (EC2), the CloudStack TestCheckNoSensitiveInfo, TestCheckNoPlainTextActionEnvironmentSecrets
  (GitHub), `expected: true` positive, `expected: false` negative; and the registered BadExamples/GoodExamples of
  as_no_secrets_in_user_data (Terraform and CloudFormation) and no_sensitive_info (Terraform). Identical strings from
  several tests are one case (noted). Left out: the ECS and OpenStack examples whose files the index does not place.
- MobSF/mobsfscan (LGPL-3.0): the semgrep rule-test annotations of tests/assets/rules/semgrep/android/secrets.java
  (`// ruleid:hardcoded_secret|hardcoded_password` positive, `// ok:` negative; unannotated lines left out) and
  swift/secrets.swift (`ruleid:` / `ok:`), which test_hardcoded_secret.py also asserts for the Swift names, and the long
  Kotlin key of tests/assets/src/kotlin_long_secret/LongKey.kt (asserted found).
- aws-cloudformation/cfn-lint (MIT-0), W2501: test_password.py lists good/resources/properties/password.yaml as a
  success template (no finding): its password properties (a NoEcho Ref and ssm-secure dynamic references) are negative.
  The bad template is not stored in the index: no positives.
- Skyscanner/cfripper (Apache-2.0), HardcodedRDSPasswordRule: test_failures_are_raised_for_instances asserts "Default
  RDS Instance password parameter (readable in plain-text) for BadDb5" (the parameter default `test` is positive; the
  NoEcho findings for BadDb3 name no value and are excluded); test_passed_cluster_pw_protected (valid) is negative.
- zizmorcore/zizmor (MIT), hardcoded-container-credentials: audit_hardcoded_credentials asserts the finding's feature is
  `password: hackme` (positive; the username line is excluded: the test does not say it is not reported).

Every labelled value was checked against sets 1-8 (set_files_text() below; check_repeats() in each writer): a case is
dropped when its value occurs in an earlier set file (a token-like value of 8 or more characters: not letters and '_'
only), or when it occurs there as the same `name = value` / `name: value` pair (case-insensitive, quotes optional). The
cases dropped that way are listed in DROPPED_AS_REPEATS.
"""
import re

import earlier_sets

from set7_sources import cs_string, cs_name, yaml_scalar  # noqa: F401  (re-exported for the set-9 writers)

P = "positive"
N = "negative"

_CS = "Samsung/CredSweeper:{f}@{c}"
CS_OUTPUT = _CS.format(f="tests/data/output.json", c="00a55eb324475bf3bca18ab48919f94a811e388b")
CS_FILES = {
    "doc_secret_pair": _CS.format(f="tests/samples/doc_secret_pair", c="4ab15ab43eb60229204b4afc56d03ecef01dcaf1"),
    "doc_credentials_n": _CS.format(f="tests/samples/doc_credentials_n", c="87195c8030b665273bd99ae65796eb72a79179b2"),
    "doc_get_n": _CS.format(f="tests/samples/doc_get_n", c="0a088d8da7f154cf4df36692c82624ac7bc0c35d"),
    "auth_n": _CS.format(f="tests/samples/auth_n.template", c="2f52bbcb179007b7275d02dc9fd3a35e71050ad7"),
    "key_value": _CS.format(f="tests/samples/key_value.json", c="4478f3186ce769cbac5eeb36a6c5191390dad94f"),
    "twilio_fp": _CS.format(f="tests/samples/twilio/false_positives.json", c="eae9cabeb0287adcf38567f8b851c3e0e1644e6d"),
}


def cs_src(sample):
    """Provenance of a CredSweeper positive: output.json, with the reported sample's path after '#'."""
    return f"Samsung/CredSweeper:tests/data/output.json#tests/samples/{sample}@00a55eb324475bf3bca18ab48919f94a811e388b"


_TF = "aquasecurity/tfsec:internal/app/tfsec/rules/general/secrets/{f}@{c}"
TFSEC = {
    "attr_test": _TF.format(f="sensitive_in_attribute_rule_test.go", c="14a0920f17b9043b15743767740d7de7133b63d3"),
    "value_test": _TF.format(f="sensitive_in_attribute_value_rule_test.go", c="5f3331242e7943b1c60c702c1047387833f0e57c"),
    "local_test": _TF.format(f="sensitive_in_local_rule_test.go", c="124aa242451d835e01d51fe381a0b2d308068bf1"),
    "var_test": _TF.format(f="sensitive_in_variable_rule_test.go", c="124aa242451d835e01d51fe381a0b2d308068bf1"),
    "attr_rule": _TF.format(f="sensitive_in_attribute_rule.go", c="1e4c598474f80ac0713bbb54bbe57a328287f53f"),
    "var_rule": _TF.format(f="sensitive_in_variable_rule.go", c="1e4c598474f80ac0713bbb54bbe57a328287f53f"),
    "local_rule": _TF.format(f="sensitive_in_local_rule.go", c="1e4c598474f80ac0713bbb54bbe57a328287f53f"),
}
_DS = "aquasecurity/defsec:rules/cloud/policies/{f}@{c}"
DEFSEC = {
    "ecs_test": _DS.format(f="aws/ecs/no_plaintext_secrets_test.go", c="854e82b21b1111219c69dfc85db31ed31a57edb0"),
    "ec2_userdata_test": _DS.format(f="aws/ec2/no_secrets_in_user_data_test.go", c="854e82b21b1111219c69dfc85db31ed31a57edb0"),
    "ec2_sensitive_test": _DS.format(f="aws/ec2/no_sensitive_info_test.go", c="17c4e3207048e6b6b10505c11745b7387fbc7b7e"),
    "as_tf": _DS.format(f="aws/ec2/as_no_secrets_in_user_data.tf.go", c="9cf7d8e5bea5b6f1232f88d7c5c7ebfefef02500"),
    "as_cf": _DS.format(f="aws/ec2/as_no_secrets_in_user_data.cf.go", c="fd23b3406551b0a2cb42413814ca7fdc1274ae8d"),
    "sensitive_tf": _DS.format(f="aws/ec2/no_sensitive_info.tf.go", c="854e82b21b1111219c69dfc85db31ed31a57edb0"),
    "cloudstack_test": _DS.format(f="cloudstack/compute/no_sensitive_info_test.go", c="370290e03198c9e90b0a0af586d5d8a7dc0e4921"),
    "github_test": _DS.format(f="github/actions/no_plain_text_action_secrets_test.go", c="17c4e3207048e6b6b10505c11745b7387fbc7b7e"),
}
MOBSF = {
    "java": "MobSF/mobsfscan:tests/assets/rules/semgrep/android/secrets.java@24b4c32b7bf1111d2d837bb622062141eec75ff9",
    "swift": "MobSF/mobsfscan:tests/assets/rules/semgrep/swift/secrets.swift@9a61e0a4968a888d1096c26aadb046df9d4c8f31",
    "kotlin": "MobSF/mobsfscan:tests/assets/src/kotlin_long_secret/LongKey.kt@a43635d92434e78b079ed7d860f022cf6c886b43",
}
MOBSF_TEST = "MobSF/mobsfscan:tests/unit/test_hardcoded_secret.py@0f44e999050e05713c87cf34d8b7c5db46e4337d"
CFNLINT = "aws-cloudformation/cfn-lint:test/fixtures/templates/good/resources/properties/password.yaml@754bea47100f10b75fd6f89b8a0315c3a9c7d5d0"
CFNLINT_TEST = "aws-cloudformation/cfn-lint:test/unit/rules/resources/properties/test_password.py@2952e5605d88959d6159f5e66df26f33f31748bf"
CFRIPPER = {
    "bad": "Skyscanner/cfripper:tests/test_templates/rules/HardcodedRDSPasswordRule/bad_template.json@41279baff469c7779fc904deb33b7bf4d6f8bdfe",
    "good": "Skyscanner/cfripper:tests/test_templates/rules/HardcodedRDSPasswordRule/rds_good_cluster_good_instances.json@ab06593408ee9fceb469a1df61df216fd784f703",
}
CFRIPPER_TEST = "Skyscanner/cfripper:tests/rules/test_HardcodedRDSPasswordRule.py@1d80ad7d990f82fb36edc0cf963e09c3d4779704"
ZIZMOR = "zizmorcore/zizmor:crates/zizmor/tests/integration/test-data/hardcoded-credentials.yml@19b6bd6cc1a9ecb9630178aaa8575948cdf82187"


def family(source):
    """Source family for the per-source figures (CredSweeper's prose samples apart from its code-shaped lines)."""
    if source.startswith("Samsung/"):
        return "credsweeper-docs" if "/doc_" in source else "credsweeper"
    for prefix, name in (("aquasecurity/tfsec", "tfsec"), ("aquasecurity/defsec", "defsec"), ("MobSF/", "mobsfscan"),
                         ("aws-cloudformation/", "cfn-lint"), ("Skyscanner/", "cfripper"), ("zizmorcore/", "zizmor")):
        if source.startswith(prefix):
            return name
    raise ValueError(source)


# ---------------------------------------------------------------------------------------------------------------------
# CredSweeper positives from output.json: (sample, line, rule, form, name, value, line text)
#   form: assign - `name = value` (any language's assignment: =, :=, $name =, var name =)
#         member - a JSON/YAML/properties member `name: value` / `"name": "value"`
#         url    - a URL carrying the secret (name: the peer's key, value: the whole URL)
#         return - `return "value"`
#         bare   - the value alone on its line (no name)
#         cstr   - a C string literal with escapes, written as the same C# literal
# ---------------------------------------------------------------------------------------------------------------------
CS_CODE = [
    ("api.toml", 1, "API", "assign", "gi_reo_gi_api", "DvMB_glvwjlEQ_uqIyn8k", 'gi_reo_gi_api = "DvMB_glvwjlEQ_uqIyn8k";'),
    ("atlassian_old_pat", 1, "Atlassian Old PAT token", "assign", "ATLASSIAN_v3", "23OY2aMY4U3ubsQwBPvdyfYr", 'ATLASSIAN_v3 = "23OY2aMY4U3ubsQwBPvdyfYr"'),
    ("atlassian_pat", 1, "Atlassian PAT token", "assign", "ATLASSIAN",
     "ATATT3xFfGF0vNZ7oy6ON4KrWEzKEu96n-r2bCLOOcdOADizvJqPd89yKyP853uTZSflBi1Lk1zD460BqyMTa08VUEy8-oOzr1esg3j_mZKZwAELnRkCDTJZXhHsv5jaWHyAj4LRL-6h8LI-5MrYs4l7xXSaY8odQxDKJB4hDvdkmuh61xea2jE=2F2DE974", None),
    ("auth.hs", 2, "Auth", "member", "kerberos_authentication", "YIDIB6wYJgaMgHAgIKoZICAQBuIhvcSAQIB1qA", '"kerberos_authentication": "YIDIB6wYJgaMgHAgIKoZICAQBuIhvcSAQIB1qA"'),
    ("aws_multi.groovy", 4, "AWS Multi", "member", "AwsSecretKey", "CrackleGiReoGi123CrackleGiReoGi123AWSkey", '"AwsSecretKey":"CrackleGiReoGi123CrackleGiReoGi123AWSkey"'),
    ("aws_mws_key", 1, "AWS MWS Key", "assign", "AWS_MWS_KEY", "amzn.mws.c1dg4haz-6xd6-4gqi-vna2-ed3whf71x9k6", 'AWS_MWS_KEY = "amzn.mws.c1dg4haz-6xd6-4gqi-vna2-ed3whf71x9k6"'),
    ("azure_secret_value", 1, "Azure Secret Value", "assign", "client_srt", "qpF8Q~PCM5MhMoyTFc5TYEomnzRUKim9UJhe8a2P", 'client_srt = "qpF8Q~PCM5MhMoyTFc5TYEomnzRUKim9UJhe8a2P";'),
    ("bitbuckert_http_access_token", 1, "Bitbucket HTTP Access Token", "member", "bitbucket", "BBDC-MzQ2Njc4NjkyMDgwOsEidtxMt9WDExIOYPEWBFXH093l", '"bitbucket" : "BBDC-MzQ2Njc4NjkyMDgwOsEidtxMt9WDExIOYPEWBFXH093l"'),
    ("bitbucket_app_password", 1, "Bitbucket App Password", "member", "app_sample", "ATBBcCe6fczW96Vzwgvb4r8F2gZS54D591C4", "app_sample:ATBBcCe6fczW96Vzwgvb4r8F2gZS54D591C4"),
    ("bitbucket_client_secret", 2, "Bitbucket Client Secret", "member", "bitbucket_client_data_v2", "0sTMxNzkI3fDM1NwOhFZ_PhBuW-3keLB", 'bitbucket_client_data_v2 : "0sTMxNzkI3fDM1NwOhFZ_PhBuW-3keLB"'),
    ("bitbucket_repository_access_token", 1, "Bitbucket Repository Access Token", "assign", "repo_access",
     "ATCTT3xFfGN0zXtbKHz2POF86xa-2aBiYC4o_T3-myk01bmFVluUIFtGm_VFQwLizp4o1FKw-AMZhtdA0NzizshnA8WzRdfgv6GeTyowCD101oqKbJ4nx9DFsar5YyUNkwO9maR9-00tQvfciyfOHtPKG6K1d76Ki3iFo7roGeyJu4j1jM3GwQ4=91D14AE7", None),
    ("credential.hs", 1, "Credential", "assign", "gi_reo_gi_credential", "K2u6mFw8wJOsAf", 'gi_reo_gi_credential = "K2u6mFw8wJOsAf"'),
    ("digital_ocean_oauth_access_token", 1, "Digital Ocean OAuth Access Token", "assign", "digital_oc", "doo_v1_c46dde8bd623be6efab141fa2452e10fcc382e70d5da882493477828eba24a8c", None),
    ("digital_ocean_pat", 1, "Digital Ocean PAT", "bare", None, "dop_v1_425522a565f532bc6532d453422e50334a42f5242a3090fbe553b543b124259b", None),
    ("dropbox_api_secret_long_term", 1, "Dropbox API secret (long term)", "assign", "g", "7rBynGo0b1cAAAAAAAAAAc72L3T6rQK51mB5a06ijnwRG91deTxvSqdZNAlxq8pZ", "var g = '7rBynGo0b1cAAAAAAAAAAc72L3T6rQK51mB5a06ijnwRG91deTxvSqdZNAlxq8pZ'"),
    ("dropbox_app_secret", 1, "Dropbox App secret", "assign", "app_unique_val_s", "wpv1jq9xwanbn3n", "var app_unique_val_s = 'wpv1jq9xwanbn3n';"),
    ("dropbox_oauth_token", 1, "Dropbox OAuth2 API Access Token", "assign", "dropbox",
     "sl.BdmpmC82mhhySscKk2oQGyE5l--8LdAQftLTXVGQhP39Z8FtAK1BhePhyevurA-Elt7ToIr6OpwzKAYE7RBqpu6VVyQU5WlCTL_Q7N4gElXahaWou6aPpOIwgGCIOq9aeC3YFoc", None),
    ("dynatrace_api.hs", 1, "Dynatrace API Token", "bare", None, "dt0c01.ST2EY72KQINMH574WMNVI7YN.G3DFPBEJYMODIDAEX454M7YWBUVEFOWKPRVMWFASS64NFH52PX6BNDVFFM572RZM", None),
    ("facebook_key", 1, "Facebook Access Token", "assign", "GI_REO_GI_FACEBOOK_TOKEN", "EAACEdEose0cBAlGy7KeQ5Yna9Coup39tiYdoQ4jHF", 'GI_REO_GI_FACEBOOK_TOKEN = "EAACEdEose0cBAlGy7KeQ5Yna9Coup39tiYdoQ4jHF"'),
    ("github_classic_token", 2, "Github Classic Token", "bare", None, "ghp_00000000000000000000000000000004WZ4EQ", None),
    ("github_fine_granted_token", 2, "Github Fine-granted Token", "bare", None, "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", None),
    ("github_key.groovy", 1, "Github Old Token", "assign", "git_token", "gireogicracklecrackle1231567190113416781", 'git_token = "gireogicracklecrackle1231567190113416781"'),
    ("gitlab_email_token", 1, "Gitlab Incoming Email Token", "assign", "email_t", "7e4v6v5j2nepcc8f5zvatgl9g", "var email_t = '7e4v6v5j2nepcc8f5zvatgl9g';"),
    ("gitlab_feed_token", 1, "Gitlab Feed Token", "assign", "feed_n", "o9aEaH32LN618KhF7e_L", "feed_n = 'o9aEaH32LN618KhF7e_L'"),
    ("gitlab_pat_api", 1, "Gitlab PAT", "assign", "pat", "glpat-a6N2pFAr2L2A6iRsA_mw", "var pat = 'glpat-a6N2pFAr2L2A6iRsA_mw';"),
    ("gitlab_pipeline_trigger_token", 1, "Gitlab Pipeline Trigger Token", "assign", "trigger", "glptt-33276248c9748113e978392e5c074b7f974f8683", "trigger = 'glptt-33276248c9748113e978392e5c074b7f974f8683';"),
    ("gitlab_registration_runner", 1, "Gitlab Registration Runner Token", "assign", "gitlab_runner", "GR1348941jG6xeSsmN8DFVKoyBYu2", "gitlab_runner = 'GR1348941jG6xeSsmN8DFVKoyBYu2';"),
    ("gitlab_registration_runner_2023", 1, "Gitlab Registration Runner Token 2023", "return", None, "glrt-2CR8_eVxiio-1QmzPZwa", 'return "glrt-2CR8_eVxiio-1QmzPZwa"'),
    ("google_api_key.toml", 1, "Google API Key", "bare", None, "AIzaGiReoG-CrackleCrackle12315618_12315", None),
    ("google_multi", 4, "Google Multi", "bare", None, "4L2QMyTm6Rr0o46ytGiReoG1", None),
    ("google_oauth_key", 1, "Google OAuth Access Token", "assign", "google_oauth_key", "ya29.gi_reo_gi_crackle_ln22", 'google_oauth_key = "ya29.gi_reo_gi_crackle_ln22"'),
    ("google_oauth_key.hs", 1, "Google OAuth Access Token", "assign", "google_oavth_kej", "ya29.dshMb48ehfXwydAj34D32J", 'google_oavth_kej = "ya29.dshMb48ehfXwydAj34D32J";'),
    ("grafana_access_policy_token", 1, "Grafana Access Policy Token", "assign", "grafana_policy",
     "glc_eyJvIjoiMjA0NjMwIiwibiI6InRlc3QtdG9rZW4iLCJrIjoidklnbjJ2WHc5MTVXOWtNOWxsNHcyZHEyIiwibSI6eyJyIjoicHJvZC0wIn19", None),
    ("grafana_provisioned_api_key", 1, "Grafana Provisioned API Key", "assign", "grafana",
     "eyJrIjoiMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMCIsIm4iOiJ4eHh4IiwiaWQiOjIwNDM2MH0=", None),
    ("heroku_api.toml", 1, "Heroku API Key", "bare", None, "HerOkUa04b8c1d-A147-b252-3b6a8f9c2b16", None),
    ("instagram_access_token", 1, "Instagram Access Token", "bare", None,
     "IGQVJWS3pUNmZA2MUJDVlRwLW9ac1lrU05nZAmpzWHQtWHFJSEFRMF9tWVpRdEd70HQ5Wk8wSnY0R0VEQnVQdUU0MnpxNWxocUYyNmZAXSTUtVVNrMmh1ZAHZAQQno2ZA0VHR0lLWkk1N1R5RDFvM0dmVEpIYQZGZX", None),
    ("jfrog_p", 1, "Jfrog reference token", "bare", None, "cmVmdGtuOjAxOjAxMjM0NTY3ODk6QWJjZGVmR2hpamtsbW5vUHFyc3R1dnd4eXow", None),
    ("jira_2fa", 1, "Jira 2FA", "bare", None, "WXFES7QNTET5DQYC", None),
    ("jira_confluence_pat", 1, "Jira / Confluence PAT token", "assign", "JIRA", "OTI2NjA3NjU1NTI2Oh2DOnASdOHoIhEGyqIuYrdkYaQZ", 'JIRA = "OTI2NjA3NjU1NTI2Oh2DOnASdOHoIhEGyqIuYrdkYaQZ"'),
    ("json_web_token.hs", 1, "JSON Web Token", "assign", "payload", "eyJgsIZgeJhvNgFpSmlP.eyJcaaF9xCe7shE0ENPiBlEJOpS", "$payload = 'eyJgsIZgeJhvNgFpSmlP.eyJcaaF9xCe7shE0ENPiBlEJOpS'"),
    ("key.hs", 1, "Key", "assign", "prKeyValid",
     "LS0tLS1CRUdJTiBQUklWQVRFIENDcUdTTTQ5QXdFSEJHMHdhd0lCQVFRZ0ViVnpmUGWxhQW9KQWwrLzZYdDJPNG1PQjYxMXNPaFJBTkNBQVNnRlRLandKQUFVOTVnKysvdnpLV0hrekFWbU5NSQp0QjV2VGpaT09Jd25FYjcwTXNXWkZJeVVGRDFQOUd3c3R6NCtha0hYN3ZJOEJINmhIbUJtZmVRbAotLS0tLUVORCBQUklWJNR0J5cUdTTTQ5QW5aUHhmQXl4cUUKWlYwNdFR0QVRFIEtFWS0tLS0tCgtFWS0tLS0tCk1JR0hBZ0VBTU==", None),
    ("key.hs", 2, "Secret", "assign", "secret_looks_like_linux_path_1", "/VnpmUGWxhQW9KQAwrL2ZYdDJPNG1PQjYxMXNPaF", 'secret_looks_like_linux_path_1="/VnpmUGWxhQW9KQAwrL2ZYdDJPNG1PQjYxMXNPaF"'),
    ("key.hs", 3, "Secret", "assign", "secret_looks_like_linux_path_2", "VnpmUGWxhQW/9KQAwrL2ZYd/DJPNG1PQjYxMXNPF", 'secret_looks_like_linux_path_2="VnpmUGWxhQW/9KQAwrL2ZYd/DJPNG1PQjYxMXNPF"'),
    ("key.hs", 4, "Secret", "assign", "secret_looks_like_linux_path_3", "VnpmUGWxhQW/9KQAwrL2ZYdDJPNG1PQjYxMXNPF=", 'secret_looks_like_linux_path_3="VnpmUGWxhQW/9KQAwrL2ZYdDJPNG1PQjYxMXNPF="'),
    ("key.hs", 7, "Key", "url", "key", "https://example.com/api/js?key=dhd0lCQVFRZ0ViVnpmUGWxhQW9KQWwrLzZYdDJPNG1PQjYxMXNPaFJB&bug=true", None),
    ("mailchimp_key", 1, "MailChimp API Key", "assign", "mailchimp", "LRINSm5Vdi9BMCzCWSJ8M3TMysUHwDzB-us36", 'mailchimp = "LRINSm5Vdi9BMCzCWSJ8M3TMysUHwDzB-us36"'),
    ("mailgun_key.hs", 1, "MailGun API Key", "bare", None, "key-01tFV84CdKU95USNy977sDU0FoTkqXyQ", None),
    ("multifile.patch", 46, "Token", "assign", "token", "V84C7sDU001tFFodKU95USNy97TkqXymnvsFmYhQ", '+  token = "V84C7sDU001tFFodKU95USNy97TkqXymnvsFmYhQ" (also multiline.patch line 9)'),
    ("nuget_api_key", 1, "NuGet API key", "assign", "k", "oy2mlf2v7jl2firuegfqwzc4zxyebz3ethzd14g4hw4iam", "k = 'oy2mlf2v7jl2firuegfqwzc4zxyebz3ethzd14g4hw4iam'"),
    ("pass_valid", 2, "Password", "member", "my_pw", "nCzx8A8#!", "my_pw: nCzx8A8#!"),
    ("passwd.groovy", 1, "Password", "assign", "gi_reo_gi_passwd", "cAc48k1Zd7", 'gi_reo_gi_passwd = "cAc48k1Zd7"; password_confirmation = "cAc48k1Zd7"; (both values reported)'),
    ("password.gradle", 1, "Password", "assign", "password", "cackle!", 'password = "cackle!"'),
    ("password.patch", 9, "Password", "member", "password", "dkajco1", '+  "password": "dkajco1" (also iso_ir_111.patch line 10, password_utf16.patch line 10)'),
    ("password_western.patch", 9, "Password", "member", "password", "dkajc\u00f61", '+  "password": "dkajc\u00f61"'),
    ("paypal_key", 1, "PayPal Braintree Access Token", "bare", None, "access_token$production$gireogi121451781$abcaeaabadef01134517891121451781", None),
    ("pem_key", 12, "PEM Private Key", "cstr", "pk",
     "-----BEGIN RSA PRIVATE KEY-----\\n\\ni7aHavqQ9T2f2drU4N5WsM7aqQ97kbB/K4RUPdit+tIpqSb1GgY44yg6lckfoLMH\\najimpQ6sr9BuseERqELGE1U+Vll3izwuqr1UzCZ61gZnwPDBsD02jF038wYU6mZT\\n-----END RSA PRIVATE KEY-----\\n", None),
    ("picatic_key", 1, "Picatic API Key", "bare", None, "sk_live_gireogicracklegireogicrackle1231", None),
    ("pwd.gradle", 1, "Password", "assign", "pwd", "cackle!", 'pwd = "cackle!"'),
    ("pypi_token", 1, "PyPi API Token", "bare", None,
     "pypi-AgEIcHlvdS5bcmcCJGDmMTllXWJjLTRhODAtNDBhYi01Y2Y4LThjNjcxZTg3MsRjOAACKlszLCJlPDYzYmUxOC0wNjQ3LTQ4AzQtODFhYy1jZGRlNTk2MGYxNDYiXQAABiDDbVAEnaUMn4zZHlFr5NWy7JEYfvoay--cVmKO5lr3Xp", None),
    ("secret.gradle", 1, "Secret", "assign", "secret", "cackle!", 'secret = "cackle!"'),
    ("sendgrid_api_key", 1, "SendGrid API Key", "bare", None, "SG.gireogigireogigi.gireogigireogigi", None),
    ("shopify_token", 1, "Shopify Token", "member", "shopyfy_k", "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", '"shopyfy_k": "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",'),
    ("slack_token.hs", 1, "Slack Token", "bare", None, "xoxa-FLYLIKEAGIREOGI-9d8cfc0f59", None),
    ("slack_webhook.template", 1, "Slack Webhook", "member", "hook", "https://hooks.slack.com/services/Tfdbsciwz/Bpddcgwsa/sjsbfzowhhqbsgftrvajxzpg", None),
    ("square_access_token.template", 1, "Square Access Token", "member", "SQT", "EAAAEEPtuW9FnP_CuCV-3DFPB54M7YWBUVEFOWKPRVMWEJYMODIDAEX4FASS64NF", None),
    ("square_client_id.toml", 1, "Square Client ID", "bare", None, "sq0atp-GIREOGICRACKLE12145178", None),
    ("square_oauth_secret.hs", 1, "Square OAuth Secret", "bare", None, "sq0csp-ST2dsfwyVI7Ydj343EY72hb48ehKQINMST2ds_fwyVI", None),
    ("square_secret_key", 1, "Square OAuth Secret", "bare", None, "sq0csp-GIREOGICRACKLEGIREOGICRACKLEGIREOGICRACKLE1", None),
    ("stripe_restricted_api_key.hs", 1, "Stripe Restricted API Key", "bare", None, "rk_live_48ehKQINMST2dsfwyVI77Ydj", None),
    ("stripe_standard_api_key.hs", 1, "Stripe Standard API Key", "bare", None, "sk_live_2dsI77Ydj48ehKQINfwyVMST", None),
    ("telegram_api_key", 1, "Telegram Bot API Token", "bare", None, "508627689:AAEuLPKs-EhrjrYGnz60bnYNZqakf6HJxc0", None),
    ("token.toml", 1, "Token", "assign", "gi_reo_gi_token", "G1Re06G1BdgNseiJDN21Z094M", 'gi_reo_gi_token = "G1Re06G1BdgNseiJDN21Z094M"'),
    ("twilio_key.template", 1, "Twilio API Key", "member", "mk", "SK4D2F64E2A108CD72F648B1984C3B5A13", '"mk" : "SK4D2F64E2A108CD72F648B1984C3B5A13",'),
    ("url.groovy", 1, "URL Credentials", "url", "url", "mongodb://jrfdeg:dh3sjr8b@prod-best-sec.example.com:32768/architecture", None),
    ("xml_data.xml", 2, "Password", "assign", "password", "cackle!", 'data : password = "cackle!"'),
    ("xml_password.xml", 5, "Password", "member", "password", "cackle!", "password : cackle!"),
]

# doc_id_pair_passwd_pair: every line output.json reports under the Password rule (line number, line text)
CS_DOC_ID_PAIR = [
    (2, "ID:master PW:dipPr11Gg!"), (4, "Username:master Password:dipPr13Gg!"), (7, "id:master password:dipPr16Gg!"),
    (8, "user:master password:dipPr17Gg!"), (10, "username:master,password:dipPr19Gg!"), (11, "username:master pwd:dipPr110Gg!"),
    (12, "ANYid:master,password:dipPr111Gg!"), (13, "ID:master PWD:dipPr112Gg!"), (14, "user id:master password:dipPr113Gg!"),
    (15, "user:master,password:dipPr114Gg!"), (16, "user=master,password=dipPr115Gg!"), (17, "username=master password=dipPr116Gg!"),
    (18, "User name:master Password:dipPr117Gg!"), (19, "username=master,password=dipPr118Gg!"), (20, "--user=master --password=dipPr119Gg!"),
    (21, "user=master passwd=dipPr120Gg!"), (22, "account:dipPr121Gg! password:dipPr121Gg!"), (23, "id:master pass:dipPr122Gg!"),
    (25, "user:master pw:dipPr124Gg!"), (26, "Username:master/Password:dipPr125Gg!"), (29, "dipPr128Gg! ID:master dipPr128Gg! Password:dipPr128Gg!"),
    (31, "user:master pwd:dipPr130Gg!"), (32, "Login:dipPr131Gg! Pwd:dipPr131Gg!"), (33, "ANYID:master Password:dipPr132Gg!"),
    (34, "-Username:master -Password:dipPr133Gg!"), (35, "account:dipPr134Gg! pw:dipPr134Gg!"), (36, "user id:master user pw:dipPr135Gg!"),
    (37, "user_name=master password=dipPr136Gg!"), (39, "ANYlogin:master,ANYpassword:dipPr138Gg!"), (40, "ANYusername=master ANYpassword=dipPr139Gg!"),
    (41, "ID:master,PWD:dipPr140Gg!"), (42, "ID:master/PASS:dipPr141Gg!"), (43, "account:master passwd:dipPr142Gg!"),
    (44, "login:master password:dipPr143Gg!"), (45, "user=master,pass=dipPr144Gg!"), (46, "password:dipPr145Gg! username:master"),
    (47, "Login as:master Password:dipPr146Gg!"), (48, "ID:master,pass:dipPr147Gg!"), (49, "id:master pw:dipPr148Gg!"),
    (50, "(98.76.54.32)ID:master PW:dipPr149Gg!"), (52, "-id:master -pw:dipPr151Gg!"), (53, "username:master pw:dipPr152Gg!"),
    (55, "-User Name:master -Password:dipPr154Gg!"), (57, "ANYuser=master ANY_pass=dipPr156Gg!"), (58, "ANYUser:master password:dipPr157Gg!"),
    (59, "user:master,pwd:dipPr158Gg!"), (60, "ANY_username:master,ANY_password:dipPr159Gg!"), (61, "ANYusername:master,ANY_password:dipPr160Gg!"),
    (62, "ANY_USER=master ANY_PASS=dipPr161Gg!"), (63, "User Account:master User password:dipPr162Gg!"), (64, "dipPr163Gg! ID:master dipPr163Gg! PWD:dipPr163Gg!"),
    (65, "userid=master password=dipPr164Gg!"), (66, "ANY-username=master ANY-password=dipPr165Gg!"), (67, "username:master pass:dipPr166Gg!"),
    (69, "user=master pwd=dipPr168Gg!"), (73, "user:master pass:dipPr172Gg!"), (75, "user=master password=dipPr174Gg!"),
    (76, "Host name:master/Password:dipPr175Gg!"), (77, "role:master,password:dipPr176Gg!"), (78, "Wifi Name:master,PW:dipPr177Gg!"),
    (79, "ID:master/Password:dipPr178Gg!"), (80, "name:master,password:dipPr179Gg!"), (81, "Loging:master Password:dipPr180Gg!"),
    (82, "Loging:master Pwd:dipPr181Gg!"), (83, "id:master,default pw:dipPr182Gg!"), (86, "id/pw id:master pw:dipPr185Gg!"),
    (87, "user:master,pwd:dipPr186Gg!"), (90, "username:master pw:dipPr189Gg!"), (91, "PW:dipPr190Gg! ID:master"),
    (95, "ANYid:master pw:dipPr194Gg! ip:98.76.54.32"), (98, "id: master pw:dipPr197Gg!"),
]
# doc_secret_pair: the lines output.json reports (any rule), and the three lines of the file's own `FALSE:` block
CS_DOC_SECRET = [
    (1, "ANY-Token:AIhq5Xyb1Gga9Q0"), (3, "token:AIhq5Xyb1Gga9Q2"), (4, "SECRET KEY:AIhq5Xyb1Gga9Q3"), (5, "secret=AIhq5Xyb1Gga9Q4"),
    (7, "secret:AIhq5Xyb1Gga9Q6"), (8, "ANY_token=AIhq5Xyb1Gga9Q7"), (20, "ANY.secret=AIhq5Xyb1Gga9Q19"), (22, "--secret=AIhq5Xyb1Gga9Q21"),
    (23, "ANY_secret:AIhq5Xyb1Gga9Q22"), (24, "-Token:AIhq5Xyb1Gga9Q23"), (25, "API Secret:AIhq5Xyb1Gga9Q24"), (28, "Secret Key:AIhq5Xyb1Gga9Q27"),
    (31, "secret-ANYkey:AIhq5Xyb1Gga9Q30"), (32, "ANY_id=AIhq5Xyb1Gga9Q31 ANY_token=AIhq5Xyb1Gga9Q31"), (34, "access_token:AIhq5Xyb1Gga9Q33"),
]
CS_DOC_SECRET_FALSE = [(39, 'page.action?spaceKey=LOGIC&title=QUANTUM",'), (40, "Enter token : This is a query parameter"), (41, '"key":"attached_file_0"')]

# CredSweeper negatives: (file key, line, form, name, value, note)
#   form: prose (a sentence or command line: C# a string constant), assign, member, getenv, curl
CS_NEG = [
    ("doc_credentials_n", 1, "prose", None, "the password is incorrect", "prose without a value"),
    ("doc_credentials_n", 2, "prose", None, "Activation key : ZAQWS-XCDER-VBGTR-FRTGU-KLMNO", "a product activation key"),
    ("doc_credentials_n", 3, "prose", None, "Activation key : ZAQWS-XCDER-*****-VBGTR-FRTGU", "a masked activation key"),
    ("doc_credentials_n", 4, "member", "SecretApiKey", "string", "a type name as the value"),
    ("doc_credentials_n", 5, "member", "UserKeyword", "A1328E04-88B6-4E2A-A5C0-A4D9B21754C4", "a GUID under a keyword name"),
    ("doc_get_n", 1, "prose", None, "CEKPET = getenv(&quot;SECRET&quot;, None)", "an HTML-escaped getenv call"),
    ("doc_get_n", 2, "getenv", "SECRET", "GEHE1MN15", "`SECRET = getenv(\"GEHE1MN15\", '')`: the value is read from an environment variable"),
    ("doc_get_n", 3, "json3", None, None, '`{"dummy": "api-custom-key", "c098f218-face-c0fe-dea0-0199cba": "not-a-key-in-the-line", "next": "something-else"}`'),
    ("auth_n", 1, "assign", "author", "M$Bn0Tf0YHD", "`author = \"M$Bn0Tf0YHD\"` (auth only as a prefix of author)"),
    ("auth_n", 2, "assign", "author_info", "M$Bn0Tf0YHD", "`author_info = \"M$Bn0Tf0YHD\"`"),
    ("auth_n", 3, "assign", "authors", "Nobody John Doe", "`authors = \"Nobody John Doe\"`"),
    ("auth_n", 4, "assign", "authors_info", "Nobody John Doe", "`authors_info = \"Nobody John Doe\"`"),
    ("auth_n", 6, "assign", "AUTH_TOKEN", "<an authorization token>", "`AUTH_TOKEN=<an authorization token>` (a placeholder)"),
    ("auth_n", 8, "curl", None, '-H "Authorization: Basic WxhZGRpVuc2VzYW1lbjYp12vcG" http://localhost:8080/.', "a curl Basic header that is not base64 user:password"),
    ("auth_n", 9, "curl", None, '-H "Authorization: Bearer eyJGRpVu1c2VzY2-823r_db32hbf4W1lbj" http://localhost:8080/.', "a curl Bearer header with a malformed token"),
    ("key_value", 5, "member", "IDX_SOMR_KEYBOARD", "Khartabil", "\"FP cases which should be not found\""),
    ("key_value", 6, "member", "KeypadUserMask", "mask16bit", "\"FP cases which should be not found\""),
    ("key_value", 7, "member", "pass_mask32", "0x31c45018", "\"FP cases which should be not found\""),
    ("key_value", 8, "member", "pass_mask64", "0x81103c1452dd61cd", "\"FP cases which should be not found\""),
    ("twilio_fp", 6, "member", "checksum", "7e79bf807aa611eb9cbdd7bda7eaf1aa", "\"SHA256 checksum\", expected false"),
    ("twilio_fp", 13, "member", "hash", "d41d8cd98f00b204e9800998ecf8427e", "\"MD5 hash\", expected false"),
    ("twilio_fp", 20, "member", "id", "550e8400e29b41d4a716446655440000", "\"UUID without hyphens\", expected false"),
]

# Left out because check_repeats() found them in sets 1-8 (set file, then the case); the writers never emit them:
DROPPED_AS_REPEATS = [
    ("config-secrets-6.txt", "tfsec GEN003, GEN001 and GEN002 BadExamples (positive): `root_password = \"p4ssw0rd\"`, "
                             "`variable \"password\" { default = \"p4ssw0rd\" }`, `locals { password = \"p4ssw0rd\" }`"),
    ("config-secrets-5.txt", "tfsec GEN002 \"check sensitive local with value\" `locals { password = \"secret\" }` (positive)"),
    ("config-secrets-6.txt", "defsec AVD-AWS-0036 \"Task definition with plaintext sensitive information\" `DATABASE_PASSWORD=password123` (positive)"),
    ("config-secrets-4.txt / -5.txt", "defsec no-secrets-in-user-data and no-sensitive-info \"positive result\" tests and the "
                                      "as_no_secrets_in_user_data Terraform BadExample: user data exporting the AWS documentation keys "
                                      "`AKIAIOSFODNN7EXAMPLE` / `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY` (positive)"),
    ("config-secrets-7.txt", "mobsfscan `// ruleid:hardcoded_secret` `static String secret = \"secret\";` in App and App2 (positive)"),
]


def check_repeats(here, pairs):
    """(name, value) pairs that repeat sets 1-8 (earlier_sets.check_repeats; token-like: not letters, '_' and blanks only)."""
    return earlier_sets.check_repeats(here, pairs, through=8, word_only=r"[A-Za-z_ ]+")

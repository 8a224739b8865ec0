"""Shared by write_csharp_secrets_13.py and write_config_secrets_13.py: provenance, selection rules and the repeat check of
the thirteenth held-out secrets set, see README.md ('C# secrets, set 13' and 'Configuration files, set 13').

Source: SonarSource/sonar-text, as in set 12 (LGPL-3.0 until SonarSource moved it to the Sonar Source-Available License v1
(SSALv1); only short example strings are re-typed here, in .NET shapes, with provenance; no file is copied - contestable,
as the sonar-dotnet and set-11/12 sonar-text cases were). Sets 11 and 12 took the database, Azure and 33 other provider
specifications; this set takes provider specifications under
sonar-text-plugin/src/main/resources/org/sonar/plugins/secrets/configuration/<provider>.yaml that no earlier set used
(grep of every set file, writer, setN_sources.py and README.md for each provider file path, 2026-11-27: no hit). Every rule
carries `examples:` and the provider's check test (AbstractRuleExampleTest) runs each example through that rule:
`containsSecret: true` must raise an issue (positive), `containsSecret: false` must raise none (negative). Labels are what
the peer asserts, written down before AKS2001/AKS2002/AKS2003 ran on the set (mws's first example carries a `match:` but
`containsSecret: false`; it is labelled negative, as the peer asserts). Providers used (family `sonar-text-<provider>`):
adafruit, alchemy, clarifai, databricks, figma, infura, mapbox, openweathermap, postmark, riot, Cloudera, Linode, OVH,
Pulumi, Scaleway, huawei-cloud, ibm-cloudant, shopify, spotify, wechat, zapier, yandex, mws, sonarqube, splunk, typeform,
vultr, wakatime, zuplo, tencent-cloud, Equinix, DigitalOcean-Spaces, shippo, ubidots (the file versions the code-search
index serves; commit per file below).

Left out (as in sets 11 and 12): (a) negatives that are negative only because of the example's `fileName` (wechat's
Doc.md copy of a positive); (c) examples repeated verbatim by a second rule of the same provider (yandex_api_key repeats
yandex_iam_token's example); (g) the subfolder layouts (mws/mws.yaml: an older copy), minSpec.yaml and
deserialization/minSpec.yaml (test fixtures), hashicorp.yaml (template, as in set 12), and the providers not read for lack
of time: contribsys, Docker-swarm, Kairos, ibm-cloud-object-storage, sonarqube-scoped-org-token, ssh, terraform (listed
in README.md). Configuration forms are not written for code-only examples (environment reads, client constructors,
class declarations, assertions, annotations), as in set 12.

Every labelled value was checked against sets 1-12 (earlier_sets.check_repeats; check_repeats() in each writer): a case is
dropped when its value occurs in an earlier set file (a token-like value of 8 or more characters: not letters, '_' and
blanks only), or when it occurs there as the same `name = value` / `name: value` pair (case-insensitive, quotes
optional). The cases dropped that way are listed in DROPPED_AS_REPEATS.
"""
import earlier_sets
from set12_sources import P, N, family  # noqa: F401  (re-exported for the set-13 writers; same family rule)
from literals import cs_name, cs_string, yaml_scalar  # noqa: F401

_SONAR_DIR = "sonar-text-plugin/src/main/resources/org/sonar/plugins/secrets/configuration/"
_SONAR_FILES = {
    "adafruit": ("adafruit.yaml", "c66fd092ac9de3a4020b2afbd07d7e8b4b077acd"),
    "alchemy": ("alchemy.yaml", "32916831f1bae4f3938093ee7cadc4a6c02e72f7"),
    "clarifai": ("clarifai.yaml", "0fd51c5b813b3d2aa17baae17826a6b11f0dd836"),
    "databricks": ("databricks.yaml", "196dfda78dc39eeb67bca75c08bc17f57617317d"),
    "figma": ("figma.yaml", "433885a69e9c647a282719c56a0dd533551a047a"),
    "infura": ("infura.yaml", "09100efd945062f20c599f26e3cde23a902c0ea5"),
    "mapbox": ("mapbox.yaml", "d61188d6af1bc31081b89b9ad3a9bafd64c18690"),
    "openweathermap": ("openweathermap.yaml", "1ed57bebaeb60d6d7aae32be1791de02a5839d0d"),
    "postmark": ("postmark.yaml", "87e6438ce5d415f1fe35a2e0120789be5764d17a"),
    "riot": ("riot.yaml", "0fd51c5b813b3d2aa17baae17826a6b11f0dd836"),
    "cloudera": ("Cloudera.yaml", "9be2a01a76d5069cf5d354e639cf3688870a251e"),
    "linode": ("Linode.yaml", "3831ab94a343f202ef475941b35be6573ec6c0d1"),
    "ovh": ("OVH.yaml", "ce841880609f3d872ec02bb339c67480a58dc4c2"),
    "pulumi": ("Pulumi.yaml", "eb9e8fc6b38ec41bd50d1f2d062c59448a56a43e"),
    "scaleway": ("Scaleway.yaml", "4d7b8666192b5a19423b6a726bb48ce2ab6306f9"),
    "huawei": ("huawei-cloud.yaml", "69063c7080cb2667d19e9841ffa1fab1cf39aba3"),
    "cloudant": ("ibm-cloudant.yaml", "8f861ec74755eea3bc77cec5bfa79be4c7d2fc16"),
    "shopify": ("shopify.yaml", "0c4b66e0579721afbaade0272884f7f4c3530e43"),
    "spotify": ("spotify.yaml", "1ed57bebaeb60d6d7aae32be1791de02a5839d0d"),
    "wechat": ("wechat.yaml", "17392b93739e43111b7c74ec9fa48694e14dadd0"),
    "zapier": ("zapier.yaml", "0fd51c5b813b3d2aa17baae17826a6b11f0dd836"),
    "yandex": ("yandex.yaml", "066307efe7360aa7bcfd83ab0ba5b8bc8602e469"),
    "mws": ("mws.yaml", "0fd51c5b813b3d2aa17baae17826a6b11f0dd836"),
    "sonarqube": ("sonarqube.yaml", "0fcb31853a570de8cf71924df612c7c2a51bba8d"),
    "splunk": ("splunk.yaml", "459e538ed5d355bf231f0a65fb406bfd6c9c0c8b"),
    "typeform": ("typeform.yaml", "433885a69e9c647a282719c56a0dd533551a047a"),
    "vultr": ("vultr.yaml", "9865233eff4390cf0be9789f62ee3fdad67bdf8c"),
    "wakatime": ("wakatime.yaml", "1c14233a6bbb6ecf17d6b7339f7cd39410c84974"),
    "zuplo": ("zuplo.yaml", "433885a69e9c647a282719c56a0dd533551a047a"),
    "tencent": ("tencent-cloud.yaml", "94fb28200d4ecba98274f06aafc1a191917f96fd"),
    "equinix": ("Equinix.yaml", "db2086cbc8615620bf766e54f93bd5d4b40c0e33"),
    "do-spaces": ("DigitalOcean-Spaces.yaml", "aaa8fef23689de69fdf853e53a9ca4e6e8bb298a"),
    "shippo": ("shippo.yaml", "433885a69e9c647a282719c56a0dd533551a047a"),
    "ubidots": ("ubidots.yaml", "37a13d4405c6f341d84308d1795ae3aed690861f"),
}
SONAR = {k: f"SonarSource/sonar-text:{_SONAR_DIR}{f}@{c}" for k, (f, c) in _SONAR_FILES.items()}

DROPPED_AS_REPEATS = [
    ("value", "00000000-0000-0000-0000-000000000000 (config-secrets-4.txt): sonar-text splunk splunk-hec-token "
              "`splunk: hec: enable: True ssl: True port: 8088 token: 00000000-0000-0000-0000-000000000000` (negative)"),
]


def check_repeats(here, pairs):
    """(name, value) pairs that repeat sets 1-12 (earlier_sets.check_repeats; token-like: not letters, '_' and blanks only)."""
    return earlier_sets.check_repeats(here, pairs, through=12, word_only=r"[A-Za-z_ ]+")


def set13_helpers(module, sonar, *lists):
    """Re-points a set-12 writer's case helpers at set 13: its SONAR becomes `sonar` and the named case/pair lists are
    emptied (importing the set-12 writer builds its own cases first; they are dropped here, not written)."""
    module.SONAR = sonar
    for name in lists:
        del getattr(module, name)[:]
    return module

#!/usr/bin/env python3
"""Turns gitleaks' default rule table (gitleaks.toml, MIT, see LICENSE) into AksReady secret formats.

Writes analyzers/AksReady.Analyzers/Internal/Secrets/GitleaksFormats.g.cs. Run it again after replacing gitleaks.toml;
`--check` exits 1 when the committed file differs from what the table gives (nothing is written then).

Two kinds of gitleaks rules are taken, as data (the provider's token shape), never as code:
- token rules: a literal prefix or suffix (`glpat-`, `dt0c01.`, `_mmk`) that the rule's keywords name; they become rows of
  the string formats (AKS2002 strings and comments, AKS2003 values), behind the same anchor prefilter as the hand-written rows.
- provider-name rules ("adafruit ... = <32 chars>"): the provider words and the value's shape; they become vendor value
  shapes that AKS2001 and AKS2003 check when a name contains the provider word and the whole value has that shape.
Rules the hand-written table in SecretFormats.cs already covers, and rules too loose for a compiler (no distinctive
literal, multi-line, file paths) are listed below with the reason they are left out.
"""
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
TOML = os.path.join(HERE, "gitleaks.toml")
OUT = os.path.join(HERE, "..", "..", "AksReady.Analyzers", "Internal", "Secrets", "GitleaksFormats.g.cs")

# Token rules covered by a hand-written row of SecretFormats.All (same provider and shape), so not repeated.
COVERED = {
    "aws-access-token": "AwsAccessKeyId", "azure-ad-client-secret": "AzureAdClientSecret",
    "databricks-api-token": "DatabricksToken", "digitalocean-access-token": "DigitalOceanToken",
    "digitalocean-pat": "DigitalOceanToken", "digitalocean-refresh-token": "DigitalOceanToken",
    "gcp-api-key": "GoogleApiKey", "github-app-token": "GitHubToken", "github-fine-grained-pat": "GitHubFineGrainedPat",
    "github-oauth": "GitHubToken", "github-pat": "GitHubToken", "github-refresh-token": "GitHubToken",
    "gitlab-pat": "GitLabPat", "grafana-service-account-token": "GrafanaServiceAccountToken",
    "heroku-api-key-v2": "HerokuApiKey", "huggingface-access-token": "HuggingFaceToken", "jwt": "JsonWebToken",
    "kubernetes-secret-yaml": "AKS2003 Kubernetes Secret manifests", "linear-api-key": "LinearApiKey",
    "microsoft-teams-webhook": "TeamsWebhook", "npm-access-token": "NpmToken", "openai-api-key": "OpenAiApiKey",
    "postman-api-token": "PostmanApiKey", "private-key": "PemPrivateKey", "pypi-upload-token": "PyPiToken",
    "sendgrid-api-token": "SendGridApiKey", "shopify-access-token": "ShopifyToken",
    "shopify-custom-access-token": "ShopifyToken", "shopify-private-app-access-token": "ShopifyToken",
    "shopify-shared-secret": "ShopifyToken", "slack-app-token": "SlackAppToken", "slack-bot-token": "SlackToken",
    "slack-legacy-bot-token": "SlackToken", "slack-user-token": "SlackToken", "slack-webhook-url": "SlackWebhook",
    "square-access-token": "SquareToken", "twilio-api-key": "TwilioApiKey", "vault-batch-token": "VaultToken",
    "atlassian-api-token": "AtlassianApiToken (the name-based half is a vendor value shape)",
}

# Left out, with the reason.
SKIPPED = {
    "curl-auth-header": "spans several lines of a shell script; single strings are covered by HttpAuthorizationHeader",
    "curl-auth-user": "spans several lines of a shell script",
    "facebook-access-token": "no literal: any 15-16 digits, '|' and a word",
    "sourcegraph-access-token": "one alternative is any 40 hex digits (every SHA-1)",
    "pkcs12-file": "a file path rule, not a text rule",
    "freemius-secret-key": "PHP array syntax (=>)",
    "stripe-access-token": "test-mode keys (sk_test_) are published in samples; live keys are StripeLiveKey",
    "vault-service-token": "the legacy alternative is 's.' and 24 letters (common in prose); hvs. is VaultToken",
    "generic-api-key": "name-based; AKS2001/AKS2003 judge names with their own word lists",
    "hashicorp-tf-password": "name-based on the word password; AKS2001/AKS2003 judge names",
    "sidekiq-secret": "environment-variable name rule; the URL form is imported",
}

ACRONYMS = {
    "api": "API", "aws": "AWS", "gcp": "GCP", "pat": "PAT", "ci": "CI", "cicd": "CI/CD", "id": "ID", "url": "URL",
    "oauth": "OAuth", "jwt": "JWT", "tf": "Terraform", "pw": "password", "sdk": "SDK", "ptt": "pipeline trigger token",
    "rrt": "runner registration token", "scim": "SCIM", "ca": "CA", "droneci": "Drone CI", "travisci": "Travis CI",
    "npm": "npm", "ai": "AI", "org": "organization", "io": "io",
}
VENDOR_NAMES = {
    "1password": "1Password", "flyio": "Fly.io", "frameio": "Frame.io", "intra42": "42 Intra", "readme": "ReadMe",
    "settlemint": "SettleMint", "openshift": "OpenShift", "gitlab": "GitLab", "planetscale": "PlanetScale",
    "sendinblue": "Sendinblue", "clickhouse": "ClickHouse", "easypost": "EasyPost", "maxmind": "MaxMind",
    "rubygems": "RubyGems", "hashicorp": "HashiCorp", "digitalocean": "DigitalOcean", "github": "GitHub",
    "cisco": "Cisco", "new": "New", "nytimes": "New York Times", "privateai": "Private AI", "rapidapi": "RapidAPI",
    "sendbird": "Sendbird", "sumologic": "Sumo Logic", "launchdarkly": "LaunchDarkly", "linkedin": "LinkedIn",
    "messagebird": "MessageBird", "gocardless": "GoCardless", "freshbooks": "FreshBooks", "droneci": "Drone CI",
    "travisci": "Travis CI", "kucoin": "KuCoin", "typeform": "Typeform", "defined": "Defined",
}


def describe(rule_id):
    words = rule_id.split("-")
    out = []
    for i, w in enumerate(words):
        if i == 0:
            out.append(VENDOR_NAMES.get(w, ACRONYMS.get(w, w.capitalize())))
        else:
            out.append(ACRONYMS.get(w, w))
    text = " ".join(out)
    return ("an " if text[0].lower() in "aeio" or text.startswith(("1Password", "8")) else "a ") + text


def structure(regex, start=0):
    """(index, character) of the characters of `regex` from `start` that are syntax: not escaped, not inside a class."""
    i, in_class = start, False
    while i < len(regex):
        c = regex[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            if regex[i + 1:i + 2] == "]":
                i += 1
        else:
            yield i, c
        i += 1


def first_capture_group(regex):
    """Index of the '(' that opens the first capturing group (plain or Go-named `(?P<name>`), or -1."""
    for i, c in structure(regex):
        if c == "(" and (regex[i + 1:i + 2] != "?" or regex[i + 1:i + 3] == "?P"):
            return i
    return -1


def group_end(regex, start):
    """Index of the ')' that closes the group opened at `start`."""
    depth = 0
    for i, c in structure(regex, start):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
    raise ValueError("unbalanced: " + regex)


def to_dotnet(regex):
    """Go RE2 syntax to .NET: named groups (?P<n>...) become non-capturing, the first capturing group becomes 'secret'."""
    at = first_capture_group(regex)
    if at >= 0:
        if regex.startswith("(?P<", at):
            close = regex.index(">", at)
            regex = regex[:at] + "(?<secret>" + regex[close + 1:]
        else:
            regex = regex[:at] + "(?<secret>" + regex[at + 1:]
    regex = re.sub(r"\(\?P<[A-Za-z0-9_]+>", "(?:", regex)
    return regex


ASSIGN = re.compile(r"^(?P<head>.*?)\[\\s'\"\]\{0,3\}\)?\(\?:=\|>\|:\{1,3\}=\|\\\|\\\|\|:\|=>\|\\\?=\|,\)\[\\x60'\"\\s=\]\{0,5\}(?P<value>.*)\(\?:\[\\x60'\"\\s;\]\|\\\\\[nr\]\|\$\)(?P<tail>.*)$", re.S)


def vendor_words(head):
    """The provider words of a name-based rule, from the alternatives the rule's regex requires in the name.

    `(?:adafruit)`, `(?-i:ATLASSIAN|[Aa]tlassian)`, `linked[_-]?in`, `new-relic|newrelic|new_relic` all become the lower-case
    word run together (`linkedin`, `newrelic`), matched against a name's words (see VendorValueShape)."""
    at = head.index("(?:", head.index("{0,50}?") + 1)
    group = head[at + 3:group_end(head, at)]
    group = re.sub(r"\(\?-i:", "(", group)
    group = re.sub(r"\[([A-Za-z])[A-Za-z]\]", lambda m: m.group(1).lower(), group)
    group = group.replace("[_-]?", "").replace("[_.-]?", "")
    words = set()
    for alternative in re.split(r"\|", group.replace("(", "").replace(")", "")):
        word = re.sub(r"[^a-z0-9]", "", alternative.lower())
        if word and not re.search(r"[^a-z0-9]", word):
            # gitleaks matches substrings; names are matched by whole words here, so a stem becomes its word.
            words.add({"telegr": "telegram"}.get(word, word))
    return sorted(words)


def cs(s):
    return '@"' + s.replace('"', '""') + '"'


def main():
    with open(TOML, "rb") as f:
        table = tomllib.load(f)
    tokens, vendors, left = [], [], []
    for rule in table["rules"]:
        rid = rule["id"]
        if rid in COVERED or rid in SKIPPED or "regex" not in rule:
            continue
        regex = rule["regex"]
        entropy = rule.get("entropy") or 0.0
        m = ASSIGN.match(regex)
        if m and not m.group("tail"):
            if rid.endswith("-id") or "-pub" in rid or "public" in rid:
                left.append((rid, "an identifier or a public key, not a credential"))
                continue
            if rid.startswith(("snyk-", "sonar-")):
                # snyk[_.-]?(api|oauth)?(key|token), sonar[_.-]?(login|token): the name already says token or key.
                words = [rid.split("-")[0]]
            else:
                words = vendor_words(m.group("head"))
            value = m.group("value")
            if "{8}-[0-9a-f]{4}-" in value.lower():
                left.append((rid, "the value is a UUID; UUIDs are silent whatever the name (issue #3)"))
                continue
            # The value part is one capturing group; keep its inside, anchored by the caller.
            inner_at = first_capture_group(value)
            inner = value[inner_at + 1:group_end(value, inner_at)]
            inner = re.sub(r"\(\?P<[A-Za-z0-9_]+>", "(?:", inner)
            inner = re.sub(r"\((?!\?)", "(?:", inner)
            vendors.append((rid, words, inner, max(entropy, 3.0), regex.startswith("(?i)")))
            continue
        if m:
            left.append((rid, "name-based rule with a second, token alternative (the token half is a hand-written row)"))
            continue
        keywords = sorted({k.lower() for k in rule["keywords"]})
        tokens.append((rid, describe(rid), to_dotnet(regex), max(entropy, 2.0), keywords))

    lines = [
        "// <auto-generated>",
        "// Written by analyzers/data/gitleaks/import_gitleaks.py from gitleaks.toml (gitleaks' default rule table, MIT licence,",
        "// see analyzers/data/gitleaks/LICENSE). Do not edit: change the script or the table and run it again.",
        "// </auto-generated>",
        "#nullable enable",
        "",
        "namespace AksReady.Analyzers.Internal.Secrets;",
        "",
        "/// <summary>Provider token shapes and vendor value shapes imported from gitleaks' rule table (see import_gitleaks.py).</summary>",
        "internal static class GitleaksFormats",
        "{",
        f"    /// <summary>{len(tokens)} token formats, tried after the hand-written rows of <see cref=\"SecretFormats.All\"/>.</summary>",
        "    public static readonly SecretFormat[] Tokens =",
        "    {",
    ]
    for rid, desc, regex, entropy, keywords in tokens:
        anchors = ", ".join(cs(k) for k in keywords)
        lines.append(f"        new(\"gitleaks:{rid}\", \"{desc}\", {cs(regex)}, {entropy:g}, new[] {{ {anchors} }}, ignoreCaseAnchors: true),")
    lines += [
        "    };",
        "",
        f"    /// <summary>{len(vendors)} vendor value shapes: a name containing one of the words, holding a whole value of the shape.</summary>",
        "    public static readonly VendorValueShape[] VendorValues =",
        "    {",
    ]
    for rid, words, inner, entropy, ignore_case in vendors:
        ws = ", ".join(cs(w) for w in words)
        lines.append(f"        new(\"gitleaks:{rid}\", \"{describe(rid)}\", new[] {{ {ws} }}, {cs(inner)}, {entropy:g}, ignoreCase: {str(ignore_case).lower()}),")
    lines += ["    };", "}", ""]
    text = "\n".join(lines)
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            same = f.read() == text
        print("up to date" if same else "GitleaksFormats.g.cs differs from gitleaks.toml: run import_gitleaks.py")
        sys.exit(0 if same else 1)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"{len(tokens)} token formats, {len(vendors)} vendor value shapes; left out: {len(COVERED)} covered, "
          f"{len(SKIPPED) + len(left)} skipped")
    for rid, why in left:
        print(f"  skipped {rid}: {why}")


if __name__ == "__main__":
    main()

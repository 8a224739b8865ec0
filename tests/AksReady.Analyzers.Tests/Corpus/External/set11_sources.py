"""Shared by write_csharp_secrets_11.py and write_config_secrets_11.py: provenance, selection rules and the repeat check of
the eleventh held-out secrets set, see README.md ('C# secrets, set 11' and 'Configuration files, set 11').

Sources used in no earlier set (not Sonar's sonar-dotnet files, Juliet, CodeQL, SecurityCodeScan, roslyn-analyzers,
gitleaks or its forks and rule copies, trufflehog, KICS, Checkov, secretlint, detect-secrets, cred-alert, whispers,
kube-linter, cfn_nag, arm-ttk, kubescape, PSRule, trivy, noseyparker, security-utilities, ripsecrets, talisman, ggshield,
kingfisher, git-secrets, repo-supervisor, gosec, earlybird, horusec, eslint-plugin-no-secrets, bandit, ruff,
find-sec-bugs, njsscan, dockle, pre-commit-hooks, pmd, CredSweeper, tfsec, defsec, mobsfscan, cfn-lint, cfripper, zizmor,
Bearer, PSScriptAnalyzer, actionlint), none of them a copy of gitleaks' rule table. Labels are what the peer's own test
asserts, written down before AKS2001/AKS2002/AKS2003 ran on the set.

- SonarSource/sonar-text (the secrets rules of SonarQube's text plugin; LGPL-3.0 until SonarSource moved it to the Sonar
  Source-Available License v1 (SSALv1) - the stored test harness AbstractRuleExampleTest.java@0358089 still carries the
  LGPL-3.0 header, MySQLCheckTest.java@204417c the SSALv1 one; only short example strings are re-typed here, in .NET
  shapes, with provenance; no file is copied - contestable, as the sonar-dotnet sets were): every rule of a provider
  specification (sonar-text-plugin/src/main/resources/org/sonar/plugins/secrets/configuration/<provider>.yaml) carries
  `examples:`, and the provider's check test (e.g. MySQLCheckTest extends AbstractRuleExampleTest) runs each example
  through that rule: `containsSecret: true` must raise an issue on the `match` text (positive), `containsSecret: false`
  must raise none (negative). Providers used: odbc (JDBC/Spring datasource/ODBC and ADO.NET connection strings), mysql,
  postgresql, mongodb, redis, rabbitmq (family `sonar-text-databases`); azure (storage account keys, subscription keys),
  azure-eventgrid, azure-functions, azure-logic-app, azure-ml, azure-app-service, azure-bot-framework (family
  `sonar-text-azure`).
  Left out: (a) negatives that are negative only because of the example's `fileName` (Doc.md, Doc.html, Doc.adoc,
  Doc.example, Doc.template, Doc.mdx: sonar-text skips documentation files; the same text without a file name is the
  positive already taken); (b) negatives whose own comment says they are secrets for another rule or service (azure-eventgrid's
  AzureKeyCredential example "meant to be found with S6437"; azure-logic-app's Event Hub, IoT Hub and Storage SAS
  examples, "all valid Shared Access Signatures"; postgresql's `${POSTGRES_PASSWORD:-PaSsW0Rd}` example, "handled by the
  rule postgres-url-password-from-env-with-default"); (c) the quoted-value twins of a rule (mysql-env-pg-password-quoted,
  postgres-env-pg_password-quoted, psql-cli-quoted, mysql-cli-quoted-outer/-inner, mongodb-cli-quoted-outer repeat the
  unquoted rule's examples with quotes, which a C# string or a YAML scalar does not keep apart); (d) code-only
  negatives whose C# form would repeat one already taken (a second JS/TS/Python template or concatenation building the
  same kind of URI, `%s`/`%v` twins of a string.Format, the multi-line twin of a Regex) - noted in the writers; (e) for
  a rule with several examples that differ only in a random signature (azure-logic-app's five SAS_URL lines, the
  DIRECTLINE_TOKEN lines, two requests.get/axios twins), the first; (f) azure-bot-framework's 700-character
  conversation tokens (length); (g) the older azure/azure.yaml layout (examples without labels).
- advanced-security/secret-scanning-custom-patterns (GitHub field services' custom secret-scanning patterns; no licence
  file is stored with it in the index; only short values re-typed, with provenance): each pattern's test data sits next to
  its patterns.yml and the expected matches in `__snapshots__/<pattern>.csv` (path and line of every match), which the
  repository's unit-test workflow compares. Positives are the snapshot lines of database/connection_strings.txt
  (database_connection_string_1: lines 2 and 4), configs/mysql/docker-compose.yml (hardcoded_database_passwords: lines 8
  and 11), configs/postgres/docker-compose.yml (hardcoded_database_passwords line 37, hardcoded_spring_sql_passwords line
  14) and configs/example.yml (yaml_static_password_fields line 5). No negatives: the snapshots only list matches, and
  the unlisted credential lines of the same files (the JDBC URLs and the webwolf password of the postgres compose file)
  are the peer's misses, not assertions - they are excluded.

Every labelled value was checked against sets 1-10 (earlier_sets.check_repeats; check_repeats() in each writer): a case is
dropped when its value occurs in an earlier set file (a token-like value of 8 or more characters: not letters, '_' and
blanks only), or when it occurs there as the same `name = value` / `name: value` pair (case-insensitive, quotes
optional). For connection strings and URIs the value checked is the password or key they hold. The cases dropped that
way are listed in DROPPED_AS_REPEATS.
"""
import earlier_sets
from literals import cs_name, cs_string, yaml_scalar  # noqa: F401  (re-exported for the set-11 writers)

P = "positive"
N = "negative"

_SONAR_DIR = "sonar-text-plugin/src/main/resources/org/sonar/plugins/secrets/configuration/"
_SONAR_FILES = {
    "odbc": ("odbc.yaml", "07d9c9b5bcb07143576e939afb7721c1cfd85c5a"),
    "mysql": ("mysql.yaml", "153d7c69fae918c13cea92afc627ebb29c790ab4"),
    "postgresql": ("postgresql.yaml", "05c6191e4bc9b5a417b39424e644b3062ea7f2a7"),
    "mongodb": ("mongodb.yaml", "14f59c3d47dc5eb0358197a140e8fcd69a82f635"),
    "redis": ("redis.yaml", "17392b93739e43111b7c74ec9fa48694e14dadd0"),
    "rabbitmq": ("rabbitmq.yaml", "144aed35ebd1763e69858f53dba4ed85e4bf1510"),
    "azure": ("azure.yaml", "0277a20644d8646e257af3a7b3a0b056b64a0f36"),
    "eventgrid": ("azure-eventgrid.yaml", "4b569fa3eda8f5695594c7b043765b0a956bebde"),
    "functions": ("azure-functions.yaml", "7912a67d09a7ef11850e028e70673aeb7007ac41"),
    "logicapp": ("azure-logic-app.yaml", "78963e103e048507d63dd41894d6fae46af90382"),
    "ml": ("azure-ml.yaml", "78963e103e048507d63dd41894d6fae46af90382"),
    "appservice": ("azure-app-service.yaml", "0c85f5a47480b89bfe8b7d4206e45a6f90a16784"),
    "bot": ("azure-bot-framework.yaml", "180ff18ddbe588e76bc02f786437a895b1cb29a7"),
}
SONAR = {k: f"SonarSource/sonar-text:{_SONAR_DIR}{f}@{c}" for k, (f, c) in _SONAR_FILES.items()}
DATABASE_PROVIDERS = ("odbc", "mysql", "postgresql", "mongodb", "redis", "rabbitmq")

_GH = "advanced-security/secret-scanning-custom-patterns:{f}@{c}"
GH = {
    "connection_strings": _GH.format(f="database/connection_strings.txt", c="1628733ddff9e62a05907a71b27910b1f008a30a"),
    "mysql_compose": _GH.format(f="configs/mysql/docker-compose.yml", c="48793843a97580a15bbe86fbe6f0714f36290896"),
    "postgres_compose": _GH.format(f="configs/postgres/docker-compose.yml", c="129613905bfea087a69b2d5b59c6c4903161841b"),
    "example_yml": _GH.format(f="configs/example.yml", c="3eb2706f6137822e2da38194e636353ca40a9d9e"),
}

DROPPED_AS_REPEATS = [
    ("value", "P@ssw0rd (config-secrets.txt and later sets): sonar-text odbc java-datasource-unquoted "
              "`app.datasource.cardholder.password=P@ssw0rd`, java-datasource-quoted `db.default.datasource.password=\"P@ssw0rd\"`, "
              "jdbc-connection-string `ENV JDBC_URL=...&password=P@ssw0rd` and `val url = ...retail_db?user=retail_dba&password=P@ssw0rd`, "
              "odbc-connection-string (the RSPEC noncompliant `pwd=P@ssw0rd` connection string); mysql-env `MYSQL_PASSWORD=P@ssw0rd`, "
              "mysql-cli `--password=P@ssw0rd`; postgresql `PG_PASSWORD=P@ssw0rd`, psql-cli `PGPASSWORD=P@ssw0rd psql`; "
              "mongodb-cli `--password P@ssw0rd` (all positive)"),
    ("name and value", "password = password (config-secrets-2.txt): sonar-text odbc java-datasource-quoted "
                       "`spring.datasource.password=\"password\"`, mysql-cli `--password=password`, mongodb-cli `--password password` "
                       "(negative)"),
]


def family(source):
    """Source family for the per-source figures."""
    if source.startswith("SonarSource/sonar-text:"):
        provider = source.split("/configuration/")[1].split(".yaml")[0]
        return "sonar-text-databases" if provider in DATABASE_PROVIDERS else "sonar-text-azure"
    if source.startswith("advanced-security/"):
        return "gh-custom-patterns"
    raise ValueError(source)


def check_repeats(here, pairs):
    """(name, value) pairs that repeat sets 1-10 (earlier_sets.check_repeats; token-like: not letters, '_' and blanks only)."""
    return earlier_sets.check_repeats(here, pairs, through=10, word_only=r"[A-Za-z_ ]+")

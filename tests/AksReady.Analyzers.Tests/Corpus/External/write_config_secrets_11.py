#!/usr/bin/env python3
"""Writes config-secrets-11.txt: the eleventh held-out AKS2003 set, see README.md ('Configuration files, set 11').

Built with C# set 11 (same day, base commit, sources and selection rules; provenance in set11_sources.py) and committed
with its wiring before AKS2003 ran on it (a blind figure for the rules of 29d7abf).

Each kept peer example becomes one small configuration file:

- a named value (`SqlSettingsDefaultDataSource = "..."`, `const REDISURL = "..."`, a property) becomes one member,
  alternately appsettings.json and config.yaml (alternating separately for positives and negatives); a bare peer value
  gets a neutral name after its service (`postgres`, `luis`, `logicApp`, `azureFunctions`, `botFramework`), noted;
- properties blocks, `driver/dsn/table` blocks and other key=value groups become the same keys and values as members of
  one file (the password or key line labelled; the other lines are the rest-of-file unit);
- connection strings go under `ConnectionStrings` (the peer's name, or a neutral one);
- environment-variable assignments (shell, .env, Dockerfile ENV) become a docker-compose.yml service `environment:`
  mapping, the labelled variable's line labelled;
- command lines become pipeline `script:` steps (as in set 5);
- peer text that already is YAML or JSON (compose `environment:` lists, a Kubernetes `env:` list, `ConnectionStrings`
  fragments, `examples: [...]`, the custom-pattern compose files and example.yml) is kept in that form, re-typed (the
  compose files without their leading comment lines), completed to a whole JSON object where the peer shows a fragment.

Code-only shapes (templates, concatenations, string.Format, regexes, StringBuilder, environment and configuration
reads, crypto and SAS-building code, a test assertion) are C# only. advanced-security's unlisted credential lines of
the postgres compose file (the JDBC URLs and the webwolf password) are excluded (see set11_sources.py).
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from set11_sources import SONAR, GH, P, N, family, check_repeats, yaml_scalar  # noqa: E402
from config_set_writer import case_adder, js, write_config_set  # noqa: E402

CASES = []
add = case_adder(CASES)
PAIRS = []
J = "appsettings.json"
Y = "config.yaml"
C = "docker-compose.yml"
turn = {P: 0, N: 0}


def src(key):
    return SONAR[key] if key in SONAR else GH[key]


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
    add(fmt, str(at[secret]) if label == P else "none", src(key), f"{note}, {how}", content)
    PAIRS.extend(check or ([(secret, dict(pairs)[secret])] if secret else []))


def member(label, key, note, name, value, check=None):
    members(label, key, note, [(name, value)], secret=name, check=check)


def conn(label, key, note, name, value, check=(), fmt=J):
    members(label, key, note, [(name, value)], secret=name, section="ConnectionStrings", fmt=fmt, check=check)


def compose(label, key, note, variables, secret=None, check=()):
    content = "services:\n  app:\n    image: app\n    environment:\n" + "\n".join(f"      {k}: {yaml_scalar(v)}" for k, v in variables)
    line = 5 + [k for k, _ in variables].index(secret) if label == P else None
    add(C, str(line) if label == P else "none", src(key), f"{note}, as a compose service's environment", content)
    PAIRS.extend(check or ([(secret, dict(variables)[secret])] if secret else []))


def script(label, key, note, command, check=()):
    add(Y, "2" if label == P else "none", src(key), f"{note}, as a pipeline script step", f"steps:\n  - script: {yaml_scalar(command)}")
    PAIRS.extend(check)


def raw(label, name, key, note, content, secret_lines=None, exclude=None, check=()):
    add(name, secret_lines if label == P else "none", src(key), note, content, exclude=exclude)
    PAIRS.extend(check)


def line_of(content, text, start=1):
    for i, l in enumerate(content.split("\n"), 1):
        if i >= start and text in l:
            return i
    raise ValueError(text)


# ---- odbc.yaml (S6703) ----
K = "odbc"
R = "java-datasource-unquoted"
members(N, K, sn(K, R, "spring.datasource.username=${DB_USER} / password=${DB_PASSWORD}", N, "properties"),
        [("spring.datasource.url", "jdbc:postgresql://${DB_HOST}:${DB_PORT}/${DB_NAME}"), ("spring.datasource.username", "${DB_USER}"),
         ("spring.datasource.password", "${DB_PASSWORD}")], check=[("spring.datasource.password", "${DB_PASSWORD}")])
members(N, K, sn(K, R, "spring.datasource.username = xxx / password = xxx", N, "properties"),
        [("spring.datasource.driverClassName", "com.microsoft.sqlserver.jdbc.SQLServerDriver"), ("spring.datasource.username", "xxx"),
         ("spring.datasource.password", "xxx")], check=[("spring.datasource.password", "xxx")])
members(P, K, sn(K, R, "spring.datasource.username=postgres / password=petclinic", P, "properties"),
        [("spring.datasource.url", "jdbc:postgresql://localhost:5432/petclinic"), ("spring.datasource.username", "postgres"),
         ("spring.datasource.password", "petclinic"), ("spring.datasource.driver-class-name", "org.postgresql.Driver")], secret="spring.datasource.password")
members(P, K, sn(K, R, "spring.datasource.username = sa / password = ZVlrpkpFJ5ZTtOo0", P, "properties"),
        [("spring.datasource.driverClassName", "org.h2.Driver"), ("spring.datasource.username", "sa"),
         ("spring.datasource.password", "ZVlrpkpFJ5ZTtOo0")], secret="spring.datasource.password")
members(N, K, sn(K, R, 'spring.datasource.password={{`{{ secret "p@ssword" }}`}}', N, "properties"),
        [("spring.datasource.username", '{{`{{ secret "user" }}`}}'), ("spring.datasource.password", '{{`{{ secret "p@ssword" }}`}}')],
        check=[("spring.datasource.password", '{{`{{ secret "p@ssword" }}`}}')])
members(N, K, sn(K, R, "spring.datasource.password=arn:aws:secretsmanager:...", N, "properties"),
        [("spring.datasource.username", '{{`{{ secret "user" }}`}}'),
         ("spring.datasource.password", "arn:aws:secretsmanager:eu-west-2:660254676590:secret:dev/postgresql-WEHbH0")],
        check=[("spring.datasource.password", "arn:aws:secretsmanager:eu-west-2:660254676590:secret:dev/postgresql-WEHbH0")])
R = "java-datasource-quoted"
members(N, K, sn(K, R, 'spring.datasource.password="$NEW_DB_PASS"', N, "properties"),
        [("spring.datasource.url", "jdbc:mariadb://$NEW_DB_HOST:$NEW_DB_PORT/$NEW_DB_NAME"), ("spring.datasource.username", "$NEW_DB_USER"),
         ("spring.datasource.password", "$NEW_DB_PASS")], check=[("spring.datasource.password", "$NEW_DB_PASS")])
members(N, K, sn(K, R, 'spring.datasource.username="root" / spring.datasource.password="password"', N, "properties"),
        [("spring.datasource.url", "jdbc:mysql://localhost:3306/mydatabase"), ("spring.datasource.username", "root"),
         ("spring.datasource.password", "password"), ("spring.datasource.driver-class-name", "com.mysql.jdbc.Driver")],
        check=[("spring.datasource.password", "password")])
R = "jdbc-connection-string"
compose(N, K, sn(K, R, 'MYSQL_DSN="jdbc:mysql://database-server?user=myuser&password=password&..." / POSTGRES_DSN=...', N, "env lines"),
        [("MYSQL_DSN", "jdbc:mysql://database-server?user=myuser&password=password&sql_mode=STRICT_TRANS_TABLES,NO_ENGINE_SUBSTITUTION&useSSL=false"),
         ("POSTGRES_DSN", "jdbc:postgresql://database-server/mydb?user=myuser&password=password")])
member(N, K, sn(K, R, '.option("url", "jdbc:postgresql://database-server/mrui?user=mrui&password=password")', N, "the Spark option"),
       "url", "jdbc:postgresql://database-server/mrui?user=mrui&password=password")
R = "odbc-connection-string"
raw(N, J, K, sn(K, R, '"ConnectionStrings": { "DefaultConnection": "...User ID={EXAMPLE_USER};Password={PASSWORD_HERE};...", "sqlConnectionString": "concat(...parameters(\'d\'))" }',
                N, "as given, completed to an appsettings.json object"),
    '{\n  "ConnectionStrings": {\n'
    '    "DefaultConnection": "Server=tcp:url.windows.example.com,1433;Initial Catalog=sql-example;Persist Security Info=False;User ID={EXAMPLE_USER};'
    'Password={PASSWORD_HERE};MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=60;",\n'
    '    "sqlConnectionString": "concat(\'Data Source=\',parameters(\'a\'),\';Initial Catalog=\',parameters(\'b\'),\';User ID=\',parameters(\'c\'),'
    '\';Password=\',parameters(\'d\'))"\n  }\n}', check=[("Password", "{PASSWORD_HERE}")])
conn(N, K, sn(K, R, 'connectionString="server=database-server;database=monotest;user id=monotester;password=PLACEHOLDER;"', N,
              "the sqlserver-tds connection"), "sqlserver-tds", "server=database-server;database=monotest;user id=monotester;password=PLACEHOLDER;",
     check=[("password", "PLACEHOLDER")])
raw(P, Y, K, sn(K, R, 'env: OrchardCore__ConnectionString: "server=database-server;uid=root;pwd=3GGb62XfnnlbKpHr;database=test"', P, "as given"),
    'env:\n  OrchardCore__ConnectionString: "server=database-server;uid=root;pwd=3GGb62XfnnlbKpHr;database=test"\n  OrchardCore__DatabaseProvider: "MySql"',
    "2", check=[("pwd", "3GGb62XfnnlbKpHr")])
raw(N, Y, K, sn(K, R, 'environment: "ConnectionStrings__DefaultConnection": "Server=rockpaperscissors-sql,1433;...;User Id=SA;Password=;..."', N, "as given"),
    'environment:\n  "ConnectionStrings__DefaultConnection": "Server=rockpaperscissors-sql,1433;Database=RockPaperScissorsBoom;User Id=SA;Password=;'
    'Encrypt=False;Persist Security Info=False;trusted_connection=False"')
raw(N, J, K, sn(K, R, '"ConnectionStrings": { "ApplicationDBContext": "Server=127.0.0.1;User ID=sa;Password=<YourStrong@Passw0rd>;..." }', N,
                "as given, completed to an appsettings.json object"),
    '{\n  "ConnectionStrings": {\n    "ApplicationDBContext": "Server=127.0.0.1;User ID=sa;Password=<YourStrong@Passw0rd>;Initial Catalog=PortChooser;'
    'TrustServerCertificate=true;"\n  }\n}', check=[("Password", "<YourStrong@Passw0rd>")])
conn(N, K, sn(K, R, '<add name="DefaultConnection" connectionString="Data Source=localhost;...;Password={CONFIGURE_ME}" .../>', N, "the web.config connection"),
     "DefaultConnection", "Data Source=localhost;Initial Catalog={CONFIGURE_ME};User ID={CONFIGURE_ME};Password={CONFIGURE_ME}",
     check=[("Password", "{CONFIGURE_ME}")])
conn(P, K, sn(K, R, "'DRIVER={ODBC Driver 17 for SQL Server};SERVER=host.docker.internal;DATABASE=bikes;Uid=SA;Pwd=reallyStrongPwd123'", P,
              "a bare value under the neutral name `odbc`"), "odbc",
     "DRIVER={ODBC Driver 17 for SQL Server};SERVER=host.docker.internal;DATABASE=bikes;Uid=SA;Pwd=reallyStrongPwd123", check=[("Pwd", "reallyStrongPwd123")])

# ---- mysql.yaml ----
K = "mysql"
R = "mysql-url"
member(N, K, sn(K, R, 'conn_str = "mysql://user:pass@database.example/terraform_backend"', N, "the terraform backend setting"),
       "conn_str", "mysql://user:pass@database.example/terraform_backend")
member(P, K, sn(K, R, 'SqlSettingsDefaultDataSource = "mysql://mmuser:mostest@localhost/mattermost_test?connect_timeout=10"', P, "the setting"),
       "SqlSettingsDefaultDataSource", "mysql://mmuser:mostest@localhost/mattermost_test?connect_timeout=10", check=[("mysql", "mostest")])
member(P, K, sn(K, R, 'fs.String("database-prefix", "mysql://mysql:mysql_password_padded_for_security@localhost:3306/ocr2vrf-test", ...)', P, "the flag"),
       "database-prefix", "mysql://mysql:mysql_password_padded_for_security@localhost:3306/ocr2vrf-test", check=[("password", "mysql_password_padded_for_security")])
members(P, K, sn(K, R, "driver: mysql / dsn: mysql://foouser:foopass@localhost:3306/testdb?connect_timeout=10 / table: footable", P, "as given"),
        [("driver", "mysql"), ("dsn", "mysql://foouser:foopass@localhost:3306/testdb?connect_timeout=10"), ("table", "footable")], secret="dsn", fmt=Y,
        check=[("dsn", "foopass")])
compose(P, K, sn(K, R, "AIRFLOW_CONN_METADATA_DB=mysql+mysqldb://airflow:airflow@mysql:3306/airflow", P, "env lines"),
        [("AIRFLOW_CONN_METADATA_DB", "mysql+mysqldb://airflow:airflow@mysql:3306/airflow"), ("AIRFLOW_VAR__METADATA_DB_SCHEMA", "airflow")],
        secret="AIRFLOW_CONN_METADATA_DB")
R = "mysql-env-pg-password-unquoted"
compose(N, K, sn(K, R, "MYSQL_USER=mysql / MYSQL_PASSWORD=password / MYSQL_DB=mysql", N, "env lines"),
        [("MYSQL_USER", "mysql"), ("MYSQL_PASSWORD", "password"), ("MYSQL_DB", "mysql")], check=[("MYSQL_PASSWORD", "password")])
raw(N, Y, K, sn(K, R, "environment: - MYSQL_USER=<enter username> - MYSQL_PASSWORD=<enter password> - MYSQL_DB=mysql", N, "as given"),
    "environment:\n- MYSQL_USER=<enter username>\n- MYSQL_PASSWORD=<enter password>\n- MYSQL_DB=mysql", check=[("MYSQL_PASSWORD", "<enter password>")])
compose(N, K, sn(K, R, "MYSQL_USER=$DB_USER / MYSQL_PASSWORD=$DB_PASS / MYSQL_PORT=5436", N, "env lines"),
        [("MYSQL_USER", "$DB_USER"), ("MYSQL_PASSWORD", "$DB_PASS"), ("MYSQL_PORT", "5436")], check=[("MYSQL_PASSWORD", "$DB_PASS")])
compose(N, K, sn(K, R, "MYSQL_PASSWORD=$(cat /dev/urandom | tr -dc 'a-zA-Z0-9' | fold -w 10 | head -n 1)", N, "an env line"),
        [("MYSQL_PASSWORD", "$(cat /dev/urandom | tr -dc 'a-zA-Z0-9' | fold -w 10 | head -n 1)")])
compose(N, K, sn(K, R, "ENV MYSQL_USER=${MYSQL_USER} / ENV MYSQL_PASSWORD=${MYSQL_PASSWORD} / ENV MYSQL_DATABASE=${MYSQL_DATABASE}", N, "Dockerfile ENV lines"),
        [("MYSQL_USER", "${MYSQL_USER}"), ("MYSQL_PASSWORD", "${MYSQL_PASSWORD}"), ("MYSQL_DATABASE", "${MYSQL_DATABASE}")],
        check=[("MYSQL_PASSWORD", "${MYSQL_PASSWORD}")])
compose(P, K, sn(K, R, 'if [ "${MYSQL_PASSWORD-}" == "" ]; then MYSQL_PASSWORD=dev_DVwgY7H5p3QgiZQr3tCo5X; fi', P, "the assignment"),
        [("MYSQL_PASSWORD", "dev_DVwgY7H5p3QgiZQr3tCo5X")], secret="MYSQL_PASSWORD")
R = "mysql-cli-unquoted"
script(N, K, sn(K, R, "mysqladmin -hlocalhost -uroot -ppassword", N, "the command"), "mysqladmin -hlocalhost -uroot -ppassword", check=[("-p", "password")])
script(N, K, sn(K, R, "mysqladmin -h localhost -u root -p${PASSWORD}", N, "the command"), "mysqladmin -h localhost -u root -p${PASSWORD}")

# ---- postgresql.yaml ----
K = "postgresql"
R = "postgres-url"
member(P, K, sn(K, R, 'uri = "postgres://foouser:myV5w41fxsbz88Xo@example.com/testdb"', P, "(the RSPEC noncompliant example) the setting"),
       "uri", "postgres://foouser:myV5w41fxsbz88Xo@example.com/testdb", check=[("uri", "myV5w41fxsbz88Xo")])
member(P, K, sn(K, R, 'SqlSettingsDefaultDataSource = "postgres://mmuser:zBB5Z2LHt54EmREh@localhost/mattermost_test?sslmode=disable&..."', P, "the setting"),
       "SqlSettingsDefaultDataSource", "postgres://mmuser:zBB5Z2LHt54EmREh@localhost/mattermost_test?sslmode=disable&connect_timeout=10&binary_parameters=yes",
       check=[("postgres", "zBB5Z2LHt54EmREh")])
member(P, K, sn(K, R, 'fs.String("database-prefix", "postgres://postgres:szcU1ar2ZEUCU4gga9ovxyV6@localhost:5432/ocr2vrf-test", ...)', P, "the flag"),
       "database-prefix", "postgres://postgres:szcU1ar2ZEUCU4gga9ovxyV6@localhost:5432/ocr2vrf-test", check=[("postgres", "szcU1ar2ZEUCU4gga9ovxyV6")])
members(P, K, sn(K, R, "driver: postgres / dsn: postgres://foouser:myV5w41fxsbz88Xo@localhost:5432/testdb?sslmode=disable / table: footable", P, "as given"),
        [("driver", "postgres"), ("dsn", "postgres://foouser:myV5w41fxsbz88Xo@localhost:5432/testdb?sslmode=disable"), ("table", "footable")], secret="dsn",
        fmt=Y, check=[("dsn", "myV5w41fxsbz88Xo")])
compose(P, K, sn(K, R, "AIRFLOW_CONN_METADATA_DB=postgres+psycopg2://airflow:airflow@postgres:5432/airflow", P, "env lines"),
        [("AIRFLOW_CONN_METADATA_DB", "postgres+psycopg2://airflow:airflow@postgres:5432/airflow"), ("AIRFLOW_VAR__METADATA_DB_SCHEMA", "airflow")],
        secret="AIRFLOW_CONN_METADATA_DB")
member(P, K, sn(K, R, 'let urlstr = "postgres://postgres:xFOu3e3POP8zjlRMgZ3TB2hS@nas.mynetwork.lan:55432/conn_test".to_owned();', P, "the value"),
       "urlstr", "postgres://postgres:xFOu3e3POP8zjlRMgZ3TB2hS@nas.mynetwork.lan:55432/conn_test", check=[("urlstr", "xFOu3e3POP8zjlRMgZ3TB2hS")])
member(N, K, sn(K, R, 'conn_str = "postgres://user:pass@database.example/terraform_backend"', N, "the terraform backend setting"),
       "conn_str", "postgres://user:pass@database.example/terraform_backend")
member(N, K, sn(K, R, 'conn_str = "postgres://$DB_USER$:$DB_PASS$@database.example/terraform_backend"', N, "the terraform backend setting"),
       "conn_str", "postgres://$DB_USER$:$DB_PASS$@database.example/terraform_backend")
compose(N, K, sn(K, R, 'DATABASE_URL="postgresql://postgres:[YOUR-PASSWORD]@db.uzapyutenknggogexmmw.supabase.co:5432/postgres"', N, "an env line"),
        [("DATABASE_URL", "postgresql://postgres:[YOUR-PASSWORD]@db.uzapyutenknggogexmmw.supabase.co:5432/postgres")])
member(N, K, sn(K, R, '"postgres://<user>:<password>@<host>/<database>"', N, "a bare value under the neutral name `postgres`"),
       "postgres", "postgres://<user>:<password>@<host>/<database>")
raw(N, Y, K, sn(K, R, 'spec: containers: - env: - name: POSTGRES_CONNECTION_URI value: "postgresql://$(POSTGRES_USER):$(POSTGRES_PASSWORD)@..."', N, "as given"),
    'spec:\n  containers:\n    - env:\n      - name: POSTGRES_CONNECTION_URI\n'
    '        value: "postgresql://$(POSTGRES_USER):$(POSTGRES_PASSWORD)@$(POSTGRES_SERVER):$(POSTGRES_PORT)/$(POSTGRES_DATABASE)"')
raw(N, Y, K, sn(K, R, 'DATABASE_URL: "postgresql://${self:custom.db_credentials.username}:${self:custom.db_credentials.password}@..."', N, "as given"),
    'DATABASE_URL: "postgresql://${self:custom.db_credentials.username}:${self:custom.db_credentials.password}@${self:custom.db_host}:${self:custom.db_port}/blink?schema=public"')
member(N, K, sn(K, R, '"postgresql://{{user}}:{{password}}@{{host}}/{{database}}"', N, "a bare value under the neutral name `postgres`"),
       "postgres", "postgresql://{{user}}:{{password}}@{{host}}/{{database}}")
member(N, K, sn(K, R, '"postgresql+psycopg2://scott123:*****@host.name.com/dbname"', N, "a bare value under the neutral name `postgres`"),
       "postgres", "postgresql+psycopg2://scott123:*****@host.name.com/dbname")
compose(N, K, sn(K, R, "DATABASE_URL=postgres://postgres:hunter2@db:5432/freshlytics", N, "an env line"),
        [("DATABASE_URL", "postgres://postgres:hunter2@db:5432/freshlytics")], check=[("DATABASE_URL", "hunter2")])
member(N, K, sn(K, R, 'create_engine("postgresql+pg8000://scott:tiger@localhost/test", isolation_level="READ UNCOMMITTED")', N,
                "the engine URL under the neutral name `postgres`"), "postgres", "postgresql+pg8000://scott:tiger@localhost/test", check=[("postgres", "tiger")])
script(N, K, sn(K, R, "migrate -database 'postgres://postgres:letmein@localhost:5432/$(DATABASE)?sslmode=disable' -path $(MIGRATIONS_DIR) up", N, "the command"),
       "migrate -database 'postgres://postgres:letmein@localhost:5432/$(DATABASE)?sslmode=disable' -path $(MIGRATIONS_DIR) up", check=[("postgres", "letmein")])
R = "postgres-url-password-from-env-with-default"
raw(P, Y, K, sn(K, R, "environment: ... POSTGRES_MIGRATIONS_SOURCE: postgres://postgres:${POSTGRES_PASSWORD:-jXYI0No8q2aU3n3Y}@postgres:5432/...", P, "as given"),
    "environment:\n  PUBLIC_URL: http://localhost:${PROXY_PORT:-1337}\n  POSTGRES_MIGRATIONS: 1\n"
    "  POSTGRES_MIGRATIONS_SOURCE: postgres://postgres:${POSTGRES_PASSWORD:-jXYI0No8q2aU3n3Y}@postgres:5432/postgres?sslmode=disable",
    "4", check=[("POSTGRES_PASSWORD", "jXYI0No8q2aU3n3Y")])
raw(P, Y, K, sn(K, R, "DATABASE_URL: postgresql://${DB_USERNAME:-postgres}:${DB_PASSWORD:-Y6BV6IgbI51aEBH0}@${DB_HOST:-db}:...", P, "as given"),
    'OPENPROJECT_RAILS__RELATIVE__URL__ROOT: "${OPENPROJECT_RAILS__RELATIVE__URL__ROOT:-}"\n'
    "DATABASE_URL: postgresql://${DB_USERNAME:-postgres}:${DB_PASSWORD:-Y6BV6IgbI51aEBH0}@${DB_HOST:-db}:${DB_PORT:-5432}/${DB_DATABASE:-openproject}\n"
    "OPENPROJECT_EDITION: ${OPENPROJECT_EDITION:-standard}", "2", check=[("DB_PASSWORD", "Y6BV6IgbI51aEBH0")])
R = "postgres-env-pg_password-unquoted"
compose(N, K, sn(K, R, "PG_USER=postgres / PG_PASSWORD=password / PG_DB=postgres", N, "(the RSPEC example) env lines"),
        [("PG_USER", "postgres"), ("PG_PASSWORD", "password"), ("PG_DB", "postgres")], check=[("PG_PASSWORD", "password")])
raw(N, Y, K, sn(K, R, "environment: - PG_USER=<enter username> - PG_PASSWORD=<enter password> - PG_DB=postgres", N, "as given"),
    "environment:\n- PG_USER=<enter username>\n- PG_PASSWORD=<enter password>\n- PG_DB=postgres", check=[("PG_PASSWORD", "<enter password>")])
compose(P, K, sn(K, R, 'if [ "${PG_PASSWORD-}" == "" ]; then PG_PASSWORD=dev_DVwgY7H5p3QgiZQr3tCo5X; fi', P, "the assignment"),
        [("PG_PASSWORD", "dev_DVwgY7H5p3QgiZQr3tCo5X")], secret="PG_PASSWORD")
compose(N, K, sn(K, R, "PG_PASSWORD=`cat /dev/urandom | tr -dc 'a-zA-Z0-9' | fold -w 10 | head -n 1`", N, "an env line (the $(...) twin left out)"),
        [("PG_PASSWORD", "`cat /dev/urandom | tr -dc 'a-zA-Z0-9' | fold -w 10 | head -n 1`")])
compose(N, K, sn(K, R, "PG_USER=$DB_USER / PG_PASSWORD=$DB_PASS / PG_PORT=5436", N, "env lines"),
        [("PG_USER", "$DB_USER"), ("PG_PASSWORD", "$DB_PASS"), ("PG_PORT", "5436")], check=[("PG_PASSWORD", "$DB_PASS")])
compose(N, K, sn(K, R, "PG_USER=${PG_USER} / PG_PASSWORD=${PG_PASSWORD} / PG_DATABASE=${PG_DATABASE}", N, "env lines"),
        [("PG_USER", "${PG_USER}"), ("PG_PASSWORD", "${PG_PASSWORD}"), ("PG_DATABASE", "${PG_DATABASE}")], check=[("PG_PASSWORD", "${PG_PASSWORD}")])
compose(N, K, sn(K, R, 'PG_USER=env("PG_USER") / PG_PASSWORD=env("PG_PASSWORD") / PG_DATABASE=env("PG_DATABASE")', N,
                 "env lines (the os.getenv and os.environ twins are C# only)"),
        [("PG_USER", 'env("PG_USER")'), ("PG_PASSWORD", 'env("PG_PASSWORD")'), ("PG_DATABASE", 'env("PG_DATABASE")')])
R = "psql-cli-unquoted"
for value in ("password", "***", "${POSTGRES_PASSWORD}"):
    script(N, K, sn(K, R, f"PGPASSWORD={value} psql -h localhost", N, "the command"), f"PGPASSWORD={value} psql -h localhost", check=[("PGPASSWORD", value)])

# ---- mongodb.yaml ----
K = "mongodb"
R = "mongo-url"
conn(N, K, sn(K, R, 'conn_str = "mongo://user:pass@database.example/terraform_backend"', N, "the connection"),
     "conn_str", "mongo://user:pass@database.example/terraform_backend")
conn(P, K, sn(K, R, 'SqlSettingsDefaultDataSource = "mongodb+srv://mmuser:mostest@localhost/mattermost_test?sslmode=disable&..."', P, "the connection"),
     "SqlSettingsDefaultDataSource", "mongodb+srv://mmuser:mostest@localhost/mattermost_test?sslmode=disable&connect_timeout=10&binary_parameters=yes",
     check=[("mongodb", "mostest")], fmt=Y)
member(P, K, sn(K, R, 'fs.String("database-prefix", "mongodb://mongo:mongo_password_padded_for_security@localhost:27017/ocr2vrf-test", ...)', P, "the flag"),
       "database-prefix", "mongodb://mongo:mongo_password_padded_for_security@localhost:27017/ocr2vrf-test",
       check=[("password", "mongo_password_padded_for_security")])
members(P, K, sn(K, R, "driver: mongodb / dsn: mongodb://foouser:foopass@localhost:27017/testdb?sslmode=disable / table: footable", P, "as given"),
        [("driver", "mongodb"), ("dsn", "mongodb://foouser:foopass@localhost:27017/testdb?sslmode=disable"), ("table", "footable")], secret="dsn",
        fmt=Y, check=[("dsn", "foopass")])
compose(P, K, sn(K, R, "AIRFLOW_CONN_METADATA_DB=mongodb+srv://airflow:airflow@mongo:27017/airflow", P, "env lines"),
        [("AIRFLOW_CONN_METADATA_DB", "mongodb+srv://airflow:airflow@mongo:27017/airflow"), ("AIRFLOW_VAR__METADATA_DB_SCHEMA", "airflow")],
        secret="AIRFLOW_CONN_METADATA_DB")
conn(N, K, sn(K, R, 'CONNECTION_STRING=mongodb://user:#{azure-replacement-token}#@mongo.local:27017/database"', N, "the connection"),
     "CONNECTION_STRING", "mongodb://user:#{azure-replacement-token}#@mongo.local:27017/database")
R = "mongodb-cli-unquoted"
script(N, K, sn(K, R, "mongodump --host localhost --user $USER --password $PASSWORD", N, "the command"),
       "mongodump --host localhost --user $USER --password $PASSWORD", check=[("password", "$PASSWORD")])

# ---- redis.yaml / rabbitmq.yaml ----
K = "redis"
R = "redis-url"
for value in ("redis://foo:bar@127.0.0.1:5672/", "redis://example:**@127.0.0.1:5672/", "redis://example:{{vaul_variable_name}}@127.0.0.1:5672/",
              'redis://admin:#{ENV.fetch("ADMIN_PASSWORD")}@host:5672', "redis://admin:%s@host:5672", "redis://admin:$env{admin_pwd}@host"):
    member(N, K, sn(K, R, f'const REDISURL = "{value}"', N, "the constant"), "REDISURL", value)
member(P, K, sn(K, R, 'props.set("redis-url", "rediss://admin:awfasefsd@example.com:8080/example")', P, "the property"),
       "redis-url", "rediss://admin:awfasefsd@example.com:8080/example", check=[("redis-url", "awfasefsd")])
member(P, K, sn(K, R, 'const REDISURL = "redis://examplename:asd_nled9f@127.0.0.1:5672/"', P, "the constant"),
       "REDISURL", "redis://examplename:asd_nled9f@127.0.0.1:5672/", check=[("REDISURL", "asd_nled9f")])
raw(P, Y, K, sn(K, R, 'examples: ["redis://bob:saleneinasldeins@127.0.0.1:5672/%2f?timeout=10"]', P, "as given"),
    'examples: ["redis://bob:saleneinasldeins@127.0.0.1:5672/%2f?timeout=10"]', "1", check=[("examples", "saleneinasldeins")])
K = "rabbitmq"
R = "amqp-url"
for value in ("amqp://guest:guest@127.0.0.1:5672/", "amqp://user:password@127.0.0.1:5672/", "amqp://foo:bar@127.0.0.1:5672/",
              "amqp://example:**@127.0.0.1:5672/", "amqp://example:{{vaul_variable_name}}@127.0.0.1:5672/",
              'amqp://admin:#{ENV.fetch("ADMIN_PASSWORD")}@host:5672', "amqp://admin:%s@host:5672", "amqp://admin:$env{admin_pwd}@host"):
    member(N, K, sn(K, R, f'const MQURL = "{value}"', N, "the constant"), "MQURL", value)
member(P, K, sn(K, R, 'const MQURL = "amqp://examplename:asd_nled9f@127.0.0.1:5672/"', P, "the constant"),
       "MQURL", "amqp://examplename:asd_nled9f@127.0.0.1:5672/", check=[("MQURL", "asd_nled9f")])
raw(P, J, K, sn(K, R, 'examples: ["amqp://bob:saleneinasldeins@127.0.0.1:5672/%2f?timeout=10"]', P, "as an appsettings.json array"),
    '{\n  "examples": ["amqp://bob:saleneinasldeins@127.0.0.1:5672/%2f?timeout=10"]\n}', "2", check=[("examples", "saleneinasldeins")])

# ---- azure.yaml ----
K = "azure"
KEY = "4dVw+l0W8My+FwuZ08dWXn+gHxcmBtS7esLAQSrm6/Om3jeyUKKGMkfAh38kWZlItThQYsg31v23A0w/uVP4pg=="
member(P, K, sn(K, "azure-storage-account-keys-1", 'const accountKey = process.env.ACCOUNT_KEY || "4dVw+l0W8My+...uVP4pg=="', P, "the default key"),
       "accountKey", KEY)
member(N, K, sn(K, "azure-storage-account-keys-1", 'AccountKey = "BtS7esLAQSrm6/Om3jeyUKKGMkfAh38kWZlItThQYsg31v23A0w/uVP4pg==";', N, "the value"),
       "AccountKey", "BtS7esLAQSrm6/Om3jeyUKKGMkfAh38kWZlItThQYsg31v23A0w/uVP4pg==")
R = "azure-storage-account-keys-2"
conn(P, K, sn(K, R, 'connStr = "DefaultEndpointsProtocol=https;AccountName=testaccountname;AccountKey=4dVw+...=="', P, "the connection"),
     "connStr", f"DefaultEndpointsProtocol=https;AccountName=testaccountname;AccountKey={KEY}", check=[("AccountKey", KEY)])
conn(P, K, sn(K, R, 'connStr = "DefaultEndpointsProtocol=https;AccountName=testaccountname;AccountKey=4dVw+...==;EndpointSuffix=core.windows.net"', P,
              "the connection (listed twice by the peer: one case)"),
     "connStr", f"DefaultEndpointsProtocol=https;AccountName=testaccountname;AccountKey={KEY};EndpointSuffix=core.windows.net", check=[("AccountKey", KEY)], fmt=Y)
EMU = ["Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
       "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=="]
members(N, K, sn(K, R, 'connStr = "...AccountKey=Eby8vdM02x...==" / "...AccountKey=C2y6yDjf5/R+ob0N...==" (well-known emulator keys)', N,
                 "the two connections (named after the emulators)"),
        [("storageEmulator", f"DefaultEndpointsProtocol=https;AccountName=testaccountname;AccountKey={EMU[0]}"),
         ("cosmosEmulator", f"DefaultEndpointsProtocol=https;AccountName=testaccountname;AccountKey={EMU[1]}")], section="ConnectionStrings", fmt=J,
        check=[("AccountKey", EMU[0]), ("AccountKey", EMU[1])])
SUB = "efbb1a98f026d061464af685cd16dcd3"
R = "azure-subscription-keys"
members(P, K, sn(K, R, "headers={'Ocp-Apim-Subscription-Key': 'efbb1a98f026d061464af685cd16dcd3'}", P, "the header"),
        [("Ocp-Apim-Subscription-Key", SUB)], secret="Ocp-Apim-Subscription-Key", section="Headers", fmt=J)
member(P, K, sn(K, R, "new builder.LuisDialog('https://api.example.org/luis/v1/application?id=05487aa0-...&subscription-key=efbb1a98...')", P,
                "the URL under the neutral name `luis`"),
       "luis", f"https://api.example.org/luis/v1/application?id=05487aa0-3fcf-4cf6-97e7-7ac1a12537e1&subscription-key={SUB}", check=[("subscription-key", SUB)])
raw(N, J, K, sn(K, R, '"SonarService:OcpApimSubscriptionKey": "@Microsoft.KeyVault(SecretUri=https://example.vault.azure.net/secrets/...)"', N,
                "the first of the two lines, completed to an appsettings.json object"),
    '{\n  "SonarService:OcpApimSubscriptionKey": "@Microsoft.KeyVault(SecretUri=https://example.vault.azure.net/secrets/Some-Subscription-Key-Dev/e3e56868da48ab516b3538609ec2eb9b)"\n}')
members(P, K, sn(K, "azure-subscription-keys-context-url-before", 'const string OcrEndPointV1 = "https://eastasia.api.cognitive.microsoft.com/..."; const string VisionKey2 = "efbb..."', P, "the two constants"),
        [("OcrEndPointV1", "https://eastasia.api.cognitive.microsoft.com/vision/v2.0/ocr?detectOrientation=true&language="), ("VisionKey2", SUB)],
        secret="VisionKey2")
members(P, K, sn(K, "azure-subscription-keys-context-url-after", 'const string VisionKey2 = "efbb..."; const string OcrEndPointV2 = "https://eastasia.api.cognitive.microsoft.com/..."', P, "the two constants"),
        [("VisionKey2", SUB), ("OcrEndPointV2", "https://eastasia.api.cognitive.microsoft.com/vision/v2.0/ocr?detectOrientation=true&language=")],
        secret="VisionKey2")

# ---- azure-eventgrid.yaml ----
K = "eventgrid"
EG = "vobPdVO3kYZKwbnil2IsmyrR/gTYenN4vAZEGHUfhj8="
EGE = "https://secret-detection-in-event.westeurope-1.eventgrid.azure.net/api/events"
R = "azure-eventgrid-t2-access-keys"
members(P, K, sn(K, R, 'private const string topicEndpoint = "https://...eventgrid.azure.net/api/events"; private const string topicKey = "vobPdVO3...="', P,
                 "the two constants"), [("topicEndpoint", EGE), ("topicKey", EG)], secret="topicKey")
raw(P, Y, K, sn(K, R, 'topic_endpoint = "https://...eventgrid.azure.net/api/events"; headers = { "aeg-sas-key": "vobPdVO3...=", "Content-Type": "application/json" }', P,
                "as YAML members"),
    f"topic_endpoint: {EGE}\nheaders:\n  aeg-sas-key: {EG}\n  Content-Type: application/json", "3", check=[("aeg-sas-key", EG)])
R = "azure-eventgrid-t2-shared-access-secrets"
XSAS = "r=https%3a%2f%2fmytopic.eventgrid.azure.net%2fapi%2fevents&e=6%2f15%2f2017+6%3a20%3a15+PM&s=XXXXXXXXXXXXX%2fBPjdDLOrc6THPy3tDcGHw1zP4OajQ%3d"
members(N, K, sn(K, R, "aeg-sas-token: r=https%3a%2f%2fmytopic...&s=XXXXXXXXXXXXX%2f... / Authorization: SharedAccessSignature r=...", N, "the two headers"),
        [("aeg-sas-token", XSAS), ("Authorization", "SharedAccessSignature " + XSAS)], section="Headers", fmt=Y, check=[("aeg-sas-token", XSAS)])
SAS = "r=https%3a%2f%2fsecret-detection-in-event.westeurope-1.eventgrid.azure.net%2fapi%2fevents&e=1%2f1%2f0001+12%3a02%3a52+AM&s=gdcIr5dXR4dC3sNyK4Qree4XogaRma3YdtH7%2boCxSQo%3d"
members(P, K, sn(K, R, "Authorization: SharedAccessSignature r=https%3a%2f%2fsecret-detection-in-event...&s=gdcIr5dXR4dC3sNyK4Qree4XogaRma3YdtH7%2boCxSQo%3d", P,
                 "the header"), [("Authorization", "SharedAccessSignature " + SAS)], secret="Authorization", section="Headers", fmt=J,
        check=[("Authorization", SAS)])

# ---- azure-functions, azure-logic-app, azure-ml, azure-app-service, azure-bot-framework ----
K = "functions"
R = "azure-functions-api-key"
FK = "2PLqsO9INfpK8sgTS2BCsZXS6Dgzgz3bydKcq5TBcY8WAzFuqGlKRw=="
members(P, K, sn(K, R, "payload = {'code': '2PLqsO9I...==', 'key2': 'value2'}; requests.get('https://yourapp.azurewebsites.net/api/funcname', params=payload)", P,
                 "the URL and the payload"), [("url", "https://yourapp.azurewebsites.net/api/funcname"), ("code", FK), ("key2", "value2")], secret="code")
member(N, K, sn(K, R, '"integrity": "sha512-L3FQrFJOPMmQ6D5Ipw/...==" (package-lock.json)', N, "the member"),
       "integrity", "sha512-L3FQrFJOPMmQ6D5Ipw/JdtrNoZYBOL3/27Z1uhIDyxrCloeRK9i6QvzVz23tchjAy+m/j5oDxMPb1qcd8cIvpA==")
member(P, K, sn(K, R, "curl $'https://<yourapp>.azurewebsites.net/api/<funcname>?code=2PLqsO9I...%3D%3D'", P, "the URL under the neutral name `azureFunctions`"),
       "azureFunctions", "https://<yourapp>.azurewebsites.net/api/<funcname>?code=2PLqsO9INfpK8sgTS2BCsZXS6Dgzgz3bydKcq5TBcY8WAzFuqGlKRw%3D%3D",
       check=[("code", "2PLqsO9INfpK8sgTS2BCsZXS6Dgzgz3bydKcq5TBcY8WAzFuqGlKRw%3D%3D")])
K = "logicapp"
R = "azure-logic-app-t2-sas-url"
LA = "https://secret-detection-in-a-logic-app.azurewebsites.net:443/api/test-workflow/triggers/When_a_HTTP_request_is_received/invoke"
LS = "Z7tmu7HzMNJ7QpBP7SN8C_NlILsfS7Y0U2C4UgEWKaE"
raw(P, Y, K, sn(K, R, "url = '.../invoke'; params = {'api-version': '2022-05-01', 'sp': '/triggers/.../run', 'sv': '1.0', 'sig': 'Z7tmu7Hz...'}", P, "as YAML members"),
    f"url: {LA}\nparams:\n  api-version: '2022-05-01'\n  sp: /triggers/When_a_HTTP_request_is_received/run\n  sv: '1.0'\n  sig: {LS}", "6", check=[("sig", LS)])
script(P, K, sn(K, R, 'curl -G "https://...logic-app.azurewebsites.net:443/.../invoke" -d "api-version=2022-05-01" -d "sp=..." -d "sv=1.0" -d "sig=2btGXIiQ..."', P,
                "the command"),
       f'curl -G "{LA}" -d "api-version=2022-05-01" -d "sp=/triggers/When_a_HTTP_request_is_received/run" -d "sv=1.0" -d "sig=2btGXIiQ4ALe_jRboY9FJDoHXkEmXltecarJ-ajCfJ4"',
       check=[("sig", "2btGXIiQ4ALe_jRboY9FJDoHXkEmXltecarJ-ajCfJ4")])
member(P, K, sn(K, R, "curl $'https://...logic-app.../invoke?api-version=2022-05-01&sp=%2Ftriggers%2F...%2Frun&sv=1.0&sig=Z7tmu7Hz...'", P,
                "the URL under the neutral name `logicApp`"),
       "logicApp", f"{LA}?api-version=2022-05-01&sp=%2Ftriggers%2FWhen_a_HTTP_request_is_received%2Frun&sv=1.0&sig={LS}", check=[("sig", LS)])
member(N, K, sn(K, R, "curl $'https://...logic-app.../invoke?...&sig=some/very/long/string/enclosed/in/multiple/slashes'", N,
                "the URL under the neutral name `logicApp`"),
       "logicApp", f"{LA}?api-version=2022-05-01&sp=%2Ftriggers%2FWhen_a_HTTP_request_is_received%2Frun&sv=1.0&sig=some/very/long/string/enclosed/in/multiple/slashes",
       check=[("sig", "some/very/long/string/enclosed/in/multiple/slashes")])
compose(P, K, sn(K, R, "SAS_URL=https://secret-detection-in-logic-apps.azurewebsites.net:443/.../invoke?...&sig=sX7G-1GOf97z...", P,
                 "an env line (the first of five SAS_URL examples)"),
        [("SAS_URL", "https://secret-detection-in-logic-apps.azurewebsites.net:443/api/test-secrets/triggers/When_a_HTTP_request_is_received/invoke"
                     "?api-version=2022-05-01&sp=%2Ftriggers%2FWhen_a_HTTP_request_is_received%2Frun&sv=1.0&sig=sX7G-1GOf97z5AL3Yyyk9wk4GGniKK_kDJxvpLVl2so")],
        secret="SAS_URL", check=[("sig", "sX7G-1GOf97z5AL3Yyyk9wk4GGniKK_kDJxvpLVl2so")])
K = "ml"
R = "azure-ml-primsec-t2-key"
SCORE = "http://d93d04c2-2739-4bc1-96b6-33ac7e761719.westeurope.azurecontainer.io/score"
members(P, K, sn(K, R, "url = '.../score'; api_key = '2JcAqoFpeQZCXpiHFAHnCvLYbbSu51C5'", P, "the URL and the key"),
        [("url", SCORE), ("api_key", "2JcAqoFpeQZCXpiHFAHnCvLYbbSu51C5")], secret="api_key")
members(P, K, sn(K, R, 'const string apiKey = "HmkhQRRwTbvMIS5WiRzklSYb1EdakRxV"; client.BaseAddress = new Uri(".../score")', P, "the key and the address"),
        [("apiKey", "HmkhQRRwTbvMIS5WiRzklSYb1EdakRxV"), ("BaseAddress", SCORE)], secret="apiKey")
members(P, K, sn(K, R, 'api_key = "0mtNMWLZ6gfcOBUHUOLaaYq6hFjZmnFc"; curlPerform(url = ".../score", ...)', P, "the key and the URL"),
        [("api_key", "0mtNMWLZ6gfcOBUHUOLaaYq6hFjZmnFc"), ("url", SCORE)], secret="api_key")
raw(N, J, K, sn(K, R, 'MPerfectChecksumGreatestIsntitye = 0dd4f38331aaf1f9db598d3f120b9760; "model_id": "29fa6d6a2e7742b226b8f05738a6c046"; "text": ".../score\\n"', N,
                "as appsettings.json members"),
    '{\n  "MPerfectChecksumGreatestIsntitye": "0dd4f38331aaf1f9db598d3f120b9760",\n  "model_id": "29fa6d6a2e7742b226b8f05738a6c046",\n'
    '  "text": "http://anythingworks.eastus.azurecontainer.io/score\\n"\n}',
    check=[("MPerfectChecksumGreatestIsntitye", "0dd4f38331aaf1f9db598d3f120b9760"), ("model_id", "29fa6d6a2e7742b226b8f05738a6c046")])
K = "appservice"
R = "app-svc-t2-deployment-passwd"
members(P, K, sn(K, R, '<publishProfile ... publishUrl="...scm.azurewebsites.net:444" userName="$sample-secret-detection" userPWD="o9tBKqyl..." ...>', P,
                 "the profile's attributes"),
        [("publishUrl", "sample-secret-detection.scm.azurewebsites.net:444"), ("userName", "$sample-secret-detection"),
         ("userPWD", "o9tBKqylnMn2snB96hk5CMZbZkRhDJ1re5RiqzfdBjQytgTR4ly0M8ilEyfh"), ("controlPanelLink", "https://portal.azure.com")],
        secret="userPWD", section="publishProfile")
members(P, K, sn(K, R, '<publishData><publishProfile profileName="sample-secret-detection - Web Deploy" ... userPWD="6kkBCdit..." .../></publishData> (beautified)', P,
                 "the profile's attributes"),
        [("profileName", "sample-secret-detection - Web Deploy"), ("publishMethod", "MSDeploy"), ("publishUrl", "sample-secret-detection.scm.azurewebsites.net:443"),
         ("userName", "$sample-secret-detection"), ("userPWD", "6kkBCdit4ZTfs01By2RJjgRon9ly9yqetEBZhlz8MfDhn5qKrb5yhQRnMliM")],
        secret="userPWD", section="publishProfile")
K = "bot"
R = "azure-bot-secret"
members(P, K, sn(K, R, "requestGET https://webchat.botframework.com/api/tokens / Authorization: BotConnector JTYufYyH6Vg.TUabDiqd...", P, "the header"),
        [("Authorization", "BotConnector JTYufYyH6Vg.TUabDiqd9HmxgfQp2n0RsPLP58ciEUzQ_esCpiXeK5U")], secret="Authorization", section="Headers", fmt=J,
        check=[("BotConnector", "JTYufYyH6Vg.TUabDiqd9HmxgfQp2n0RsPLP58ciEUzQ_esCpiXeK5U")])
members(P, K, sn(K, R, "new DirectLine({ secret: 'JTYufYyH6Vg.ihxXKebb...' })", P, "the option"),
        [("secret", "JTYufYyH6Vg.ihxXKebb9A9y0hxbSUNMrZrsOt06wGFibEkoJCt2kMw")], secret="secret", section="DirectLine", fmt=Y)
members(P, K, sn(K, R, "POST https://directline.botframework.com/v3/directline/tokens/generate / Authorization: Bearer baLtB1JVCk4.LqlXlvaX...", P,
                 "the header (the JTYufYyH6Vg twin left out)"),
        [("Authorization", "Bearer baLtB1JVCk4.LqlXlvaXyKJsydd10KWoWFrFArq1RF1ZCXhFgPaibFY")], secret="Authorization", section="Headers", fmt=Y,
        check=[("Bearer", "baLtB1JVCk4.LqlXlvaXyKJsydd10KWoWFrFArq1RF1ZCXhFgPaibFY")])
compose(P, K, sn(K, R, "DIRECTLINE_TOKEN=Tk2U0YMuN9o.kacY-0CFlfHD...", P, "an env line (the first DIRECTLINE_TOKEN example)"),
        [("DIRECTLINE_TOKEN", "Tk2U0YMuN9o.kacY-0CFlfHDi2zYOYbmEPX5IU2u33EWa9iQjT6oLwc")], secret="DIRECTLINE_TOKEN")
member(P, K, sn(K, R, "<iframe src='https://europe.webchat.botframework.com/embed/SecretDetectionInBotFramework?s=JTYufYyH6Vg.x6PXQmNI...'>", P,
                "the URL under the neutral name `botFramework`"),
       "botFramework", "https://europe.webchat.botframework.com/embed/SecretDetectionInBotFramework?s=JTYufYyH6Vg.x6PXQmNIDgrXaSQM8Mk0lNnudWz7z9Qffn7B5qwTWn4",
       check=[("s", "JTYufYyH6Vg.x6PXQmNIDgrXaSQM8Mk0lNnudWz7z9Qffn7B5qwTWn4")])

# ---- advanced-security/secret-scanning-custom-patterns ----
raw(P, J, "connection_strings",
    "GitHub custom pattern database_connection_string_1, snapshot lines 2 and 4 of database/connection_strings.txt (`# Azure`, `# pscale`): the two "
    "connection strings under ConnectionStrings, named after the file's comments",
    '{\n  "ConnectionStrings": {\n'
    '    "Azure": "Data Source=tcp:aaa.database.windows.net,1433;Initial Catalog=bbb;Integrated Security=False;User ID=ccc@aaa;Password=ddd;",\n'
    '    "pscale": "server=127.0.0.1;uid=root;pwd=pscale_pw_fAagpYk49fh0rvL-Ag-7J3HMq6oXk7p1ObLDn4PLHO8;database=test"\n  }\n}', "3 4",
    check=[("Password", "ddd"), ("pwd", "pscale_pw_fAagpYk49fh0rvL-Ag-7J3HMq6oXk7p1ObLDn4PLHO8")])
MYSQL_COMPOSE = """version: '3.1'

services:
  db:
    image: mysql
    restart: always
    environment:
      MYSQL_ROOT_PASSWORD: SecretMySQLR00tPassword
      MYSQL_USER: wordpress
      # ISSUE
      MYSQL_PASSWORD: MySQLPassword

  adminer:
    image: adminer
    restart: always
    ports:
      - 8080:8080"""
raw(P, C, "mysql_compose", "GitHub custom pattern hardcoded_database_passwords: configs/mysql/docker-compose.yml re-typed as given, snapshot lines 8 and 11 labelled",
    MYSQL_COMPOSE, f"{line_of(MYSQL_COMPOSE, 'MYSQL_ROOT_PASSWORD')} {line_of(MYSQL_COMPOSE, 'MYSQL_PASSWORD: MySQLPassword')}",
    check=[("MYSQL_ROOT_PASSWORD", "SecretMySQLR00tPassword"), ("MYSQL_PASSWORD", "MySQLPassword")])
PG_COMPOSE = """version: '2.0'

services:
  webgoat:
    image: webgoat/webgoat-8.0
    user: webgoat
    environment:
      - WEBWOLF_HOST=webwolf
      - WEBWOLF_PORT=9090
      - spring.datasource.url=jdbc:postgresql://webgoat_db:5432/webgoat?user=webgoat&password=webgoat
      - spring.datasource.username=webgoat
      - spring.datasource.password=webgoat
      - spring.datasource.driver-class-name=org.postgresql.Driver
      - spring.jpa.properties.hibernate.dialect=org.hibernate.dialect.PostgreSQL94Dialect
      - webgoat.server.directory=/home/webgoat/.webgoat/
      - webgoat.user.directory=/home/webgoat/.webgoat/
    ports:
      - "8080:8080"
  webwolf:
    image: webgoat/webwolf
    environment:
      - spring.datasource.url=jdbc:postgresql://webgoat_db:5432/webgoat?user=webgoat&password=webgoat
      - spring.datasource.username=webgoat
      - spring.datasource.password=webgoat
      - spring.datasource.driver-class-name=org.postgresql.Driver
      - spring.jpa.properties.hibernate.dialect=org.hibernate.dialect.PostgreSQL94Dialect
    ports:
      - "9090:9090"
  webgoat_db:
    image: postgres:9.4
    environment:
      - POSTGRES_PASSWORD=webgoat
      - POSTGRES_USER=webgoat
      - POSTGRES_DB=webgoat
    ports:
      - "5432:5432\""""
_pw1 = line_of(PG_COMPOSE, "spring.datasource.password=webgoat")
_pw2 = line_of(PG_COMPOSE, "spring.datasource.password=webgoat", _pw1 + 1)
_url1 = line_of(PG_COMPOSE, "spring.datasource.url=")
_url2 = line_of(PG_COMPOSE, "spring.datasource.url=", _url1 + 1)
raw(P, C, "postgres_compose",
    "GitHub custom patterns hardcoded_spring_sql_passwords (snapshot line 14, the webgoat service's spring.datasource.password) and "
    "hardcoded_database_passwords (snapshot line 37, POSTGRES_PASSWORD): configs/postgres/docker-compose.yml re-typed without its two leading "
    "comment lines and the commented-out volume lines, those two lines labelled; the JDBC URL lines and the webwolf service's password line, "
    "in no snapshot, excluded",
    PG_COMPOSE, f"{_pw1} {line_of(PG_COMPOSE, 'POSTGRES_PASSWORD=webgoat')}", exclude=f"{_url1} {_url2} {_pw2}",
    check=[("spring.datasource.password", "webgoat"), ("POSTGRES_PASSWORD", "webgoat")])
EXAMPLE_YML = "main:\n  database:\n    username: wordpress\n    password: MySecureSecretPassword!"
raw(P, Y, "example_yml", "GitHub custom pattern yaml_static_password_fields: configs/example.yml re-typed as given (without its leading blank line), "
                         "snapshot line 5 (the password) labelled", EXAMPLE_YML, str(line_of(EXAMPLE_YML, "password:")),
    check=[("password", "MySecureSecretPassword!")])


if __name__ == "__main__":
    repeats = check_repeats(HERE, PAIRS)
    assert not repeats, repeats
    write_config_set(
        CASES,
        "config-secrets-11.txt",
        "# Held-out AKS2003 set 11: SonarSource/sonar-text secret-rule examples and GitHub secret-scanning custom-pattern test data "
        "(sources not used in sets 1-10), labelled by what the peer asserts before AKS2003 ran on them.",
        "# Format: README.md ('Configuration files, set 11'). Written by write_config_secrets_11.py (provenance and selection rules in set11_sources.py).",
        family=family,
        check_json=True,
    )

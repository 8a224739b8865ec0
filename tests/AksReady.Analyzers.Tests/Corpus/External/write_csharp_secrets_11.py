#!/usr/bin/env python3
"""Writes csharp-secrets-11.txt: the eleventh held-out C# secrets set (AKS2001/AKS2002), see README.md ('C# secrets, set 11').

Built on 2026-11-27 from main 29d7abf and committed with its measuring test before the rules were run on it (a blind
figure for the rules of 29d7abf). Sources used in no earlier set: the labelled `examples:` of SonarSource/sonar-text's
secret rule specifications (database and Azure providers) and the snapshot-labelled test data of
advanced-security/secret-scanning-custom-patterns. Selection rules, provenance and the repeat check are in
set11_sources.py; this script gives each peer example its .NET shape:

- a connection string or URI at the client that takes it (SqlConnection, an ODBC connection, MongoClient, a RabbitMQ
  ConnectionFactory Uri, BlobServiceClient; stubs) or, where .NET has no client taking that form (mysql://, postgres://,
  redis:// URIs, JDBC URLs), a local, field or constant with the peer's name;
- properties files, `driver/dsn/table` blocks and other key=value settings as an in-memory configuration
  (AddInMemoryCollection) with the peer's keys and values;
- environment-variable assignments (shell, Dockerfile ENV, compose `environment:`) as Environment.SetEnvironmentVariable,
  and a variable set for one command (PGPASSWORD=... psql) as ProcessStartInfo.Environment;
- command lines (mysql, mongo, psql, curl, migrate) as Process.Start with the peer's arguments;
- HTTP headers and query strings as HttpClient request headers (AuthenticationHeaderValue for an Authorization scheme)
  and QueryHelpers.AddQueryString;
- templates and concatenations as the C# interpolation, string.Format or concatenation that builds the same text from
  configuration or environment values; peer code that already is C# is re-typed in reduced form.

Labels are the peer's (containsSecret: true positive, false negative; a snapshot line positive), written before
AKS2001/AKS2002 ran on the set.
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from set11_sources import SONAR, GH, P, N, family, check_repeats, cs_string, cs_name  # noqa: E402
from csharp_set_writer import builders, write_csharp_set  # noqa: E402

CASES = []
case, local, member = builders(CASES)
PAIRS = []  # (name, value) of every labelled value, for the repeat check

ENV = "System.Environment.GetEnvironmentVariable"
SETENV = "System.Environment.SetEnvironmentVariable"
DICT = "System.Collections.Generic.Dictionary<string, string>"
HTTP = "var http = new System.Net.Http.HttpClient();"
AUTH = "System.Net.Http.Headers.AuthenticationHeaderValue"


def src(key):
    return SONAR[key] if key in SONAR else GH[key]


def sn(provider, rule, peer, label, how):
    """A note: the sonar-text rule, the peer text (shortened), its label and the .NET shape."""
    peer = peer.replace("|", "\u00a6")  # the set format keeps '|' for its header fields
    return f"sonar-text {provider} `{rule}` `{peer}` (containsSecret: {'true' if label == P else 'false'}), {how}"


def L(label, key, note, stmts, pairs=()):
    local(label, src(key), note, stmts)
    PAIRS.extend(pairs)


def M(label, key, note, members, pairs=()):
    member(label, src(key), note, members)
    PAIRS.extend(pairs)


def U(label, key, note, usings, stmts, pairs=()):
    """Statements in one method, with using directives before the class."""
    body = "\n".join("        " + s for s in stmts.strip("\n").split("\n"))
    head = "\n".join(f"using {u};" for u in usings)
    case(label, src(key), note, f"{head}\n\nclass Sample\n{{\n    void Run()\n    {{\n{body}\n    }}\n}}")
    PAIRS.extend(pairs)


def inmem(label, key, note, settings, pairs=()):
    """key=value settings as an in-memory configuration."""
    entries = "\n".join(f"        [{cs_string(k)}] = {cs_string(v)}," for k, v in settings)
    U(label, key, note, ["Microsoft.Extensions.Configuration"],
      f"var configuration = new ConfigurationBuilder()\n    .AddInMemoryCollection(new {DICT}\n    {{\n{entries}\n    }})\n    .Build();", pairs)


def setenv(label, key, note, variables, pairs=()):
    L(label, key, note, "\n".join(f"{SETENV}({cs_string(k)}, {cs_string(v)});" for k, v in variables), pairs)


def process(label, key, note, file, args, pairs=()):
    L(label, key, note, f"System.Diagnostics.Process.Start({cs_string(file)}, {cs_string(args)});", pairs)


# =====================================================================================================================
# sonar-text odbc.yaml (S6703): java-datasource-unquoted / -quoted, jdbc-connection-string, odbc-connection-string
# =====================================================================================================================
K = "odbc"
R = "java-datasource-unquoted"
inmem(N, K, sn(K, R, "spring.datasource.username=${DB_USER} / password=${DB_PASSWORD}", N, "as an in-memory configuration"),
      [("spring.datasource.url", "jdbc:postgresql://${DB_HOST}:${DB_PORT}/${DB_NAME}"), ("spring.datasource.username", "${DB_USER}"),
       ("spring.datasource.password", "${DB_PASSWORD}")], [("spring.datasource.password", "${DB_PASSWORD}")])
inmem(N, K, sn(K, R, "spring.datasource.username = xxx / password = xxx", N, "as an in-memory configuration"),
      [("spring.datasource.driverClassName", "com.microsoft.sqlserver.jdbc.SQLServerDriver"), ("spring.datasource.username", "xxx"),
       ("spring.datasource.password", "xxx")], [("spring.datasource.password", "xxx")])
inmem(P, K, sn(K, R, "spring.datasource.username=postgres / password=petclinic", P, "as an in-memory configuration"),
      [("spring.datasource.url", "jdbc:postgresql://localhost:5432/petclinic"), ("spring.datasource.username", "postgres"),
       ("spring.datasource.password", "petclinic"), ("spring.datasource.driver-class-name", "org.postgresql.Driver")],
      [("spring.datasource.password", "petclinic")])
inmem(P, K, sn(K, R, "spring.datasource.username = sa / password = ZVlrpkpFJ5ZTtOo0", P, "as an in-memory configuration"),
      [("spring.datasource.driverClassName", "org.h2.Driver"), ("spring.datasource.username", "sa"),
       ("spring.datasource.password", "ZVlrpkpFJ5ZTtOo0")], [("spring.datasource.password", "ZVlrpkpFJ5ZTtOo0")])
inmem(N, K, sn(K, R, 'spring.datasource.password={{`{{ secret "p@ssword" }}`}}', N, "as an in-memory configuration"),
      [("spring.datasource.username", '{{`{{ secret "user" }}`}}'), ("spring.datasource.password", '{{`{{ secret "p@ssword" }}`}}')],
      [("spring.datasource.password", '{{`{{ secret "p@ssword" }}`}}')])
inmem(N, K, sn(K, R, "spring.datasource.password=arn:aws:secretsmanager:...", N, "as an in-memory configuration"),
      [("spring.datasource.username", '{{`{{ secret "user" }}`}}'),
       ("spring.datasource.password", "arn:aws:secretsmanager:eu-west-2:660254676590:secret:dev/postgresql-WEHbH0")],
      [("spring.datasource.password", "arn:aws:secretsmanager:eu-west-2:660254676590:secret:dev/postgresql-WEHbH0")])
R = "java-datasource-quoted"
inmem(N, K, sn(K, R, 'spring.datasource.password="$NEW_DB_PASS"', N, "as an in-memory configuration"),
      [("spring.datasource.url", "jdbc:mariadb://$NEW_DB_HOST:$NEW_DB_PORT/$NEW_DB_NAME"), ("spring.datasource.username", "$NEW_DB_USER"),
       ("spring.datasource.password", "$NEW_DB_PASS")], [("spring.datasource.password", "$NEW_DB_PASS")])
inmem(N, K, sn(K, R, 'spring.datasource.username="root" / spring.datasource.password="password"', N, "as an in-memory configuration"),
      [("spring.datasource.url", "jdbc:mysql://localhost:3306/mydatabase"), ("spring.datasource.username", "root"),
       ("spring.datasource.password", "password"), ("spring.datasource.driver-class-name", "com.mysql.jdbc.Driver")],
      [("spring.datasource.password", "password")])
member(N, src(K), sn(K, R, 'param += " --spring.datasource.username=" + username + " --spring.datasource.password=" + password + ...', N,
                     "as the arguments of a child process"),
       'void Start(string username, string password, string url)\n{\n'
       '    var param = " --spring.datasource.username=" + username + " --spring.datasource.password=" + password + " --spring.datasource.url=" + url;\n'
       '    System.Diagnostics.Process.Start("java", "-jar app.jar" + param);\n}')
R = "jdbc-connection-string"
M(N, K, sn(K, R, "`jdbc:postgresql://${clone.db.host}:${clone.db.port}/DBNAME?user=${clone.db.username}&password=DBPASSWORD`", N,
           "as an interpolated string"),
  'string JdbcUrl(DbSettings db) => $"jdbc:postgresql://{db.Host}:{db.Port}/DBNAME?user={db.Username}&password=DBPASSWORD";',
  [("password", "DBPASSWORD")])
setenv(N, K, sn(K, R, 'MYSQL_DSN="jdbc:mysql://database-server?user=myuser&password=password&..." / POSTGRES_DSN=...', N,
                "as environment variables"),
       [("MYSQL_DSN", "jdbc:mysql://database-server?user=myuser&password=password&sql_mode=STRICT_TRANS_TABLES,NO_ENGINE_SUBSTITUTION&useSSL=false"),
        ("POSTGRES_DSN", "jdbc:postgresql://database-server/mydb?user=myuser&password=password")],
       [("MYSQL_DSN", "jdbc:mysql://database-server?user=myuser&password=password&sql_mode=STRICT_TRANS_TABLES,NO_ENGINE_SUBSTITUTION&useSSL=false")])
L(N, K, sn(K, R, '.option("url", "jdbc:postgresql://database-server/mrui?user=mrui&password=password")', N, "as a Spark reader option (stub)"),
  'var jdbcDF = new DataFrameReader()\n    .Format("jdbc")\n    .Option("url", "jdbc:postgresql://database-server/mrui?user=mrui&password=password")\n'
  '    .Option("query", "select 123")\n    .Load();', [("url", "jdbc:postgresql://database-server/mrui?user=mrui&password=password")])
M(N, K, sn(K, R, 'f"jdbc:mysql://localhost:3306/{d}?user={u}&password={p}"', N, "as an interpolated string"),
  'string ConnectionString(string d, string u, string p) => $"jdbc:mysql://localhost:3306/{d}?user={u}&password={p}";')
R = "odbc-connection-string"
M(N, K, sn(K, R, "conn = 'DRIVER = {};PORT = {};SERVER = {};DATABASE = {};UID = {};PWD = {}'.format(...) from self.configuration", N,
           "as string.Format from configuration values and an ODBC connection (stub)"),
  'OdbcConnection Connect(Microsoft.Extensions.Configuration.IConfiguration configuration)\n{\n'
  '    var conn = string.Format("DRIVER={0};PORT={1};SERVER={2};DATABASE={3};UID={4};PWD={5}",\n'
  '        configuration["driver"], configuration["port"], configuration["server"], configuration["example"], configuration["user"], configuration["password"]);\n'
  '    return new OdbcConnection(conn);\n}')
M(N, K, sn(K, R, "'DRIVER={IBM DB2 ODBC DRIVER}' . ';DATABASE=' . $this->_config['dbname'] . ... ';PWD=' . $this->_config['password']", N,
           "as a concatenation of configuration values"),
  'string Dsn(System.Collections.Generic.IDictionary<string, string> config) =>\n'
  '    "DRIVER={IBM DB2 ODBC DRIVER}" + ";DATABASE=" + config["dbname"] + ";HOSTNAME=" + config["host"] + ";PORT=" + config["port"]\n'
  '    + ";PROTOCOL=" + config["protocol"] + ";UID=" + config["username"] + ";PWD=" + config["password"] + ";";')
L(N, K, sn(K, R, '"DefaultConnection": "Server=tcp:url.windows.example.com,1433;...User ID={EXAMPLE_USER};Password={PASSWORD_HERE};..."', N,
           "as a SqlConnection (stub)"),
  'var connection = new SqlConnection("Server=tcp:url.windows.example.com,1433;Initial Catalog=sql-example;Persist Security Info=False;'
  'User ID={EXAMPLE_USER};Password={PASSWORD_HERE};MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=60;");',
  [("Password", "{PASSWORD_HERE}")])
M(N, K, sn(K, R, 'fmt.Sprintf("server=%s;database=%s;user id=%s;password=%s;", ..., dsInfo.DecryptedSecureJSONData["password"])', N,
           "as string.Format"),
  'SqlConnection Open(DataSourceInfo dsInfo, string host) => new SqlConnection(string.Format("server={0};database={1};user id={2};password={3};",\n'
  '    host, dsInfo.Database, dsInfo.User, dsInfo.DecryptedSecureJsonData["password"]));')
L(N, K, sn(K, R, 'connectionString="server=database-server;database=monotest;user id=monotester;password=PLACEHOLDER;"', N,
           "as a SqlConnection (stub)"),
  'var connection = new SqlConnection("server=database-server;database=monotest;user id=monotester;password=PLACEHOLDER;");',
  [("password", "PLACEHOLDER")])
M(N, K, sn(K, R, 'String.format("server=database-server;uid=user;pwd=%s;database=ProductionData", System.getenv("DB_PASSWORD"))', N,
           "(the RSPEC compliant example) as string.Format"),
  f'public static string ConnectionString = string.Format("server=database-server;uid=user;pwd={{0}};database=ProductionData", {ENV}("DB_PASSWORD"));')
M(N, K, sn(K, R, 'WriterConnectionString => $"Data Source={configuration[...]};...;password={configuration["ShopGoPassword"]};..."', N,
           "re-typed (C# already)"),
  'private readonly Microsoft.Extensions.Configuration.IConfiguration configuration;\n\n'
  'private string WriterConnectionString => $"Data Source={configuration["SQLServerHostWriter"]};Initial Catalog={configuration["ShopGoDatabase"]};'
  'user id={configuration["ShopGoUserName"]};password={configuration["ShopGoPassword"]};Max Pool Size=1000;Encrypt=False";')
M(P, K, sn(K, R, 'WriterConnectionString => $"Data Source={configuration[...]};...;password=3GGb62XfnnlbKpHr;..."', P, "re-typed (C# already)"),
  'private readonly Microsoft.Extensions.Configuration.IConfiguration configuration;\n\n'
  'private string WriterConnectionString => $"Data Source={configuration["SQLServerHostWriter"]};Initial Catalog={configuration["ShopGoDatabase"]};'
  'user id={configuration["ShopGoUserName"]};password=3GGb62XfnnlbKpHr;Max Pool Size=1000;Encrypt=False";',
  [("password", "3GGb62XfnnlbKpHr")])
setenv(P, K, sn(K, R, 'env: OrchardCore__ConnectionString: "server=database-server;uid=root;pwd=3GGb62XfnnlbKpHr;database=test"', P,
                "as environment variables"),
       [("OrchardCore__ConnectionString", "server=database-server;uid=root;pwd=3GGb62XfnnlbKpHr;database=test"),
        ("OrchardCore__DatabaseProvider", "MySql")], [("pwd", "3GGb62XfnnlbKpHr")])
M(N, K, sn(K, R, "f\"Driver={{ODBC Driver 18 for SQL Server}};\" f\"Server={os.environ.get('DATABASE_HOST')};\" ... f\"PWD={os.environ.get('DATABASE_PASS')};\"",
           N, "as an interpolated string of environment values and an ODBC connection (stub)"),
  f'OdbcConnection Connect() => new OdbcConnection(\n    "Driver={{ODBC Driver 18 for SQL Server}};"\n    + $"Server={{{ENV}("DATABASE_HOST")}};"\n'
  f'    + $"Database={{{ENV}("DATABASE_NAME")}};"\n    + $"UID={{{ENV}("DATABASE_UID")}};"\n    + $"PWD={{{ENV}("DATABASE_PASS")}};");')
setenv(N, K, sn(K, R, 'environment: "ConnectionStrings__DefaultConnection": "Server=rockpaperscissors-sql,1433;...;User Id=SA;Password=;..."', N,
                "as an environment variable"),
       [("ConnectionStrings__DefaultConnection", "Server=rockpaperscissors-sql,1433;Database=RockPaperScissorsBoom;User Id=SA;Password=;Encrypt=False;"
                                                 "Persist Security Info=False;trusted_connection=False")])
L(N, K, sn(K, R, '"ApplicationDBContext": "Server=127.0.0.1;User ID=sa;Password=<YourStrong@Passw0rd>;Initial Catalog=PortChooser;..."', N,
           "as a SqlConnection (stub)"),
  'var connection = new SqlConnection("Server=127.0.0.1;User ID=sa;Password=<YourStrong@Passw0rd>;Initial Catalog=PortChooser;TrustServerCertificate=true;");',
  [("Password", "<YourStrong@Passw0rd>")])
L(N, K, sn(K, R, 'connectionString="Data Source=localhost;Initial Catalog={CONFIGURE_ME};User ID={CONFIGURE_ME};Password={CONFIGURE_ME}"', N,
           "as a SqlConnection (stub)"),
  'var connection = new SqlConnection("Data Source=localhost;Initial Catalog={CONFIGURE_ME};User ID={CONFIGURE_ME};Password={CONFIGURE_ME}");',
  [("Password", "{CONFIGURE_ME}")])
L(P, K, sn(K, R, "'DRIVER={ODBC Driver 17 for SQL Server};SERVER=host.docker.internal;DATABASE=bikes;Uid=SA;Pwd=reallyStrongPwd123'", P,
           "as an ODBC connection (stub)"),
  'var connection = new OdbcConnection("DRIVER={ODBC Driver 17 for SQL Server};SERVER=host.docker.internal;DATABASE=bikes;Uid=SA;Pwd=reallyStrongPwd123");',
  [("Pwd", "reallyStrongPwd123")])

# =====================================================================================================================
# sonar-text mysql.yaml (S6697 family): mysql-url, mysql-env-pg-password-unquoted, mysql-cli-unquoted
# =====================================================================================================================
K = "mysql"
R = "mysql-url"
M(N, K, sn(K, R, 'conn_str = "mysql://user:pass@database.example/terraform_backend"', N, "as a constant"),
  'const string conn_str = "mysql://user:pass@database.example/terraform_backend";', [("conn_str", "mysql://user:pass@database.example/terraform_backend")])
M(N, K, sn(K, R, 'fmt.Sprintf("mysql://%s:%s@%s:%s/%s?%s", url.PathEscape(dbUser), url.PathEscape(dbPasswd), ...)', N,
           "as string.Format with Uri.EscapeDataString"),
  'string ConnStr(string dbUser, string dbPasswd, string host, string port, string dbName, string dbParam) =>\n'
  '    string.Format("mysql://{0}:{1}@{2}:{3}/{4}?{5}", System.Uri.EscapeDataString(dbUser), System.Uri.EscapeDataString(dbPasswd), host, port, dbName, dbParam);')
M(N, K, sn(K, R, "newConfig.DATABASE_URL = `mysql://${encodedUser}:${encodedPassword}@${newConfig.POSTHOG_MYSQL_HOST}:...`", N,
           "as an interpolated string of configuration values"),
  'string DatabaseUrl(Microsoft.Extensions.Configuration.IConfiguration newConfig)\n{\n'
  '    var encodedUser = System.Uri.EscapeDataString(newConfig["POSTHOG_DB_USER"]);\n'
  '    var encodedPassword = System.Uri.EscapeDataString(newConfig["POSTHOG_DB_PASSWORD"]);\n'
  '    return $"mysql://{encodedUser}:{encodedPassword}@{newConfig["POSTHOG_MYSQL_HOST"]}:{newConfig["POSTHOG_MYSQL_PORT"]}/{newConfig["POSTHOG_DB_NAME"]}";\n}')
M(P, K, sn(K, R, 'SqlSettingsDefaultDataSource = "mysql://mmuser:mostest@localhost/mattermost_test?connect_timeout=10"', P, "as a field"),
  'string SqlSettingsDefaultDataSource = "mysql://mmuser:mostest@localhost/mattermost_test?connect_timeout=10";', [("mysql", "mostest")])
M(P, K, sn(K, R, 'fs.String("database-prefix", "mysql://mysql:mysql_password_padded_for_security@localhost:3306/ocr2vrf-test", ...)', P,
           "as an option default"),
  'public string DatabasePrefix { get; set; } = "mysql://mysql:mysql_password_padded_for_security@localhost:3306/ocr2vrf-test";',
  [("password", "mysql_password_padded_for_security")])
inmem(P, K, sn(K, R, "driver: mysql / dsn: mysql://foouser:foopass@localhost:3306/testdb?connect_timeout=10 / table: footable", P,
               "as an in-memory configuration"),
      [("driver", "mysql"), ("dsn", "mysql://foouser:foopass@localhost:3306/testdb?connect_timeout=10"), ("table", "footable")],
      [("dsn", "foopass")])
setenv(P, K, sn(K, R, "AIRFLOW_CONN_METADATA_DB=mysql+mysqldb://airflow:airflow@mysql:3306/airflow", P, "as environment variables"),
       [("AIRFLOW_CONN_METADATA_DB", "mysql+mysqldb://airflow:airflow@mysql:3306/airflow"), ("AIRFLOW_VAR__METADATA_DB_SCHEMA", "airflow")],
       [("AIRFLOW_CONN_METADATA_DB", "mysql+mysqldb://airflow:airflow@mysql:3306/airflow")])
R = "mysql-env-pg-password-unquoted"
setenv(N, K, sn(K, R, "MYSQL_USER=mysql / MYSQL_PASSWORD=password / MYSQL_DB=mysql", N, "as environment variables"),
       [("MYSQL_USER", "mysql"), ("MYSQL_PASSWORD", "password"), ("MYSQL_DB", "mysql")], [("MYSQL_PASSWORD", "password")])
setenv(N, K, sn(K, R, "environment: - MYSQL_USER=<enter username> - MYSQL_PASSWORD=<enter password>", N, "as environment variables"),
       [("MYSQL_USER", "<enter username>"), ("MYSQL_PASSWORD", "<enter password>"), ("MYSQL_DB", "mysql")], [("MYSQL_PASSWORD", "<enter password>")])
setenv(N, K, sn(K, R, "MYSQL_USER=$DB_USER / MYSQL_PASSWORD=$DB_PASS / MYSQL_PORT=5436", N, "as environment variables"),
       [("MYSQL_USER", "$DB_USER"), ("MYSQL_PASSWORD", "$DB_PASS"), ("MYSQL_PORT", "5436")], [("MYSQL_PASSWORD", "$DB_PASS")])
setenv(N, K, sn(K, R, "MYSQL_PASSWORD=$(cat /dev/urandom | tr -dc 'a-zA-Z0-9' | fold -w 10 | head -n 1)", N, "as an environment variable"),
       [("MYSQL_PASSWORD", "$(cat /dev/urandom | tr -dc 'a-zA-Z0-9' | fold -w 10 | head -n 1)")])
setenv(N, K, sn(K, R, "ENV MYSQL_USER=${MYSQL_USER} / ENV MYSQL_PASSWORD=${MYSQL_PASSWORD} / ENV MYSQL_DATABASE=${MYSQL_DATABASE}", N,
                "as environment variables"),
       [("MYSQL_USER", "${MYSQL_USER}"), ("MYSQL_PASSWORD", "${MYSQL_PASSWORD}"), ("MYSQL_DATABASE", "${MYSQL_DATABASE}")],
       [("MYSQL_PASSWORD", "${MYSQL_PASSWORD}")])
L(P, K, sn(K, R, 'if [ "${MYSQL_PASSWORD-}" == "" ]; then MYSQL_PASSWORD=dev_DVwgY7H5p3QgiZQr3tCo5X; fi', P, "as a conditional environment variable"),
  f'if (string.IsNullOrEmpty({ENV}("MYSQL_PASSWORD")))\n{{\n    {SETENV}("MYSQL_PASSWORD", "dev_DVwgY7H5p3QgiZQr3tCo5X");\n}}',
  [("MYSQL_PASSWORD", "dev_DVwgY7H5p3QgiZQr3tCo5X")])
R = "mysql-cli-unquoted"
process(N, K, sn(K, R, "mysqladmin -hlocalhost -uroot -ppassword", N, "as Process.Start"), "mysqladmin", "-hlocalhost -uroot -ppassword",
        [("-p", "password")])
process(N, K, sn(K, R, "mysqladmin -h localhost -u root -p${PASSWORD}", N, "as Process.Start"), "mysqladmin", "-h localhost -u root -p${PASSWORD}",
        [("-p", "${PASSWORD}")])

# =====================================================================================================================
# sonar-text postgresql.yaml (S6698): postgres-url, postgres-url-password-from-env-with-default, postgres-env-pg_password-unquoted,
# psql-cli-unquoted
# =====================================================================================================================
K = "postgresql"
R = "postgres-url"
M(P, K, sn(K, R, 'uri = "postgres://foouser:myV5w41fxsbz88Xo@example.com/testdb"', P, "(the RSPEC noncompliant example) as a field"),
  'string uri = "postgres://foouser:myV5w41fxsbz88Xo@example.com/testdb";', [("uri", "myV5w41fxsbz88Xo")])
M(N, K, sn(K, R, 'user = os.environ["PG_USER"]; password = os.environ["PG_PASSWORD"]; uri = f"postgres://{user}:{password}@example.com/testdb"', N,
           "(the RSPEC compliant example) as environment reads and an interpolated string"),
  f'string Uri()\n{{\n    var user = {ENV}("PG_USER");\n    var password = {ENV}("PG_PASSWORD");\n    return $"postgres://{{user}}:{{password}}@example.com/testdb";\n}}')
M(P, K, sn(K, R, 'SqlSettingsDefaultDataSource = "postgres://mmuser:zBB5Z2LHt54EmREh@localhost/mattermost_test?sslmode=disable&..."', P, "as a constant"),
  'const string SqlSettingsDefaultDataSource = "postgres://mmuser:zBB5Z2LHt54EmREh@localhost/mattermost_test?sslmode=disable&connect_timeout=10&binary_parameters=yes";',
  [("postgres", "zBB5Z2LHt54EmREh")])
M(P, K, sn(K, R, 'fs.String("database-prefix", "postgres://postgres:szcU1ar2ZEUCU4gga9ovxyV6@localhost:5432/ocr2vrf-test", ...)', P,
           "as an option default"),
  'public string DatabasePrefix { get; set; } = "postgres://postgres:szcU1ar2ZEUCU4gga9ovxyV6@localhost:5432/ocr2vrf-test";',
  [("postgres", "szcU1ar2ZEUCU4gga9ovxyV6")])
inmem(P, K, sn(K, R, "driver: postgres / dsn: postgres://foouser:myV5w41fxsbz88Xo@localhost:5432/testdb?sslmode=disable / table: footable", P,
               "as an in-memory configuration"),
      [("driver", "postgres"), ("dsn", "postgres://foouser:myV5w41fxsbz88Xo@localhost:5432/testdb?sslmode=disable"), ("table", "footable")],
      [("dsn", "myV5w41fxsbz88Xo")])
setenv(P, K, sn(K, R, "AIRFLOW_CONN_METADATA_DB=postgres+psycopg2://airflow:airflow@postgres:5432/airflow", P, "as environment variables"),
       [("AIRFLOW_CONN_METADATA_DB", "postgres+psycopg2://airflow:airflow@postgres:5432/airflow"), ("AIRFLOW_VAR__METADATA_DB_SCHEMA", "airflow")],
       [("AIRFLOW_CONN_METADATA_DB", "postgres+psycopg2://airflow:airflow@postgres:5432/airflow")])
L(P, K, sn(K, R, 'let urlstr = "postgres://postgres:xFOu3e3POP8zjlRMgZ3TB2hS@nas.mynetwork.lan:55432/conn_test".to_owned();', P, "as a local"),
  'var urlstr = "postgres://postgres:xFOu3e3POP8zjlRMgZ3TB2hS@nas.mynetwork.lan:55432/conn_test";', [("urlstr", "xFOu3e3POP8zjlRMgZ3TB2hS")])
L(N, K, sn(K, R, 'Regex regex("(postgis://.*:)(.*)(@.*)");', N, "as a Regex (the multi-line postgres:// twin left out)"),
  'var regex = new System.Text.RegularExpressions.Regex("(postgis://.*:)(.*)(@.*)");')
M(N, K, sn(K, R, 'assert_equal "postgres://test:test@#{@host}:#{@port}/test", @container.database_url', N, "as an interpolated expected value"),
  'bool ReturnsTheDefaultDatabaseUrl(string host, int port, string databaseUrl) => $"postgres://test:test@{host}:{port}/test" == databaseUrl;',
  [("postgres", "test")])
M(N, K, sn(K, R, 'conn_str = "postgres://user:pass@database.example/terraform_backend"', N, "as a constant"),
  'const string conn_str = "postgres://user:pass@database.example/terraform_backend";')
M(N, K, sn(K, R, 'conn_str = "postgres://$DB_USER$:$DB_PASS$@database.example/terraform_backend"', N, "as a constant"),
  'const string conn_str = "postgres://$DB_USER$:$DB_PASS$@database.example/terraform_backend";')
setenv(N, K, sn(K, R, 'DATABASE_URL="postgresql://postgres:[YOUR-PASSWORD]@db.uzapyutenknggogexmmw.supabase.co:5432/postgres"', N,
                "as an environment variable"),
       [("DATABASE_URL", "postgresql://postgres:[YOUR-PASSWORD]@db.uzapyutenknggogexmmw.supabase.co:5432/postgres")])
M(N, K, sn(K, R, '"postgres://<user>:<password>@<host>/<database>"', N, "as a constant with a neutral name"),
  'const string postgres = "postgres://<user>:<password>@<host>/<database>";')
M(N, K, sn(K, R, 'fmt.Sprintf("postgres://%s:%s@:%s/%s%ssslmode=%s&host=%s", url.PathEscape(dbUser), url.PathEscape(dbPasswd), ...)', N,
           "as string.Format (the `%v` twin and the Hanami/JS templates left out)"),
  'string ConnStr(string dbUser, string dbPasswd, string port, string dbName, string dbParam, string dbsslMode, string host) =>\n'
  '    string.Format("postgres://{0}:{1}@:{2}/{3}{4}sslmode={5}&host={6}", System.Uri.EscapeDataString(dbUser), System.Uri.EscapeDataString(dbPasswd), port, dbName, dbParam, dbsslMode, host);')
setenv(N, K, sn(K, R, 'env: - name: POSTGRES_CONNECTION_URI value: "postgresql://$(POSTGRES_USER):$(POSTGRES_PASSWORD)@$(POSTGRES_SERVER):..."', N,
                "as an environment variable"),
       [("POSTGRES_CONNECTION_URI", "postgresql://$(POSTGRES_USER):$(POSTGRES_PASSWORD)@$(POSTGRES_SERVER):$(POSTGRES_PORT)/$(POSTGRES_DATABASE)")])
setenv(N, K, sn(K, R, 'DATABASE_URL: "postgresql://${self:custom.db_credentials.username}:${self:custom.db_credentials.password}@..."', N,
                "as an environment variable"),
       [("DATABASE_URL", "postgresql://${self:custom.db_credentials.username}:${self:custom.db_credentials.password}@${self:custom.db_host}:${self:custom.db_port}/blink?schema=public")])
M(N, K, sn(K, R, 'string url = $"postgresql://{user}:{password}@{host}/{database}";', N, "re-typed (C# already)"),
  'string Url(string user, string password, string host, string database)\n{\n    string url = $"postgresql://{user}:{password}@{host}/{database}";\n    return url;\n}')
M(N, K, sn(K, R, "create_engine(f\"postgresql://neylsoncrepalde:{os.environ['PGPASS']}@database-igti...rds.amazonaws.com:5432/postgres\")", N,
           "as an interpolated string with an environment read (stub engine)"),
  f'object Engine() => SqlEngine.Create($"postgresql://neylsoncrepalde:{{{ENV}("PGPASS")}}@database-igti.cfowiwu0gidv.us-east-2.rds.amazonaws.com:5432/postgres");')
M(N, K, sn(K, R, '"postgresql://{{user}}:{{password}}@{{host}}/{{database}}"', N, "as a constant with a neutral name (the vault {{{{username}}}} twin left out)"),
  'const string postgres = "postgresql://{{user}}:{{password}}@{{host}}/{{database}}";')
M(N, K, sn(K, R, '"postgresql+psycopg2://scott123:*****@host.name.com/dbname"', N, "as a constant with a neutral name"),
  'const string postgres = "postgresql+psycopg2://scott123:*****@host.name.com/dbname";')
M(N, K, sn(K, R, 'dbconn="postgresql+psycopg2://"+str(conn_login)+":"+str(conn_password)+"@"+str(conn_host)+...', N,
           "as a concatenation (the p_engine and .format twins left out)"),
  'string DbConn(string conn_login, string conn_password, string conn_host, int conn_port, string conn_schema) =>\n'
  '    "postgresql+psycopg2://" + conn_login + ":" + conn_password + "@" + conn_host + ":" + conn_port + "/" + conn_schema;')
M(N, K, sn(K, R, 'sb.WriteString("postgres://"); sb.WriteString($db_username); sb.WriteString(":"); sb.WriteString($db_password); ...', N,
           "as a StringBuilder"),
  'string Build(string db_username, string db_password)\n{\n    var sb = new System.Text.StringBuilder();\n    sb.Append("postgres://");\n'
  '    sb.Append(db_username);\n    sb.Append(":");\n    sb.Append(db_password);\n    sb.Append("@");\n    sb.Append("localhost:5432");\n'
  '    return sb.ToString();\n}')
setenv(N, K, sn(K, R, "DATABASE_URL=postgres://postgres:hunter2@db:5432/freshlytics", N, "as an environment variable"),
       [("DATABASE_URL", "postgres://postgres:hunter2@db:5432/freshlytics")], [("DATABASE_URL", "hunter2")])
L(N, K, sn(K, R, 'create_engine("postgresql+pg8000://scott:tiger@localhost/test", isolation_level="READ UNCOMMITTED")', N,
           "as a stub engine"),
  'var engine = SqlEngine.Create("postgresql+pg8000://scott:tiger@localhost/test", isolationLevel: "READ UNCOMMITTED");', [("postgres", "tiger")])
process(N, K, sn(K, R, "migrate -database 'postgres://postgres:letmein@localhost:5432/$(DATABASE)?sslmode=disable' -path $(MIGRATIONS_DIR) up", N,
                 "as Process.Start"),
        "migrate", "-database 'postgres://postgres:letmein@localhost:5432/$(DATABASE)?sslmode=disable' -path $(MIGRATIONS_DIR) up", [("postgres", "letmein")])
R = "postgres-url-password-from-env-with-default"
setenv(P, K, sn(K, R, "POSTGRES_MIGRATIONS_SOURCE: postgres://postgres:${POSTGRES_PASSWORD:-jXYI0No8q2aU3n3Y}@postgres:5432/postgres?sslmode=disable",
                P, "as environment variables"),
       [("PUBLIC_URL", "http://localhost:${PROXY_PORT:-1337}"), ("POSTGRES_MIGRATIONS", "1"),
        ("POSTGRES_MIGRATIONS_SOURCE", "postgres://postgres:${POSTGRES_PASSWORD:-jXYI0No8q2aU3n3Y}@postgres:5432/postgres?sslmode=disable")],
       [("POSTGRES_PASSWORD", "jXYI0No8q2aU3n3Y")])
setenv(P, K, sn(K, R, "DATABASE_URL: postgresql://${DB_USERNAME:-postgres}:${DB_PASSWORD:-Y6BV6IgbI51aEBH0}@${DB_HOST:-db}:...", P,
                "as an environment variable"),
       [("DATABASE_URL", "postgresql://${DB_USERNAME:-postgres}:${DB_PASSWORD:-Y6BV6IgbI51aEBH0}@${DB_HOST:-db}:${DB_PORT:-5432}/${DB_DATABASE:-openproject}")],
       [("DB_PASSWORD", "Y6BV6IgbI51aEBH0")])
R = "postgres-env-pg_password-unquoted"
setenv(N, K, sn(K, R, "PG_USER=postgres / PG_PASSWORD=password / PG_DB=postgres", N, "(the RSPEC example) as environment variables"),
       [("PG_USER", "postgres"), ("PG_PASSWORD", "password"), ("PG_DB", "postgres")], [("PG_PASSWORD", "password")])
setenv(N, K, sn(K, R, "environment: - PG_USER=<enter username> - PG_PASSWORD=<enter password> - PG_DB=postgres", N, "as environment variables"),
       [("PG_USER", "<enter username>"), ("PG_PASSWORD", "<enter password>"), ("PG_DB", "postgres")], [("PG_PASSWORD", "<enter password>")])
L(P, K, sn(K, R, 'if [ "${PG_PASSWORD-}" == "" ]; then PG_PASSWORD=dev_DVwgY7H5p3QgiZQr3tCo5X; fi', P, "as a conditional environment variable"),
  f'if (string.IsNullOrEmpty({ENV}("PG_PASSWORD")))\n{{\n    {SETENV}("PG_PASSWORD", "dev_DVwgY7H5p3QgiZQr3tCo5X");\n}}',
  [("PG_PASSWORD", "dev_DVwgY7H5p3QgiZQr3tCo5X")])
setenv(N, K, sn(K, R, "PG_PASSWORD=`cat /dev/urandom | tr -dc 'a-zA-Z0-9' | fold -w 10 | head -n 1`", N,
                "as an environment variable (the $(...) twin left out)"),
       [("PG_PASSWORD", "`cat /dev/urandom | tr -dc 'a-zA-Z0-9' | fold -w 10 | head -n 1`")])
setenv(N, K, sn(K, R, "PG_USER=$DB_USER / PG_PASSWORD=$DB_PASS / PG_PORT=5436", N, "as environment variables"),
       [("PG_USER", "$DB_USER"), ("PG_PASSWORD", "$DB_PASS"), ("PG_PORT", "5436")], [("PG_PASSWORD", "$DB_PASS")])
setenv(N, K, sn(K, R, "PG_USER=${PG_USER} / PG_PASSWORD=${PG_PASSWORD} / PG_DATABASE=${PG_DATABASE}", N, "as environment variables"),
       [("PG_USER", "${PG_USER}"), ("PG_PASSWORD", "${PG_PASSWORD}"), ("PG_DATABASE", "${PG_DATABASE}")], [("PG_PASSWORD", "${PG_PASSWORD}")])
M(N, K, sn(K, R, 'PG_USER=env("PG_USER") / PG_PASSWORD=env("PG_PASSWORD") / PG_DATABASE=env("PG_DATABASE")', N, "as configuration reads"),
  'void Read(Microsoft.Extensions.Configuration.IConfiguration configuration)\n{\n    var PG_USER = configuration["PG_USER"];\n'
  '    var PG_PASSWORD = configuration["PG_PASSWORD"];\n    var PG_DATABASE = configuration["PG_DATABASE"];\n}')
L(N, K, sn(K, R, 'PG_USER=os.getenv("PG_USER") / PG_PASSWORD=os.getenv("PG_PASSWORD") / ...', N, "as environment reads (the os.environ twin left out)"),
  f'var PG_USER = {ENV}("PG_USER");\nvar PG_PASSWORD = {ENV}("PG_PASSWORD");\nvar PG_DATABASE = {ENV}("PG_DATABASE");')
R = "psql-cli-unquoted"
for value in ("password", "***", "${POSTGRES_PASSWORD}"):
    L(N, K, sn(K, R, f"PGPASSWORD={value} psql -h localhost", N, "as ProcessStartInfo.Environment"),
      f'var psi = new System.Diagnostics.ProcessStartInfo("psql", "-h localhost");\npsi.Environment["PGPASSWORD"] = {cs_string(value)};\n'
      'System.Diagnostics.Process.Start(psi);', [("PGPASSWORD", value)])

# =====================================================================================================================
# sonar-text mongodb.yaml (S6694): mongo-url, mongodb-cli-unquoted
# =====================================================================================================================
K = "mongodb"
R = "mongo-url"
L(N, K, sn(K, R, 'conn_str = "mongo://user:pass@database.example/terraform_backend"', N, "as a MongoClient (stub)"),
  'var client = new MongoClient("mongo://user:pass@database.example/terraform_backend");')
M(N, K, sn(K, R, 'fmt.Sprintf("mongodb://%s:%s@:%s/%s%ssslmode=%s&host=%s", url.PathEscape(dbUser), url.PathEscape(dbPasswd), ...)', N,
           "as string.Format and a MongoClient (the JS template twin left out)"),
  'MongoClient Connect(string dbUser, string dbPasswd, string port, string dbName, string dbParam, string dbsslMode, string host) =>\n'
  '    new MongoClient(string.Format("mongodb://{0}:{1}@:{2}/{3}{4}sslmode={5}&host={6}", System.Uri.EscapeDataString(dbUser), System.Uri.EscapeDataString(dbPasswd), port, dbName, dbParam, dbsslMode, host));')
L(P, K, sn(K, R, 'SqlSettingsDefaultDataSource = "mongodb+srv://mmuser:mostest@localhost/mattermost_test?sslmode=disable&..."', P, "as a MongoClient (stub)"),
  'var client = new MongoClient("mongodb+srv://mmuser:mostest@localhost/mattermost_test?sslmode=disable&connect_timeout=10&binary_parameters=yes");',
  [("mongodb", "mostest")])
M(P, K, sn(K, R, 'fs.String("database-prefix", "mongodb://mongo:mongo_password_padded_for_security@localhost:27017/ocr2vrf-test", ...)', P,
           "as an option default"),
  'public string DatabasePrefix { get; set; } = "mongodb://mongo:mongo_password_padded_for_security@localhost:27017/ocr2vrf-test";',
  [("password", "mongo_password_padded_for_security")])
inmem(P, K, sn(K, R, "driver: mongodb / dsn: mongodb://foouser:foopass@localhost:27017/testdb?sslmode=disable / table: footable", P,
               "as an in-memory configuration"),
      [("driver", "mongodb"), ("dsn", "mongodb://foouser:foopass@localhost:27017/testdb?sslmode=disable"), ("table", "footable")], [("dsn", "foopass")])
setenv(P, K, sn(K, R, "AIRFLOW_CONN_METADATA_DB=mongodb+srv://airflow:airflow@mongo:27017/airflow", P, "as environment variables"),
       [("AIRFLOW_CONN_METADATA_DB", "mongodb+srv://airflow:airflow@mongo:27017/airflow"), ("AIRFLOW_VAR__METADATA_DB_SCHEMA", "airflow")],
       [("AIRFLOW_CONN_METADATA_DB", "mongodb+srv://airflow:airflow@mongo:27017/airflow")])
setenv(N, K, sn(K, R, 'CONNECTION_STRING=mongodb://user:#{azure-replacement-token}#@mongo.local:27017/database"', N, "as an environment variable"),
       [("CONNECTION_STRING", "mongodb://user:#{azure-replacement-token}#@mongo.local:27017/database")])
R = "mongodb-cli-unquoted"
process(N, K, sn(K, R, "mongodump --host localhost --user $USER --password $PASSWORD", N, "as Process.Start"),
        "mongodump", "--host localhost --user $USER --password $PASSWORD", [("password", "$PASSWORD")])

# =====================================================================================================================
# sonar-text redis.yaml (S6739) and rabbitmq.yaml (S6736): redis-url, amqp-url
# =====================================================================================================================
K = "redis"
R = "redis-url"
for value in ("redis://foo:bar@127.0.0.1:5672/", "redis://example:**@127.0.0.1:5672/", "redis://example:{{vaul_variable_name}}@127.0.0.1:5672/",
              'redis://admin:#{ENV.fetch("ADMIN_PASSWORD")}@host:5672', "redis://admin:%s@host:5672", "redis://admin:$env{admin_pwd}@host"):
    M(N, K, sn(K, R, f'const REDISURL = "{value}"', N, "as a constant"), f"const string REDISURL = {cs_string(value)};", [("REDISURL", value)])
L(N, K, sn(K, R, 'props.set("redis-url", "rediss://"+System.getenv("REDIS_CREDENTIALS")+"@example.com:8080/example")', N,
           "as a settings dictionary entry"),
  f'var props = new {DICT}();\nprops["redis-url"] = "rediss://" + {ENV}("REDIS_CREDENTIALS") + "@example.com:8080/example";')
L(P, K, sn(K, R, 'props.set("redis-url", "rediss://admin:awfasefsd@example.com:8080/example")', P, "as a settings dictionary entry"),
  f'var props = new {DICT}();\nprops["redis-url"] = "rediss://admin:awfasefsd@example.com:8080/example";', [("redis-url", "awfasefsd")])
M(P, K, sn(K, R, 'const REDISURL = "redis://examplename:asd_nled9f@127.0.0.1:5672/"', P, "as a constant"),
  'const string REDISURL = "redis://examplename:asd_nled9f@127.0.0.1:5672/";', [("REDISURL", "asd_nled9f")])
M(P, K, sn(K, R, 'examples: ["redis://bob:saleneinasldeins@127.0.0.1:5672/%2f?timeout=10"]', P, "as a string array"),
  'static readonly string[] examples = { "redis://bob:saleneinasldeins@127.0.0.1:5672/%2f?timeout=10" };', [("examples", "saleneinasldeins")])

K = "rabbitmq"
R = "amqp-url"
for value in ("amqp://guest:guest@127.0.0.1:5672/", "amqp://user:password@127.0.0.1:5672/", "amqp://foo:bar@127.0.0.1:5672/",
              "amqp://example:**@127.0.0.1:5672/", "amqp://example:{{vaul_variable_name}}@127.0.0.1:5672/",
              'amqp://admin:#{ENV.fetch("ADMIN_PASSWORD")}@host:5672', "amqp://admin:%s@host:5672", "amqp://admin:$env{admin_pwd}@host"):
    M(N, K, sn(K, R, f'const MQURL = "{value}"', N, "as a constant and a RabbitMQ ConnectionFactory (stub)"),
      f"const string MQURL = {cs_string(value)};\n\nConnectionFactory Factory() => new ConnectionFactory {{ Uri = new System.Uri(MQURL) }};",
      [("MQURL", value)])
L(N, K, sn(K, R, 'props.set("amqp-url", "amqps://"+System.getenv("AMQP_CREDENTIALS")+"@example.com:8080/example")', N,
           "as a RabbitMQ ConnectionFactory (stub)"),
  f'var factory = new ConnectionFactory {{ Uri = new System.Uri("amqps://" + {ENV}("AMQP_CREDENTIALS") + "@example.com:8080/example") }};')
M(P, K, sn(K, R, 'const MQURL = "amqp://examplename:asd_nled9f@127.0.0.1:5672/"', P, "as a constant and a RabbitMQ ConnectionFactory (stub)"),
  'const string MQURL = "amqp://examplename:asd_nled9f@127.0.0.1:5672/";\n\nConnectionFactory Factory() => new ConnectionFactory { Uri = new System.Uri(MQURL) };',
  [("MQURL", "asd_nled9f")])
L(P, K, sn(K, R, 'examples: ["amqp://bob:saleneinasldeins@127.0.0.1:5672/%2f?timeout=10"]', P, "as a RabbitMQ ConnectionFactory (stub)"),
  'var factory = new ConnectionFactory { Uri = new System.Uri("amqp://bob:saleneinasldeins@127.0.0.1:5672/%2f?timeout=10") };',
  [("amqp", "saleneinasldeins")])

# =====================================================================================================================
# sonar-text azure.yaml (S6338 storage account keys, S6684 subscription keys)
# =====================================================================================================================
K = "azure"
KEY = "4dVw+l0W8My+FwuZ08dWXn+gHxcmBtS7esLAQSrm6/Om3jeyUKKGMkfAh38kWZlItThQYsg31v23A0w/uVP4pg=="
R = "azure-storage-account-keys-1"
L(P, K, sn(K, R, 'const accountKey = process.env.ACCOUNT_KEY || "4dVw+l0W8My+...uVP4pg=="; new StorageSharedKeyCredential(account, accountKey)', P,
           "as a default after an environment read, a StorageSharedKeyCredential and a BlobServiceClient (stubs)"),
  f'var account = {ENV}("ACCOUNT_NAME") ?? "accountname";\nvar accountKey = {ENV}("ACCOUNT_KEY") ?? {cs_string(KEY)};\n'
  'var sharedKeyCredential = new StorageSharedKeyCredential(account, accountKey);\n'
  'var blobServiceClient = new BlobServiceClient(new System.Uri($"https://{account}.blob.core.windows.net"), sharedKeyCredential);',
  [("accountKey", KEY)])
M(N, K, sn(K, R, 'AccountKey = "BtS7esLAQSrm6/Om3jeyUKKGMkfAh38kWZlItThQYsg31v23A0w/uVP4pg==";', N, "as a field (a value too short for a key)"),
  'string AccountKey = "BtS7esLAQSrm6/Om3jeyUKKGMkfAh38kWZlItThQYsg31v23A0w/uVP4pg==";',
  [("AccountKey", "BtS7esLAQSrm6/Om3jeyUKKGMkfAh38kWZlItThQYsg31v23A0w/uVP4pg==")])
R = "azure-storage-account-keys-2"
L(P, K, sn(K, R, 'connStr = "DefaultEndpointsProtocol=https;AccountName=testaccountname;AccountKey=4dVw+...=="', P, "as a BlobServiceClient (stub)"),
  f'var connStr = "DefaultEndpointsProtocol=https;AccountName=testaccountname;AccountKey={KEY}";\nvar client = new BlobServiceClient(connStr);',
  [("AccountKey", KEY)])
L(P, K, sn(K, R, 'connStr = "DefaultEndpointsProtocol=https;AccountName=testaccountname;AccountKey=4dVw+...==;EndpointSuffix=core.windows.net"', P,
           "as a BlobServiceClient (stub; the peer lists this example twice: one case)"),
  f'var client = new BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=testaccountname;AccountKey={KEY};EndpointSuffix=core.windows.net");',
  [("AccountKey", KEY)])
EMU = ["Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
       "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=="]
L(N, K, sn(K, R, "connStr = \"...AccountKey=Eby8vdM02x...==\" / \"...AccountKey=C2y6yDjf5/R+ob0N...==\" (well-known emulator keys)", N,
           "as two BlobServiceClients (stub)"),
  f'var storage = new BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=testaccountname;AccountKey={EMU[0]}");\n'
  f'var cosmos = new BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=testaccountname;AccountKey={EMU[1]}");',
  [("AccountKey", EMU[0]), ("AccountKey", EMU[1])])
SUB = "efbb1a98f026d061464af685cd16dcd3"
R = "azure-subscription-keys"
L(P, K, sn(K, R, "headers={'Ocp-Apim-Subscription-Key': 'efbb1a98f026d061464af685cd16dcd3'}", P, "as a request header"),
  f'{HTTP}\nhttp.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "{SUB}");', [("Ocp-Apim-Subscription-Key", SUB)])
L(P, K, sn(K, R, "new builder.LuisDialog('https://api.example.org/luis/v1/application?id=05487aa0-...&subscription-key=efbb1a98...')", P, "as a GET"),
  f'{HTTP}\n_ = http.GetAsync("https://api.example.org/luis/v1/application?id=05487aa0-3fcf-4cf6-97e7-7ac1a12537e1&subscription-key={SUB}");',
  [("subscription-key", SUB)])
inmem(N, K, sn(K, R, '"SonarService:OcpApimSubscriptionKey": "@Microsoft.KeyVault(SecretUri=https://example.vault.azure.net/secrets/...)"', N,
               "as an in-memory configuration (the first of the two lines)"),
      [("SonarService:OcpApimSubscriptionKey", "@Microsoft.KeyVault(SecretUri=https://example.vault.azure.net/secrets/Some-Subscription-Key-Dev/e3e56868da48ab516b3538609ec2eb9b)")])
M(P, K, sn(K, "azure-subscription-keys-context-url-before", 'const string OcrEndPointV1 = "https://eastasia.api.cognitive.microsoft.com/..."; const string VisionKey2 = "efbb..."', P,
           "re-typed (C# already)"),
  'const string OcrEndPointV1 = "https://eastasia.api.cognitive.microsoft.com/vision/v2.0/ocr?detectOrientation=true&language=";\n'
  f'const string VisionKey2 = "{SUB}";', [("VisionKey2", SUB)])
M(P, K, sn(K, "azure-subscription-keys-context-url-after", 'const string VisionKey2 = "efbb..."; const string OcrEndPointV2 = "https://eastasia.api.cognitive.microsoft.com/..."', P,
           "re-typed (C# already)"),
  f'const string VisionKey2 = "{SUB}";\n'
  'const string OcrEndPointV2 = "https://eastasia.api.cognitive.microsoft.com/vision/v2.0/ocr?detectOrientation=true&language=";', [("VisionKey2", SUB)])

# =====================================================================================================================
# sonar-text azure-eventgrid.yaml (S7011)
# =====================================================================================================================
K = "eventgrid"
EG = "vobPdVO3kYZKwbnil2IsmyrR/gTYenN4vAZEGHUfhj8="
EGE = "https://secret-detection-in-event.westeurope-1.eventgrid.azure.net/api/events"
R = "azure-eventgrid-t2-access-keys"
M(P, K, sn(K, R, 'private const string topicKey = "vobPdVO3...="; new TopicCredentials(topicKey)', P, "re-typed (C# already; stubs)"),
  f'private const string topicEndpoint = "{EGE}";\nprivate const string topicKey = "{EG}";\n\n'
  'public static void Main()\n{\n    TopicCredentials topicCredentials = new TopicCredentials(topicKey);\n    EventGridClient client = new EventGridClient(topicCredentials);\n}',
  [("topicKey", EG)])
L(P, K, sn(K, R, 'headers = { "aeg-sas-key": "vobPdVO3...=", ... }; requests.post(topic_endpoint, headers=headers, ...)', P, "as a request header"),
  f'{HTTP}\nhttp.DefaultRequestHeaders.Add("aeg-sas-key", "{EG}");\n_ = http.PostAsync("{EGE}", new System.Net.Http.StringContent("[]"));',
  [("aeg-sas-key", EG)])
L(P, K, sn(K, R, 'access_key="vobPdVO3...="; curl -X POST -H "aeg-sas-key: $access_key" ... $topic_endpoint', P, "as a local and a request header"),
  f'var topic_endpoint = "https://<topic-name>.<region>-1.eventgrid.azure.net/api/events";\nvar access_key = "{EG}";\n{HTTP}\n'
  'http.DefaultRequestHeaders.Add("aeg-sas-key", access_key);\n_ = http.PostAsync(topic_endpoint, new System.Net.Http.StringContent("[]"));',
  [("access_key", EG)])
M(P, K, sn(K, R, 'Console.WriteLine(BuildSharedAccessSignature("https://...eventgrid.azure.net/api/events", new DateTime(1720826990), "vobPdVO3...="))', P,
           "re-typed (C# already, reduced)"),
  f'public static void Main()\n{{\n    System.Console.WriteLine(BuildSharedAccessSignature("{EGE}", new System.DateTime(1720826990), "{EG}"));\n}}\n\n'
  'static string BuildSharedAccessSignature(string resource, System.DateTime expirationUtc, string key)\n{\n'
  '    using var hmac = new System.Security.Cryptography.HMACSHA256(System.Convert.FromBase64String(key));\n'
  '    var unsignedSas = $"r={System.Uri.EscapeDataString(resource)}&e={System.Uri.EscapeDataString(expirationUtc.ToString())}";\n'
  '    return unsignedSas + "&s=" + System.Uri.EscapeDataString(System.Convert.ToBase64String(hmac.ComputeHash(System.Text.Encoding.UTF8.GetBytes(unsignedSas))));\n}',
  [("key", EG)])
R = "azure-eventgrid-t2-shared-access-secrets"
XSAS = "r=https%3a%2f%2fmytopic.eventgrid.azure.net%2fapi%2fevents&e=6%2f15%2f2017+6%3a20%3a15+PM&s=XXXXXXXXXXXXX%2fBPjdDLOrc6THPy3tDcGHw1zP4OajQ%3d"
L(N, K, sn(K, R, "aeg-sas-token: r=https%3a%2f%2fmytopic...&s=XXXXXXXXXXXXX%2f... / Authorization: SharedAccessSignature r=...", N,
           "as request headers"),
  f'{HTTP}\nhttp.DefaultRequestHeaders.Add("aeg-sas-token", "{XSAS}");\n'
  f'http.DefaultRequestHeaders.Authorization = new {AUTH}("SharedAccessSignature", "{XSAS}");', [("aeg-sas-token", XSAS)])
SAS = "r=https%3a%2f%2fsecret-detection-in-event.westeurope-1.eventgrid.azure.net%2fapi%2fevents&e=1%2f1%2f0001+12%3a02%3a52+AM&s=gdcIr5dXR4dC3sNyK4Qree4XogaRma3YdtH7%2boCxSQo%3d"
L(P, K, sn(K, R, "Authorization: SharedAccessSignature r=https%3a%2f%2fsecret-detection-in-event...&s=gdcIr5dXR4dC3sNyK4Qree4XogaRma3YdtH7%2boCxSQo%3d", P,
           "as an Authorization header"),
  f'{HTTP}\nhttp.DefaultRequestHeaders.Authorization = new {AUTH}("SharedAccessSignature", "{SAS}");', [("Authorization", SAS)])
SAS2 = ("r=https%3A%2F%2Fsonar-topic.westus-2.eventgrid.azure.net%2Fapi%2Fevents%3FapiVersion%3D2018-01-01&e=1%2F1%2F2020%2012%3A00%3A00%20AM"
        "&s=qLCNAAYzNrRMIOyVOgJSKxiJZbJFWrNPvw2Oo4QYXDv%3D")
M(P, K, sn(K, R, 'sig = await generateSharedAccessSignature(topicUrl, new AzureKeyCredential(key), ...); assert.equal(sig, "r=https%3A%2F%2Fsonar-topic...&s=qLCN...%3D")', P,
           "as the expected value of a comparison (stub generator)"),
  'bool GeneratesTheExpectedSignature(string topicUrl, string key)\n{\n'
  '    var sig = EventGridSas.GenerateSharedAccessSignature(topicUrl, new AzureKeyCredential(key), new System.DateTimeOffset(2020, 1, 1, 0, 0, 0, System.TimeSpan.Zero));\n'
  f'    return sig == "{SAS2}";\n}}', [("sig", SAS2)])

# =====================================================================================================================
# sonar-text azure-functions.yaml (S7003), azure-logic-app.yaml (S7008), azure-ml.yaml (S7022), azure-app-service.yaml (S7001),
# azure-bot-framework.yaml (S7017)
# =====================================================================================================================
K = "functions"
R = "azure-functions-api-key"
FK = "2PLqsO9INfpK8sgTS2BCsZXS6Dgzgz3bydKcq5TBcY8WAzFuqGlKRw=="
U(P, K, sn(K, R, "payload = {'code': '2PLqsO9I...==', 'key2': 'value2'}; requests.get('https://yourapp.azurewebsites.net/api/funcname', params=payload)", P,
           "as QueryHelpers.AddQueryString and a GET (the params={'code': ...} twin left out)"),
  ["Microsoft.AspNetCore.WebUtilities"],
  f'var payload = new {DICT} {{ ["code"] = "{FK}", ["key2"] = "value2" }};\n{HTTP}\n'
  '_ = http.GetAsync(QueryHelpers.AddQueryString("https://yourapp.azurewebsites.net/api/funcname", payload));', [("code", FK)])
L(N, K, sn(K, R, '"integrity": "sha512-L3FQrFJOPMmQ6D5Ipw/...==" (package-lock.json)', N, "as a local"),
  'var integrity = "sha512-L3FQrFJOPMmQ6D5Ipw/JdtrNoZYBOL3/27Z1uhIDyxrCloeRK9i6QvzVz23tchjAy+m/j5oDxMPb1qcd8cIvpA==";',
  [("integrity", "sha512-L3FQrFJOPMmQ6D5Ipw/JdtrNoZYBOL3/27Z1uhIDyxrCloeRK9i6QvzVz23tchjAy+m/j5oDxMPb1qcd8cIvpA==")])
L(P, K, sn(K, R, "curl $'https://<yourapp>.azurewebsites.net/api/<funcname>?code=2PLqsO9I...%3D%3D'", P, "as a GET"),
  f'{HTTP}\n_ = http.GetAsync("https://<yourapp>.azurewebsites.net/api/<funcname>?code=2PLqsO9INfpK8sgTS2BCsZXS6Dgzgz3bydKcq5TBcY8WAzFuqGlKRw%3D%3D");',
  [("code", "2PLqsO9INfpK8sgTS2BCsZXS6Dgzgz3bydKcq5TBcY8WAzFuqGlKRw%3D%3D")])

K = "logicapp"
R = "azure-logic-app-t2-sas-url"
LA = "https://secret-detection-in-a-logic-app.azurewebsites.net:443/api/test-workflow/triggers/When_a_HTTP_request_is_received/invoke"
LS = "Z7tmu7HzMNJ7QpBP7SN8C_NlILsfS7Y0U2C4UgEWKaE"
U(P, K, sn(K, R, "params = {'api-version': '2022-05-01', 'sp': '/triggers/.../run', 'sv': '1.0', 'sig': 'Z7tmu7Hz...'}; requests.get(url, params=params)", P,
           "as QueryHelpers.AddQueryString and a GET (the axios twin left out)"),
  ["Microsoft.AspNetCore.WebUtilities"],
  f'var url = "{LA}";\nvar parameters = new {DICT}\n{{\n    ["api-version"] = "2022-05-01",\n    ["sp"] = "/triggers/When_a_HTTP_request_is_received/run",\n'
  f'    ["sv"] = "1.0",\n    ["sig"] = "{LS}",\n}};\n{HTTP}\n_ = http.GetAsync(QueryHelpers.AddQueryString(url, parameters));', [("sig", LS)])
L(P, K, sn(K, R, 'WebClient client; NameValueCollection params; params.Add("sig", "Z7tmu7Hz..."); client.DownloadString(url + "?" + ...)', P,
           "re-typed (C# already, reduced)"),
  f'#pragma warning disable SYSLIB0014\nvar client = new System.Net.WebClient();\nstring url = "{LA}";\n'
  'var parameters = new System.Collections.Specialized.NameValueCollection();\nparameters.Add("api-version", "2022-05-01");\n'
  'parameters.Add("sp", "/triggers/When_a_HTTP_request_is_received/run");\nparameters.Add("sv", "1.0");\n'
  f'parameters.Add("sig", "{LS}");\nclient.QueryString = parameters;\nstring response = client.DownloadString(url);', [("sig", LS)])
process(P, K, sn(K, R, 'curl -G "https://...logic-app.azurewebsites.net:443/.../invoke" -d "api-version=2022-05-01" -d "sp=..." -d "sv=1.0" -d "sig=2btGXIiQ..."', P,
                 "as Process.Start (the second curl -G example left out)"),
        "curl", f'-G "{LA}" -d "api-version=2022-05-01" -d "sp=/triggers/When_a_HTTP_request_is_received/run" -d "sv=1.0" -d "sig=2btGXIiQ4ALe_jRboY9FJDoHXkEmXltecarJ-ajCfJ4"',
        [("sig", "2btGXIiQ4ALe_jRboY9FJDoHXkEmXltecarJ-ajCfJ4")])
L(P, K, sn(K, R, "curl $'https://...logic-app.azurewebsites.net:443/.../invoke?api-version=2022-05-01&sp=%2Ftriggers%2F...%2Frun&sv=1.0&sig=Z7tmu7Hz...'", P, "as a GET"),
  f'{HTTP}\n_ = http.GetAsync("{LA}?api-version=2022-05-01&sp=%2Ftriggers%2FWhen_a_HTTP_request_is_received%2Frun&sv=1.0&sig={LS}");', [("sig", LS)])
L(N, K, sn(K, R, "curl $'https://...logic-app.../invoke?api-version=2022-05-01&sp=...&sv=1.0&sig=some/very/long/string/enclosed/in/multiple/slashes'", N, "as a GET"),
  f'{HTTP}\n_ = http.GetAsync("{LA}?api-version=2022-05-01&sp=%2Ftriggers%2FWhen_a_HTTP_request_is_received%2Frun&sv=1.0&sig=some/very/long/string/enclosed/in/multiple/slashes");',
  [("sig", "some/very/long/string/enclosed/in/multiple/slashes")])
SASURL = ("https://secret-detection-in-logic-apps.azurewebsites.net:443/api/test-secrets/triggers/When_a_HTTP_request_is_received/invoke"
          "?api-version=2022-05-01&sp=%2Ftriggers%2FWhen_a_HTTP_request_is_received%2Frun&sv=1.0&sig=sX7G-1GOf97z5AL3Yyyk9wk4GGniKK_kDJxvpLVl2so")
setenv(P, K, sn(K, R, "SAS_URL=https://secret-detection-in-logic-apps.azurewebsites.net:443/.../invoke?...&sig=sX7G-1GOf97z...", P,
                "as an environment variable (the first of five SAS_URL examples)"), [("SAS_URL", SASURL)], [("sig", "sX7G-1GOf97z5AL3Yyyk9wk4GGniKK_kDJxvpLVl2so")])

K = "ml"
R = "azure-ml-primsec-t2-key"
SCORE = "http://d93d04c2-2739-4bc1-96b6-33ac7e761719.westeurope.azurecontainer.io/score"
L(P, K, sn(K, R, "url = '.../score'; api_key = '2JcAqoFpeQZCXpiHFAHnCvLYbbSu51C5'; headers = {..., 'Authorization':('Bearer' + api_key)}", P,
           "as a local and an Authorization header"),
  f'var url = "{SCORE}";\nvar api_key = "2JcAqoFpeQZCXpiHFAHnCvLYbbSu51C5";\n{HTTP}\n'
  f'http.DefaultRequestHeaders.Authorization = new {AUTH}("Bearer", api_key);\n'
  '_ = http.PostAsync(url, new System.Net.Http.StringContent("{}", System.Text.Encoding.UTF8, "application/json"));',
  [("api_key", "2JcAqoFpeQZCXpiHFAHnCvLYbbSu51C5")])
L(P, K, sn(K, R, 'const string apiKey = "HmkhQRRwTbvMIS5WiRzklSYb1EdakRxV"; client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);', P,
           "re-typed (C# already, reduced)"),
  'using var client = new System.Net.Http.HttpClient();\nconst string apiKey = "HmkhQRRwTbvMIS5WiRzklSYb1EdakRxV";\n'
  'if (string.IsNullOrEmpty(apiKey))\n{\n    throw new System.Exception("A key should be provided to invoke the endpoint");\n}\n'
  f'client.DefaultRequestHeaders.Authorization = new {AUTH}("Bearer", apiKey);\nclient.BaseAddress = new System.Uri("{SCORE}");',
  [("apiKey", "HmkhQRRwTbvMIS5WiRzklSYb1EdakRxV")])
L(P, K, sn(K, R, "api_key = \"0mtNMWLZ6gfcOBUHUOLaaYq6hFjZmnFc\"; authz_hdr = paste('Bearer', api_key, sep=''); curlPerform(url = '.../score', ...)", P,
           "as a concatenated Authorization header"),
  f'var api_key = "0mtNMWLZ6gfcOBUHUOLaaYq6hFjZmnFc";\nvar authz_hdr = "Bearer" + api_key;\n{HTTP}\n'
  f'http.DefaultRequestHeaders.Add("Authorization", authz_hdr);\n_ = http.PostAsync("{SCORE}", new System.Net.Http.StringContent("{{}}"));',
  [("api_key", "0mtNMWLZ6gfcOBUHUOLaaYq6hFjZmnFc")])
M(N, K, sn(K, R, 'class GarbageCollectionHealthIndicator: def authorization(): return "Bearer" + self.api_key, "application/json"; app.get("/score")', N,
           "as a class with a key from configuration"),
  'private readonly string apiKey = System.Environment.GetEnvironmentVariable("API_KEY");\n\n'
  'public (string, string) Authorization() => ("Bearer" + apiKey, "application/json");\n\npublic string Score() => "you won!";')
L(N, K, sn(K, R, 'MPerfectChecksumGreatestIsntitye = 0dd4f38331aaf1f9db598d3f120b9760; "model_id": "29fa6d6a2e7742b226b8f05738a6c046"; ".../score"', N,
           "as locals"),
  'var MPerfectChecksumGreatestIsntitye = "0dd4f38331aaf1f9db598d3f120b9760";\nvar model_id = "29fa6d6a2e7742b226b8f05738a6c046";\n'
  'var text = "http://anythingworks.eastus.azurecontainer.io/score\\n";',
  [("MPerfectChecksumGreatestIsntitye", "0dd4f38331aaf1f9db598d3f120b9760"), ("model_id", "29fa6d6a2e7742b226b8f05738a6c046")])

K = "appservice"
R = "app-svc-t2-deployment-passwd"
L(P, K, sn(K, R, '<publishProfile ... publishUrl="sample-secret-detection.scm.azurewebsites.net:444" userName="$sample-secret-detection" userPWD="o9tBKqyl..." ...>', P,
           "as the deployment NetworkCredential"),
  'var publishUrl = "sample-secret-detection.scm.azurewebsites.net:444";\n'
  'var credential = new System.Net.NetworkCredential("$sample-secret-detection", "o9tBKqylnMn2snB96hk5CMZbZkRhDJ1re5RiqzfdBjQytgTR4ly0M8ilEyfh");',
  [("userPWD", "o9tBKqylnMn2snB96hk5CMZbZkRhDJ1re5RiqzfdBjQytgTR4ly0M8ilEyfh")])
L(P, K, sn(K, R, '<publishData><publishProfile profileName="sample-secret-detection - Web Deploy" ... userPWD="6kkBCdit..." .../></publishData> (beautified)', P,
           "as an XElement"),
  'var profile = new System.Xml.Linq.XElement("publishData",\n    new System.Xml.Linq.XElement("publishProfile",\n'
  '        new System.Xml.Linq.XAttribute("profileName", "sample-secret-detection - Web Deploy"),\n'
  '        new System.Xml.Linq.XAttribute("publishMethod", "MSDeploy"),\n'
  '        new System.Xml.Linq.XAttribute("publishUrl", "sample-secret-detection.scm.azurewebsites.net:443"),\n'
  '        new System.Xml.Linq.XAttribute("userName", "$sample-secret-detection"),\n'
  '        new System.Xml.Linq.XAttribute("userPWD", "6kkBCdit4ZTfs01By2RJjgRon9ly9yqetEBZhlz8MfDhn5qKrb5yhQRnMliM"),\n'
  '        new System.Xml.Linq.XAttribute("controlPanelLink", "https://portal.azure.com")));',
  [("userPWD", "6kkBCdit4ZTfs01By2RJjgRon9ly9yqetEBZhlz8MfDhn5qKrb5yhQRnMliM")])

K = "bot"
R = "azure-bot-secret"
L(P, K, sn(K, R, "requestGET https://webchat.botframework.com/api/tokens / Authorization: BotConnector JTYufYyH6Vg.TUabDiqd...", P, "as an Authorization header"),
  f'{HTTP}\nhttp.DefaultRequestHeaders.Authorization = new {AUTH}("BotConnector", "JTYufYyH6Vg.TUabDiqd9HmxgfQp2n0RsPLP58ciEUzQ_esCpiXeK5U");\n'
  '_ = http.GetAsync("https://webchat.botframework.com/api/tokens");', [("BotConnector", "JTYufYyH6Vg.TUabDiqd9HmxgfQp2n0RsPLP58ciEUzQ_esCpiXeK5U")])
L(P, K, sn(K, R, "new DirectLine({ secret: 'JTYufYyH6Vg.ihxXKebb...' })", P, "as a DirectLine client (stub)"),
  'var directLine = new DirectLineClient(secretOrToken: "JTYufYyH6Vg.ihxXKebb9A9y0hxbSUNMrZrsOt06wGFibEkoJCt2kMw");',
  [("secret", "JTYufYyH6Vg.ihxXKebb9A9y0hxbSUNMrZrsOt06wGFibEkoJCt2kMw")])
L(P, K, sn(K, R, "POST https://directline.botframework.com/v3/directline/tokens/generate / Authorization: Bearer baLtB1JVCk4.LqlXlvaX...", P,
           "as a Bearer header (the JTYufYyH6Vg twin left out)"),
  f'{HTTP}\nhttp.DefaultRequestHeaders.Authorization = new {AUTH}("Bearer", "baLtB1JVCk4.LqlXlvaXyKJsydd10KWoWFrFArq1RF1ZCXhFgPaibFY");\n'
  '_ = http.PostAsync("https://directline.botframework.com/v3/directline/tokens/generate", null);',
  [("Bearer", "baLtB1JVCk4.LqlXlvaXyKJsydd10KWoWFrFArq1RF1ZCXhFgPaibFY")])
setenv(P, K, sn(K, R, "DIRECTLINE_TOKEN=Tk2U0YMuN9o.kacY-0CFlfHD...", P, "as an environment variable (the first DIRECTLINE_TOKEN example)"),
       [("DIRECTLINE_TOKEN", "Tk2U0YMuN9o.kacY-0CFlfHDi2zYOYbmEPX5IU2u33EWa9iQjT6oLwc")])
L(P, K, sn(K, R, "<iframe src='https://europe.webchat.botframework.com/embed/SecretDetectionInBotFramework?s=JTYufYyH6Vg.x6PXQmNI...'>", P,
           "as a local with a neutral name"),
  'var botFramework = "https://europe.webchat.botframework.com/embed/SecretDetectionInBotFramework?s=JTYufYyH6Vg.x6PXQmNIDgrXaSQM8Mk0lNnudWz7z9Qffn7B5qwTWn4";',
  [("s", "JTYufYyH6Vg.x6PXQmNIDgrXaSQM8Mk0lNnudWz7z9Qffn7B5qwTWn4")])

# =====================================================================================================================
# advanced-security/secret-scanning-custom-patterns (snapshot lines, all positive)
# =====================================================================================================================
K = "connection_strings"
L(P, K, "GitHub custom pattern database_connection_string_1 (snapshot line 2): `\"Data Source=tcp:aaa.database.windows.net,1433;Initial Catalog=bbb;"
        "Integrated Security=False;User ID=ccc@aaa;Password=ddd;\"` (# Azure), as a SqlConnection (stub)",
  'var connection = new SqlConnection("Data Source=tcp:aaa.database.windows.net,1433;Initial Catalog=bbb;Integrated Security=False;User ID=ccc@aaa;Password=ddd;");',
  [("Password", "ddd")])
L(P, K, "GitHub custom pattern database_connection_string_1 (snapshot line 4): `\"server=127.0.0.1;uid=root;pwd=pscale_pw_fAagpYk4...;database=test\"` "
        "(# pscale), as a MySqlConnection (stub)",
  'var connection = new MySqlConnection("server=127.0.0.1;uid=root;pwd=pscale_pw_fAagpYk49fh0rvL-Ag-7J3HMq6oXk7p1ObLDn4PLHO8;database=test");',
  [("pwd", "pscale_pw_fAagpYk49fh0rvL-Ag-7J3HMq6oXk7p1ObLDn4PLHO8")])
K = "mysql_compose"
setenv(P, K, "GitHub custom pattern hardcoded_database_passwords (snapshot line 8): compose `MYSQL_ROOT_PASSWORD: SecretMySQLR00tPassword`, as an environment variable",
       [("MYSQL_ROOT_PASSWORD", "SecretMySQLR00tPassword")])
setenv(P, K, "GitHub custom pattern hardcoded_database_passwords (snapshot line 11): compose `MYSQL_PASSWORD: MySQLPassword` (after `MYSQL_USER: wordpress`), "
             "as environment variables", [("MYSQL_USER", "wordpress"), ("MYSQL_PASSWORD", "MySQLPassword")], [("MYSQL_PASSWORD", "MySQLPassword")])
K = "postgres_compose"
setenv(P, K, "GitHub custom pattern hardcoded_database_passwords (snapshot line 37): compose `- POSTGRES_PASSWORD=webgoat`, as environment variables",
       [("POSTGRES_PASSWORD", "webgoat"), ("POSTGRES_USER", "webgoat"), ("POSTGRES_DB", "webgoat")], [("POSTGRES_PASSWORD", "webgoat")])
inmem(P, K, "GitHub custom pattern hardcoded_spring_sql_passwords (snapshot line 14): compose `- spring.datasource.password=webgoat` of the webgoat "
            "service, as an in-memory configuration (the JDBC URL line, which carries the same password but is in no snapshot, left out)",
      [("spring.datasource.username", "webgoat"), ("spring.datasource.password", "webgoat"),
       ("spring.datasource.driver-class-name", "org.postgresql.Driver")], [("spring.datasource.password", "webgoat")])
K = "example_yml"
inmem(P, K, "GitHub custom pattern yaml_static_password_fields (snapshot line 5): `main: database: username: wordpress / password: MySecureSecretPassword!`, "
            "as an in-memory configuration",
      [("main:database:username", "wordpress"), ("main:database:password", "MySecureSecretPassword!")], [("password", "MySecureSecretPassword!")])

STUBS = """public class SqlConnection { public SqlConnection(string connectionString) { } }
public class MySqlConnection { public MySqlConnection(string connectionString) { } }
public class OdbcConnection { public OdbcConnection(string connectionString) { } }
public class MongoClient { public MongoClient(string connectionString) { } }
public class ConnectionFactory { public System.Uri Uri { get; set; } }
public class DbSettings { public string Host { get; set; } public int Port { get; set; } public string Username { get; set; } }
public class DataSourceInfo { public string Database { get; set; } public string User { get; set; } public System.Collections.Generic.Dictionary<string, string> DecryptedSecureJsonData { get; set; } }
public class DataFrameReader { public DataFrameReader Format(string source) => this; public DataFrameReader Option(string key, string value) => this; public object Load() => null; }
public static class SqlEngine { public static object Create(string url, string isolationLevel = null) => url; }
public class StorageSharedKeyCredential { public StorageSharedKeyCredential(string accountName, string accountKey) { } }
public class BlobServiceClient { public BlobServiceClient(string connectionString) { } public BlobServiceClient(System.Uri serviceUri, StorageSharedKeyCredential credential) { } }
public class TopicCredentials { public TopicCredentials(string topicKey) { } }
public class EventGridClient { public EventGridClient(TopicCredentials credentials) { } }
public class AzureKeyCredential { public AzureKeyCredential(string key) { } }
public static class EventGridSas { public static string GenerateSharedAccessSignature(string endpoint, AzureKeyCredential credential, System.DateTimeOffset expiresOn) => endpoint; }
public class DirectLineClient { public DirectLineClient(string secretOrToken) { } }"""

if __name__ == "__main__":
    repeats = check_repeats(HERE, PAIRS)
    assert not repeats, repeats
    positives, negatives = write_csharp_set(
        "csharp-secrets-11.txt",
        "# Held-out C# secrets set 11 (AKS2001/AKS2002): reduced .NET shapes of SonarSource/sonar-text secret-rule examples and "
        "GitHub secret-scanning custom-pattern test data, labelled by the peer.",
        "# Format: README.md ('C# secrets, set 11'). Written by write_csharp_secrets_11.py (provenance and selection rules in "
        "set11_sources.py). '=== stubs' is compiled with every case.",
        "written for this set (stand-ins for the client libraries the peer examples use)",
        STUBS,
        CASES,
    )
    fam = {}
    for label, source, _, _ in CASES:
        f = fam.setdefault(family(source), [0, 0])
        f[0 if label == P else 1] += 1
    print(fam)

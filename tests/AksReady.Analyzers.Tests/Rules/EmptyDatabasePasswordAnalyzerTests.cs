using AksReady.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AksReady.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AksReady.Analyzers.Rules.EmptyDatabasePasswordAnalyzer>;
using VerifyConfig = AksReady.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AksReady.Analyzers.Rules.SecretsInConfigurationFilesAnalyzer>;

namespace AksReady.Analyzers.Tests.Rules;

/// <summary>
/// AKS2004. The EF Core entry points are declared in source with the shapes of the real packages (their
/// <c>connectionString</c> parameters are what the rule reads); the ADO.NET ones are the real
/// <c>System.Data.Common</c> types of the .NET 8 reference assemblies.
/// </summary>
public sealed class EmptyDatabasePasswordAnalyzerTests
{
    private const string EntityFrameworkShapes = """
        namespace Microsoft.EntityFrameworkCore
        {
            public class DbContextOptionsBuilder { }
            public class DbContextOptionsBuilder<TContext> : DbContextOptionsBuilder { }
            public abstract class DbContext { protected virtual void OnConfiguring(DbContextOptionsBuilder optionsBuilder) { } }
            public static class SqlServerDbContextOptionsExtensions
            {
                public static DbContextOptionsBuilder UseSqlServer(this DbContextOptionsBuilder optionsBuilder, string connectionString, System.Action<object> sqlServerOptionsAction = null) => optionsBuilder;
            }
            public static class NpgsqlDbContextOptionsBuilderExtensions
            {
                public static DbContextOptionsBuilder UseNpgsql(this DbContextOptionsBuilder optionsBuilder, string connectionString, System.Action<object> npgsqlOptionsAction = null) => optionsBuilder;
            }
            public static class MySQLDbContextOptionsExtensions
            {
                public static DbContextOptionsBuilder UseMySQL(this DbContextOptionsBuilder optionsBuilder, string connectionString, System.Action<object> MySQLOptionsAction = null) => optionsBuilder;
            }
        }
        """;

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new VerifyCS.Test { TestCode = source };
        test.TestState.Sources.Add(("/EntityFramework.cs", EntityFrameworkShapes));
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    private static DiagnosticResult Expected(int location, string where)
        => VerifyCS.Diagnostic(EmptyDatabasePasswordAnalyzer.Rule).WithLocation(location).WithArguments(where);

    /// <summary>SonarAnalyzer S2115's C# test cases (DatabasePasswordsShouldBeSecure.cs), with the peer's labels.</summary>
    [Fact]
    public Task SonarS2115_Noncompliant_EntityFrameworkCalls()
        => VerifyAsync("""
            using Microsoft.EntityFrameworkCore;

            public class NoncompliantDbContext : DbContext
            {
                private DbContextOptionsBuilder builder;

                protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
                {
                    optionsBuilder.UseSqlServer({|#0:"Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password="|});
                    optionsBuilder.UseNpgsql({|#1:"Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password="|});
                    optionsBuilder.UseMySQL({|#2:"Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password="|});
                    optionsBuilder.UseSqlServer(sqlServerOptionsAction: null, connectionString: {|#3:"Password="|});
                }

                protected void Method(DbContextOptionsBuilder<NoncompliantDbContext> genericBuilder)
                {
                    genericBuilder.UseNpgsql(npgsqlOptionsAction: null, connectionString: {|#4:"Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password="|});
                    SqlServerDbContextOptionsExtensions.UseSqlServer(genericBuilder, {|#5:"Password="|});
                }

                public void StringConcatAndInterpolation(string a)
                {
                    // S2115 writes this one as "x" + "y" + "Password=", which makes the key "xyPassword": not a password here.
                    builder.UseSqlServer({|#6:"Server=x;" + "User Id=y;" + "Password="|});
                    builder.UseSqlServer("x" + "y" + "Password=");
                    builder.UseSqlServer("x" + "y" + "Password=" + a);
                    builder.UseNpgsql({|#7:$"Server = {a}; Database = {a}; User Id = {a}; Password ="|});
                }
            }
            """,
            Expected(0, "passed to 'UseSqlServer'"),
            Expected(1, "passed to 'UseNpgsql'"),
            Expected(2, "passed to 'UseMySQL'"),
            Expected(3, "passed to 'UseSqlServer'"),
            Expected(4, "passed to 'UseNpgsql'"),
            Expected(5, "passed to 'UseSqlServer'"),
            Expected(6, "passed to 'UseSqlServer'"),
            Expected(7, "passed to 'UseNpgsql'"));

    /// <summary>
    /// S2115's compliant cases stay silent. Its two marked false negatives are reported here: a constant passed by name
    /// (at the call; its declaration is not named like a connection string) and upper-case <c>PASSWORD=</c>.
    /// </summary>
    [Fact]
    public Task SonarS2115_CompliantCases_And_ItsFalseNegatives()
        => VerifyAsync("""
            using Microsoft.EntityFrameworkCore;

            public class Context : DbContext
            {
                private const string USED_CONNECT_STRING = "Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password=";
                private DbContextOptionsBuilder builder;

                public void ConstantPropagation()
                {
                    builder.UseNpgsql({|#1:USED_CONNECT_STRING|});
                    builder.UseSqlServer({|#2:"Server=x;Database=y;User Id=z;PASSWORD="|});
                }

                public void Compliant(DbContextOptionsBuilder optionsBuilder, string password)
                {
                    optionsBuilder.UseSqlServer("Server=myServerAddress;Database=myDataBase;Integrated Security=SSPI");
                    optionsBuilder.UseSqlServer("Server=myServerAddress;Database=myDataBase;Integrated Security=True");
                    optionsBuilder.UseSqlServer("Server=myServerAddress;Database=myDataBase;Trusted_Connection=true");
                    optionsBuilder.UseSqlServer("Server=myServerAddress;Database=myDataBase;Trusted_Connection=yes");
                    optionsBuilder.UseSqlServer("Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password=Foo");
                    optionsBuilder.UseSqlServer("Server=myServerAddress;Database=myDataBase;Password=;Integrated_Security=sspi");
                    optionsBuilder.UseSqlServer("Server=myServerAddress;Database=myDataBase;Password=;Trusted Connection=Yes");
                    optionsBuilder.UseSqlServer($"Server=db;User Id=app;Password={password}");
                    optionsBuilder.UseSqlServer("Server=db;User Id=app;Password=" + password + ";Encrypt=true");
                    optionsBuilder.UseSqlServer("Server=orders.database.windows.net;Database=Orders;Authentication=Active Directory Workload Identity");
                }
            }
            """,
            Expected(1, "passed to 'UseNpgsql'"),
            Expected(2, "passed to 'UseSqlServer'"));

    [Fact]
    public Task AdoNet_ConnectionStringProperties_Members_And_EntraPasswordAuthentication()
        => VerifyAsync("""
            using System.Data.Common;

            public class Repository
            {
                private static readonly string OrdersConnectionString = {|#0:"Server=orders;Database=Orders;Uid=app;Pwd=''"|};
                public string ReportingConnString { get; } = {|#1:"Host=reports;Username=app;Password=;Database=reports"|};

                public void Open(DbConnection connection)
                {
                    connection.ConnectionString = {|#2:"Server=orders;Database=Orders;User Id=app;Password=;Authentication=Active Directory Password"|};
                    var builder = new DbConnectionStringBuilder { ConnectionString = {|#3:"Data Source=orders;User ID=app;Password=\"\""|} };
                    var localConnectionString = "Server=orders;Database=Orders;User Id=app;Password=x7!Qr";
                    var message = "Password=";
                    Connect();
                }

                private static void Connect(string connectionString = "Server=orders;User Id=app;Password=") { }
            }
            """,
            Expected(0, "assigned to 'OrdersConnectionString'"),
            Expected(1, "assigned to 'ReportingConnString'"),
            Expected(2, "assigned to 'ConnectionString'"),
            Expected(3, "assigned to 'ConnectionString'"));

    [Fact]
    public Task TestProjects_AreSkippedByDefault()
    {
        var test = new VerifyCS.Test
        {
            TestCode = """
                using Microsoft.EntityFrameworkCore;
                public static class Fixture
                {
                    public static void Configure(DbContextOptionsBuilder options) => options.UseSqlServer("Server=localhost;User Id=sa;Password=");
                }
                """,
        };
        test.TestState.Sources.Add(("/EntityFramework.cs", EntityFrameworkShapes));
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(FactAttribute).Assembly.Location));
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>S2115's appsettings.json and Web.config connection strings, as appsettings values; plus a Kubernetes env entry.</summary>
    [Fact]
    public Task ConfigurationFiles_ConnectionStringsWithEmptyPasswords()
    {
        var test = new VerifyConfig.Test { TestCode = "public static class Program { }" };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.TestState.AdditionalFiles.Add(("/app/appsettings.json", """
            {
              "ConnectionStrings": {
                "DefaultConnection": "Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password=",
                "SomeOtherConnection": "PASSWORD=",
                "UnsecureConnection": "Password=",
                "AnotherConnection": "Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password=",
                "SecuredConnection": "Server=myServerAddress;Database=myDataBase;Integrated Security=True",
                "Trusted": "Server=myServerAddress;Database=myDataBase;Password=;Trusted_Connection=True",
                "Secret": "",
                "Skeleton": "Server=;Initial Catalog=;Persist Security Info=False;User ID=;Password=;Encrypt=True;",
                "HostToFill": "Host=;Database=logistics;Username=postgres;Password="
              },
              "Messages": { "Hint": "Password=" }
            }
            """));
        test.TestState.AdditionalFiles.Add(("/app/appsettings.Development.json", """{ "ConnectionStrings": { "Local": "Server=localhost;User Id=sa;Password=" } }"""));
        test.TestState.AdditionalFiles.Add(("/app/deploy/deployment.yaml", """
            apiVersion: apps/v1
            kind: Deployment
            spec:
              template:
                spec:
                  containers:
                    - name: orders
                      env:
                        - name: ConnectionStrings__Orders
                          value: "Host=orders-db;Username=orders;Password="
            """));
        test.ExpectedDiagnostics.Add(Config("/app/appsettings.json", 3, 26, 99, "'ConnectionStrings:DefaultConnection' in appsettings.json"));
        test.ExpectedDiagnostics.Add(Config("/app/appsettings.json", 4, 28, 39, "'ConnectionStrings:SomeOtherConnection' in appsettings.json"));
        test.ExpectedDiagnostics.Add(Config("/app/appsettings.json", 5, 27, 38, "'ConnectionStrings:UnsecureConnection' in appsettings.json"));
        test.ExpectedDiagnostics.Add(Config("/app/appsettings.json", 6, 26, 99, "'ConnectionStrings:AnotherConnection' in appsettings.json"));
        test.ExpectedDiagnostics.Add(Config("/app/deploy/deployment.yaml", 10, 22, 64, "'spec:template:spec:containers:env:ConnectionStrings__Orders' in deployment.yaml"));
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>.NET configuration keys are case-insensitive: <c>connectionStrings</c> binds like <c>ConnectionStrings</c>.</summary>
    [Fact]
    public Task ConfigurationFiles_ConnectionStringsSectionInAnyCasing()
    {
        var test = new VerifyConfig.Test { TestCode = "public static class Program { }" };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.TestState.AdditionalFiles.Add(("/app/appsettings.json", """
            {
              "connectionStrings": { "orders": "Host=db;Username=orders;Password=" },
              "CONNECTIONSTRINGS": { "Billing": "Host=db;Username=billing;Pwd=" },
              "ConnectionStringsHelp": { "Example": "Host=db;Username=orders;Password=" }
            }
            """));
        test.TestState.AdditionalFiles.Add(("/app/config.yaml", """
            connectionstrings:
              default: "Server=db;User Id=app;Password="
            """));
        test.ExpectedDiagnostics.Add(Config("/app/appsettings.json", 2, 36, 71, "'connectionStrings:orders' in appsettings.json"));
        test.ExpectedDiagnostics.Add(Config("/app/appsettings.json", 3, 37, 68, "'CONNECTIONSTRINGS:Billing' in appsettings.json"));
        test.ExpectedDiagnostics.Add(Config("/app/config.yaml", 2, 12, 45, "'connectionstrings:default' in config.yaml"));
        return test.RunAsync(CancellationToken.None);
    }

    private static DiagnosticResult Config(string path, int line, int column, int endColumn, string where)
        => VerifyConfig.Diagnostic(EmptyDatabasePasswordAnalyzer.Rule).WithSpan(path, line, column, line, endColumn).WithArguments(where);
}

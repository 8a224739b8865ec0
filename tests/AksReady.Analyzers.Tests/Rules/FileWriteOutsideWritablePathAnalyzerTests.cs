using AksReady.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AksReady.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AksReady.Analyzers.Rules.FileWriteOutsideWritablePathAnalyzer>;

namespace AksReady.Analyzers.Tests.Rules;

public sealed class FileWriteOutsideWritablePathAnalyzerTests
{
    private const string Usings = """
        using System;
        using System.IO;
        using Microsoft.Extensions.Hosting;

        """;

    private static DiagnosticResult Expected(int location, string call, string where)
        => VerifyCS.Diagnostic(FileWriteOutsideWritablePathAnalyzer.Rule).WithLocation(location).WithArguments(call, where);

    private static Task VerifyAsync(string source, string? editorConfig, params DiagnosticResult[] expected)
    {
        var test = new VerifyCS.Test { TestCode = Usings + source };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", editorConfig));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    [Fact]
    public Task ImageAndRelativePaths_Reported()
        => VerifyAsync("""
            public sealed class Exporter(IHostEnvironment environment)
            {
                public void Export(string name, byte[] data)
                {
                    File.WriteAllText({|#0:Path.Combine(AppContext.BaseDirectory, "state.json")|}, "{}");
                    File.AppendAllText({|#1:"logs/app.log"|}, "line");
                    File.WriteAllBytes({|#2:Path.Combine(Directory.GetCurrentDirectory(), name)|}, data);
                    using var stream = new FileStream({|#3:"/var/data/cache.bin"|}, FileMode.Create);
                    using var writer = new StreamWriter({|#4:$"{environment.ContentRootPath}/out.txt"|});
                    File.Copy("/tmp/a", {|#5:"/app/b"|});
                }
            }
            """, null,
            Expected(0, "File.WriteAllText", "AppContext.BaseDirectory"),
            Expected(1, "File.AppendAllText", "the relative path 'logs/app.log'"),
            Expected(2, "File.WriteAllBytes", "Directory.GetCurrentDirectory()"),
            Expected(3, "new FileStream", "the absolute path '/var/data/cache.bin'"),
            Expected(4, "new StreamWriter", "ContentRootPath"),
            Expected(5, "File.Copy", "the absolute path '/app/b'"));

    // Found by the pod-hazards corpus: a path built into a local first was not followed.
    [Fact]
    public Task PathHeldInLocal_FollowedWhenAssignedOnce()
        => VerifyAsync("""
            public sealed class Exporter
            {
                public void Export(string target)
                {
                    var path = Path.Combine(AppContext.BaseDirectory, "exports", "report.csv");
                    File.WriteAllText({|#0:path|}, "id");
                    var temp = Path.Combine(Path.GetTempPath(), "report.csv");
                    File.WriteAllText(temp, "id");
                    var reassigned = "logs/app.log";
                    reassigned = target;
                    File.WriteAllText(reassigned, "id");
                    var fromParameter = target;
                    File.WriteAllText(fromParameter, "id");
                }
            }
            """, null,
            Expected(0, "File.WriteAllText", "AppContext.BaseDirectory"));

    [Fact]
    public Task TempReadsAndUnknownPaths_NotReported_ButTmpLookalikeIs()
        => VerifyAsync("""
            public sealed class Exporter
            {
                public void Export(string target, string name)
                {
                    File.WriteAllText(Path.Combine(Path.GetTempPath(), "state.json"), "{}");
                    File.WriteAllText("/tmp/state.json", "{}");
                    File.WriteAllText("/tmp", "{}");
                    File.WriteAllText("/tmp/" + name + ".json", "{}");
                    File.WriteAllText(target, "{}");
                    var text = File.ReadAllText("appsettings.json");
                    using var read = new FileStream("data.bin", FileMode.Open);
                    File.WriteAllText({|#0:"/tmpfoo/x"|}, "");
                }
            }
            """, null,
            Expected(0, "File.WriteAllText", "the absolute path '/tmpfoo/x'"));

    [Fact]
    public Task WritablePaths_FromEditorConfig()
        => VerifyAsync("""
            public sealed class Exporter
            {
                public void Export()
                {
                    File.WriteAllText("/data/state.json", "{}");
                    File.WriteAllText("/var/cache/app/x", "{}");
                    File.WriteAllText({|#0:"/var/cache/other"|}, "{}");
                }
            }
            """,
            """
            root = true

            [*.cs]
            dotnet_code_quality.AKS5005.writable_paths = /data
            AKS5005.writable_paths = /var/cache/app/
            """,
            Expected(0, "File.WriteAllText", "the absolute path '/var/cache/other'"));

    // Found by the held-out pod-hazards set (Corpus/External/podhazards.txt): a SQLite file under the application
    // directory given through a connection string, not a File API.
    [Fact]
    public Task FileDatabaseConnectionString_UnderApplicationDirectory_Reported()
        => VerifyAsync("""
            public sealed class Store(IHostEnvironment environment)
            {
                public string[] ConnectionStrings()
                {
                    var dbPath = Path.Combine(AppContext.BaseDirectory, "bot_data.db");
                    var dataDir = Directory.GetCurrentDirectory();
                    return new[]
                    {
                        $"Data Source={|#0:{dbPath}|}",
                        "DataSource = " + {|#1:Path.Combine(environment.ContentRootPath, "app.db")|} + ";Cache=Shared",
                        $"Cache=Shared;Filename={|#2:{Path.Join(dataDir, "x.db")}|}",
                    };
                }
            }
            """, null,
            Expected(0, "The database file in this connection string ('Data Source=')", "AppContext.BaseDirectory"),
            Expected(1, "The database file in this connection string ('Data Source=')", "ContentRootPath"),
            Expected(2, "The database file in this connection string ('Data Source=')", "Directory.GetCurrentDirectory()"));

    [Fact]
    public Task ConnectionStrings_ServersReadOnlyAndTemp_NotReported()
        => VerifyAsync("""
            public sealed class Store(string server, string configured)
            {
                public string[] ConnectionStrings()
                {
                    var host = "localhost";
                    var geo = Path.Combine(AppContext.BaseDirectory, "geo.db");
                    return new[]
                    {
                        $"Data Source={host};Initial Catalog=Orders",
                        $"Data Source={server};Initial Catalog=Orders",
                        "Data Source=" + configured,
                        $"Data Source={Path.Combine(Path.GetTempPath(), "cache.db")}",
                        $"Data Source={geo};Mode=ReadOnly",
                        "Data Source=" + geo + "; Read Only=True",
                        $"Database={Path.Combine(AppContext.BaseDirectory, "name")}",
                        $"{AppContext.BaseDirectory}Data Source=",
                        "Data Source=app.db",
                    };
                }
            }
            """, null);

    [Fact]
    public async Task ConsoleTool_NotReported()
    {
        var test = new VerifyCS.Test
        {
            TestCode = """
                using System.IO;

                File.WriteAllText("report.txt", "done");
                """,
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        await test.RunAsync();
    }
}

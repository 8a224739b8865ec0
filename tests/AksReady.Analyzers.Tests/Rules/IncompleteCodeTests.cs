using System.Collections.Concurrent;
using System.Collections.Immutable;
using AksReady.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AksReady.Analyzers.Tests.Rules;

/// <summary>Every analyzer must survive code that is being typed: no exception (AD0001) on broken syntax or binding.</summary>
[Collection(SerilogCollection.Name)]
public sealed class IncompleteCodeTests
{
    private const string BrokenCode = """
        using System;
        using System.IO;
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Extensions.Hosting;
        using Microsoft.Extensions.Logging;

        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.UseUrls(
        builder.WebHost.ConfigureKestrel(o => o.ListenAnyIP());
        var app = builder.Build();
        app.MapGet("/", () => { Console.WriteLine( ; Environment.Exit(; });
        app.Urls.Add();
        app.Run(;

        public sealed class Worker(ILogger<Worker> logger, Serilog.ILogger serilog) : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                while (true
                {
                    try { await Task.Delay(; }
                    catch (Exception ex) { logger.LogError("Failed {Error", ex.Message, ); }
                    catch { }
                }

                logger.LogInformation($"x {undefined}", );
                logger.LogWarning(, "t {Password}");
                logger.Log(LogLevel., "y");
                serilog.Information($"z {1 +}");
                Serilog.Log.Error(ex, "w {A} {B}", 1);
                var define = LoggerMessage.Define<int>(LogLevel.Information, 1, );
                using var client = new HttpClient(;
                client.Timeout = Timeout.;
                File.WriteAllText(Path.Combine(AppContext.BaseDirectory, ), );
                using var stream = new FileStream("x", FileMode.);
                using var writer = new StreamWriter();
                string.Format("{0}", );
            }

            public void M() => logger.LogInformation("a" + , 1);

            private static readonly char[] Passphrase = { 's', 'e', , 'c', undefined };
            private static readonly char[] Pin = new char[] { '1', '2', '3', '4' ;
            public string TwitterConsumerKey = "q8w3e5r7t9y2u4i6o1p3a5s7d
            public string KrakenKey = ;
            public string AuthorizationHeader = "Basic " + ;
            public string OrdersConnectionString = "Server=orders;Password=" + ;
            public System.Data.Common.DbConnectionStringBuilder Builder = new() { ConnectionString = $"Server={ };Password=" + };
        }

        public sealed class C : ControllerBase
        {
            public void Get() => Console.Out.WriteLine(
        """;

    [Fact]
    public async Task AllAnalyzers_DoNotThrowOnIncompleteCode()
    {
        var references = await TestReferenceAssemblies.AspNetCore80WithSerilog.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var tree = CSharpSyntaxTree.ParseText(BrokenCode, new CSharpParseOptions(LanguageVersion.Latest), path: "/0/Test0.cs");
        var compilation = CSharpCompilation.Create(
            "Broken",
            new[] { tree },
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Contains(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);

        var exceptions = new ConcurrentBag<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, _) => exceptions.Add(analyzer.GetType().Name + ": " + exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var withAnalyzers = compilation.WithAnalyzers(HelpLinkTests.AllAnalyzers().ToImmutableArray(), options);
        var diagnostics = await withAnalyzers.GetAllDiagnosticsAsync();

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }
}

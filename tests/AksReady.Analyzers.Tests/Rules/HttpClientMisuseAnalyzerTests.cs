using AksReady.Analyzers.Rules;
using AksReady.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AksReady.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AksReady.Analyzers.Rules.HttpClientMisuseAnalyzer>;

namespace AksReady.Analyzers.Tests.Rules;

public sealed class HttpClientMisuseAnalyzerTests
{
    private const string Usings = """
        using System;
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;

        """;

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new VerifyCS.Test { TestCode = Usings + source };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    [Fact]
    public Task PerCallAndPerInstanceClients_Reported()
        => VerifyAsync("""
            public sealed class PerCall
            {
                public async Task<string> GetAsync()
                {
                    using var client = {|#0:new HttpClient()|};
                    return await client.GetStringAsync("http://orders/");
                }
            }

            public sealed class PerInstance
            {
                private readonly HttpClient _client = {|#1:new HttpClient(new HttpClientHandler())|};
                private HttpClient _other;

                public PerInstance() => _other = {|#2:new HttpClient()|};
            }

            public sealed class Infinite
            {
                private static readonly HttpClient Client = new();

                public Infinite()
                {
                    {|#3:Client.Timeout = Timeout.InfiniteTimeSpan|};
                }
            }
            """,
            VerifyCS.Diagnostic(HttpClientMisuseAnalyzer.CreationRule).WithLocation(0),
            VerifyCS.Diagnostic(HttpClientMisuseAnalyzer.CreationRule).WithLocation(1),
            VerifyCS.Diagnostic(HttpClientMisuseAnalyzer.CreationRule).WithLocation(2),
            VerifyCS.Diagnostic(HttpClientMisuseAnalyzer.InfiniteTimeoutRule).WithLocation(3));

    [Fact]
    public Task StaticAndSharedClients_NotReported()
        => VerifyAsync("""
            public static class Clients
            {
                private static readonly SocketsHttpHandler Handler = new() { PooledConnectionLifetime = TimeSpan.FromMinutes(2) };
                public static readonly HttpClient Shared = new() { Timeout = TimeSpan.FromSeconds(30) };
                public static HttpClient Property { get; } = new HttpClient();
                private static HttpClient? _lazy;
                private static readonly HttpClient FromStaticCtor;

                static Clients() => FromStaticCtor = new HttpClient();

                public static HttpClient Lazy() => _lazy ??= new HttpClient();

                public static HttpClient WithSharedHandler() => new HttpClient(Handler, disposeHandler: false);
            }

            public sealed class Typed(HttpClient client)
            {
                public void Configure() => client.Timeout = TimeSpan.FromSeconds(10);
            }
            """);

    private const string ConsoleProgram = """
        public static class Program
        {
            public static async Task Main()
            {
                await CallApiAsync();
            }

            private static async Task CallApiAsync()
            {
                var client = {|#0:new HttpClient()|};
                client.Timeout = Timeout.InfiniteTimeSpan;
                await client.GetStringAsync("https://localhost:5001/identity");
            }
        }
        """;

    /// <summary>A console tool or sample client without the generic host runs each method once per process.</summary>
    [Fact]
    public Task ConsoleToolWithoutHost_NotReported()
    {
        var test = new VerifyCS.Test { TestCode = Usings + ConsoleProgram.Replace("{|#0:new HttpClient()|}", "new HttpClient()", StringComparison.Ordinal) };
        test.ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    /// <summary>The same executable with ASP.NET Core referenced (the default references here) is a service: reported.</summary>
    [Fact]
    public Task ExecutableWithAspNetCore_Reported()
    {
        var test = new VerifyCS.Test { TestCode = Usings + ConsoleProgram.Replace("client.Timeout = Timeout.InfiniteTimeSpan;", "{|#1:client.Timeout = Timeout.InfiniteTimeSpan|};", StringComparison.Ordinal) };
        test.ReferenceAssemblies = TestReferenceAssemblies.AspNetCore80;
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic(HttpClientMisuseAnalyzer.CreationRule).WithLocation(0));
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic(HttpClientMisuseAnalyzer.InfiniteTimeoutRule).WithLocation(1));
        return test.RunAsync();
    }
}

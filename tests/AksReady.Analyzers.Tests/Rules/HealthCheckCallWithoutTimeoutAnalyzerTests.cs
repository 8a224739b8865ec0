using AksReady.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AksReady.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AksReady.Analyzers.Rules.HealthCheckCallWithoutTimeoutAnalyzer>;

namespace AksReady.Analyzers.Tests.Rules;

public sealed class HealthCheckCallWithoutTimeoutAnalyzerTests
{
    private static string Check(string body, string registration = "", string fields = "") => $$"""
        using System;
        using System.Data.Common;
        using System.Net.Http;
        using System.Net.Sockets;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Diagnostics.HealthChecks;

        public sealed class PaymentsCheck(HttpClient http, DbConnection connection) : IHealthCheck
        {
            {{fields}}
            public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
            {
                {{body}}
                return HealthCheckResult.Healthy();
            }
        }

        public static class Registration
        {
            public static void Register(IServiceCollection services)
            {
                {{registration}}
            }
        }
        """;

    /// <summary>The checks live in a library: no entry point needed.</summary>
    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new VerifyCS.Test { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static DiagnosticResult Expected(int location, string call, string check)
        => VerifyCS.Diagnostic(HealthCheckCallWithoutTimeoutAnalyzer.Rule).WithLocation(location).WithArguments(call, check);

    [Theory]
    [InlineData("using var r = await {|#0:http.GetAsync(\"https://payments/ping\")|};", "HttpClient.GetAsync")]
    [InlineData("_ = await {|#0:http.GetStringAsync(\"https://payments/ping\")|};", "HttpClient.GetStringAsync")]
    [InlineData("using var r = await {|#0:http.SendAsync(new HttpRequestMessage(HttpMethod.Head, \"/\"), CancellationToken.None)|};", "HttpClient.SendAsync")]
    [InlineData("await {|#0:connection.OpenAsync()|};", "DbConnection.OpenAsync")]
    [InlineData("await {|#0:connection.OpenAsync(default)|};", "DbConnection.OpenAsync")]
    [InlineData("using var cmd = connection.CreateCommand(); cmd.CommandText = \"select 1\"; await {|#0:cmd.ExecuteScalarAsync()|};", "DbCommand.ExecuteScalarAsync")]
    [InlineData("{|#0:connection.Open()|};", "DbConnection.Open")]
    [InlineData("using var tcp = new TcpClient(); await {|#0:tcp.ConnectAsync(\"redis\", 6379)|};", "TcpClient.ConnectAsync")]
    public Task CallOutWithoutTokenOrTimeout_Reports(string body, string call)
        => VerifyAsync(Check(body, "services.AddHealthChecks().AddCheck<PaymentsCheck>(\"payments\");"), Expected(0, call, "PaymentsCheck"));

    [Theory]
    [InlineData("using var r = await http.GetAsync(\"https://payments/ping\", cancellationToken);")]
    [InlineData("using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken); cts.CancelAfter(TimeSpan.FromSeconds(2)); using var r = await http.GetAsync(\"/ping\", cts.Token);")]
    [InlineData("await connection.OpenAsync(cancellationToken);")]
    [InlineData("using var tcp = new TcpClient(); await tcp.ConnectAsync(\"redis\", 6379, cancellationToken);")]
    [InlineData("await Task.Delay(10, cancellationToken);")]
    public Task TokenPassed_NoDiagnostic(string body)
        => VerifyAsync(Check(body, "services.AddHealthChecks().AddCheck<PaymentsCheck>(\"payments\");"));

    [Fact]
    public Task RegisteredWithTimeout_NoDiagnostic()
        => VerifyAsync(Check(
            "await connection.OpenAsync();",
            "services.AddHealthChecks().AddCheck<PaymentsCheck>(\"payments\", timeout: TimeSpan.FromSeconds(2));"));

    [Fact]
    public Task HttpClientTimeoutSet_NoDiagnosticForHttpCalls()
        => VerifyAsync(Check(
            "using var r = await http.GetAsync(\"/ping\");",
            "services.AddHttpClient<PaymentsCheck>(c => c.Timeout = TimeSpan.FromSeconds(2));"));

    [Fact]
    public Task HttpClientTimeoutInfinite_StillReports()
        => VerifyAsync(
            Check(
                "using var r = await {|#0:http.GetAsync(\"/ping\")|};",
                "services.AddHttpClient<PaymentsCheck>(c => c.Timeout = Timeout.InfiniteTimeSpan);"),
            Expected(0, "HttpClient.GetAsync", "PaymentsCheck"));

    [Fact]
    public Task AddCheckLambda_WithoutTimeout_Reports()
        => VerifyAsync(Check(
            "await Task.Yield();",
            """
            var http = new HttpClient();
            services.AddHealthChecks().AddAsyncCheck("payments", async () => (await {|#0:http.GetAsync("https://payments/ping")|}).IsSuccessStatusCode ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy());
            """),
            Expected(0, "HttpClient.GetAsync", "payments"));

    [Theory]
    [InlineData("services.AddHealthChecks().AddAsyncCheck(\"payments\", async ct => (await http.GetAsync(\"https://payments/ping\", ct)).IsSuccessStatusCode ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy());")]
    [InlineData("services.AddHealthChecks().AddAsyncCheck(\"payments\", async () => (await http.GetAsync(\"https://payments/ping\")).IsSuccessStatusCode ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy(), timeout: TimeSpan.FromSeconds(1));")]
    public Task AddCheckLambda_WithTokenOrTimeout_NoDiagnostic(string registration)
        => VerifyAsync(Check("await Task.Yield();", "var http = new HttpClient();\n" + registration));

    [Fact]
    public Task CallOutsideHealthCheck_NoDiagnostic()
        => VerifyAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;

            public sealed class Pinger(HttpClient http)
            {
                public Task<string> PingAsync() => http.GetStringAsync("https://payments/ping");
            }
            """);
}

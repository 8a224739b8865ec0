using AksReady.Analyzers.CodeFixes.Rules;
using AksReady.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AksReady.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<AksReady.Analyzers.Rules.BlockingHealthCheckAnalyzer, AksReady.Analyzers.CodeFixes.Rules.BlockingHealthCheckCodeFixProvider>;

namespace AksReady.Analyzers.Tests.Rules;

public sealed class BlockingHealthCheckAnalyzerTests
{
    private const string Usings = """
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Diagnostics.HealthChecks;

        """;

    private static Task VerifyAsync(string source, string? fixedSource, params DiagnosticResult[] expected)
        => VerifyCS.VerifyCodeFixAsync(Usings + source, expected, fixedSource is null ? null : Usings + fixedSource, OutputKind.DynamicallyLinkedLibrary);

    private static DiagnosticResult Expected(int location, string blocking)
        => VerifyCS.Diagnostic(BlockingHealthCheckAnalyzer.Rule).WithLocation(location).WithArguments(blocking);

    [Fact]
    public Task ThreadSleep_InAsyncCheck_FixedToTaskDelay()
        => VerifyAsync("""
            public sealed class SlowCheck : IHealthCheck
            {
                public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
                {
                    {|#0:Thread.Sleep(100)|};
                    await Task.Yield();
                    return HealthCheckResult.Healthy();
                }
            }
            """, """
            public sealed class SlowCheck : IHealthCheck
            {
                public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
                {
                    await Task.Delay(100, cancellationToken);
                    await Task.Yield();
                    return HealthCheckResult.Healthy();
                }
            }
            """,
            Expected(0, "Thread.Sleep"));

    [Fact]
    public Task Result_InAsyncCheck_FixedToAwait()
        => VerifyAsync("""
            public sealed class HttpCheck(HttpClient client) : IHealthCheck
            {
                public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
                {
                    var body = {|#0:client.GetStringAsync("http://localhost/").Result|};
                    await Task.Yield();
                    return body.Length > 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy();
                }
            }
            """, """
            public sealed class HttpCheck(HttpClient client) : IHealthCheck
            {
                public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
                {
                    var body = await client.GetStringAsync("http://localhost/");
                    await Task.Yield();
                    return body.Length > 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy();
                }
            }
            """,
            Expected(0, ".Result"));

    [Fact]
    public Task WaitAndGetResult_InAsyncCheck_FixedToAwait()
        => VerifyAsync("""
            public sealed class PingCheck : IHealthCheck
            {
                public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
                {
                    {|#0:PingAsync().Wait()|};
                    {|#1:PingAsync().ConfigureAwait(false).GetAwaiter().GetResult()|};
                    await Task.Yield();
                    return HealthCheckResult.Healthy();
                }

                private static Task PingAsync() => Task.CompletedTask;
            }
            """, """
            public sealed class PingCheck : IHealthCheck
            {
                public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
                {
                    await PingAsync();
                    await PingAsync().ConfigureAwait(false);
                    await Task.Yield();
                    return HealthCheckResult.Healthy();
                }

                private static Task PingAsync() => Task.CompletedTask;
            }
            """,
            Expected(0, "Task.Wait()"),
            Expected(1, "GetAwaiter().GetResult()"));

    [Fact]
    public Task BlockingInSynchronousCheck_ReportsWithoutFix()
        => VerifyAsync("""
            public sealed class SyncCheck : IHealthCheck
            {
                public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
                {
                    {|#0:Thread.Sleep(50)|};
                    var ok = {|#1:Task.FromResult(true).Result|};
                    {|#2:Task.WaitAll(Task.CompletedTask)|};
                    return Task.FromResult(ok ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy());
                }
            }
            """, fixedSource: null,
            Expected(0, "Thread.Sleep"),
            Expected(1, ".Result"),
            Expected(2, "Task.WaitAll"));

    [Fact]
    public Task ExplicitImplementationAndDerivedOverride_Report()
        => VerifyAsync("""
            public sealed class ExplicitCheck : IHealthCheck
            {
                Task<HealthCheckResult> IHealthCheck.CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
                {
                    {|#0:Thread.Sleep(50)|};
                    return Task.FromResult(HealthCheckResult.Healthy());
                }
            }

            public abstract class CheckBase : IHealthCheck
            {
                public abstract Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default);
            }

            public sealed class DerivedCheck : CheckBase
            {
                public override Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
                {
                    {|#1:Thread.Sleep(50)|};
                    return Task.FromResult(HealthCheckResult.Healthy());
                }
            }
            """, fixedSource: null,
            Expected(0, "Thread.Sleep"),
            Expected(1, "Thread.Sleep"));

    [Fact]
    public Task NonBlockingShapes_NoDiagnostic()
        => VerifyAsync("""
            public sealed class GoodCheck : IHealthCheck
            {
                public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
                {
                    await Task.Delay(100, cancellationToken);
                    var done = Task.CompletedTask;
                    await done;
                    _ = Task.Run(() => Thread.Sleep(10), cancellationToken);
                    void Local() => Thread.Sleep(1);
                    var holder = new Holder();
                    return holder.Result > 0 && done.IsCompleted ? HealthCheckResult.Healthy() : HealthCheckResult.Degraded();
                }
            }

            public sealed class Holder
            {
                public int Result { get; } = 1;
            }

            public sealed class NotAHealthCheck
            {
                public Task<bool> CheckHealthAsync()
                {
                    Thread.Sleep(100);
                    return Task.FromResult(Task.FromResult(true).Result);
                }
            }
            """, fixedSource: null);

    [Fact]
    public Task WithoutHealthChecksReferenced_NoDiagnostic()
    {
        var test = new VerifyCS.Test
        {
            TestCode = "public class C { public void M() { System.Threading.Thread.Sleep(1); } }",
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        return test.RunAsync();
    }
}

using AksReady.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AksReady.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<AksReady.Analyzers.Rules.StoppingTokenIgnoredAnalyzer, AksReady.Analyzers.CodeFixes.Rules.StoppingTokenIgnoredCodeFixProvider>;

namespace AksReady.Analyzers.Tests.Rules;

public sealed class StoppingTokenIgnoredAnalyzerTests
{
    private const string Usings = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        """;

    private static Task VerifyAsync(string source, string? fixedSource, params DiagnosticResult[] expected)
        => VerifyCS.VerifyCodeFixAsync(Usings + source, expected, fixedSource is null ? null : Usings + fixedSource, OutputKind.DynamicallyLinkedLibrary);

    [Fact]
    public Task EndlessLoopWithoutToken_AndDelayWithoutToken_Reported_DelayFixed()
        => VerifyAsync("""
            public sealed class Worker : BackgroundService
            {
                protected override async Task ExecuteAsync(CancellationToken stoppingToken)
                {
                    {|#0:while|} (true)
                    {
                        await {|#1:Task.Delay(1000)|};
                    }
                }
            }
            """, """
            public sealed class Worker : BackgroundService
            {
                protected override async Task ExecuteAsync(CancellationToken stoppingToken)
                {
                    while (true)
                    {
                        await Task.Delay(1000, stoppingToken);
                    }
                }
            }
            """,
            VerifyCS.Diagnostic(StoppingTokenIgnoredAnalyzer.LoopRule).WithLocation(0).WithArguments("stoppingToken"),
            VerifyCS.Diagnostic(StoppingTokenIgnoredAnalyzer.DelayRule).WithLocation(1).WithArguments("stoppingToken"));

    [Fact]
    public Task SwallowedCancellationInEndlessLoop_Reported()
        => VerifyAsync("""
            public sealed class Worker : BackgroundService
            {
                protected override async Task ExecuteAsync(CancellationToken ct)
                {
                    for (;;)
                    {
                        try
                        {
                            await Task.Delay(TimeSpan.FromSeconds(5), ct);
                        }
                        {|#0:catch|} (Exception ex)
                        {
                            Console.Error.WriteLine(ex);
                        }
                    }
                }
            }
            """, null,
            VerifyCS.Diagnostic(StoppingTokenIgnoredAnalyzer.SwallowedRule).WithLocation(0).WithArguments("ct"));

    // Found by the pod-hazards corpus: the documented BackgroundService idiom, a filtered OCE catch that breaks on
    // shutdown ahead of a catch-all that logs and retries, was reported.
    [Fact]
    public Task FilteredCancellationCatchThatBreaks_BeforeCatchAll_NotReported()
        => VerifyAsync("""
            public sealed class Worker : BackgroundService
            {
                protected override async Task ExecuteAsync(CancellationToken ct)
                {
                    while (true)
                    {
                        try
                        {
                            await Task.Delay(TimeSpan.FromSeconds(5), ct);
                        }
                        catch (OperationCanceledException) when (ct.IsCancellationRequested)
                        {
                            break;
                        }
                        catch (Exception ex)
                        {
                            Console.Error.WriteLine(ex);
                        }
                    }
                }
            }
            """, null);

    [Fact]
    public Task FilteredCancellationCatchOnOtherCondition_NextCatchDecides()
        => VerifyAsync("""
            public sealed class Worker : BackgroundService
            {
                protected override async Task ExecuteAsync(CancellationToken ct)
                {
                    while (true)
                    {
                        try
                        {
                            await Task.Delay(TimeSpan.FromSeconds(5), ct);
                        }
                        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                        {
                            break;
                        }
                        {|#0:catch|} (Exception ex)
                        {
                            Console.Error.WriteLine(ex);
                        }
                    }
                }
            }
            """, null,
            VerifyCS.Diagnostic(StoppingTokenIgnoredAnalyzer.SwallowedRule).WithLocation(0).WithArguments("ct"));

    [Fact]
    public Task CorrectWorkers_NotReported()
        => VerifyAsync("""
            public sealed class Polling : BackgroundService
            {
                protected override async Task ExecuteAsync(CancellationToken stoppingToken)
                {
                    while (!stoppingToken.IsCancellationRequested)
                    {
                        try
                        {
                            await Task.Delay(1000, stoppingToken);
                        }
                        catch (Exception)
                        {
                        }
                    }
                }
            }

            public sealed class Endless : BackgroundService
            {
                protected override async Task ExecuteAsync(CancellationToken stoppingToken)
                {
                    while (true)
                    {
                        try
                        {
                            await Task.Delay(1000, stoppingToken);
                        }
                        catch (OperationCanceledException)
                        {
                            break;
                        }
                        catch (Exception ex) when (ex is not OperationCanceledException)
                        {
                        }
                    }
                }
            }

            public sealed class Timer : BackgroundService
            {
                protected override async Task ExecuteAsync(CancellationToken stoppingToken)
                {
                    using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
                    while (await timer.WaitForNextTickAsync(stoppingToken))
                    {
                    }
                }
            }

            public sealed class NotAWorker
            {
                public async Task ExecuteAsync(CancellationToken stoppingToken)
                {
                    while (true)
                    {
                        await Task.Delay(1000);
                    }
                }
            }
            """, null);

    // Found by the held-out pod-hazards set (Corpus/External/podhazards.txt): the loop ran in IHostedService.StartAsync,
    // so the host never finished starting, whether or not the loop passed the start token to its calls.
    [Fact]
    public Task LoopUntilStopInStartMethods_Reported()
        => VerifyAsync("""
            public sealed class Poller : IHostedService
            {
                public async Task StartAsync(CancellationToken cancellationToken)
                {
                    {|#0:while|} (true)
                    {
                        await Task.Delay(10000, cancellationToken);
                    }
                }

                public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
            }

            public sealed class Listener : IHostedService
            {
                async Task IHostedService.StartAsync(CancellationToken cancellationToken)
                {
                    {|#1:while|} (!cancellationToken.IsCancellationRequested)
                    {
                        await Task.Delay(1000, cancellationToken);
                    }
                }

                Task IHostedService.StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
            }

            public sealed class Warmer : IHostedLifecycleService
            {
                public Task StartingAsync(CancellationToken cancellationToken)
                {
                    {|#2:for|} (;;)
                    {
                        Thread.Sleep(1000);
                    }
                }

                public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
                public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
                public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
                public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
                public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
            }
            """, null,
            VerifyCS.Diagnostic(StoppingTokenIgnoredAnalyzer.StartLoopRule).WithLocation(0).WithArguments("StartAsync"),
            VerifyCS.Diagnostic(StoppingTokenIgnoredAnalyzer.StartLoopRule).WithLocation(1).WithArguments("StartAsync"),
            VerifyCS.Diagnostic(StoppingTokenIgnoredAnalyzer.StartLoopRule).WithLocation(2).WithArguments("StartingAsync"));

    [Fact]
    public Task StartMethodsThatReturn_NotReported()
        => VerifyAsync("""
            public sealed class Connector : IHostedService
            {
                private Task? running;

                public async Task StartAsync(CancellationToken cancellationToken)
                {
                    // Wait for a dependency at startup: the loop ends once connected.
                    var attempt = 0;
                    while (true)
                    {
                        try
                        {
                            await ConnectAsync(cancellationToken);
                            break;
                        }
                        catch (InvalidOperationException) when (++attempt < 5)
                        {
                            await Task.Delay(1000, cancellationToken);
                        }
                    }

                    for (;;)
                    {
                        if (await ConnectAsync(cancellationToken))
                        {
                            return;
                        }
                    }
                }

                public Task StopAsync(CancellationToken cancellationToken) => running ?? Task.CompletedTask;

                private static Task<bool> ConnectAsync(CancellationToken cancellationToken) => Task.FromResult(true);
            }

            public sealed class Starter : IHostedService
            {
                private readonly CancellationTokenSource stopping = new();
                private Task? loop;

                public Task StartAsync(CancellationToken cancellationToken)
                {
                    // The loop runs as a task; StartAsync returns at once.
                    loop = Task.Run(async () =>
                    {
                        while (!stopping.IsCancellationRequested)
                        {
                            await Task.Delay(1000, stopping.Token);
                        }
                    });
                    return Task.CompletedTask;
                }

                public Task StopAsync(CancellationToken cancellationToken)
                {
                    stopping.Cancel();
                    return loop ?? Task.CompletedTask;
                }
            }

            public sealed class Worker : BackgroundService
            {
                public override Task StartAsync(CancellationToken cancellationToken) => base.StartAsync(cancellationToken);

                protected override async Task ExecuteAsync(CancellationToken stoppingToken)
                {
                    while (!stoppingToken.IsCancellationRequested)
                    {
                        await Task.Delay(1000, stoppingToken);
                    }
                }
            }

            public sealed class NotHosted
            {
                public async Task StartAsync(CancellationToken cancellationToken)
                {
                    while (true)
                    {
                        await Task.Delay(1000, cancellationToken);
                    }
                }
            }
            """, null);
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AksReady.Hosting.Tests;

public sealed class WarmupTests
{
    [Fact]
    public async Task StartupAndReadiness_Return503_UntilWarmupCompletes()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var app = await TestApp.StartAsync(configureBuilder: b =>
        {
            b.AddAksReady();
            b.Services.AddAksReadyWarmup((_, ct) => gate.Task.WaitAsync(ct));
        });

        Assert.Equal((503, "Unhealthy"), await app.GetAsync("/healthz/startup"));
        Assert.Equal((503, "Unhealthy"), await app.GetAsync("/healthz/ready"));
        Assert.Equal((200, "Healthy"), await app.GetAsync("/healthz/live"));

        gate.SetResult();
        await WaitForAsync(app, "/healthz/startup", 200);
        Assert.Equal((200, "Healthy"), await app.GetAsync("/healthz/startup"));
        Assert.Equal((200, "Healthy"), await app.GetAsync("/healthz/ready"));
    }

    [Fact]
    public async Task TypedWarmup_RunsOnce_InItsOwnScope()
    {
        CountingWarmup.Runs = 0;
        await using var app = await TestApp.StartAsync(configureBuilder: b =>
        {
            b.AddAksReady();
            b.Services.AddAksReadyWarmup<CountingWarmup>();
            b.Services.AddAksReadyWarmup<CountingWarmup>(); // registered twice: runs once
        });

        await WaitForAsync(app, "/healthz/startup", 200);
        Assert.Equal(1, CountingWarmup.Runs);
    }

    [Fact]
    public async Task FailingWarmup_KeepsStartupUnhealthy()
    {
        await using var app = await TestApp.StartAsync(configureBuilder: b =>
        {
            b.AddAksReady();
            b.Services.AddAksReadyWarmup((_, _) => Task.FromException(new InvalidOperationException("cache unreachable")));
        });

        await Task.Delay(200);
        Assert.Equal((503, "Unhealthy"), await app.GetAsync("/healthz/startup"));
        Assert.Equal((200, "Healthy"), await app.GetAsync("/healthz/live"));
    }

    [Fact]
    public void AddAksReadyWarmup_NullGuards()
    {
        IServiceCollection services = new ServiceCollection();
        Assert.Throws<ArgumentNullException>("services", () => ((IServiceCollection)null!).AddAksReadyWarmup<CountingWarmup>());
        Assert.Throws<ArgumentNullException>("services", () => ((IServiceCollection)null!).AddAksReadyWarmup((_, _) => Task.CompletedTask));
        Assert.Throws<ArgumentNullException>("warmup", () => services.AddAksReadyWarmup(null!));
    }

    private static async Task WaitForAsync(TestApp app, string path, int status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while ((await app.GetAsync(path)).Status != status && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }
    }

    private sealed class CountingWarmup : IAksReadyWarmup
    {
        public static int Runs;

        public Task WarmUpAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Runs);
            return Task.CompletedTask;
        }
    }
}

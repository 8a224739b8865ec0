using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace AksReady.Hosting.Tests;

public sealed class GracefulShutdownTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task ApplicationStopping_FlipsReadinessToDraining_WhileLivenessAndOtherRequestsKeepWorking(string environment)
    {
        // A 5 s drain: the checks below take ~0.5 s, but on a loaded 2-core CI machine they once ran past a 2 s drain
        // (connection refused once the server had stopped).
        await using var app = await TestApp.StartAsync(environment, configureBuilder: b => b.AddAksReady(o => o.DrainDelaySeconds = 5));
        Assert.Equal((200, "Healthy"), await app.GetAsync("/healthz/ready"));

        // What the console lifetime does on SIGTERM, followed by the host stopping (as Run() would do).
        var lifetime = app.App.Services.GetRequiredService<IHostApplicationLifetime>();
        var watch = Stopwatch.StartNew();
        lifetime.StopApplication();
        var stopTask = app.App.StopAsync();

        var ready = await app.GetAsync("/healthz/ready");
        var flipMs = watch.Elapsed.TotalMilliseconds;
        Assert.Equal((503, "Draining"), ready);
        Assert.True(flipMs < 1000, $"readiness flipped after {flipMs} ms");

        // Still serving during the drain.
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal((200, "Healthy"), await app.GetAsync("/healthz/live"));
            Assert.Equal((503, "Draining"), await app.GetAsync("/healthz/ready"));
            Assert.Equal((200, "Healthy"), await app.GetAsync("/healthz/startup"));
            await Task.Delay(100);
        }

        Assert.False(stopTask.IsCompleted, "the host must keep serving for the drain delay");
        await stopTask.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(4.9), $"stopped after {watch.Elapsed}, before the 5 s drain delay");
    }

    [Fact]
    public async Task HostStopAsync_AloneAlsoFlipsReadinessBeforeTheDrain()
    {
        await using var app = await TestApp.StartAsync(configureBuilder: b => b.AddAksReady(o => o.DrainDelaySeconds = 1));

        var stopTask = app.App.StopAsync();
        Assert.Equal((503, "Draining"), await app.GetAsync("/healthz/ready"));
        Assert.Equal((200, "Healthy"), await app.GetAsync("/healthz/live"));
        await stopTask.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task ReadinessFlip_IsMeasuredInMilliseconds()
    {
        await using var app = await TestApp.StartAsync(configureBuilder: b => b.AddAksReady(o => o.DrainDelaySeconds = 1));
        var lifetime = app.App.Services.GetRequiredService<IHostApplicationLifetime>();

        var watch = Stopwatch.StartNew();
        lifetime.StopApplication();

        // The flip happens synchronously in the ApplicationStopping callback: the very next probe already sees it.
        var result = await app.GetAsync("/healthz/ready");
        output.WriteLine($"in-process: StopApplication() to a 503 response: {watch.Elapsed.TotalMilliseconds:F2} ms");
        Assert.Equal((503, "Draining"), result);
        await app.App.StopAsync();
    }

    [Fact]
    public async Task HostThatNeverStarted_StopsWithoutTheDrainDelay()
    {
        var builder = TestApp.CreateBuilder();
        builder.AddAksReady(o => o.DrainDelaySeconds = 10);
        await using var app = builder.Build();
        var watch = Stopwatch.StartNew();
        await app.StopAsync();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"stop took {watch.Elapsed}");
    }

    [Fact]
    public async Task ZeroDrainDelay_StopsWithoutWaiting()
    {
        await using var app = await TestApp.StartAsync(configureBuilder: b => b.AddAksReady(o => o.DrainDelaySeconds = 0));
        var watch = Stopwatch.StartNew();
        await app.App.StopAsync();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"stop took {watch.Elapsed}");
    }

    [Fact]
    public async Task ShutdownTimeout_IsCappedAtTheTerminationGracePeriod()
    {
        await using var app = await TestApp.StartAsync(configureBuilder: b =>
        {
            b.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromMinutes(5));
            b.AddAksReady(o => o.TerminationGracePeriodSeconds = 20);
        });

        Assert.Equal(TimeSpan.FromSeconds(20), app.App.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }

    [Fact]
    public async Task ShutdownTimeout_ShorterThanGracePeriod_IsKept()
    {
        await using var app = await TestApp.StartAsync(configureBuilder: b =>
        {
            b.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(12));
            b.AddAksReady();
        });

        Assert.Equal(TimeSpan.FromSeconds(12), app.App.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }
}

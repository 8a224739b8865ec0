using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace AksReady.Hosting.Tests;

public sealed class ProbeCacheTests
{
    [Fact]
    public async Task ProbeBurst_RunsTheChecksOncePerCachePeriod()
    {
        var runs = 0;
        await using var app = await TestApp.StartAsync(configureBuilder: b =>
        {
            b.AddAksReady(o => o.ProbeCacheMilliseconds = 60_000);
            b.Services.AddHealthChecks().AddCheck("counting", () => { Interlocked.Increment(ref runs); return HealthCheckResult.Degraded(); }, tags: [AksReadyHealthCheckTags.Ready]);
        });

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal((200, "Degraded"), await app.GetAsync("/healthz/ready"));
        }

        Assert.Equal(1, Volatile.Read(ref runs));
    }

    [Fact]
    public async Task ZeroCache_RunsTheChecksOnEveryProbe()
    {
        var runs = 0;
        await using var app = await TestApp.StartAsync(configureBuilder: b =>
        {
            b.Configuration["AksReady:ProbeCacheMilliseconds"] = "0";
            b.AddAksReady();
            b.Services.AddHealthChecks().AddCheck("counting", () => { Interlocked.Increment(ref runs); return HealthCheckResult.Healthy(); }, tags: [AksReadyHealthCheckTags.Live]);
        });

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal((200, "Healthy"), await app.GetAsync("/healthz/live"));
        }

        Assert.Equal(3, Volatile.Read(ref runs));
    }

    [Fact]
    public async Task Draining_IsNeverCached()
    {
        await using var app = await TestApp.StartAsync(configureBuilder: b => b.AddAksReady(o =>
        {
            o.ProbeCacheMilliseconds = 60_000;
            o.DrainDelaySeconds = 5;
        }));
        Assert.Equal((200, "Healthy"), await app.GetAsync("/healthz/ready"));

        var stopping = app.App.StopAsync();
        await Task.Delay(200);
        Assert.Equal((503, "Draining"), await app.GetAsync("/healthz/ready"));
        Assert.Equal((200, "Healthy"), await app.GetAsync("/healthz/live"));
    }
}

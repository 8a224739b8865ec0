using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using System.Diagnostics.Metrics;

namespace AksReady.Hosting.Tests;

public sealed class ProbeFastPathTests
{
    [Fact]
    public async Task Probes_AreAnsweredBeforeAppMiddleware_LikeHttpsRedirection()
    {
        await using var app = await TestApp.StartAsync(configureApp: a =>
        {
            a.Use((HttpContext context, RequestDelegate _) =>
            {
                context.Response.StatusCode = StatusCodes.Status418ImATeapot;
                return Task.CompletedTask;
            });
            a.MapAksReadyEndpoints();
        });

        Assert.Equal((200, "Healthy"), await app.GetAsync("/healthz/ready"));
        Assert.Equal((200, "Healthy"), await app.GetAsync("/HEALTHZ/live/"));
        Assert.Equal((200, "Healthy"), await app.GetAsync("/healthz/startup"));
        Assert.Equal(418, (await app.GetAsync("/api/other")).Status);
        using var post = await app.Client.PostAsync("/healthz/ready", content: null);
        Assert.Equal(418, (int)post.StatusCode);
    }

    [Fact]
    public async Task RequireHost_IsHonoured_ByFallingBackToRouting()
    {
        await using var app = await TestApp.StartAsync(configureApp: a => a.MapAksReadyEndpoints().RequireHost("*:1"));
        Assert.Equal(404, (await app.GetAsync("/healthz/ready")).Status);
    }

    [Fact]
    public async Task WithoutMappedEndpoints_NothingAnswersTheProbePaths()
    {
        await using var app = await TestApp.StartAsync(configureApp: a => a.MapGet("/", () => "x"));
        Assert.Equal(404, (await app.GetAsync("/healthz/ready")).Status);
    }

    [Fact]
    public async Task FastPathProbes_StayOutOfHttpServerRequestDuration()
    {
        await using var app = await TestApp.StartAsync(configureApp: a =>
        {
            a.MapGet("/api/hello", () => "hello");
            a.MapAksReadyEndpoints();
        });
        var meterFactory = app.App.Services.GetRequiredService<IMeterFactory>();
        var recorded = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == meterFactory && instrument.Name == "http.server.request.duration")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, _, _, _) => Interlocked.Increment(ref recorded));
        listener.Start();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(200, (await app.GetAsync("/healthz/ready")).Status);
            Assert.Equal(200, (await app.GetAsync("/healthz/live")).Status);
        }

        await Task.Delay(100);
        Assert.Equal(0, Volatile.Read(ref recorded));
        Assert.Equal(200, (await app.GetAsync("/api/hello")).Status);
        for (var i = 0; i < 50 && Volatile.Read(ref recorded) == 0; i++)
        {
            await Task.Delay(20);
        }

        Assert.Equal(1, Volatile.Read(ref recorded));
    }
}

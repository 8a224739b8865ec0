using System.Net;
using AksReady.Hosting.Internal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace AksReady.Hosting.Tests;

/// <summary>
/// Probes answered in front of the hosting layer (<see cref="ProbeFrontDoorServer"/>): no HttpContext is created for a
/// probe whose answer is known (drain, startup state, cached result); everything else goes through the app unchanged.
/// </summary>
public sealed class ProbeFrontDoorTests
{
    [Fact]
    public async Task KestrelIsDecorated_AndItsFeaturesStayVisible()
    {
        await using var app = await TestApp.StartAsync();
        var server = app.App.Services.GetRequiredService<IServer>();
        Assert.IsType<ProbeFrontDoorServer>(server);
        Assert.Single(app.App.Urls);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ProbeFrontDoorFalse_LeavesKestrelAlone_AndTheMiddlewareAnswers(bool viaConfiguration)
    {
        var counter = new CountingHttpContextFactory();
        await using var app = await TestApp.StartAsync(configureBuilder: b =>
        {
            if (viaConfiguration)
            {
                b.Configuration["AksReady:ProbeFrontDoor"] = "false";
                b.AddAksReady();
            }
            else
            {
                b.AddAksReady(o => o.ProbeFrontDoor = false);
            }

            counter.Register(b.Services);
        });

        Assert.IsNotType<ProbeFrontDoorServer>(app.App.Services.GetRequiredService<IServer>());
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal((200, "Healthy"), await app.GetAsync("/healthz/ready"));
        }

        Assert.Equal(3, counter.Created);
    }

    [Fact]
    public async Task CachedProbes_CreateNoHttpContext_OtherRequestsDo()
    {
        var counter = new CountingHttpContextFactory();
        await using var app = await TestApp.StartAsync(
            configureBuilder: b =>
            {
                b.AddAksReady(o => o.ProbeCacheMilliseconds = 60_000);
                counter.Register(b.Services);
            },
            configureApp: a =>
            {
                a.MapGet("/api/hello", () => "hello");
                a.MapAksReadyEndpoints();
            });

        // The first probe of each kind runs the checks in the pipeline (and fills the cache).
        Assert.Equal((200, "Healthy"), await app.GetAsync("/healthz/ready"));
        Assert.Equal((200, "Healthy"), await app.GetAsync("/healthz/live"));
        Assert.Equal((200, "Healthy"), await app.GetAsync("/healthz/startup"));
        var afterFirst = counter.Created;
        Assert.Equal(3, afterFirst);

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal((200, "Healthy"), await app.GetAsync("/healthz/ready"));
            Assert.Equal((200, "Healthy"), await app.GetAsync("/HEALTHZ/Live/"));
            Assert.Equal((200, "Healthy"), await app.GetAsync("/healthz/startup"));
        }

        Assert.Equal(afterFirst, counter.Created);
        Assert.Equal((200, "hello"), await app.GetAsync("/api/hello"));
        Assert.Equal(404, (await app.GetAsync("/healthz/ready/x")).Status);
        using var post = await app.Client.PostAsync("/healthz/ready", content: null);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal(afterFirst + 3, counter.Created);
    }

    [Fact]
    public async Task DrainAndUnhealthyAnswers_ComeFromTheFrontDoor()
    {
        var counter = new CountingHttpContextFactory();
        await using var app = await TestApp.StartAsync(configureBuilder: b =>
        {
            b.AddAksReady(o => o.DrainDelaySeconds = 1);
            b.Services.AddHealthChecks().AddCheck("db", () => HealthCheckResult.Unhealthy("down"), tags: [AksReadyHealthCheckTags.Ready]);
            counter.Register(b.Services);
        });

        Assert.Equal((503, "Unhealthy"), await app.GetAsync("/healthz/ready"));
        var created = counter.Created;
        Assert.Equal((503, "Unhealthy"), await app.GetAsync("/healthz/ready"));
        Assert.Equal(created, counter.Created);

        app.App.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        Assert.Equal((503, "Draining"), await app.GetAsync("/healthz/ready"));
        Assert.Equal(created, counter.Created);
    }

    [Theory]
    [InlineData(HttpProtocols.Http1)]
    [InlineData(HttpProtocols.Http2)]
    public async Task GetAndHead_CarryTheSameHeaders_OverHttp1AndHttp2(HttpProtocols protocols)
    {
        await using var app = await TestApp.StartAsync(configureBuilder: b =>
        {
            b.WebHost.ConfigureKestrel(k => k.ConfigureEndpointDefaults(l => l.Protocols = protocols));
            b.AddAksReady();
        });
        var version = protocols == HttpProtocols.Http2 ? HttpVersion.Version20 : HttpVersion.Version11;

        // Twice: the first answer comes from the pipeline, the second from the front door (cached result).
        for (var i = 0; i < 2; i++)
        {
            using var get = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/healthz/ready") { Version = version, VersionPolicy = HttpVersionPolicy.RequestVersionExact });
            Assert.Equal(version, get.Version);
            Assert.Equal(HttpStatusCode.OK, get.StatusCode);
            Assert.Equal("Healthy", await get.Content.ReadAsStringAsync());
            Assert.Equal("text/plain; charset=utf-8", get.Content.Headers.ContentType!.ToString());
            Assert.Equal(7, get.Content.Headers.ContentLength);
            Assert.True(get.Headers.CacheControl!.NoStore);
            Assert.True(get.Headers.CacheControl.NoCache);

            using var head = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/healthz/live") { Version = version, VersionPolicy = HttpVersionPolicy.RequestVersionExact });
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
            Assert.Equal(7, head.Content.Headers.ContentLength);
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
            Assert.True(head.Headers.CacheControl!.NoStore);
        }
    }

    [Fact]
    public async Task ProbesAndAppRequests_Interleave_OnOneKeepAliveConnection()
    {
        await using var app = await TestApp.StartAsync(configureApp: a =>
        {
            a.MapGet("/api/hello", (HttpContext c) => "hello " + c.Request.Query["i"]);
            a.MapAksReadyEndpoints();
        });
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1 };
        using var client = new HttpClient(handler) { BaseAddress = app.Client.BaseAddress };

        for (var i = 0; i < 50; i++)
        {
            Assert.Equal("Healthy", await client.GetStringAsync("/healthz/ready"));
            Assert.Equal($"hello {i}", await client.GetStringAsync($"/api/hello?i={i}"));
            using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/healthz/startup"));
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        }
    }

    [Fact]
    public async Task RequireHost_KeepsTheFrontDoorOut()
    {
        await using var app = await TestApp.StartAsync(configureApp: a => a.MapAksReadyEndpoints().RequireHost("*:1"));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(404, (await app.GetAsync("/healthz/ready")).Status);
        }
    }

    /// <summary>Counts the HttpContexts the hosting layer creates for this app only.</summary>
    private sealed class CountingHttpContextFactory
    {
        private int _created;

        public int Created => Volatile.Read(ref _created);

        public void Register(IServiceCollection services)
            => services.AddSingleton<IHttpContextFactory>(sp => new Factory(this, new DefaultHttpContextFactory(sp)));

        private sealed class Factory(CountingHttpContextFactory owner, DefaultHttpContextFactory inner) : IHttpContextFactory
        {
            public HttpContext Create(IFeatureCollection featureCollection)
            {
                Interlocked.Increment(ref owner._created);
                return inner.Create(featureCollection);
            }

            public void Dispose(HttpContext httpContext) => inner.Dispose(httpContext);
        }
    }
}

using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AksReady.Hosting.Tests;

/// <summary>The standard resilience handler against a real Kestrel endpoint that fails the first attempts.</summary>
public sealed class HttpClientDefaultsTests
{
    [Theory]
    [InlineData("GET", 3, 200)]   // retried until it succeeds
    [InlineData("PUT", 3, 200)]   // idempotent: retried
    [InlineData("DELETE", 3, 200)]
    [InlineData("POST", 1, 503)]  // not idempotent: never retried
    [InlineData("PATCH", 1, 503)]
    public async Task FactoryClients_RetryIdempotentMethodsOnly(string method, int expectedAttempts, int expectedStatus)
    {
        var attempts = 0;
        await using var app = await TestApp.StartAsync(
            configureBuilder: b => b.AddAksReady(),
            configureApp: a => a.Map("/flaky", (HttpContext context) =>
            {
                // Fail twice with a Retry-After of 0 so the retry does not wait for the 2 s back-off.
                if (Interlocked.Increment(ref attempts) <= 2)
                {
                    context.Response.Headers.RetryAfter = "0";
                    return Results.StatusCode(503);
                }

                return Results.Text("ok");
            }));

        var factory = app.App.Services.GetRequiredService<IHttpClientFactory>();
        using var client = factory.CreateClient("downstream");
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(app.Client.BaseAddress!, "/flaky"));
        using var response = await client.SendAsync(request);

        Assert.Equal(expectedStatus, (int)response.StatusCode);
        Assert.Equal(expectedAttempts, Volatile.Read(ref attempts));
    }

    [Fact]
    public async Task Disabled_ByConfiguration_NoRetries()
    {
        var attempts = 0;
        await using var app = await TestApp.StartAsync(
            configureBuilder: b =>
            {
                b.Configuration["AksReady:HttpClientResilience"] = "false";
                b.AddAksReady();
                b.Services.AddHttpClient();
            },
            configureApp: a => a.MapGet("/flaky", () =>
            {
                Interlocked.Increment(ref attempts);
                return Results.StatusCode(503);
            }));

        using var client = app.App.Services.GetRequiredService<IHttpClientFactory>().CreateClient();
        using var response = await client.GetAsync(new Uri(app.Client.BaseAddress!, "/flaky"));
        Assert.Equal(503, (int)response.StatusCode);
        Assert.Equal(1, attempts);
    }

    [Fact]
    public void Disabled_ByCallback_RegistersNothing_AndSubStepIsIdempotent()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.AddAksReady(o => o.HttpClientResilience = false);
        var before = builder.Services.Count;
        builder.AddAksReadyHttpClientDefaults();
        var afterFirst = builder.Services.Count;
        builder.AddAksReadyHttpClientDefaults();
        Assert.True(afterFirst > before);
        Assert.Equal(afterFirst, builder.Services.Count);
        Assert.Throws<ArgumentNullException>("builder", () => ((HostApplicationBuilder)null!).AddAksReadyHttpClientDefaults());
    }
}

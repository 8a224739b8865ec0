using System.Net.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AksReady.Hosting.Tests;

/// <summary>A real Kestrel app on 127.0.0.1 with an ephemeral port.</summary>
internal sealed class TestApp : IAsyncDisposable
{
    private TestApp(WebApplication app, Uri baseAddress)
    {
        App = app;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public static WebApplicationBuilder CreateBuilder(string environment = "Production", string? applicationName = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ApplicationName = applicationName,
            Args = [],
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        return builder;
    }

    public static async Task<TestApp> StartAsync(
        string environment = "Production",
        Action<WebApplicationBuilder>? configureBuilder = null,
        Action<WebApplication>? configureApp = null,
        string? applicationName = null)
    {
        var builder = CreateBuilder(environment, applicationName);
        configureBuilder ??= b => b.AddAksReady();
        configureBuilder(builder);
        var app = builder.Build();
        if (configureApp is null)
        {
            app.MapAksReadyEndpoints();
        }
        else
        {
            configureApp(app);
        }

        await app.StartAsync();
        var address = app.Urls.Single();
        return new TestApp(app, new Uri(address));
    }

    public async Task<(int Status, string Body)> GetAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        // A cancelled token cuts the drain delay short so each test does not wait for it.
        await App.StopAsync(new CancellationToken(canceled: true));
        await App.DisposeAsync();
    }
}

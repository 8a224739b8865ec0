using System.Diagnostics;
using System.Text;
using System.Text.Json;
using AksReady.Hosting.Internal.Logging;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Serilog.Extensions.Logging;

namespace AksReady.Hosting.Tests;

public sealed class LoggingTests
{
    private sealed class Capture
    {
        private readonly StringWriter _writer = new(new StringBuilder());

        public LogOutput Output => new(_writer);

        public List<JsonElement> Events()
        {
            string text;
            lock (_writer)
            {
                text = _writer.ToString();
            }

            return text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => JsonDocument.Parse(line).RootElement.Clone())
                .ToList();
        }
    }

    private static Task<TestApp> StartAsync(Capture capture, Action<WebApplicationBuilder>? configure = null, Action<WebApplication>? configureApp = null) =>
        TestApp.StartAsync(
            configureBuilder: b =>
            {
                b.Services.AddSingleton(capture.Output);
                configure?.Invoke(b);
                b.AddAksReady();
            },
            configureApp: a =>
            {
                a.MapGet("/api/hello", (ILogger<LoggingTests> logger) =>
                {
                    logger.LogInformation("Signed in {UserName} with {Password} and {ApiKey}", "alice", "hunter2", "k-123");
                    return "hello";
                });
                configureApp?.Invoke(a);
                a.MapAksReadyEndpoints();
            });

    [Fact]
    public async Task Events_AreCompactJson_WithTraceIds_PodAttributes_AndRedactedSecrets()
    {
        var capture = new Capture();
        await using var app = await StartAsync(capture, b =>
        {
            b.Configuration["POD_NAME"] = "orders-7d9f-abcde";
            b.Configuration["POD_NAMESPACE"] = "shop";
            b.Configuration["NODE_NAME"] = "aks-nodepool1-0";
        });

        Assert.Equal(200, (await app.GetAsync("/api/hello")).Status);

        var signIn = Assert.Single(capture.Events(), e => e.TryGetProperty("UserName", out _));
        Assert.True(signIn.TryGetProperty("@t", out _));
        Assert.Equal("Signed in \"alice\" with \"***\" and \"***\"", signIn.GetProperty("@m").GetString());
        Assert.Equal("***", signIn.GetProperty("Password").GetString());
        Assert.Equal("***", signIn.GetProperty("ApiKey").GetString());
        Assert.Equal("alice", signIn.GetProperty("UserName").GetString());
        Assert.Matches("^[0-9a-f]{32}$", signIn.GetProperty("@tr").GetString());
        Assert.Matches("^[0-9a-f]{16}$", signIn.GetProperty("@sp").GetString());
        Assert.Equal("orders-7d9f-abcde", signIn.GetProperty("k8s.pod.name").GetString());
        Assert.Equal("shop", signIn.GetProperty("k8s.namespace.name").GetString());
        Assert.Equal("aks-nodepool1-0", signIn.GetProperty("k8s.node.name").GetString());
        Assert.Equal("/api/hello", signIn.GetProperty("RequestPath").GetString());
        Assert.Equal(typeof(LoggingTests).FullName, signIn.GetProperty("SourceContext").GetString());
        Assert.DoesNotContain(capture.Events(), e => e.GetRawText().Contains("hunter2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProbeRequests_LogNothing_EvenWhenUnhealthy()
    {
        var capture = new Capture();
        await using var app = await StartAsync(capture, b => b.Services.AddHealthChecks()
            .AddCheck("db", () => HealthCheckResult.Unhealthy("down"), tags: [AksReadyHealthCheckTags.Ready]));
        await Task.Delay(100);
        var before = capture.Events().Count;

        Assert.Equal(200, (await app.GetAsync("/healthz/live")).Status);
        Assert.Equal(503, (await app.GetAsync("/healthz/ready")).Status);
        Assert.Equal(200, (await app.GetAsync("/healthz/startup")).Status);
        Assert.Equal(before, capture.Events().Count);

        // A normal request is request-logged (Logging:LogLevel defaults to Information), so the filter is what hid the probes.
        Assert.Equal(200, (await app.GetAsync("/api/hello")).Status);
        Assert.Contains(capture.Events(), e => e.TryGetProperty("RequestPath", out var p) && p.GetString() == "/api/hello"
            && e.GetProperty("SourceContext").GetString() == "Microsoft.AspNetCore.Hosting.Diagnostics");
    }

    [Fact]
    public async Task LoggingLogLevel_OverridesApply()
    {
        var capture = new Capture();
        await using var app = await StartAsync(capture, b => b.Configuration["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning");

        Assert.Equal(200, (await app.GetAsync("/api/hello")).Status);
        var events = capture.Events();
        Assert.Contains(events, e => e.TryGetProperty("UserName", out _));
        Assert.DoesNotContain(events, e => e.TryGetProperty("SourceContext", out var s) && s.GetString()!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SerilogSection_MinimumLevelOverrides_Apply()
    {
        var capture = new Capture();
        await using var app = await StartAsync(capture, b =>
        {
            b.Configuration["Logging:LogLevel:Default"] = "Warning";
            b.Configuration["Serilog:MinimumLevel:Default"] = "Information";
            b.Configuration["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Warning";
        });

        Assert.Equal(200, (await app.GetAsync("/api/hello")).Status);
        var events = capture.Events();
        // Serilog's Information wins over Logging:LogLevel:Default=Warning; its override hides the request logs.
        Assert.Contains(events, e => e.TryGetProperty("UserName", out _));
        Assert.DoesNotContain(events, e => e.TryGetProperty("SourceContext", out var s) && s.GetString()!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DestructuredObjects_AndConnectionStrings_AreRedacted()
    {
        var capture = new Capture();
        await using var app = await StartAsync(capture, configureApp: a => a.MapGet("/api/config", (ILogger<LoggingTests> logger) =>
        {
            logger.LogWarning(
                "Using {@Settings} and {Db}",
                new { Endpoint = "https://x", Client_Secret = "s3cr3t", Nested = new { AccessToken = "tok", Name = "n" } },
                "Server=db;User Id=app;Password=hunter2;Encrypt=true");
            return "ok";
        }));

        Assert.Equal(200, (await app.GetAsync("/api/config")).Status);
        var e = Assert.Single(capture.Events(), e => e.TryGetProperty("Settings", out _));
        var settings = e.GetProperty("Settings");
        Assert.Equal("https://x", settings.GetProperty("Endpoint").GetString());
        Assert.Equal("***", settings.GetProperty("Client_Secret").GetString());
        Assert.Equal("***", settings.GetProperty("Nested").GetProperty("AccessToken").GetString());
        Assert.Equal("n", settings.GetProperty("Nested").GetProperty("Name").GetString());
        Assert.Equal("Server=db;User Id=app;Password=***;Encrypt=true", e.GetProperty("Db").GetString());
        Assert.Equal("Warning", e.GetProperty("@l").GetString());
        Assert.DoesNotContain("hunter2", e.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", e.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Password", true)]
    [InlineData("db_password", true)]
    [InlineData("X-Api-Key", true)]
    [InlineData("ConnectionStrings:Orders", true)]
    [InlineData("AzureCredential", true)]
    [InlineData("refresh-token", true)]
    [InlineData("ClientSecret", true)]
    [InlineData("UserName", false)]
    [InlineData("RequestPath", false)]
    public void SecretNames_AreRecognised(string name, bool secret) => Assert.Equal(secret, SecretRedactionEnricher.IsSecretName(name));

    [Fact]
    public void Serilog_ReplacesTheConsoleLogger_AndCanBeTurnedOff()
    {
        var on = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        on.AddAksReady();
        using (var app = on.Build())
        {
            var providers = app.Services.GetServices<ILoggerProvider>().ToList();
            Assert.Contains(providers, p => p is SerilogLoggerProvider);
            Assert.DoesNotContain(providers, p => p is ConsoleLoggerProvider);
        }

        var off = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        off.Configuration["AksReady:Logging:Serilog"] = "false";
        off.AddAksReady();
        using (var app = off.Build())
        {
            var providers = app.Services.GetServices<ILoggerProvider>().ToList();
            Assert.DoesNotContain(providers, p => p is SerilogLoggerProvider);
            Assert.Contains(providers, p => p is ConsoleLoggerProvider);
        }
    }
}

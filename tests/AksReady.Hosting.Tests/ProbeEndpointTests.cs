using System.Net;
using AksReady.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace AksReady.Hosting.Tests;

public sealed class ProbeEndpointTests
{
    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task AllProbes_Return200Healthy_AfterStart_InEveryEnvironment(string environment)
    {
        await using var app = await TestApp.StartAsync(environment);

        foreach (var path in new[] { "/healthz/startup", "/healthz/live", "/healthz/ready" })
        {
            using var response = await app.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
            Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        }
    }

    [Fact]
    public async Task Head_IsSupported_WithoutBody()
    {
        await using var app = await TestApp.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Head, "/healthz/live");
        using var response = await app.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Post_IsNotAProbe()
    {
        await using var app = await TestApp.StartAsync();
        using var response = await app.Client.PostAsync("/healthz/live", content: null);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task FailingReadyCheck_Returns503Unhealthy_WithoutLeakingDetails_AndLivenessStays200()
    {
        await using var app = await TestApp.StartAsync(configureBuilder: b =>
        {
            b.AddAksReady();
            b.Services.AddHealthChecks().AddCheck(
                "secret-database-name",
                () => HealthCheckResult.Unhealthy("connection string Password=hunter2", new InvalidOperationException("boom-details")),
                tags: [AksReadyHealthCheckTags.Ready]);
        });

        var ready = await app.GetAsync("/healthz/ready");
        Assert.Equal(503, ready.Status);
        Assert.Equal("Unhealthy", ready.Body);
        Assert.DoesNotContain("secret", ready.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("boom", ready.Body, StringComparison.OrdinalIgnoreCase);

        Assert.Equal((200, "Healthy"), await app.GetAsync("/healthz/live"));
        Assert.Equal((200, "Healthy"), await app.GetAsync("/healthz/startup"));
    }

    [Fact]
    public async Task ThrowingReadyCheck_Returns503Unhealthy_WithoutExceptionText()
    {
        await using var app = await TestApp.StartAsync(configureBuilder: b =>
        {
            b.AddAksReady();
            b.Services.AddHealthChecks().AddCheck<ThrowingCheck>("thrower", tags: [AksReadyHealthCheckTags.Ready]);
        });

        Assert.Equal((503, "Unhealthy"), await app.GetAsync("/healthz/ready"));
    }

    [Fact]
    public async Task Liveness_RunsOnlyLiveTaggedChecks()
    {
        await using var app = await TestApp.StartAsync(configureBuilder: b =>
        {
            b.AddAksReady();
            b.Services.AddHealthChecks()
                .AddCheck("untagged-failing", () => HealthCheckResult.Unhealthy())
                .AddCheck("startup-failing", () => HealthCheckResult.Unhealthy(), tags: [AksReadyHealthCheckTags.Startup]);
        });

        Assert.Equal((200, "Healthy"), await app.GetAsync("/healthz/live"));
        Assert.Equal((200, "Healthy"), await app.GetAsync("/healthz/ready"));
        Assert.Equal((503, "Unhealthy"), await app.GetAsync("/healthz/startup"));
    }

    [Fact]
    public async Task FailingLiveCheck_Returns503OnLiveness()
    {
        await using var app = await TestApp.StartAsync(configureBuilder: b =>
        {
            b.AddAksReady();
            b.Services.AddHealthChecks().AddCheck("deadlock-detector", () => HealthCheckResult.Unhealthy(), tags: [AksReadyHealthCheckTags.Live]);
        });

        Assert.Equal((503, "Unhealthy"), await app.GetAsync("/healthz/live"));
        Assert.Equal((200, "Healthy"), await app.GetAsync("/healthz/ready"));
    }

    [Fact]
    public async Task DegradedReadyCheck_Returns200Degraded()
    {
        await using var app = await TestApp.StartAsync(configureBuilder: b =>
        {
            b.AddAksReady();
            b.Services.AddHealthChecks().AddCheck("slow", () => HealthCheckResult.Degraded(), tags: [AksReadyHealthCheckTags.Ready]);
        });

        Assert.Equal((200, "Degraded"), await app.GetAsync("/healthz/ready"));
    }

    [Fact]
    public async Task ExistingSelfCheck_IsNotDuplicated()
    {
        await using var app = await TestApp.StartAsync(configureBuilder: b =>
        {
            // What Aspire's service defaults do before AddAksReady.
            b.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);
            b.AddAksReady();
        });

        Assert.Equal((200, "Healthy"), await app.GetAsync("/healthz/live"));
        var options = app.App.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HealthCheckServiceOptions>>().Value;
        Assert.Single(options.Registrations, r => r.Name == "self");
    }

    [Fact]
    public async Task Probes_AreAnonymous_EvenWithAFallbackPolicyThatRequiresAuthentication()
    {
        await using var app = await TestApp.StartAsync(
            configureBuilder: b =>
            {
                b.AddAksReady();
                b.Services.AddAuthentication();
                b.Services.AddAuthorization(o => o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
            },
            configureApp: a =>
            {
                a.UseAuthentication();
                a.UseAuthorization();
                a.MapGet("/api/secret", () => "secret");
                a.MapAksReadyEndpoints();
            });

        Assert.Equal((200, "Healthy"), await app.GetAsync("/healthz/live"));
        Assert.Equal((200, "Healthy"), await app.GetAsync("/healthz/ready"));
        Assert.Equal((200, "Healthy"), await app.GetAsync("/healthz/startup"));
        var secret = await app.GetAsync("/api/secret");
        Assert.NotEqual(200, secret.Status);

        var probes = app.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Where(e => e.DisplayName?.StartsWith("AksReady", StringComparison.Ordinal) == true)
            .ToList();
        Assert.Equal(3, probes.Count);
        Assert.All(probes, e => Assert.NotNull(e.Metadata.GetMetadata<IAllowAnonymous>()));
        Assert.All(probes, e => Assert.NotNull(e.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IDisableHttpMetricsMetadata>()));
    }

    [Fact]
    public async Task ConfiguredPaths_AreMapped()
    {
        await using var app = await TestApp.StartAsync(configureBuilder: b =>
        {
            b.Configuration["AksReady:LivenessPath"] = "/k8s/alive";
            b.AddAksReady(o => o.ReadinessPath = "/k8s/ready");
        });

        Assert.Equal((200, "Healthy"), await app.GetAsync("/k8s/alive"));
        Assert.Equal((200, "Healthy"), await app.GetAsync("/k8s/ready"));
        Assert.Equal((200, "Healthy"), await app.GetAsync("/healthz/startup"));
        Assert.Equal(404, (await app.GetAsync("/healthz/live")).Status);
    }

    [Fact]
    public async Task MapAksReadyEndpoints_ReturnsAChainableBuilder()
    {
        IEndpointConventionBuilder? returned = null;
        await using var app = await TestApp.StartAsync(configureApp: a =>
        {
            returned = a.MapAksReadyEndpoints().WithMetadata(new ProbeMarker());
        });

        Assert.NotNull(returned);
        var probes = app.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Where(e => e.Metadata.GetMetadata<ProbeMarker>() is not null);
        Assert.Equal(3, probes.Count());
    }

    [Fact]
    public async Task MapAksReadyEndpoints_WithoutAddAksReady_ThrowsClearMessage()
    {
        var builder = TestApp.CreateBuilder();
        await using var app = builder.Build();
        var ex = Assert.Throws<InvalidOperationException>(() => app.MapAksReadyEndpoints());
        Assert.Contains("AddAksReady()", ex.Message, StringComparison.Ordinal);
    }

    private sealed class ProbeMarker;

    private sealed class ThrowingCheck : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
            => throw new InvalidOperationException("internal exception text");
    }
}

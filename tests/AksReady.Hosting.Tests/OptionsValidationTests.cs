using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AksReady.Hosting.Tests;

public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("AksReady:LivenessPath", "healthz/live", "AksReady:LivenessPath is 'healthz/live'; a probe path must start with '/'")]
    [InlineData("AksReady:ReadinessPath", "/healthz/ready?x=1", "AksReady:ReadinessPath is '/healthz/ready?x=1'; a probe path is a literal URL path")]
    [InlineData("AksReady:StartupPath", "/healthz/live", "AksReady:StartupPath and AksReady:LivenessPath are both '/healthz/live'")]
    [InlineData("AksReady:DrainDelaySeconds", "-1", "DrainDelaySeconds")]
    [InlineData("AksReady:DrainDelaySeconds", "30", "AksReady:DrainDelaySeconds (30) must be shorter than AksReady:TerminationGracePeriodSeconds (30)")]
    [InlineData("AksReady:Port", "70000", "Port")]
    public async Task InvalidConfiguration_FailsAtStart_WithAClearMessage(string key, string value, string expectedMessage)
    {
        var builder = TestApp.CreateBuilder();
        builder.Configuration[key] = value;
        builder.AddAksReady();
        await using var app = builder.Build();

        // Without mapping: ValidateOnStart reports it when the host starts.
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
        Assert.Contains(expectedMessage, ex.Message, StringComparison.Ordinal);
        Assert.Equal(typeof(AksReadyOptions), ex.OptionsType);
    }

    [Fact]
    public void InvalidPath_FailsWhenMapping_WithAClearMessage()
    {
        var builder = TestApp.CreateBuilder("Development");
        builder.AddAksReady(o => o.ReadinessPath = "ready");
        var app = builder.Build();

        var ex = Assert.Throws<OptionsValidationException>(() => app.MapAksReadyEndpoints());
        Assert.Contains("AksReady:ReadinessPath is 'ready'; a probe path must start with '/', for example '/ready'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyPath_IsRejected()
    {
        var builder = TestApp.CreateBuilder();
        builder.AddAksReady(o => o.StartupPath = "");
        await using var app = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
        Assert.Contains("StartupPath", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeveralErrors_AreAllReported()
    {
        var builder = TestApp.CreateBuilder();
        builder.AddAksReady(o =>
        {
            o.LivenessPath = "live";
            o.ReadinessPath = "ready";
        });
        await using var app = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
        Assert.Contains(ex.Failures, f => f.Contains("LivenessPath", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("ReadinessPath", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ValidOptions_Start()
    {
        await using var app = await TestApp.StartAsync(configureBuilder: b => b.AddAksReady(o =>
        {
            o.DrainDelaySeconds = 0;
            o.TerminationGracePeriodSeconds = 1;
            o.Port = 65535;
        }));
        Assert.Equal((200, "Healthy"), await app.GetAsync("/healthz/ready"));
    }
}

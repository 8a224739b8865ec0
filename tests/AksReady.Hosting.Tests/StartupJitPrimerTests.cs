using System.Diagnostics;
using AksReady.Hosting.Internal;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace AksReady.Hosting.Tests;

/// <summary>The start-up JIT primer: every step runs (it swallows failures, so a broken step would go unnoticed) and leaves nothing behind.</summary>
public sealed class StartupJitPrimerTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("http://127.0.0.1:4317")]
    public void EveryStep_Runs_WithoutErrors(string? otlpEndpoint)
    {
        var errors = new List<string>();
        StartupJitPrimer.RunForTest(HostEnvironment("AksReady.Tests.Primer"), otlpEndpoint, (step, ex) => errors.Add(step + ": " + ex));

        Assert.Empty(errors);
    }

    [Fact]
    public void Priming_BuildsNoTracerProvider_AndLeavesSerilogsStaticLoggerAlone()
    {
        var name = "AksReady.Tests.Primer." + Guid.NewGuid().ToString("N");
        var before = Serilog.Log.Logger;

        StartupJitPrimer.RunForTest(HostEnvironment(name), otlpEndpoint: "http://127.0.0.1:4317", (step, ex) => Assert.Fail(step + ": " + ex));

        // The throwaway registration adds the application's activity source to tracing: no provider may listen to it.
        using var source = new ActivitySource(name);
        Assert.False(source.HasListeners());
        Assert.Same(before, Serilog.Log.Logger);
    }

    [Fact]
    public void Switch_TurnsItOff()
    {
        AppContext.SetSwitch(StartupJitPrimer.DisableSwitchName, true);
        try
        {
            Assert.False(StartupJitPrimer.Start(HostEnvironment("AksReady.Tests.Primer"), new AksReadyOptions(), otlpEndpoint: null));
        }
        finally
        {
            AppContext.SetSwitch(StartupJitPrimer.DisableSwitchName, false);
        }
    }

    private static HostingEnvironment HostEnvironment(string applicationName) => new()
    {
        ApplicationName = applicationName,
        EnvironmentName = Environments.Production,
        ContentRootPath = AppContext.BaseDirectory,
    };
}

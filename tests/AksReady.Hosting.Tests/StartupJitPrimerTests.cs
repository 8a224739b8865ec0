using AksReady.Hosting.Internal;

namespace AksReady.Hosting.Tests;

/// <summary>The start-up JIT primer: every step runs (it swallows failures, so a broken step would go unnoticed) and leaves nothing behind.</summary>
public sealed class StartupJitPrimerTests
{
    [Fact]
    public void EveryStep_Runs_WithoutErrors()
    {
        var errors = new List<string>();
        StartupJitPrimer.RunForTest((step, ex) => errors.Add(step + ": " + ex));

        Assert.Empty(errors);
    }

    [Fact]
    public void Priming_LeavesSerilogsStaticLoggerAlone()
    {
        var before = Serilog.Log.Logger;

        StartupJitPrimer.RunForTest((step, ex) => Assert.Fail(step + ": " + ex));

        Assert.Same(before, Serilog.Log.Logger);
    }

    [Fact]
    public void Switch_TurnsItOff()
    {
        AppContext.SetSwitch(StartupJitPrimer.DisableSwitchName, true);
        try
        {
            Assert.False(StartupJitPrimer.Start(new AksReadyOptions()));
        }
        finally
        {
            AppContext.SetSwitch(StartupJitPrimer.DisableSwitchName, false);
        }
    }

    [Fact]
    public void NothingToPrime_WithoutResilienceAndSerilog()
    {
        var options = new AksReadyOptions { HttpClientResilience = false };
        options.Logging.Serilog = false;

        Assert.False(StartupJitPrimer.Start(options));
    }
}

using System.Diagnostics;

namespace AksReady.EndToEnd.Tests;

/// <summary>What kubelet does with a started pod: the startup probe, then liveness and readiness; on deletion, preStop, SIGTERM, the grace period.</summary>
public static class ProbeAssertions
{
    /// <summary>
    /// The startup probe must succeed before its failureThreshold × periodSeconds budget runs out (else kubelet restarts
    /// the container), then liveness and readiness must each pass as kubelet decides them.
    /// </summary>
    public static async Task PodBecomesReadyAsync(RunningApp app, PodFacts pod)
    {
        foreach (var kind in new[] { "startupProbe", "livenessProbe", "readinessProbe" })
        {
            var probe = pod.Probe(kind);
            Assert.Equal(pod.ContainerPort, probe.Port);
            var outcome = await Kubelet.RunUntilDecidedAsync(probe, app.Port, app.Started);
            Assert.True(outcome.Succeeded, $"kubelet would fail the {kind} ({probe.Path}):\n{outcome.Log}\napp output:\n{app.Output}");
        }
    }

    /// <summary>
    /// Pod deletion: kubelet runs the preStop hook (a sleep), then sends SIGTERM; the grace period counts from the start
    /// of preStop. Readiness must fail by the next readiness period (endpoints drop the pod), liveness must keep passing
    /// (no restart mid-drain), and the process must exit 0 before the grace period ends (else SIGKILL).
    /// </summary>
    public static async Task DrainsWithinGracePeriodAsync(RunningApp app, PodFacts pod)
    {
        var readiness = pod.Probe("readinessProbe");
        var liveness = pod.Probe("livenessProbe");
        var grace = Stopwatch.StartNew();
        Assert.True(pod.PreStopSleepSeconds < pod.TerminationGracePeriodSeconds, "preStop must leave part of the grace period for the app's own shutdown");
        await Task.Delay(TimeSpan.FromSeconds(pod.PreStopSleepSeconds));

        // Still serving during preStop: the endpoints controller is removing the pod meanwhile.
        Assert.True((await Kubelet.ProbeOnceAsync(readiness, app.Port)).Success, "readiness failed before SIGTERM:\n" + app.Output);

        ProcessRunner.Signal(app.ProcessId, "TERM");
        var sigterm = Stopwatch.StartNew();
        (bool Success, string Detail) ready;
        do
        {
            ready = await Kubelet.ProbeOnceAsync(readiness, app.Port);
        }
        while (ready.Success && sigterm.Elapsed < TimeSpan.FromSeconds(readiness.PeriodSeconds));
        Assert.False(ready.Success, $"readiness still passed {readiness.PeriodSeconds}s (one period) after SIGTERM:\n{app.Output}");
        Assert.Equal("503", ready.Detail);

        var live = await Kubelet.ProbeOnceAsync(liveness, app.Port);
        Assert.True(live.Success, $"liveness failed during the drain ({live.Detail}): kubelet would restart the container:\n{app.Output}");

        var remaining = TimeSpan.FromSeconds(pod.TerminationGracePeriodSeconds) - grace.Elapsed;
        Assert.Equal(0, await app.WaitForExitAsync(remaining));
    }
}

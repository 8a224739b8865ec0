using System.Diagnostics;
using System.Net;

namespace AksReady.EndToEnd.Tests;

/// <summary>What kubelet does with a started pod: wait for the startup probe, then run liveness and readiness; on SIGTERM, expect a drain.</summary>
public static class ProbeAssertions
{
    public static async Task AllProbesPassAsync(RunningApp app, IReadOnlyList<HttpProbe> probes)
    {
        var startupProbe = probes.Single(p => p.Kind == "startupProbe");
        await app.WaitUntilHealthyAsync(startupProbe.Path, TimeSpan.FromSeconds(60));
        foreach (var probe in probes)
        {
            using var response = await app.Client.GetAsync(probe.Path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{probe.Kind} {probe.Path} answered {(int)response.StatusCode}:{Environment.NewLine}{app.Output}");
        }
    }

    /// <summary>
    /// SIGTERM (what kubelet sends after preStop): readiness fails at once so the endpoints drop the pod, liveness keeps
    /// passing (no restart mid-drain), and the process exits 0 within the grace period.
    /// </summary>
    public static async Task DrainsOnSigtermAsync(RunningApp app, IReadOnlyList<HttpProbe> probes, TimeSpan gracePeriod)
    {
        var readiness = probes.Single(p => p.Kind == "readinessProbe").Path;
        var liveness = probes.Single(p => p.Kind == "livenessProbe").Path;
        var sent = Stopwatch.StartNew();
        ProcessRunner.Signal(app.ProcessId, "TERM");
        HttpStatusCode readyStatus;
        do
        {
            using var response = await app.Client.GetAsync(readiness);
            readyStatus = response.StatusCode;
        }
        while (readyStatus == HttpStatusCode.OK && sent.Elapsed < TimeSpan.FromSeconds(2));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyStatus);
        using (var live = await app.Client.GetAsync(liveness))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }

        Assert.Equal(0, await app.WaitForExitAsync(gracePeriod));
    }
}

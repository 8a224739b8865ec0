using System.Diagnostics;
using System.Net;

namespace AksReady.EndToEnd.Tests;

/// <summary>
/// Probes a running app the way kubelet does (pkg/probe/http): a fresh connection per probe, <c>User-Agent: kube-probe</c>,
/// the probe's timeout per attempt, 200–399 is success, anything else (or no answer in time) a failure; the outcome is
/// decided by <c>successThreshold</c> consecutive successes or <c>failureThreshold</c> consecutive failures,
/// <c>periodSeconds</c> apart, starting <c>initialDelaySeconds</c> after the container started.
/// </summary>
public static class Kubelet
{
    public sealed record Outcome(bool Succeeded, int Attempts, TimeSpan Elapsed, string Log);

    /// <summary>One probe attempt: true on 200–399 within the probe's timeout.</summary>
    public static async Task<(bool Success, string Detail)> ProbeOnceAsync(KubeletProbe probe, int port)
    {
        Assert.Equal("HTTP", probe.Scheme); // kubelet calls the pod IP over plain HTTP; the app serves no TLS
        using var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.Zero, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{port}{probe.Path}");
        request.Headers.ConnectionClose = true;
        request.Headers.UserAgent.ParseAdd("kube-probe/1.35");
        request.Headers.Accept.ParseAdd("*/*");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(probe.TimeoutSeconds));
        try
        {
            using var response = await client.SendAsync(request, timeout.Token);
            var code = (int)response.StatusCode;
            return (code is >= 200 and < 400, code.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return (false, $"no answer within timeoutSeconds={probe.TimeoutSeconds}");
        }
        catch (HttpRequestException e)
        {
            return (false, e.HttpRequestError.ToString());
        }
    }

    /// <summary>Runs <paramref name="probe"/> until kubelet would decide it, starting from <paramref name="containerStarted"/>.</summary>
    public static async Task<Outcome> RunUntilDecidedAsync(KubeletProbe probe, int port, Stopwatch containerStarted)
    {
        var delay = TimeSpan.FromSeconds(probe.InitialDelaySeconds) - containerStarted.Elapsed;
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay);
        }

        var log = new System.Text.StringBuilder();
        var clock = Stopwatch.StartNew();
        int successes = 0, failures = 0, attempts = 0;
        while (true)
        {
            var started = clock.Elapsed;
            var (success, detail) = await ProbeOnceAsync(probe, port);
            attempts++;
            log.Append(System.Globalization.CultureInfo.InvariantCulture, $"{probe.Kind} #{attempts} at {containerStarted.Elapsed.TotalSeconds:F1}s: {detail}\n");
            if (success)
            {
                failures = 0;
                if (++successes >= probe.SuccessThreshold)
                {
                    return new Outcome(true, attempts, clock.Elapsed, log.ToString());
                }
            }
            else
            {
                successes = 0;
                if (++failures >= probe.FailureThreshold)
                {
                    return new Outcome(false, attempts, clock.Elapsed, log.ToString());
                }
            }

            var wait = TimeSpan.FromSeconds(probe.PeriodSeconds) - (clock.Elapsed - started);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }
        }
    }
}

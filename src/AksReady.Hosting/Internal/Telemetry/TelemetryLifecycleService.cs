using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AksReady.Hosting.Internal.Telemetry;

/// <summary>
/// Builds the OpenTelemetry providers (in place of OpenTelemetry's own hosted service) and flushes buffered traces,
/// metrics and logs after the server stopped, within the shutdown budget.
/// </summary>
/// <remarks>
/// OpenTelemetry's hosted service resolves the providers in <c>StartAsync</c>, and its metrics listener (created while the
/// host validates options at start) takes the meter provider in its constructor, so building them (JIT-compiling
/// OpenTelemetry and its instrumentation) was on the path to the first healthy probe. With
/// <see cref="AksReadyTelemetryOptions.StartAfterServer"/> (the default) they are built on the thread pool after
/// <c>ApplicationStarted</c>, once the first startup or readiness probe was answered healthy (with AddAksReady's probes) or
/// <see cref="FirstProbeWait"/> after <c>ApplicationStarted</c>, whichever comes first, so that the build does not compete
/// with answering that probe: requests that arrive before the build finished are neither traced nor counted in the request
/// metrics, and events logged before it finishes are not exported (the logger factory uses
/// <see cref="DeferredOpenTelemetryLoggerProvider"/>, which starts forwarding once the logger provider is built). Without
/// it the tracer and meter providers are built in <see cref="StartingAsync"/>, before any other hosted service starts, and
/// the logger provider with the logger factory, before either.
/// </remarks>
internal sealed class TelemetryLifecycleService(
    IServiceProvider services,
    IHostApplicationLifetime lifetime,
    IOptions<AksReadyOptions> options,
    ILogger<TelemetryLifecycleService> logger) : IHostedLifecycleService, IDisposable
{
    private readonly TaskCompletionSource _built = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenRegistration _started;
    private int _buildStarted;

    /// <summary>Gets a task that completes when the providers were built (or building them failed or was skipped).</summary>
    internal Task Built => _built.Task;

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Telemetry.StartAfterServer)
        {
            // Only queue the work here: ApplicationStarted callbacks run inline, before the host's StartAsync returns.
            _started = lifetime.ApplicationStarted.Register(OnStarted);
        }
        else
        {
            BuildProviders();
        }

        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StoppedAsync(CancellationToken cancellationToken)
    {
        // A stop before the queued build ran: claim it, so it never runs against a stopped host. A build that is running
        // is waited for below, so that nothing it buffers is lost.
        var built = Interlocked.CompareExchange(ref _buildStarted, 1, 0) != 0;
        if (!built)
        {
            _built.TrySetResult();
        }

        var timeout = TimeSpan.FromSeconds(options.Value.Telemetry.FlushTimeoutSeconds);
        if (timeout <= TimeSpan.Zero)
        {
            return;
        }

        var watch = Stopwatch.StartNew();
        var flush = Task.Run(
            async () =>
            {
                await _built.Task.ConfigureAwait(false);
                var remaining = (int)Math.Max(1, (timeout - watch.Elapsed).TotalMilliseconds);
                Flush(remaining, built);
            },
            CancellationToken.None);
        try
        {
            // The host's shutdown token bounds the flush too: never outlive terminationGracePeriodSeconds.
            await flush.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or TimeoutException)
        {
            // Whatever did not make it out in time is dropped; the exporters' own timeouts end the flush thread.
        }
    }

    public void Dispose() => _started.Dispose();

    // With AddAksReady's probes: once the first healthy startup or readiness probe was answered (the pod becomes ready and
    // Kubernetes starts routing to it only then), so that building them does not compete with answering it; at the latest
    // FirstProbeWait after the server started (no probes: local runs, or a probe that comes late).
    private void OnStarted()
    {
        var firstProbe = (services.GetService(typeof(AksReadyState)) as AksReadyState)?.FirstHealthyProbe;
        if (firstProbe is null || firstProbe.IsCompleted)
        {
            ThreadPool.UnsafeQueueUserWorkItem(_ => BuildProviders(), null);
            return;
        }

        _ = firstProbe.WaitAsync(FirstProbeWait).ContinueWith(
            _ => BuildProviders(),
            CancellationToken.None,
            TaskContinuationOptions.DenyChildAttach,
            TaskScheduler.Default);
    }

    /// <summary>Gets or sets how long after <c>ApplicationStarted</c> the build waits for the first healthy probe (tests change it).</summary>
    internal static TimeSpan FirstProbeWait { get; set; } = TimeSpan.FromSeconds(1);

    private void BuildProviders()
    {
        if (Interlocked.Exchange(ref _buildStarted, 1) != 0)
        {
            return;
        }

        var watch = Stopwatch.StartNew();
        try
        {
            // The logger provider first, so that events are exported even if building traces or metrics fails.
            _ = services.GetService(typeof(LoggerProvider));
            DeferredLogs?.StartForwarding();

            // What OpenTelemetry's hosted service does: resolving the providers creates them, their instrumentation and exporters.
            _ = services.GetService(typeof(MeterProvider));
            _ = services.GetService(typeof(TracerProvider));
            Log.TelemetryStarted(logger, watch.ElapsedMilliseconds);
        }
        catch (ObjectDisposedException)
        {
            // The host stopped and disposed its services before the build ran: there is nothing to trace any more.
        }
        catch (Exception ex)
        {
            Log.TelemetryStartFailed(logger, ex);
        }
        finally
        {
            _built.TrySetResult();
        }
    }

    private void Flush(int timeoutMilliseconds, bool built)
    {
        // Never built (the host stopped before ApplicationStarted): nothing was traced, so do not build them just to flush.
        if (built)
        {
            (services.GetService(typeof(TracerProvider)) as TracerProvider)?.ForceFlush(timeoutMilliseconds);
            (services.GetService(typeof(MeterProvider)) as MeterProvider)?.ForceFlush(timeoutMilliseconds);
        }

        // Without the stand-in (StartAfterServer=false) the logger provider was built with the logger factory, so it exists either way.
        if (built || DeferredLogs is null)
        {
            (services.GetService(typeof(LoggerProvider)) as LoggerProvider)?.ForceFlush(timeoutMilliseconds);
        }
    }

    private DeferredOpenTelemetryLoggerProvider? DeferredLogs
        => (services.GetService(typeof(DeferredOpenTelemetryLogs)) as DeferredOpenTelemetryLogs)?.Provider;
}

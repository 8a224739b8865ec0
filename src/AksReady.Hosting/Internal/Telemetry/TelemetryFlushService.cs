using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AksReady.Hosting.Internal.Telemetry;

/// <summary>
/// Builds the OpenTelemetry providers while the host starts, and flushes buffered traces, metrics and logs after the
/// server stopped, within the shutdown budget.
/// </summary>
/// <remarks>
/// OpenTelemetry's own hosted service, which <c>AddAksReadyTelemetry</c> removes, builds the providers (instrumentation,
/// exporters: most of the JIT that AksReady adds at start) synchronously in <c>StartAsync</c>, before the web server
/// starts, because the server's hosted service is the last one. Here they are built on the thread pool from
/// <see cref="StartingAsync"/>, overlapping the server's start, and the host waits for them in <see cref="StartedAsync"/>,
/// that is before <c>ApplicationStarted</c>: the startup and readiness probes still turn healthy only with telemetry on,
/// and a failure still fails the start.
/// </remarks>
internal sealed class TelemetryFlushService(IServiceProvider services, IOptions<AksReadyOptions> options) : IHostedLifecycleService
{
    private Task _providers = Task.CompletedTask;

    /// <summary>Gets the task that builds the providers (for tests).</summary>
    internal Task Providers => _providers;

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        _providers = Task.Run(() => BuildProviders(services), CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => _providers.WaitAsync(cancellationToken);

    /// <summary>What OpenTelemetry's hosted service does: resolving the providers creates and starts them.</summary>
    internal static void BuildProviders(IServiceProvider services)
    {
        _ = services.GetService(typeof(MeterProvider));
        _ = services.GetService(typeof(TracerProvider));
        _ = services.GetService(typeof(LoggerProvider));
    }

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StoppedAsync(CancellationToken cancellationToken)
    {
        var timeout = (int)TimeSpan.FromSeconds(options.Value.Telemetry.FlushTimeoutSeconds).TotalMilliseconds;
        if (timeout <= 0)
        {
            return;
        }

        var flush = Task.Run(() => Flush(timeout), CancellationToken.None);
        try
        {
            // The host's shutdown token bounds the flush too: never outlive terminationGracePeriodSeconds.
            await flush.WaitAsync(TimeSpan.FromMilliseconds(timeout), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or TimeoutException)
        {
            // Whatever did not make it out in time is dropped; the exporters' own timeouts end the flush thread.
        }
    }

    private void Flush(int timeoutMilliseconds)
    {
        (services.GetService(typeof(TracerProvider)) as TracerProvider)?.ForceFlush(timeoutMilliseconds);
        (services.GetService(typeof(MeterProvider)) as MeterProvider)?.ForceFlush(timeoutMilliseconds);
        (services.GetService(typeof(LoggerProvider)) as LoggerProvider)?.ForceFlush(timeoutMilliseconds);
    }
}

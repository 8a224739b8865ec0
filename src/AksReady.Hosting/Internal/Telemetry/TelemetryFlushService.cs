using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AksReady.Hosting.Internal.Telemetry;

/// <summary>Flushes buffered traces, metrics and logs after the server stopped, within the shutdown budget.</summary>
internal sealed class TelemetryFlushService(IServiceProvider services, IOptions<AksReadyOptions> options) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

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

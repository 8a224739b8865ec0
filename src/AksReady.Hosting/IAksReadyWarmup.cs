namespace AksReady.Hosting;

/// <summary>
/// Work that must finish before the startup probe reports healthy (caches, connections, JIT warm-up).
/// </summary>
/// <remarks>
/// Warm-ups run in the background once the host has started (Kestrel is already listening, so the probes answer).
/// Until all of them complete, the startup and readiness probes return 503. A warm-up that throws keeps the
/// startup probe failing, so Kubernetes restarts the container once the startup probe's failure threshold is reached.
/// Register with <c>services.AddAksReadyWarmup&lt;T&gt;()</c>.
/// </remarks>
public interface IAksReadyWarmup
{
    /// <summary>Performs the warm-up.</summary>
    /// <param name="cancellationToken">Signalled when the host starts stopping.</param>
    /// <returns>A task that completes when the warm-up is done.</returns>
    Task WarmUpAsync(CancellationToken cancellationToken);
}

namespace AksReady.Hosting.Internal;

/// <summary>Process-wide probe state shared by the lifecycle service and the probe endpoints.</summary>
internal sealed class AksReadyState
{
    private int _started;
    private int _warmedUp;
    private int _warmupFailed;
    private int _draining;
    private long _drainStartedTimestamp;

    /// <summary>True once <c>IHostApplicationLifetime.ApplicationStarted</c> has fired.</summary>
    public bool IsStarted => Volatile.Read(ref _started) == 1;

    /// <summary>True once every registered warm-up has completed successfully.</summary>
    public bool IsWarmedUp => Volatile.Read(ref _warmedUp) == 1;

    /// <summary>True when a warm-up threw: the startup probe stays unhealthy.</summary>
    public bool WarmupFailed => Volatile.Read(ref _warmupFailed) == 1;

    /// <summary>True once the host has started stopping: readiness reports <c>Draining</c>.</summary>
    public bool IsDraining => Volatile.Read(ref _draining) == 1;

    /// <summary>True when the startup probe may report healthy (before its own tagged checks run).</summary>
    public bool IsStartupComplete => IsStarted && IsWarmedUp;

    /// <summary>True once <c>MapAksReadyEndpoints()</c> mapped the probes on the app (enables the pre-routing fast path).</summary>
    public bool EndpointsMapped { get; set; }

    public void MarkStarted() => Volatile.Write(ref _started, 1);

    private readonly TaskCompletionSource _firstHealthyProbe = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Gets a task that completes once a startup or readiness probe was answered healthy (after its response was written).</summary>
    public Task FirstHealthyProbe => _firstHealthyProbe.Task;

    public void MarkHealthyProbeAnswered() => _firstHealthyProbe.TrySetResult();

    public void MarkWarmedUp() => Volatile.Write(ref _warmedUp, 1);

    public void MarkWarmupFailed() => Volatile.Write(ref _warmupFailed, 1);

    /// <summary>
    /// The <see cref="System.Diagnostics.Stopwatch.GetTimestamp"/> (monotonic, system-wide) taken right after readiness
    /// flipped to draining, or 0 before that. Lets a test measure the flip itself, apart from the logging that follows it.
    /// </summary>
    public long DrainStartedTimestamp => Volatile.Read(ref _drainStartedTimestamp);

    /// <summary>Marks the app as draining; returns true only for the first caller.</summary>
    public bool TryBeginDrain()
    {
        if (Interlocked.Exchange(ref _draining, 1) != 0)
        {
            return false;
        }

        Volatile.Write(ref _drainStartedTimestamp, System.Diagnostics.Stopwatch.GetTimestamp());
        return true;
    }
}

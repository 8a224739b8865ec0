namespace AksReady.Hosting;

/// <summary>OpenTelemetry settings: configuration section <c>AksReady:Telemetry</c>.</summary>
public sealed class AksReadyTelemetryOptions
{
    /// <summary>The default time, in seconds, allowed to flush telemetry when the host stops: <c>5</c>.</summary>
    public const int DefaultFlushTimeoutSeconds = 5;

    /// <summary>
    /// Gets or sets a value indicating whether <c>AddAksReady</c> turns on OpenTelemetry traces, metrics and logs.
    /// </summary>
    /// <value>
    /// Defaults to <see langword="true"/>. Configuration key <c>AksReady:Telemetry:Enabled</c>. Read when <c>AddAksReady</c>
    /// runs. Exporting over OTLP happens only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
    /// </value>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets or sets how long, in seconds, the host waits for buffered telemetry to be exported when it stops.</summary>
    /// <value>Defaults to <c>5</c>. Configuration key <c>AksReady:Telemetry:FlushTimeoutSeconds</c>. Bounded by the host shutdown timeout.</value>
    [System.ComponentModel.DataAnnotations.Range(0, 300)]
    public int FlushTimeoutSeconds { get; set; } = DefaultFlushTimeoutSeconds;

    /// <summary>
    /// Gets or sets a value indicating whether the OpenTelemetry logger, tracer and meter providers are built on the thread
    /// pool after the server started (<c>ApplicationStarted</c>) instead of before it, so that building them is not
    /// on the path to the first healthy probe: once the first startup or readiness probe was answered healthy, or one
    /// second after <c>ApplicationStarted</c> when none was.
    /// </summary>
    /// <value>
    /// Defaults to <see langword="true"/>. Configuration key <c>AksReady:Telemetry:StartAfterServer</c>. With
    /// <see langword="true"/>, requests that arrive after the server starts listening and before the providers are built
    /// (until the first healthy probe, then the tens of milliseconds the build takes) are not traced and not counted in
    /// the request metrics (Kubernetes sends traffic only after the readiness probe succeeded, so these are normally
    /// probes, which are never traced, or the first requests right after it), and events logged
    /// before the logger provider is built (the host's start-up messages, or a start-up failure) are written to stdout
    /// but not exported by OpenTelemetry. Observable metrics (runtime, feature flags) lose nothing. Set it to
    /// <see langword="false"/> to build them before the server starts, as OpenTelemetry's own hosted service and logger
    /// provider do (for example in tests that assert on the span of the very first request).
    /// </value>
    public bool StartAfterServer { get; set; } = true;
}

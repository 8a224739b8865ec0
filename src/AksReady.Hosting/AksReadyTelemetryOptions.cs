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
}

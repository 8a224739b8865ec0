namespace AksReady.Hosting;

/// <summary>Logging settings: configuration section <c>AksReady:Logging</c>.</summary>
public sealed class AksReadyLoggingOptions
{
    /// <summary>
    /// Gets or sets a value indicating whether <c>AddAksReady</c> replaces the console logger with Serilog writing
    /// compact JSON (one event per line) to stdout.
    /// </summary>
    /// <value>Defaults to <see langword="true"/>. Configuration key <c>AksReady:Logging:Serilog</c>. Read when <c>AddAksReady</c> runs.</value>
    public bool Serilog { get; set; } = true;
}

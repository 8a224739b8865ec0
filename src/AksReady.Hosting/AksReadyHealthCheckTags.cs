namespace AksReady.Hosting;

/// <summary>
/// Health-check tags that decide which probe runs a check.
/// </summary>
/// <example>
/// <code>
/// builder.Services.AddHealthChecks().AddCheck&lt;DatabaseCheck&gt;("db", tags: [AksReadyHealthCheckTags.Ready]);
/// </code>
/// </example>
public static class AksReadyHealthCheckTags
{
    /// <summary>Checks run by the liveness probe. Keep them cheap and free of external dependencies.</summary>
    public const string Live = "live";

    /// <summary>Checks run by the readiness probe (dependencies the app needs to serve traffic).</summary>
    public const string Ready = "ready";

    /// <summary>Checks run by the startup probe, in addition to the warm-up state.</summary>
    public const string Startup = "startup";
}

using System.ComponentModel.DataAnnotations;

namespace AksReady.Hosting;

/// <summary>
/// Settings for the AksReady runtime: probe paths, the container port and graceful-shutdown timings.
/// </summary>
/// <remarks>
/// <para>
/// Values are resolved in this order, each step overriding the previous one:
/// the property initialisers (built-in defaults), the <c>[assembly: AssemblyMetadata("AksReady.*", ...)]</c>
/// attributes that AksReady.Sdk stamps into the entry assembly, the <c>AksReady</c> configuration section,
/// and finally the <see cref="Action{T}"/> passed to <c>AddAksReady</c>.
/// </para>
/// <para>
/// The options are validated when the host starts (DataAnnotations plus cross-property rules),
/// so a bad path or an impossible shutdown budget stops the app with an <see cref="Microsoft.Extensions.Options.OptionsValidationException"/>.
/// </para>
/// </remarks>
public sealed class AksReadyOptions
{
    /// <summary>The configuration section the options are bound from: <c>AksReady</c>.</summary>
    public const string DefaultConfigSectionName = "AksReady";

    /// <summary>The default startup probe path: <c>/healthz/startup</c>.</summary>
    public const string DefaultStartupPath = "/healthz/startup";

    /// <summary>The default liveness probe path: <c>/healthz/live</c>.</summary>
    public const string DefaultLivenessPath = "/healthz/live";

    /// <summary>The default readiness probe path: <c>/healthz/ready</c>.</summary>
    public const string DefaultReadinessPath = "/healthz/ready";

    /// <summary>The default container port: <c>8080</c>, the default of the .NET container images.</summary>
    public const int DefaultPort = 8080;

    /// <summary>The default drain delay in seconds: <c>5</c>.</summary>
    public const int DefaultDrainDelaySeconds = 5;

    /// <summary>The default probe result cache in milliseconds: <c>1000</c>.</summary>
    public const int DefaultProbeCacheMilliseconds = 1000;

    /// <summary>The default termination grace period in seconds: <c>30</c>, the Kubernetes default.</summary>
    public const int DefaultTerminationGracePeriodSeconds = 30;

    /// <summary>
    /// The default secrets directory: <c>/mnt/secrets-store</c>, where the Deployment that AksReady.Sdk generates mounts the
    /// Key Vault Secrets Store CSI volume.
    /// </summary>
    public const string DefaultSecretsDirectory = "/mnt/secrets-store";

    /// <summary>Gets or sets the path of the startup probe.</summary>
    /// <value>Defaults to <c>/healthz/startup</c>. Configuration key <c>AksReady:StartupPath</c>.</value>
    /// <remarks>Returns 503 until the host has started and every registered warm-up has completed.</remarks>
    [Required]
    public string StartupPath { get; set; } = DefaultStartupPath;

    /// <summary>Gets or sets the path of the liveness probe.</summary>
    /// <value>Defaults to <c>/healthz/live</c>. Configuration key <c>AksReady:LivenessPath</c>.</value>
    /// <remarks>Runs only the health checks tagged <c>live</c> (the built-in <c>self</c> check).</remarks>
    [Required]
    public string LivenessPath { get; set; } = DefaultLivenessPath;

    /// <summary>Gets or sets the path of the readiness probe.</summary>
    /// <value>Defaults to <c>/healthz/ready</c>. Configuration key <c>AksReady:ReadinessPath</c>.</value>
    /// <remarks>Runs the health checks tagged <c>ready</c>; returns 503 <c>Draining</c> as soon as the host starts stopping.</remarks>
    [Required]
    public string ReadinessPath { get; set; } = DefaultReadinessPath;

    /// <summary>Gets or sets the port the container listens on (the Kubernetes <c>containerPort</c>).</summary>
    /// <value>Defaults to <c>8080</c>. Configuration key <c>AksReady:Port</c>.</value>
    /// <remarks>
    /// AksReady does not move Kestrel to this port (the container image's <c>ASPNETCORE_HTTP_PORTS</c> does);
    /// inside a container it logs a warning when the server listens elsewhere, because the probes would then fail.
    /// </remarks>
    [Range(1, 65535)]
    public int Port { get; set; } = DefaultPort;

    /// <summary>
    /// Gets or sets how long, in seconds, the app keeps serving after it has been asked to stop
    /// (SIGTERM) while readiness already reports 503, so load balancers and kube-proxy stop routing to it.
    /// </summary>
    /// <value>Defaults to <c>5</c>. Configuration key <c>AksReady:DrainDelaySeconds</c>. <c>0</c> disables the drain.</value>
    [Range(0, 3600)]
    public int DrainDelaySeconds { get; set; } = DefaultDrainDelaySeconds;

    /// <summary>
    /// Gets or sets the directory of a mounted secret volume (Key Vault through the Secrets Store CSI driver, or a
    /// Kubernetes secret) whose files are added to configuration, one key per file (<c>Db__Password</c> is <c>Db:Password</c>),
    /// reloaded when Kubernetes swaps the volume's <c>..data</c> symlink. Values are never logged.
    /// </summary>
    /// <value>
    /// Defaults to <c>/mnt/secrets-store</c> (the mount path of the generated <c>SecretProviderClass</c> volume).
    /// Configuration key <c>AksReady:SecretsDirectory</c>. A missing directory is ignored; an empty value turns it off.
    /// Read when <c>AddAksReady</c> runs.
    /// </value>
    public string? SecretsDirectory { get; set; } = DefaultSecretsDirectory;

    /// <summary>Gets or sets the pod's <c>terminationGracePeriodSeconds</c>: the time Kubernetes waits after SIGTERM before SIGKILL.</summary>
    /// <value>Defaults to <c>30</c>. Configuration key <c>AksReady:TerminationGracePeriodSeconds</c>.</value>
    /// <remarks>
    /// The drain delay must be shorter than this. When <see cref="Microsoft.Extensions.Hosting.HostOptions.ShutdownTimeout"/>
    /// is longer, AksReady lowers it to this value so the host finishes before the kubelet kills it.
    /// </remarks>
    [Range(1, 86400)]
    public int TerminationGracePeriodSeconds { get; set; } = DefaultTerminationGracePeriodSeconds;

    /// <summary>
    /// Gets or sets a value indicating whether <c>AddAksReady</c> gives every <c>IHttpClientFactory</c> client the standard
    /// resilience handler (no retries for POST, PATCH, CONNECT).
    /// </summary>
    /// <value>
    /// Defaults to <see langword="true"/>. Configuration key <c>AksReady:HttpClientResilience</c>. Read when <c>AddAksReady</c>
    /// runs (it decides what is registered): set it in configuration or in the callback, not later.
    /// </value>
    public bool HttpClientResilience { get; set; } = true;

    /// <summary>
    /// Gets or sets a value indicating whether <c>AddAksReady</c> decorates Kestrel so that probes whose answer is known
    /// (draining, startup not complete, a cached result) are answered before the hosting layer creates an <c>HttpContext</c>.
    /// </summary>
    /// <value>
    /// Defaults to <see langword="true"/>. Configuration key <c>AksReady:ProbeFrontDoor</c>. Read when <c>AddAksReady</c>
    /// runs (it decides what is registered). With <see langword="false"/> the middleware at the start of the pipeline
    /// answers every probe, as on servers other than Kestrel.
    /// </value>
    public bool ProbeFrontDoor { get; set; } = true;

    /// <summary>Gets or sets the management listener settings (used by <c>AddAksReadyManagementServer()</c>).</summary>
    /// <value>Configuration section <c>AksReady:Management</c>.</value>
    [Microsoft.Extensions.Options.ValidateObjectMembers]
    public AksReadyManagementOptions Management { get; set; } = new();

    /// <summary>Gets or sets how long, in milliseconds, a probe reuses the last health-check result.</summary>
    /// <value>Defaults to <c>1000</c>. Configuration key <c>AksReady:ProbeCacheMilliseconds</c>. <c>0</c> runs the checks on every probe.</value>
    /// <remarks>
    /// Several kubelet probes, load balancers and meshes may probe every pod: the cache runs the registered checks at most once
    /// per period. Startup completion and the SIGTERM drain are never cached: readiness turns 503 at once.
    /// </remarks>
    [Range(0, 60000)]
    public int ProbeCacheMilliseconds { get; set; } = DefaultProbeCacheMilliseconds;

    /// <summary>Gets or sets the OpenTelemetry settings.</summary>
    /// <value>Configuration section <c>AksReady:Telemetry</c>.</value>
    [Microsoft.Extensions.Options.ValidateObjectMembers]
    public AksReadyTelemetryOptions Telemetry { get; set; } = new();

    /// <summary>Gets or sets the logging settings.</summary>
    /// <value>Configuration section <c>AksReady:Logging</c>.</value>
    public AksReadyLoggingOptions Logging { get; set; } = new();

    /// <summary>Gets or sets the feature flag settings.</summary>
    /// <value>Configuration section <c>AksReady:FeatureFlags</c>.</value>
    public AksReadyFeatureFlagsOptions FeatureFlags { get; set; } = new();

    /// <summary>Gets the drain delay as a <see cref="TimeSpan"/>.</summary>
    internal TimeSpan DrainDelay => TimeSpan.FromSeconds(DrainDelaySeconds);
}

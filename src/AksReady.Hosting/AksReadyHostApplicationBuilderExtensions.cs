using AksReady.Hosting;
using AksReady.Hosting.Configuration;
using AksReady.Hosting.Internal;
using AksReady.Hosting.Internal.Validators;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Adds the AksReady runtime defaults to a host: validated options, probe health checks and graceful shutdown.
/// </summary>
public static partial class AksReadyHostApplicationBuilderExtensions
{
    /// <summary>
    /// Adds AksReady, reading <see cref="AksReadyOptions"/> from the <c>AksReady</c> configuration section.
    /// </summary>
    /// <typeparam name="TBuilder">The host builder type, for example <c>WebApplicationBuilder</c> or <c>HostApplicationBuilder</c>.</typeparam>
    /// <param name="builder">The host builder.</param>
    /// <returns>The same <paramref name="builder"/>, for chaining.</returns>
    /// <remarks>
    /// <para>Registers:</para>
    /// <list type="bullet">
    /// <item><description><see cref="AksReadyOptions"/>, resolved as built-in defaults, then the entry assembly's
    /// <c>AksReady.*</c> assembly metadata (stamped by AksReady.Sdk), then configuration, and validated at start.</description></item>
    /// <item><description>Health checks with a <c>self</c> check tagged <c>live</c>.</description></item>
    /// <item><description>HttpClient defaults (<see cref="AddAksReadyHttpClientDefaults{TBuilder}(TBuilder)"/>) unless
    /// <see cref="AksReadyOptions.HttpClientResilience"/> is <see langword="false"/>.</description></item>
    /// <item><description>With Kestrel, a decorator of the server that answers probes with a known answer before the hosting
    /// layer, unless <see cref="AksReadyOptions.ProbeFrontDoor"/> is <see langword="false"/>.</description></item>
    /// <item><description>A lifecycle service: the startup probe turns healthy after <c>ApplicationStarted</c> and the
    /// <see cref="IAksReadyWarmup"/> work; on SIGTERM readiness turns 503 at once while the app keeps serving for
    /// <see cref="AksReadyOptions.DrainDelaySeconds"/>, then the host stops normally.</description></item>
    /// </list>
    /// <para>Map the endpoints with <c>app.MapAksReadyEndpoints()</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static TBuilder AddAksReady<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        return AddAksReadyCore(builder, builder.Configuration.GetSection(AksReadyOptions.DefaultConfigSectionName), configure: null);
    }

    /// <summary>
    /// Adds AksReady, reading <see cref="AksReadyOptions"/> from <paramref name="configSection"/> instead of <c>AksReady</c>.
    /// </summary>
    /// <typeparam name="TBuilder">The host builder type.</typeparam>
    /// <param name="builder">The host builder.</param>
    /// <param name="configSection">The configuration section to bind the options from.</param>
    /// <returns>The same <paramref name="builder"/>, for chaining.</returns>
    /// <remarks>See <see cref="AddAksReady{TBuilder}(TBuilder)"/> for what is registered.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="configSection"/> is <see langword="null"/>.</exception>
    public static TBuilder AddAksReady<TBuilder>(this TBuilder builder, IConfigurationSection configSection)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configSection);
        return AddAksReadyCore(builder, configSection, configure: null);
    }

    /// <summary>
    /// Adds AksReady, reading <see cref="AksReadyOptions"/> from the <c>AksReady</c> configuration section and then
    /// applying <paramref name="configure"/>, which wins over every other source.
    /// </summary>
    /// <typeparam name="TBuilder">The host builder type.</typeparam>
    /// <param name="builder">The host builder.</param>
    /// <param name="configure">A callback that adjusts the options after configuration was bound.</param>
    /// <returns>The same <paramref name="builder"/>, for chaining.</returns>
    /// <remarks>
    /// See <see cref="AddAksReady{TBuilder}(TBuilder)"/> for what is registered. The callback runs as a post-configure step,
    /// so it wins even over a later <c>AddAksReady()</c>; it also runs once on a scratch instance during this call to read
    /// <see cref="AksReadyOptions.HttpClientResilience"/>, so keep it free of side effects.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="configure"/> is <see langword="null"/>.</exception>
    public static TBuilder AddAksReady<TBuilder>(this TBuilder builder, Action<AksReadyOptions> configure)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        return AddAksReadyCore(builder, builder.Configuration.GetSection(AksReadyOptions.DefaultConfigSectionName), configure);
    }

    private static TBuilder AddAksReadyCore<TBuilder>(TBuilder builder, IConfiguration configSection, Action<AksReadyOptions>? configure)
        where TBuilder : IHostApplicationBuilder
    {
        // Read first: the libraries' code the main thread needs later is JIT-compiled on another thread from here on.
        var toggles = ReadToggles(configSection, configure);
        StartupJitPrimer.Start(toggles);

        var services = builder.Services;
        var optionsBuilder = services.AddOptionsWithValidateOnStart<AksReadyOptions, AksReadyOptionsValidator>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AksReadyOptions>, AksReadyOptionsCustomValidator>());

        // Assembly metadata is the lowest configured layer: register it once, before any Bind, even if AddAksReady runs twice.
        if (!services.Any(d => d.ServiceType == typeof(AksReadyState)))
        {
            var appAssembly = AksReadyAssemblyMetadata.ResolveAppAssembly(builder.Environment.ApplicationName);
            optionsBuilder.Configure(options => AksReadyAssemblyMetadata.Apply(appAssembly, options));
        }

        optionsBuilder.Bind(configSection);
        if (configure is not null)
        {
            // PostConfigure: the callback wins over configuration even when AddAksReady is called again later.
            optionsBuilder.PostConfigure(configure);
        }

        services.TryAddSingleton<AksReadyState>();
        services.TryAddSingleton<AksReadyProbes>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, AksReadyLifecycleService>());
        services.TryAddSingleton<ProbeFastPath>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.AspNetCore.Hosting.IStartupFilter, ProbeFastPathStartupFilter>());

        services.AddHealthChecks();
        services.AddOptions<HealthCheckServiceOptions>().PostConfigure(AddSelfCheck);
        services.AddOptions<HostOptions>().PostConfigure<IOptions<AksReadyOptions>>(FitShutdownTimeout);

        if (!string.IsNullOrEmpty(toggles.SecretsDirectory) && System.IO.Directory.Exists(toggles.SecretsDirectory)
            && !builder.Configuration.Sources.OfType<SecretFilesConfigurationSource>().Any(s => s.Path == toggles.SecretsDirectory))
        {
            // Added last, so a mounted secret overrides appsettings and environment variables of the same key.
            builder.Configuration.AddAksReadySecretFiles(toggles.SecretsDirectory, optional: true);
        }

        if (toggles.ProbeFrontDoor)
        {
            ProbeFrontDoorServer.Register(services);
        }

        // Feature flags before telemetry: their directory is a configuration source, and telemetry reads
        // OTEL_SERVICE_NAME and OTEL_EXPORTER_OTLP_ENDPOINT when it registers.
        if (toggles.FeatureFlags.Enabled)
        {
            AddAksReadyFeatureFlagsCore(builder, toggles.FeatureFlags.Directory);
        }

        // Telemetry before resilience and logging: the primer compiles those two meanwhile (see StartupJitPrimer).
        if (toggles.Telemetry.Enabled)
        {
            builder.AddAksReadyTelemetry();
        }

        if (toggles.HttpClientResilience)
        {
            builder.AddAksReadyHttpClientDefaults();
        }

        if (toggles.Logging.Serilog)
        {
            builder.AddAksReadyLogging();
        }

        return builder;
    }

    // Registration-time toggles (like Aspire's settings): read from the section, then the callback, on a scratch instance.
    private static AksReadyOptions ReadToggles(IConfiguration configSection, Action<AksReadyOptions>? configure)
    {
        var scratch = new AksReadyOptions();
        scratch.HttpClientResilience = ReadBool(configSection, nameof(AksReadyOptions.HttpClientResilience), scratch.HttpClientResilience);
        scratch.ProbeFrontDoor = ReadBool(configSection, nameof(AksReadyOptions.ProbeFrontDoor), scratch.ProbeFrontDoor);
        scratch.Telemetry.Enabled = ReadBool(configSection, "Telemetry:Enabled", scratch.Telemetry.Enabled);
        scratch.Logging.Serilog = ReadBool(configSection, "Logging:Serilog", scratch.Logging.Serilog);
        scratch.FeatureFlags.Enabled = ReadBool(configSection, "FeatureFlags:Enabled", scratch.FeatureFlags.Enabled);
        if (configSection[nameof(AksReadyOptions.SecretsDirectory)] is { } secretsDirectory)
        {
            scratch.SecretsDirectory = secretsDirectory;
        }

        if (configSection[nameof(AksReadyOptions.FeatureFlags) + ":" + nameof(AksReadyFeatureFlagsOptions.Directory)] is { } directory)
        {
            scratch.FeatureFlags.Directory = directory;
        }

        configure?.Invoke(scratch);
        return scratch;
    }

    private static bool ReadBool(IConfiguration configSection, string key, bool defaultValue)
        => bool.TryParse(configSection[key], out var value) ? value : defaultValue;

    private static void AddSelfCheck(HealthCheckServiceOptions options)
    {
        // PostConfigure: another library (for example Aspire's service defaults) may already have added "self".
        if (!options.Registrations.Any(r => string.Equals(r.Name, "self", StringComparison.Ordinal)))
        {
            options.Registrations.Add(new HealthCheckRegistration(
                "self",
                _ => SelfHealthCheck.Instance,
                failureStatus: null,
                tags: [AksReadyHealthCheckTags.Live]));
        }
    }

    private static void FitShutdownTimeout(HostOptions hostOptions, IOptions<AksReadyOptions> aksReadyOptions)
    {
        AksReadyOptions options;
        try
        {
            options = aksReadyOptions.Value;
        }
        catch (Exception ex) when (ex is OptionsValidationException or InvalidOperationException)
        {
            // Invalid options or assembly metadata: ValidateOnStart reports it with the full message when the host starts.
            return;
        }

        var grace = TimeSpan.FromSeconds(options.TerminationGracePeriodSeconds);
        if (hostOptions.ShutdownTimeout > grace)
        {
            hostOptions.ShutdownTimeout = grace;
        }
    }

    private sealed class SelfHealthCheck : IHealthCheck
    {
        public static readonly SelfHealthCheck Instance = new();

        private static readonly Task<HealthCheckResult> s_healthy = Task.FromResult(HealthCheckResult.Healthy());

        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) => s_healthy;
    }
}

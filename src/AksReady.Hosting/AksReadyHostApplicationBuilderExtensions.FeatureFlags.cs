using AksReady.Hosting;
using AksReady.Hosting.Internal.FeatureFlags;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.FeatureManagement;

namespace Microsoft.Extensions.Hosting;

public static partial class AksReadyHostApplicationBuilderExtensions
{
    /// <summary>
    /// Adds Microsoft.FeatureManagement bound to configuration, a mounted config map directory of flags that reloads
    /// when Kubernetes updates it, and the expiry check: one warning at start listing the expired flags and the
    /// <c>aksready.feature_flags.expired</c> gauge.
    /// </summary>
    /// <typeparam name="TBuilder">The host builder type.</typeparam>
    /// <param name="builder">The host builder.</param>
    /// <returns>The same <paramref name="builder"/>, for chaining.</returns>
    /// <remarks>
    /// <para>
    /// <c>AddAksReady</c> calls this unless <c>AksReady:FeatureFlags:Enabled</c> is <see langword="false"/>. Calling it
    /// more than once has no further effect. Flags are read from the <c>feature_management</c> (Microsoft schema) and
    /// <c>FeatureManagement</c> (.NET schema) sections of the whole configuration.
    /// </para>
    /// <para>
    /// The directory <c>AksReady:FeatureFlags:Directory</c> (default <c>/etc/aksready/feature-flags</c>, ignored when
    /// missing) is added as the last configuration source: its <c>*.json</c> files are read as JSON, other files as one
    /// key each, and it reloads on the <c>..data</c> symlink swap of a config map volume.
    /// </para>
    /// <para>
    /// Expiry metadata lives in the Microsoft schema: <c>feature_management.feature_flags[].telemetry.metadata.expires</c>
    /// (ISO 8601 date, expired from 00:00 UTC that day) and <c>…metadata.owner</c>.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static TBuilder AddAksReadyFeatureFlags<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var directory = builder.Configuration.GetSection(AksReadyOptions.DefaultConfigSectionName)
            [nameof(AksReadyOptions.FeatureFlags) + ":" + nameof(AksReadyFeatureFlagsOptions.Directory)] ?? AksReadyFeatureFlagsOptions.DefaultDirectory;
        return AddAksReadyFeatureFlagsCore(builder, directory);
    }

    private static TBuilder AddAksReadyFeatureFlagsCore<TBuilder>(TBuilder builder, string? directory)
        where TBuilder : IHostApplicationBuilder
    {
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(FeatureFlagExpiry)))
        {
            return builder;
        }

        if (!string.IsNullOrWhiteSpace(directory))
        {
            builder.Configuration.AddAksReadySecretFiles(source =>
            {
                source.Path = directory;
                source.Optional = true;
                source.JsonFiles = true;
            });
        }

        services.AddFeatureManagement();
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<FeatureFlagExpiry>();
        services.AddHostedService<FeatureFlagExpiryService>();
        return builder;
    }
}

using System.Diagnostics.Metrics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace AksReady.Hosting.Internal.FeatureFlags;

/// <summary>One flag of the Microsoft feature-management schema with the AksReady metadata.</summary>
internal sealed record FeatureFlagInfo(string Name, string? Expires, DateTimeOffset? ExpiresAt, string? Owner)
{
    public override string ToString() =>
        Name + " (expires " + Expires + (string.IsNullOrWhiteSpace(Owner) ? string.Empty : ", owner " + Owner) + ")";
}

/// <summary>
/// Reads <c>feature_management:feature_flags[]:telemetry:metadata:expires</c> / <c>owner</c> and publishes the number of
/// expired flags as the <c>aksready.feature_flags.expired</c> gauge (recomputed from the current configuration at each collection).
/// </summary>
internal sealed class FeatureFlagExpiry
{
    public const string FlagsSection = "feature_management:feature_flags";
    public const string ExpiresKey = "telemetry:metadata:expires";
    public const string OwnerKey = "telemetry:metadata:owner";
    public const string GaugeName = "aksready.feature_flags.expired";

    private static readonly string[] s_formats = ["yyyy-MM-dd", "o", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-ddTHH:mmK"];

    private readonly IConfiguration _configuration;
    private readonly TimeProvider _time;

    public FeatureFlagExpiry(IConfiguration configuration, TimeProvider time, IMeterFactory meterFactory)
    {
        _configuration = configuration;
        _time = time;
        var meter = meterFactory.Create(AksReadyHostApplicationBuilderExtensions.MeterName);
        meter.CreateObservableGauge(
            GaugeName,
            () => GetExpired().Count,
            unit: "{flag}",
            description: "Feature flags whose telemetry.metadata.expires date has passed.");
    }

    public IReadOnlyList<FeatureFlagInfo> GetFlags()
    {
        var flags = new List<FeatureFlagInfo>();
        foreach (var flag in _configuration.GetSection(FlagsSection).GetChildren())
        {
            var name = flag["id"];
            if (string.IsNullOrWhiteSpace(name))
            {
                continue;
            }

            var expires = flag[ExpiresKey];
            flags.Add(new FeatureFlagInfo(name, expires, Parse(expires), flag[OwnerKey]));
        }

        return flags;
    }

    public IReadOnlyList<FeatureFlagInfo> GetExpired()
    {
        var now = _time.GetUtcNow();
        return GetFlags().Where(f => f.ExpiresAt is { } at && now >= at).ToList();
    }

    /// <summary>ISO 8601: a date (<c>2026-12-31</c>, expired from 00:00 UTC that day) or a date and time with offset.</summary>
    internal static DateTimeOffset? Parse(string? value) =>
        DateTimeOffset.TryParseExact(value?.Trim(), s_formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at
            : null;
}

/// <summary>Logs the expired flags once, when the host starts, and makes sure the gauge exists.</summary>
internal sealed class FeatureFlagExpiryService(FeatureFlagExpiry expiry, Microsoft.Extensions.Logging.ILogger<FeatureFlagExpiryService> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var flags = expiry.GetFlags();
        var invalid = flags.Where(f => !string.IsNullOrWhiteSpace(f.Expires) && f.ExpiresAt is null).ToList();
        if (invalid.Count > 0)
        {
            Log.FeatureFlagExpiryInvalid(logger, string.Join(", ", invalid.Select(f => f.Name + " ('" + f.Expires + "')")));
        }

        var expired = expiry.GetExpired();
        if (expired.Count > 0)
        {
            Log.FeatureFlagsExpired(logger, expired.Count, string.Join(", ", expired));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using Microsoft.Extensions.Logging;

namespace AksReady.Hosting.Internal;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "AksReady: stopping requested; readiness now reports 503 (Draining). Serving for {DrainDelaySeconds} s more before the server stops.", EventName = "DrainStarted")]
    public static partial void DrainStarted(ILogger logger, int drainDelaySeconds);

    [LoggerMessage(2, LogLevel.Information, "AksReady: drain delay of {DrainDelaySeconds} s elapsed after {ElapsedMilliseconds} ms; stopping the server.", EventName = "DrainCompleted")]
    public static partial void DrainCompleted(ILogger logger, int drainDelaySeconds, long elapsedMilliseconds);

    [LoggerMessage(3, LogLevel.Warning, "AksReady: the drain delay was cut short after {ElapsedMilliseconds} ms because the host shutdown timeout expired.", EventName = "DrainCutShort")]
    public static partial void DrainCutShort(ILogger logger, long elapsedMilliseconds);

    [LoggerMessage(4, LogLevel.Information, "AksReady: {Count} warm-up(s) completed in {ElapsedMilliseconds} ms; the startup probe now reports healthy.", EventName = "WarmupCompleted")]
    public static partial void WarmupCompleted(ILogger logger, int count, long elapsedMilliseconds);

    [LoggerMessage(5, LogLevel.Error, "AksReady: warm-up failed; the startup probe keeps returning 503.", EventName = "WarmupFailed")]
    public static partial void WarmupFailed(ILogger logger, Exception exception);

    [LoggerMessage(6, LogLevel.Warning, "AksReady: the server listens on {Addresses} but AksReady:Port is {Port}; the generated manifests send probes and traffic to that port.", EventName = "PortMismatch")]
    public static partial void PortMismatch(ILogger logger, string addresses, int port);

    [LoggerMessage(7, LogLevel.Information, "AksReady: management listener serving the probes on {Addresses}.", EventName = "ManagementListening")]
    public static partial void ManagementListening(ILogger logger, string addresses);

    [LoggerMessage(8, LogLevel.Warning, "AksReady: {Count} feature flag(s) past their expiry date: {ExpiredFlags}. Remove them from the code and the configuration.", EventName = "FeatureFlagsExpired")]
    public static partial void FeatureFlagsExpired(ILogger logger, int count, string expiredFlags);

    [LoggerMessage(9, LogLevel.Warning, "AksReady: feature flag expiry dates that are not ISO 8601 (yyyy-MM-dd) were ignored: {Flags}.", EventName = "FeatureFlagExpiryInvalid")]
    public static partial void FeatureFlagExpiryInvalid(ILogger logger, string flags);

    [LoggerMessage(10, LogLevel.Debug, "AksReady: OpenTelemetry logger, tracer and meter providers built in {ElapsedMilliseconds} ms.", EventName = "TelemetryStarted")]
    public static partial void TelemetryStarted(ILogger logger, long elapsedMilliseconds);

    [LoggerMessage(11, LogLevel.Warning, "AksReady: building the OpenTelemetry providers failed; traces, metrics and logs are not exported.", EventName = "TelemetryStartFailed")]
    public static partial void TelemetryStartFailed(ILogger logger, Exception exception);
}

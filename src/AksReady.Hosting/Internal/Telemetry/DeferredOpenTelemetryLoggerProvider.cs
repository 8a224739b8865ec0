using Microsoft.Extensions.Logging;

namespace AksReady.Hosting.Internal.Telemetry;

/// <summary>
/// Stands in for OpenTelemetry's <c>OpenTelemetryLoggerProvider</c> in the logger factory and forwards to it only once
/// <see cref="TelemetryLifecycleService"/> built the OpenTelemetry <c>LoggerProvider</c> (right after the server started).
/// </summary>
/// <remarks>
/// <para>
/// The logger factory asks every provider for a logger while the host is built, and OpenTelemetry's provider builds the
/// whole OpenTelemetry <c>LoggerProvider</c> (resource, self-diagnostics, processors, exporters) on its first
/// <c>CreateLogger</c>, so that build was on the path to the first healthy probe. This stand-in creates OpenTelemetry's
/// provider (cheap: it only keeps a factory) at once, so that its scope provider and filter configuration are set up as
/// before, but asks it for loggers only after <see cref="StartForwarding"/>. Until then its loggers are disabled: events
/// logged before are written by the other providers (the JSON lines on stdout) and are not exported by OpenTelemetry.
/// Nothing is buffered: a replayed event would carry a wrong timestamp, trace context and scopes.
/// </para>
/// <para>
/// The alias keeps <c>Logging:OpenTelemetry:LogLevel</c> rules working; rules added for the OpenTelemetry provider's type
/// are copied to this type (see <c>AddAksReadyTelemetry</c>).
/// </para>
/// </remarks>
[ProviderAlias("OpenTelemetry")]
internal sealed class DeferredOpenTelemetryLoggerProvider(ILoggerProvider inner) : ILoggerProvider, ISupportExternalScope
{
    private volatile bool _forwarding;
    private int _disposed;

    /// <summary>Gets OpenTelemetry's own logger provider.</summary>
    internal ILoggerProvider Inner => inner;

    /// <summary>Gets a value indicating whether events are forwarded to OpenTelemetry (for tests).</summary>
    internal bool IsForwarding => _forwarding;

    /// <summary>Forwards every later event to OpenTelemetry's provider; call it after the OpenTelemetry <c>LoggerProvider</c> was built.</summary>
    public void StartForwarding() => _forwarding = Volatile.Read(ref _disposed) == 0;

    public ILogger CreateLogger(string categoryName) => new ForwardingLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => (inner as ISupportExternalScope)?.SetScopeProvider(scopeProvider);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _forwarding = false;
            inner.Dispose();
        }
    }

    // The logger factory creates one logger per category and provider and caches it, so there is no cache here.
    private sealed class ForwardingLogger(DeferredOpenTelemetryLoggerProvider owner, string categoryName) : ILogger
    {
        private ILogger? _inner;

        private ILogger? Inner => Volatile.Read(ref _inner) ?? (owner._forwarding ? Create() : null);

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => Inner?.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => Inner?.IsEnabled(logLevel) ?? false;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => Inner?.Log(logLevel, eventId, state, exception, formatter);

        // OpenTelemetry's provider caches its loggers by category, so a race creates the same logger twice at worst.
        private ILogger Create()
        {
            var logger = owner.Inner.CreateLogger(categoryName);
            Volatile.Write(ref _inner, logger);
            return logger;
        }
    }
}

/// <summary>Where <see cref="TelemetryLifecycleService"/> finds the <see cref="DeferredOpenTelemetryLoggerProvider"/>, if the logger factory uses one.</summary>
internal sealed class DeferredOpenTelemetryLogs
{
    private DeferredOpenTelemetryLoggerProvider? _provider;

    /// <summary>Gets the stand-in the logger factory uses, or <see langword="null"/> if OpenTelemetry's provider is used directly.</summary>
    public DeferredOpenTelemetryLoggerProvider? Provider => Volatile.Read(ref _provider);

    public void Set(DeferredOpenTelemetryLoggerProvider provider) => Volatile.Write(ref _provider, provider);
}

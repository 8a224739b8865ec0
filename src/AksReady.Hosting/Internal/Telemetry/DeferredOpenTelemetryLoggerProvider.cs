using Microsoft.Extensions.Logging;

namespace AksReady.Hosting.Internal.Telemetry;

/// <summary>
/// Stands in for OpenTelemetry's <c>OpenTelemetryLoggerProvider</c> in the logger factory and creates and forwards to it
/// only once <see cref="TelemetryLifecycleService"/> built the OpenTelemetry <c>LoggerProvider</c> (after the server started and the first healthy probe).
/// </summary>
/// <remarks>
/// <para>
/// The logger factory asks every provider for a logger while the host is built, and OpenTelemetry's provider builds the
/// whole OpenTelemetry <c>LoggerProvider</c> (resource, self-diagnostics, processors, exporters) on its first
/// <c>CreateLogger</c>, so that build was on the path to the first healthy probe. Creating OpenTelemetry's provider
/// itself (its options bound from <c>Logging:OpenTelemetry</c>, ~25 JIT-compiled methods, ~5 ms of the main thread) is
/// left to <see cref="StartForwarding"/> too: until then this stand-in keeps the logger factory's scope provider and
/// hands it over when it creates OpenTelemetry's provider, and its loggers are disabled: events logged before are
/// written by the other providers (the JSON lines on stdout) and are not exported by OpenTelemetry. Nothing is
/// buffered: a replayed event would carry a wrong timestamp, trace context and scopes.
/// </para>
/// <para>
/// The alias keeps <c>Logging:OpenTelemetry:LogLevel</c> rules working; rules added for the OpenTelemetry provider's type
/// are copied to this type (see <c>AddAksReadyTelemetry</c>).
/// </para>
/// </remarks>
[ProviderAlias("OpenTelemetry")]
internal sealed class DeferredOpenTelemetryLoggerProvider(Func<ILoggerProvider> createInner) : ILoggerProvider, ISupportExternalScope
{
    private readonly object _gate = new();
    private ILoggerProvider? _inner;
    private IExternalScopeProvider? _scopeProvider;
    private volatile bool _forwarding;
    private bool _disposed;

    /// <summary>Gets OpenTelemetry's own logger provider, or <see langword="null"/> before <see cref="StartForwarding"/>.</summary>
    internal ILoggerProvider? Inner => Volatile.Read(ref _inner);

    /// <summary>Gets a value indicating whether events are forwarded to OpenTelemetry (for tests).</summary>
    internal bool IsForwarding => _forwarding;

    /// <summary>
    /// Creates OpenTelemetry's provider and forwards every later event to it; call it after the OpenTelemetry
    /// <c>LoggerProvider</c> was built. Does nothing after <see cref="Dispose"/> or when already forwarding.
    /// </summary>
    public void StartForwarding()
    {
        lock (_gate)
        {
            if (_disposed || _inner is not null)
            {
                return;
            }

            var inner = createInner();
            if (_scopeProvider is not null)
            {
                (inner as ISupportExternalScope)?.SetScopeProvider(_scopeProvider);
            }

            Volatile.Write(ref _inner, inner);
            _forwarding = true;
        }
    }

    public ILogger CreateLogger(string categoryName) => new ForwardingLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider)
    {
        lock (_gate)
        {
            _scopeProvider = scopeProvider;
            (_inner as ISupportExternalScope)?.SetScopeProvider(scopeProvider);
        }
    }

    public void Dispose()
    {
        ILoggerProvider? inner;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _forwarding = false;
            inner = _inner;
        }

        inner?.Dispose();
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
        // _forwarding is set only after the inner provider was published, so it is there when forwarding is on.
        private ILogger? Create()
        {
            if (owner.Inner is not { } provider)
            {
                return null;
            }

            var logger = provider.CreateLogger(categoryName);
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

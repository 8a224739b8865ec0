using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics;

namespace AksReady.Hosting.Internal.Telemetry;

/// <summary>
/// Stands in for OpenTelemetry's <see cref="IMetricsListener"/> (named <c>OpenTelemetry</c>) and creates it, and with it
/// the meter provider, only when an <c>IMetricsBuilder</c> rule enables an instrument for it.
/// </summary>
/// <remarks>
/// The host starts its metrics listeners while validating options at start, before the server starts; OpenTelemetry's
/// listener takes the <c>MeterProvider</c> in its constructor, so the whole meter provider was built on the path to the
/// first healthy probe even though, without <c>services.AddMetrics(b => b.EnableMetrics(..., "OpenTelemetry"))</c> rules,
/// the listener is never asked about an instrument. The meter provider's own listening (<c>AddMeter</c>, the
/// instrumentation) does not depend on this listener: <see cref="TelemetryLifecycleService"/> builds it.
/// </remarks>
internal sealed class DeferredMetricsListener(IServiceProvider services, Type listenerType) : IMetricsListener, IDisposable
{
    private readonly object _gate = new();
    private IObservableInstrumentsSource? _source;
    private IMetricsListener? _inner;
    private MeasurementHandlers? _innerHandlers;

    public string Name => "OpenTelemetry";

    /// <summary>Gets a value indicating whether OpenTelemetry's listener was created (for tests).</summary>
    internal bool IsCreated => Volatile.Read(ref _inner) is not null;

    public void Initialize(IObservableInstrumentsSource source)
    {
        lock (_gate)
        {
            _source = source;
            _inner?.Initialize(source);
        }
    }

    public bool InstrumentPublished(Instrument instrument, out object? userState) => Inner.InstrumentPublished(instrument, out userState);

    public void MeasurementsCompleted(Instrument instrument, object? userState) => Volatile.Read(ref _inner)?.MeasurementsCompleted(instrument, userState);

    // Measurements only flow for instruments InstrumentPublished accepted, so the inner listener exists by then.
    public MeasurementHandlers GetMeasurementHandlers() => new()
    {
        ByteHandler = (instrument, value, tags, state) => Handlers.ByteHandler?.Invoke(instrument, value, tags, state),
        ShortHandler = (instrument, value, tags, state) => Handlers.ShortHandler?.Invoke(instrument, value, tags, state),
        IntHandler = (instrument, value, tags, state) => Handlers.IntHandler?.Invoke(instrument, value, tags, state),
        LongHandler = (instrument, value, tags, state) => Handlers.LongHandler?.Invoke(instrument, value, tags, state),
        FloatHandler = (instrument, value, tags, state) => Handlers.FloatHandler?.Invoke(instrument, value, tags, state),
        DoubleHandler = (instrument, value, tags, state) => Handlers.DoubleHandler?.Invoke(instrument, value, tags, state),
        DecimalHandler = (instrument, value, tags, state) => Handlers.DecimalHandler?.Invoke(instrument, value, tags, state),
    };

    public void Dispose() => (Volatile.Read(ref _inner) as IDisposable)?.Dispose();

    private IMetricsListener Inner => Volatile.Read(ref _inner) ?? Create();

    private MeasurementHandlers Handlers
    {
        get
        {
            _ = Inner;
            return _innerHandlers!;
        }
    }

    private IMetricsListener Create()
    {
        lock (_gate)
        {
            if (_inner is { } existing)
            {
                return existing;
            }

            var listener = (IMetricsListener)ActivatorUtilities.CreateInstance(services, listenerType);
            if (_source is not null)
            {
                listener.Initialize(_source);
            }

            _innerHandlers = listener.GetMeasurementHandlers();
            Volatile.Write(ref _inner, listener);
            return listener;
        }
    }
}

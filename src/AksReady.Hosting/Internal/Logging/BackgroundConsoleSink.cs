using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace AksReady.Hosting.Internal.Logging;

/// <summary>
/// Writes the JSON lines to stdout on a dedicated background thread, in order, the way the default console logger of
/// Microsoft.Extensions.Logging does: the thread that logs only queues the event.
/// </summary>
/// <remarks>
/// <para>
/// The event is complete when it is queued (message template bound, properties enriched and redacted, trace and span ids
/// captured from <c>Activity.Current</c> when it was created), so formatting it later on another thread writes the same
/// line. Formatting and writing (and, for the first event, setting up the console stream) leave the logging thread: the
/// first events (Kestrel's "Now listening on") are on the path to the first healthy probe.
/// </para>
/// <para>
/// Like the console logger, the queue is bounded (<see cref="Capacity"/> events): when it is full, the logging thread
/// waits, so nothing is dropped. <see cref="Dispose"/> (when the host disposes the logger provider) and process exit
/// write what is queued, for at most <see cref="DrainTimeout"/>; events still queued when the process dies abruptly are
/// lost, as with the console logger.
/// </para>
/// </remarks>
internal sealed class BackgroundConsoleSink : ILogEventSink, IDisposable
{
    public const int Capacity = 10_000;

    public static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(2);

    private readonly ITextFormatter _formatter;
    private readonly Func<TextWriter> _output;
    private readonly Queue<LogEvent> _queue = new();
    private readonly EventHandler _onProcessExit;
    private Thread? _thread;
    private bool _completed;

    public BackgroundConsoleSink(ITextFormatter formatter, Func<TextWriter>? output = null)
    {
        _formatter = formatter;
        _output = output ?? (static () => Console.Out);
        _onProcessExit = (_, _) => Dispose();
        AppDomain.CurrentDomain.ProcessExit += _onProcessExit;
    }

    public void Emit(LogEvent logEvent)
    {
        lock (_queue)
        {
            if (!_completed)
            {
                while (_queue.Count >= Capacity && !_completed)
                {
                    Monitor.Wait(_queue);
                }

                if (!_completed)
                {
                    _queue.Enqueue(logEvent);
                    if (_thread is null)
                    {
                        _thread = new Thread(Process) { IsBackground = true, Name = "AksReady log writer" };
                        _thread.UnsafeStart();
                    }
                    else if (_queue.Count == 1)
                    {
                        Monitor.PulseAll(_queue);
                    }

                    return;
                }
            }
        }

        // After Dispose (a logger used while the host is torn down): write on the caller's thread.
        var output = _output();
        lock (output)
        {
            _formatter.Format(logEvent, output);
            output.Flush();
        }
    }

    public void Dispose()
    {
        Thread? thread;
        lock (_queue)
        {
            if (_completed)
            {
                return;
            }

            _completed = true;
            thread = _thread;
            Monitor.PulseAll(_queue);
        }

        AppDomain.CurrentDomain.ProcessExit -= _onProcessExit;
        thread?.Join(DrainTimeout);
    }

    private void Process()
    {
        var output = _output();
        var batch = new List<LogEvent>();
        while (true)
        {
            lock (_queue)
            {
                while (_queue.Count == 0 && !_completed)
                {
                    Monitor.Wait(_queue);
                }

                if (_queue.Count == 0)
                {
                    return;
                }

                batch.AddRange(_queue);
                _queue.Clear();
                Monitor.PulseAll(_queue);
            }

            try
            {
                lock (output)
                {
                    foreach (var logEvent in batch)
                    {
                        _formatter.Format(logEvent, output);
                    }

                    output.Flush();
                }
            }
#pragma warning disable CA1031 // A failing stdout must not end the writer: Serilog's own sinks swallow write failures too.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Serilog.Debugging.SelfLog.WriteLine("AksReady log writer: writing to stdout failed: {0}", ex);
            }

            batch.Clear();
        }
    }
}

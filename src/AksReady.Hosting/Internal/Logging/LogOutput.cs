using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace AksReady.Hosting.Internal.Logging;

/// <summary>Redirects the JSON log lines from stdout to a writer (tests register it before <c>AddAksReady</c>).</summary>
internal sealed class LogOutput(TextWriter writer)
{
    public TextWriter Writer { get; } = writer;

    public ILogEventSink CreateSink(ITextFormatter formatter) => new Sink(formatter, Writer);

    private sealed class Sink(ITextFormatter formatter, TextWriter writer) : ILogEventSink
    {
        public void Emit(LogEvent logEvent)
        {
            lock (writer)
            {
                formatter.Format(logEvent, writer);
                writer.Flush();
            }
        }
    }
}

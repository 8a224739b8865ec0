using System.Text;
using System.Text.Json;
using AksReady.Hosting.Internal.Logging;
using Serilog;
using Serilog.Formatting.Compact;

namespace AksReady.Hosting.Tests;

/// <summary>The stdout writer of the JSON lines: a background thread, in order, nothing lost on dispose.</summary>
public sealed class BackgroundConsoleSinkTests
{
    [Fact]
    public void Events_AreWrittenInOrder_PerThread_AndAllOfThemByDispose()
    {
        var writer = new StringWriter(new StringBuilder());
        var sink = new BackgroundConsoleSink(new RenderedCompactJsonFormatter(), () => writer);
        using (var logger = new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(sink).CreateLogger())
        {
            Parallel.For(0, 4, thread =>
            {
                for (var i = 0; i < 3_000; i++)
                {
                    logger.Information("Event {Thread} {Index}", thread, i);
                }
            });
        }

        // The logger disposed the sink, which wrote everything that was queued.
        var events = Lines(writer).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(12_000, events.Count);
        foreach (var thread in events.GroupBy(e => e.GetProperty("Thread").GetInt32()))
        {
            Assert.Equal(Enumerable.Range(0, 3_000), thread.Select(e => e.GetProperty("Index").GetInt32()));
        }
    }

    [Fact]
    public void TraceIds_AreThoseOfTheLoggingThread_NotOfTheWriter()
    {
        var writer = new StringWriter(new StringBuilder());
        using var source = new System.Diagnostics.ActivitySource("AksReady.Tests.Sink");
        using var listener = new System.Diagnostics.ActivityListener
        {
            ShouldListenTo = s => s.Name == source.Name,
            Sample = (ref System.Diagnostics.ActivityCreationOptions<System.Diagnostics.ActivityContext> _) => System.Diagnostics.ActivitySamplingResult.AllData,
        };
        System.Diagnostics.ActivitySource.AddActivityListener(listener);
        string traceId;
        using (var logger = new LoggerConfiguration().WriteTo.Sink(new BackgroundConsoleSink(new RenderedCompactJsonFormatter(), () => writer)).CreateLogger())
        {
            using var activity = source.StartActivity("op")!;
            traceId = activity.TraceId.ToHexString();
            logger.Information("inside");
        }

        var line = Assert.Single(Lines(writer));
        Assert.Equal(traceId, JsonDocument.Parse(line).RootElement.GetProperty("@tr").GetString());
    }

    [Fact]
    public void AfterDispose_EventsAreWrittenOnTheCallersThread()
    {
        var writer = new StringWriter(new StringBuilder());
        var sink = new BackgroundConsoleSink(new RenderedCompactJsonFormatter(), () => writer);
        var logger = new LoggerConfiguration().WriteTo.Sink(sink).CreateLogger();
        logger.Information("before");
        sink.Dispose();
        logger.Information("after");

        Assert.Equal(["before", "after"], Lines(writer).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("@m").GetString()));
    }

    private static string[] Lines(StringWriter writer)
    {
        lock (writer)
        {
            return writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }
    }
}

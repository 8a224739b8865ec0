using System.Diagnostics;
using AksReady.Hosting.Internal.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;

namespace AksReady.Hosting.Tests;

/// <summary>The OpenTelemetry logger provider: built after the server started, then every event is exported once.</summary>
public sealed class TelemetryLogsTests
{
    private const string Category = "AksReady.Tests.Logs";

    [Fact]
    public void OpenTelemetrysLoggerProvider_IsReplacedByTheStandIn()
    {
        var builder = TestApp.CreateBuilder();
        builder.AddAksReady();

        // Matched by the factory's type in AddAksReadyTelemetry: this fails if an OpenTelemetry update registers it differently.
        Assert.DoesNotContain(builder.Services, d => d.ServiceType == typeof(ILoggerProvider)
            && d.ImplementationFactory is Func<IServiceProvider, OpenTelemetryLoggerProvider>);
        using var app = builder.Build();
        var stand = Assert.Single(app.Services.GetServices<ILoggerProvider>().OfType<DeferredOpenTelemetryLoggerProvider>());
        Assert.Empty(app.Services.GetServices<ILoggerProvider>().OfType<OpenTelemetryLoggerProvider>());

        // Not started: OpenTelemetry's own provider is not even created yet (it is created when forwarding starts).
        Assert.Null(stand.Inner);
        Assert.False(stand.IsForwarding);
    }

    [Fact]
    public void StandIn_CreatesTheInnerProviderWhenForwardingStarts_WithTheScopeProviderItWasGiven()
    {
        var created = 0;
        var inner = new RecordingProvider();
        using var stand = new DeferredOpenTelemetryLoggerProvider(() =>
        {
            created++;
            return inner;
        });
        var scopes = new LoggerExternalScopeProvider();
        stand.SetScopeProvider(scopes);
        var logger = stand.CreateLogger(Category);

        Assert.False(logger.IsEnabled(LogLevel.Critical));
        logger.LogWarning("before");
        Assert.Equal(0, created);

        stand.StartForwarding();
        stand.StartForwarding();

        Assert.Equal(1, created);
        Assert.Same(scopes, inner.Scopes);
        Assert.True(logger.IsEnabled(LogLevel.Warning));
        logger.LogWarning("after");
        Assert.Equal(["after"], inner.Messages);

        stand.Dispose();
        Assert.True(inner.Disposed);
        Assert.False(stand.IsForwarding);
    }

    [Fact]
    public void StandIn_DisposedBeforeForwarding_NeverCreatesTheInnerProvider()
    {
        var created = 0;
        var stand = new DeferredOpenTelemetryLoggerProvider(() =>
        {
            created++;
            return new RecordingProvider();
        });

        stand.Dispose();
        stand.StartForwarding();

        Assert.Equal(0, created);
        Assert.False(stand.IsForwarding);
        Assert.False(stand.CreateLogger(Category).IsEnabled(LogLevel.Critical));
    }

    [Fact]
    public async Task Logs_AreExportedAfterTheServerStarted_WithTraceIds()
    {
        var records = new Captured();
        bool? builtAfterStart = null;
        await using var app = await TestApp.StartAsync(
            configureBuilder: b =>
            {
                b.AddAksReady();
                b.Services.ConfigureOpenTelemetryLoggerProvider((sp, l) =>
                {
                    builtAfterStart = sp.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.IsCancellationRequested;
                    l.AddProcessor(records);
                });
            },
            configureApp: a => a.MapGet("/api/log", (ILoggerFactory loggers) =>
            {
                loggers.CreateLogger(Category).LogInformation("Handled {Name}", "alice");
                return Activity.Current?.TraceId.ToHexString();
            }));

        var stand = Assert.Single(app.App.Services.GetServices<ILoggerProvider>().OfType<DeferredOpenTelemetryLoggerProvider>());
        await TelemetryTests.TracingStartedAsync(app);
        Assert.True(builtAfterStart);
        Assert.True(stand.IsForwarding);

        var (status, traceId) = await app.GetAsync("/api/log");
        Assert.Equal(200, status);
        var record = Assert.Single(records.Snapshot(), r => r.Category == Category);
        Assert.Equal("Handled alice", record.Message);
        Assert.Equal(traceId, record.TraceId);
        Assert.Equal(32, record.TraceId.Length);

        // Events logged before the build (here Microsoft.Hosting.Lifetime's "Now listening on") are on stdout only.
        Assert.DoesNotContain(records.Snapshot(), r => r.Category == "Microsoft.Hosting.Lifetime" && r.Message.StartsWith("Now listening on", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartAfterServerFalse_UsesOpenTelemetrysProvider_BuiltBeforeTheServer()
    {
        var records = new Captured();
        bool? builtAfterStart = null;
        await using var app = await TestApp.StartAsync(configureBuilder: b =>
        {
            b.Configuration["AksReady:Telemetry:StartAfterServer"] = "false";
            b.AddAksReady();
            b.Services.ConfigureOpenTelemetryLoggerProvider((sp, l) =>
            {
                builtAfterStart = sp.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.IsCancellationRequested;
                l.AddProcessor(records);
            });
        });

        var providers = app.App.Services.GetServices<ILoggerProvider>().ToList();
        Assert.Single(providers.OfType<OpenTelemetryLoggerProvider>());
        Assert.Empty(providers.OfType<DeferredOpenTelemetryLoggerProvider>());
        Assert.False(builtAfterStart);
        Assert.Contains(records.Snapshot(), r => r.Category == "Microsoft.Hosting.Lifetime" && r.Message.StartsWith("Now listening on", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FilterRules_ByAlias_AndByOpenTelemetrysType_StillApply()
    {
        var records = new Captured();
        await using var app = await TestApp.StartAsync(configureBuilder: b =>
        {
            b.Configuration["Logging:OpenTelemetry:LogLevel:Default"] = "Warning";
            b.AddAksReady();
            b.Logging.AddFilter<OpenTelemetryLoggerProvider>(Category + ".Quiet", LogLevel.Error);
            b.Services.ConfigureOpenTelemetryLoggerProvider(l => l.AddProcessor(records));
        });
        await TelemetryTests.TracingStartedAsync(app);

        var loggers = app.App.Services.GetRequiredService<ILoggerFactory>();
        var logger = loggers.CreateLogger(Category);
        logger.LogInformation("info");
        logger.LogWarning("warning");
        var quiet = loggers.CreateLogger(Category + ".Quiet");
        quiet.LogWarning("quiet warning");
        quiet.LogError("quiet error");

        var messages = records.Snapshot().Where(r => r.Category.StartsWith(Category, StringComparison.Ordinal)).Select(r => r.Message).ToList();
        Assert.Equal(["warning", "quiet error"], messages);
    }

    [Fact]
    public async Task AddOpenTelemetryByTheApp_AfterAddAksReady_ExportsEachEventOnce()
    {
        var records = new Captured();
        await using var app = await TestApp.StartAsync(configureBuilder: b =>
        {
            b.AddAksReady();
            b.Logging.AddOpenTelemetry(o => o.IncludeScopes = false);
            b.Services.ConfigureOpenTelemetryLoggerProvider(l => l.AddProcessor(records));
        });
        await TelemetryTests.TracingStartedAsync(app);

        app.App.Services.GetRequiredService<ILoggerFactory>().CreateLogger(Category).LogWarning("once");
        Assert.Single(records.Snapshot(), r => r.Message == "once");
    }

    [Fact]
    public async Task Stop_FlushesBufferedLogs()
    {
        var exported = new List<string>();
        var app = await TestApp.StartAsync(configureBuilder: b =>
        {
            b.AddAksReady();
            // A batch processor with a long delay: only the flush on stop exports the event.
            b.Services.ConfigureOpenTelemetryLoggerProvider(l => l.AddProcessor(
                new BatchLogRecordExportProcessor(new MessageExporter(exported), scheduledDelayMilliseconds: 600_000)));
        });
        await TelemetryTests.TracingStartedAsync(app);

        app.App.Services.GetRequiredService<ILoggerFactory>().CreateLogger(Category).LogWarning("buffered");
        Assert.Empty(exported);
        await app.DisposeAsync();
        Assert.Contains("buffered", exported);
    }

    [Fact]
    public async Task WithOtlpConfigured_LogsAreForwarded_AndStopStaysWithinTheBudget()
    {
        // An unreachable collector: the exports fail, the host still starts, forwards and stops in time.
        var app = await TestApp.StartAsync(configureBuilder: b =>
        {
            b.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:9";
            b.Configuration["AksReady:DrainDelaySeconds"] = "0";
            b.AddAksReady();
        });
        await TelemetryTests.TracingStartedAsync(app);
        Assert.True(Assert.Single(app.App.Services.GetServices<ILoggerProvider>().OfType<DeferredOpenTelemetryLoggerProvider>()).IsForwarding);

        app.App.Services.GetRequiredService<ILoggerFactory>().CreateLogger(Category).LogWarning("to an unreachable collector");
        var watch = Stopwatch.StartNew();
        await app.DisposeAsync();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), watch.Elapsed.ToString());
    }

    private sealed record Record(string Category, string Message, string TraceId);

    // LogRecord instances are pooled: keep copies of what the tests assert on.
    private sealed class Captured : BaseProcessor<LogRecord>
    {
        private readonly List<Record> _records = [];

        public List<Record> Snapshot()
        {
            lock (_records)
            {
                return [.. _records];
            }
        }

        public override void OnEnd(LogRecord data)
        {
            lock (_records)
            {
                _records.Add(new Record(data.CategoryName ?? "", data.FormattedMessage ?? data.Body ?? "", data.TraceId.ToHexString()));
            }
        }
    }

    private sealed class MessageExporter(List<string> exported) : BaseExporter<LogRecord>
    {
        public override ExportResult Export(in Batch<LogRecord> batch)
        {
            lock (exported)
            {
                foreach (var record in batch)
                {
                    exported.Add(record.FormattedMessage ?? record.Body ?? "");
                }
            }

            return ExportResult.Success;
        }
    }

    private sealed class RecordingProvider : ILoggerProvider, ISupportExternalScope
    {
        public List<string> Messages { get; } = [];

        public IExternalScopeProvider? Scopes { get; private set; }

        public bool Disposed { get; private set; }

        public ILogger CreateLogger(string categoryName) => new RecordingLogger(this);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => Scopes = scopeProvider;

        public void Dispose() => Disposed = true;

        private sealed class RecordingLogger(RecordingProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
                => owner.Messages.Add(formatter(state, exception));
        }
    }
}

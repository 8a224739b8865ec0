using AksReady.Hosting.Internal.Logging;
using AksReady.Hosting.Internal.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Extensions.Logging;
using Serilog.Formatting;
using Serilog.Formatting.Compact;

namespace AksReady.Hosting.Internal;

/// <summary>
/// JIT-compiles, on a background thread and so on another core, the library code that the main thread runs a little later
/// on its way to the first healthy probe: OpenTelemetry's registration, Serilog's logger and its first events, the
/// standard resilience handler's options validated at start.
/// </summary>
/// <remarks>
/// <para>
/// None of OpenTelemetry, Serilog, Polly or Microsoft.Extensions.Http.Resilience ships ReadyToRun code, so the main thread
/// JIT-compiles some 400 of their methods before the server starts, one after the other. Compiled code is shared by every
/// thread of the process: this thread does the same calls first, on throwaway objects (a service collection that is never
/// built into the app, a Serilog logger whose sink writes nowhere), and the main thread finds most of those methods
/// compiled (or waits for the one being compiled) when it gets there. The order is the order in which the main thread
/// needs them, the latest first reached last.
/// </para>
/// <para>
/// Nothing here is observable: no provider, listener or sink of the app is created, no configuration is read but what is
/// passed in, and every failure is swallowed (the main thread then compiles what it needs itself, as it would without
/// this). Serilog settings from configuration (<c>ReadFrom.Configuration</c>) are not exercised: they may create sinks.
/// The AppContext switch <c>AksReady.Hosting.DisableStartupJitPrimer</c> turns it off.
/// </para>
/// </remarks>
internal static class StartupJitPrimer
{
    public const string DisableSwitchName = "AksReady.Hosting.DisableStartupJitPrimer";

    private static int s_started;

    /// <summary>
    /// Starts the primer on a background thread, once per process, unless the switch turns it off or the process may use
    /// only one processor (where it could only take turns with the main thread).
    /// </summary>
    /// <returns><see langword="false"/> when it does not run, otherwise <see langword="true"/>.</returns>
    public static bool Start(IHostEnvironment environment, AksReadyOptions toggles, string? otlpEndpoint)
    {
        if ((AppContext.TryGetSwitch(DisableSwitchName, out var disabled) && disabled) || Environment.ProcessorCount < 2)
        {
            return false;
        }

        if (Interlocked.Exchange(ref s_started, 1) != 0)
        {
            return true;
        }

        var work = new Work(environment, toggles.Telemetry.Enabled, toggles.Logging.Serilog, toggles.HttpClientResilience, otlpEndpoint);

        // A thread of its own, not the thread pool's: the host's start-up continuations run on the pool.
        var thread = new Thread(() => work.Run(onError: null))
        {
            IsBackground = true,
            Name = "AksReady start-up JIT",
        };
        thread.UnsafeStart();
        return true;
    }

    /// <summary>Runs every step on the calling thread and reports the failures (for tests: the primer itself swallows them).</summary>
    internal static void RunForTest(IHostEnvironment environment, string? otlpEndpoint, Action<string, Exception> onError)
        => new Work(environment, telemetry: true, serilog: true, resilience: true, otlpEndpoint).Run(onError);

    private sealed class Work(IHostEnvironment environment, bool telemetry, bool serilog, bool resilience, string? otlpEndpoint)
    {
        private SerilogLoggerProvider? _serilog;

        public void Run(Action<string, Exception>? onError)
        {
            // In the order the main thread needs them: registration (AddAksReady), the logger factory (Build()), the
            // options validated at start and the first events (Run()).
            if (telemetry)
            {
                // Also runs OpenTelemetry.Sdk's static constructor (default propagators, W3C ids, the self-diagnostics file
                // watcher, the package version read by reflection), which the registration triggers: once per process.
                Try(nameof(RegisterTelemetry), RegisterTelemetry, onError);
            }

            if (serilog)
            {
                Try(nameof(CreateSerilogLogger), CreateSerilogLogger, onError);
            }

            if (resilience)
            {
                Try(nameof(ValidateResilienceOptions), ValidateResilienceOptions, onError);
            }

            if (_serilog is { } provider)
            {
                Try(nameof(LogThroughSerilog), LogThroughSerilog, onError);
                Try(nameof(provider.Dispose), provider.Dispose, onError);
            }
        }

        private static void Try(string step, Action action, Action<string, Exception>? onError)
        {
            try
            {
                action();
            }
#pragma warning disable CA1031 // Priming only: whatever fails here, the main thread does for real (and reports) later.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                onError?.Invoke(step, ex);
            }
        }

        // AddAksReadyTelemetry itself, on a builder whose services are dropped.
        private void RegisterTelemetry()
        {
            var configuration = new ConfigurationManager();
            if (otlpEndpoint is not null)
            {
                configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlpEndpoint;
            }

            new ThrowawayHostBuilder(environment, configuration).AddAksReadyTelemetry();
        }

        // The Serilog pipeline AddAksReadyLogging builds (enrichers, probe filter, compact JSON) with a sink that writes
        // nowhere, behind the Microsoft.Extensions.Logging adapter.
        private void CreateSerilogLogger()
        {
            var formatter = new RenderedCompactJsonFormatter();
            var serilogLogger = new LoggerConfiguration()
                .MinimumLevel.Verbose()
                .Enrich.WithProperty(KubernetesResourceDetector.PodNameAttribute, "primer")
                .Enrich.With(new SecretRedactionEnricher())
                .Filter.With(new ProbeRequestFilter(ProbePaths.Default))
                .WriteTo.Sink(new FormattingNullSink(formatter))
                .CreateLogger();
            _serilog = new SerilogLoggerProvider(serilogLogger, dispose: true);
        }

        // What ValidateOnStart does for the standard resilience handler's options: create, configure and validate them.
        private static void ValidateResilienceOptions()
        {
            var services = new ServiceCollection();
            services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler(AksReadyHostApplicationBuilderExtensions.ConfigureStandardResilience));
            services.AddHttpClient("primer");
            using var provider = services.BuildServiceProvider();
            provider.GetRequiredService<IStartupValidator>().Validate();
        }

        // The host's kind of events: message templates parsed and bound, properties enriched and filtered, then formatted.
        private void LogThroughSerilog()
        {
            var logger = _serilog!.CreateLogger("Microsoft.Hosting.Lifetime");
#pragma warning disable CA1848, CA2254 // The host logs these through LogInformation with FormattedLogValues: the same code path.
            logger.LogInformation("Now listening on: {address}", "http://127.0.0.1:8080");
            logger.LogInformation("Application started. Press Ctrl+C to shut down.");
#pragma warning restore CA1848, CA2254
        }
    }

    private sealed class FormattingNullSink(ITextFormatter formatter) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => formatter.Format(logEvent, TextWriter.Null);
    }

    private sealed class ThrowawayHostBuilder(IHostEnvironment environment, IConfigurationManager configuration)
        : IHostApplicationBuilder, ILoggingBuilder, IMetricsBuilder
    {
        public IDictionary<object, object> Properties { get; } = new Dictionary<object, object>();

        public IConfigurationManager Configuration => configuration;

        public IHostEnvironment Environment => environment;

        public ILoggingBuilder Logging => this;

        public IMetricsBuilder Metrics => this;

        public IServiceCollection Services { get; } = new ServiceCollection();

        public void ConfigureContainer<TContainerBuilder>(IServiceProviderFactory<TContainerBuilder> factory, Action<TContainerBuilder>? configure = null)
            where TContainerBuilder : notnull
        {
        }
    }
}

using AksReady.Hosting.Internal.Logging;
using AksReady.Hosting.Internal.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Extensions.Logging;
using Serilog.Formatting;
using Serilog.Formatting.Compact;
using ILogger = Microsoft.Extensions.Logging.ILogger;

namespace AksReady.Hosting.Internal;

/// <summary>
/// JIT-compiles, on a background thread and so on another core, the library code that the main thread runs a little later
/// on its way to the first healthy probe: the standard resilience handler's registration and its options validated at
/// start, Serilog's logger and its first events.
/// </summary>
/// <remarks>
/// <para>
/// None of Serilog, Polly or Microsoft.Extensions.Http.Resilience ships ReadyToRun code, so the main thread JIT-compiled
/// some 300 of their methods before the server starts, one after the other. Compiled code is shared by every thread of the
/// process: this thread makes the same calls first, on throwaway objects (a service collection that is never part of the
/// app, a Serilog logger whose sink writes nowhere), and the main thread finds those methods compiled when it gets there.
/// </para>
/// <para>
/// It only does what the main thread needs later than it could be done here, so that the main thread does not wait for
/// it: <c>AddAksReady</c> registers telemetry (OpenTelemetry, whose static constructor alone takes ~20 ms, and whose
/// registration the main thread needs within milliseconds) before resilience and logging, and this thread starts with the
/// resilience registration; Serilog's logger is needed at <c>Build()</c>, the validation and the first events when the
/// host starts. If it is late, the main thread compiles what it needs itself, as it would without it.
/// </para>
/// <para>
/// Nothing here is observable: no provider, listener or sink of the app is created, no configuration is read, and every
/// failure is swallowed. Serilog settings from configuration (<c>ReadFrom.Configuration</c>) are not exercised: they may
/// create sinks. It does not run when the process may use only one processor (it could only take turns with the main
/// thread) or when the AppContext switch <c>AksReady.Hosting.DisableStartupJitPrimer</c> is set.
/// </para>
/// </remarks>
internal static class StartupJitPrimer
{
    public const string DisableSwitchName = "AksReady.Hosting.DisableStartupJitPrimer";

    private static readonly Action<ILogger, string, Exception?> s_listening =
        LoggerMessage.Define<string>(LogLevel.Information, new EventId(14, "ListeningOnAddress"), "Now listening on: {address}");

    private static int s_started;
    private static volatile bool s_hostStarted;

    /// <summary>Starts the primer on a background thread, once per process.</summary>
    /// <returns><see langword="false"/> when it does not run (switch, one processor, nothing to prime), otherwise <see langword="true"/>.</returns>
    public static bool Start(AksReadyOptions toggles)
    {
        if ((AppContext.TryGetSwitch(DisableSwitchName, out var disabled) && disabled) || Environment.ProcessorCount < 2
            || !(toggles.HttpClientResilience || toggles.Logging.Serilog))
        {
            return false;
        }

        if (Interlocked.Exchange(ref s_started, 1) != 0)
        {
            return true;
        }

        var work = new Work(toggles.HttpClientResilience, toggles.Logging.Serilog, stopWhenHostStarted: true);

        // A thread of its own, not the thread pool's: the host's start-up continuations run on the pool.
        var thread = new Thread(() => work.Run(onError: null))
        {
            IsBackground = true,
            Name = "AksReady start-up JIT",
        };
        thread.UnsafeStart();
        return true;
    }

    /// <summary>Stops the primer before its next step: once the host started, what is left would only compete with the first requests.</summary>
    public static void HostStarted() => s_hostStarted = true;

    /// <summary>Runs every step on the calling thread and reports the failures (for tests: the primer itself swallows them).</summary>
    internal static void RunForTest(Action<string, Exception> onError) => new Work(resilience: true, serilog: true, stopWhenHostStarted: false).Run(onError);

    private sealed class Work(bool resilience, bool serilog, bool stopWhenHostStarted)
    {
        private ServiceProvider? _resilience;
        private SerilogLoggerProvider? _serilog;

        public void Run(Action<string, Exception>? onError)
        {
            // In the order the main thread needs them: registration (AddAksReady), the logger factory (Build()), the
            // options validated at start and the first events (Run()).
            if (resilience)
            {
                Try(nameof(RegisterResilience), RegisterResilience, onError);
            }

            if (serilog)
            {
                Try(nameof(CreateSerilogLogger), CreateSerilogLogger, onError);
            }

            if (_resilience is { } services)
            {
                Try(nameof(ValidateResilienceOptions), ValidateResilienceOptions, onError);
                Try(nameof(services.Dispose), services.Dispose, onError);
            }

            if (_serilog is { } provider)
            {
                Try(nameof(LogThroughSerilog), LogThroughSerilog, onError);
                Try(nameof(provider.Dispose), provider.Dispose, onError);
            }
        }

        private void Try(string step, Action action, Action<string, Exception>? onError)
        {
            if (stopWhenHostStarted && s_hostStarted)
            {
                return;
            }

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

        // What AddAksReadyHttpClientDefaults registers, in a service collection of its own.
        private void RegisterResilience()
        {
            var services = new ServiceCollection();
            services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler(Microsoft.Extensions.Hosting.AksReadyHostApplicationBuilderExtensions.ConfigureStandardResilience));
            services.AddHttpClient("primer");
            _resilience = services.BuildServiceProvider();
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
        private void ValidateResilienceOptions() => _resilience!.GetRequiredService<IStartupValidator>().Validate();

        // The host's kind of events (LogInformation with FormattedLogValues, LoggerMessage.Define with an event id, as
        // Kestrel's "Now listening on"): message templates parsed and bound, properties enriched and filtered, then
        // formatted; and the same generic instantiations of the OpenTelemetry stand-in's logger, which is not forwarding.
        private void LogThroughSerilog()
        {
            using var standIn = new DeferredOpenTelemetryLoggerProvider(static () => NullLoggerProvider.Instance);
            foreach (var logger in new[] { _serilog!.CreateLogger("Microsoft.Hosting.Lifetime"), standIn.CreateLogger("Microsoft.Hosting.Lifetime") })
            {
                s_listening(logger, "http://127.0.0.1:8080", null);
#pragma warning disable CA1848, CA2254 // The host logs these through LogInformation with FormattedLogValues: the same code path.
                logger.LogInformation("Application started. Press Ctrl+C to shut down.");
#pragma warning restore CA1848, CA2254
            }
        }
    }

    private sealed class FormattingNullSink(ITextFormatter formatter) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => formatter.Format(logEvent, TextWriter.Null);
    }
}

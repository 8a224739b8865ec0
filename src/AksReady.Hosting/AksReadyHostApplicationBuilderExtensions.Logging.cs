using AksReady.Hosting.Internal;
using AksReady.Hosting.Internal.Logging;
using AksReady.Hosting.Internal.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Serilog;
using Serilog.Extensions.Logging;
using Serilog.Formatting.Compact;

namespace Microsoft.Extensions.Hosting;

public static partial class AksReadyHostApplicationBuilderExtensions
{
    /// <summary>The configuration section Serilog settings are read from when present: <c>Serilog</c>.</summary>
    public const string SerilogConfigSectionName = "Serilog";

    /// <summary>
    /// Replaces the console logger with Serilog writing one compact JSON object per event to stdout, with trace and span
    /// ids, the pod's Kubernetes attributes, secret-like values redacted, and no events for probe requests.
    /// </summary>
    /// <typeparam name="TBuilder">The host builder type.</typeparam>
    /// <param name="builder">The host builder.</param>
    /// <returns>The same <paramref name="builder"/>, for chaining.</returns>
    /// <remarks>
    /// <para>
    /// <c>AddAksReady</c> calls this unless <c>AksReady:Logging:Serilog</c> is <see langword="false"/>. Calling it more than
    /// once has no further effect. Other logging providers (OpenTelemetry, EventSource, Debug) stay.
    /// </para>
    /// <para>
    /// Format: Serilog's <c>RenderedCompactJsonFormatter</c> (<c>@t</c>, <c>@m</c>, <c>@i</c>, <c>@l</c>, <c>@x</c>,
    /// <c>@tr</c>, <c>@sp</c>, then the properties), plus <c>k8s.pod.name</c>, <c>k8s.namespace.name</c> and
    /// <c>k8s.node.name</c> from <c>POD_NAME</c>, <c>POD_NAMESPACE</c> and <c>NODE_NAME</c>.
    /// </para>
    /// <para>
    /// Levels: without a <c>Serilog</c> section the usual <c>Logging:LogLevel</c> rules apply. With one, Serilog's
    /// <c>MinimumLevel</c> (and its <c>Override</c>s) decide alone, and the section may add enrichers and sinks.
    /// </para>
    /// <para>
    /// Values of properties whose name contains password, token, secret, apikey, connectionstring or credential
    /// (case and <c>_</c>/<c>-</c> ignored), at any depth of destructured objects and dictionaries, are written as
    /// <c>***</c>, and so are the values of <c>Password=</c>, <c>AccountKey=</c>, <c>SharedAccessKey=</c> pairs in strings.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static TBuilder AddAksReadyLogging<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(SerilogMarker)))
        {
            return builder;
        }

        services.AddSingleton<SerilogMarker>();

        // The JSON lines replace the console logger's text; keep every other provider.
        for (var i = services.Count - 1; i >= 0; i--)
        {
            if (services[i].ServiceType == typeof(ILoggerProvider) && services[i].ImplementationType == typeof(ConsoleLoggerProvider))
            {
                services.RemoveAt(i);
            }
        }

        var configuration = builder.Configuration;
        var serilogSection = configuration.GetSection(SerilogConfigSectionName);
        if (serilogSection.Exists())
        {
            // A provider-specific rule wins over Logging:LogLevel: Serilog's MinimumLevel decides.
            builder.Logging.AddFilter<SerilogLoggerProvider>(category: null, LogLevel.Trace);
        }

        services.AddSingleton<ILoggerProvider>(sp => new SerilogLoggerProvider(CreateSerilogLogger(sp, configuration), dispose: true));
        return builder;
    }

    private static Serilog.Core.Logger CreateSerilogLogger(IServiceProvider services, IConfiguration configuration)
    {
        var logger = new LoggerConfiguration().MinimumLevel.Verbose();
        if (configuration.GetSection(SerilogConfigSectionName).Exists())
        {
            logger.ReadFrom.Configuration(configuration);
        }

        foreach (var (name, value) in KubernetesResourceDetector.Read(name => configuration[name]))
        {
            logger.Enrich.WithProperty(name, value);
        }

        logger.Enrich.With(new SecretRedactionEnricher());
        logger.Filter.With(new ProbeRequestFilter(ProbePaths.FromServices(services)));

        var formatter = new RenderedCompactJsonFormatter();
        if (services.GetService(typeof(LogOutput)) is LogOutput output)
        {
            logger.WriteTo.Sink(output.CreateSink(formatter));
        }
        else
        {
            // Formatting and writing on a background thread, as the default console logger does (see BackgroundConsoleSink).
            logger.WriteTo.Sink(new BackgroundConsoleSink(formatter));
        }

        return logger.CreateLogger();
    }

    private sealed class SerilogMarker;
}

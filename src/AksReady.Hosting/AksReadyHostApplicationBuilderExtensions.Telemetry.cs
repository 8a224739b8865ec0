using System.Reflection;
using AksReady.Hosting;
using AksReady.Hosting.Internal;
using AksReady.Hosting.Internal.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Instrumentation.AspNetCore;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

public static partial class AksReadyHostApplicationBuilderExtensions
{
    /// <summary>The name of the <see cref="System.Diagnostics.Metrics.Meter"/> AksReady reports its own metrics on: <c>AksReady.Hosting</c>.</summary>
    public const string MeterName = "AksReady.Hosting";

    /// <summary>
    /// Adds OpenTelemetry traces, metrics and logs with ASP.NET Core, HttpClient and runtime instrumentation and the pod's
    /// Kubernetes resource attributes; exports over OTLP only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
    /// </summary>
    /// <typeparam name="TBuilder">The host builder type.</typeparam>
    /// <param name="builder">The host builder.</param>
    /// <returns>The same <paramref name="builder"/>, for chaining.</returns>
    /// <remarks>
    /// <para>
    /// <c>AddAksReady</c> calls this unless <c>AksReady:Telemetry:Enabled</c> is <see langword="false"/>. Calling it more than
    /// once has no further effect.
    /// </para>
    /// <para>
    /// Resource: <c>service.name</c> is <c>OTEL_SERVICE_NAME</c> or the application (entry assembly) name,
    /// <c>service.version</c> the entry assembly's informational version, and <c>k8s.pod.name</c>,
    /// <c>k8s.namespace.name</c>, <c>k8s.node.name</c> come from the downward-API variables <c>POD_NAME</c>,
    /// <c>POD_NAMESPACE</c> and <c>NODE_NAME</c> that the generated Deployment sets. Requests to the probe paths are not
    /// traced. Traces also include the <see cref="IHostEnvironment.ApplicationName"/> activity source, metrics the
    /// <c>AksReady.Hosting</c> meter. Buffered telemetry is flushed when the host stops, within
    /// <see cref="AksReadyTelemetryOptions.FlushTimeoutSeconds"/> and the host shutdown timeout.
    /// </para>
    /// <para>
    /// OpenTelemetry's own hosted service, metrics listener and logger provider are replaced: the logger, tracer and meter
    /// providers are built on the thread pool after the server started, not before it (once the first startup or
    /// readiness probe was answered healthy, or one second after <c>ApplicationStarted</c> when none was), so requests
    /// that arrive before they are built are neither traced nor counted in the request metrics, and events
    /// logged before then are not exported (they are still written to stdout) (see
    /// <see cref="AksReadyTelemetryOptions.StartAfterServer"/>, which turns this off).
    /// </para>
    /// <para>Add exporters of your own with <c>builder.Services.ConfigureOpenTelemetryTracerProvider(...)</c> and its siblings.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static TBuilder AddAksReadyTelemetry<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Services.Any(d => d.ServiceType == typeof(TelemetryLifecycleService)))
        {
            return builder;
        }

        var configuration = builder.Configuration;
        var appAssembly = AksReadyAssemblyMetadata.ResolveAppAssembly(builder.Environment.ApplicationName);
        var serviceName = configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } configured ? configured : builder.Environment.ApplicationName;
        var serviceVersion = appAssembly?.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? appAssembly?.GetName().Version?.ToString();

        builder.Services.AddOptions<AksReadyOptions>();
        builder.Services.AddSingleton<TelemetryLifecycleService>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, TelemetryLifecycleService>(sp => sp.GetRequiredService<TelemetryLifecycleService>()));

        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        // Probe requests: no span. The paths come from the validated options, read once when instrumentation starts.
        builder.Services.AddOptions<AspNetCoreTraceInstrumentationOptions>().Configure<IServiceProvider>((options, services) =>
        {
            var probes = ProbePaths.FromServices(services);
            var previous = options.Filter;
            options.Filter = context => !probes.IsProbe(context.Request.Path) && (previous is null || previous(context));
        });

        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource
                .AddService(serviceName, serviceVersion: serviceVersion)
                .AddDetector(_ => new KubernetesResourceDetector(name => configuration[name])))
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(MeterName));

        if (IsOtlpConfigured(configuration))
        {
            otel.UseOtlpExporter();
        }

        RemoveOpenTelemetryHostedService(builder.Services);
        DeferOpenTelemetryMetricsListener(builder.Services);
        DeferOpenTelemetryLoggerProvider(builder.Services);
        return builder;
    }

    // OpenTelemetry's hosted service builds the providers in StartAsync, before the server starts; TelemetryLifecycleService
    // builds them instead (by default after the server started and the first healthy probe). Matched by name: if a later OpenTelemetry renames the
    // type, nothing is removed and the providers are simply built before the server, as OpenTelemetry does on its own. An
    // AddOpenTelemetry() by the app after AddAksReady adds it back, with the same effect.
    internal const string OpenTelemetryHostedServiceTypeName = "OpenTelemetry.Extensions.Hosting.Implementation.TelemetryHostedService";

    private static void RemoveOpenTelemetryHostedService(IServiceCollection services)
    {
        for (var i = services.Count - 1; i >= 0; i--)
        {
            if (services[i].ServiceType == typeof(IHostedService)
                && string.Equals(services[i].ImplementationType?.FullName, OpenTelemetryHostedServiceTypeName, StringComparison.Ordinal))
            {
                services.RemoveAt(i);
            }
        }
    }

    // OpenTelemetry's IMetricsListener takes the MeterProvider in its constructor and the host creates the listeners while
    // validating options at start, so it built the meter provider before the server; the stand-in creates it on first use.
    internal const string OpenTelemetryMetricsListenerTypeName = "OpenTelemetryMetricsListener";

    private static void DeferOpenTelemetryMetricsListener(IServiceCollection services)
    {
        for (var i = services.Count - 1; i >= 0; i--)
        {
            var descriptor = services[i];
            if (descriptor.ServiceType == typeof(Microsoft.Extensions.Diagnostics.Metrics.IMetricsListener) && !descriptor.IsKeyedService
                && descriptor.ImplementationType is { Name: OpenTelemetryMetricsListenerTypeName } listenerType
                && listenerType.Assembly == typeof(Sdk).Assembly)
            {
                services[i] = ServiceDescriptor.Singleton<Microsoft.Extensions.Diagnostics.Metrics.IMetricsListener>(
                    sp => new DeferredMetricsListener(sp, listenerType));
            }
        }
    }

    // OpenTelemetry's ILoggerProvider builds the whole OpenTelemetry LoggerProvider on the logger factory's first CreateLogger,
    // while the host is built. Matched by the factory's type (OpenTelemetry registers it with TryAddEnumerable under
    // OpenTelemetryLoggerProvider): if a later OpenTelemetry registers it differently, nothing is replaced and the logger
    // provider is built with the logger factory, as before.
    private static void DeferOpenTelemetryLoggerProvider(IServiceCollection services)
    {
        for (var i = services.Count - 1; i >= 0; i--)
        {
            var descriptor = services[i];
            if (descriptor.ServiceType == typeof(ILoggerProvider) && !descriptor.IsKeyedService
                && descriptor.ImplementationFactory is Func<IServiceProvider, OpenTelemetryLoggerProvider> create)
            {
                services.TryAddSingleton<DeferredOpenTelemetryLogs>();
                services[i] = ServiceDescriptor.Singleton<ILoggerProvider>(sp => CreateOpenTelemetryLoggerProvider(sp, services, create));
                services.AddOptions<LoggerFilterOptions>().PostConfigure(CopyOpenTelemetryFilterRules);
                return;
            }
        }
    }

    private static ILoggerProvider CreateOpenTelemetryLoggerProvider(
        IServiceProvider services, IServiceCollection registrations, Func<IServiceProvider, OpenTelemetryLoggerProvider> create)
    {
        // builder.Logging.AddOpenTelemetry() by the app after AddAksReady adds OpenTelemetry's registration back (its
        // TryAddEnumerable no longer sees it): that one logs, as OpenTelemetry does on its own, and this one stays silent.
        foreach (var descriptor in registrations)
        {
            if (descriptor.ServiceType == typeof(ILoggerProvider) && !descriptor.IsKeyedService
                && descriptor.ImplementationFactory is Func<IServiceProvider, OpenTelemetryLoggerProvider>)
            {
                return Microsoft.Extensions.Logging.Abstractions.NullLoggerProvider.Instance;
            }
        }

        if (!StartAfterServer(services))
        {
            return create(services);
        }

        // OpenTelemetry's provider is created when forwarding starts, after the server started (see the stand-in).
        var deferred = new DeferredOpenTelemetryLoggerProvider(() => create(services));
        services.GetRequiredService<DeferredOpenTelemetryLogs>().Set(deferred);
        return deferred;
    }

    private static bool StartAfterServer(IServiceProvider services)
    {
        try
        {
            return services.GetRequiredService<IOptions<AksReadyOptions>>().Value.Telemetry.StartAfterServer;
        }
        catch (Exception ex) when (ex is OptionsValidationException or InvalidOperationException)
        {
            // Invalid options: ValidateOnStart reports them when the host starts, so the providers are never built anyway.
            return true;
        }
    }

    // Rules for OpenTelemetry's provider type (AddFilter<OpenTelemetryLoggerProvider>) apply to the stand-in too.
    private static void CopyOpenTelemetryFilterRules(LoggerFilterOptions options)
    {
        var from = typeof(OpenTelemetryLoggerProvider).FullName;
        var to = typeof(DeferredOpenTelemetryLoggerProvider).FullName;
        var rules = options.Rules;
        for (int i = 0, count = rules.Count; i < count; i++)
        {
            var rule = rules[i];
            if (string.Equals(rule.ProviderName, from, StringComparison.Ordinal))
            {
                rules.Add(new LoggerFilterRule(to, rule.CategoryName, rule.LogLevel, rule.Filter));
            }
        }
    }

    internal static bool IsOtlpConfigured(Microsoft.Extensions.Configuration.IConfiguration configuration)
        => !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
}

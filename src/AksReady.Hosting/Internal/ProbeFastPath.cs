using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AksReady.Hosting.Internal;

/// <summary>
/// Answers GET/HEAD probe requests at the very start of the pipeline, before routing and any middleware, with the same
/// handlers the mapped endpoints use. Active only once <c>MapAksReadyEndpoints()</c> has mapped the probes on the app,
/// and never when a convention restricted them by host (<c>RequireHost</c>): then routing decides, as before.
/// </summary>
internal sealed class ProbeFastPathStartupFilter(AksReadyState state, AksReadyProbes probes, IOptions<AksReadyOptions> options) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        var fastPath = new ProbeFastPath(state, probes, options, app.ApplicationServices);
        app.Use(fastPath.Create);
        next(app);
    };
}

internal sealed class ProbeFastPath(AksReadyState state, AksReadyProbes probes, IOptions<AksReadyOptions> options, IServiceProvider services)
{
    // 0 = not decided yet, 1 = on, 2 = off.
    private int _mode;
    private string? _startup;
    private string? _live;
    private string? _ready;

    public RequestDelegate Create(RequestDelegate next) => context =>
    {
        if (!state.EndpointsMapped)
        {
            return next(context);
        }

        var request = context.Request;
        var method = request.Method;
        if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            return next(context);
        }

        var mode = Volatile.Read(ref _mode);
        if (mode == 0)
        {
            mode = Decide();
        }

        if (mode != 1)
        {
            return next(context);
        }

        var path = request.Path.Value;
        if (!Matches(path, _ready) && !Matches(path, _live) && !Matches(path, _startup))
        {
            return next(context);
        }

#if NET9_0_OR_GREATER
        // What DisableHttpMetrics() does on the endpoints: probes stay out of http.server.request.duration.
        if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMetricsTagsFeature>() is { } metrics)
        {
            metrics.MetricsDisabled = true;
        }
#endif

        if (Matches(path, _ready))
        {
            return probes.ReadinessAsync(context);
        }

        if (Matches(path, _live))
        {
            return probes.LivenessAsync(context);
        }

        if (Matches(path, _startup))
        {
            return probes.StartupAsync(context);
        }

        return next(context);
    };

    private static bool Matches(string? path, string? probe)
        => path is not null && probe is not null
            && (string.Equals(path, probe, StringComparison.OrdinalIgnoreCase)
                || (path.Length == probe.Length + 1 && path[^1] == '/' && path.StartsWith(probe, StringComparison.OrdinalIgnoreCase)));

    private int Decide()
    {
        var mode = 2;
        try
        {
            var value = options.Value;
            var endpoints = services.GetService<EndpointDataSource>()?.Endpoints
                .Where(e => e.DisplayName?.StartsWith("AksReady ", StringComparison.Ordinal) == true)
                .ToList();
            if (endpoints is { Count: 3 } && endpoints.All(e => e.Metadata.GetMetadata<IHostMetadata>() is null))
            {
                _startup = value.StartupPath.TrimEnd('/');
                _live = value.LivenessPath.TrimEnd('/');
                _ready = value.ReadinessPath.TrimEnd('/');
                mode = 1;
            }
        }
        catch (Exception ex) when (ex is OptionsValidationException or InvalidOperationException)
        {
            mode = 2;
        }

        Volatile.Write(ref _mode, mode);
        return mode;
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AksReady.Hosting.Internal;

/// <summary>
/// Puts the <see cref="ProbeFastPath"/> middleware at the very start of the pipeline, before routing and any middleware.
/// </summary>
internal sealed class ProbeFastPathStartupFilter(ProbeFastPath fastPath) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(fastPath.Create);
        next(app);
    };
}

/// <summary>
/// Decides which requests are probes that AksReady may answer itself, ahead of routing: GET/HEAD to one of the three
/// probe paths, only once <c>MapAksReadyEndpoints()</c> has mapped them on the app, and never when a convention
/// restricted them by host (<c>RequireHost</c>): then routing decides, as before. Used by the middleware at the start of
/// the pipeline and by <see cref="ProbeFrontDoorServer"/> in front of the hosting layer.
/// </summary>
internal sealed class ProbeFastPath(AksReadyState state, AksReadyProbes probes, IOptions<AksReadyOptions> options, IServiceProvider services)
    : IProbeMatcher
{
    // 0 = not decided yet, 1 = on, 2 = off.
    private int _mode;
    private ProbePathMatcher? _paths;

    public AksReadyProbes Probes => probes;

    /// <summary>The probe a request is for, or <see cref="ProbeKind.None"/> when the app's pipeline must handle it.</summary>
    public ProbeKind Match(string method, string? path)
    {
        if (!state.EndpointsMapped || (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method)))
        {
            return ProbeKind.None;
        }

        var mode = Volatile.Read(ref _mode);
        if (mode == 0)
        {
            mode = Decide();
        }

        if (mode != 1)
        {
            return ProbeKind.None;
        }

        return _paths!.Match(path);
    }

    public RequestDelegate Create(RequestDelegate next) => context =>
    {
        var request = context.Request;
        var kind = Match(request.Method, request.Path.Value);
        if (kind == ProbeKind.None)
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

        return probes.HandleAsync(context, kind);
    };

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
                _paths = new ProbePathMatcher(value);
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

/// <summary>Tells which probe, if any, a request is for; used by <see cref="ProbeFrontDoorApplication{TContext}"/>.</summary>
internal interface IProbeMatcher
{
    AksReadyProbes Probes { get; }

    ProbeKind Match(string method, string? path);
}

/// <summary>The three probe paths, matched like routing does: case-insensitive, an optional trailing <c>/</c>.</summary>
internal sealed class ProbePathMatcher(AksReadyOptions options)
{
    private readonly string _startup = options.StartupPath.TrimEnd('/');
    private readonly string _live = options.LivenessPath.TrimEnd('/');
    private readonly string _ready = options.ReadinessPath.TrimEnd('/');

    public ProbeKind Match(string? path)
        => Matches(path, _ready) ? ProbeKind.Readiness
            : Matches(path, _live) ? ProbeKind.Liveness
            : Matches(path, _startup) ? ProbeKind.Startup
            : ProbeKind.None;

    private static bool Matches(string? path, string probe)
        => path is not null
            && (string.Equals(path, probe, StringComparison.OrdinalIgnoreCase)
                || (path.Length == probe.Length + 1 && path[^1] == '/' && path.StartsWith(probe, StringComparison.OrdinalIgnoreCase)));
}

/// <summary>
/// The management listener serves nothing but the three probes (no <c>RequireHost</c>, nothing mapped by the app), so its
/// matcher is always on.
/// </summary>
internal sealed class ManagementProbeMatcher(AksReadyProbes probes, AksReadyOptions options) : IProbeMatcher
{
    private readonly ProbePathMatcher _paths = new(options);

    public AksReadyProbes Probes => probes;

    public ProbeKind Match(string method, string? path)
        => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) ? _paths.Match(path) : ProbeKind.None;
}

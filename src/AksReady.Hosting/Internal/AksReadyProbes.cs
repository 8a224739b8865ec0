using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace AksReady.Hosting.Internal;

/// <summary>
/// The three probe handlers. Bodies are one word; check names and exception text never leave the process.
/// Check results are cached for <see cref="AksReadyOptions.ProbeCacheMilliseconds"/>, so a burst of probes (several
/// kubelets, load balancers, a service mesh) runs the health checks at most once per period; the drain and startup
/// state are never cached.
/// </summary>
internal sealed class AksReadyProbes
{
    public const string Healthy = nameof(HealthStatus.Healthy);
    public const string Unhealthy = nameof(HealthStatus.Unhealthy);
    public const string Degraded = nameof(HealthStatus.Degraded);
    public const string Draining = "Draining";

    private const string ContentType = "text/plain; charset=utf-8";
    private const string CacheControl = "no-store, no-cache";
    private const string Pragma = "no-cache";

    private static readonly Func<HealthCheckRegistration, bool> s_live = r => r.Tags.Contains(AksReadyHealthCheckTags.Live);
    private static readonly Func<HealthCheckRegistration, bool> s_ready = r => r.Tags.Contains(AksReadyHealthCheckTags.Ready);
    private static readonly Func<HealthCheckRegistration, bool> s_startup = r => r.Tags.Contains(AksReadyHealthCheckTags.Startup);

    private static readonly byte[] s_healthy = Encoding.UTF8.GetBytes(Healthy);
    private static readonly byte[] s_unhealthy = Encoding.UTF8.GetBytes(Unhealthy);
    private static readonly byte[] s_degraded = Encoding.UTF8.GetBytes(Degraded);
    private static readonly byte[] s_draining = Encoding.UTF8.GetBytes(Draining);

    private readonly AksReadyState _state;
    private readonly HealthCheckService _healthChecks;
    private readonly IOptions<AksReadyOptions> _options;
    private readonly CachedStatus _live = new(s_live);
    private readonly CachedStatus _ready = new(s_ready);
    private readonly CachedStatus _startup = new(s_startup);
    private long _cacheTicks = -1;

    public AksReadyProbes(AksReadyState state, HealthCheckService healthChecks, IOptions<AksReadyOptions> options)
    {
        _state = state;
        _healthChecks = healthChecks;
        _options = options;
    }

    public Task StartupAsync(HttpContext context) => HandleAsync(context, ProbeKind.Startup);

    public Task LivenessAsync(HttpContext context) => HandleAsync(context, ProbeKind.Liveness);

    public Task ReadinessAsync(HttpContext context) => HandleAsync(context, ProbeKind.Readiness);

    public Task HandleAsync(HttpContext context, ProbeKind kind)
    {
        if (TryGetImmediateAnswer(kind, out var answer))
        {
            return WriteAsync(context, answer.StatusCode, answer.Body);
        }

        return RunChecksSlowAsync(context, CacheFor(kind), drainAware: kind == ProbeKind.Readiness);
    }

    /// <summary>
    /// The answer to a probe when it is known without running health checks: from the drain and startup state, which
    /// are read live, or from a cached check result that has not expired. False when the checks have to run.
    /// </summary>
    public bool TryGetImmediateAnswer(ProbeKind kind, out ProbeAnswer answer)
    {
        if (kind == ProbeKind.Readiness && _state.IsDraining)
        {
            answer = new ProbeAnswer(StatusCodes.Status503ServiceUnavailable, s_draining);
            return true;
        }

        if (kind != ProbeKind.Liveness && !_state.IsStartupComplete)
        {
            answer = new ProbeAnswer(StatusCodes.Status503ServiceUnavailable, s_unhealthy);
            return true;
        }

        var cached = CacheFor(kind).Status;
        if (cached is not null && Stopwatch.GetTimestamp() < cached.Value.ExpiresAt)
        {
            answer = AnswerFor(cached.Value.Status);
            return true;
        }

        answer = default;
        return false;
    }

    private CachedStatus CacheFor(ProbeKind kind) => kind switch
    {
        ProbeKind.Readiness => _ready,
        ProbeKind.Liveness => _live,
        _ => _startup,
    };

    private async Task RunChecksSlowAsync(HttpContext context, CachedStatus cache, bool drainAware)
    {
        var report = await _healthChecks.CheckHealthAsync(cache.Predicate, context.RequestAborted).ConfigureAwait(false);
        var ticks = CacheTicks;
        if (ticks > 0)
        {
            cache.Status = new StatusEntry(report.Status, Stopwatch.GetTimestamp() + ticks);
        }

        if (drainAware && _state.IsDraining)
        {
            await WriteAsync(context, StatusCodes.Status503ServiceUnavailable, s_draining).ConfigureAwait(false);
            return;
        }

        await WriteStatusAsync(context, report.Status).ConfigureAwait(false);
        if (report.Status != HealthStatus.Unhealthy && !ReferenceEquals(cache, _live))
        {
            _state.MarkHealthyProbeAnswered();
        }
    }

    private long CacheTicks
    {
        get
        {
            var ticks = Volatile.Read(ref _cacheTicks);
            if (ticks < 0)
            {
                ticks = _options.Value.ProbeCacheMilliseconds * Stopwatch.Frequency / 1000;
                Volatile.Write(ref _cacheTicks, ticks);
            }

            return ticks;
        }
    }

    private static ProbeAnswer AnswerFor(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => new ProbeAnswer(StatusCodes.Status200OK, s_healthy),
        HealthStatus.Degraded => new ProbeAnswer(StatusCodes.Status200OK, s_degraded),
        _ => new ProbeAnswer(StatusCodes.Status503ServiceUnavailable, s_unhealthy),
    };

    private static Task WriteStatusAsync(HttpContext context, HealthStatus status)
    {
        var answer = AnswerFor(status);
        return WriteAsync(context, answer.StatusCode, answer.Body);
    }

    /// <summary>Sets the headers every probe response carries (also used by the server-level front door).</summary>
    public static void SetResponseHeaders(IHeaderDictionary headers, int bodyLength)
    {
        headers.ContentType = ContentType;
        headers.CacheControl = CacheControl;
        headers.Pragma = Pragma;
        headers.ContentLength = bodyLength;
    }

    private static Task WriteAsync(HttpContext context, int statusCode, byte[] body)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        SetResponseHeaders(response.Headers, body.Length);
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body, 0, body.Length, context.RequestAborted);
    }

    private readonly record struct StatusEntry(HealthStatus Status, long ExpiresAt);

    private sealed class CachedStatus(Func<HealthCheckRegistration, bool> predicate)
    {
        public Func<HealthCheckRegistration, bool> Predicate { get; } = predicate;

        // A boxed struct swapped atomically: readers see a whole entry or null.
        private object? _status;

        public StatusEntry? Status
        {
            get => Volatile.Read(ref _status) is StatusEntry entry ? entry : null;
            set => Volatile.Write(ref _status, value);
        }
    }
}

internal enum ProbeKind
{
    None,
    Startup,
    Liveness,
    Readiness,
}

/// <summary>A probe response: status code and the pre-encoded one-word body.</summary>
internal readonly record struct ProbeAnswer(int StatusCode, byte[] Body);

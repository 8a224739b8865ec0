using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Net.Http.Headers;

namespace AksReady.Hosting.Internal;

/// <summary>The three probe handlers. Bodies are one word; check names and exception text never leave the process.</summary>
internal sealed class AksReadyProbes(AksReadyState state, HealthCheckService healthChecks)
{
    public const string Healthy = nameof(HealthStatus.Healthy);
    public const string Unhealthy = nameof(HealthStatus.Unhealthy);
    public const string Draining = "Draining";

    private static readonly Func<HealthCheckRegistration, bool> s_live = r => r.Tags.Contains(AksReadyHealthCheckTags.Live);
    private static readonly Func<HealthCheckRegistration, bool> s_ready = r => r.Tags.Contains(AksReadyHealthCheckTags.Ready);
    private static readonly Func<HealthCheckRegistration, bool> s_startup = r => r.Tags.Contains(AksReadyHealthCheckTags.Startup);

    public Task StartupAsync(HttpContext context)
    {
        if (!state.IsStartupComplete)
        {
            return WriteAsync(context, StatusCodes.Status503ServiceUnavailable, Unhealthy);
        }

        return RunChecksAsync(context, s_startup, drainAware: false);
    }

    public Task LivenessAsync(HttpContext context) => RunChecksAsync(context, s_live, drainAware: false);

    public Task ReadinessAsync(HttpContext context)
    {
        if (state.IsDraining)
        {
            return WriteAsync(context, StatusCodes.Status503ServiceUnavailable, Draining);
        }

        if (!state.IsStartupComplete)
        {
            return WriteAsync(context, StatusCodes.Status503ServiceUnavailable, Unhealthy);
        }

        return RunChecksAsync(context, s_ready, drainAware: true);
    }

    private async Task RunChecksAsync(HttpContext context, Func<HealthCheckRegistration, bool> predicate, bool drainAware)
    {
        var report = await healthChecks.CheckHealthAsync(predicate, context.RequestAborted).ConfigureAwait(false);
        if (drainAware && state.IsDraining)
        {
            await WriteAsync(context, StatusCodes.Status503ServiceUnavailable, Draining).ConfigureAwait(false);
            return;
        }

        var statusCode = report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
        await WriteAsync(context, statusCode, report.Status.ToString()).ConfigureAwait(false);
    }

    private static Task WriteAsync(HttpContext context, int statusCode, string body)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = "text/plain; charset=utf-8";
        response.Headers[HeaderNames.CacheControl] = "no-store, no-cache";
        response.Headers[HeaderNames.Pragma] = "no-cache";
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.WriteAsync(body, context.RequestAborted);
    }
}

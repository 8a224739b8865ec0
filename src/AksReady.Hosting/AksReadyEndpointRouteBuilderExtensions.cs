using AksReady.Hosting;
using AksReady.Hosting.Internal;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Microsoft.AspNetCore.Builder;

/// <summary>
/// Maps the Kubernetes probe endpoints configured by <c>AddAksReady</c>.
/// </summary>
public static class AksReadyEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the startup, liveness and readiness probes (by default <c>/healthz/startup</c>, <c>/healthz/live</c> and
    /// <c>/healthz/ready</c>) for GET and HEAD, in every environment.
    /// </summary>
    /// <param name="endpoints">The endpoint route builder, usually the <c>WebApplication</c>.</param>
    /// <returns>A builder for all three endpoints, to add conventions such as <c>RequireHost("*:8081")</c>.</returns>
    /// <remarks>
    /// <para>
    /// The endpoints allow anonymous access and short-circuit the middleware pipeline after routing
    /// (authentication, authorization, CORS, rate limiting), because the kubelet sends no credentials.
    /// They are excluded from OpenAPI descriptions and, on .NET 9 and later, from the ASP.NET Core HTTP metrics.
    /// Keep them off public ingress: route only your API paths there.
    /// </para>
    /// <para>
    /// Responses are <c>text/plain</c>, never cached, and carry one word: <c>Healthy</c>, <c>Degraded</c> (200),
    /// <c>Unhealthy</c> or <c>Draining</c> (503). Check names and exception messages are never returned.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="endpoints"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><c>AddAksReady</c> was not called on the host builder.</exception>
    /// <exception cref="OptionsValidationException">The <see cref="AksReadyOptions"/> are invalid.</exception>
    public static IEndpointConventionBuilder MapAksReadyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        var services = endpoints.ServiceProvider;
        var probes = services.GetService<AksReadyProbes>()
            ?? throw new InvalidOperationException(
                "AksReady services are not registered. Call builder.AddAksReady() before app.MapAksReadyEndpoints().");
        var options = services.GetRequiredService<IOptions<AksReadyOptions>>().Value;

        var builder = AksReadyEndpoints.Map(endpoints, probes, options);
        services.GetRequiredService<AksReadyState>().EndpointsMapped = true;
        return builder;
    }
}

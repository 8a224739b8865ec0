using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AksReady.Hosting.Internal;

internal static class AksReadyEndpoints
{
    private static readonly string[] s_methods = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointConventionBuilder Map(IEndpointRouteBuilder endpoints, AksReadyProbes probes, AksReadyOptions options)
    {
        var group = endpoints.MapGroup(string.Empty);
        group.MapMethods(options.StartupPath, s_methods, probes.StartupAsync).WithDisplayName("AksReady startup probe");
        group.MapMethods(options.LivenessPath, s_methods, probes.LivenessAsync).WithDisplayName("AksReady liveness probe");
        group.MapMethods(options.ReadinessPath, s_methods, probes.ReadinessAsync).WithDisplayName("AksReady readiness probe");

        group.AllowAnonymous();
        group.ShortCircuit();
        group.ExcludeFromDescription();
#if NET9_0_OR_GREATER
        // Probes every few seconds from every kubelet would dominate http.server.request.duration.
        group.DisableHttpMetrics();
#endif
        return group;
    }
}

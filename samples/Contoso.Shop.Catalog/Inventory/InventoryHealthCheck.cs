using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Contoso.Shop.Catalog.Inventory;

/// <summary>
/// Readiness check of the inventory service. Register it with the readiness tag only: a failing downstream service
/// must take traffic away from a pod at most, never restart it (which a liveness check would).
/// </summary>
/// <remarks>
/// It makes one request on a client without resilience handlers: the kubelet gives a probe 2 s
/// (<c>timeoutSeconds</c>), so retries with back-off would turn every failure into a probe timeout.
/// </remarks>
public sealed class InventoryHealthCheck(IHttpClientFactory httpClientFactory) : IHealthCheck
{
    /// <summary>Name of the <c>IHttpClientFactory</c> client the check uses.</summary>
    public const string HttpClientName = "inventory-health";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var http = httpClientFactory.CreateClient(HttpClientName);
            using var response = await http.GetAsync("healthz/ready", HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy()
                : new HealthCheckResult(context.Registration.FailureStatus, $"The inventory service answered {(int)response.StatusCode}.");
        }
        catch (HttpRequestException ex)
        {
            // FailureStatus comes from the registration: Degraded (readiness stays 200) or Unhealthy (503).
            // A timeout is not caught: the health-check service reports it with the same FailureStatus.
            return new HealthCheckResult(context.Registration.FailureStatus, "The inventory service is unreachable.", ex);
        }
    }
}

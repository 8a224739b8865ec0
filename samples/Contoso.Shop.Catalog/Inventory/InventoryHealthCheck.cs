using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Contoso.Shop.Catalog.Inventory;

/// <summary>
/// Readiness check of the inventory service. Register it with the readiness tag only: a failing downstream service
/// must take traffic away from a pod at most, never restart it (which a liveness check would).
/// </summary>
public sealed class InventoryHealthCheck(InventoryClient inventory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await inventory.PingAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy();
        }
        catch (InventoryUnavailableException ex)
        {
            // FailureStatus comes from the registration: Degraded (readiness stays 200) or Unhealthy (503).
            return new HealthCheckResult(context.Registration.FailureStatus, "The inventory service is unavailable.", ex);
        }
    }
}

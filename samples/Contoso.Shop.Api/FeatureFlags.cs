namespace Contoso.Shop.Api;

/// <summary>
/// The API's feature flags. Each one is declared in appsettings.json under <c>feature_management.feature_flags</c>
/// with an expiry date and an owner: the AksReady analyzers fail the build once the date has passed (AKS4001), and
/// report a flag the code checks but no appsettings file declares (AKS4002).
/// </summary>
public static class FeatureFlags
{
    /// <summary>Live stock levels from the inventory service (<c>GET /products/{sku}/stock</c>). Off in production until the rollout.</summary>
    public const string LiveStock = "LiveStock";
}

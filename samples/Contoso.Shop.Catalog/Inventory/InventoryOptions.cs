using System.ComponentModel.DataAnnotations;

namespace Contoso.Shop.Catalog.Inventory;

/// <summary>Where the inventory service is (configuration section <c>Inventory</c>).</summary>
public sealed class InventoryOptions
{
    public const string SectionName = "Inventory";

    /// <summary>Base address, e.g. <c>http://inventory/</c> (the Kubernetes Service in the same namespace).</summary>
    [Required]
    public Uri? BaseAddress { get; set; }

    /// <summary>
    /// Longest time one lookup may take, retries included (AksReady's resilience defaults retry a failed GET up to
    /// three times, which can take much longer than a caller should wait).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:30")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// <see langword="true"/> when the service cannot serve without inventory: its readiness check then reports
    /// Unhealthy (readiness 503) while inventory is unreachable, instead of Degraded (readiness 200).
    /// </summary>
    public bool RequiredForReadiness { get; set; }
}

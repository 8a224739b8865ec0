using System.ComponentModel.DataAnnotations;

namespace Contoso.Shop.StockWorker;

/// <summary>Configuration section <c>StockWorker</c>.</summary>
public sealed class StockWorkerOptions
{
    public const string SectionName = "StockWorker";

    /// <summary>Time between two rounds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Products with fewer units available are reported.</summary>
    [Range(0, int.MaxValue)]
    public int LowStockThreshold { get; set; } = 10;
}

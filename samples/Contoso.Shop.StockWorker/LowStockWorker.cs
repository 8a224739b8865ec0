using Contoso.Shop.Catalog;
using Contoso.Shop.Catalog.Inventory;
using Microsoft.Extensions.Options;

namespace Contoso.Shop.StockWorker;

/// <summary>
/// Every <see cref="StockWorkerOptions.Interval"/>, asks the inventory service for the stock of each catalog product
/// and reports the ones running low. It passes the stopping token to every wait and call, so SIGTERM ends a round
/// promptly and the pod stops within its grace period; a failed round is logged and retried at the next tick.
/// </summary>
public sealed partial class LowStockWorker(
    ProductCatalog catalog, InventoryClient inventory, IOptions<StockWorkerOptions> options, ILogger<LowStockWorker> logger) : BackgroundService
{
    private readonly StockWorkerOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.Interval);
        do
        {
            await CheckStockAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task CheckStockAsync(CancellationToken stoppingToken)
    {
        var low = 0;
        foreach (var product in catalog.All)
        {
            StockLevel? stock;
            try
            {
                stock = await inventory.GetStockAsync(product.Sku, stoppingToken);
            }
            catch (InventoryUnavailableException ex)
            {
                LogRoundFailed(ex);
                return;
            }

            if (stock is { } s && s.Available < _options.LowStockThreshold)
            {
                low++;
                LogLowStock(product.Sku, s.Available, _options.LowStockThreshold);
            }
        }

        LogRoundCompleted(catalog.All.Count, low);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Low stock: {Sku} has {Available} units left (threshold {Threshold})")]
    private partial void LogLowStock(string sku, int available, int threshold);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stock check done: {Products} products, {LowStock} low")]
    private partial void LogRoundCompleted(int products, int lowStock);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stock check skipped: the inventory service is unavailable; retrying at the next tick")]
    private partial void LogRoundFailed(Exception exception);
}

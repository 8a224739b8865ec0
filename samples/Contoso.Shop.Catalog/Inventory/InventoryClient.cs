using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace Contoso.Shop.Catalog.Inventory;

/// <summary>
/// Typed client of the inventory service. It is created by <c>IHttpClientFactory</c>, so it gets AksReady's
/// resilience defaults (timeouts, retries for idempotent requests, circuit breaker) and pooled connections that follow
/// DNS changes when pods move.
/// </summary>
public sealed class InventoryClient(HttpClient http, IOptions<InventoryOptions> options)
{
    private readonly TimeSpan _timeout = options.Value.Timeout;

    /// <summary>The stock of <paramref name="sku"/>, or <see langword="null"/> if the inventory service does not know it.</summary>
    /// <exception cref="InventoryUnavailableException">The service could not be reached, failed, or was too slow.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<StockLevel?> GetStockAsync(string sku, CancellationToken cancellationToken)
    {
        // The resilience defaults retry a failed GET for up to 30 s; a caller should not wait that long.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        try
        {
            using var response = await http.GetAsync($"stock/{Uri.EscapeDataString(sku)}", timeout.Token).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            return await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<StockLevel>(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException ex)
        {
            throw new InventoryUnavailableException($"The inventory service did not answer within {_timeout.TotalSeconds:0.#} s.", ex);
        }
        catch (Exception ex)
        {
            // Unreachable or an error status (HttpRequestException), a body that is not JSON (JsonException), or the
            // resilience pipeline gave up (Polly's BrokenCircuitException, TimeoutRejectedException).
            throw new InventoryUnavailableException("The inventory service is unavailable.", ex);
        }
    }
}

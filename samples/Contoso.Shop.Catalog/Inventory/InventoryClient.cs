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
    public Task<StockLevel?> GetStockAsync(string sku, CancellationToken cancellationToken) =>
        SendAsync($"stock/{Uri.EscapeDataString(sku)}", async (response, ct) =>
            response.StatusCode == HttpStatusCode.NotFound
                ? null
                : await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<StockLevel>(ct).ConfigureAwait(false),
            cancellationToken);

    /// <summary>Asks the inventory service whether it is ready (used by <see cref="InventoryHealthCheck"/>).</summary>
    public Task PingAsync(CancellationToken cancellationToken) =>
        SendAsync("healthz/ready", (response, _) => Task.FromResult(response.EnsureSuccessStatusCode()), cancellationToken);

    private async Task<T> SendAsync<T>(string path, Func<HttpResponseMessage, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        try
        {
            using var response = await http.GetAsync(path, timeout.Token).ConfigureAwait(false);
            return await read(response, timeout.Token).ConfigureAwait(false);
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

using AksReady.Hosting;
using Contoso.Shop.Api;
using Contoso.Shop.Catalog;
using Contoso.Shop.Catalog.Inventory;
using Microsoft.FeatureManagement;

var builder = WebApplication.CreateBuilder(args);

// Probes, graceful shutdown, OpenTelemetry, JSON logs, feature flags (Microsoft.FeatureManagement) and resilience
// defaults for every HttpClient made by IHttpClientFactory.
builder.AddAksReady();

builder.Services.AddSingleton<ProductCatalog>();
builder.Services.AddProblemDetails();

// The outgoing call: a typed client of the inventory service, its base address from configuration.
builder.AddInventoryClient();

// The dependency is checked by the readiness probe only, never by liveness (a restart cannot fix inventory).
// Inventory is not needed to list products, so an outage reports Degraded (readiness stays 200) rather than taking
// every API pod out of the Service at once; Inventory:RequiredForReadiness=true makes it Unhealthy (503).
builder.Services.AddHealthChecks()
    .AddInventoryCheck(builder.Configuration, [AksReadyHealthCheckTags.Ready]);

var app = builder.Build();

app.MapGet("/products", (ProductCatalog catalog) => catalog.All);
app.MapGet("/products/{sku}", (string sku, ProductCatalog catalog) =>
    catalog.Find(sku) is { } product ? Results.Ok(product) : Results.NotFound());

// Behind a feature flag while it rolls out; the call is made per request, never at startup.
app.MapGet("/products/{sku}/stock", async (string sku, ProductCatalog catalog, IFeatureManager features,
    InventoryClient inventory, ILogger<Program> logger, CancellationToken cancellationToken) =>
{
    if (!await features.IsEnabledAsync(FeatureFlags.LiveStock, cancellationToken) || catalog.Find(sku) is null)
    {
        return Results.NotFound();
    }

    try
    {
        return await inventory.GetStockAsync(sku, cancellationToken) is { } stock ? Results.Ok(stock) : Results.NotFound();
    }
    catch (InventoryUnavailableException ex)
    {
        Log.InventoryUnavailable(logger, sku, ex);
        return Results.Problem("Stock levels are unavailable right now.", statusCode: StatusCodes.Status503ServiceUnavailable);
    }
});

app.MapAksReadyEndpoints();

app.Run();

internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Stock lookup for {Sku} failed")]
    public static partial void InventoryUnavailable(ILogger logger, string sku, Exception exception);
}

using Contoso.Shop.Catalog;

// The back-office site. It was written before the team adopted AksReady: it maps no health endpoints,
// so Kubernetes could only guess whether it is up (AKS1001 says so). The fix is two lines:
// builder.AddAksReady() and app.MapAksReadyEndpoints() from the AksReady.Hosting package.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton<ProductCatalog>();

var app = builder.Build();

app.MapPut("/admin/products/{sku}", (string sku, Product product, ProductCatalog catalog) =>
{
    catalog.Upsert(product with { Sku = sku });
    return Results.NoContent();
});

app.Run();

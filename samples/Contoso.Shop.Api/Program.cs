using Contoso.Shop.Catalog;

var builder = WebApplication.CreateBuilder(args);
builder.AddAksReady();
builder.Services.AddSingleton<ProductCatalog>();

var app = builder.Build();

app.MapGet("/products", (ProductCatalog catalog) => catalog.All);
app.MapGet("/products/{sku}", (string sku, ProductCatalog catalog) =>
    catalog.Find(sku) is { } product ? Results.Ok(product) : Results.NotFound());

app.MapAksReadyEndpoints();

app.Run();

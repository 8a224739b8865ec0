using Contoso.Shop.Catalog;
using Contoso.Shop.Catalog.Inventory;
using Contoso.Shop.StockWorker;

var builder = Host.CreateApplicationBuilder(args);

// Startup, liveness and readiness probes on a small management listener (port 8080, what the generated Deployment
// probes), readiness 503 on SIGTERM, and the rest of the AksReady defaults (logs, telemetry, HttpClient resilience).
builder.AddAksReadyManagementServer();

builder.Services.AddSingleton<ProductCatalog>();
builder.AddInventoryClient();
builder.Services.AddOptions<StockWorkerOptions>()
    .Bind(builder.Configuration.GetSection(StockWorkerOptions.SectionName))
    .ValidateDataAnnotations()
    .ValidateOnStart();
builder.Services.AddHostedService<LowStockWorker>();

builder.Build().Run();

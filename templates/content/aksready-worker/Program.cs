using AksReady.Worker1;

var builder = Host.CreateApplicationBuilder(args);

// Startup, liveness and readiness probes on a small management listener (the worker has no HTTP of its own),
// graceful shutdown on SIGTERM, and the rest of the AksReady defaults.
builder.AddAksReadyManagementServer();

builder.Services.AddHostedService<Worker>();

var host = builder.Build();
host.Run();

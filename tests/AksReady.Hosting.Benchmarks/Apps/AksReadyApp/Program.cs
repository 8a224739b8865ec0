// (c) AksReady with every feature on: probes, drain, HttpClient resilience, OpenTelemetry, Serilog JSON, feature flags.
var builder = WebApplication.CreateBuilder(args);
builder.AddAksReady();

var app = builder.Build();
app.MapAksReadyEndpoints();
app.MapGet("/", () => "aksready");
app.Run();

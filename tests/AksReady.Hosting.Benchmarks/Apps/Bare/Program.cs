// (a) The baseline: a bare WebApplication with one health check endpoint.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHealthChecks();

var app = builder.Build();
app.MapHealthChecks("/healthz");
app.MapGet("/", () => "bare");
app.Run();

var builder = WebApplication.CreateBuilder(args);

// Probes, graceful shutdown on SIGTERM and the rest of the AksReady defaults.
builder.AddAksReady();

var app = builder.Build();

app.MapGet("/", () => Results.Ok(new { service = "AksReady.WebApi1", status = "running" }));

// /healthz/startup, /healthz/live and /healthz/ready: the paths the generated Deployment probes.
app.MapAksReadyEndpoints();

app.Run();
//#if (tests)

// Lets the tests' WebApplicationFactory<Program> start this app.
public partial class Program;
//#endif

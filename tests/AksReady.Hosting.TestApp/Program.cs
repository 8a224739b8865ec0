// Test app for the out-of-process shutdown tests.
//   dotnet AksReady.Hosting.TestApp.dll --urls http://127.0.0.1:0 --AksReady:DrainDelaySeconds 2
//     web mode: prints "LISTENING <url>" once the server is listening, so the test can find the ephemeral port.
//   dotnet AksReady.Hosting.TestApp.dll --worker --AksReady:Management:Host 127.0.0.1 --AksReady:Management:Port 0
//     worker mode (generic host, no HTTP): the probes are on the management listener, whose address AksReady logs.
if (args.Contains("--worker"))
{
    var workerBuilder = Host.CreateApplicationBuilder(args.Where(a => a != "--worker").ToArray());
    workerBuilder.AddAksReadyManagementServer();
    workerBuilder.Services.AddHostedService<TickingWorker>();
    var host = workerBuilder.Build();
    host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() => Console.WriteLine("STOPPING " + System.Diagnostics.Stopwatch.GetTimestamp()));
    host.Run();
    Console.WriteLine("EXITED");
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddAksReady();

var app = builder.Build();
app.MapAksReadyEndpoints();

// Simulated work: /work?ms=50 waits that long, then answers "done".
app.MapGet("/work", async (int? ms) =>
{
    await Task.Delay(ms ?? 20);
    return Results.Text("done");
});

app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine("LISTENING " + string.Join(' ', app.Urls)));
app.Lifetime.ApplicationStopping.Register(() => Console.WriteLine("STOPPING " + System.Diagnostics.Stopwatch.GetTimestamp()));
app.Run();
Console.WriteLine("EXITED");

internal sealed class TickingWorker : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(100, stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }
}

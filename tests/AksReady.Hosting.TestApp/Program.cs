// Test app for the out-of-process shutdown tests.
//   dotnet AksReady.Hosting.TestApp.dll --urls http://127.0.0.1:0 --AksReady:DrainDelaySeconds 2
//     web mode: prints "LISTENING <url>" once the server is listening, so the test can find the ephemeral port.
//   dotnet AksReady.Hosting.TestApp.dll --worker --AksReady:Management:Host 127.0.0.1 --AksReady:Management:Port 0
//     worker mode (generic host, no HTTP): the probes are on the management listener, whose address AksReady logs.
// On stop it prints "STOPPING <now> REQUESTED <t> FLIPPED <t>" (Stopwatch timestamps, monotonic and system-wide): when
// the host began stopping on SIGTERM (the first ApplicationStopping callback) and when AksReady flipped readiness, so the
// tests measure the flip inside the process, apart from signal delivery under CPU contention and from the logging that
// follows the flip.
using System.Diagnostics;
using AksReady.Hosting.Internal;

long stoppingRequested = 0;

// Token callbacks run in reverse order of registration: registered once the host has started (after AksReady registered
// its own in StartingAsync), this one runs first when SIGTERM makes the console lifetime call StopApplication().
void RecordStopping(IHostApplicationLifetime lifetime) => lifetime.ApplicationStarted.Register(
    () => lifetime.ApplicationStopping.Register(() => Volatile.Write(ref stoppingRequested, Stopwatch.GetTimestamp())));

string StopLine(IServiceProvider services) =>
    $"STOPPING {Stopwatch.GetTimestamp()} REQUESTED {Volatile.Read(ref stoppingRequested)} FLIPPED {services.GetRequiredService<AksReadyState>().DrainStartedTimestamp}";

if (args.Contains("--worker"))
{
    var workerBuilder = Host.CreateApplicationBuilder(args.Where(a => a != "--worker").ToArray());
    workerBuilder.AddAksReadyManagementServer();
    workerBuilder.Services.AddHostedService<TickingWorker>();
    var host = workerBuilder.Build();
    var workerLifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
    workerLifetime.ApplicationStopping.Register(() => Console.WriteLine(StopLine(host.Services)));
    RecordStopping(workerLifetime);
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
app.Lifetime.ApplicationStopping.Register(() => Console.WriteLine(StopLine(app.Services)));
RecordStopping(app.Lifetime);
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

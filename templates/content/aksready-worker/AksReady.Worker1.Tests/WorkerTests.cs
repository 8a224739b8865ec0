using Microsoft.Extensions.Logging.Abstractions;

namespace AksReady.Worker1.Tests;

public sealed class WorkerTests
{
    /// <summary>On SIGTERM the host stops its services; a worker that ignores the stopping token keeps the pod terminating until it is killed.</summary>
    [Fact]
    public async Task Worker_stops_promptly_when_the_host_stops()
    {
        using var worker = new Worker(NullLogger<Worker>.Instance);
        await worker.StartAsync(CancellationToken.None);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await worker.StopAsync(timeout.Token);

        Assert.False(timeout.IsCancellationRequested, "The worker did not stop within 5 seconds of the host stopping.");
        Assert.True(worker.ExecuteTask is { IsCompleted: true });
    }
}

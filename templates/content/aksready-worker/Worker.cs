namespace AksReady.Worker1;

/// <summary>The background work. It observes the stopping token, so SIGTERM ends it promptly and the pod drains cleanly.</summary>
public sealed partial class Worker(ILogger<Worker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(10));
        do
        {
            LogWorking(DateTimeOffset.UtcNow);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Worker running at {Time}")]
    private partial void LogWorking(DateTimeOffset time);
}

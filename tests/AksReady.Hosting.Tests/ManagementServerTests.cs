using System.Net;
using AksReady.Hosting.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AksReady.Hosting.Tests;

public sealed class ManagementServerTests
{
    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task Worker_ServesProbesOnTheManagementListener(string environment)
    {
        var (host, client) = await StartWorkerAsync(environment);
        using (host)
        using (client)
        {
            Assert.Equal((200, "Healthy"), await GetAsync(client, "/healthz/startup"));
            Assert.Equal((200, "Healthy"), await GetAsync(client, "/healthz/live"));
            Assert.Equal((200, "Healthy"), await GetAsync(client, "/healthz/ready"));
            Assert.Equal(404, (await GetAsync(client, "/anything-else")).Status);
            await host.StopAsync(new CancellationToken(canceled: true));
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Worker_ManagementListener_UsesTheProbeFrontDoorUnlessTurnedOff(bool frontDoor)
    {
        var (host, client) = await StartWorkerAsync("Production", b => b.Configuration["AksReady:ProbeFrontDoor"] = frontDoor ? "true" : "false");
        using (host)
        using (client)
        {
            var server = host.Services.GetRequiredService<AksReadyManagementServer>().Server;
            Assert.Equal(frontDoor, server is ProbeFrontDoorServer);

            // Twice: the second answer comes from the cache, in front of the listener's hosting layer when it is on.
            for (var i = 0; i < 2; i++)
            {
                Assert.Equal((200, "Healthy"), await GetAsync(client, "/healthz/ready"));
                using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/HEALTHZ/live/"));
                Assert.Equal(HttpStatusCode.OK, head.StatusCode);
                Assert.Equal(7, head.Content.Headers.ContentLength);
                Assert.Equal(404, (await GetAsync(client, "/healthz/ready/x")).Status);
                using var post = await client.PostAsync("/healthz/ready", content: null);
                Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
            }

            await host.StopAsync(new CancellationToken(canceled: true));
        }
    }

    [Fact]
    public async Task Worker_DrainsLikeAWebApp_AndClosesTheListenerAfterStopping()
    {
        var (host, client) = await StartWorkerAsync("Production", b => b.Configuration["AksReady:DrainDelaySeconds"] = "1");
        using (host)
        using (client)
        {
            var stopTask = host.StopAsync();
            Assert.Equal((503, "Draining"), await GetAsync(client, "/healthz/ready"));
            Assert.Equal((200, "Healthy"), await GetAsync(client, "/healthz/live"));
            await stopTask.WaitAsync(TimeSpan.FromSeconds(10));

            await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("/healthz/live"));
        }
    }

    [Fact]
    public async Task Worker_StartupProbe_WaitsForWarmup()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var (host, client) = await StartWorkerAsync("Production", b => b.Services.AddAksReadyWarmup((_, ct) => gate.Task.WaitAsync(ct)));
        using (host)
        using (client)
        {
            Assert.Equal((503, "Unhealthy"), await GetAsync(client, "/healthz/startup"));
            gate.SetResult();
            var deadline = DateTime.UtcNow.AddSeconds(5);
            while ((await GetAsync(client, "/healthz/startup")).Status != 200 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(10);
            }

            Assert.Equal((200, "Healthy"), await GetAsync(client, "/healthz/startup"));
            await host.StopAsync(new CancellationToken(canceled: true));
        }
    }

    [Fact]
    public async Task ManagementServer_UsesConfiguredPaths()
    {
        var (host, client) = await StartWorkerAsync("Production", b => b.Configuration["AksReady:LivenessPath"] = "/alive");
        using (host)
        using (client)
        {
            Assert.Equal((200, "Healthy"), await GetAsync(client, "/alive"));
            await host.StopAsync(new CancellationToken(canceled: true));
        }
    }

    [Fact]
    public void ManagementPort_DefaultsToAksReadyPort_AndIsValidated()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration["AksReady:Management:Port"] = "70000";
        builder.AddAksReadyManagementServer();
        using var host = builder.Build();
        var ex = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AksReadyOptions>>().Value);
        Assert.Contains("Management.Port", ex.Message, StringComparison.Ordinal);

        Assert.Null(new AksReadyOptions().Management.Port);
        Assert.Equal("*", new AksReadyOptions().Management.Host);
    }

    [Fact]
    public async Task Worker_LogsApplicationStartedOnce_NotAgainForTheManagementListener()
    {
        var capture = new CapturingLoggerProvider();
        var (host, client) = await StartWorkerAsync("Production", b => b.Logging.AddProvider(capture));
        using (host)
        using (client)
        {
            Assert.Equal((200, "Healthy"), await GetAsync(client, "/healthz/ready"));
            await host.StopAsync(new CancellationToken(canceled: true));
        }

        Assert.Single(capture.Messages, m => m.StartsWith("Application started", StringComparison.Ordinal));
        Assert.Single(capture.Messages, m => m.StartsWith("Hosting environment", StringComparison.Ordinal));
    }

    [Fact]
    public void AddAksReadyManagementServer_NullGuard_AndIdempotent()
    {
        Assert.Throws<ArgumentNullException>("builder", () => ((HostApplicationBuilder)null!).AddAksReadyManagementServer());
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        Assert.Same(builder, builder.AddAksReadyManagementServer().AddAksReadyManagementServer());
        Assert.Single(builder.Services, d => d.ServiceType == typeof(AksReadyManagementServer));
    }

    internal static async Task<(IHost Host, HttpClient Client)> StartWorkerAsync(string environment, Action<HostApplicationBuilder>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment, Args = [] });
        builder.Logging.ClearProviders();
        builder.Configuration["AksReady:Management:Host"] = "127.0.0.1";
        builder.Configuration["AksReady:Management:Port"] = "0";
        builder.Services.AddHostedService<TickingWorker>();
        configure?.Invoke(builder);
        builder.AddAksReadyManagementServer();

        var host = builder.Build();
        await host.StartAsync();
        var address = host.Services.GetRequiredService<AksReadyManagementServer>().Addresses.Single();
        return (host, new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(10) });
    }

    private static async Task<(int Status, string Body)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider, ILogger
    {
        private readonly List<string> _messages = [];

        public IReadOnlyList<string> Messages
        {
            get
            {
                lock (_messages)
                {
                    return _messages.ToArray();
                }
            }
        }

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (_messages)
            {
                _messages.Add(formatter(state, exception));
            }
        }

        public void Dispose()
        {
        }
    }

    private sealed class TickingWorker : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(50, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}

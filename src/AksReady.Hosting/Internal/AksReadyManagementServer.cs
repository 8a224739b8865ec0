using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AksReady.Hosting.Internal;

/// <summary>
/// A minimal Kestrel server (empty WebApplication: no configuration sources, no default middleware) that serves the
/// probes of the outer host. It starts before the outer host's services and stops after them, so the probes answer
/// during start-up and throughout the drain.
/// </summary>
internal sealed class AksReadyManagementServer(
    AksReadyProbes probes,
    IOptions<AksReadyOptions> options,
    IHostEnvironment environment,
    ILoggerFactory loggerFactory) : IHostedLifecycleService, IAsyncDisposable, IDisposable
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<AksReadyManagementServer>();
    private WebApplication? _app;

    /// <summary>Gets the addresses the listener is bound to, once started.</summary>
    public IReadOnlyCollection<string> Addresses =>
        _app?.Services.GetService<Microsoft.AspNetCore.Hosting.Server.IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.ToArray()
        ?? [];

    /// <summary>Gets the listener's server once started (for tests).</summary>
    internal Microsoft.AspNetCore.Hosting.Server.IServer? Server => _app?.Services.GetService<Microsoft.AspNetCore.Hosting.Server.IServer>();

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var port = settings.Management.Port ?? settings.Port;
        var host = settings.Management.Host.Trim();

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = environment.ApplicationName,
            EnvironmentName = environment.EnvironmentName,
            ContentRootPath = environment.ContentRootPath,
            Args = [],
        });
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.AddLogging();

        // The app's own host already logs "Application started", the environment and the content root: say it once.
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        builder.Services.AddRoutingCore();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            if (host is "*" or "+" or "0.0.0.0" or "[::]" or "::")
            {
                kestrel.ListenAnyIP(port);
            }
            else if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
            {
                kestrel.ListenLocalhost(port);
            }
            else
            {
                kestrel.Listen(IPAddress.Parse(host.Trim('[', ']')), port);
            }
        });

        // Probes with a known answer skip this listener's hosting layer too (no HttpContext, Activity or log scope).
        if (settings.ProbeFrontDoor)
        {
            var matcher = new ManagementProbeMatcher(probes, settings);
            ProbeFrontDoorServer.Register(builder.Services, _ => matcher);
        }

        var app = builder.Build();
        app.UseRouting();
        AksReadyEndpoints.Map(app, probes, settings);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        _app = app;
        Log.ManagementListening(_logger, string.Join(", ", Addresses));
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StoppedAsync(CancellationToken cancellationToken)
    {
        if (_app is { } app)
        {
            await app.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        if (_app is IDisposable app)
        {
            _app = null;
            app.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is { } app)
        {
            _app = null;
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }
}

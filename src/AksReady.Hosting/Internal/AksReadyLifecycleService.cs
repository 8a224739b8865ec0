using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AksReady.Hosting.Internal;

/// <summary>
/// Drives <see cref="AksReadyState"/> from the host lifecycle: started → warm-ups → healthy; SIGTERM → draining → delay → normal shutdown.
/// </summary>
/// <remarks>
/// On SIGTERM the console lifetime fires <c>ApplicationStopping</c> first (readiness flips there), then the host calls
/// <see cref="StoppingAsync"/> on every lifecycle service before any <c>StopAsync</c>, so Kestrel keeps serving during the delay.
/// When the host is stopped directly with <c>StopAsync</c>, <see cref="StoppingAsync"/> runs before <c>ApplicationStopping</c>,
/// so it begins the drain too.
/// </remarks>
internal sealed class AksReadyLifecycleService(
    AksReadyState state,
    IHostApplicationLifetime lifetime,
    IOptions<AksReadyOptions> options,
    IServiceProvider services,
    ILogger<AksReadyLifecycleService> logger) : IHostedLifecycleService, IDisposable
{
    private readonly List<CancellationTokenRegistration> _registrations = [];
    private Task _warmups = Task.CompletedTask;

    /// <summary>Gets the task that runs the warm-ups (for tests).</summary>
    internal Task Warmups => _warmups;

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        _registrations.Add(lifetime.ApplicationStarted.Register(OnStarted));
        _registrations.Add(lifetime.ApplicationStopping.Register(BeginDrain));
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        BeginDrain();
        var delay = options.Value.DrainDelay;

        // Nothing was routed to an app that never finished starting: no reason to hold its shutdown.
        if (delay <= TimeSpan.Zero || !state.IsStarted)
        {
            return;
        }

        var watch = Stopwatch.StartNew();
        try
        {
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            Log.DrainCompleted(logger, options.Value.DrainDelaySeconds, watch.ElapsedMilliseconds);
        }
        catch (OperationCanceledException)
        {
            Log.DrainCutShort(logger, watch.ElapsedMilliseconds);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _registrations.Clear();
    }

    private void BeginDrain()
    {
        if (state.TryBeginDrain())
        {
            Log.DrainStarted(logger, options.Value.DrainDelaySeconds);
        }
    }

    private void OnStarted()
    {
        state.MarkStarted();
        StartupJitPrimer.HostStarted();
        CheckPort();

        var scope = services.CreateAsyncScope();
        IAksReadyWarmup[] warmups;
        try
        {
            warmups = scope.ServiceProvider.GetServices<IAksReadyWarmup>().ToArray();
        }
        catch (Exception ex)
        {
            scope.Dispose();
            state.MarkWarmupFailed();
            Log.WarmupFailed(logger, ex);
            return;
        }

        if (warmups.Length == 0)
        {
            scope.Dispose();
            state.MarkWarmedUp();
            return;
        }

        // Run on the thread pool so synchronous warm-up code never blocks the ApplicationStarted callbacks.
        _warmups = Task.Run(() => RunWarmupsAsync(scope, warmups));
    }

    private async Task RunWarmupsAsync(AsyncServiceScope scope, IAksReadyWarmup[] warmups)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            await Task.WhenAll(warmups.Select(w => w.WarmUpAsync(lifetime.ApplicationStopping))).ConfigureAwait(false);
            state.MarkWarmedUp();
            Log.WarmupCompleted(logger, warmups.Length, watch.ElapsedMilliseconds);
        }
        catch (Exception ex)
        {
            state.MarkWarmupFailed();
            Log.WarmupFailed(logger, ex);
        }
        finally
        {
            await scope.DisposeAsync().ConfigureAwait(false);
        }
    }

    private void CheckPort()
    {
        var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
        if (addresses is null || addresses.Count == 0
            || !string.Equals(Environment.GetEnvironmentVariable("DOTNET_RUNNING_IN_CONTAINER"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var port = options.Value.Port;
        foreach (var address in addresses)
        {
            try
            {
                if (BindingAddress.Parse(address).Port == port)
                {
                    return;
                }
            }
            catch (FormatException)
            {
                // Not a URL Kestrel reports normally (named pipe, unix socket): ignore it.
            }
        }

        Log.PortMismatch(logger, string.Join(", ", addresses), port);
    }
}

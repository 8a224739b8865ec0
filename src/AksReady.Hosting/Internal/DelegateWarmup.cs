namespace AksReady.Hosting.Internal;

internal sealed class DelegateWarmup(IServiceProvider services, Func<IServiceProvider, CancellationToken, Task> warmup) : IAksReadyWarmup
{
    public Task WarmUpAsync(CancellationToken cancellationToken) => warmup(services, cancellationToken);
}

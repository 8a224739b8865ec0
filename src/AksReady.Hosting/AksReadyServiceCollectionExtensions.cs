using AksReady.Hosting;
using AksReady.Hosting.Internal;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers startup warm-up work that gates the AksReady startup probe.
/// </summary>
public static class AksReadyServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TWarmup"/> (transient, resolved in its own scope) as work that must finish before the
    /// startup and readiness probes report healthy.
    /// </summary>
    /// <typeparam name="TWarmup">The warm-up implementation.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The same <paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddAksReadyWarmup<TWarmup>(this IServiceCollection services)
        where TWarmup : class, IAksReadyWarmup
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Transient<IAksReadyWarmup, TWarmup>());
        return services;
    }

    /// <summary>
    /// Registers a delegate as work that must finish before the startup and readiness probes report healthy.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="warmup">The work; it receives a scoped service provider and a token signalled when the host stops.</param>
    /// <returns>The same <paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="warmup"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddAksReadyWarmup(this IServiceCollection services, Func<IServiceProvider, CancellationToken, Task> warmup)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(warmup);
        services.AddTransient<IAksReadyWarmup>(sp => new DelegateWarmup(sp, warmup));
        return services;
    }
}

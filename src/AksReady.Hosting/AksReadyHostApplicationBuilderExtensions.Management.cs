using AksReady.Hosting;
using AksReady.Hosting.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.Hosting;

public static partial class AksReadyHostApplicationBuilderExtensions
{
    /// <summary>
    /// Serves the AksReady probes on a minimal Kestrel listener of their own, for worker services (generic host, no HTTP)
    /// or to keep probes on a port that no ingress exposes.
    /// </summary>
    /// <typeparam name="TBuilder">The host builder type, usually <c>HostApplicationBuilder</c>.</typeparam>
    /// <param name="builder">The host builder.</param>
    /// <returns>The same <paramref name="builder"/>, for chaining.</returns>
    /// <remarks>
    /// <para>
    /// Calls <see cref="AddAksReady{TBuilder}(TBuilder)"/> first if it has not been called. The listener binds
    /// <see cref="AksReadyManagementOptions.Host"/> (default every interface) on <see cref="AksReadyManagementOptions.Port"/>
    /// (default <see cref="AksReadyOptions.Port"/>, 8080), starts before the app's hosted services and stops after them,
    /// so the startup probe answers 503 while the worker starts and liveness keeps answering through the drain.
    /// </para>
    /// <para>
    /// In a web app, set <c>AksReady:Management:Port</c> to a port that differs from the app's own, and point the
    /// manifests' probes at it.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static TBuilder AddAksReadyManagementServer<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.Services.Any(d => d.ServiceType == typeof(AksReadyState)))
        {
            builder.AddAksReady();
        }

        // Insert first so its StartingAsync runs before other lifecycle services and its StoppedAsync (reverse order) last.
        if (!builder.Services.Any(d => d.ServiceType == typeof(AksReadyManagementServer)))
        {
            builder.Services.AddSingleton<AksReadyManagementServer>();
            builder.Services.Insert(0, ServiceDescriptor.Singleton<IHostedService>(sp => sp.GetRequiredService<AksReadyManagementServer>()));
        }

        return builder;
    }
}

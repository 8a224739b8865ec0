using AksReady.Hosting.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace Microsoft.Extensions.Hosting;

public static partial class AksReadyHostApplicationBuilderExtensions
{
    /// <summary>
    /// Gives every <see cref="System.Net.Http.HttpClient"/> created through <c>IHttpClientFactory</c> the standard
    /// resilience handler (total and per-attempt timeouts, retries, circuit breaker), with retries turned off for
    /// the non-idempotent methods POST, PATCH and CONNECT.
    /// </summary>
    /// <typeparam name="TBuilder">The host builder type.</typeparam>
    /// <param name="builder">The host builder.</param>
    /// <returns>The same <paramref name="builder"/>, for chaining.</returns>
    /// <remarks>
    /// <para>
    /// <c>AddAksReady</c> calls this unless <c>AksReady:HttpClientResilience</c> is <see langword="false"/>.
    /// Calling it more than once has no further effect.
    /// </para>
    /// <para>
    /// Defaults of Microsoft.Extensions.Http.Resilience: 30 s total timeout, 10 s per attempt, 3 retries with
    /// exponential back-off from 2 s plus jitter (honouring <c>Retry-After</c>), circuit breaker at 10 % failures over 30 s.
    /// Pods are rescheduled and endpoints change often in Kubernetes, so transient 5xx, 408, 429 and connection
    /// failures are expected; retrying a POST could however repeat a side effect, so AksReady does not.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static TBuilder AddAksReadyHttpClientDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Services.Any(d => d.ServiceType == typeof(HttpClientDefaultsMarker)))
        {
            return builder;
        }

        builder.Services.AddSingleton<HttpClientDefaultsMarker>();
        builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler(ConfigureStandardResilience));
        return builder;
    }

    internal static void ConfigureStandardResilience(HttpStandardResilienceOptions options)
        => options.Retry.DisableFor(HttpMethod.Post, HttpMethod.Patch, HttpMethod.Connect);
}

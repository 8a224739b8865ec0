using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace AksReady.Hosting.Internal;

/// <summary>
/// Decorates Kestrel's <see cref="IServer"/>: the application Kestrel runs is wrapped in a
/// <see cref="ProbeFrontDoorApplication{TContext}"/> that answers probes from the drain/startup state and the cached
/// check results before the hosting layer sees the request, so a probe creates no <c>HttpContext</c>, no hosting
/// <c>Activity</c>, no log scope and no HTTP metrics. Everything else, and every probe whose checks have to run, goes to
/// the hosting layer unchanged.
/// </summary>
internal sealed class ProbeFrontDoorServer(IServer inner, IProbeMatcher matcher) : IServer
{
    /// <summary>The key the decorated server is registered under.</summary>
    public const string InnerServerKey = "AksReady.Hosting.InnerServer";

    public IFeatureCollection Features => inner.Features;

    public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
        where TContext : notnull
        // "Answered here" is a null context, so only reference-type contexts (the hosting layer's) can be fronted.
        => inner.StartAsync(typeof(TContext).IsValueType ? application : new ProbeFrontDoorApplication<TContext>(application, matcher), cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => inner.StopAsync(cancellationToken);

    // The inner server is a keyed singleton: the container that created it disposes it.
    public void Dispose()
    {
    }

    /// <summary>
    /// Replaces the registered Kestrel server with the front door around it. Other servers (TestServer, IIS, HTTP.sys) and
    /// a server registered after this call are left alone: the middleware fast path still answers the probes there.
    /// </summary>
    public static void Register(IServiceCollection services) => Register(services, sp => sp.GetRequiredService<ProbeFastPath>());

    /// <inheritdoc cref="Register(IServiceCollection)"/>
    public static void Register(IServiceCollection services, Func<IServiceProvider, IProbeMatcher> matcher)
    {
        ServiceDescriptor? server = null;
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(IServer) && !descriptor.IsKeyedService)
            {
                server = descriptor;
            }
        }

        if (server is null || server.Lifetime != ServiceLifetime.Singleton
            || server.ImplementationType?.Namespace?.StartsWith("Microsoft.AspNetCore.Server.Kestrel", StringComparison.Ordinal) != true)
        {
            return;
        }

        services.Remove(server);
        services.Add(new ServiceDescriptor(typeof(IServer), InnerServerKey, server.ImplementationType, ServiceLifetime.Singleton));
        services.AddSingleton<IServer>(sp => new ProbeFrontDoorServer(
            sp.GetRequiredKeyedService<IServer>(InnerServerKey),
            matcher(sp)));
    }
}

/// <summary>
/// The per-request part of <see cref="ProbeFrontDoorServer"/>. A probe that can be answered without running checks is
/// answered in <see cref="CreateContext"/> (status, headers and the few body bytes are buffered; Kestrel sends them when
/// the request completes), and no inner context is created: <see langword="null"/> stands for "answered here".
/// The inner application keeps its own context type, so Kestrel's per-connection context pooling still works for it.
/// </summary>
internal sealed class ProbeFrontDoorApplication<TContext>(IHttpApplication<TContext> inner, IProbeMatcher matcher) : IHttpApplication<TContext>
    where TContext : notnull
{
    public TContext CreateContext(IFeatureCollection contextFeatures)
    {
        // Kestrel's per-request object implements the features itself: the casts avoid a lookup per request.
        var request = contextFeatures as IHttpRequestFeature ?? contextFeatures.Get<IHttpRequestFeature>();
        if (request is not null
            && matcher.Match(request.Method, request.Path) is var kind && kind != ProbeKind.None
            && matcher.Probes.TryGetImmediateAnswer(kind, out var answer)
            && (contextFeatures as IHttpResponseFeature ?? contextFeatures.Get<IHttpResponseFeature>()) is { HasStarted: false } response
            && (contextFeatures as IHttpResponseBodyFeature ?? contextFeatures.Get<IHttpResponseBodyFeature>()) is { } body)
        {
            response.StatusCode = answer.StatusCode;
            AksReadyProbes.SetResponseHeaders(response.Headers, answer.Body.Length);
            if (!HttpMethods.IsHead(request.Method))
            {
                var writer = body.Writer;
                answer.Body.CopyTo(writer.GetSpan(answer.Body.Length));
                writer.Advance(answer.Body.Length);
            }

            return default!;
        }

        return inner.CreateContext(contextFeatures);
    }

    public Task ProcessRequestAsync(TContext context) => context is null ? Task.CompletedTask : inner.ProcessRequestAsync(context);

    public void DisposeContext(TContext context, Exception? exception)
    {
        if (context is not null)
        {
            inner.DisposeContext(context, exception);
        }
    }
}

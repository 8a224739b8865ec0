using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Contoso.Shop.Catalog.Inventory;

public static class InventoryServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="InventoryClient"/> as a typed client whose base address comes from the <c>Inventory</c>
    /// configuration section (validated at start, so a missing address stops the pod instead of failing each call),
    /// and the client of <see cref="InventoryHealthCheck"/>.
    /// </summary>
    public static IHttpClientBuilder AddInventoryClient(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<InventoryOptions>()
            .Bind(builder.Configuration.GetSection(InventoryOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // The readiness check's client: one attempt per probe, no retries (see InventoryHealthCheck). Clearing the
        // additional handlers drops the resilience handler that AksReady adds to every client through
        // ConfigureHttpClientDefaults (RemoveAllResilienceHandlers() does the same but is still experimental, EXTEXP0001).
        builder.Services.AddHttpClient(InventoryHealthCheck.HttpClientName, ConfigureBaseAddress)
            .ConfigureAdditionalHttpMessageHandlers((handlers, _) => handlers.Clear());

        return builder.Services.AddHttpClient<InventoryClient>(ConfigureBaseAddress);
    }

    private static void ConfigureBaseAddress(IServiceProvider services, HttpClient http) =>
        http.BaseAddress = services.GetRequiredService<IOptions<InventoryOptions>>().Value.BaseAddress;

    /// <summary>
    /// Adds <see cref="InventoryHealthCheck"/> as <c>inventory</c> with a 1 s timeout (well inside the kubelet's 2 s
    /// probe timeout). It reports Degraded when the service is unreachable, or Unhealthy when
    /// <c>Inventory:RequiredForReadiness</c> is <see langword="true"/>.
    /// </summary>
    public static IHealthChecksBuilder AddInventoryCheck(this IHealthChecksBuilder checks, IConfiguration configuration, IEnumerable<string> tags)
    {
        var required = configuration.GetValue<bool>($"{InventoryOptions.SectionName}:{nameof(InventoryOptions.RequiredForReadiness)}");
        return checks.AddCheck<InventoryHealthCheck>(
            "inventory",
            failureStatus: required ? HealthStatus.Unhealthy : HealthStatus.Degraded,
            tags: tags,
            timeout: TimeSpan.FromSeconds(1));
    }
}

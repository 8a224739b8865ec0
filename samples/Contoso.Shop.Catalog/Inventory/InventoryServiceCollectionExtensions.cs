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
    /// configuration section (validated at start, so a missing address stops the pod instead of failing each call).
    /// </summary>
    public static IHttpClientBuilder AddInventoryClient(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<InventoryOptions>()
            .Bind(builder.Configuration.GetSection(InventoryOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return builder.Services.AddHttpClient<InventoryClient>((sp, http) =>
            http.BaseAddress = sp.GetRequiredService<IOptions<InventoryOptions>>().Value.BaseAddress);
    }

    /// <summary>
    /// Adds <see cref="InventoryHealthCheck"/> as <c>inventory</c>, with a timeout. It reports Degraded when the
    /// service is unreachable, or Unhealthy when <c>Inventory:RequiredForReadiness</c> is <see langword="true"/>.
    /// </summary>
    public static IHealthChecksBuilder AddInventoryCheck(this IHealthChecksBuilder checks, IConfiguration configuration, IEnumerable<string> tags)
    {
        var required = configuration.GetValue<bool>($"{InventoryOptions.SectionName}:{nameof(InventoryOptions.RequiredForReadiness)}");
        return checks.AddCheck<InventoryHealthCheck>(
            "inventory",
            failureStatus: required ? HealthStatus.Unhealthy : HealthStatus.Degraded,
            tags: tags,
            timeout: TimeSpan.FromSeconds(2));
    }
}

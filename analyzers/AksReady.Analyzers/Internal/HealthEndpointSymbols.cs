using Microsoft.CodeAnalysis;

namespace AksReady.Analyzers.Internal;

internal enum HealthMappingKind
{
    None,
    MapHealthChecks,
    UseHealthChecks,
    MapAksReadyEndpoints,
}

/// <summary>Health-endpoint types of one compilation, resolved once in the compilation start action.</summary>
internal sealed class HealthEndpointSymbols
{
    public const string MapHealthChecksName = "MapHealthChecks";
    public const string UseHealthChecksName = "UseHealthChecks";
    public const string MapAksReadyEndpointsName = "MapAksReadyEndpoints";

    private HealthEndpointSymbols(Compilation compilation)
    {
        EndpointExtensions = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.HealthCheckEndpointRouteBuilderExtensions);
        ApplicationExtensions = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.HealthCheckApplicationBuilderExtensions);
        HealthCheckOptions = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.HealthCheckOptions);
    }

    public INamedTypeSymbol? EndpointExtensions { get; }

    public INamedTypeSymbol? ApplicationExtensions { get; }

    public INamedTypeSymbol? HealthCheckOptions { get; }

    public static HealthEndpointSymbols Create(Compilation compilation) => new(compilation);

    /// <summary>True for the names <see cref="Classify"/> can accept: a test that needs no symbol, to run before resolving them.</summary>
    public static bool IsMappingName(string name) => name is MapHealthChecksName or UseHealthChecksName or MapAksReadyEndpointsName;

    /// <summary>Classifies a call; compares names before symbols so unrelated calls cost one string comparison.</summary>
    public HealthMappingKind Classify(IMethodSymbol method)
    {
        switch (method.Name)
        {
            case MapHealthChecksName when EndpointExtensions is not null && SymbolEqualityComparer.Default.Equals(method.ContainingType, EndpointExtensions):
                return HealthMappingKind.MapHealthChecks;
            case UseHealthChecksName when ApplicationExtensions is not null && SymbolEqualityComparer.Default.Equals(method.ContainingType, ApplicationExtensions):
                return HealthMappingKind.UseHealthChecks;
            case MapAksReadyEndpointsName when method.IsExtensionMethod || method.ContainingType?.Name == WellKnownTypeNames.AksReadyEndpointRouteBuilderExtensionsName:
                return HealthMappingKind.MapAksReadyEndpoints;
            default:
                return HealthMappingKind.None;
        }
    }
}

using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AksReady.Analyzers.Internal;

/// <summary>
/// Recognises service code: controllers, hosted services, middleware and minimal-API handlers. Shared by AKS3004
/// (console output) and AKS5002 (Environment.Exit). Create once per compilation.
/// </summary>
internal sealed class ServiceCodeClassifier
{
    private readonly INamedTypeSymbol? controllerBase;
    private readonly INamedTypeSymbol? backgroundService;
    private readonly INamedTypeSymbol? hostedService;
    private readonly INamedTypeSymbol? httpContext;
    private readonly INamedTypeSymbol? endpointRouteBuilder;
    private readonly ConcurrentDictionary<INamedTypeSymbol, string?> typeKinds = new(SymbolEqualityComparer.Default);

    public ServiceCodeClassifier(Compilation compilation)
    {
        controllerBase = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.ControllerBase);
        backgroundService = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.BackgroundService);
        hostedService = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.IHostedService);
        httpContext = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.HttpContext);
        endpointRouteBuilder = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.IEndpointRouteBuilder);
    }

    /// <summary>False when the compilation references neither ASP.NET Core nor Microsoft.Extensions.Hosting.</summary>
    public bool HasServiceTypes => controllerBase is not null || backgroundService is not null || hostedService is not null || httpContext is not null;

    /// <summary>"a controller", "a hosted service", "a middleware", "a minimal API handler", or null for other code.</summary>
    public string? FindServiceContext(IOperation operation, ISymbol containingSymbol)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation lambda && IsEndpointHandler(lambda))
            {
                return "a minimal API handler";
            }
        }

        for (var type = containingSymbol as INamedTypeSymbol ?? containingSymbol.ContainingType; type is not null; type = type.ContainingType)
        {
            if (typeKinds.GetOrAdd(type, ClassifyType) is { } kind)
            {
                return kind;
            }
        }

        return null;
    }

    public static bool Implements(ITypeSymbol type, INamedTypeSymbol? @interface)
    {
        if (@interface is null)
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(type, @interface))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented, @interface))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A lambda passed (as a delegate) to <c>MapGet</c>, <c>MapPost</c>, <c>Map</c>, … on an endpoint route builder.</summary>
    private bool IsEndpointHandler(IAnonymousFunctionOperation lambda)
    {
        IOperation current = lambda;
        while (current.Parent is IDelegateCreationOperation or IConversionOperation)
        {
            current = current.Parent;
        }

        return current.Parent is IArgumentOperation { Parent: IInvocationOperation map }
               && map.TargetMethod.Name.StartsWith("Map", StringComparison.Ordinal)
               && map.GetReceiver()?.Type is { } receiverType
               && Implements(receiverType, endpointRouteBuilder);
    }

    private string? ClassifyType(INamedTypeSymbol type)
    {
        if (type.DerivesFrom(controllerBase))
        {
            return "a controller";
        }

        if (type.DerivesFrom(backgroundService) || Implements(type, hostedService))
        {
            return "a hosted service";
        }

        if (httpContext is not null)
        {
            foreach (var member in type.GetMembers())
            {
                if (member is IMethodSymbol { Name: "InvokeAsync" or "Invoke", Parameters.Length: > 0 } invoke
                    && SymbolEqualityComparer.Default.Equals(invoke.Parameters[0].Type, httpContext))
                {
                    return "a middleware";
                }
            }
        }

        return null;
    }
}

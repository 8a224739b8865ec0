using Microsoft.CodeAnalysis;

namespace AksReady.Analyzers.Internal;

internal static class TypeSymbolExtensions
{
    /// <summary>True when <paramref name="type"/> is <paramref name="baseType"/> or derives from it (false when the base is absent).</summary>
    public static bool DerivesFrom(this ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        if (baseType is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }
}

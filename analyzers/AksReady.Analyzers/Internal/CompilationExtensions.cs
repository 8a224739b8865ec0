using Microsoft.CodeAnalysis;

namespace AksReady.Analyzers.Internal;

internal static class CompilationExtensions
{
    /// <summary>
    /// Like <c>Compilation.GetTypeByMetadataName</c>, but when several referenced assemblies define the same
    /// name (type forwarding, polyfills) it prefers the compilation's own type, then the single type that is
    /// accessible from the compilation, instead of returning <see langword="null"/>.
    /// </summary>
    public static INamedTypeSymbol? GetBestTypeByMetadataName(this Compilation compilation, string fullyQualifiedMetadataName)
    {
        INamedTypeSymbol? type = null;
        foreach (var candidate in compilation.GetTypesByMetadataName(fullyQualifiedMetadataName))
        {
            if (SymbolEqualityComparer.Default.Equals(candidate.ContainingAssembly, compilation.Assembly))
            {
                return candidate;
            }

            if (!IsAccessibleFromOutside(candidate) && !candidate.ContainingAssembly.GivesAccessTo(compilation.Assembly))
            {
                continue;
            }

            if (type is not null)
            {
                // Two accessible candidates: ambiguous.
                return null;
            }

            type = candidate;
        }

        return type;
    }

    /// <summary>True when the compilation references an assembly whose name equals or starts with one of the given names.</summary>
    public static bool ReferencesAssemblyStartingWith(this Compilation compilation, string[] prefixes)
    {
        foreach (var identity in compilation.ReferencedAssemblyNames)
        {
            foreach (var prefix in prefixes)
            {
                if (identity.Name.StartsWith(prefix, System.StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsAccessibleFromOutside(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility != Accessibility.Public)
            {
                return false;
            }
        }

        return true;
    }
}

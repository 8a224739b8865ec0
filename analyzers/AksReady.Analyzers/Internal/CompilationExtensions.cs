using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace AksReady.Analyzers.Internal;

internal static class CompilationExtensions
{
    /// <summary>
    /// Like <c>Compilation.GetTypeByMetadataName</c>, but when several referenced assemblies define the same
    /// name (type forwarding, polyfills) it prefers the compilation's own type, then the single type that is
    /// accessible from the compilation, instead of returning <see langword="null"/>.
    /// </summary>
    /// <remarks>
    /// A search of every reference loads the namespace in each of them (an ASP.NET Core project references ~190
    /// assemblies, most with a <c>System</c> or <c>Microsoft.*</c> namespace): measured at 1–5 ms per name against
    /// ~0.15 ms when only the assemblies that can hold the type are asked. So the compilation's own assembly is asked
    /// first, then the assemblies named after the type's namespace (<see cref="ReferenceIndex"/>), and every reference
    /// only when none of those defines the type. A type found in a likely assembly is taken even if some unrelated
    /// reference also defines that name (a polyfill): the framework's own type is the one the rules mean.
    /// </remarks>
    public static INamedTypeSymbol? GetBestTypeByMetadataName(this Compilation compilation, string fullyQualifiedMetadataName)
    {
        var own = compilation.Assembly.GetTypeByMetadataName(fullyQualifiedMetadataName);
        if (own is not null)
        {
            return own;
        }

        var index = ReferenceIndex.For(compilation);
        var likely = index.FindInLikelyAssemblies(compilation, fullyQualifiedMetadataName);
        if (likely is not null)
        {
            return likely;
        }

        return index.MayBeAnywhere(fullyQualifiedMetadataName) ? SearchAllReferences(compilation, fullyQualifiedMetadataName) : null;
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

    private static INamedTypeSymbol? SearchAllReferences(Compilation compilation, string fullyQualifiedMetadataName)
    {
        INamedTypeSymbol? type = null;
        foreach (var candidate in compilation.GetTypesByMetadataName(fullyQualifiedMetadataName))
        {
            if (SymbolEqualityComparer.Default.Equals(candidate.ContainingAssembly, compilation.Assembly))
            {
                return candidate;
            }

            if (!IsAccessibleFrom(candidate, compilation))
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

    private static bool IsAccessibleFrom(INamedTypeSymbol type, Compilation compilation)
        => IsAccessibleFromOutside(type) || type.ContainingAssembly.GivesAccessTo(compilation.Assembly);

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

    /// <summary>
    /// The referenced assemblies of one compilation by name, built once and shared by every AksReady analyzer of the
    /// compilation (the analyzers of one compilation run on several threads: the table is read-only once built).
    /// </summary>
    private sealed class ReferenceIndex
    {
        private static readonly ConditionalWeakTable<Compilation, ReferenceIndex> Indexes = new();
        private static readonly ConditionalWeakTable<Compilation, ReferenceIndex>.CreateValueCallback Create = static c => new ReferenceIndex(c);

        /// <summary>
        /// Types of the shared frameworks that live outside the assemblies named after their namespace (from the
        /// Microsoft.NETCore.App and Microsoft.AspNetCore.App reference packs).
        /// </summary>
        private static readonly Dictionary<string, string> KnownHomes = new(System.StringComparer.Ordinal)
        {
            ["Microsoft.AspNetCore.Builder.AuthorizationEndpointConventionBuilderExtensions"] = "Microsoft.AspNetCore.Authorization.Policy",
            ["Microsoft.AspNetCore.Builder.HealthCheckApplicationBuilderExtensions"] = "Microsoft.AspNetCore.Diagnostics.HealthChecks",
            ["Microsoft.AspNetCore.Builder.HealthCheckEndpointRouteBuilderExtensions"] = "Microsoft.AspNetCore.Diagnostics.HealthChecks",
            ["Microsoft.Extensions.DependencyInjection.IHealthChecksBuilder"] = "Microsoft.Extensions.Diagnostics.HealthChecks",
            ["Microsoft.Extensions.Hosting.GenericHostBuilderExtensions"] = "Microsoft.AspNetCore",
            ["System.Console"] = "System.Console",
            ["System.Diagnostics.Trace"] = "System.Diagnostics.TraceSource",
            ["System.Net.IPAddress"] = "System.Net.Primitives",
            ["System.Threading.Thread"] = "System.Threading.Thread",
        };

        private readonly Dictionary<string, IAssemblySymbol> byName = new(System.StringComparer.Ordinal);
        private readonly IAssemblySymbol? coreLibrary;

        private ReferenceIndex(Compilation compilation)
        {
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                // Two references with one name (extern aliases, different versions): the first wins, the full search decides the rest.
                if (!byName.ContainsKey(assembly.Name))
                {
                    byName.Add(assembly.Name, assembly);
                }
            }

            coreLibrary = compilation.ObjectType.ContainingAssembly;
        }

        public static ReferenceIndex For(Compilation compilation) => Indexes.GetValue(compilation, Create);

        /// <summary>
        /// Asks the core library and the assemblies named after a prefix of the type's namespace (<c>A.B</c>,
        /// <c>A.B.C</c>, each also with <c>.Abstractions</c> or <c>.Core</c>): Microsoft.Extensions.Logging.LoggerExtensions
        /// lives in Microsoft.Extensions.Logging.Abstractions, System.Net.Http.HttpClient in System.Net.Http,
        /// Serilog.ILogger in Serilog. Returns null when none of them defines an accessible type of that name.
        /// </summary>
        public INamedTypeSymbol? FindInLikelyAssemblies(Compilation compilation, string metadataName)
        {
            var namespaceEnd = metadataName.LastIndexOf('.');
            if (namespaceEnd <= 0)
            {
                return null;
            }

            INamedTypeSymbol? found = null;
            if (coreLibrary is not null && !TryAsk(coreLibrary, compilation, metadataName, ref found))
            {
                return null;
            }

            if (KnownHomes.TryGetValue(metadataName, out var home) && !TryAskByName(home, compilation, metadataName, ref found))
            {
                return null;
            }

            for (var end = metadataName.IndexOf('.'); end > 0 && end <= namespaceEnd; end = NextDot(metadataName, end, namespaceEnd))
            {
                var prefix = metadataName.Substring(0, end);
                if (!TryAskByName(prefix, compilation, metadataName, ref found)
                    || !TryAskByName(prefix + ".Abstractions", compilation, metadataName, ref found)
                    || !TryAskByName(prefix + ".Core", compilation, metadataName, ref found))
                {
                    return null;
                }
            }

            return found;
        }

        /// <summary>
        /// False when no reference can define the type: no referenced assembly is named after the first segment of its
        /// namespace (the first two for <c>Microsoft.*</c>; <c>System.*</c> types can be anywhere): <c>Serilog.ILogger</c>
        /// in a project without Serilog, <c>Microsoft.FeatureManagement.IFeatureManager</c> without FeatureManagement.
        /// Saves a search of every reference for a type that is not there, the common case for third-party types.
        /// </summary>
        public bool MayBeAnywhere(string metadataName)
        {
            var rootEnd = metadataName.IndexOf('.');
            if (rootEnd <= 0)
            {
                return true;
            }

            var root = metadataName.Substring(0, rootEnd);
            if (root == "System")
            {
                return true; // System.* types are everywhere (polyfills, facades).
            }

            if (root == "Microsoft")
            {
                // Microsoft.FeatureManagement.IFeatureManager: judged by "Microsoft.FeatureManagement".
                var secondEnd = metadataName.IndexOf('.', rootEnd + 1);
                if (secondEnd < 0)
                {
                    return true;
                }

                root = metadataName.Substring(0, secondEnd);
            }

            foreach (var name in byName.Keys)
            {
                if (name.StartsWith(root, System.StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static int NextDot(string name, int previous, int namespaceEnd)
        {
            if (previous == namespaceEnd)
            {
                return -1;
            }

            var next = name.IndexOf('.', previous + 1);
            return next < 0 || next > namespaceEnd ? namespaceEnd : next;
        }

        private bool TryAskByName(string assemblyName, Compilation compilation, string metadataName, ref INamedTypeSymbol? found)
            => !byName.TryGetValue(assemblyName, out var assembly)
               || SymbolEqualityComparer.Default.Equals(assembly, coreLibrary)
               || TryAsk(assembly, compilation, metadataName, ref found);

        /// <summary>False when a second accessible definition makes the likely assemblies ambiguous (the full search then decides).</summary>
        private static bool TryAsk(IAssemblySymbol assembly, Compilation compilation, string metadataName, ref INamedTypeSymbol? found)
        {
            var candidate = assembly.GetTypeByMetadataName(metadataName);
            if (candidate is null || !IsAccessibleFrom(candidate, compilation))
            {
                return true;
            }

            if (found is not null)
            {
                found = null;
                return false;
            }

            found = candidate;
            return true;
        }
    }
}

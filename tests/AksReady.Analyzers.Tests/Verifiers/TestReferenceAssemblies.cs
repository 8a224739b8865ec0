using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Testing;

namespace AksReady.Analyzers.Tests.Verifiers;

internal static class TestReferenceAssemblies
{
    /// <summary>.NET 8 + ASP.NET Core 8 targeting packs (restored from the NuGet feed on first use, then cached).</summary>
    public static readonly ReferenceAssemblies AspNetCore80 = ReferenceAssemblies.Net.Net80.AddPackages(
        ImmutableArray.Create(new PackageIdentity("Microsoft.AspNetCore.App.Ref", "8.0.31")));

    /// <summary>ASP.NET Core 8 plus Serilog 4 (for the AKS3xxx logging rules).</summary>
    public static readonly ReferenceAssemblies AspNetCore80WithSerilog = AspNetCore80.AddPackages(
        ImmutableArray.Create(new PackageIdentity("Serilog", "4.3.0")));
}

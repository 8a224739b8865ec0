using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
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

    /// <summary>
    /// Installs every package above into the testing library's disk cache before any test reads a field. On a cold cache
    /// (a fresh machine, an emptied temp folder) the first resolution returned only the .NET reference pack, without the
    /// packages it had just downloaded (CS0234 on <c>Microsoft.AspNetCore</c> and <c>Serilog</c>), and the testing library
    /// keeps that result for the process: 14 analyzer tests failed on every cold run. Equal <see cref="ReferenceAssemblies"/>
    /// values are interned, so the warm-up lists the packages in another order to get an instance of its own and takes that
    /// first resolution; the fields then resolve from a warm cache. The runtime runs this constructor once and holds every
    /// other thread until it has finished.
    /// </summary>
    static TestReferenceAssemblies()
    {
        var warmUp = ReferenceAssemblies.Net.Net80.AddPackages(ImmutableArray.CreateRange(AspNetCore80WithSerilog.Packages.Reverse()));
        warmUp.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult();
    }
}

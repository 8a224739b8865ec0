using AksReady.Analyzers.Internal;
using AksReady.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AksReady.Analyzers.Tests.Internal;

/// <summary>
/// GetBestTypeByMetadataName asks the assemblies a type can live in before it searches every reference: these tests pin
/// that the answer is the same type the full search finds, on the real .NET 8 + ASP.NET Core 8 + Serilog reference assemblies.
/// </summary>
public sealed class CompilationExtensionsTests
{
    [Theory]
    [InlineData("System.Exception", "System.Runtime")]
    [InlineData("System.Net.Http.HttpClient", "System.Net.Http")]
    [InlineData("Microsoft.Extensions.Logging.LoggerExtensions", "Microsoft.Extensions.Logging.Abstractions")]
    [InlineData("Microsoft.Extensions.Hosting.BackgroundService", "Microsoft.Extensions.Hosting.Abstractions")]
    [InlineData("Microsoft.AspNetCore.Builder.WebApplication", "Microsoft.AspNetCore")]
    [InlineData("Microsoft.AspNetCore.Mvc.ControllerBase", "Microsoft.AspNetCore.Mvc.Core")]
    [InlineData("Microsoft.AspNetCore.Builder.HealthCheckEndpointRouteBuilderExtensions", "Microsoft.AspNetCore.Diagnostics.HealthChecks")]
    [InlineData("System.Console", "System.Console")]
    [InlineData("System.Net.IPAddress", "System.Net.Primitives")]
    [InlineData("Serilog.ILogger", "Serilog")]
    public async Task FindsTheFrameworkType_InTheAssemblyThatDefinesIt(string metadataName, string assemblyName)
    {
        var compilation = await CreateCompilationAsync("class C { }");

        var type = compilation.GetBestTypeByMetadataName(metadataName);

        Assert.NotNull(type);
        Assert.Equal(assemblyName, type!.ContainingAssembly.Name);
        Assert.Equal(type, Assert.Single(compilation.GetTypesByMetadataName(metadataName)), SymbolEqualityComparer.Default);
    }

    [Fact]
    public async Task PrefersTheCompilationsOwnType()
    {
        var compilation = await CreateCompilationAsync("namespace System.Net.Http { public class HttpClient { } }");

        var type = compilation.GetBestTypeByMetadataName("System.Net.Http.HttpClient");

        Assert.NotNull(type);
        Assert.Equal(compilation.Assembly, type!.ContainingAssembly, SymbolEqualityComparer.Default);
    }

    [Theory]
    [InlineData("Microsoft.FeatureManagement.IFeatureManager")]
    [InlineData("Polly.ResiliencePipeline")]
    [InlineData("System.Net.Http.NoSuchType")]
    public async Task ReturnsNull_WhenNoReferenceDefinesTheType(string metadataName)
    {
        var compilation = await CreateCompilationAsync("class C { }");

        Assert.Null(compilation.GetBestTypeByMetadataName(metadataName));
    }

    [Fact]
    public async Task FindsAThirdPartyType_DefinedInAReferencedProjectNamedAfterIt()
    {
        var library = await CreateCompilationAsync(
            "namespace Microsoft.FeatureManagement { public interface IFeatureManager { } }", "Microsoft.FeatureManagement");
        var compilation = (await CreateCompilationAsync("class C { }")).AddReferences(library.ToMetadataReference());

        var type = compilation.GetBestTypeByMetadataName("Microsoft.FeatureManagement.IFeatureManager");

        Assert.NotNull(type);
        Assert.Equal("Microsoft.FeatureManagement", type!.ContainingAssembly.Name);
    }

    [Fact]
    public async Task FindsASystemTypeDefinedOutsideTheFramework_BySearchingEveryReference()
    {
        // A System.* type that no framework assembly of the target defines: the full search still finds a public one.
        var library = await CreateCompilationAsync("namespace System.Text.Polyfills { public static class Shim { } }", "Some.Polyfills");
        var compilation = (await CreateCompilationAsync("class C { }")).AddReferences(library.ToMetadataReference());

        var type = compilation.GetBestTypeByMetadataName("System.Text.Polyfills.Shim");

        Assert.NotNull(type);
        Assert.Equal("Some.Polyfills", type!.ContainingAssembly.Name);
    }

    [Fact]
    public async Task TestProjectDetector_AnswersOncePerCompilation_AndSeesTestFrameworks()
    {
        var app = await CreateCompilationAsync("class C { }");
        var tests = app.AddReferences(
            (await CreateCompilationAsync("namespace Xunit { public class FactAttribute : System.Attribute { } }", "xunit.core")).ToMetadataReference());

        Assert.False(TestProjectDetector.IsTestProject(app));
        Assert.False(TestProjectDetector.IsTestProject(app));
        Assert.True(TestProjectDetector.IsTestProject(tests));
    }

    private static async Task<Compilation> CreateCompilationAsync(string source, string assemblyName = "App")
    {
        var references = await TestReferenceAssemblies.AspNetCore80WithSerilog.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        return CSharpCompilation.Create(
            assemblyName,
            new[] { CSharpSyntaxTree.ParseText(source) },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }
}

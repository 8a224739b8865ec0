namespace AksReady.Analyzers.Tests.Verifiers;

/// <summary>
/// Test classes that compile against <see cref="TestReferenceAssemblies.AspNetCore80WithSerilog"/> share this
/// collection, so they do not run in parallel: on a cold package cache, concurrent first resolutions of the Serilog
/// package can race and one test compiles without Serilog.dll.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SerilogCollection
{
    public const string Name = "Serilog reference assemblies";
}

using System.Reflection;

namespace AksReady.Sdk.Tests.Infrastructure;

internal static class TestPaths
{
    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    public static string ProjectDirectory => Metadata("AksReady.TestProjectDirectory");

    public static string RepoRoot => Metadata("AksReady.RepoRoot");

    public static string GoldenDirectory => Path.Combine(ProjectDirectory, "Golden");

    public static string SchemaDirectory => Path.Combine(ProjectDirectory, "Schemas");

    public static string SdkDirectory => Path.Combine(RepoRoot, "src", "AksReady.Sdk");

    /// <summary>The task assembly built next to the tests (net8.0 build of src/AksReady.Sdk).</summary>
    public static string TaskAssembly => typeof(AksReady.Sdk.Tasks.GenerateDeploymentArtifacts).Assembly.Location;
}

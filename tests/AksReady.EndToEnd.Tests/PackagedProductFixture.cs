using System.Text.RegularExpressions;

namespace AksReady.EndToEnd.Tests;

/// <summary>
/// The product as a user receives it: the four packages in a local feed, a NuGet.config that points at it,
/// a package cache of its own (so a re-packed 0.1.0 is never served stale from ~/.nuget), and a template hive
/// of its own (so tests never touch the user's installed templates).
/// </summary>
public sealed partial class PackagedProductFixture : IAsyncLifetime
{
    public static readonly string[] PackageIds = ["AksReady.Analyzers", "AksReady.Sdk", "AksReady.Hosting", "AksReady.Templates"];

    public string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>A folder outside the repository, so the repository's Directory.Build.props never applies.</summary>
    public string WorkRoot { get; } = Path.Combine(Path.GetTempPath(), "aksready-e2e-" + Guid.NewGuid().ToString("N")[..8]);

    public string FeedDirectory => Path.Combine(WorkRoot, "feed");

    public string TemplateHive => Path.Combine(WorkRoot, "template-hive");

    public string PackageCache { get; private set; } = "";

    public string PackageVersion { get; private set; } = "";

    public IDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = PackageCache,
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
    };

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(FeedDirectory);

        // tests/run.sh packs once for the whole suite and passes the folder; otherwise (IDE, single test run) pack here.
        var packed = System.Environment.GetEnvironmentVariable("AKSREADY_PACKAGES");
        if (string.IsNullOrEmpty(packed))
        {
            packed = Path.Combine(WorkRoot, "packed");
            await ProcessRunner.RunAsync("dotnet", ["pack", Path.Combine(RepositoryRoot, "AksReady.sln"), "-c", "Release", "-o", packed, "-tl:off"], RepositoryRoot)
                .ContinueWith(t => t.Result.EnsureSuccess("dotnet pack"));
        }

        foreach (var id in PackageIds)
        {
            var package = Directory.GetFiles(packed, id + ".*.nupkg").SingleOrDefault(p => VersionOf(id, p) is not null)
                ?? throw new InvalidOperationException($"No {id} package in {packed}.");
            PackageVersion = VersionOf(id, package)!;
            File.Copy(package, Path.Combine(FeedDirectory, Path.GetFileName(package)), overwrite: true);
        }

        PackageCache = Path.Combine(RepositoryRoot, "artifacts", "e2e-nuget-cache");
        Directory.CreateDirectory(PackageCache);
        foreach (var id in PackageIds)
        {
            var cached = Path.Combine(PackageCache, id.ToLowerInvariant());
            if (Directory.Exists(cached))
            {
                Directory.Delete(cached, recursive: true);
            }
        }

        File.WriteAllText(Path.Combine(WorkRoot, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="aksready-local" value="{FeedDirectory}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);

        var templatePackage = Directory.GetFiles(FeedDirectory, "AksReady.Templates.*.nupkg").Single();
        (await ProcessRunner.RunAsync("dotnet", ["new", "install", templatePackage, "--debug:custom-hive", TemplateHive], WorkRoot, Environment))
            .EnsureSuccess("dotnet new install");
    }

    public Task DisposeAsync()
    {
        if (System.Environment.GetEnvironmentVariable("AKSREADY_KEEP_E2E") != "1")
        {
            try { Directory.Delete(WorkRoot, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }

        return Task.CompletedTask;
    }

    /// <summary>A new, empty project folder under the work root (which holds the NuGet.config).</summary>
    public string NewProjectDirectory(string name)
    {
        var directory = Path.Combine(WorkRoot, name);
        Directory.CreateDirectory(directory);
        return directory;
    }

    public Task<ProcessResult> DotnetAsync(string workingDirectory, params string[] arguments)
        => ProcessRunner.RunAsync("dotnet", arguments, workingDirectory, Environment);

    /// <summary>The folder named by the build's single "AksReady: wrote deployment artifacts for X to DIR" line.</summary>
    public static string ReportedOutputDirectory(string buildOutput, string projectName)
    {
        var matches = WroteArtifactsLine().Matches(buildOutput).Where(m => m.Groups["project"].Value == projectName).ToList();
        Assert.True(matches.Count == 1, $"Expected exactly one 'AksReady: wrote deployment artifacts for {projectName}' line, found {matches.Count}:{System.Environment.NewLine}{buildOutput}");
        return matches[0].Groups["dir"].Value.Trim();
    }

    [GeneratedRegex(@"AksReady: wrote deployment artifacts for (?<project>\S+) to (?<dir>.+?)\s*$", RegexOptions.Multiline)]
    private static partial Regex WroteArtifactsLine();

    private static string? VersionOf(string id, string packagePath)
    {
        // AksReady.Sdk.0.1.0.nupkg must not be mistaken for AksReady.Sdk.Something.0.1.0.nupkg.
        var name = Path.GetFileNameWithoutExtension(packagePath);
        var version = name[(id.Length + 1)..];
        return version.Length > 0 && char.IsDigit(version[0]) ? version : null;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AksReady.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("AksReady.sln not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class PackagedProductCollection : ICollectionFixture<PackagedProductFixture>
{
    public const string Name = "Packaged product";
}

namespace AksReady.Tests.Shared;

/// <summary>
/// Compares produced text with a golden file kept under the test project. Set AKSREADY_ACCEPT_GOLDEN=1 to
/// (re)write the golden files from the current output instead, then review the diff before committing.
/// </summary>
public static class GoldenFile
{
    public static bool Accepting => Environment.GetEnvironmentVariable("AKSREADY_ACCEPT_GOLDEN") == "1";

    /// <param name="goldenPath">Path relative to the test project's source folder.</param>
    /// <param name="actual">The produced text.</param>
    /// <param name="sourceDirectory">The test project's source folder (see <see cref="TestProjectDirectory"/>).</param>
    public static void AssertMatches(string goldenPath, string actual, string sourceDirectory)
    {
        var path = Path.Combine(sourceDirectory, goldenPath);
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Accepting)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        if (!File.Exists(path))
        {
            throw new Xunit.Sdk.XunitException($"Golden file {goldenPath} does not exist. Run the tests with AKSREADY_ACCEPT_GOLDEN=1 to create it, then review it.");
        }

        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected != actual)
        {
            var expectedLines = expected.Split('\n');
            var actualLines = actual.Split('\n');
            var line = 0;
            while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
            {
                line++;
            }

            throw new Xunit.Sdk.XunitException(
                $"{goldenPath} differs at line {line + 1}:{Environment.NewLine}" +
                $"  expected: {(line < expectedLines.Length ? expectedLines[line] : "<end of file>")}{Environment.NewLine}" +
                $"  actual:   {(line < actualLines.Length ? actualLines[line] : "<end of file>")}{Environment.NewLine}" +
                "Run with AKSREADY_ACCEPT_GOLDEN=1 to accept the new output.");
        }
    }

    /// <summary>The source folder of the calling test project (the folder that holds its .csproj), found from the build output.</summary>
    public static string TestProjectDirectory(string projectName)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, projectName + ".csproj")))
            {
                return directory.FullName;
            }

            var candidate = Path.Combine(directory.FullName, "tests", projectName);
            if (File.Exists(Path.Combine(candidate, projectName + ".csproj")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"{projectName}.csproj not found above {AppContext.BaseDirectory}");
    }
}

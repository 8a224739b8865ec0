namespace AksReady.Sdk.Tests.Infrastructure;

/// <summary>Compares output with a file under Golden/; AKSREADY_ACCEPT_GOLDEN=1 rewrites the file instead.</summary>
internal static class Golden
{
    public static bool Accepting => Environment.GetEnvironmentVariable("AKSREADY_ACCEPT_GOLDEN") == "1";

    public static void Verify(string name, string actual)
    {
        var path = Path.Combine(TestPaths.GoldenDirectory, name);
        if (Accepting)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing. Run the tests with AKSREADY_ACCEPT_GOLDEN=1 to create it, then review it.");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n");
        if (expected != actual)
        {
            var e = expected.Split('\n');
            var a = actual.Split('\n');
            var line = 0;
            while (line < e.Length && line < a.Length && e[line] == a[line])
            {
                line++;
            }

            Assert.Fail($"{name} differs from its golden file at line {line + 1}:\n  expected: {(line < e.Length ? e[line] : "<end>")}\n  actual:   {(line < a.Length ? a[line] : "<end>")}\n" +
                "If the change is intended, run the tests with AKSREADY_ACCEPT_GOLDEN=1 and review the diff.");
        }
    }
}

using System.Diagnostics;

namespace AksReady.Sdk.Tests.Infrastructure;

/// <summary>
/// Finds helm and kubectl: AKSREADY_TOOLS_BIN, then PATH, then (once per test run) tests/tools/install-k8s-tools.sh,
/// which is idempotent and prints the folder it installed to. A tool that is still missing fails the test with the
/// reason (never a silent pass), on CI (CI=true) and locally alike.
/// </summary>
internal static class K8sTools
{
    private static readonly Lazy<string?> s_installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Kubectl => Require("kubectl");

    public static string Helm => Require("helm");

    private static string Require(string tool)
    {
        var found = Find(tool);
        if (found == null && s_installed.Value is string dir && File.Exists(Path.Combine(dir, tool)))
        {
            found = Path.Combine(dir, tool);
        }

        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        Assert.True(found != null, $"{tool} was not found in AKSREADY_TOOLS_BIN, on PATH, or after running tests/tools/install-k8s-tools.sh{(ci ? " (CI=true: the tools are required)" : string.Empty)}. Run 'bash tests/tools/install-k8s-tools.sh' and export AKSREADY_TOOLS_BIN.");
        return found!;
    }

    private static string? Find(string tool)
    {
        var dirs = new[] { Environment.GetEnvironmentVariable("AKSREADY_TOOLS_BIN") }
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator));
        return dirs.Where(d => !string.IsNullOrEmpty(d)).Select(d => Path.Combine(d!, tool)).FirstOrDefault(File.Exists);
    }

    private static string? Install()
    {
        var script = Path.Combine(TestPaths.RepoRoot, "tests", "tools", "install-k8s-tools.sh");
        if (!File.Exists(script))
        {
            return null;
        }

        var (code, stdout, _) = Run("bash", new[] { script }, TimeSpan.FromMinutes(5));
        return code == 0 ? stdout.Trim().Split('\n').Last().Trim() : null;
    }

    /// <summary>Runs a process and returns its exit code, stdout and stderr.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(string file, IEnumerable<string> args, TimeSpan? timeout = null)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{file} {string.Join(' ', args)} timed out");
        }

        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}

using System.Diagnostics;
using System.Runtime.InteropServices;
using AksReady.Hosting.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;
using Xunit.Abstractions;

namespace AksReady.Hosting.Tests;

/// <summary>Real directories and symlinks laid out the way the kubelet writes a secret volume.</summary>
public sealed class SecretFilesConfigurationTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("aksready-secrets-").FullName;
    private int _generation;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Load_ReadsKubernetesLayout_SkipsDotEntries_MapsSections_TrimsNewline()
    {
        WriteKubernetesVolume(new() { ["password"] = "s3cret\n", ["ConnectionStrings__Db"] = "Server=db;", ["crlf"] = "v\r\n" });
        File.WriteAllText(Path.Combine(_root, ".hidden"), "x");

        using var config = (IDisposable)new ConfigurationBuilder().AddAksReadySecretFiles(_root).Build();
        var root = (IConfigurationRoot)config;

        Assert.Equal("s3cret", root["password"]);
        Assert.Equal("Server=db;", root["ConnectionStrings:Db"]);
        Assert.Equal("v", root["crlf"]);
        Assert.Null(root["..data"]);
        Assert.Null(root[".hidden"]);
        Assert.Equal(3, root.AsEnumerable().Count(kv => kv.Value is not null));
    }

    [Fact]
    public async Task SymlinkSwap_ReloadsWithinFiveSeconds_WithoutPolling()
    {
        Assert.NotEqual("1", Environment.GetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER"));
        WriteKubernetesVolume(new() { ["password"] = "old", ["removed"] = "gone-soon" });
        using var config = (IDisposable)new ConfigurationBuilder().AddAksReadySecretFiles(_root).Build();
        var root = (IConfigurationRoot)config;
        Assert.Equal("old", root["password"]);

        var reloaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = ChangeToken.OnChange(root.GetReloadToken, () => reloaded.TrySetResult());

        var watch = Stopwatch.StartNew();
        WriteKubernetesVolume(new() { ["password"] = "new", ["added"] = "hello" });
        await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(5));
        output.WriteLine($"symlink swap seen after {watch.Elapsed.TotalMilliseconds:F0} ms");

        Assert.Equal("new", root["password"]);
        Assert.Equal("hello", root["added"]);
        Assert.Null(root["removed"]);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task RepeatedSwaps_AreAllSeen()
    {
        WriteKubernetesVolume(new() { ["n"] = "0" });
        using var config = (IDisposable)new ConfigurationBuilder().AddAksReadySecretFiles(_root).Build();
        var root = (IConfigurationRoot)config;

        for (var i = 1; i <= 3; i++)
        {
            var reloaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using var subscription = ChangeToken.OnChange(root.GetReloadToken, () => reloaded.TrySetResult());
            WriteKubernetesVolume(new() { ["n"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(5));
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), root["n"]);
        }
    }

    [Fact]
    public async Task PlainFileOverwrite_IsSeenToo()
    {
        File.WriteAllText(Path.Combine(_root, "token"), "a");
        using var config = (IDisposable)new ConfigurationBuilder().AddAksReadySecretFiles(_root).Build();
        var root = (IConfigurationRoot)config;

        var reloaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = ChangeToken.OnChange(root.GetReloadToken, () => reloaded.TrySetResult());
        File.WriteAllText(Path.Combine(_root, "token"), "b");
        await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal("b", root["token"]);
    }

    [Fact]
    public async Task ReloadOnChangeFalse_DoesNotReload()
    {
        File.WriteAllText(Path.Combine(_root, "token"), "a");
        var root = new ConfigurationBuilder().AddAksReadySecretFiles(_root, reloadOnChange: false).Build();
        File.WriteAllText(Path.Combine(_root, "token"), "b");
        await Task.Delay(600);
        Assert.Equal("a", root["token"]);
        ((IDisposable)root).Dispose();
    }

    [Fact]
    public void MissingDirectory_RequiredThrowsClearMessage_OptionalIsEmpty()
    {
        var missing = Path.Combine(_root, "not-mounted");
        var ex = Assert.Throws<DirectoryNotFoundException>(() => new ConfigurationBuilder().AddAksReadySecretFiles(missing).Build());
        Assert.Contains(missing, ex.Message, StringComparison.Ordinal);

        var root = new ConfigurationBuilder().AddAksReadySecretFiles(missing, optional: true).Build();
        Assert.Empty(root.AsEnumerable());
    }

    [Fact]
    public void KeyPrefix_AndCustomDelimiter()
    {
        File.WriteAllText(Path.Combine(_root, "Db.Password"), "p");
        var root = new ConfigurationBuilder().AddAksReadySecretFiles(s =>
        {
            s.Path = _root;
            s.KeyPrefix = "Secrets";
            s.SectionDelimiter = ".";
            s.ReloadOnChange = false;
        }).Build();
        Assert.Equal("p", root["Secrets:Db:Password"]);
    }

    [Fact]
    public void NullGuards()
    {
        IConfigurationBuilder builder = new ConfigurationBuilder();
        Assert.Throws<ArgumentNullException>("builder", () => ((IConfigurationBuilder)null!).AddAksReadySecretFiles("/x"));
        Assert.Throws<ArgumentNullException>("directoryPath", () => builder.AddAksReadySecretFiles((string)null!));
        Assert.Throws<ArgumentNullException>("configureSource", () => builder.AddAksReadySecretFiles((Action<SecretFilesConfigurationSource>)null!));
        Assert.Throws<ArgumentNullException>("source", () => new SecretFilesConfigurationProvider(null!));
        Assert.ThrowsAny<ArgumentException>(() => new SecretFilesConfigurationProvider(new SecretFilesConfigurationSource()));
    }

    [DllImport("libc", EntryPoint = "rename", SetLastError = true)]
    private static extern int Rename([MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath);

    /// <summary>
    /// What the kubelet's AtomicWriter does: write a new timestamped folder, point ..data_tmp at it, rename ..data_tmp over
    /// ..data (atomic), make sure every key has a top-level symlink into ..data, remove stale ones and the old folder.
    /// </summary>
    private void WriteKubernetesVolume(Dictionary<string, string> files)
    {
        var dataDir = $"..2026_11_25_{Interlocked.Increment(ref _generation):D4}";
        var dataPath = Path.Combine(_root, dataDir);
        Directory.CreateDirectory(dataPath);
        foreach (var (name, content) in files)
        {
            File.WriteAllText(Path.Combine(dataPath, name), content);
        }

        var dataLink = Path.Combine(_root, "..data");
        var oldTarget = File.Exists(dataLink) || Directory.Exists(dataLink) ? new FileInfo(dataLink).LinkTarget : null;
        var tmpLink = Path.Combine(_root, "..data_tmp");
        File.CreateSymbolicLink(tmpLink, dataDir);
        Assert.Equal(0, Rename(tmpLink, dataLink)); // rename(2): atomic swap of the symlink, as the kubelet does

        foreach (var name in files.Keys)
        {
            var link = Path.Combine(_root, name);
            if (new FileInfo(link).LinkTarget is null)
            {
                File.CreateSymbolicLink(link, Path.Combine("..data", name));
            }
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(_root))
        {
            var name = Path.GetFileName(entry);
            if (!name.StartsWith('.') && !files.ContainsKey(name) && new FileInfo(entry).LinkTarget is not null)
            {
                File.Delete(entry);
            }
        }

        if (oldTarget is not null)
        {
            Directory.Delete(Path.Combine(_root, oldTarget), recursive: true);
        }
    }
}

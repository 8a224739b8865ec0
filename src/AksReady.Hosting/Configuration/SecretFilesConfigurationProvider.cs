using Microsoft.Extensions.Configuration;

namespace AksReady.Hosting.Configuration;

/// <summary>
/// Loads <see cref="SecretFilesConfigurationSource"/> and reloads it when the directory changes.
/// </summary>
public sealed class SecretFilesConfigurationProvider : ConfigurationProvider, IDisposable
{
    private const int MaxReadRetries = 5;

    private readonly SecretFilesConfigurationSource _source;
    private readonly object _gate = new();
    private FileSystemWatcher? _watcher;
    private Timer? _timer;
    private int _failedReads;
    private bool _disposed;

    /// <summary>Initializes a new instance of the <see cref="SecretFilesConfigurationProvider"/> class.</summary>
    /// <param name="source">The source settings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><see cref="SecretFilesConfigurationSource.Path"/> is empty.</exception>
    public SecretFilesConfigurationProvider(SecretFilesConfigurationSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(source.Path, "source.Path");
        _source = source;
    }

    /// <summary>Gets the number of completed reloads (for diagnostics and tests).</summary>
    public int ReloadCount { get; private set; }

    /// <summary>Reads every file of the directory and, on the first call, starts watching it.</summary>
    /// <exception cref="DirectoryNotFoundException">The directory is missing and the source is not optional.</exception>
    public override void Load()
    {
        var directory = _source.Path;
        if (!Directory.Exists(directory))
        {
            if (!_source.Optional)
            {
                throw new DirectoryNotFoundException(
                    $"The secret directory '{directory}' does not exist. Mount the secret volume there, or add it with optional: true.");
            }

            Data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            return;
        }

        Data = Read(directory);
        StartWatching(directory);
    }

    /// <inheritdoc />
    public override string ToString() => $"{nameof(SecretFilesConfigurationProvider)} for '{_source.Path}' ({(_source.Optional ? "Optional" : "Required")})";

    /// <summary>Stops watching the directory.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _watcher?.Dispose();
            _watcher = null;
            _timer?.Dispose();
            _timer = null;
        }
    }

    private Dictionary<string, string?> Read(string directory)
    {
        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var prefix = string.IsNullOrEmpty(_source.KeyPrefix) ? string.Empty : _source.KeyPrefix + ConfigurationPath.KeyDelimiter;
        foreach (var entry in Directory.EnumerateFileSystemEntries(directory))
        {
            var name = System.IO.Path.GetFileName(entry);
            if (name.StartsWith('.') || Directory.Exists(entry))
            {
                continue;
            }

            if (_source.JsonFiles && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                JsonFlattener.Flatten(File.ReadAllText(entry), prefix, data, entry);
                continue;
            }

            var key = prefix + name.Replace(_source.SectionDelimiter, ConfigurationPath.KeyDelimiter, StringComparison.Ordinal);
            data[key] = TrimTrailingNewLine(File.ReadAllText(entry));
        }

        return data;
    }

    private static string TrimTrailingNewLine(string value) =>
        value.EndsWith("\r\n", StringComparison.Ordinal) ? value[..^2]
        : value.EndsWith('\n') ? value[..^1]
        : value;

    private void StartWatching(string directory)
    {
        lock (_gate)
        {
            if (!_source.ReloadOnChange || _watcher is not null || _disposed)
            {
                return;
            }

            _timer = new Timer(_ => Reload(), null, Timeout.Infinite, Timeout.Infinite);

            // One watch on the directory itself, not on the files: the files are symlinks through ..data, and the
            // kubelet replaces ..data with an atomic rename, which inotify reports as a change of this directory.
            var watcher = new FileSystemWatcher(directory)
            {
                IncludeSubdirectories = false,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.CreationTime | NotifyFilters.Size,
            };
            watcher.Changed += OnChanged;
            watcher.Created += OnChanged;
            watcher.Deleted += OnChanged;
            watcher.Renamed += OnChanged;
            watcher.Error += (_, _) => ScheduleReload();
            watcher.EnableRaisingEvents = true;
            _watcher = watcher;
        }
    }

    private void OnChanged(object sender, FileSystemEventArgs e) => ScheduleReload();

    private void ScheduleReload()
    {
        lock (_gate)
        {
            _timer?.Change(_source.ReloadDelay, Timeout.InfiniteTimeSpan);
        }
    }

    private void Reload()
    {
        Dictionary<string, string?> data;
        try
        {
            data = Directory.Exists(_source.Path) ? Read(_source.Path) : new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            _failedReads = 0;
        }
        catch (IOException) when (++_failedReads <= MaxReadRetries)
        {
            // The update is still in progress (a file vanished between listing and reading): keep the old values and retry.
            ScheduleReload();
            return;
        }
        catch (UnauthorizedAccessException) when (++_failedReads <= MaxReadRetries)
        {
            ScheduleReload();
            return;
        }
        catch (InvalidDataException)
        {
            // A .json file that does not parse (JsonFiles): retry in case it was half written, then keep the old values.
            if (++_failedReads <= MaxReadRetries)
            {
                ScheduleReload();
            }

            return;
        }

        if (SameAs(data))
        {
            return;
        }

        Data = data;
        ReloadCount++;
        OnReload();
    }

    private bool SameAs(Dictionary<string, string?> data)
    {
        if (data.Count != Data.Count)
        {
            return false;
        }

        foreach (var (key, value) in data)
        {
            if (!Data.TryGetValue(key, out var current) || !string.Equals(current, value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}

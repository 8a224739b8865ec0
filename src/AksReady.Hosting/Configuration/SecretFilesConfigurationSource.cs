using Microsoft.Extensions.Configuration;

namespace AksReady.Hosting.Configuration;

/// <summary>
/// Configuration from a directory with one file per key: a Kubernetes secret or config map volume, a CSI secrets-store
/// volume, or Docker secrets. Reloads when Kubernetes swaps the volume's <c>..data</c> symlink.
/// </summary>
/// <remarks>
/// Add with <c>builder.Configuration.AddAksReadySecretFiles("/mnt/secrets")</c>.
/// File names are keys (<c>ConnectionStrings__Db</c> → <c>ConnectionStrings:Db</c>); names starting with <c>.</c>
/// (Kubernetes' <c>..data</c> and timestamped folders, hidden files) and sub-directories are skipped; one trailing
/// newline is trimmed from each value.
/// </remarks>
public sealed class SecretFilesConfigurationSource : IConfigurationSource
{
    /// <summary>Gets or sets the directory that holds the files.</summary>
    public string Path { get; set; } = string.Empty;

    /// <summary>Gets or sets a value indicating whether a missing directory is allowed (no keys).</summary>
    /// <value>Defaults to <see langword="false"/>: a missing directory throws <see cref="DirectoryNotFoundException"/> when the configuration is built.</value>
    public bool Optional { get; set; }

    /// <summary>Gets or sets a value indicating whether to reload when the files change.</summary>
    /// <value>
    /// Defaults to <see langword="true"/>. Uses one inotify watch on the directory itself (no polling): the atomic rename of
    /// <c>..data_tmp</c> to <c>..data</c> that the kubelet does on every secret update is a change in that directory.
    /// </value>
    public bool ReloadOnChange { get; set; } = true;

    /// <summary>Gets or sets how long to wait after the last change before reading the files again.</summary>
    /// <value>Defaults to 250 ms, which coalesces the create, rename and delete steps of one Kubernetes update.</value>
    public TimeSpan ReloadDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Gets or sets the part of a file name that separates configuration sections.</summary>
    /// <value>Defaults to <c>__</c> (double underscore), as in environment variables and KeyPerFile.</value>
    public string SectionDelimiter { get; set; } = "__";

    /// <summary>Gets or sets a value indicating whether files whose name ends in <c>.json</c> are read as JSON documents.</summary>
    /// <value>
    /// Defaults to <see langword="false"/> (every file is one key). When <see langword="true"/>, a <c>.json</c> file contributes
    /// its flattened content (<c>{"a":{"b":1}}</c> → <c>a:b</c>, array items by index) instead of one key named after the
    /// file: a config map with a <c>feature-flags.json</c> key, for example. Other files are still one key each.
    /// </value>
    public bool JsonFiles { get; set; }

    /// <summary>Gets or sets an optional prefix for every key, for example <c>Secrets</c> gives <c>Secrets:password</c>.</summary>
    public string? KeyPrefix { get; set; }

    /// <inheritdoc />
    public IConfigurationProvider Build(IConfigurationBuilder builder) => new SecretFilesConfigurationProvider(this);
}

using AksReady.Hosting.Configuration;

namespace Microsoft.Extensions.Configuration;

/// <summary>
/// Adds configuration from a directory with one file per key (Kubernetes secret volumes, CSI secrets-store volumes).
/// </summary>
public static class SecretFilesConfigurationExtensions
{
    /// <summary>
    /// Adds the files of <paramref name="directoryPath"/> as configuration keys, reloaded when Kubernetes updates the volume.
    /// </summary>
    /// <param name="builder">The configuration builder, for example <c>builder.Configuration</c>.</param>
    /// <param name="directoryPath">The mount path of the volume, for example <c>/mnt/secrets</c>.</param>
    /// <param name="optional">Whether a missing directory is allowed.</param>
    /// <param name="reloadOnChange">Whether to reload when the files change (an inotify watch on the directory, no polling).</param>
    /// <returns>The same <paramref name="builder"/>, for chaining.</returns>
    /// <remarks>
    /// Unlike <c>AddKeyPerFile(..., reloadOnChange: true)</c>, this notices the <c>..data</c> symlink swap that the kubelet
    /// performs on every secret update, within about a quarter of a second, without <c>DOTNET_USE_POLLING_FILE_WATCHER</c>.
    /// Kubernetes itself propagates a changed secret to the volume only every kubelet sync period (about a minute),
    /// and never for volumes mounted with <c>subPath</c>.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="directoryPath"/> is <see langword="null"/>.</exception>
    public static IConfigurationBuilder AddAksReadySecretFiles(this IConfigurationBuilder builder, string directoryPath, bool optional = false, bool reloadOnChange = true)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(directoryPath);
        return builder.AddAksReadySecretFiles(source =>
        {
            source.Path = directoryPath;
            source.Optional = optional;
            source.ReloadOnChange = reloadOnChange;
        });
    }

    /// <summary>Adds a <see cref="SecretFilesConfigurationSource"/> configured by <paramref name="configureSource"/>.</summary>
    /// <param name="builder">The configuration builder.</param>
    /// <param name="configureSource">Sets the path and the other settings of the source.</param>
    /// <returns>The same <paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="configureSource"/> is <see langword="null"/>.</exception>
    public static IConfigurationBuilder AddAksReadySecretFiles(this IConfigurationBuilder builder, Action<SecretFilesConfigurationSource> configureSource)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configureSource);
        var source = new SecretFilesConfigurationSource();
        configureSource(source);
        return builder.Add(source);
    }
}

namespace AksReady.Hosting;

/// <summary>Feature flag settings: configuration section <c>AksReady:FeatureFlags</c>.</summary>
public sealed class AksReadyFeatureFlagsOptions
{
    /// <summary>The default directory a feature-flag config map is mounted at: <c>/etc/aksready/feature-flags</c>.</summary>
    public const string DefaultDirectory = "/etc/aksready/feature-flags";

    /// <summary>Gets or sets a value indicating whether <c>AddAksReady</c> adds Microsoft.FeatureManagement.</summary>
    /// <value>Defaults to <see langword="true"/>. Configuration key <c>AksReady:FeatureFlags:Enabled</c>. Read when <c>AddAksReady</c> runs.</value>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Gets or sets the directory of a mounted config map whose files are added to configuration and reloaded when
    /// Kubernetes swaps its <c>..data</c> symlink. <c>*.json</c> files are read as JSON; other files are one key each.
    /// </summary>
    /// <value>
    /// Defaults to <c>/etc/aksready/feature-flags</c>. Configuration key <c>AksReady:FeatureFlags:Directory</c>. A missing
    /// directory is ignored; an empty value turns the directory off. Read when <c>AddAksReady</c> runs.
    /// </value>
    public string? Directory { get; set; } = DefaultDirectory;
}

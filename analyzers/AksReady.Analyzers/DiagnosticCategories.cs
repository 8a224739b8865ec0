namespace AksReady.Analyzers;

/// <summary>Diagnostic categories (see <c>DiagnosticCategoryAndIdRanges.txt</c> for the ID range of each).</summary>
internal static class DiagnosticCategories
{
    /// <summary>Probes, health endpoints and rollouts (AKS1xxx).</summary>
    public const string Reliability = "Reliability";

    /// <summary>Secrets and configuration sources (AKS2xxx).</summary>
    public const string Security = "Security";

    /// <summary>Logging and telemetry (AKS3xxx).</summary>
    public const string Observability = "Observability";

    /// <summary>Feature flags (AKS4xxx).</summary>
    public const string Configuration = "Configuration";

    /// <summary>Pod hazards: shutdown, file system, resources (AKS5xxx).</summary>
    public const string Deployment = "Deployment";
}

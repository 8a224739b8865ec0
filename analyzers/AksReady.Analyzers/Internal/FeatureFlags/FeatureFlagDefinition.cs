using Microsoft.CodeAnalysis.Text;

namespace AksReady.Analyzers.Internal.FeatureFlags;

/// <summary>What a definition says about whether the flag is on.</summary>
internal enum FeatureFlagState
{
    /// <summary>Off (<c>false</c>, <c>"enabled": false</c>, or no filter).</summary>
    Off,

    /// <summary>On for everyone (<c>true</c>, <c>"enabled": true</c> without client filters, or only <c>AlwaysOn</c>).</summary>
    On,

    /// <summary>On for some requests only (filters: percentage, targeting, time window, custom).</summary>
    Conditional,
}

/// <summary>One feature flag defined in one <c>appsettings*.json</c> file.</summary>
internal sealed class FeatureFlagDefinition
{
    public FeatureFlagDefinition(string name, TextSpan nameSpan)
    {
        Name = name;
        NameSpan = nameSpan;
    }

    /// <summary>The flag name (the classic property name, or the Microsoft schema <c>id</c>).</summary>
    public string Name { get; }

    /// <summary>The span of the property name or of the <c>id</c> value, quotes included.</summary>
    public TextSpan NameSpan { get; }

    public FeatureFlagState State { get; set; } = FeatureFlagState.Off;

    /// <summary>The raw expiry value (<c>Expires</c> or <c>telemetry.metadata.expires</c>), or null.</summary>
    public string? Expires { get; set; }

    public TextSpan ExpiresSpan { get; set; }

    public string? Owner { get; set; }
}

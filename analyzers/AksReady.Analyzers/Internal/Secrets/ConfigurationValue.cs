using System;

namespace AksReady.Analyzers.Internal.Secrets;

/// <summary>A scalar value found in a configuration file, with the span of its token (quotes included) in the file text.</summary>
/// <remarks>A class, not a struct: <c>List&lt;T&gt;</c> of a reference type runs the shared, precompiled generic code (no JIT per compiler process).</remarks>
internal sealed class ConfigurationValue
{
    private readonly string? keyPath;
    private readonly ConfigurationPath? path;

    public ConfigurationValue(string keyPath, string key, string value, int start, int length)
    {
        this.keyPath = keyPath;
        path = null;
        Key = key;
        Value = value;
        Start = start;
        Length = length;
    }

    /// <summary>A value whose key path is only joined into a string when <see cref="KeyPath"/> is read (most never are).</summary>
    public ConfigurationValue(ConfigurationPath path, string key, string value, int start, int length)
    {
        keyPath = null;
        this.path = path;
        Key = key;
        Value = value;
        Start = start;
        Length = length;
    }

    /// <summary>The .NET configuration path, <c>ConnectionStrings:Default</c>, <c>spec:containers:0:env:DB_PASSWORD</c>.</summary>
    public string KeyPath => keyPath ?? path?.ToString() ?? string.Empty;

    /// <summary>The name the value is stored under (the property name, or the <c>name:</c> of a Kubernetes env entry).</summary>
    public string Key { get; }

    /// <summary>Whether the first segment of the key path is <paramref name="segment"/> (ordinal), without joining the path.</summary>
    public bool IsUnderRoot(string segment)
    {
        if (keyPath is not null)
        {
            return keyPath.Length > segment.Length && keyPath[segment.Length] == ':' && keyPath.StartsWith(segment, StringComparison.Ordinal);
        }

        var root = path;
        while (root?.Parent is not null)
        {
            root = root.Parent;
        }

        return root is not null && root != path && string.Equals(root.Segment, segment, StringComparison.Ordinal);
    }

    /// <summary>Whether a parent segment of the key path is <paramref name="segment"/> (ordinal), without joining the path.</summary>
    public bool HasParent(string segment) => HasParent(segment, StringComparison.Ordinal);

    /// <summary>
    /// Whether a parent segment of the key path is <paramref name="segment"/>, compared with <paramref name="comparison"/>:
    /// .NET configuration keys are case-insensitive (<c>connectionStrings</c> binds like <c>ConnectionStrings</c>),
    /// Kubernetes and CI keys are not.
    /// </summary>
    public bool HasParent(string segment, StringComparison comparison)
    {
        if (keyPath is not null)
        {
            var index = keyPath.IndexOf(segment, comparison);
            return index >= 0 && (index == 0 || keyPath[index - 1] == ':') && index + segment.Length < keyPath.Length && keyPath[index + segment.Length] == ':';
        }

        for (var parent = path?.Parent; parent is not null; parent = parent.Parent)
        {
            if (string.Equals(parent.Segment, segment, comparison))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The unescaped value.</summary>
    public string Value { get; }

    public int Start { get; }

    public int Length { get; }
}

/// <summary>An immutable configuration key path (a segment and its parent); the joined string is built once, on demand.</summary>
internal sealed class ConfigurationPath
{
    private string? joined;

    public ConfigurationPath(ConfigurationPath? parent, string segment, bool isIndex = false)
    {
        Parent = parent;
        Segment = segment;
        IsIndex = isIndex;
    }

    public ConfigurationPath? Parent { get; }

    public string Segment { get; }

    /// <summary>The segment is an array index (<c>Keys:0</c>), not a property name (a property may start with a digit: <c>2faSecret</c>).</summary>
    public bool IsIndex { get; }

    /// <summary>The path joined with <c>:</c>, e.g. <c>ConnectionStrings:Default</c>.</summary>
    public override string ToString()
    {
        if (joined is null)
        {
            joined = Parent is null ? Segment : Parent.ToString() + ":" + Segment;
        }

        return joined;
    }
}

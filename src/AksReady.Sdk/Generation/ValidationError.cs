namespace AksReady.Sdk.Generation;

/// <summary>A problem with the settings: the name of the coded resource string and its format arguments.</summary>
public sealed class ValidationError
{
    /// <summary>Initializes a new instance of the <see cref="ValidationError"/> class.</summary>
    public ValidationError(string resourceName, params object[] args)
    {
        ResourceName = resourceName;
        Args = args;
    }

    /// <summary>Gets the resource name in Strings.resx (see <see cref="KnownStrings.Errors"/>).</summary>
    public string ResourceName { get; }

    /// <summary>Gets the format arguments.</summary>
    public object[] Args { get; }

    /// <inheritdoc />
    public override string ToString() => ResourceName + "(" + string.Join(", ", Args) + ")";
}

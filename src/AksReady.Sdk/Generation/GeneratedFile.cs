namespace AksReady.Sdk.Generation;

/// <summary>A generated file: its path relative to AksReadyOutputPath ('/' separators) and its content.</summary>
public sealed class GeneratedFile
{
    /// <summary>Initializes a new instance of the <see cref="GeneratedFile"/> class.</summary>
    public GeneratedFile(string relativePath, string content)
    {
        RelativePath = relativePath;
        Content = content;
    }

    /// <summary>Gets the path relative to the output folder.</summary>
    public string RelativePath { get; }

    /// <summary>Gets the content (LF line endings).</summary>
    public string Content { get; }
}

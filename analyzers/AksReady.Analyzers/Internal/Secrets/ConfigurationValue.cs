namespace AksReady.Analyzers.Internal.Secrets;

/// <summary>A scalar value found in a configuration file, with the span of its token (quotes included) in the file text.</summary>
internal readonly struct ConfigurationValue
{
    public ConfigurationValue(string keyPath, string key, string value, int start, int length)
    {
        KeyPath = keyPath;
        Key = key;
        Value = value;
        Start = start;
        Length = length;
    }

    /// <summary>The .NET configuration path, <c>ConnectionStrings:Default</c>, <c>spec:containers:0:env:DB_PASSWORD</c>.</summary>
    public string KeyPath { get; }

    /// <summary>The name the value is stored under (the property name, or the <c>name:</c> of a Kubernetes env entry).</summary>
    public string Key { get; }

    /// <summary>The unescaped value.</summary>
    public string Value { get; }

    public int Start { get; }

    public int Length { get; }
}

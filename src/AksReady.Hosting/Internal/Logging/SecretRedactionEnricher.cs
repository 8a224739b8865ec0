using System.Text.RegularExpressions;
using Serilog.Core;
using Serilog.Events;

namespace AksReady.Hosting.Internal.Logging;

/// <summary>
/// Replaces the value of every secret-like property (password, token, secret, apikey, connectionstring, credential),
/// at any depth of a destructured object or dictionary, with <c>***</c>, and masks <c>Password=…</c>-style pairs inside
/// string values. Runs before formatting, so the rendered message shows the mask too.
/// </summary>
internal sealed partial class SecretRedactionEnricher : ILogEventEnricher
{
    public const string Mask = "***";

    private static readonly ScalarValue s_mask = new(Mask);
    private static readonly string[] s_secretWords = ["password", "passwd", "token", "secret", "apikey", "connectionstring", "credential", "accountkey", "sharedaccesskey"];

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        List<LogEventProperty>? updates = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            var redacted = IsSecretName(name) ? s_mask : Redact(value);
            if (!ReferenceEquals(redacted, value))
            {
                (updates ??= []).Add(new LogEventProperty(name, redacted));
            }
        }

        if (updates is not null)
        {
            foreach (var property in updates)
            {
                logEvent.AddOrUpdateProperty(property);
            }
        }
    }

    internal static bool IsSecretName(string name)
    {
        Span<char> normalized = stackalloc char[Math.Min(name.Length, 256)];
        var length = 0;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c) && length < normalized.Length)
            {
                normalized[length++] = char.ToLowerInvariant(c);
            }
        }

        var span = normalized[..length];
        foreach (var word in s_secretWords)
        {
            if (span.IndexOf(word.AsSpan(), StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static LogEventPropertyValue Redact(LogEventPropertyValue value)
    {
        switch (value)
        {
            case ScalarValue { Value: string text } when text.Contains('=', StringComparison.Ordinal):
                var masked = SecretPair().Replace(text, m => m.Groups["key"].Value + "=" + Mask);
                return string.Equals(masked, text, StringComparison.Ordinal) ? value : new ScalarValue(masked);

            case StructureValue structure:
            {
                LogEventProperty[]? copy = null;
                var properties = structure.Properties;
                for (var i = 0; i < properties.Count; i++)
                {
                    var property = properties[i];
                    var redacted = IsSecretName(property.Name) ? s_mask : Redact(property.Value);
                    if (!ReferenceEquals(redacted, property.Value))
                    {
                        copy ??= properties.ToArray();
                        copy[i] = new LogEventProperty(property.Name, redacted);
                    }
                }

                return copy is null ? value : new StructureValue(copy, structure.TypeTag);
            }

            case DictionaryValue dictionary:
            {
                var changed = false;
                var entries = new List<KeyValuePair<ScalarValue, LogEventPropertyValue>>(dictionary.Elements.Count);
                foreach (var (key, element) in dictionary.Elements)
                {
                    var redacted = key.Value is string keyName && IsSecretName(keyName) ? s_mask : Redact(element);
                    changed |= !ReferenceEquals(redacted, element);
                    entries.Add(new(key, redacted));
                }

                return changed ? new DictionaryValue(entries) : value;
            }

            case SequenceValue sequence:
            {
                var changed = false;
                var elements = new LogEventPropertyValue[sequence.Elements.Count];
                for (var i = 0; i < elements.Length; i++)
                {
                    elements[i] = Redact(sequence.Elements[i]);
                    changed |= !ReferenceEquals(elements[i], sequence.Elements[i]);
                }

                return changed ? new SequenceValue(elements) : value;
            }

            default:
                return value;
        }
    }

    // Password=…; Pwd=…; AccountKey=…; SharedAccessKey=…; token=… inside connection strings and query strings.
    [GeneratedRegex(@"(?<key>\b(?:password|pwd|accountkey|sharedaccesskey|access_token|token|secret|apikey|api_key|sig))=(?<value>[^;&\s""]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretPair();
}

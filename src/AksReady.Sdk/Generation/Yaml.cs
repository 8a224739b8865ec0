using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AksReady.Sdk.Generation;

/// <summary>A node of the small YAML document model that the manifest writers build.</summary>
public abstract class YamlNode
{
}

/// <summary>A scalar: a string (quoted when YAML would read it as something else), an integer or a boolean.</summary>
public sealed class YamlScalar : YamlNode
{
    private YamlScalar(string text, bool isString)
    {
        Text = text;
        IsString = isString;
    }

    /// <summary>Gets the value as text.</summary>
    public string Text { get; }

    /// <summary>Gets a value indicating whether the value is a string (as opposed to a number or boolean).</summary>
    public bool IsString { get; }

    /// <summary>Creates a string scalar.</summary>
    public static YamlScalar String(string value) => new(value, isString: true);

    /// <summary>Creates an integer scalar.</summary>
    public static YamlScalar Integer(long value) => new(value.ToString(CultureInfo.InvariantCulture), isString: false);

    /// <summary>Creates a boolean scalar.</summary>
    public static YamlScalar Boolean(bool value) => new(value ? "true" : "false", isString: false);
}

/// <summary>A mapping whose keys keep the order in which they were added.</summary>
public sealed class YamlMapping : YamlNode, IEnumerable<KeyValuePair<string, YamlNode>>
{
    private readonly List<KeyValuePair<string, YamlNode>> _entries = new();

    /// <summary>Gets the number of entries.</summary>
    public int Count => _entries.Count;

    /// <summary>Adds an entry.</summary>
    public void Add(string key, YamlNode value) => _entries.Add(new KeyValuePair<string, YamlNode>(key, value));

    /// <summary>Adds a string entry.</summary>
    public void Add(string key, string value) => Add(key, YamlScalar.String(value));

    /// <summary>Adds an integer entry.</summary>
    public void Add(string key, long value) => Add(key, YamlScalar.Integer(value));

    /// <summary>Adds a boolean entry.</summary>
    public void Add(string key, bool value) => Add(key, YamlScalar.Boolean(value));

    /// <summary>Replaces the value of <paramref name="key"/> in place, or appends the entry when the key is absent.</summary>
    public void Set(string key, YamlNode value)
    {
        var i = _entries.FindIndex(e => e.Key == key);
        if (i >= 0)
        {
            _entries[i] = new KeyValuePair<string, YamlNode>(key, value);
        }
        else
        {
            Add(key, value);
        }
    }

    /// <summary>Gets the value of <paramref name="key"/>, or null.</summary>
    public YamlNode? Get(string key) => _entries.Find(e => e.Key == key).Value;

    /// <summary>Removes <paramref name="key"/> when present.</summary>
    public void Remove(string key) => _entries.RemoveAll(e => e.Key == key);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, YamlNode>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A sequence.</summary>
public sealed class YamlSequence : YamlNode, IEnumerable<YamlNode>
{
    private readonly List<YamlNode> _items = new();

    /// <summary>Gets the number of items.</summary>
    public int Count => _items.Count;

    /// <summary>Adds an item.</summary>
    public void Add(YamlNode item) => _items.Add(item);

    /// <summary>Adds a string item.</summary>
    public void Add(string item) => _items.Add(YamlScalar.String(item));

    /// <inheritdoc />
    public IEnumerator<YamlNode> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>
/// Writes the YAML document model in block style, two spaces per level. Strings are written plain when that is
/// unambiguous and double-quoted otherwise, so that a reader never turns "1" or "true" into a number or a boolean.
/// </summary>
public static class YamlEmitter
{
    private static readonly Regex s_ambiguous = new(
        @"^(?:[-+]?[0-9.]|(?:true|false|yes|no|on|off|y|n|null|~)$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Writes <paramref name="root"/> (a mapping) as a YAML document, ending with a newline.</summary>
    public static string Emit(YamlMapping root)
    {
        var sb = new StringBuilder();
        WriteMapping(sb, root, 0);
        return sb.ToString();
    }

    /// <summary>Formats a string scalar, quoting it when needed.</summary>
    public static string FormatString(string value)
    {
        if (NeedsQuotes(value))
        {
            var sb = new StringBuilder("\"");
            foreach (var c in value)
            {
                switch (c)
                {
                    case '\\': sb.Append("\\\\"); break;
                    case '"': sb.Append("\\\""); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    default:
                        if (c < ' ')
                        {
                            sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            sb.Append(c);
                        }

                        break;
                }
            }

            return sb.Append('"').ToString();
        }

        return value;
    }

    private static bool NeedsQuotes(string value)
    {
        if (value.Length == 0 || s_ambiguous.IsMatch(value))
        {
            return true;
        }

        if ("-?:,[]{}#&*!|>'\"%@`".IndexOf(value[0]) >= 0 || value[0] == ' ' || value[value.Length - 1] == ' ' || value[value.Length - 1] == ':')
        {
            return true;
        }

        if (value.IndexOf(": ", StringComparison.Ordinal) >= 0 || value.IndexOf(" #", StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        foreach (var c in value)
        {
            if (c < ' ' || c == '\u007f')
            {
                return true;
            }
        }

        return false;
    }

    private static string Scalar(YamlScalar s) => s.IsString ? FormatString(s.Text) : s.Text;

    private static void WriteMapping(StringBuilder sb, YamlMapping map, int indent)
    {
        var pad = new string(' ', indent);
        foreach (var entry in map)
        {
            sb.Append(pad).Append(entry.Key).Append(':');
            switch (entry.Value)
            {
                case YamlScalar s:
                    sb.Append(' ').Append(Scalar(s)).Append('\n');
                    break;
                case YamlMapping m when m.Count == 0:
                    sb.Append(" {}\n");
                    break;
                case YamlMapping m:
                    sb.Append('\n');
                    WriteMapping(sb, m, indent + 2);
                    break;
                case YamlSequence q when q.Count == 0:
                    sb.Append(" []\n");
                    break;
                case YamlSequence q:
                    sb.Append('\n');
                    WriteSequence(sb, q, indent + 2);
                    break;
                default:
                    throw new InvalidOperationException("Unknown YAML node.");
            }
        }
    }

    private static void WriteSequence(StringBuilder sb, YamlSequence seq, int indent)
    {
        var pad = new string(' ', indent);
        foreach (var item in seq)
        {
            if (item is YamlScalar s)
            {
                sb.Append(pad).Append("- ").Append(Scalar(s)).Append('\n');
                continue;
            }

            // Write the collection two columns further in, then put the dash in the first line's indentation.
            var inner = new StringBuilder();
            switch (item)
            {
                case YamlMapping m when m.Count > 0:
                    WriteMapping(inner, m, indent + 2);
                    break;
                case YamlSequence q when q.Count > 0:
                    WriteSequence(inner, q, indent + 2);
                    break;
                case YamlMapping:
                    sb.Append(pad).Append("- {}\n");
                    continue;
                default:
                    sb.Append(pad).Append("- []\n");
                    continue;
            }

            sb.Append(pad).Append("- ").Append(inner.ToString(indent + 2, inner.Length - indent - 2));
        }
    }
}

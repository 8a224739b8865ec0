using System.Collections.Generic;
using System.Text;

namespace AksReady.Analyzers.Internal.Secrets;

/// <summary>
/// A tolerant JSON reader that yields every string value with its key path and position. It accepts comments and
/// trailing commas (as appsettings.json does), and skips over malformed input instead of failing: analyzers cannot
/// rely on System.Text.Json being loadable on every host.
/// </summary>
internal sealed class JsonValueScanner
{
    private const int MaxDepth = 64;

    /// <summary>Bare integers at least this long are yielded as values by <see cref="Scan(string)"/> (see <c>IsNumberLike</c>).</summary>
    private const int MinNumericValueLength = 7;
    private readonly string text;
    private readonly List<ConfigurationValue> values;
    private ConfigurationPath? path; // null at the root
    private int position;
    private readonly List<ConfigurationValue>? keys;
    private readonly bool includeBareValues;

    private JsonValueScanner(string text, List<ConfigurationValue> values)
    {
        this.text = text;
        this.values = values;
    }

    private JsonValueScanner(string text, List<ConfigurationValue> values, List<ConfigurationValue> keys)
        : this(text, values)
    {
        this.keys = keys;
        includeBareValues = true;
    }

    /// <summary>
    /// Like <see cref="Scan(string)"/>, but also yields bare scalars (<c>true</c>, <c>42</c>, <c>null</c>) as values
    /// (their raw text), and every object property name in <paramref name="keys"/> (value = the name, span = the name
    /// token, quotes included). Used by the feature-flag rules (AKS4xxx), which need booleans and flag names.
    /// </summary>
    public static List<ConfigurationValue> ScanWithKeys(string text, out List<ConfigurationValue> keys)
    {
        var values = new List<ConfigurationValue>();
        keys = new List<ConfigurationValue>();
        var scanner = new JsonValueScanner(text, values, keys);
        while (scanner.position < text.Length)
        {
            var before = scanner.position;
            scanner.ParseValue(0);
            if (scanner.position == before)
            {
                scanner.position++;
            }
        }

        return values;
    }

    public static List<ConfigurationValue> Scan(string text)
    {
        var values = new List<ConfigurationValue>();
        var scanner = new JsonValueScanner(text, values);
        while (scanner.position < text.Length)
        {
            var before = scanner.position;
            scanner.ParseValue(0);
            if (scanner.position == before)
            {
                scanner.position++;
            }
        }

        return values;
    }

    private void ParseValue(int depth)
    {
        SkipTrivia();
        if (position >= text.Length)
        {
            return;
        }

        switch (text[position])
        {
            case '{' when depth < MaxDepth:
                ParseObject(depth + 1);
                break;
            case '[' when depth < MaxDepth:
                ParseArray(depth + 1);
                break;
            case '"':
            case '\'':
                var start = position;
                var value = ReadString();
                if (path is not null && !(keys is null && path.IsIndex && AddAssignment(value, start)))
                {
                    values.Add(new ConfigurationValue(path, LastKey(), value, start, position - start));
                }

                break;
            default:
                // Numbers, true/false/null, or garbage: skip the bare token.
                var bareStart = position;
                var digits = 0;
                while (position < text.Length && text[position] is not (',' or '}' or ']' or '{' or '[' or '"') && !char.IsWhiteSpace(text[position]))
                {
                    digits += text[position] is >= '0' and <= '9' ? 1 : 0;
                    position++;
                }

                // Long integers are kept as values (a numeric API key, a PIN-like secret); short numbers and true/false/null
                // are ports, sizes and switches, and are only kept for the feature-flag rules.
                var length = position - bareStart;
                if (path is not null && length > 0 && (includeBareValues || (length >= MinNumericValueLength && digits == length)))
                {
                    values.Add(new ConfigurationValue(path, LastKey(), text.Substring(bareStart, length), bareStart, length));
                }

                break;
        }
    }

    private void ParseObject(int depth)
    {
        position++; // {
        var objectPath = path;

        // A name/value pair object ({"name": "DB_PASSWORD", "value": "..."}, {"key": "password", "value": "..."}):
        // the string under "value" is stored under the pair's name, as in YAML (YamlValueScanner).
        string? pairName = null;
        var pairNameSuffix = string.Empty;
        var pairValue = -1;
        var pairValueSuffix = string.Empty;
        while (true)
        {
            SkipTrivia();
            if (position >= text.Length)
            {
                RekeyPair(objectPath, pairName, pairNameSuffix, pairValue, pairValueSuffix);
                return;
            }

            var c = text[position];
            if (c == '}')
            {
                position++;
                RekeyPair(objectPath, pairName, pairNameSuffix, pairValue, pairValueSuffix);
                return;
            }

            if (c == ',')
            {
                position++;
                continue;
            }

            var keyStart = position;
            string key;
            if (c is '"' or '\'')
            {
                key = ReadString();
            }
            else
            {
                // Unquoted key (JSON5-style) or garbage.
                var start = position;
                while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] is '_' or '$' or '-'))
                {
                    position++;
                }

                if (position == start)
                {
                    position++;
                    continue;
                }

                key = text.Substring(start, position - start);
            }

            var keyLength = position - keyStart;
            SkipTrivia();
            if (position < text.Length && text[position] == ':')
            {
                position++;
                var parent = path;
                path = new ConfigurationPath(parent, key);
                keys?.Add(new ConfigurationValue(path, key, key, keyStart, keyLength));
                SkipTrivia();
                var isString = keys is null && position < text.Length && text[position] is '"' or '\'';
                var before = values.Count;
                ParseValue(depth);
                path = parent;
                if (isString && values.Count == before + 1)
                {
                    if (YamlValueScanner.IsPairKey(key, "value", out var valueSuffix))
                    {
                        pairValue = before;
                        pairValueSuffix = valueSuffix;
                    }
                    else if (YamlValueScanner.IsPairKey(key, "name", out var nameSuffix) || YamlValueScanner.IsPairKey(key, "key", out nameSuffix))
                    {
                        pairName = values[before].Value;
                        pairNameSuffix = nameSuffix;
                    }
                }
            }
        }
    }

    private void RekeyPair(ConfigurationPath? objectPath, string? pairName, string nameSuffix, int pairValue, string valueSuffix)
    {
        if (pairName is null || pairName.Length == 0 || pairValue < 0 || pairValue >= values.Count || nameSuffix != valueSuffix)
        {
            return;
        }

        var value = values[pairValue];
        values[pairValue] = new ConfigurationValue(new ConfigurationPath(objectPath, pairName), pairName, value.Value, value.Start, value.Length);
    }

    /// <summary>
    /// An array item <c>"NAME=value"</c> (a container's environment list, build arguments): stores <c>value</c> under
    /// <c>NAME</c>, as YAML does for <c>- NAME=value</c>. NAME is an identifier (letters, digits, <c>_ . -</c>, starting with
    /// a letter or <c>_</c>). Only for a string without escapes, so that the value's position in the text is exact.
    /// </summary>
    private bool AddAssignment(string value, int tokenStart)
    {
        if (value.Length < 3 || position - tokenStart != value.Length + 2 || !(char.IsLetter(value[0]) || value[0] == '_'))
        {
            return false;
        }

        var equals = 1;
        while (equals < value.Length && (char.IsLetterOrDigit(value[equals]) || value[equals] is '_' or '.' or '-'))
        {
            equals++;
        }

        if (equals >= value.Length - 1 || value[equals] != '=')
        {
            return false;
        }

        var name = value.Substring(0, equals);
        var assigned = value.Substring(equals + 1);
        values.Add(new ConfigurationValue(new ConfigurationPath(path!.Parent, name), name, assigned, tokenStart + 1 + equals + 1, assigned.Length));
        return true;
    }

    private void ParseArray(int depth)
    {
        position++; // [
        var index = 0;
        while (true)
        {
            SkipTrivia();
            if (position >= text.Length)
            {
                return;
            }

            var c = text[position];
            if (c == ']')
            {
                position++;
                return;
            }

            if (c == ',')
            {
                position++;
                index++;
                continue;
            }

            if (c == '}')
            {
                // Mismatched bracket: let the enclosing object take it.
                return;
            }

            var before = position;
            var parent = path;
            path = new ConfigurationPath(parent, index.ToString(System.Globalization.CultureInfo.InvariantCulture), isIndex: true);
            ParseValue(depth);
            path = parent;
            if (position == before)
            {
                position++;
            }
        }
    }

    private string LastKey()
    {
        // For array elements ("Keys": ["..."]) the name is the array's key.
        for (var current = path; current is not null; current = current.Parent)
        {
            if (!current.IsIndex)
            {
                // A configuration path written as one property name (user secrets' secrets.json, App Service settings
                // exports: "globalSettings:documentDb:key"): the name is its last segment.
                var segment = current.Segment;
                var colon = segment.LastIndexOf(':');
                return colon >= 0 && colon < segment.Length - 1 ? segment.Substring(colon + 1) : segment;
            }
        }

        return string.Empty;
    }

    private string ReadString()
    {
        var quote = text[position++];
        StringBuilder? builder = null;
        var start = position;
        while (position < text.Length)
        {
            var c = text[position];
            if (c == quote)
            {
                var result = builder is null ? text.Substring(start, position - start) : builder.ToString();
                position++;
                return result;
            }

            if (c is '\n' or '\r')
            {
                // Unterminated string: stop at the end of the line.
                break;
            }

            if (c == '\\' && position + 1 < text.Length)
            {
                builder ??= new StringBuilder(text, start, position - start, 64);
                var escaped = text[position + 1];
                position += 2;
                switch (escaped)
                {
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'u' when position + 4 <= text.Length
                        && int.TryParse(text.Substring(position, 4), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var code):
                        builder.Append((char)code);
                        position += 4;
                        break;
                    default: builder.Append(escaped); break;
                }

                continue;
            }

            builder?.Append(c);
            position++;
        }

        return builder is null ? text.Substring(start, position - start) : builder.ToString();
    }

    /// <summary>
    /// A commented-out property, <c>// "SqlConnectionString": "Server=...;Password=..."</c> (appsettings.json and
    /// local.settings.json accept comments): the value is committed all the same, so it is yielded under the enclosing
    /// object as an active one would be, and judged alike. Only <c>"key": "string"</c> on the comment's own line.
    /// </summary>
    private void AddCommentedProperty(int start, int end)
    {
        var i = start;
        while (i < end && text[i] is ' ' or '\t' or '/')
        {
            i++;
        }

        if (i >= end || text[i] != '"')
        {
            return;
        }

        var keyEnd = text.IndexOf('"', i + 1, end - i - 1);
        if (keyEnd <= i + 1)
        {
            return;
        }

        var j = keyEnd + 1;
        while (j < end && text[j] == ' ')
        {
            j++;
        }

        if (j >= end || text[j] != ':')
        {
            return;
        }

        j++;
        while (j < end && text[j] == ' ')
        {
            j++;
        }

        if (j >= end || text[j] != '"')
        {
            return;
        }

        var valueStart = j + 1;
        var valueEnd = valueStart;
        while (valueEnd < end && text[valueEnd] != '"')
        {
            valueEnd += text[valueEnd] == '\\' ? 2 : 1;
        }

        if (valueEnd >= end)
        {
            return;
        }

        var key = text.Substring(i + 1, keyEnd - i - 1);
        values.Add(new ConfigurationValue(new ConfigurationPath(path, key), key, text.Substring(valueStart, valueEnd - valueStart), valueStart, valueEnd - valueStart));
    }

    private void SkipTrivia()
    {
        while (position < text.Length)
        {
            var c = text[position];
            if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                position++;
            }
            else if (c == '/' && position + 1 < text.Length && text[position + 1] == '/')
            {
                var commentStart = position + 2;
                while (position < text.Length && text[position] != '\n')
                {
                    position++;
                }

                if (keys is null)
                {
                    AddCommentedProperty(commentStart, position);
                }
            }
            else if (c == '/' && position + 1 < text.Length && text[position + 1] == '*')
            {
                var end = text.IndexOf("*/", position + 2, System.StringComparison.Ordinal);
                position = end < 0 ? text.Length : end + 2;
            }
            else
            {
                return;
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Text;

namespace AksReady.Analyzers.Internal.Secrets;

/// <summary>
/// A line-based YAML reader for <c>key: value</c> documents (Kubernetes manifests, Helm values, compose files). It tracks
/// the key path by indentation, understands quoted scalars, comments, list items, block scalars (<c>|</c>, <c>&gt;</c>),
/// and Kubernetes env entries (<c>- name: DB_PASSWORD</c> / <c>value: ...</c> reports under <c>DB_PASSWORD</c>).
/// Flow collections and anchors are skipped; it never throws on malformed input.
/// </summary>
internal static class YamlValueScanner
{
    public static List<ConfigurationValue> Scan(string text)
    {
        var values = new List<ConfigurationValue>();
        var stack = new List<(int Indent, string Key)>();
        string? envName = null;
        var envIndent = -1;

        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var next = lineEnd + 1;
            var contentEnd = lineEnd > lineStart && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            var i = lineStart;
            while (i < contentEnd && text[i] == ' ')
            {
                i++;
            }

            if (i >= contentEnd || text[i] == '#' || IsDocumentMarker(text, i, contentEnd))
            {
                lineStart = next;
                continue;
            }

            var indent = i - lineStart;
            var isListItem = false;
            while (i + 1 < contentEnd && text[i] == '-' && text[i + 1] == ' ')
            {
                isListItem = true;
                i += 2;
                while (i < contentEnd && text[i] == ' ')
                {
                    i++;
                }
            }

            var itemIndent = i - lineStart;
            while (stack.Count > 0 && stack[stack.Count - 1].Indent >= (isListItem ? indent + 1 : indent))
            {
                stack.RemoveAt(stack.Count - 1);
            }

            if (isListItem || itemIndent < envIndent)
            {
                envName = null;
                envIndent = -1;
            }

            // key: value
            var colon = FindMappingColon(text, i, contentEnd);
            if (colon < 0)
            {
                if (isListItem && stack.Count > 0 && i < contentEnd)
                {
                    // "- value" scalar list item.
                    AddScalar(values, stack, stack[stack.Count - 1].Key, text, i, contentEnd, null);
                }

                lineStart = next;
                continue;
            }

            var key = Unquote(text.Substring(i, colon - i).Trim());
            var valueStart = colon + 1;
            while (valueStart < contentEnd && text[valueStart] == ' ')
            {
                valueStart++;
            }

            if (valueStart >= contentEnd || text[valueStart] == '#')
            {
                // Mapping or sequence parent.
                stack.Add((itemIndent, key));
                lineStart = next;
                continue;
            }

            if (text[valueStart] is '|' or '>')
            {
                // Block scalar: the following lines indented deeper than the key belong to the value.
                var blockLines = new StringBuilder();
                var blockStart = -1;
                var blockEnd = -1;
                var scan = next;
                while (scan < text.Length)
                {
                    var end = text.IndexOf('\n', scan);
                    if (end < 0)
                    {
                        end = text.Length;
                    }

                    var j = scan;
                    while (j < end && text[j] == ' ')
                    {
                        j++;
                    }

                    var isBlank = j >= end || (j == end - 1 && text[j] == '\r');
                    if (!isBlank && j - scan <= itemIndent)
                    {
                        break;
                    }

                    if (!isBlank)
                    {
                        if (blockStart < 0)
                        {
                            blockStart = j;
                            blockEnd = end > j && text[end - 1] == '\r' ? end - 1 : end;
                        }

                        blockLines.Append(text, j, end - j).Append('\n');
                    }

                    scan = end + 1;
                }

                if (blockStart >= 0)
                {
                    values.Add(new ConfigurationValue(JoinPath(stack, key), key, blockLines.ToString(), blockStart, blockEnd - blockStart));
                }

                lineStart = scan;
                continue;
            }

            if (string.Equals(key, "name", StringComparison.Ordinal))
            {
                envName = Unquote(StripComment(text, valueStart, contentEnd, out _));
                envIndent = itemIndent;
            }

            var storedUnder = string.Equals(key, "value", StringComparison.Ordinal) && envName is not null && itemIndent == envIndent ? envName : key;
            AddScalar(values, stack, key, text, valueStart, contentEnd, storedUnder);
            lineStart = next;
        }

        return values;
    }

    private static void AddScalar(List<ConfigurationValue> values, List<(int Indent, string Key)> stack, string key, string text, int start, int end, string? storedUnder)
    {
        var raw = StripComment(text, start, end, out var rawEnd);
        if (raw.Length == 0 || raw[0] is '{' or '[' or '&' or '*' or '!')
        {
            return;
        }

        values.Add(new ConfigurationValue(JoinPath(stack, storedUnder ?? key), storedUnder ?? key, Unquote(raw), start, rawEnd - start));
    }

    private static string JoinPath(List<(int Indent, string Key)> stack, string key)
    {
        var builder = new StringBuilder();
        foreach (var (_, parent) in stack)
        {
            builder.Append(parent).Append(':');
        }

        return builder.Append(key).ToString();
    }

    /// <summary>The value text without a trailing <c> # comment</c> (outside quotes), trimmed.</summary>
    private static string StripComment(string text, int start, int end, out int valueEnd)
    {
        var quote = text[start] is '"' or '\'' ? text[start] : '\0';
        var i = start + (quote == '\0' ? 0 : 1);
        if (quote != '\0')
        {
            while (i < end)
            {
                if (text[i] == '\\' && quote == '"')
                {
                    i += 2;
                    continue;
                }

                if (text[i] == quote)
                {
                    valueEnd = i + 1;
                    return text.Substring(start, valueEnd - start);
                }

                i++;
            }

            valueEnd = end;
            return text.Substring(start, end - start).TrimEnd();
        }

        while (i < end && !(text[i] == '#' && i > start && text[i - 1] == ' '))
        {
            i++;
        }

        valueEnd = i;
        while (valueEnd > start && text[valueEnd - 1] == ' ')
        {
            valueEnd--;
        }

        return text.Substring(start, valueEnd - start);
    }

    /// <summary>The colon that separates key and value: outside quotes, followed by a space or the end of the line.</summary>
    private static int FindMappingColon(string text, int start, int end)
    {
        var quote = '\0';
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            if (i == start && c is '"' or '\'')
            {
                quote = c;
                continue;
            }

            if (c == '#' && i > start && text[i - 1] == ' ')
            {
                return -1;
            }

            if (c == ':' && (i + 1 == end || text[i + 1] == ' ' || text[i + 1] == '\t'))
            {
                return i;
            }

            if (c is '{' or '[' && i == start)
            {
                return -1;
            }
        }

        return -1;
    }

    private static string Unquote(string value)
    {
        if (value.Length >= 2 && ((value[0] == '"' && value[value.Length - 1] == '"') || (value[0] == '\'' && value[value.Length - 1] == '\'')))
        {
            var inner = value.Substring(1, value.Length - 2);
            return value[0] == '"' ? inner.Replace("\\n", "\n").Replace("\\\"", "\"").Replace("\\\\", "\\") : inner.Replace("''", "'");
        }

        return value;
    }

    private static bool IsDocumentMarker(string text, int start, int end)
        => end - start >= 3 && (string.CompareOrdinal(text, start, "---", 0, 3) == 0 || string.CompareOrdinal(text, start, "...", 0, 3) == 0)
           && (end - start == 3 || text[start + 3] == ' ');
}

using System;
using System.Collections.Generic;
using System.Text;

namespace AksReady.Analyzers.Internal.Secrets;

/// <summary>
/// A line-based YAML reader for <c>key: value</c> documents (Kubernetes manifests, Helm values, compose files). It tracks
/// the key path by indentation, understands quoted scalars, comments, list items, block scalars (<c>|</c>, <c>&gt;</c>),
/// and name/value pairs: a mapping with <c>name: DB_PASSWORD</c> and <c>value: ...</c> (in either order, any case,
/// numbered <c>name1</c>/<c>value1</c>; Kubernetes env entries, ECS environments) reports the value under
/// <c>DB_PASSWORD</c>; a <c>value:</c> without a name reports under its parent key (<c>db-password:</c> / <c>value: x</c>);
/// a list item <c>- DB_PASSWORD=x</c> (compose <c>environment:</c> lists) reports <c>x</c> under <c>DB_PASSWORD</c>;
/// a commented-out mapping line (<c># ApiKey: x</c>) reports like an active one.
/// One-line flow collections (<c>[a, "b"]</c>, <c>{user: a, password: b}</c>) are read item by item; anchors are skipped;
/// it never throws on malformed input.
/// </summary>
internal static class YamlValueScanner
{
    public static List<ConfigurationValue> Scan(string text)
    {
        var values = new List<ConfigurationValue>();
        var stack = new List<(int Indent, string Key)>();
        string? envName = null;
        var envIndent = -1;
        var envSuffix = string.Empty;

        // A value: seen before its name: (index in values, indent, numeric suffix), re-keyed when the name follows.
        var pendingValue = -1;
        var pendingIndent = -1;
        var pendingSuffix = string.Empty;

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

            if (i < contentEnd && text[i] == '#')
            {
                AddCommentedMapping(values, stack, text, i + 1, contentEnd);
                lineStart = next;
                continue;
            }

            if (i >= contentEnd || IsDocumentMarker(text, i, contentEnd))
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

            if (isListItem || itemIndent < pendingIndent)
            {
                pendingValue = -1;
                pendingIndent = -1;
            }

            // key: value
            var colon = FindMappingColon(text, i, contentEnd);
            if (colon < 0)
            {
                if (isListItem && stack.Count > 0 && i < contentEnd && text[i] is '|' or '>')
                {
                    // "- |" block scalar list item (a script in args:, a key in a list): the lines indented deeper than the dash.
                    var parent = stack[stack.Count - 1].Key;
                    lineStart = AddBlockScalar(values, JoinPath(stack, parent), parent, text, next, indent);
                    continue;
                }

                if (isListItem && stack.Count > 0 && i < contentEnd && !AddAssignment(values, stack, text, i, contentEnd))
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
                lineStart = AddBlockScalar(values, JoinPath(stack, key), key, text, next, itemIndent);
                continue;
            }

            if (IsPairKey(key, "name", out var nameSuffix) || IsPairKey(key, "key", out nameSuffix))
            {
                envName = Unquote(StripComment(text, valueStart, contentEnd, out _));
                envIndent = itemIndent;
                envSuffix = nameSuffix;
                if (pendingValue >= 0 && pendingIndent == itemIndent && pendingSuffix == nameSuffix && envName.Length > 0)
                {
                    // value: before name: in the same mapping.
                    var earlier = values[pendingValue];
                    values[pendingValue] = new ConfigurationValue(JoinPath(stack, envName), envName, earlier.Value, earlier.Start, earlier.Length);
                    pendingValue = -1;
                    pendingIndent = -1;
                }
            }

            string storedUnder = key;
            var isValueKey = IsPairKey(key, "value", out var valueSuffix);
            if (isValueKey && envName is not null && itemIndent == envIndent && valueSuffix == envSuffix)
            {
                storedUnder = envName;
            }
            else if (isValueKey && stack.Count > 0)
            {
                // No name yet: the parent key names the value ("db-password:" / "value: x"); a name: that follows re-keys it.
                storedUnder = stack[stack.Count - 1].Key;
                pendingValue = values.Count;
                pendingIndent = itemIndent;
                pendingSuffix = valueSuffix;
            }

            if (text[valueStart] == '"' && TryReadMultiLineQuoted(text, valueStart, contentEnd, out var folded, out var closingQuote))
            {
                // A double-quoted scalar continued over several lines: one value, folded as YAML folds it.
                values.Add(new ConfigurationValue(JoinPath(stack, storedUnder), storedUnder, folded, valueStart, closingQuote + 1 - valueStart));
                var afterValue = text.IndexOf('\n', closingQuote);
                lineStart = afterValue < 0 ? text.Length : afterValue + 1;
                continue;
            }

            AddScalar(values, stack, key, text, valueStart, contentEnd, storedUnder);
            if (pendingValue >= values.Count)
            {
                // The value was empty or not a scalar: nothing to re-key.
                pendingValue = -1;
                pendingIndent = -1;
            }

            lineStart = next;
        }

        return values;
    }

    /// <summary>
    /// Reads a block scalar (<c>|</c>, <c>&gt;</c>) whose content starts on the line at <paramref name="start"/>: every
    /// following line indented deeper than <paramref name="parentIndent"/> (blank lines included) belongs to it. Adds the
    /// lines as one value, located at its first line, and returns where the next line after the block starts.
    /// </summary>
    private static int AddBlockScalar(List<ConfigurationValue> values, string path, string key, string text, int start, int parentIndent)
    {
        var blockLines = new StringBuilder();
        var blockStart = -1;
        var blockEnd = -1;
        var scan = start;
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
            if (!isBlank && j - scan <= parentIndent)
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
            values.Add(new ConfigurationValue(path, key, blockLines.ToString(), blockStart, blockEnd - blockStart));
        }

        return Math.Min(scan, text.Length);
    }

    /// <summary>Longest multi-line double-quoted scalar read, in characters; an unterminated quote beyond it is left as one line.</summary>
    private const int MaxMultiLineQuoted = 16384;

    /// <summary>
    /// A double-quoted scalar that does not close on its line (<c>key: "\</c>, then continuation lines, then <c>"</c>):
    /// the value up to the closing quote, folded per YAML: a line break becomes a space (an empty line a newline),
    /// indentation and trailing blanks are dropped, an escaped line break (<c>\</c> at the end of a line) joins the lines
    /// without a space, and escapes (<c>\n</c>, <c>\"</c>...) are applied. False when the quote closes on the first line
    /// or is not closed within <see cref="MaxMultiLineQuoted"/> characters.
    /// </summary>
    private static bool TryReadMultiLineQuoted(string text, int openingQuote, int lineEnd, out string value, out int closingQuote)
    {
        value = string.Empty;
        closingQuote = -1;
        var limit = Math.Min(text.Length, openingQuote + MaxMultiLineQuoted);
        for (var i = openingQuote + 1; i < limit; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '"')
            {
                if (i < lineEnd)
                {
                    return false;
                }

                closingQuote = i;
                break;
            }
        }

        if (closingQuote < 0)
        {
            return false;
        }

        var builder = new StringBuilder(closingQuote - openingQuote);
        var j = openingQuote + 1;
        while (j < closingQuote)
        {
            var c = text[j];
            if (c == '\\' && j + 1 < closingQuote)
            {
                var escaped = text[j + 1];
                j += 2;
                if (escaped is '\r' or '\n')
                {
                    // Escaped line break: join without a space, and drop the next line's indentation.
                    if (escaped == '\r' && j < closingQuote && text[j] == '\n')
                    {
                        j++;
                    }

                    while (j < closingQuote && text[j] is ' ' or '\t')
                    {
                        j++;
                    }

                    continue;
                }

                builder.Append(escaped switch { 'n' => '\n', 't' => '\t', 'r' => '\r', '0' => '\0', _ => escaped });
                continue;
            }

            if (c is '\r' or '\n')
            {
                while (builder.Length > 0 && builder[builder.Length - 1] is ' ' or '\t')
                {
                    builder.Length--;
                }

                var breaks = 0;
                while (j < closingQuote && text[j] is '\r' or '\n' or ' ' or '\t')
                {
                    breaks += text[j] == '\n' ? 1 : 0;
                    j++;
                }

                builder.Append(breaks > 1 ? new string('\n', breaks - 1) : " ");
                continue;
            }

            builder.Append(c);
            j++;
        }

        value = builder.ToString().Trim();
        return true;
    }

    /// <summary><c>name</c>, <c>Name</c>, <c>NAME</c>, <c>name1</c>: the pair word, any case, with an optional number (also used for JSON pair objects).</summary>
    internal static bool IsPairKey(string key, string word, out string suffix)
    {
        suffix = string.Empty;
        if (key.Length < word.Length || string.Compare(key, 0, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }

        for (var i = word.Length; i < key.Length; i++)
        {
            if (key[i] is < '0' or > '9')
            {
                return false;
            }
        }

        suffix = key.Substring(word.Length);
        return true;
    }

    /// <summary>
    /// A list item <c>- NAME=value</c> (compose <c>environment:</c>, build args, <c>NAME=value command ...</c> shell lines): reports
    /// <c>value</c> (up to the first blank) under <c>NAME</c>. NAME is an identifier (letters, digits, <c>_ . -</c>, starting with a letter or <c>_</c>); anything else is a plain scalar.
    /// </summary>
    private static bool AddAssignment(List<ConfigurationValue> values, List<(int Indent, string Key)> stack, string text, int start, int end)
    {
        var raw = StripComment(text, start, end, out var rawEnd);
        if (raw.Length < 3)
        {
            return false;
        }

        var quoted = raw[0] is '"' or '\'';
        var nameStart = start + (quoted ? 1 : 0);
        var valueEnd = quoted && rawEnd - 1 > nameStart && text[rawEnd - 1] == raw[0] ? rawEnd - 1 : rawEnd;
        if (nameStart >= valueEnd || !(char.IsLetter(text[nameStart]) || text[nameStart] == '_'))
        {
            return false;
        }

        var equals = nameStart;
        while (equals < valueEnd && (char.IsLetterOrDigit(text[equals]) || text[equals] is '_' or '.' or '-'))
        {
            equals++;
        }

        if (equals >= valueEnd || text[equals] != '=' || equals + 1 >= valueEnd)
        {
            return false;
        }

        var name = text.Substring(nameStart, equals - nameStart);
        var valueStart = equals + 1;

        // "PGPASSWORD=... psql -h db": a shell line setting a variable for a command; the value ends at the first blank,
        // except inside an angle-bracket prompt ("PG_PASSWORD=<enter password>"), which is one value. An item of a compose
        // "environment:" list is NAME=value whole: "- ConnectionStrings__Db=Server=db;User Id=sa;Password=x" keeps its blanks.
        var blank = IsUnder(stack, "environment") ? -1 : text.IndexOf(' ', valueStart, valueEnd - valueStart);
        if (text[valueStart] == '<' && text.IndexOf('>', valueStart, valueEnd - valueStart) is var closing and > 0)
        {
            blank = text.IndexOf(' ', closing, valueEnd - closing);
        }

        if (blank > valueStart)
        {
            valueEnd = blank;
        }

        var value = text.Substring(valueStart, valueEnd - valueStart);
        if (quoted && raw[0] == '"')
        {
            value = value.Replace("\\\"", "\"").Replace("\\\\", "\\");
        }

        values.Add(new ConfigurationValue(JoinPath(stack, name), name, value, valueStart, valueEnd - valueStart));
        return true;
    }

    /// <summary>Whether the innermost key of <paramref name="stack"/> is <paramref name="key"/> (ASCII, any case).</summary>
    private static bool IsUnder(List<(int Indent, string Key)> stack, string key)
        => stack.Count > 0 && string.Equals(stack[stack.Count - 1].Key, key, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A commented-out mapping line, <c># Password: x</c>: the credential is committed all the same, so it is judged like an
    /// active line. Only <c>key: scalar</c> with a one-word key; prose (<c># Note: the token is ...</c>) leaves at the
    /// value checks (sentences, words), and nothing here changes the key path of the lines that follow.
    /// </summary>
    private static void AddCommentedMapping(List<ConfigurationValue> values, List<(int Indent, string Key)> stack, string text, int start, int end)
    {
        var i = start;
        while (i < end && (text[i] == ' ' || text[i] == '#'))
        {
            i++;
        }

        if (i + 1 < end && text[i] == '-' && text[i + 1] == ' ')
        {
            i += 2;
            while (i < end && text[i] == ' ')
            {
                i++;
            }
        }

        var colon = FindMappingColon(text, i, end);
        if (colon <= i)
        {
            return;
        }

        for (var k = i; k < colon; k++)
        {
            if (text[k] is ' ' or '\t')
            {
                return;
            }
        }

        var valueStart = colon + 1;
        while (valueStart < end && text[valueStart] == ' ')
        {
            valueStart++;
        }

        if (valueStart >= end || text[valueStart] is '#' or '|' or '>')
        {
            return;
        }

        var key = Unquote(text.Substring(i, colon - i));
        AddScalar(values, stack, key, text, valueStart, end, null);
    }

    private static void AddScalar(List<ConfigurationValue> values, List<(int Indent, string Key)> stack, string key, string text, int start, int end, string? storedUnder)
    {
        var raw = StripComment(text, start, end, out var rawEnd);
        if (raw.Length > 1 && raw[0] == '[' && raw[raw.Length - 1] == ']')
        {
            AddFlowSequence(values, stack, storedUnder ?? key, text, start + 1, rawEnd - 1);
            return;
        }

        if (raw.Length > 1 && raw[0] == '{' && raw[raw.Length - 1] == '}')
        {
            AddFlowMapping(values, stack, storedUnder ?? key, text, start + 1, rawEnd - 1);
            return;
        }

        if (raw.Length == 0 || raw[0] is '{' or '[' or '&' or '*' or '!')
        {
            return;
        }

        values.Add(new ConfigurationValue(JoinPath(stack, storedUnder ?? key), storedUnder ?? key, Unquote(raw), start, rawEnd - start));
    }

    /// <summary>
    /// A flow sequence on one line, <c>command: ["sh", "-c", "PGPASSWORD=... psql"]</c>: each scalar item is a value under
    /// the key (an item <c>NAME=value</c> under <c>NAME</c>, as in a block list); a mapping item is read as a flow mapping
    /// (<c>env: [{name: DB_PASSWORD, value: x}]</c>); nested sequences are skipped.
    /// </summary>
    private static void AddFlowSequence(List<ConfigurationValue> values, List<(int Indent, string Key)> stack, string key, string text, int start, int end)
    {
        // An exec-form command (healthcheck test: ["CMD", "/opt/mssql-tools18/bin/sqlcmd", ..., "-P", "..."]): the item after
        // a password option is a value under "password".
        string? previous = null;
        var sqlTool = false;
        var redisCli = false;
        var mysqlTool = false;
        foreach (var (s, e) in SplitFlowItems(text, start, end))
        {
            if (text[s] == '{')
            {
                if (text[e - 1] == '}')
                {
                    AddFlowMapping(values, stack, key, text, s + 1, e - 1);
                }
            }
            else if (text[s] != '[' && !AddAssignment(values, stack, text, s, e))
            {
                var item = Unquote(text.Substring(s, e - s));
                var attached = mysqlTool && item.Length > 2 && item.StartsWith("-p", StringComparison.Ordinal) ? text.IndexOf("-p", s, e - s, StringComparison.Ordinal) : -1;
                if (attached >= 0)
                {
                    // mysqladmin's -p<password>, written attached ("-p" alone prompts).
                    values.Add(new ConfigurationValue(JoinPath(stack, key), "password", item.Substring(2), attached + 2, item.Length - 2));
                }
                else
                {
                    values.Add(new ConfigurationValue(JoinPath(stack, key), IsPasswordOption(previous, sqlTool, redisCli) ? "password" : key, item, s, e - s));
                }

                sqlTool |= IsSqlServerTool(item);
                redisCli |= item.EndsWith("redis-cli", StringComparison.Ordinal);
                mysqlTool |= IsMySqlTool(item);
                previous = item;
            }
        }
    }

    /// <summary>
    /// <c>--password</c>, <c>-password</c>, <c>--pass</c>, Redis's <c>--requirepass</c> and <c>--masterauth</c>, <c>-P</c> after
    /// SQL Server's <c>sqlcmd</c>, <c>osql</c> or <c>bcp</c>, or <c>-a</c> after <c>redis-cli</c>.
    /// </summary>
    private static bool IsPasswordOption(string? item, bool sqlTool, bool redisCli)
        => item is "--password" or "-password" or "--pass" or "--requirepass" or "--masterauth" || (sqlTool && item == "-P") || (redisCli && item == "-a");

    private static bool IsMySqlTool(string item)
    {
        foreach (var tool in MySqlTools)
        {
            if (item.EndsWith(tool, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] MySqlTools = { "mysql", "mysqladmin", "mysqldump", "mysqlimport", "mysqlshow", "mysqlcheck", "mariadb", "mariadb-admin", "mariadb-dump" };

    private static bool IsSqlServerTool(string item)
        => item.EndsWith("sqlcmd", StringComparison.Ordinal) || item.EndsWith("osql", StringComparison.Ordinal) || item.EndsWith("bcp", StringComparison.Ordinal);

    /// <summary>
    /// A flow mapping on one line, <c>auth: {username: app, password: x}</c>: each scalar entry is a value under its own key
    /// (path <c>auth:password</c>); a mapping with <c>name:</c> (or <c>key:</c>) and <c>value:</c> reports the value under the
    /// name, as the block form does. Nested collections are skipped.
    /// </summary>
    private static void AddFlowMapping(List<ConfigurationValue> values, List<(int Indent, string Key)> stack, string parentKey, string text, int start, int end)
    {
        var entries = new List<(string Key, int Start, int End)>();
        string? name = null;
        var valueEntry = -1;
        foreach (var (s, e) in SplitFlowItems(text, start, end))
        {
            var colon = FindMappingColon(text, s, e);
            if (colon < 0)
            {
                continue;
            }

            var entryKey = Unquote(text.Substring(s, colon - s).Trim());
            var valueStart = colon + 1;
            while (valueStart < e && text[valueStart] == ' ')
            {
                valueStart++;
            }

            if (valueStart >= e || text[valueStart] is '{' or '[')
            {
                continue;
            }

            if (IsPairKey(entryKey, "name", out _) || IsPairKey(entryKey, "key", out _))
            {
                name = Unquote(text.Substring(valueStart, e - valueStart));
            }
            else if (IsPairKey(entryKey, "value", out _))
            {
                valueEntry = entries.Count;
            }

            entries.Add((entryKey, valueStart, e));
        }

        var path = JoinPath(stack, parentKey);
        for (var i = 0; i < entries.Count; i++)
        {
            var (entryKey, s, e) = entries[i];
            var storedUnder = i == valueEntry && !string.IsNullOrEmpty(name) ? name! : entryKey;
            values.Add(new ConfigurationValue(path + ":" + storedUnder, storedUnder, Unquote(text.Substring(s, e - s)), s, e - s));
        }
    }

    /// <summary>The top-level items of a flow collection's inside (between its brackets), trimmed; commas in quotes or nested collections do not split.</summary>
    private static List<(int Start, int End)> SplitFlowItems(string text, int start, int end)
    {
        var items = new List<(int Start, int End)>();
        var itemStart = start;
        var quote = '\0';
        var depth = 0;
        for (var i = start; i <= end; i++)
        {
            var c = i < end ? text[i] : ',';
            if (quote != '\0')
            {
                if ((c == '\\' && quote == '"') || (c == '\'' && quote == '\'' && i + 1 < end && text[i + 1] == '\''))
                {
                    i++; // an escape: \x in double quotes, '' in single quotes
                }
                else if (c == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c is '[' or '{')
            {
                depth++;
            }
            else if (c is ']' or '}')
            {
                depth--;
            }
            else if (c == ',' && depth <= 0)
            {
                var s = itemStart;
                var e = Math.Min(i, end);
                while (s < e && text[s] == ' ')
                {
                    s++;
                }

                while (e > s && text[e - 1] == ' ')
                {
                    e--;
                }

                if (e > s)
                {
                    items.Add((s, e));
                }

                itemStart = i + 1;
            }
        }

        return items;
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

                if (text[i] == quote && quote == '\'' && i + 1 < end && text[i + 1] == '\'')
                {
                    i += 2; // '' is an escaped quote inside a single-quoted scalar
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
                if (c == '\'' && quote == '\'' && i + 1 < end && text[i + 1] == '\'')
                {
                    i++; // '' inside a single-quoted key
                }
                else if (c == quote)
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

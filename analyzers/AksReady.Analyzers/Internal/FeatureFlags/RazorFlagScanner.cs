using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace AksReady.Analyzers.Internal.FeatureFlags;

/// <summary>A flag name found in a Razor view or component.</summary>
internal readonly struct RazorFlagReference
{
    public RazorFlagReference(string name, TextSpan span, bool isExact)
    {
        Name = name;
        Span = span;
        IsExact = isExact;
    }

    public string Name { get; }

    public TextSpan Span { get; }

    /// <summary>
    /// True when the text states the name itself (a literal or <c>nameof(X.Name)</c>): it can be reported as undefined
    /// (AKS4002). False for a member access (<c>@Flags.Beta</c>), taken as a reference to the member's name only (AKS4003).
    /// </summary>
    public bool IsExact { get; }
}

/// <summary>
/// A conservative text scan of <c>.cshtml</c> / <c>.razor</c> files (AdditionalFiles: the Razor SDK passes them to the
/// compiler for its source generator) for the two documented ways views check flags:
/// <c>&lt;feature name="A,B"&gt;</c> (the Microsoft.FeatureManagement.AspNetCore tag helper) and
/// <c>IsEnabledAsync("X")</c> / <c>GetVariantAsync("X")</c>. A name that is neither a literal, <c>nameof(...)</c> nor a
/// dotted member access (a variable, a call) makes the scan report a dynamic reference.
/// </summary>
internal static class RazorFlagScanner
{
    private static readonly string[] Methods = { "IsEnabledAsync(", "GetVariantAsync(" };

    public static bool IsRazorFile(string path)
        => path.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".razor", StringComparison.OrdinalIgnoreCase);

    /// <summary>Adds the flags checked in <paramref name="text"/> to <paramref name="results"/>; returns false when a check's name is dynamic.</summary>
    public static bool Scan(string text, List<RazorFlagReference> results)
    {
        var resolved = true;
        resolved &= ScanTagHelpers(text, results);
        foreach (var method in Methods)
        {
            resolved &= ScanCalls(text, method, results);
        }

        return resolved;
    }

    private static bool ScanTagHelpers(string text, List<RazorFlagReference> results)
    {
        var resolved = true;
        for (var index = text.IndexOf("<feature", StringComparison.OrdinalIgnoreCase); index >= 0; index = text.IndexOf("<feature", index + 1, StringComparison.OrdinalIgnoreCase))
        {
            var position = index + "<feature".Length;
            if (position >= text.Length || !(char.IsWhiteSpace(text[position]) || text[position] is '>' or '/'))
            {
                continue; // <featureX>, <feature-list>
            }

            // Attributes up to the end of the start tag; quoted values may hold '>'.
            while (position < text.Length && text[position] != '>')
            {
                if (char.IsWhiteSpace(text[position]) || text[position] == '/')
                {
                    position++;
                    continue;
                }

                var nameStart = position;
                while (position < text.Length && !char.IsWhiteSpace(text[position]) && text[position] is not ('=' or '>' or '/'))
                {
                    position++;
                }

                var attribute = text.Substring(nameStart, position - nameStart);
                position = SkipWhiteSpace(text, position);
                if (position >= text.Length || text[position] != '=')
                {
                    continue; // attribute without a value (negate)
                }

                position = SkipWhiteSpace(text, position + 1);
                if (position >= text.Length)
                {
                    break;
                }

                int valueStart, valueEnd;
                if (text[position] is '"' or '\'')
                {
                    var quote = text[position];
                    valueStart = position + 1;
                    valueEnd = text.IndexOf(quote, valueStart);
                    if (valueEnd < 0)
                    {
                        return resolved;
                    }

                    position = valueEnd + 1;
                }
                else
                {
                    valueStart = position;
                    var depth = 0;
                    while (position < text.Length && (depth > 0 || (!char.IsWhiteSpace(text[position]) && text[position] != '>')))
                    {
                        depth += text[position] == '(' ? 1 : text[position] == ')' ? -1 : 0;
                        position++;
                    }

                    valueEnd = position;
                }

                if (string.Equals(attribute, "name", StringComparison.OrdinalIgnoreCase))
                {
                    resolved &= AddTagHelperNames(text, valueStart, valueEnd, results);
                }
            }
        }

        return resolved;
    }

    private static bool AddTagHelperNames(string text, int start, int end, List<RazorFlagReference> results)
    {
        if (text.IndexOf('@', start, end - start) >= 0)
        {
            // name="@Flags.Beta", name=@nameof(Flags.Beta), name="@(Flags.Beta)": one C# expression.
            var at = text.IndexOf('@', start, end - start);
            if (text.Substring(start, at - start).Trim().Length > 0)
            {
                return false; // name="Prefix@X": mixed text and code
            }

            return AddExpression(text, at + 1, end, results);
        }

        // name="A, B": the tag helper splits on commas and trims.
        var pieceStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i == end || text[i] == ',')
            {
                var s = pieceStart;
                var e = i;
                while (s < e && char.IsWhiteSpace(text[s]))
                {
                    s++;
                }

                while (e > s && char.IsWhiteSpace(text[e - 1]))
                {
                    e--;
                }

                if (e > s)
                {
                    results.Add(new RazorFlagReference(text.Substring(s, e - s), TextSpan.FromBounds(s, e), isExact: true));
                }

                pieceStart = i + 1;
            }
        }

        return true;
    }

    private static bool ScanCalls(string text, string method, List<RazorFlagReference> results)
    {
        var resolved = true;
        for (var index = text.IndexOf(method, StringComparison.Ordinal); index >= 0; index = text.IndexOf(method, index + 1, StringComparison.Ordinal))
        {
            if (index > 0 && (char.IsLetterOrDigit(text[index - 1]) || text[index - 1] == '_'))
            {
                continue;
            }

            var start = SkipWhiteSpace(text, index + method.Length);
            if (start >= text.Length)
            {
                break;
            }

            if (text[start] == '"')
            {
                var close = text.IndexOf('"', start + 1);
                var lineEnd = text.IndexOf('\n', start + 1);
                if (close < 0 || (lineEnd >= 0 && lineEnd < close) || text.IndexOf('\\', start + 1, close - start - 1) >= 0)
                {
                    resolved = false;
                    continue;
                }

                results.Add(new RazorFlagReference(text.Substring(start + 1, close - start - 1), TextSpan.FromBounds(start + 1, close), isExact: true));
                continue;
            }

            // The first argument ends at the first ',' or ')' outside parentheses.
            var end = start;
            var depth = 0;
            while (end < text.Length && (depth > 0 || text[end] is not (',' or ')')))
            {
                depth += text[end] == '(' ? 1 : text[end] == ')' ? -1 : 0;
                end++;
            }

            resolved &= AddExpression(text, start, end, results);
        }

        return resolved;
    }

    /// <summary><c>nameof(A.B)</c> (exact "B"), <c>A.B</c> or <c>A.B.ToString()</c> (member name "B"), in optional parentheses; false otherwise.</summary>
    private static bool AddExpression(string text, int start, int end, List<RazorFlagReference> results)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] == '('))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ')'))
        {
            end--;
        }

        var exact = false;
        if (string.CompareOrdinal(text, start, "nameof(", 0, "nameof(".Length) == 0)
        {
            exact = true;
            start += "nameof(".Length;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }
        else if (end - start > ".ToString(".Length && string.CompareOrdinal(text, end - ".ToString(".Length, ".ToString(", 0, ".ToString(".Length) == 0)
        {
            end -= ".ToString(".Length;
        }

        // A dotted chain of identifiers: Flags.Beta, global::App.Flags.Beta (a lone identifier is a variable or a
        // constant the scan cannot see: dynamic).
        var lastStart = start;
        var dots = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '.' || c == ':')
            {
                dots += c == '.' ? 1 : 0;
                lastStart = i + 1;
            }
            else if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        if (lastStart >= end || (!exact && dots == 0))
        {
            return false;
        }

        results.Add(new RazorFlagReference(text.Substring(lastStart, end - lastStart), TextSpan.FromBounds(lastStart, end), exact));
        return true;
    }

    private static int SkipWhiteSpace(string text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }
}

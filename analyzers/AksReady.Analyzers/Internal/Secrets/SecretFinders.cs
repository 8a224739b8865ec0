using System;

namespace AksReady.Analyzers.Internal.Secrets;

/// <summary>
/// Hand-written equivalents of the expressions of the formats that occur in almost every project (see
/// <see cref="SecretFormat.Finder"/>). Each finds the same matches, left to right, as the expression it replaces, which
/// stays in <see cref="SecretFormats"/> as the specification (and is what <c>SecretFinderTests</c> compares against).
/// </summary>
internal static class SecretFinders
{
    /// <summary>
    /// <c>(?i)(?:^|[;,])\s*(?:password|pwd)\s*=\s*(?&lt;secret&gt;"[^"]*"|'[^']*'|[^;,\r\n]*)</c>: a connection string's password.
    /// </summary>
    public static bool ConnectionStringPassword(string text, int startAt, out int matchEnd, out int secretStart, out int secretLength)
    {
        for (var s = startAt; s < text.Length; s++)
        {
            if ((s == 0 && TryPasswordAt(text, 0, out matchEnd, out secretStart, out secretLength))
                || (text[s] is ';' or ',' && TryPasswordAt(text, s + 1, out matchEnd, out secretStart, out secretLength)))
            {
                return true;
            }
        }

        matchEnd = secretStart = secretLength = 0;
        return false;
    }

    private static bool TryPasswordAt(string text, int index, out int matchEnd, out int secretStart, out int secretLength)
    {
        matchEnd = secretStart = secretLength = 0;
        var i = SkipWhiteSpace(text, index);
        if (StartsWithIgnoreCase(text, i, "password"))
        {
            i += 8;
        }
        else if (StartsWithIgnoreCase(text, i, "pwd"))
        {
            i += 3;
        }
        else
        {
            return false;
        }

        i = SkipWhiteSpace(text, i);
        if (i >= text.Length || text[i] != '=')
        {
            return false;
        }

        var value = SkipWhiteSpace(text, i + 1);
        var end = value;
        if (value < text.Length && text[value] is '"' or '\'')
        {
            var close = text.IndexOf(text[value], value + 1);
            if (close >= 0)
            {
                end = close + 1;
            }
        }

        if (end == value)
        {
            while (end < text.Length && text[end] is not (';' or ',' or '\r' or '\n'))
            {
                end++;
            }

            // Password=&lt;your-password&gt;: the semicolons of HTML/XML character references belong to the value.
            while (end < text.Length && text[end] == ';' && EndsWithCharacterReference(text, value, end))
            {
                end++;
                while (end < text.Length && text[end] is not (';' or ',' or '\r' or '\n'))
                {
                    end++;
                }
            }
        }

        secretStart = value;
        secretLength = end - value;
        matchEnd = end;
        return true;
    }

    /// <summary>Whether <c>text[start..end]</c> ends with <c>&amp;lt</c>, <c>&amp;gt</c>, <c>&amp;amp</c> or <c>&amp;quot</c> (the <c>;</c> at <paramref name="end"/> closes it).</summary>
    private static bool EndsWithCharacterReference(string text, int start, int end)
    {
        var ampersand = text.LastIndexOf('&', end - 1, end - start);
        if (ampersand < 0)
        {
            return false;
        }

        var length = end - ampersand;
        return (length == 3 && (string.CompareOrdinal(text, ampersand, "&lt", 0, 3) == 0 || string.CompareOrdinal(text, ampersand, "&gt", 0, 3) == 0))
            || (length == 4 && string.CompareOrdinal(text, ampersand, "&amp", 0, 4) == 0)
            || (length == 5 && string.CompareOrdinal(text, ampersand, "&quot", 0, 5) == 0);
    }

    private static int SkipWhiteSpace(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }

    /// <summary>Ordinal comparison with a lower-case ASCII word, ignoring ASCII case.</summary>
    private static bool StartsWithIgnoreCase(string text, int index, string lowerWord)
    {
        if (index + lowerWord.Length > text.Length)
        {
            return false;
        }

        for (var j = 0; j < lowerWord.Length; j++)
        {
            var c = text[index + j];
            if (c is >= 'A' and <= 'Z')
            {
                c = (char)(c + 32);
            }

            if (c != lowerWord[j])
            {
                return false;
            }
        }

        return true;
    }
}

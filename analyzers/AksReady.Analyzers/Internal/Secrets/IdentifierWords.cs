using System;

namespace AksReady.Analyzers.Internal.Secrets;

/// <summary>Splits identifiers and key paths (<c>_dbPassword</c>, <c>DB_PASSWORD</c>, <c>Jwt:SigningKey</c>, <c>x-api-key</c>) into lower-case words.</summary>
internal static class IdentifierWords
{
    /// <remarks>Two passes over the name (count, then fill): one array of the right size, no list to grow and copy.</remarks>
    public static string[] Split(string name)
    {
        var count = Walk(name, null);
        if (count == 0)
        {
            return Array.Empty<string>();
        }

        var words = new string[count];
        Walk(name, words);
        return words;
    }

    /// <summary>Finds the words; stores them when <paramref name="words"/> is given. Returns how many there are.</summary>
    private static int Walk(string name, string[]? words)
    {
        var count = 0;
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var c = i < name.Length ? name[i] : '\0';
            var isWordChar = char.IsLetterOrDigit(c);
            if (!isWordChar)
            {
                if (start >= 0)
                {
                    count = Add(words, count, name, start, i);
                    start = -1;
                }

                continue;
            }

            if (start < 0)
            {
                start = i;
                continue;
            }

            var previous = name[i - 1];
            var boundary =
                (char.IsUpper(c) && char.IsLower(previous))                                                        // dbPassword
                || (char.IsUpper(c) && char.IsUpper(previous) && i + 1 < name.Length && char.IsLower(name[i + 1])) // SQLPassword
                || (char.IsDigit(c) != char.IsDigit(previous));                                                    // password2, aes256Key
            if (boundary)
            {
                count = Add(words, count, name, start, i);
                start = i;
            }
        }

        return count;
    }

    private static int Add(string[]? words, int count, string name, int start, int end)
    {
        // Numbers carry no meaning for secret detection ("password2", "aes256Key").
        if (char.IsDigit(name[start]))
        {
            return count;
        }

        if (words is not null)
        {
            words[count] = name.Substring(start, end - start).ToLowerInvariant();
        }

        return count + 1;
    }

    /// <summary>PascalCase word, e.g. <c>password</c> → <c>Password</c>.</summary>
    public static string Capitalize(string word)
        => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word.Substring(1);
}

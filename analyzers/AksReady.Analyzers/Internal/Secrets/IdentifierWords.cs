using System;
using System.Collections.Generic;

namespace AksReady.Analyzers.Internal.Secrets;

/// <summary>Splits identifiers and key paths (<c>_dbPassword</c>, <c>DB_PASSWORD</c>, <c>Jwt:SigningKey</c>, <c>x-api-key</c>) into lower-case words.</summary>
internal static class IdentifierWords
{
    public static string[] Split(string name)
    {
        var words = new List<string>(4);
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var c = i < name.Length ? name[i] : '\0';
            var isWordChar = char.IsLetterOrDigit(c);
            if (!isWordChar)
            {
                if (start >= 0)
                {
                    Add(words, name, start, i);
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
                Add(words, name, start, i);
                start = i;
            }
        }

        return words.ToArray();
    }

    private static void Add(List<string> words, string name, int start, int end)
    {
        // Numbers carry no meaning for secret detection ("password2", "aes256Key").
        if (!char.IsDigit(name[start]))
        {
            words.Add(name.Substring(start, end - start).ToLowerInvariant());
        }
    }

    /// <summary>PascalCase word, e.g. <c>password</c> → <c>Password</c>.</summary>
    public static string Capitalize(string word)
        => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word.Substring(1);
}

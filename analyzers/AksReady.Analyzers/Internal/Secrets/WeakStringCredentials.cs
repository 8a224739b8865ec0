using System;

namespace AksReady.Analyzers.Internal.Secrets;

/// <summary>
/// The <c>report_weak_values</c> option inside strings: a connection string's password or a URI's <c>user:password@</c>
/// that <see cref="SecretDetector"/> leaves alone as a placeholder or a weak word (<c>Password=pass</c>,
/// <c>postgres://admin:password@db</c>), judged by <see cref="SecretValues.IsHardCodedValue"/> as a password.
/// </summary>
internal static class WeakStringCredentials
{
    private static readonly string[] PasswordWords = { "password" };

    /// <summary>The format (<c>ConnectionStringPassword</c>, <c>UriCredentials</c>) whose weak form <paramref name="text"/> holds.</summary>
    public static bool TryFind(string text, out SecretFormat? format)
    {
        format = null;
        if (text.IndexOf('=') > 0)
        {
            for (var at = 0; at < text.Length && SecretFinders.ConnectionStringPassword(text, at, out var end, out var start, out var length); at = Math.Max(end, at + 1))
            {
                if (length > 0 && SecretValues.IsHardCodedValue(text.Substring(start, length).Trim().Trim('"', '\''), PasswordWords))
                {
                    format = SecretFormats.Get("ConnectionStringPassword");
                    return format is not null;
                }
            }
        }

        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 0)
        {
            var user = scheme + 3;
            var at = text.IndexOf('@', user);
            var colon = at > user ? text.IndexOf(':', user, at - user) : -1;
            if (colon > user && text.IndexOfAny(UserInfoEnd, user, at - user) < 0 && text.IndexOfAny(PatternCharacters, user, at - user) < 0
                && SecretValues.IsHardCodedValue(text.Substring(colon + 1, at - colon - 1), PasswordWords))
            {
                format = SecretFormats.Get("UriCredentials");
                return format is not null;
            }
        }

        return false;
    }

    private static readonly char[] UserInfoEnd = { '/', '?', '#', ' ', '"', '\'' };

    /// <summary>A regular expression or a glob over URIs (<c>(postgis://.*:)(.*)(@.*)</c>), not a URI.</summary>
    private static readonly char[] PatternCharacters = { '(', ')', '*', '[', ']', '{', '}', '\\', '|', '^' };
}

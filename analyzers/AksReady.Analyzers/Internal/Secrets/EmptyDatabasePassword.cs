using System;

namespace AksReady.Analyzers.Internal.Secrets;

/// <summary>
/// AKS2004's test: a database connection string (<c>key=value</c> pairs separated by <c>;</c>) whose <c>Password</c>
/// (or <c>Pwd</c>) is present and empty, with no other authentication that makes the password unused: Windows/Kerberos
/// (<c>Integrated Security=true|yes|sspi</c>, <c>Trusted_Connection=true|yes</c>) or Microsoft Entra
/// (<c>Authentication=Active Directory Managed Identity</c>, <c>...Default</c>, <c>...Workload Identity</c>; not
/// <c>Active Directory Password</c>, which needs one). A skeleton with an empty server or host is not reported.
/// </summary>
/// <remarks>
/// The text may carry <see cref="Hole"/> where code supplies a value at run time (<c>$"...;Password={pwd}"</c>,
/// <c>"...;Password=" + pwd</c>): such a password is not empty.
/// </remarks>
internal static class EmptyDatabasePassword
{
    /// <summary>Stands for a value computed at run time inside an otherwise constant text.</summary>
    public const char Hole = '\u0001';

    public static bool HasEmptyPassword(string text)
    {
        if (text.IndexOf('=') < 0)
        {
            return false;
        }

        bool empty = false, nonEmpty = false, passwordless = false, noServer = false;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf(';', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var equals = text.IndexOf('=', start, end - start);
            if (equals > start)
            {
                var key = Normalize(text, start, equals - start);
                var value = text.Substring(equals + 1, end - equals - 1).Trim().Trim('"', '\'');
                switch (key)
                {
                    case "password" or "pwd":
                        empty |= value.Length == 0;
                        nonEmpty |= value.Length > 0;
                        break;
                    case "server" or "datasource" or "host" or "address" or "addr" or "networkaddress":
                        noServer |= value.Length == 0;
                        break;
                    case "integratedsecurity" or "trustedconnection":
                        passwordless |= value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("yes", StringComparison.OrdinalIgnoreCase)
                            || value.Equals("sspi", StringComparison.OrdinalIgnoreCase);
                        break;
                    case "authentication":
                        var method = Normalize(value, 0, value.Length);
                        passwordless |= method.StartsWith("activedirectory", StringComparison.Ordinal) && method != "activedirectorypassword";
                        break;
                }
            }

            start = end + 1;
        }

        // "Server=;Database=orders;User ID=;Password=": a skeleton whose every value is filled in at deployment, not a
        // connection that works without a password (real-code samples 10 and 11).
        return empty && !nonEmpty && !passwordless && !noServer;
    }

    /// <summary>Lower case without blanks and underscores: <c>Integrated Security</c>, <c>Integrated_Security</c> → <c>integratedsecurity</c>.</summary>
    private static string Normalize(string text, int start, int length)
    {
        var chars = new char[length];
        var n = 0;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (c is not (' ' or '_' or '\t'))
            {
                chars[n++] = char.ToLowerInvariant(c);
            }
        }

        return new string(chars, 0, n);
    }
}

using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace AksReady.Analyzers.Internal.Secrets;

/// <summary>A credential found inside a text: the format, and the span of the secret part.</summary>
internal readonly struct SecretMatch
{
    public SecretMatch(SecretFormat format, int start, int length)
    {
        Format = format;
        Start = start;
        Length = length;
    }

    public SecretFormat Format { get; }

    public int Start { get; }

    public int Length { get; }
}

/// <summary>Runs the <see cref="SecretFormats"/> table over a text (a string literal, a configuration value).</summary>
internal static class SecretDetector
{
    /// <summary>No format matches a shorter text ("Pwd=abc" is the shortest shape that matters).</summary>
    public const int MinimumLength = 7;

    public static bool TryFind(string text, out SecretMatch match) => TryFind(text, tokensOnly: false, out match);

    /// <summary>
    /// Like <see cref="TryFind(string, out SecretMatch)"/>, with <paramref name="tokensOnly"/>: only the formats checked for
    /// entropy (provider tokens, keys, signatures), not the free-form passwords of connection strings, URIs and command lines,
    /// which prose and documentation write as examples.
    /// </summary>
    public static bool TryFind(string text, bool tokensOnly, out SecretMatch match)
    {
        match = default;
        if (text.Length < MinimumLength)
        {
            return false;
        }

        // One pass, no allocation: the shape every format needs (see Scan) and the ASCII characters that occur.
        // A format's anchor is only searched for when all its characters occur, so a typical text runs a handful of IndexOf
        // calls instead of ~80; the case-folded set is derived from the same mask.
        if (!Scan(text, out var characters))
        {
            return false;
        }

        var folded = characters.ToLowerInvariant();
        return TryFormats(SpecificFormats, text, tokensOnly, characters, folded, out match)
            || TryFormats(GitleaksFormats.Tokens, text, tokensOnly, characters, folded, out match)
            || TryFormats(NameJudgedFormats, text, tokensOnly, characters, folded, out match);
    }

    /// <summary>The hand-written rows that name a format; then gitleaks' tokens; last the rows judged by a name in the text
    /// (<see cref="SecretFormat.JudgedByName"/>), so that a provider's format names a token a generic row would also find.</summary>
    private static readonly SecretFormat[] SpecificFormats = SecretFormats.All.Where(f => !f.JudgedByName).ToArray();

    private static readonly SecretFormat[] NameJudgedFormats = SecretFormats.All.Where(f => f.JudgedByName).ToArray();

    private static bool TryFormats(SecretFormat[] formats, string text, bool tokensOnly, AsciiSet characters, AsciiSet folded, out SecretMatch match)
    {
        foreach (var format in formats)
        {
            if ((!tokensOnly || format.MinEntropy > 0) && format.MayMatch(text, characters, folded) && TryMatchExpression(format, text, out match))
            {
                return true;
            }
        }

        match = default;
        return false;
    }

    /// <summary>
    /// One pass, no allocation: every format needs a <c>key=value</c> or <c>user:password@</c> shape, a PEM armor line, a run of
    /// at least 16 token characters, a command-line option after a blank, or a colon and a password label (<c>ID:app PW:...</c>). Sentences, identifiers and short URLs leave here before any anchor or regex is tried.
    /// Also collects the ASCII characters of the text.
    /// </summary>
    private static bool Scan(string text, out AsciiSet characters)
    {
        var set = default(AsciiSet);
        var shape = false;
        var run = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            set = set.Add(c);
            if (shape)
            {
                continue;
            }

            if (c is '=' or '@' || (c == '<' && i + 1 < text.Length && text[i + 1] == '/'))
            {
                shape = true; // key=value, user@host, an XML closing tag (<password>...</password>)
            }
            else if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' or '~' or '.' or '+')
            {
                shape = ++run >= 16;
            }
            else if (c == '-')
            {
                // A PEM armor line, a long token, or a command-line option after a blank ("--password x", "-storepass x").
                shape = (i + 4 < text.Length && text[i + 1] == '-' && text[i + 2] == '-' && text[i + 3] == '-' && text[i + 4] == '-')
                    || (run == 0 && i > 0 && text[i - 1] is ' ' or '\t' && i + 1 < text.Length && text[i + 1] is '-' or (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))
                    || ++run >= 16;
            }
            else
            {
                run = 0;
            }
        }

        characters = set;

        // "ID:app PW:...": a credential pair written with colons only (CredentialPair) needs ':' and a password label with a value.
        return shape || (set.Contains(':') && HasPasswordLabelWithValue(text));
    }

    /// <summary>
    /// A password label (<c>pw</c>, <c>pwd</c>, <c>pass</c>, <c>passwd</c>, <c>password</c>) directly followed by ':' and a value
    /// (<c>PW:x</c>, <c>password: x</c>); not "Password changed: {UserId}" or "Password:" at the end of a label.
    /// </summary>
    private static bool HasPasswordLabelWithValue(string text)
    {
        for (var at = text.IndexOfAny(LetterP); at >= 0; at = at + 1 < text.Length ? text.IndexOfAny(LetterP, at + 1) : -1)
        {
            var j = at + 1;
            while (j < text.Length && j - at <= 8 && char.IsLetter(text[j]))
            {
                j++;
            }

            var label = j - at;
            if (label >= 2 && label <= 8 && j + 1 < text.Length && text[j] == ':'
                && (text[at + 1] is 'w' or 'W' || (label >= 4 && string.Compare(text, at, "pass", 0, 4, StringComparison.OrdinalIgnoreCase) == 0)))
            {
                var k = j + 1;
                if (text[k] == ' ' && k + 1 < text.Length)
                {
                    k++;
                }

                if (!char.IsWhiteSpace(text[k]) && text[k] != '{')
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly char[] LetterP = { 'p', 'P' };

    /// <summary>Tries one format: anchors, expression, then placeholder and entropy checks on the secret part.</summary>
    public static bool TryMatch(SecretFormat format, string text, out SecretMatch match)
    {
        match = default;
        return format.MayMatch(text) && TryMatchExpression(format, text, out match);
    }

    private static bool TryMatchExpression(SecretFormat format, string text, out SecretMatch match)
    {
        match = default;
        if (format.CustomFinder is { } finder)
        {
            for (var at = 0; at <= text.Length && finder(text, at, out var end, out var start, out var length); at = end > at ? end : at + 1)
            {
                if (IsRealSecret(format, text, start, length))
                {
                    match = new SecretMatch(format, start, length);
                    return true;
                }
            }

            return false;
        }

        try
        {
            for (var m = format.Regex.Match(text); m.Success; m = m.NextMatch())
            {
                var group = m.Groups["secret"];
                var secret = group.Success ? group : (Group)m;
                if (format.JudgedByName ? IsSecretUnderName(NameOf(m), secret.Value) : IsRealSecret(format, text, secret.Index, secret.Length))
                {
                    match = new SecretMatch(format, secret.Index, secret.Length);
                    return true;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological input: treat as no match rather than failing the analyzer.
        }

        return false;
    }

    private static bool IsRealSecret(SecretFormat format, string text, int start, int length)
    {
        if (length == 0)
        {
            return false;
        }

        var secret = text.Substring(start, length);
        if (SecretValues.IsKnownPublicValue(secret))
        {
            return false;
        }

        if (format.MinEntropy <= 0)
        {
            // Free-form values (passwords in connection strings and URIs): only placeholders are excluded, except a
            // placeholder whose shell default is the secret (postgres://app:${DB_PASSWORD:-jXYI0No8q2aU3n3Y}@db).
            if (SecretValues.HasSecretShellDefault(secret))
            {
                return true;
            }

            if (TryUnwrapOdbcBraces(secret, out var braced))
            {
                return !SecretValues.IsPlaceholder(braced, countingDigitsAreFiller: !SecretValues.HasLetter(braced));
            }

            // A translated word (Password=密码, Pwd=CONTRASEÑA) is a template's label, as under a name (see IsLocalizedText).
            return !SecretValues.IsPlaceholder(secret, countingDigitsAreFiller: !SecretValues.HasLetter(secret)) && !SecretValues.IsLocalizedText(secret)
                && !SecretValues.IsShoutedSlotName(secret)
                && !IsTemplateFragment(text, start, length) && !IsFormatTemplate(text, start, length, secret)
                && !IsUserNameRepeated(format, text, start, length) && !IsUriPattern(format, text, start, secret);
        }

        if (IsDocumentationToken(secret) || IsSampleBasicCredential(format, text, start, secret) || IsPresignedUrlKeyId(format, text, start))
        {
            return false;
        }

        return SecretValues.Entropy(text, start, length) >= format.MinEntropy;
    }

    /// <summary>
    /// ODBC quotes a value in braces when it holds symbols (<c>Pwd={Xk9!pQ2#vL7m}</c>, <c>}}</c> for a brace): the password is
    /// inside. A name or an index in braces (<c>{password}</c>, <c>{0}</c>, <c>{db_password}</c>, <c>{your password}</c>) is a
    /// template slot, and anything with quotes, brackets, parentheses, <c>$</c> or another <c>{</c> is code or templating
    /// (<c>{config["Db:Password"]}</c>, <c>{{password}}</c>): both stay whole for the placeholder check.
    /// </summary>
    private static bool TryUnwrapOdbcBraces(string secret, out string inner)
    {
        inner = string.Empty;
        if (secret.Length < 3 || secret[0] != '{' || secret[secret.Length - 1] != '}')
        {
            return false;
        }

        var slot = true;
        for (var i = 1; i < secret.Length - 1; i++)
        {
            var c = secret[i];
            if (c is '"' or '\'' or '[' or ']' or '(' or ')' or '{' or '$' or '`')
            {
                return false;
            }

            slot &= char.IsLetterOrDigit(c) || c is '_' or '.' or ':' or '-' or ' ';
        }

        if (slot)
        {
            return false;
        }

        inner = secret.Substring(1, secret.Length - 2).Replace("}}", "}");
        return true;
    }

    /// <summary>The name a name-judged format captured; a format without a <c>name</c> group (a client's <c>-p</c> option) holds a password.</summary>
    private static string NameOf(Match match)
    {
        var name = match.Groups["name"];
        return name.Success ? name.Value : "password";
    }

    /// <summary>
    /// For formats <see cref="SecretFormat.JudgedByName"/>: the value is judged under the name it is written under, as
    /// AKS2001 judges a value under a name (<see cref="SecretValues.IsCredentialUnderName"/>).
    /// </summary>
    private static bool IsSecretUnderName(string name, string value)
    {
        if (SecretValues.IsKnownPublicValue(value))
        {
            return false;
        }

        string[]? words = null;
        var secretLike = SecretNames.MayBeSecretName(name, null) && SecretNames.IsSecretLike(name, null, out words);
        return SecretValues.IsCredentialUnderName(name, value, secretLike, words, reportWeakValues: false);
    }

    /// <summary>
    /// The access key ID of an S3 pre-signed URL (<c>?AWSAccessKeyId=AKIA...&amp;Expires=...&amp;Signature=...</c>, SigV4's
    /// <c>X-Amz-Credential=AKIA.../...&amp;X-Amz-Signature=...</c>): the ID is an
    /// identifier, published with every link it signs; the signature expires. The secret key is not in the text.
    /// </summary>
    private static bool IsPresignedUrlKeyId(SecretFormat format, string text, int start)
    {
        return format.Name == "AwsAccessKeyId" && (Follows("AWSAccessKeyId=") || Follows("X-Amz-Credential="))
            && text.IndexOf("Signature=", StringComparison.Ordinal) >= 0; // SigV2 Signature=, SigV4 X-Amz-Signature=

        bool Follows(string parameter) => start >= parameter.Length
            && string.Compare(text, start - parameter.Length, parameter, 0, parameter.Length, StringComparison.OrdinalIgnoreCase) == 0;
    }

    /// <summary>
    /// <c>Authorization: Basic dXNlcjpwYXNz</c>: Basic credentials are base64 of <c>user:password</c>, readable by anyone; a
    /// value that does not decode to <c>user:password</c> at all carries no credential (<c>Basic acdefjhikl</c>); a
    /// placeholder password (<c>user:pass</c>, <c>username:password</c>), one shorter than 4 characters (<c>foo:bar</c>)
    /// or one equal to the user name (<c>test:test</c>) is a sample, not a credential.
    /// </summary>
    private static bool IsSampleBasicCredential(SecretFormat format, string text, int start, string secret)
    {
        if (!ReferenceEquals(format, SecretFormats.HttpAuthorizationHeader)
            || text.LastIndexOf("basic", start, Math.Min(start + 1, 12), StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        // RFC 7617: Basic credentials are base64 of "user-id:password"; a value that is not (Basic acdefjhikl) carries none.
        string decoded;
        try
        {
            var padded = secret.TrimEnd('=');
            padded = padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '=');
            decoded = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(padded));
        }
        catch (FormatException)
        {
            return true;
        }

        var colon = decoded.IndexOf(':');
        if (colon < 0)
        {
            return true;
        }

        var password = decoded.Substring(colon + 1);
        return password.Length < 4 || SecretValues.IsPlaceholder(password)
            || string.Equals(password, decoded.Substring(0, colon), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Documentation tokens: <c>AKIAIOSFODNN7EXAMPLE</c>, <c>ghp_xxxxxxxx...</c>, <c>sk_live_0000...</c>.</summary>
    private static bool IsDocumentationToken(string secret)
    {
        if (secret.IndexOf("EXAMPLE", StringComparison.OrdinalIgnoreCase) >= 0
            || secret.IndexOf("xxxxx", StringComparison.OrdinalIgnoreCase) >= 0
            || secret.IndexOf("00000000", StringComparison.Ordinal) >= 0
            || secret.IndexOf("12345678", StringComparison.Ordinal) >= 0
            || secret.IndexOf("abcdefgh", StringComparison.OrdinalIgnoreCase) >= 0
            || SecretValues.IsDummyToken(secret))
        {
            return true;
        }

        return false;
    }

    /// <summary>
    /// <c>scheme://admin:admin@host</c>: a password equal to the user name is a documented default or an example, the value
    /// spelling its own name (the same reasoning as AKS2001's "value derived from the name").
    /// </summary>
    private static bool IsUserNameRepeated(SecretFormat format, string text, int start, int length)
    {
        if (format.Name != "UriCredentials")
        {
            return false;
        }

        var user = UriUser(text, start);
        return user.Length == length && string.CompareOrdinal(text, user.Start, text, start, length) == 0;
    }

    /// <summary>The user part of <c>scheme://user:password@</c>, whose password starts at <paramref name="passwordStart"/>; empty without a scheme.</summary>
    private static (int Start, int Length) UriUser(string text, int passwordStart)
    {
        var scheme = text.LastIndexOf("://", passwordStart, StringComparison.Ordinal);
        return scheme < 0 ? (0, 0) : (scheme + 3, Math.Max(0, passwordStart - 1 - (scheme + 3)));
    }

    /// <summary>
    /// A regular expression that describes URIs (<c>(postgis://.*:)(.*)(@.*)</c>): a user or password made of <c>.*</c> or
    /// <c>.+</c> is a pattern, not a credential. Also the documentation samples of URIs: a password shorter than 4
    /// characters (<c>foo:bar</c>, as for Basic credentials) and Oracle's sample pair <c>scott:tiger</c>. Not <c>hunter2</c>:
    /// peers disagree on it (kingfisher reports it, sonar-text does not), and a committed weak password is still one.
    /// </summary>
    private static bool IsUriPattern(SecretFormat format, string text, int start, string secret)
    {
        if (format.Name != "UriCredentials")
        {
            return false;
        }

        var (userStart, userLength) = UriUser(text, start);
        var user = text.Substring(userStart, userLength);
        return ContainsWildcard(user) || ContainsWildcard(secret) || IsSampleUriCredential(user, secret);

        static bool ContainsWildcard(string part) => part.IndexOf(".*", StringComparison.Ordinal) >= 0 || part.IndexOf(".+", StringComparison.Ordinal) >= 0;
    }

    private static bool IsSampleUriCredential(string user, string password)
        => password.Length < 4
           || (string.Equals(user, "scott", StringComparison.OrdinalIgnoreCase) && string.Equals(password, "tiger", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A password holding a format item is a template's slot only when the text around it is a template too
    /// (<c>Server={0};...;Password=tenant-{1}-{2}</c>): in an otherwise literal connection string, braces are characters
    /// of the password (<c>Password=a{0}b;</c>). A whole-value item (<c>Password={2}</c>) is a placeholder either way.
    /// </summary>
    private static bool IsFormatTemplate(string text, int start, int length, string secret)
        => SecretValues.HasFormatItem(secret)
           && (SecretValues.HasFormatItem(text, 0, start) || SecretValues.HasFormatItem(text, start + length, text.Length - start - length));

    /// <summary>A value that is followed by a template continuation (<c>Password=" + pwd</c> is handled by the compiler as two literals).</summary>
    private static bool IsTemplateFragment(string text, int start, int length)
    {
        var end = start + length;
        return end < text.Length && text[end] == '{';
    }
}

using System;

namespace AksReady.Analyzers.Internal.Secrets;

/// <summary>Value classification: placeholders, well-known public values, entropy, and "is this literal plausibly a credential".</summary>
internal static class SecretValues
{
    /// <summary>Published emulator / documentation values: not secrets.</summary>
    private static readonly string[] KnownPublicValues =
    {
        // Azurite / Azure Storage Emulator account key (documented by Microsoft).
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
        // Azure Cosmos DB emulator key (documented by Microsoft).
        "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==",
        // Google OAuth client IDs (<number>-<id>.apps.googleusercontent.com) are public: they appear in every sign-in page.
        ".apps.googleusercontent.com",
        // The swarm join tokens of Docker's documentation (the "Create a swarm" tutorial, the docker swarm join-token
        // reference), copied into countless READMEs.
        "SWMTKN-1-49nj1cmql0jkz5s954yi3oex3nedyz0fb0xx14ie39trti4wxv",
        "SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl",
    };

    /// <summary>Substrings that mark documentation or template values.</summary>
    /// <remarks>
    /// Template syntax (<c>${VAR}</c>, <c>$(VAR)</c>, <c>{{ expr }}</c>, <c>#{Var}</c>, <c>%(name)s</c>, <c>&lt;your key&gt;</c>)
    /// is not a plain substring test: it only counts when the region is well formed (see <see cref="HasTemplateRegion"/>),
    /// so a random value that happens to contain <c>${</c> or <c>{{</c> (<c>m{{h}o)p${e]nob(...</c>) is still judged.
    /// </remarks>
    private static readonly string[] PlaceholderMarkers =
    {
        "example", "placeholder", "changeme", "change-me", "change_me", "changeit", "change_this", "change-this", "changethis",
        "replace", "dummy", "sample",
        "redacted", "your-", "your_", "yourpassword", "yoursecret", "yourkey", "yourtoken", "insert", "enter-", "enter_",
        "todo", "fixme", "xxxx", "****", "....", "####",
    };

    /// <summary>
    /// Whole values (case-insensitive) that are never credentials. Not <c>secret</c>: as the value of another name
    /// (<c>Password=secret</c>, <c>user:secret@host</c>) it is a weak password people do commit; under its own name
    /// (<c>secret: secret</c>) the words-only check of <see cref="IsLikelySecretValue(string, string[])"/> still treats it as a label.
    /// </summary>
    private static readonly string[] SafeWholeValues =
    {
        "password", "passwd", "pwd", "token", "apikey", "api_key", "api-key", "key", "none", "null", "nil", "n/a", "na",
        "true", "false", "yes", "no", "default", "disabled", "enabled", "empty", "undefined", "unset", "test", "pass", "bearer",
        "basic", "string", "value", "tbd", "secretref", "required", "optional",
        "anonymous", // anonymous access (FTP, LDAP binds, registries): the convention says the value is public
    };

    /// <summary>Whole values of <see cref="SafeWholeValues"/> that people do use as credentials (reported under <c>report_weak_values</c>).</summary>
    private static readonly string[] WeakWholeValues =
    {
        "password", "passwd", "pwd", "token", "apikey", "api_key", "api-key", "key", "test", "pass",
    };

    /// <summary>States and access levels, silent under <c>report_weak_values</c> too.</summary>
    private static readonly string[] StateWords =
    {
        "read", "write", "readwrite", "read-write", "readonly", "read-only", "succeeded", "failed", "skipped", "timedout",
        "pending", "completed", "active", "inactive", "expired", "revoked", "valid", "invalid", "unknown", "error", "ok",
        "notconfigured", "not_configured", "not-configured", "notset", "not_set", "unset", "unconfigured",
    };

    private static readonly string[] ResourceNameWords =
    {
        "password", "passwd", "pwd", "secret", "secrets", "key", "keys", "token", "tokens", "credential", "credentials", "creds",
        "apikey", "kv", "vault", "cert", "certificate", "connection", "connectionstring", "sas", "signing", "tls",
    };

    /// <summary>Common words that may appear in non-secret identifier-shaped values (header names, scheme names).</summary>
    private static readonly string[] CommonValueWords =
    {
        "x", "api", "key", "keys", "token", "tokens", "secret", "secrets", "password", "passwd", "pwd", "auth", "authorization",
        "bearer", "basic", "access", "refresh", "id", "client", "account", "subscription", "ocp", "apim", "header", "value",
        "connection", "string", "strings", "default", "db", "sql", "user", "name", "credential", "credentials", "signing",
        "private", "shared", "sas", "app", "application", "jwt", "session", "cookie", "csrf", "xsrf", "new", "old", "current",
        "confirm", "primary", "secondary", "master", "service", "principal", "storage", "azure", "vault", "kv", "the", "my",
    };

    public static bool IsKnownPublicValue(string value)
    {
        foreach (var known in KnownPublicValues)
        {
            if (value.IndexOf(known, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        // Public by design: a Mapbox pk.eyJ token, a Stripe publishable key, a public key's base64 (real-code sample 7).
        return IsPublicKeyMaterial(value.Trim());
    }

    /// <summary>
    /// True for empty values, templates (<c>${VAR}</c>, <c>$(VAR)</c>, <c>%VAR%</c>, <c>{{ var }}</c>, <c>#{var}#</c>, <c>@param</c>,
    /// <c>{0}</c>), masks (<c>****</c>, <c>xxx</c>) and documentation text (<c>changeme</c>, <c>your-password-here</c>).
    /// </summary>
    public static bool IsPlaceholder(string value) => IsPlaceholder(value, countingDigitsAreFiller: true);

    /// <summary>
    /// <see cref="IsPlaceholder(string)"/>; <paramref name="countingDigitsAreFiller"/> false keeps a counting run as part of a
    /// chosen password (<c>SwN12345678</c> under <c>SA_PASSWORD</c>): people pick such passwords, format fillers are tokens.
    /// </summary>
    internal static bool IsPlaceholder(string value, bool countingDigitsAreFiller)
    {
        var trimmed = value.Trim().Trim('"', '\'');
        if (trimmed.Length == 0)
        {
            return true;
        }

        foreach (var marker in PlaceholderMarkers)
        {
            if (ContainsMarker(trimmed, marker))
            {
                return true;
            }
        }

        if (HasTemplateRegion(trimmed) || HasDunderMarker(trimmed))
        {
            return true;
        }

        foreach (var safe in SafeWholeValues)
        {
            if (string.Equals(trimmed, safe, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        if (IsPrintfSlot(trimmed) || IsAngleBracketPrompt(trimmed) || IsTemplateFunctionReference(trimmed) || IsYourWord(trimmed)
            || IsShoutedLabel(trimmed) || StartsWithTranslatedYour(trimmed))
        {
            return true;
        }

        var first = trimmed[0];
        var last = trimmed[trimmed.Length - 1];
        if ((first == '%' && last == '%' && trimmed.Length > 2)
            || (first == '@' && !IsAtLeadingPassword(trimmed)) || (first == '$' && !IsDollarLeadingPassword(trimmed)) || first == ':'
            || (first == '{' && last == '}')
            || (first == '[' && last == ']')
            || (first == '(' && last == ')'))
        {
            return true;
        }

        return IsRepeatedCharacter(trimmed) || IsGuid(trimmed) || IsPublicKeyToken(trimmed)
            || (countingDigitsAreFiller ? IsDummyToken(trimmed) : IsDummyTokenBesidesCounting(trimmed));
    }

    /// <summary>Four groups of four lower-case letters separated by single blanks: a Google app password as Google displays it.</summary>
    private static bool IsGoogleAppPassword(string value)
    {
        if (value.Length != 19)
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (i % 5 == 4 ? value[i] != ' ' : value[i] is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A chosen password that starts with <c>@</c> (<c>@someThingComplicated1234</c>, eShopOnWeb's SQL Server password), not a
    /// parameter or a template reference (<c>@Password</c>, <c>@p0</c>, <c>@Model.Password</c>, <c>@{name}</c>): twelve or
    /// more characters, letters of both cases and digits, nothing but letters and digits after the <c>@</c>.
    /// </summary>
    private static bool IsAtLeadingPassword(string value)
        => value.Length >= 12 && ScanLettersAndDigits(value, 1, out var upper, out var lower, out var digits, out _) && upper && lower && digits > 0;

    /// <summary>
    /// From <paramref name="start"/>, ASCII letters and digits only (false at anything else): which cases occur, how many
    /// digits, and whether a digit is followed by a letter.
    /// </summary>
    private static bool ScanLettersAndDigits(string value, int start, out bool upper, out bool lower, out int digits, out bool digitThenLetter)
    {
        upper = lower = digitThenLetter = false;
        digits = 0;
        for (var i = start; i < value.Length; i++)
        {
            var c = value[i];
            if (c is >= '0' and <= '9')
            {
                digits++;
                digitThenLetter |= i + 1 < value.Length && char.IsLetter(value[i + 1]);
            }
            else if (c is >= 'a' and <= 'z')
            {
                lower = true;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                upper = true;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A chosen password that starts with <c>$</c> (<c>$ecRetT0F1nD</c>), not a variable reference (<c>$DB_PASSWORD</c>,
    /// <c>$dbPassword</c>, <c>$Password12</c>): letters and digits only, both cases, two or more digits, and a digit
    /// followed by a letter (leet spelling, not a counter at the end).
    /// </summary>
    private static bool IsDollarLeadingPassword(string value)
        => value.Length >= 8 && ScanLettersAndDigits(value, 1, out var upper, out var lower, out var digits, out var digitThenLetter)
           && upper && lower && digits >= 2 && digitThenLetter;

    /// <summary>A printf slot as the whole value: <c>%s</c>, <c>%v</c>, <c>%d</c>, <c>%(password)s</c>, <c>%1$s</c> (<c>redis://admin:%s@host</c>).</summary>
    private static bool IsPrintfSlot(string value)
    {
        if (value.Length < 2 || value[0] != '%' || value.IndexOf('%', 1) >= 0)
        {
            return false;
        }

        var i = 1;
        if (value[i] == '(')
        {
            var close = value.IndexOf(')', i);
            if (close < 0)
            {
                return false;
            }

            i = close + 1;
        }

        while (i < value.Length - 1 && (char.IsDigit(value[i]) || value[i] is '$' or '-' or '+' or '.' or '#' or ' '))
        {
            i++;
        }

        return i == value.Length - 1 && value[i] is 's' or 'v' or 'd' or 'q' or 'x' or 'i' or 'f';
    }

    /// <summary>A prompt in angle brackets: <c>&lt;enter password&gt;</c>, <c>&lt;your db password&gt;</c> (words, spaces, '-', '_', '.').</summary>
    private static bool IsAngleBracketPrompt(string value)
    {
        if (value == "<>")
        {
            return true; // an empty prompt (real-code sample 8)
        }

        if (value.Length < 3 || value[0] != '<' || value[value.Length - 1] != '>')
        {
            return false;
        }

        for (var i = 1; i < value.Length - 1; i++)
        {
            if (!char.IsLetterOrDigit(value[i]) && value[i] is not ' ' and not '-' and not '_' and not '.')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <c>your</c> and a word, in one, lower case (<c>youremail</c>, <c>yourusername</c>): a fill-in, like the separated
    /// <c>your-</c>/<c>your_</c> markers. Lower-case letters only: a chosen password that starts with "your" has capitals,
    /// digits or symbols (<c>YourStrong@Passw0rd</c>).
    /// </summary>
    private static bool IsYourWord(string value)
    {
        if (value.Length < 7 || !value.StartsWith("your", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The <c>your-</c>/<c>your_</c> fill-in in Portuguese, Spanish or French, at the start of the value: <c>sua_senha</c>,
    /// <c>seu_usuario</c>, <c>sua-chave-openai-aqui</c>, <c>tu_contraseña</c>, <c>votre-mot-de-passe</c> (real-code sample 9).
    /// Only at the start and followed by a letter: short words like these occur inside generated tokens.
    /// </summary>
    private static bool StartsWithTranslatedYour(string value)
    {
        foreach (var your in TranslatedYour)
        {
            if (value.Length > your.Length + 2 && value.StartsWith(your, StringComparison.OrdinalIgnoreCase)
                && value[your.Length] is '_' or '-' && char.IsLetter(value[your.Length + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] TranslatedYour = { "sua", "seu", "tu", "su", "votre", "ton", "ta" };

    /// <summary>
    /// A shouted label of two or three words naming a credential (<c>TU PASSWORD</c>, <c>YOUR API KEY</c>, <c>DB PASSWORD</c>):
    /// a template's text where the value goes, as a shouted credential word alone is.
    /// </summary>
    private static bool IsShoutedLabel(string value)
    {
        if (value.IndexOf(' ') < 0)
        {
            return false;
        }

        var words = value.Split(' ');
        if (words.Length > 3)
        {
            return false;
        }

        var credential = false;
        foreach (var word in words)
        {
            foreach (var c in word)
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }

            credential |= IsShoutedCredentialSegment(word) || word is "CONTRASEÑA" or "SENHA" or "CLAVE";
        }

        return credential;
    }

    /// <summary>
    /// An ARM template function reading a parameter or variable: <c>parameters('dbPassword')</c>, <c>variables('x')</c>
    /// (also cut by a connection-string parser at the quote: <c>',parameters(</c>).
    /// </summary>
    private static bool IsTemplateFunctionReference(string value)
        => value.IndexOf("parameters(", StringComparison.OrdinalIgnoreCase) >= 0
           || value.IndexOf("variables(", StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>
    /// A hard-coded fallback inside a shell parameter expansion: <c>${POSTGRES_PASSWORD:-jXYI0No8q2aU3n3Y}</c> (also
    /// <c>${NAME-default}</c>, <c>${NAME:=default}</c>) where the variable is named like a secret and the default looks
    /// like one. Compose files and scripts ship that default to every environment that does not set the variable.
    /// </summary>
    public static bool HasSecretShellDefault(string value)
    {
        for (var open = value.IndexOf("${", StringComparison.Ordinal); open >= 0; open = value.IndexOf("${", open + 2, StringComparison.Ordinal))
        {
            var close = value.IndexOf('}', open + 2);
            if (close < 0)
            {
                return false;
            }

            var body = value.Substring(open + 2, close - open - 2);
            var separator = body.IndexOfAny(ShellDefaultOperators);
            if (separator <= 0)
            {
                continue;
            }

            var name = body.Substring(0, separator);
            var fallback = body.Substring(separator + (separator + 1 < body.Length && body[separator] == ':' ? 2 : 1));
            if (SecretNames.IsSecretLikeConfigurationKey(name, null, out var words) && fallback.Length >= 8 && IsLikelySecretValue(fallback, words))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly char[] ShellDefaultOperators = { ':', '-', '=' };

    /// <summary>
    /// The marker occurs in the value. A short marker (<c>todo</c>) must also be cased as a word is (all lower case, all capitals,
    /// <c>Todo</c>, <c>ToDo</c>): an upper-case letter after another and before a lower-case one (<c>aeTOdoe</c>) is
    /// random text in a token, not the word.
    /// </summary>
    private static bool ContainsMarker(string value, string marker)
    {
        for (var i = value.IndexOf(marker, StringComparison.OrdinalIgnoreCase); i >= 0; i = value.IndexOf(marker, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (marker.Length > 4 || IsWordCased(value, i, marker.Length))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWordCased(string value, int start, int length)
    {
        for (var i = start + 1; i + 1 < start + length; i++)
        {
            if (char.IsUpper(value[i]) && char.IsUpper(value[i - 1]) && char.IsLower(value[i + 1]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Dummy material inside an otherwise token-shaped value, the way documentation and tests fill a token's format:
    /// a run of <c>####</c>, a segment made only of <c>x</c> (<c>xoxe-1-xxx</c>), a self-describing <c>...Here</c> /
    /// <c>_HERE</c> ending (<c>YourAccessTokenHere</c>), or counting digits (<see cref="HasCountingDigits"/>). One pass, no allocation.
    /// </summary>
    public static bool IsDummyToken(string value) => IsDummyTokenBesidesCounting(value) || HasCountingDigits(value);

    private static bool IsDummyTokenBesidesCounting(string value)
        => value.IndexOf("####", StringComparison.Ordinal) >= 0 || HasXSegment(value) || EndsWithHere(value) || IsYourHereInstruction(value)
           || HasWordSegment(value);

    /// <summary>A dotted token with a segment spelled out as a word (<c>eyJ...header.body.signature</c>, <c>....payload.sig</c>): documentation.</summary>
    private static bool HasWordSegment(string value)
    {
        var dot = value.IndexOf('.');
        if (dot < 10)
        {
            return false; // no dot, or a first segment too short to be a token's (host names: api.body.example)
        }

        var start = dot + 1;
        while (start <= value.Length)
        {
            var end = value.IndexOf('.', start);
            if (end < 0)
            {
                end = value.Length;
            }

            var length = end - start;
            foreach (var word in SegmentWords)
            {
                if (length == word.Length && string.Compare(value, start, word, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }
            }

            start = end + 1;
        }

        return false;
    }

    private static readonly string[] SegmentWords = { "header", "body", "payload", "signature", "sig", "claims" };

    /// <summary>
    /// A segment (between separators other than letters and digits) of three or more <c>x</c>/<c>X</c> only, or, in a value
    /// with separators, of four or more of one repeated character (<c>amzn.mws.aaaaaaaa-1111-...</c>, <c>0000-...</c>).
    /// </summary>
    private static bool HasXSegment(string value)
    {
        var run = 0;
        var onlyX = true;
        var repeated = true;
        var separated = false;
        for (var i = 0; i <= value.Length; i++)
        {
            if (i == value.Length || !char.IsLetterOrDigit(value[i]))
            {
                separated |= i < value.Length;
                if ((onlyX && run >= 3) || (repeated && run >= 4 && separated))
                {
                    return true;
                }

                run = 0;
                onlyX = true;
                repeated = true;
                continue;
            }

            run++;
            onlyX &= value[i] is 'x' or 'X';
            repeated &= run == 1 || value[i] == value[i - 1];
        }

        return false;
    }

    /// <summary>
    /// A fill-in instruction spelled in PascalCase: <c>Your</c>, a capital, and later a word <c>Here</c> followed by a capital
    /// or the end (<c>YourSuperSecretKeyHereThatIsAtLeast32CharactersLong123!</c>, <c>YourJwtKeyHere</c>). The hyphen and
    /// underscore spellings (<c>your-key-here</c>) are markers already. A chosen password that merely starts with
    /// <c>Your</c> (<c>YourStrongPassw0rd</c>) has no <c>Here</c> and stays a password.
    /// </summary>
    private static bool IsYourHereInstruction(string value)
    {
        if (value.Length < 12 || !value.StartsWith("Your", StringComparison.Ordinal) || !char.IsUpper(value[4]))
        {
            return false;
        }

        for (var i = value.IndexOf("Here", 5, StringComparison.Ordinal); i > 0; i = value.IndexOf("Here", i + 4, StringComparison.Ordinal))
        {
            if (char.IsLower(value[i - 1]) && (i + 4 == value.Length || !char.IsLower(value[i + 4])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>TokenHere</c>, <c>token_here</c>, <c>PASSWORD-HERE</c>: a word "here" that ends the value after another word.</summary>
    private static bool EndsWithHere(string value)
    {
        const int Length = 4;
        if (value.Length < Length + 3 || string.Compare(value, value.Length - Length, "here", 0, Length, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }

        var h = value[value.Length - Length];
        var before = value[value.Length - Length - 1];
        return before is '_' or '-' or '.' || (h == 'H' && value[value.Length - 1] == 'e' && char.IsLower(before))
            || IsCredentialWordThenHere(value, value.Length - Length);
    }

    /// <summary>
    /// <c>passwordhere</c>, <c>apikeyhere</c>, <c>secrettokenhere</c>: lower-case letters only, a credential word right before
    /// the final <c>here</c> (real-code sample 12). Words that merely end in "here" (<c>atmosphere</c>) have none.
    /// </summary>
    private static bool IsCredentialWordThenHere(string value, int hereStart)
    {
        foreach (var c in value)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        foreach (var word in HereCredentialWords)
        {
            if (hereStart >= word.Length && string.CompareOrdinal(value, hereStart - word.Length, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] HereCredentialWords = { "password", "passwd", "pass", "pwd", "secret", "token", "key", "passphrase" };

    /// <summary>
    /// Counting or periodic digits that no generator produces: a counting run of eight or more (<c>12345678</c>,
    /// <c>1234567890</c>), the same counting group of four or more twice (<c>1234-1234</c>), or a period of two or three
    /// digits repeated over twelve or more (<c>123123123123</c>, <c>121212121212</c>). One digit repeated is left to the
    /// whole-value test: <c>3111111111111</c> inside a token is what generators for format tests emit.
    /// </summary>
    internal static bool HasCountingDigits(string value)
    {
        var run = 0;
        var groupStart = -1;
        var groupCounting = false;
        var firstGroupStart = -1;
        var firstGroupLength = 0;
        for (var i = 0; i <= value.Length; i++)
        {
            var isDigit = i < value.Length && value[i] is >= '0' and <= '9';
            if (!isDigit)
            {
                var length = i - groupStart;
                if (groupStart >= 0 && groupCounting && length >= 4)
                {
                    if (firstGroupStart >= 0 && firstGroupLength == length && string.CompareOrdinal(value, firstGroupStart, value, groupStart, length) == 0)
                    {
                        return true;
                    }

                    if (firstGroupStart < 0)
                    {
                        firstGroupStart = groupStart;
                        firstGroupLength = length;
                    }
                }

                groupStart = -1;
                run = 0;
                continue;
            }

            if (groupStart < 0)
            {
                groupStart = i;
                groupCounting = true;
                run = 1;
                continue;
            }

            var previous = value[i - 1];
            if (value[i] == (previous == '9' ? '0' : (char)(previous + 1)))
            {
                if (++run >= 8)
                {
                    return true;
                }
            }
            else
            {
                run = 1;
                groupCounting = false;
            }

            if (i - groupStart >= 11)
            {
                for (var period = 2; period <= 3; period++)
                {
                    if (IsPeriodic(value, i - 11, 12, period))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>The window repeats its first <paramref name="period"/> characters, and those are not one character repeated.</summary>
    private static bool IsPeriodic(string value, int start, int length, int period)
    {
        var varied = false;
        for (var j = start + 1; j < start + period; j++)
        {
            varied |= value[j] != value[start];
        }

        if (!varied)
        {
            return false;
        }

        for (var j = start + period; j < start + length; j++)
        {
            if (value[j] != value[j - period])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A well-formed template or placeholder region anywhere in the value: <c>${NAME}</c> / <c>${NAME:-default}</c>,
    /// <c>$(NAME)</c>, <c>{{ expression }}</c> (also <c>${{ secrets.X }}</c>), <c>#{Name}</c>, <c>%(name)s</c>, or
    /// <c>&lt;text&gt;</c> (<c>&lt;your-key&gt;</c>, <c>&lt;% PASSWORD %&gt;</c>). The opening must be followed by a name
    /// (letters, digits, <c>_ . - :</c>, spaces) and the matching close, without another brace in between; otherwise the
    /// characters are part of a value, and a generated password may contain any of them.
    /// </summary>
    /// <summary>
    /// A double underscore that marks a placeholder: at either end (<c>__SET_IN_USER_SECRETS__</c>, <c>__token</c>) or
    /// around capitals (<c>Bearer __TOKEN__</c>). In the middle of a chosen passphrase (<c>key_is__kept@here_07</c>) it is
    /// just a separator.
    /// </summary>
    private static bool HasDunderMarker(string value)
    {
        if (value.StartsWith("__", StringComparison.Ordinal) || value.EndsWith("__", StringComparison.Ordinal))
        {
            return true;
        }

        for (var open = value.IndexOf("__", StringComparison.Ordinal); open >= 0; open = value.IndexOf("__", open + 2, StringComparison.Ordinal))
        {
            var i = open + 2;
            while (i < value.Length && (value[i] is >= 'A' and <= 'Z' or >= '0' and <= '9' || (value[i] == '_' && !(i + 1 < value.Length && value[i + 1] == '_'))))
            {
                i++;
            }

            if (i > open + 2 && i + 1 < value.Length && value[i] == '_' && value[i + 1] == '_')
            {
                return true;
            }
        }

        return false;
    }

    internal static bool HasTemplateRegion(string value)
    {
        for (var i = 0; i + 1 < value.Length; i++)
        {
            var c = value[i];
            var next = value[i + 1];
            if ((c == '$' && next == '{' && IsNamed(value, i + 2, '}', allowDefault: true))
                || (c == '$' && next == '(' && IsNamed(value, i + 2, ')', allowDefault: false))
                || (c == '#' && next == '{' && IsNamed(value, i + 2, '}', allowDefault: false))
                || (c == '%' && next == '(' && IsNamed(value, i + 2, ')', allowDefault: false))
                || (c == '{' && next == '{' && IsExpression(value, i + 2))
                || (c == '<' && IsAngleText(value, i + 1))
                || (c == '&' && IsEscapedAngleText(value, i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>From <paramref name="start"/>: a name, optionally <c>:-default</c> / <c>:default</c>, then <paramref name="close"/>.</summary>
    private static bool IsNamed(string value, int start, char close, bool allowDefault)
    {
        var i = start;
        while (i < value.Length && value[i] == ' ')
        {
            i++;
        }

        var nameStart = i;
        while (i < value.Length && (char.IsLetterOrDigit(value[i]) || value[i] is '_' or '.' or '-'))
        {
            i++;
        }

        if (i == nameStart || !char.IsLetter(value[nameStart]) && value[nameStart] != '_')
        {
            return false;
        }

        if (allowDefault && i < value.Length && value[i] is ':' or '?' or '-' or '=')
        {
            // ${NAME:-default}, ${NAME?error}: anything up to the close brace, without another opening.
            while (i < value.Length && value[i] != close)
            {
                if (value[i] is '{' or '$')
                {
                    return false;
                }

                i++;
            }
        }

        while (i < value.Length && value[i] == ' ')
        {
            i++;
        }

        return i < value.Length && value[i] == close;
    }

    /// <summary>From <paramref name="start"/>: an expression with at least one letter and no brace, then <c>}}</c>.</summary>
    private static bool IsExpression(string value, int start)
    {
        var letter = false;
        for (var i = start; i + 1 < value.Length; i++)
        {
            var c = value[i];
            if (c == '}')
            {
                return letter && value[i + 1] == '}';
            }

            if (c == '{')
            {
                return false;
            }

            letter |= char.IsLetter(c);
        }

        return false;
    }

    /// <summary>
    /// <c>&amp;lt;your-password&amp;gt;</c>: the angle-bracket placeholder as HTML or XML escapes it (a value copied from a web
    /// page or an XML file). At <paramref name="start"/>: <c>&amp;lt;</c>, text with a letter and no <c>&amp;</c>, then <c>&amp;gt;</c>.
    /// </summary>
    private static bool IsEscapedAngleText(string value, int start)
    {
        if (string.CompareOrdinal(value, start, "&lt;", 0, 4) != 0)
        {
            return false;
        }

        var close = value.IndexOf("&gt;", start + 4, StringComparison.Ordinal);
        if (close < 0)
        {
            return false;
        }

        var letter = false;
        for (var i = start + 4; i < close; i++)
        {
            if (value[i] is '&' or '<' or '>')
            {
                return false;
            }

            letter |= char.IsLetter(value[i]);
        }

        return letter;
    }

    /// <summary>From <paramref name="start"/>: text with at least one letter and no other angle bracket, then <c>&gt;</c>.</summary>
    private static bool IsAngleText(string value, int start)
    {
        var letter = false;
        for (var i = start; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '>')
            {
                return letter;
            }

            if (c == '<')
            {
                return false;
            }

            letter |= char.IsLetter(c);
        }

        return false;
    }

    /// <summary>
    /// A stored password hash rather than a password: the MySQL native hash (<c>*</c> and 40 upper-case hex digits, what
    /// <c>mysql_user</c> takes with <c>encrypted: yes</c>). Crypt-style hashes (<c>$2b$</c>, <c>$6$</c>, <c>$argon2</c>)
    /// already start with <c>$</c> and count as placeholders.
    /// </summary>
    internal static bool IsPasswordHash(string value)
    {
        if (value.Length != 41 || value[0] != '*')
        {
            return false;
        }

        for (var i = 1; i < value.Length; i++)
        {
            if (!(value[i] is >= '0' and <= '9' or >= 'A' and <= 'F'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The value of an HTTP <c>Authorization</c> header that carries a credential: <c>Basic</c>, <c>Bearer</c> or <c>Token</c>
    /// and a token (judged like the header written out in a string, <c>Authorization: Basic ...</c>).
    /// </summary>
    public static bool IsAuthorizationHeaderValue(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length >= 14
            && StartsWithScheme(trimmed)
            && SecretDetector.TryMatch(SecretFormats.HttpAuthorizationHeader, "Authorization: " + trimmed, out _);
    }

    private static bool StartsWithScheme(string value)
    {
        foreach (var scheme in SecretFormats.AuthorizationSchemes)
        {
            if (value.Length > scheme.Length && value[scheme.Length] == ' ' && value.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Text of a localization file rather than a credential: it holds a letter outside ASCII (<c>"Password": "Lösenord"</c>,
    /// <c>"Contraseña"</c>, <c>"パスワード"</c>) or an HTML character reference (<c>L&amp;#246;senord</c>). Translated labels
    /// sit under the same keys as credentials in <c>i18n/*.json</c> files; generated credentials are ASCII, and chosen
    /// passwords with such letters are rare (the price of this rule, stated in AKS2001/AKS2003's docs). A chosen passphrase
    /// spelled like a password is not text: twelve or more characters without a blank, with a digit and letters of both
    /// cases (<c>CléUltraSuperSecrète…123!</c>); labels have no digits in their words.
    /// </summary>
    internal static bool IsLocalizedText(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c > 127 && char.IsLetter(c))
            {
                return !IsPasswordShapedPhrase(value);
            }

            if (c == '&' && i + 3 < value.Length && value[i + 1] == '#')
            {
                var j = i + 2;
                var hex = value[j] is 'x' or 'X';
                if (hex)
                {
                    j++;
                }

                var start = j;
                while (j < value.Length && (char.IsDigit(value[j]) || (hex && Uri.IsHexDigit(value[j]))))
                {
                    j++;
                }

                if (j > start && j < value.Length && value[j] == ';')
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsPasswordShapedPhrase(string value)
    {
        if (value.Length < 12)
        {
            return false;
        }

        bool upper = false, lower = false, digit = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || c == '&')
            {
                return false;
            }

            upper |= char.IsUpper(c);
            lower |= char.IsLower(c);
            digit |= c is >= '0' and <= '9';
        }

        return upper && lower && digit;
    }

    /// <summary>
    /// A call expression (<c>func()</c>, <c>env.get('DB')</c>, <c>lookup(db)</c>) written where a value goes: configuration
    /// templating or code read into a setting, not the credential itself.
    /// </summary>
    internal static bool IsCallExpression(string value)
    {
        if (value.Length < 3 || value[value.Length - 1] != ')' || !(char.IsLetter(value[0]) || value[0] == '_'))
        {
            return false;
        }

        var open = value.IndexOf('(');
        if (open <= 0 || value.IndexOf('(', open + 1) >= 0 || value.IndexOf(')') != value.Length - 1)
        {
            return false;
        }

        for (var i = 0; i < open; i++)
        {
            var c = value[i];
            if (!(char.IsLetterOrDigit(c) || c is '_' or '.'))
            {
                return false;
            }
        }

        // The arguments: nothing, or names and quoted names (not a password that happens to end in ")").
        for (var i = open + 1; i < value.Length - 1; i++)
        {
            var c = value[i];
            if (!(char.IsLetterOrDigit(c) || c is '_' or '.' or '-' or ':' or '\'' or '"' or ',' or ' '))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An Amazon Resource Name (<c>arn:aws:lambda:...</c>): a reference to a resource, not a credential.</summary>
    internal static bool IsResourceReference(string value)
        => value.StartsWith("arn:", StringComparison.Ordinal) && value.IndexOf(':', 4) > 4;

    /// <summary>
    /// Whether a literal assigned to a secret-like name (AKS2001) or stored under a secret-like key (AKS2003) is plausibly a credential.
    /// <paramref name="nameWords"/> are the lower-case words of the name; values made only of such words are names, not secrets.
    /// </summary>
    public static bool IsLikelySecretValue(string value, string[]? nameWords)
    {
        var trimmed = value.Trim();
        if (trimmed.Length > 12 && trimmed.IndexOf("${", StringComparison.Ordinal) >= 0 && HasSecretShellDefault(trimmed))
        {
            return true; // ${DB_PASSWORD:-jXYI0No8q2aU3n3Y}: the default is the secret.
        }

        if (trimmed.Length < 4 || IsPlaceholder(trimmed, countingDigitsAreFiller: (!IsPasswordName(nameWords) && !IsPassphraseWithCountingRun(trimmed)) || !HasLetter(trimmed))
            || IsKnownPublicValue(trimmed) || IsRepeatedChunk(trimmed))
        {
            return false;
        }

        // Text that refers to a value rather than being one.
        var reference = IsUrlWithoutCredentials(trimmed) || IsPathLike(trimmed) || IsResourceReference(trimmed)
            || IsEnvironmentVariableName(trimmed) || IsConfigurationKeyPath(trimmed) || IsCallExpression(trimmed)
            || IsEndpointConnectionString(trimmed, nameWords);
        if (!reference && LooksGeneratedWithSymbols(trimmed))
        {
            return true; // r&lvybzry1*k+qq)=x-!=0yd5...: a generated key (Django's SECRET_KEY), not a settings list or a sentence.
        }

        if (IsPasswordName(nameWords) && IsGoogleAppPassword(trimmed))
        {
            return true; // "abcd efgh ijkl mnop": the four groups Google shows for an app password (SMTP through Gmail).
        }

        if (reference || IsSentence(trimmed) || LooksLikeKeyValueList(trimmed) || (IsNumberLike(trimmed) && !IsPin(trimmed, nameWords))
            || IsResourceName(trimmed) || IsPasswordHash(trimmed) || IsLocalizedText(trimmed))
        {
            return false;
        }

        if (IsWordsOnly(trimmed, nameWords) || IsDerivedFromName(trimmed, nameWords) || HasFormatItem(trimmed))
        {
            return false;
        }

        if (IsAmbiguousKeyName(nameWords) && !IsKeyShaped(trimmed))
        {
            return false;
        }

        // People choose passwords, so a plain word under a password name is one ("hardcoded"). Secrets, tokens and keys are
        // generated: an identifier made of words ("constantValue", "EndGlobalSection") under such a name is a name or a label.
        return IsPasswordName(nameWords) || !IsIdentifierLike(trimmed);
    }

    /// <summary>
    /// A value of 8 or more characters that repeats a chunk of one to four characters (<c>abababab</c>, <c>%2f%2f%2f%2f</c>,
    /// <c>121212121212</c>): filler, never a generated or chosen credential.
    /// </summary>
    internal static bool IsRepeatedChunk(string value)
    {
        if (value.Length < 8)
        {
            return false;
        }

        for (var period = 1; period <= 4; period++)
        {
            var i = period;
            while (i < value.Length && value[i] == value[i % period])
            {
                i++;
            }

            if (i == value.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The judgement of a value written under a name, shared by AKS2001 (names in code), AKS2003 (configuration keys) and the
    /// name-judged formats of AKS2002 (names written inside a text). When the caller found the name secret-like (with its
    /// own rules for code names or configuration keys), the value must be one people or services use as a credential;
    /// otherwise three narrower names still hold one: a last word <c>auth</c> (<c>proxyAuth</c>, a docker config's
    /// <c>auth</c>) with a machine-generated value, an <c>Authorization</c> header name with a credential scheme and token,
    /// and a plain <c>...Key</c> name (<c>VisionKey</c>, <c>key=</c>) with a value that looks issued by a service.
    /// </summary>
    public static bool IsCredentialUnderName(string name, string value, bool nameIsSecretLike, string[]? nameWords, bool reportWeakValues)
        => nameIsSecretLike
            ? IsLikelySecretValue(value, nameWords, reportWeakValues)
            : (SecretNames.EndsWithAuth(name) && LooksGenerated(value.Trim()))
              || (SecretNames.EndsWithAuthorization(name) && IsAuthorizationHeaderValue(value))
              || (SecretNames.EndsWithPlainKey(name) && LooksLikeIssuedKey(value.Trim()));

    /// <summary>
    /// <see cref="IsLikelySecretValue(string, string[])"/>; with <paramref name="reportWeakValues"/> (the
    /// <c>AKS2001.report_weak_values</c> option) also <see cref="IsHardCodedValue"/>, so the option only ever adds findings.
    /// </summary>
    public static bool IsLikelySecretValue(string value, string[]? nameWords, bool reportWeakValues)
        => IsLikelySecretValue(value, nameWords) || (reportWeakValues && IsHardCodedValue(value, nameWords));

    /// <summary>
    /// The check of the <c>report_weak_values</c> option: any literal under a secret-like name is a hard-coded credential,
    /// weak and demo values included (<c>Password = "pass"</c>, <c>ClientSecret = "secret"</c>, <c>ApiKey = "oops"</c>,
    /// <c>JwtSecret = "mysecretkey"</c>), as bandit, ruff, gosec and Bearer report them. Still silent: empty values,
    /// placeholders and masks (<c>changeme</c>, <c>&lt;password&gt;</c>, <c>${VAR}</c>, <c>****</c>), well-known public values,
    /// and text that refers to a value instead of being one (URLs without credentials, paths, sentences, environment
    /// variable names, configuration key paths, format strings, settings lists, password hashes, ARNs, calls), resource names
    /// (<c>orders-db-password</c>, a Key Vault or Kubernetes secret's name) and labels of several words (<c>X-Auth-Token</c>).
    /// </summary>
    internal static bool IsHardCodedValue(string value, string[]? nameWords)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0 || IsKnownPublicValue(trimmed) || (IsPlaceholder(trimmed, countingDigitsAreFiller: !IsPassphraseWithCountingRun(trimmed)) && !IsWeakWholeValue(trimmed)))
        {
            return false;
        }

        if (IsStateOrFake(trimmed) || IsArnReference(trimmed) || IsShoutedCredentialWord(trimmed))
        {
            return false;
        }

        // A credential word naming another kind of credential than the name does is a label: the ExternalSecret entry
        // "secretKey: password", "ApiKey = token". The name's own word is a default credential ("Password = password").
        if (IsCredentialWord(trimmed) && !SharesWord(trimmed, nameWords))
        {
            return false;
        }

        if (IsUrlWithoutCredentials(trimmed) || IsPathLike(trimmed) || IsSentence(trimmed) || LooksLikeKeyValueList(trimmed)
            || IsEndpointConnectionString(trimmed, nameWords) || IsEnvironmentVariableName(trimmed) || IsConfigurationKeyPath(trimmed) || (IsNumberLike(trimmed) && !IsPin(trimmed, nameWords))
            || IsPasswordHash(trimmed) || IsResourceReference(trimmed) || IsLocalizedText(trimmed) || IsCallExpression(trimmed)
            || HasFormatItem(trimmed) || IsResourceName(trimmed) || (IsAmbiguousKeyName(nameWords) && !IsKeyShaped(trimmed)))
        {
            return false;
        }

        // Labels made of several words stay labels: header and grant names ("X-Auth-Token", "refresh_token") and a compound
        // name spelled as its value ("trustStorePassword"). One word is a chosen value ("secret", "password", "pending"), and
        // so is a passphrase of five words or more, 24 characters or longer ("tijara_secret_key_2026_very_secure", a JWT
        // signing key's fallback in real code): labels are shorter.
        var wordCount = IdentifierWords.Split(trimmed).Length;
        var passphrase = wordCount >= PassphraseWords && trimmed.Length >= PassphraseLength;
        return !(IsWordsOnly(trimmed, nameWords) && wordCount > 1 && !passphrase)
            && !(IsDerivedFromName(trimmed, nameWords) && nameWords!.Length > 1 && !passphrase);
    }

    /// <summary>
    /// Three or more words of letters, 12 or more characters, one of them naming a credential, then a trailing run of digits:
    /// <c>ThisIsMySecretKey12345678</c>, <c>THIS_IS_A_SUPER_SECRET_KEY_123456</c>. A JWT signing key people chose and
    /// committed, not a format filler (<c>sk_test_1234567890</c>, <c>AKIA1234567890</c> have no such words).
    /// </summary>
    private static bool IsPassphraseWithCountingRun(string value)
    {
        var end = value.Length;
        while (end > 0 && value[end - 1] is >= '0' and <= '9')
        {
            end--;
        }

        if (end == value.Length || value.Length - end < 4)
        {
            return false;
        }

        while (end > 0 && value[end - 1] is '_' or '-' or '.')
        {
            end--;
        }

        if (end < 12)
        {
            return false;
        }

        for (var i = 0; i < end; i++)
        {
            var c = value[i];
            if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_' or '-' or '.'))
            {
                return false;
            }
        }

        var words = IdentifierWords.Split(value.Substring(0, end));
        if (words.Length < 3)
        {
            return false;
        }

        foreach (var word in words)
        {
            if (word is "secret" or "key" or "password" or "pass" or "token" or "jwt" or "signing" or "passphrase")
            {
                return true;
            }
        }

        return false;
    }

    private const int PassphraseWords = 5;
    private const int PassphraseLength = 24;

    /// <summary>
    /// A state or access level (<c>write</c>, <c>Succeeded</c>, <c>pending</c>: a Logic Apps <c>runAfter</c> status, a
    /// permission) or a fake (<c>somefakekey</c>): not a value anyone uses as a credential. Metasyntactic words (<c>foo</c>)
    /// are reported: peers that report weak values count them (ruff, PMD), and people do commit them.
    /// </summary>
    private static bool IsStateOrFake(string value)
    {
        foreach (var word in StateWords)
        {
            if (string.Equals(value, word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return ContainsMarker(value, "fake");
    }

    /// <summary>An identifier that names an ARN (<c>lookupArn</c>, <c>anArn</c>): a CloudFormation <c>ServiceToken</c> reference.</summary>
    private static bool IsArnReference(string value)
        => value.Length > 3 && value.EndsWith("Arn", StringComparison.Ordinal) && IsIdentifierLike(value);

    /// <summary>
    /// A credential word in capitals (<c>SECRET</c>, <c>PASSWORD</c>, <c>TOKEN</c>): the placeholder convention of
    /// configuration templates that ship every key with the value <c>SECRET</c> (seen 40 times in one real service's
    /// appsettings files). Lower-case <c>secret</c> stays a chosen weak value.
    /// </summary>
    private static bool IsShoutedCredentialWord(string value)
    {
        if (value.Length < 3)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c is not ((>= 'A' and <= 'Z') or '_'))
            {
                return false;
            }
        }

        return IsShoutedCredentialSegment(value.Replace("_", string.Empty));
    }

    /// <summary>One of <see cref="ShoutedCredentialWords"/>, any case: shared by the shouted word, label and slot-name checks.</summary>
    private static bool IsShoutedCredentialSegment(string word)
    {
        foreach (var shouted in ShoutedCredentialWords)
        {
            if (string.Equals(word, shouted, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ShoutedCredentialWords =
    {
        "secret", "password", "passwd", "pwd", "pass", "token", "key", "apikey", "clientsecret", "accesskey", "secretkey",
        "accesstoken", "credential", "credentials",
    };

    private static bool IsCredentialWord(string value)
        => IsWeakWholeValue(value) && !string.Equals(value, "test", StringComparison.OrdinalIgnoreCase);

    /// <summary>One of <paramref name="nameWords"/> contains the value or is contained in it (<c>pass</c> in <c>password</c>).</summary>
    private static bool SharesWord(string value, string[]? nameWords)
    {
        if (nameWords is null)
        {
            return false;
        }

        var word = value.Replace("_", string.Empty).Replace("-", string.Empty);
        foreach (var nameWord in nameWords)
        {
            if (nameWord.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0 || word.IndexOf(nameWord, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The <see cref="SafeWholeValues"/> that are weak credentials when used as one (<c>password</c>, <c>pass</c>, <c>test</c>).</summary>
    internal static bool IsWeakWholeValue(string value)
    {
        foreach (var weak in WeakWholeValues)
        {
            if (string.Equals(value, weak, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A value that looks machine-generated: at least 20 characters without spaces, letters and digits, and at least
    /// 4 bits of entropy per character (random base64/hex-like keys; not words, paths or URLs).
    /// </summary>
    public static bool LooksGenerated(string value)
    {
        if (value.Length < 20 || value.IndexOf(' ') >= 0 || value.IndexOf("://", StringComparison.Ordinal) >= 0 || IsPlaceholder(value))
        {
            return false;
        }

        bool letter = false, digit = false;
        foreach (var c in value)
        {
            letter |= c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
            digit |= c is >= '0' and <= '9';
        }

        return letter && digit && Entropy(value, 0, value.Length) >= 4.0;
    }

    /// <summary>
    /// A composite format item (<c>{0}</c>, <c>{1,8}</c>, <c>{1:N}</c>, or an unterminated <c>{0</c> at the end): the text
    /// is a format string, not a value. The index must be followed by <c>}</c>, <c>,</c>, <c>:</c> or the end of the text,
    /// as in .NET's <c>{index[,alignment][:format]}</c>; <c>{4k(</c> inside a generated value is not one. An empty
    /// <c>{}</c> (SLF4J, Python's <c>str.format</c>, Rust) is one too.
    /// </summary>
    public static bool HasFormatItem(string value) => HasFormatItem(value, 0, value.Length);

    /// <summary><see cref="HasFormatItem(string)"/> within <c>value[start..start+length)</c>.</summary>
    public static bool HasFormatItem(string value, int start, int length)
    {
        var end = start + length;
        for (var i = value.IndexOf('{', start, length); i >= 0 && i + 1 < end; i = value.IndexOf('{', i + 1, end - i - 1))
        {
            var j = i + 1;
            while (j < end && value[j] is >= '0' and <= '9')
            {
                j++;
            }

            if (j > i + 1 && (j == end || value[j] is '}' or ',' or ':' or ' '))
            {
                return true;
            }

            if (j == i + 1 && j < end && value[j] == '}')
            {
                return true; // "{}": the placeholder of SLF4J, Python's str.format, Rust and Go templates
            }
        }

        return false;
    }

    /// <summary>
    /// <c>primaryKey</c> / <c>secondaryKey</c> alone: the Azure name of an account or access-policy key (Storage, Cosmos DB,
    /// Event Hubs, IoT Hub, Event Grid list-keys output) and also a database's primary key. Under these two names only a
    /// value shaped like such a key counts (<see cref="IsKeyShaped"/>); qualified names (<c>storagePrimaryKey</c>) are not ambiguous.
    /// </summary>
    private static bool IsAmbiguousKeyName(string[]? nameWords)
        => nameWords is { Length: 2 } && nameWords[0] is "primary" or "secondary" && nameWords[1] is "key" or "keys";

    /// <summary>Base64, base64url or hex of 32 or more characters, <c>=</c> only as trailing padding: how service keys are issued.</summary>
    internal static bool IsKeyShaped(string value)
    {
        if (value.Length < 32)
        {
            return false;
        }

        var padding = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '=')
            {
                padding++;
            }
            else if (padding > 0 || !(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '+' or '/' or '-' or '_'))
            {
                return false;
            }
        }

        return padding <= 2;
    }

    /// <summary>The name speaks of a password (human-chosen) rather than a generated secret: password, passwd, pwd, passphrase, dbPassword...</summary>
    internal static bool HasLetter(string value)
    {
        foreach (var c in value)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPasswordName(string[]? nameWords)
    {
        if (nameWords is null)
        {
            return false;
        }

        foreach (var word in nameWords)
        {
            if (word.IndexOf("pass", StringComparison.Ordinal) >= 0 || word.IndexOf("pwd", StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Letters only (with <c>. _ -</c> between words), cased like an identifier: lower-case, Capitalized, camelCase or
    /// PascalCase words, short acronyms. Random letters break that pattern with runs of one- and two-letter humps
    /// ("rfAcBJFZLRrKpjm") or long upper-case runs; any digit or symbol also rules it out.
    /// </summary>
    private static bool IsIdentifierLike(string value)
    {
        foreach (var c in value)
        {
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '.' or '_' or '-'))
            {
                return false;
            }
        }

        var words = 0;
        var shortWords = 0;
        var start = -1;
        for (var i = 0; i <= value.Length; i++)
        {
            var boundary = i == value.Length || value[i] is '.' or '_' or '-'
                || (i > start + 1 && start >= 0 && char.IsUpper(value[i]) && (char.IsLower(value[i - 1]) || (i + 1 < value.Length && char.IsLower(value[i + 1]))));
            if (!boundary)
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0)
            {
                var length = i - start;
                words++;
                if (length <= 2)
                {
                    shortWords++;
                }
                else if (length > 5 && char.IsUpper(value[start]) && char.IsUpper(value[i - 1]))
                {
                    // A long upper-case run (ABCDEFGHQWERTY) is not an acronym.
                    return false;
                }
            }

            start = i < value.Length && char.IsLetter(value[i]) ? i : -1;
        }

        // One short word is fine in an identifier ("EndOfStream", "anArn", "myKey"); random letters give several.
        return words > 0 && (shortWords == 0 || (shortWords == 1 && words >= 2));
    }

    /// <summary>The value spells the name itself: <c>RequestVerificationToken = "__RequestVerificationToken"</c>, <c>TRUSTSTORE_PASSWORD = "trustStorePassword"</c>.</summary>
    private static bool IsDerivedFromName(string value, string[]? nameWords)
    {
        if (nameWords is null || nameWords.Length == 0)
        {
            return false;
        }

        var n = 0;
        foreach (var word in nameWords)
        {
            foreach (var c in word)
            {
                if (n >= value.Length)
                {
                    return false;
                }

                // Advance through the value, skipping separators; every letter must match the name's, in order.
                while (n < value.Length && !char.IsLetterOrDigit(value[n]))
                {
                    n++;
                }

                if (n >= value.Length || char.ToLowerInvariant(value[n]) != c)
                {
                    return false;
                }

                n++;
            }
        }

        while (n < value.Length && !char.IsLetterOrDigit(value[n]))
        {
            n++;
        }

        return n == value.Length;
    }

    /// <summary>Shannon entropy in bits per character.</summary>
    public static double Entropy(string text, int start, int length)
    {
        if (length <= 0)
        {
            return 0;
        }

        Span<int> counts = stackalloc int[128];
        var other = 0;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (c < 128)
            {
                counts[c]++;
            }
            else
            {
                other++;
            }
        }

        double entropy = 0;
        for (var i = 0; i < 128; i++)
        {
            if (counts[i] > 0)
            {
                var p = (double)counts[i] / length;
                entropy -= p * Math.Log(p, 2);
            }
        }

        if (other > 0)
        {
            var p = (double)other / length;
            entropy -= p * Math.Log(p, 2);
        }

        return entropy;
    }

    /// <summary>
    /// A generated secret drawn from letters, digits and symbols (Django's <c>get_random_secret_key()</c>, password
    /// generators): 32 to 200 characters without blanks or a URL scheme, letters, digits and at least three symbols, and at
    /// least 4.5 bits of entropy per character. Settings lists (<c>host=db;port=5432</c>) and query strings stay far below
    /// that entropy. Only asked for values under a secret-like name.
    /// </summary>
    internal static bool LooksGeneratedWithSymbols(string value)
    {
        if (value.Length is < 32 or > 200 || value.IndexOf("://", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        int letters = 0, digits = 0, symbols = 0;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || c > '~')
            {
                return false;
            }

            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
            {
                letters++;
            }
            else if (c is >= '0' and <= '9')
            {
                digits++;
            }
            else
            {
                symbols++;
            }
        }

        return letters >= 8 && digits >= 3 && symbols >= 3 && !IsPlaceholder(value) && !IsPasswordHash(value)
            && Entropy(value, 0, value.Length) >= 4.5;
    }

    /// <summary>
    /// The way services issue keys: 20 to 512 characters of base64, base64url or hex, with letters and digits, random by
    /// entropy (≥ 4 bits per character with both cases; one case ≥ 24 characters and ≥ 4.3 bits; hex, which cannot reach
    /// that, ≥ 32 characters and ≥ 3 bits). Not a placeholder, a
    /// documentation or counting token, a GUID, a path, or public key material (<see cref="IsPublicKeyMaterial"/>). Used with
    /// <see cref="SecretNames.EndsWithPlainKey"/>, where a lookup key or an id would otherwise look the same.
    /// </summary>
    public static bool LooksLikeIssuedKey(string value)
    {
        if (value.Length is < 20 or > 512)
        {
            return false;
        }

        bool lower = false, upper = false, digit = false, hex = true;
        foreach (var c in value)
        {
            if (c is >= 'a' and <= 'z')
            {
                lower = true;
                hex &= c <= 'f';
            }
            else if (c is >= 'A' and <= 'Z')
            {
                upper = true;
                hex &= c <= 'F';
            }
            else if (c is >= '0' and <= '9')
            {
                digit = true;
            }
            else if (c is '+' or '/' or '=' or '-' or '_' or '.')
            {
                hex = false;
            }
            else
            {
                return false;
            }
        }

        if (!digit || !(lower || upper) || IsPlaceholder(value) || IsKnownPublicValue(value) || IsDummyToken(value) || IsGuid(value)
            || IsPathLike(value))
        {
            return false;
        }

        var entropy = Entropy(value, 0, value.Length);
        if (hex && !(lower && upper))
        {
            return value.Length >= 32 && entropy >= 3.0;
        }

        // Mixed case (base64, base62); one case only (base32, base36: key-xke9nbc2...) needs a longer, more varied value.
        return lower && upper ? entropy >= 4.0 : value.Length >= 24 && entropy >= 4.3;
    }

    /// <summary>
    /// Base64 of a public key: the DER header of an RSA, EC or Ed25519 SubjectPublicKeyInfo (<c>MIIBIjANBgkqhkiG9w0BAQEFAAOC...</c>,
    /// <c>MFkwEwYHKoZIzj0CAQYI...</c>) or an RSA public key, or the body of an OpenSSH public key (<c>AAAAB3NzaC1yc2E...</c>);
    /// and keys providers publish by design (Stripe publishable keys <c>pk_live_</c>/<c>pk_test_</c>, Mapbox <c>pk.eyJ</c> tokens).
    /// </summary>
    internal static bool IsPublicKeyMaterial(string value)
    {
        foreach (var prefix in PublicKeyPrefixes)
        {
            if (value.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] PublicKeyPrefixes =
    {
        "MIGfMA0GCSqGSIb3DQEBAQUAA4GN", // RSA 1024 SubjectPublicKeyInfo
        "MIIBIjANBgkqhkiG9w0BAQEFAAOC", // RSA 2048
        "MIIBojANBgkqhkiG9w0BAQEFAAOC", // RSA 3072
        "MIICIjANBgkqhkiG9w0BAQEFAAOC", // RSA 4096
        "MIIBCgKCAQEA", // RSA 2048 public key (PKCS#1)
        "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE", // EC P-256
        "MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE", // EC P-384
        "MIGbMBAGByqGSM49AgEGBSuBBAAjA4GGAAQ", // EC P-521
        "MCowBQYDK2VwAyEA", // Ed25519
        "AAAAB3NzaC1yc2E", // OpenSSH ssh-rsa
        "AAAAC3NzaC1lZDI1NTE5", // OpenSSH ssh-ed25519
        "AAAAE2VjZHNhLXNoYTItbmlzdHA", // OpenSSH ecdsa-sha2-nistp*
        "pk_live_", // Stripe publishable keys: shipped in every checkout page by design
        "pk_test_",
        "pk.eyJ", // Mapbox public access token (the secret one is sk.eyJ)
    };

    public static bool IsGuid(string value)
    {
        var s = value.Trim('{', '}');
        if (s.Length != 36)
        {
            return false;
        }

        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (i is 8 or 13 or 18 or 23)
            {
                if (c != '-')
                {
                    return false;
                }
            }
            else if (!IsHex(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A strong-name public key token: 16 lower-case hex digits.</summary>
    public static bool IsPublicKeyToken(string value)
    {
        if (value.Length != 16)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(c is >= '0' and <= '9' or >= 'a' and <= 'f'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>Db:Password</c>, <c>ConnectionStrings:Default</c>, <c>Secrets__Db</c>, <c>Jwt.SigningKey</c>: configuration keys, not values.</summary>
    public static bool IsConfigurationKeyPath(string value)
    {
        var separators = 0;
        var segmentLength = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == ':' || (c == '_' && i + 1 < value.Length && value[i + 1] == '_'))
            {
                if (segmentLength == 0)
                {
                    return false;
                }

                separators++;
                segmentLength = 0;
                if (c == '_')
                {
                    i++;
                }
            }
            else if (char.IsLetterOrDigit(c) || c is '_' or '-' or '.')
            {
                if (segmentLength == 0 && !char.IsLetter(c))
                {
                    return false;
                }

                segmentLength++;
            }
            else
            {
                return false;
            }
        }

        if (separators > 0 && segmentLength > 0)
        {
            return true;
        }

        // Dotted identifiers made of letters only: "Jwt.SigningKey", "auth.client.secret".
        if (value.IndexOf('.') > 0 && value[value.Length - 1] != '.')
        {
            foreach (var c in value)
            {
                if (!(char.IsLetter(c) || c == '.'))
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// Lower-case kebab/snake names that mention what they refer to: <c>orders-db-password</c> (a Key Vault secret name),
    /// <c>orders-secrets</c> (a Kubernetes secret), <c>api_key</c>. Real credentials do not spell out "password".
    /// </summary>
    private static bool IsResourceName(string value)
    {
        var hasSeparator = false;
        foreach (var c in value)
        {
            if (c is '-' or '_' or '.')
            {
                hasSeparator = true;
            }
            else if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9'))
            {
                return false;
            }
        }

        if (!hasSeparator)
        {
            return false;
        }

        var segments = value.Split('-', '_', '.');
        return !IsPassphrase(segments) && AnySegmentIs(segments, ResourceNameWords);
    }

    /// <summary>Whether one of <paramref name="segments"/> is one of <paramref name="words"/> (ordinal).</summary>
    private static bool AnySegmentIs(string[] segments, string[] words)
    {
        foreach (var segment in segments)
        {
            foreach (var word in words)
            {
                if (string.Equals(segment, word, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A chosen passphrase spelled like a resource name: four or more words, one of them praising its own strength
    /// (<c>tijara_secret_key_2026_very_secure</c>, <c>my-super-secret-signing-key</c>), as people write JWT signing keys.
    /// Resource names say what they hold and where (<c>orders-db-password-prod</c>), not how strong they are.
    /// </summary>
    private static bool IsPassphrase(string[] segments) => segments.Length >= 4 && AnySegmentIs(segments, PassphraseWordsList);

    private static readonly string[] PassphraseWordsList =
    {
        "very", "super", "secure", "strong", "stronger", "strongest", "unguessable", "unbreakable", "complex", "random", "hard",
    };

    /// <summary>Letters (and - _ space) only, and every word is a word of the name or a common header/scheme word: a name, not a secret.</summary>
    private static bool IsWordsOnly(string value, string[]? nameWords)
    {
        foreach (var c in value)
        {
            if (!char.IsLetter(c) && c is not ('-' or '_' or ' '))
            {
                return false;
            }
        }

        // Under a password name one common word that is not the name's own ("Password = secret") is a chosen, weak password;
        // phrases of common words ("access-token") and the name's own words ("Password = password") stay labels.
        var words = IdentifierWords.Split(value);
        var commonWordsAreLabels = words.Length > 1 || !IsPasswordName(nameWords);
        foreach (var word in words)
        {
            if (!(commonWordsAreLabels && Contains(CommonValueWords, word)) && (nameWords is null || !Contains(nameWords, word)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Contains(string[] words, string word)
    {
        foreach (var w in words)
        {
            if (string.Equals(w, word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUrlWithoutCredentials(string value)
    {
        var scheme = value.IndexOf("://", StringComparison.Ordinal);
        if (scheme <= 0)
        {
            return false;
        }

        var end = value.IndexOfAny(new[] { '/', '?', '#' }, scheme + 3);
        var authority = end < 0 ? value.Substring(scheme + 3) : value.Substring(scheme + 3, end - scheme - 3);
        var at = authority.IndexOf('@');
        return at < 0 || authority.IndexOf(':') < 0 || authority.IndexOf(':') > at;
    }

    /// <summary>
    /// <c>Server=...;Database=...;Trusted_Connection=True</c>: a <c>;</c>-separated connection string whose options hold no
    /// credential (no password, key, secret, token or signature field): Windows or Entra authentication, a local database.
    /// Two or more <c>name=value</c> options, names of letters, digits, blanks, <c>_</c> and <c>.</c> only.
    /// </summary>
    private static bool IsOptionsOnlyConnectionString(string value)
    {
        var options = 0;
        foreach (var item in value.Split(';'))
        {
            var part = item.Trim();
            if (part.Length == 0)
            {
                continue;
            }

            var equals = part.IndexOf('=');
            if (equals <= 0)
            {
                return false;
            }

            var option = part.Substring(0, equals).Trim().ToLowerInvariant();
            foreach (var c in option)
            {
                if (!(char.IsLetterOrDigit(c) || c is ' ' or '_' or '.'))
                {
                    return false;
                }
            }

            var compact = option.Replace(" ", string.Empty).Replace("_", string.Empty);
            if (compact.IndexOf("pass", StringComparison.Ordinal) >= 0 || compact == "pwd" || compact.EndsWith("key", StringComparison.Ordinal)
                || compact.IndexOf("secret", StringComparison.Ordinal) >= 0 || compact.IndexOf("token", StringComparison.Ordinal) >= 0
                || compact.IndexOf("signature", StringComparison.Ordinal) >= 0 || compact == "sig")
            {
                return false;
            }

            options++;
        }

        return options >= 2;
    }

    /// <summary>
    /// A connection string made of endpoints and options only, under a connection-string name: Redis'
    /// <c>127.0.0.1:6379,ssl=False</c>, <c>cache:6379</c>, <c>kafka-1:9092,kafka-2:9092</c>, a bare host (<c>basketdata</c>,
    /// a Redis service name). Items are <c>host[:port]</c> or <c>option=value</c>; an option named like a credential
    /// (<c>password=</c>) makes it a credential again, and a lone item must read as a host (lower case, not generated).
    /// </summary>
    private static bool IsEndpointConnectionString(string value, string[]? nameWords)
    {
        if (nameWords is null)
        {
            return false;
        }

        var connectionName = false;
        foreach (var word in nameWords)
        {
            connectionName |= word.StartsWith("connection", StringComparison.Ordinal);
        }

        if (!connectionName)
        {
            return false;
        }

        if (value.IndexOf(';') > 0)
        {
            return IsOptionsOnlyConnectionString(value);
        }

        var endpoints = 0;
        foreach (var item in value.Split(','))
        {
            var part = item.Trim();
            var equals = part.IndexOf('=');
            if (equals > 0)
            {
                var option = part.Substring(0, equals);
                if (SecretNames.MayBeSecretName(option, null) || option.IndexOf("pass", StringComparison.OrdinalIgnoreCase) >= 0
                    || option.IndexOf("user", StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return false;
                }

                continue;
            }

            var colon = part.LastIndexOf(':');
            var host = colon < 0 ? part : part.Substring(0, colon);
            if (host.Length == 0 || (colon >= 0 && !IsDigits(part, colon + 1)))
            {
                return false;
            }

            foreach (var c in host)
            {
                if (!(char.IsLetterOrDigit(c) || c is '.' or '-' or '_'))
                {
                    return false;
                }
            }

            endpoints++;
        }

        if (endpoints == 1 && value.IndexOf(':') < 0 && value.IndexOf(',') < 0 && IsIdentifierLike(value) && IdentifierWords.Split(value).Length >= 2)
        {
            return true; // EmployeeDbConnection: the name of a connection string (a Serilog sink's connectionString argument), not one.
        }

        if (endpoints == 1 && value.IndexOf(':') < 0 && value.IndexOf(',') < 0)
        {
            // One bare word: a host name is lower case and short, letters then at most a number (basketdata, redis01) or
            // dotted (cache.internal); digits among letters (o54hwk8eqwa8) read as a generated value.
            var digitsStarted = false;
            foreach (var c in value)
            {
                if (char.IsUpper(c) || (digitsStarted && char.IsLetter(c) && value.IndexOf('.') < 0))
                {
                    return false;
                }

                digitsStarted |= char.IsDigit(c);
            }

            return value.Length <= 40 && !LooksGenerated(value);
        }

        return endpoints > 0;
    }

    private static bool IsDigits(string value, int start)
    {
        if (start >= value.Length)
        {
            return false;
        }

        for (var i = start; i < value.Length; i++)
        {
            if (value[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPathLike(string value)
    {
        if (value.StartsWith("/", StringComparison.Ordinal) && LooksLikeBase64Key(value))
        {
            // "/dibj...==": base64 key material may start with '/'.
            return false;
        }

        if (value.StartsWith("/", StringComparison.Ordinal) || value.StartsWith("./", StringComparison.Ordinal)
            || value.StartsWith("~/", StringComparison.Ordinal) || value.StartsWith("../", StringComparison.Ordinal)
            || (value.Length > 2 && char.IsLetter(value[0]) && value[1] == ':' && value[2] is '\\' or '/'))
        {
            return value.IndexOf(' ') < 0;
        }

        foreach (var extension in PathExtensions)
        {
            if (value.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return IsRelativeWordPath(value);
    }

    /// <summary>At least 32 base64 characters with padding or a <c>+</c>, and both cases and digits: key material, not a path.</summary>
    private static bool LooksLikeBase64Key(string value)
    {
        if (value.Length < 32 || !(value.EndsWith("=", StringComparison.Ordinal) || value.IndexOf('+') >= 0))
        {
            return false;
        }

        bool upper = false, lower = false, digit = false;
        foreach (var c in value)
        {
            if (c is >= 'A' and <= 'Z')
            {
                upper = true;
            }
            else if (c is >= 'a' and <= 'z')
            {
                lower = true;
            }
            else if (c is >= '0' and <= '9')
            {
                digit = true;
            }
            else if (c is not ('+' or '/' or '='))
            {
                return false;
            }
        }

        return upper && lower && digit;
    }

    private static readonly string[] PathExtensions = { ".pfx", ".pem", ".key", ".crt", ".cer", ".p12", ".json", ".txt", ".snk" };

    /// <summary>
    /// A relative path of lower-case words (<c>secrets/db/password</c>, <c>my/secret/file/path</c>): at least three
    /// <c>/</c>-separated segments of lower-case letters, digits, <c>.</c>, <c>-</c>, <c>_</c>, each with a letter. Where a
    /// secret is stored, not the secret (generated values mix cases or carry <c>+</c> and <c>=</c>).
    /// </summary>
    private static bool IsRelativeWordPath(string value)
    {
        var segments = 1;
        var letter = false;
        var length = 0;
        foreach (var c in value)
        {
            if (c == '/')
            {
                if (!letter)
                {
                    return false;
                }

                segments++;
                letter = false;
                length = 0;
            }
            else if (c is >= 'a' and <= 'z')
            {
                letter = true;
                length++;
            }
            else if (c is >= '0' and <= '9' or '.' or '-' or '_')
            {
                length++;
            }
            else
            {
                return false;
            }
        }

        return letter && length > 0 && segments >= 3;
    }

    private static bool IsSentence(string value)
    {
        var spaces = 0;
        foreach (var c in value)
        {
            if (c == ' ')
            {
                spaces++;
            }
        }

        // Two words ending in '.', ':' or '?' ("Forgot password?", "Passwort vergessen?") are a UI text, not a password.
        return spaces >= 2 || (spaces == 1 && value.Length > 12 && (value.EndsWith(".", StringComparison.Ordinal) || value.EndsWith(":", StringComparison.Ordinal) || value.EndsWith("?", StringComparison.Ordinal)));
    }

    /// <summary><c>Server=.;Database=x</c>, <c>UseDevelopmentStorage=true</c>, <c>a=1&amp;b=2</c>: settings, not a bare credential.</summary>
    private static bool LooksLikeKeyValueList(string value)
    {
        var equals = value.IndexOf('=');
        if (equals <= 0)
        {
            return false;
        }

        if (value.IndexOf(';') > 0 || value.IndexOf('&') > 0)
        {
            return true;
        }

        for (var i = 0; i < equals; i++)
        {
            if (!(char.IsLetter(value[i]) || value[i] is ' ' or '_' or '.'))
            {
                return false;
            }
        }

        return equals >= 3;
    }

    /// <summary>
    /// A shouted name that says what belongs there (<c>QA_PASSWORD</c>, <c>DB_PWD</c>, <c>API_SECRET</c>): a template's slot
    /// where a value goes, as in <c>Server=QA_SERVER;User Id=QA_USER;Password=QA_PASSWORD</c> (real-code sample 7).
    /// </summary>
    internal static bool IsShoutedSlotName(string value)
    {
        // Digits make it a chosen value spelled like a slot: bitwarden's CI database really uses SET_A_PASSWORD_HERE_123.
        if (!IsEnvironmentVariableName(value) || value.IndexOfAny(Digits) >= 0)
        {
            return false;
        }

        foreach (var segment in value.Split('_'))
        {
            if (IsShoutedCredentialSegment(segment))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly char[] Digits = { '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' };

    private static bool IsEnvironmentVariableName(string value)
    {
        if (value.IndexOf('_') < 0 || !char.IsLetter(value[0]) || IsPassphraseWithCountingRun(value))
        {
            return false; // THIS_IS_A_SUPER_SECRET_KEY_123456 is a key written like a variable name, not one.
        }

        foreach (var c in value)
        {
            if (!(c is >= 'A' and <= 'Z' or >= '0' and <= '9' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Four or more digits and nothing else under a password name (<c>password = "1212"</c>, <c>PIN</c>-style passcodes): a
    /// chosen password, not a size or a port (those have their own names: <c>PasswordMinLength</c>, <c>SmtpPort</c>).
    /// </summary>
    private static bool IsPin(string value, string[]? nameWords)
    {
        if (value.Length < 4 || !IsPasswordName(nameWords))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNumberLike(string value)
    {
        foreach (var c in value)
        {
            if (!(char.IsDigit(c) || c is '.' or ',' or '-' or ':'))
            {
                return false;
            }
        }

        // Short numbers are sizes, ports and durations; long digit strings (PINs excluded) are left to the caller.
        return value.Length <= 6 || value.IndexOf('.') >= 0 || value.IndexOf(':') >= 0;
    }

    /// <summary>One character repeated, or (from 8 characters) two only: <c>0000</c>, <c>100000000000000000000000000000</c>, <c>abababab</c>.</summary>
    private static bool IsRepeatedCharacter(string value)
    {
        var other = '\0';
        for (var i = 1; i < value.Length; i++)
        {
            if (value[i] == value[0] || value[i] == other)
            {
                continue;
            }

            if (other != '\0' || value.Length < 8)
            {
                return false;
            }

            other = value[i];
        }

        return true;
    }

    private static bool IsHex(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';
}

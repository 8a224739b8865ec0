using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text;

namespace AksReady.Analyzers.Internal.Secrets;

/// <summary>Decides whether a member, parameter, dictionary key or configuration key names a credential.</summary>
internal static class SecretNames
{
    // Cheap case-insensitive substrings: a name without any of "pass", "pwd", "secret", "token", "key", "cred", "conn", "sas",
    // "pat", "signature" (or an additional word) is never secret-like. Checked by HasTrigger in one pass, without allocating.

    /// <summary>Words that make a name secret-like on their own.</summary>
    private static readonly HashSet<string> SecretWords = new(StringComparer.Ordinal)
    {
        "password", "passwords", "passwd", "passphrase", "passcode", "pwd", "pass", "secret", "secrets", "token", "tokens",
        "credential", "credentials", "creds", "cred", "apikey", "apikeys", "connectionstring", "connstring", "connstr",
        "sas", "pat", "privatekey", "accesskey", "secretkey", "accountkey", "sharedaccesskey", "signingkey", "clientsecret",
        "sharedaccesssignature", "subscriptionkey", "masterkey", "encryptionkey", "hmackey", "storepass", "keypass",
        "requirepass", "masterauth",
    };

    // storepass/keypass: the Java keystore passwords of keytool and jarsigner (-storepass, -srcstorepass, -destkeypass).
    // requirepass/masterauth: Redis's password directives (redis-server --requirepass x, "requirepass x" in redis.conf).
    private static readonly string[] CompoundSuffixes = { "password", "passwd", "secret", "token", "apikey", "accesskey", "signingkey", "storepass", "keypass" };

    private static readonly string[] NonSecretCompoundPrefixes = { "cancellation", "continuation", "page", "next", "syntax", "csrf", "xsrf", "antiforgery", "public" };

    /// <summary>Qualifiers that turn a following "key" into a credential: api key, access key, signing key...</summary>
    private static readonly HashSet<string> KeyQualifiers = new(StringComparer.Ordinal)
    {
        "api", "access", "account", "private", "secret", "signing", "encryption", "master", "subscription", "shared", "hmac",
        "jwt", "auth", "client", "storage", "primary", "secondary", "admin", "app", "service", "decryption", "aes", "crypto",
        "license", "webhook", "sas", "ssh", "security", "symmetric", "token", "search", "function", "functions", "cosmos",
        "cosmosdb",
    };

    /// <summary>Trailing words that make the name describe something about a credential rather than hold it.</summary>
    private static readonly HashSet<string> NonSecretLastWords = new(StringComparer.Ordinal)
    {
        "name", "names", "url", "uri", "urls", "endpoint", "endpoints", "path", "paths", "file", "filename", "length", "type",
        "header", "policy", "id", "ids", "count", "expiration", "expiry", "expires", "expiresin", "lifetime", "timeout",
        "format", "hash", "hashed", "salt", "regex", "pattern", "prompt", "label", "message", "placeholder", "hint", "field",
        "fields", "parameter", "param", "column", "property", "section", "env", "variable", "var", "mode", "kind", "version",
        "provider", "store", "source", "template", "min", "max", "minlength", "maxlength", "required", "enabled", "disabled",
        "issuer", "audience", "algorithm", "scheme", "config", "configuration", "options", "settings", "validation",
        "validator", "error", "errors", "description", "text", "title", "caption", "display", "reset", "changed", "strength",
        "rules", "requirements", "location", "lookup", "claim", "attribute", "selector", "query", "route", "link", "service",
        "manager", "handler", "factory", "client", "request", "response", "address", "host", "port", "scope", "scopes",
        "prefix", "suffix", "separator", "delimiter", "char", "chars", "encoding", "size", "bits", "seconds", "minutes",
        "hours", "days", "ttl", "age", "duration", "interval", "retries", "attempts", "folder", "directory", "dir", "table",
        "container", "metadata", "reference", "ref", "key", "keys", "vault", "mount", "volume", "kid", "thumbprint", "status",
        "state", "event", "events", "changed", "used", "usage", "policies", "length", "cache", "provided", "set", "exists",
        "missing", "invalid", "valid", "lock", "locked", "attempt", "version", "secretname", "keyname", "resource", "property",
        "class", "kind", "group", "role", "roles", "permission", "permissions", "object", "objects",
        "expire", "expired", "rotation", "history", "complexity",
    };

    /// <summary>Words that, anywhere in the name, rule out a credential: <c>PublicKey</c>, <c>CancellationToken</c>, <c>NextPageToken</c>.</summary>
    private static readonly HashSet<string> NonSecretWords = new(StringComparer.Ordinal)
    {
        "public", "cancellation", "continuation", "page", "next", "syntax", "instrumentation", "foreign", "sort", "partition",
        "row", "idempotency", "correlation", "csrf", "xsrf", "antiforgery", "lexer", "parser", "forgot", "hashed", "masked",
        "redacted", "hint", "show", "hide", "toggle", "is", "has", "use", "should", "can", "enable", "disable", "validate",
        "generate", "random", "new", "fake", "mock", "test", "sample", "example", "dummy", "existing", "update", "rotate",
        "socket", // Sec-WebSocket-Key: the handshake nonce
    };

    /// <summary>True when <paramref name="name"/> names a credential. <paramref name="additionalWords"/> come from .editorconfig.</summary>
    public static bool IsSecretLike(string? name, string[]? additionalWords = null)
        => IsSecretLike(name, additionalWords, out _);

    /// <remarks>
    /// <paramref name="words"/> (the name split into lower-case words) may be shared between callers: read it, never write it.
    /// Without additional words the verdict on a name is cached: the same parameter and key names (<c>key</c>,
    /// <c>accessToken</c>, <c>connectionString</c>) come back on every call, and splitting them was most of AKS2001's
    /// steady-state time. The cache is bounded (<see cref="MaxCachedVerdicts"/> names), then names are judged afresh.
    /// </remarks>
    public static bool IsSecretLike(string? name, string[]? additionalWords, out string[] words)
    {
        words = Array.Empty<string>();
        if (name is null || name.Length < 3 || name.Length > 128)
        {
            return false;
        }

        if (!HasTrigger(name, additionalWords))
        {
            return false;
        }

        if (additionalWords is not null)
        {
            return Judge(name, additionalWords, out words);
        }

        if (Verdicts.TryGetValue(name, out var verdict))
        {
            words = verdict.Words;
            return verdict.IsSecret;
        }

        var isSecret = Judge(name, null, out words);
        if (Verdicts.Count < MaxCachedVerdicts)
        {
            Verdicts.TryAdd(name, new Verdict(isSecret, words));
        }

        return isSecret;
    }

    /// <summary>
    /// Words of <see cref="NonSecretWords"/> that, in a configuration key, name an environment or a stand-in system rather
    /// than say the value is not real: <c>TEST_PASSWORD</c>, <c>mock-proxy-password</c> configure a test environment or a
    /// mock server, and the committed value still opens it. (<c>fake</c>, <c>dummy</c>, <c>sample</c>, <c>example</c> still
    /// rule the key out.)
    /// </summary>
    private static readonly HashSet<string> EnvironmentQualifierWords = new(StringComparer.Ordinal) { "test", "mock" };

    /// <summary>
    /// Like <c>IsSecretLike</c> for a key of a configuration file (AKS2003): the
    /// words <c>test</c> and <c>mock</c> do not rule the key out. Code (AKS2001) keeps them as vetoes: there they mostly
    /// name test doubles. Only names that fail the ordinary verdict and contain one of those words are judged again.
    /// </summary>
    public static bool IsSecretLikeConfigurationKey(string? name, string[]? additionalWords, out string[] words)
    {
        if (IsSecretLike(name, additionalWords, out words))
        {
            return true;
        }

        var qualified = false;
        foreach (var word in words)
        {
            qualified |= EnvironmentQualifierWords.Contains(word);
        }

        return (qualified && Judge(name!, additionalWords, words, configurationKey: true)) || IsVendorKey(words);
    }

    /// <summary>
    /// Services whose keys are credentials: in a configuration key, "key" after one of them (<c>slackKey</c>,
    /// <c>GITLAB_KEY</c>, <c>aws_key</c>, run together in <c>GITHUBKEY</c>) names that service's API key, the way
    /// <c>apiKey</c> does. "key" after other words stays a lookup key (<c>cacheKey</c>, <c>partitionKey</c>, <c>sortKey</c>).
    /// Services whose usual key is public (map and search widgets, browser SDK keys) are left out.
    /// </summary>
    private static readonly string[] VendorKeyQualifiers =
    {
        "aws", "azure", "gcp", "github", "gitlab", "bitbucket", "slack", "stripe", "twilio", "sendgrid", "mailgun", "mailchimp",
        "mandrill", "postmark", "pusher", "openai", "anthropic", "huggingface", "datadog", "newrelic", "sentry", "pagerduty",
        "heroku", "netlify", "vercel", "cloudflare", "digitalocean", "linode", "okta", "auth0", "shopify", "paypal", "braintree",
        "plaid", "twitter", "discord", "telegram", "dropbox", "npm", "nuget", "pypi", "dockerhub", "jira", "atlassian", "jfrog",
        "artifactory", "sonar", "sonarqube", "snyk", "circleci", "hubspot", "salesforce", "zendesk", "intercom", "segment",
        "mixpanel", "bugsnag", "rollbar", "launchdarkly", "grafana", "splunk", "vault", "cosmos", "cosmosdb", "servicebus",
        "eventhub", "eventhubs",
    };

    /// <summary><c>slack key</c>, <c>gitlab keys</c>, or one run-together word <c>githubkey</c> (see <see cref="VendorKeyQualifiers"/>).</summary>
    private static bool IsVendorKey(string[] words)
    {
        if (words.Length == 0)
        {
            return false;
        }

        var last = words[words.Length - 1];
        if (last is "key" or "keys")
        {
            if (words.Length < 2 || Array.IndexOf(VendorKeyQualifiers, words[words.Length - 2]) < 0)
            {
                return false;
            }

            foreach (var word in words)
            {
                if (NonSecretWords.Contains(word) && !EnvironmentQualifierWords.Contains(word))
                {
                    return false;
                }
            }

            return true;
        }

        if (last.Length > 3 && last.EndsWith("key", StringComparison.Ordinal))
        {
            foreach (var vendor in VendorKeyQualifiers)
            {
                if (vendor.Length == last.Length - 3 && string.CompareOrdinal(last, 0, vendor, 0, vendor.Length) == 0)
                {
                    return words.Length == 1 || !NonSecretWords.Contains(words[0]);
                }
            }
        }

        return false;
    }

    private const int MaxCachedVerdicts = 4096;

    private static readonly ConcurrentDictionary<string, Verdict> Verdicts = new(StringComparer.Ordinal);

    private sealed class Verdict
    {
        public Verdict(bool isSecret, string[] words)
        {
            IsSecret = isSecret;
            Words = words;
        }

        public bool IsSecret { get; }

        public string[] Words { get; }
    }

    private static bool Judge(string name, string[]? additionalWords, out string[] words)
    {
        words = IdentifierWords.Split(name);
        return Judge(name, additionalWords, words, configurationKey: false);
    }

    /// <summary>
    /// Prepositions that end a name's head: in <c>keyVaultToStoreSecrets</c>, <c>pathToPassword</c>, <c>urlForToken</c> the
    /// name denotes what comes before (a vault, a path, a URL); the credential word after it is what that thing is for.
    /// (<c>in</c>/<c>on</c> are left out: <c>signInToken</c>, <c>logOnPassword</c> hold credentials.)
    /// </summary>
    private static readonly string[] HeadEndingPrepositions = { "to", "for", "from", "of" };

    /// <summary>How many leading words form the name's head: the words before the first preposition after the first word.</summary>
    private static int HeadLength(string[] words)
    {
        for (var i = 1; i < words.Length - 1; i++)
        {
            if (Array.IndexOf(HeadEndingPrepositions, words[i]) >= 0)
            {
                return i;
            }
        }

        return words.Length;
    }

    private static bool Judge(string name, string[]? additionalWords, string[] words, bool configurationKey)
    {
        if (words.Length == 0)
        {
            return false;
        }

        var head = HeadLength(words);
        if (head < words.Length)
        {
            var headWords = new string[head];
            Array.Copy(words, headWords, head);
            return Judge(name, additionalWords, headWords, configurationKey);
        }

        foreach (var word in words)
        {
            if (NonSecretWords.Contains(word) && !(configurationKey && EnvironmentQualifierWords.Contains(word)))
            {
                return false;
            }
        }

        var last = words[words.Length - 1];
        if (NonSecretLastWords.Contains(last) && !IsQualifiedKey(words, words.Length - 1))
        {
            return false;
        }

        if (additionalWords is not null && ContainsAdditional(name, additionalWords))
        {
            return true;
        }

        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (SecretWords.Contains(word) || IsQualifiedKey(words, i) || IsCompoundSecretWord(word))
            {
                return true;
            }

            if (i + 1 < words.Length)
            {
                var next = words[i + 1];
                if ((word == "connection" && next is "string" or "strings") || (word == "conn" && next is "str" or "string")
                    || (word == "personal" && next == "access") || (word == "client" && next == "secret"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The name describes something other than a credential value: its last word is one of <see cref="NonSecretLastWords"/>
    /// other than "key" (<c>TwitterUserId</c>, <c>SentryUrl</c>, <c>DiscordChannelName</c>), or it holds one of
    /// <see cref="NonSecretWords"/> (<c>TwitterPublicKey</c>). Used for names that carry a provider's name instead of a secret word.
    /// </summary>
    public static bool DescribesSomethingElse(string[] words)
    {
        var last = words[words.Length - 1];
        if (last is not ("key" or "keys") && NonSecretLastWords.Contains(last))
        {
            return true;
        }

        foreach (var word in words)
        {
            if (NonSecretWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Cheap pre-test (one pass, no allocation): false means <c>IsSecretLike</c> is false too,
    /// because the name has none of the trigger substrings.
    /// </summary>
    public static bool MayBeSecretName(string name, string[]? additionalWords) => HasTrigger(name, additionalWords);

    /// <summary>
    /// The name ends with "Authorization" (<c>Authorization</c>, <c>Proxy-Authorization</c>, <c>Headers:Authorization</c>):
    /// an HTTP header whose value is a credential when it carries one (<see cref="SecretValues.IsAuthorizationHeaderValue"/>).
    /// </summary>
    public static bool EndsWithAuthorization(string name)
    {
        const int Length = 13; // "authorization"
        if (!name.EndsWith("authorization", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // A word boundary before it, as for "auth": start, separator, or a lower-case letter before "Authorization".
        var start = name.Length - Length;
        return start == 0 || !char.IsLetter(name[start - 1]) || (char.IsUpper(name[start]) && !char.IsUpper(name[start - 1]));
    }

    /// <summary>The last word of the name is "auth" (<c>auth</c>, <c>p_auth</c>, <c>proxyAuth</c>; not <c>Authority</c>, <c>AuthUrl</c>).</summary>
    public static bool EndsWithAuth(string name)
    {
        var end = name.Length;
        while (end > 0 && !char.IsLetter(name[end - 1]))
        {
            end--;
        }

        if (end < 4 || string.Compare(name, end - 4, "auth", 0, 4, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }

        // A word boundary before "auth": start, separator, or a lower-case letter before "Auth".
        return end == 4 || !char.IsLetter(name[end - 5]) || (char.IsUpper(name[end - 4]) && !char.IsUpper(name[end - 5]));
    }

    /// <summary>
    /// Words before a final "key" that make the name a lookup key, an identifier or a public key rather than an issued
    /// credential: <c>CacheKey</c>, <c>DedupKey</c>, <c>MessageKey</c>, <c>ObjectKey</c>, <c>RecaptchaSiteKey</c>,
    /// <c>StripePublishableKey</c>, <c>EncryptedKey</c> (wrapped key material). <see cref="NonSecretWords"/> apply too
    /// (<c>PartitionKey</c>, <c>IdempotencyKey</c>, <c>PublicKey</c>).
    /// </summary>
    private static readonly HashSet<string> LookupKeyWords = new(StringComparer.Ordinal)
    {
        "cache", "cached", "lookup", "map", "dictionary", "dict", "hash", "hot", "short", "shortcut", "keyboard", "entity",
        "composite", "compound", "resource", "resx", "translation", "localization", "i18n", "l10n", "message", "event",
        "record", "kafka", "routing", "route", "query", "object", "s3", "blob", "file", "image", "icon", "asset", "path",
        "column", "field", "property", "attribute", "element", "index", "unique", "natural", "surrogate", "business",
        "candidate", "alternate", "dedup", "dedupe", "deduplication", "group", "bucket", "shard", "feature", "flag",
        "setting", "settings", "config", "order", "site", "publishable", "vapid", "etag", "tag", "lock", "mutex", "concurrency",
        "encrypted", "wrapped", "protected", "state", "item", "cursor", "project", "redis", "table",
    };

    /// <summary>
    /// A name whose last word is "key" or "keys" (trailing digits aside: <c>VisionKey2</c>) without a qualifier that makes it
    /// a credential or a lookup: <c>VisionKey</c>, <c>topicKey</c>, <c>DeviceKey</c>, <c>key</c>. Such a name holds an
    /// issued service key as often as a lookup key, so the value decides (<see cref="SecretValues.LooksLikeIssuedKey"/>);
    /// names <c>IsSecretLike</c> already accepts (<c>ApiKey</c>, <c>StorageKey</c>) do not get here.
    /// </summary>
    public static bool EndsWithPlainKey(string name)
    {
        // Cheap pre-test: "key" somewhere near the end, before any allocation.
        var end = name.Length;
        while (end > 0 && name[end - 1] is >= '0' and <= '9' or '_' or '-' or '.' or ':')
        {
            end--;
        }

        if (end < 3 || (string.Compare(name, end - 3, "key", 0, 3, StringComparison.OrdinalIgnoreCase) != 0
                        && (end < 4 || string.Compare(name, end - 4, "keys", 0, 4, StringComparison.OrdinalIgnoreCase) != 0)))
        {
            return false;
        }

        var words = IdentifierWords.Split(name);
        var last = words.Length - 1;
        while (last >= 0 && IsDigits(words[last]))
        {
            last--;
        }

        if (last < 0 || words[last] is not ("key" or "keys"))
        {
            return false;
        }

        for (var i = 0; i < last; i++)
        {
            if (LookupKeyWords.Contains(words[i]) || NonSecretWords.Contains(words[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigits(string word)
    {
        foreach (var c in word)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    /// <summary>A key path that holds a credential value: <c>Db:Password</c>, <c>ConnectionStrings:Default</c>.</summary>
    public static bool IsConnectionStringSection(string keyPath)
        => keyPath.IndexOf("ConnectionStrings", StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>
    /// Derives a configuration key from a member or key name: <c>_dbPassword</c> → <c>Db:Password</c>,
    /// <c>StripeApiKey</c> → <c>Stripe:ApiKey</c>, <c>DB_PASSWORD</c> → <c>Db:Password</c>, <c>Jwt:SigningKey</c> stays.
    /// </summary>
    public static string ToConfigurationKey(string name)
    {
        if (name.IndexOf(':') > 0)
        {
            return name;
        }

        var trimmed = name;
        if (trimmed.StartsWith("m_", StringComparison.Ordinal) || trimmed.StartsWith("s_", StringComparison.Ordinal))
        {
            trimmed = trimmed.Substring(2);
        }

        var words = IdentifierWords.Split(trimmed.Replace("__", ":"));
        if (words.Length == 0)
        {
            return name;
        }

        // Keep compound credential names together as the last segment: ApiKey, ClientSecret, ConnectionString.
        var lastCount = 1;
        if (words.Length >= 2)
        {
            var previous = words[words.Length - 2];
            var last = words[words.Length - 1];
            if ((last is "key" or "keys" && KeyQualifiers.Contains(previous)) || (last == "secret" && previous == "client")
                || (last == "string" && previous == "connection") || (last == "token" && previous is "access" or "refresh" or "bearer" or "auth" or "api"))
            {
                lastCount = 2;
            }
        }

        var builder = new StringBuilder();
        for (var i = 0; i < words.Length; i++)
        {
            // Section words stay together ("DbAdmin:Password"); one ':' before the name.
            if (i > 0 && i == words.Length - lastCount)
            {
                builder.Append(':');
            }

            builder.Append(IdentifierWords.Capitalize(words[i]));
        }

        return builder.ToString();
    }

    /// <summary>Lower-case compounds without separators: <c>accesstoken</c>, <c>REFRESHTOKEN</c>, <c>webhooksecret</c>, <c>dbpassword</c>.</summary>
    private static bool IsCompoundSecretWord(string word)
    {
        foreach (var suffix in CompoundSuffixes)
        {
            if (word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                foreach (var prefix in NonSecretCompoundPrefixes)
                {
                    if (word.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>"key" or "keys" after a qualifier that makes it a credential: <c>apiKey</c>, <c>api_keys</c>, <c>AccessKeys</c>.</summary>
    private static bool IsQualifiedKey(string[] words, int index)
        => words[index] is "key" or "keys" && index > 0 && KeyQualifiers.Contains(words[index - 1]);

    private static bool HasTrigger(string name, string[]? additionalWords)
    {
        // One pass keyed by the first letter of each trigger (pass pwd pat, secret sas signature, token, key, cred conn),
        // instead of one case-insensitive IndexOf per trigger: most names have none.
        for (var i = 0; i < name.Length; i++)
        {
            switch (name[i] | 0x20)
            {
                case 'p':
                    if (At(name, i + 1, "ass") || At(name, i + 1, "wd") || At(name, i + 1, "at"))
                    {
                        return true;
                    }

                    break;
                case 's':
                    if (At(name, i + 1, "ecret") || At(name, i + 1, "as") || At(name, i + 1, "ignature"))
                    {
                        return true;
                    }

                    break;
                case 't':
                    if (At(name, i + 1, "oken"))
                    {
                        return true;
                    }

                    break;
                case 'k':
                    if (At(name, i + 1, "ey"))
                    {
                        return true;
                    }

                    break;
                case 'c':
                    if (At(name, i + 1, "red") || At(name, i + 1, "onn"))
                    {
                        return true;
                    }

                    break;
            }
        }

        if (additionalWords is not null)
        {
            foreach (var word in additionalWords)
            {
                if (name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="name"/> continues at <paramref name="index"/> with the lower-case ASCII <paramref name="rest"/>, ignoring case.</summary>
    private static bool At(string name, int index, string rest)
    {
        if (index + rest.Length > name.Length)
        {
            return false;
        }

        for (var j = 0; j < rest.Length; j++)
        {
            if ((name[index + j] | 0x20) != rest[j])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Extra words match anywhere in the name, ignoring separators: "hsmcode" matches <c>HsmCode</c> and <c>HSM_CODE</c>.</summary>
    private static bool ContainsAdditional(string name, string[] additionalWords)
    {
        var compact = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                compact.Append(char.ToLowerInvariant(c));
            }
        }

        var text = compact.ToString();
        foreach (var additional in additionalWords)
        {
            if (text.IndexOf(additional.ToLowerInvariant(), StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}

using System;
using System.Collections.Generic;
using System.Text;

namespace AksReady.Analyzers.Internal.Secrets;

/// <summary>
/// Kubernetes <c>kind: Secret</c> manifests (YAML or JSON): every value under the top-level <c>data:</c> / <c>stringData:</c> is secret
/// material whatever its key is called (<c>key</c>, <c>extra</c>, <c>.dockercfg</c>), except keys that name public parts
/// (user names, hosts, ports, URLs, certificates). <c>data:</c> values are base64: judged without decoding, as non-empty,
/// non-placeholder base64 of at least <see cref="MinDataLength"/> characters (shorter ones hold a few bytes), unless the
/// base64 decodes to placeholder text (<see cref="IsPlaceholderData"/>).
/// </summary>
internal static class KubernetesSecrets
{
    /// <summary>Base64 characters of the shortest <c>data:</c> value reported (12 characters hold 9 bytes).</summary>
    private const int MinDataLength = 12;

    private static readonly string[] PasswordWords = { "password" };

    /// <summary>Last words of data keys whose values are not secret: identities, locations and public certificates.</summary>
    private static readonly string[] PublicLastWords =
    {
        "user", "username", "login", "email", "host", "hostname", "port", "url", "uri", "endpoint", "server", "database",
        "db", "dbname", "namespace", "region", "name", "id", "crt", "cert", "certificate", "ca", "pub", "issuer", "audience",
    };

    /// <summary>
    /// The start offsets of the file's documents and which of them are <c>kind: Secret</c> (any case), or null when none
    /// is (the common case: one pass over the values, no allocation). A YAML file may hold several documents separated by
    /// <c>---</c>; a JSON manifest (<c>"kind": "Secret"</c>, as <c>kubectl get -o json</c> writes it) is one document.
    /// </summary>
    public static SecretDocuments? FindSecretDocuments(string text, List<ConfigurationValue> values, bool multipleDocuments)
    {
        List<int>? secretKinds = null;
        foreach (var value in values)
        {
            if (value.Key.Length == 4 && string.Equals(value.Key, "kind", StringComparison.Ordinal)
                && string.Equals(value.KeyPath, "kind", StringComparison.Ordinal)
                && string.Equals(value.Value, "Secret", StringComparison.OrdinalIgnoreCase))
            {
                (secretKinds ??= new List<int>()).Add(value.Start);
            }
        }

        if (secretKinds is null)
        {
            return null;
        }

        var starts = new List<int> { 0 };
        for (var i = multipleDocuments ? text.IndexOf("---", StringComparison.Ordinal) : -1; i >= 0; i = text.IndexOf("---", i + 3, StringComparison.Ordinal))
        {
            if ((i == 0 || text[i - 1] == '\n') && (i + 3 == text.Length || text[i + 3] is ' ' or '\r' or '\n'))
            {
                starts.Add(i);
            }
        }

        var isSecret = new bool[starts.Count];
        foreach (var start in secretKinds)
        {
            isSecret[DocumentOf(starts, start)] = true;
        }

        return new SecretDocuments(starts, isSecret);
    }

    /// <summary>A value under <c>data:</c> or <c>stringData:</c> (directly) of a <c>kind: Secret</c> document that holds secret material.</summary>
    public static bool IsSecretDataValue(ConfigurationValue value, SecretDocuments documents)
    {
        var isData = IsDirectlyUnder(value, "data");
        if (!(isData || IsDirectlyUnder(value, "stringData")) || !documents.Holds(value))
        {
            return false;
        }

        var words = IdentifierWords.Split(value.Key);
        if (words.Length > 0 && Array.IndexOf(PublicLastWords, words[words.Length - 1]) >= 0)
        {
            return false;
        }

        var text = value.Value.Trim();
        if (!isData)
        {
            return text.IndexOf('\n') < 0 && SecretValues.IsLikelySecretValue(text, PasswordWords);
        }

        return text.Length >= MinDataLength && IsBase64(text) && !SecretValues.IsPlaceholder(text) && !SecretValues.IsKnownPublicValue(text);
    }

    /// <summary>
    /// A <c>data:</c> value of a Secret document whose base64 decodes to placeholder text (<c>change-me-in-production</c>,
    /// <c>your-256-bit-secret-key-here</c>): a template to fill in, whatever its key is called. Decoded text is judged as
    /// the same text written in <c>stringData:</c> would be, so a weak real value (<c>password</c>) stays reported while
    /// <paramref name="reportWeakValues"/> is on. Binary data (a key file, a keystore) never decodes to placeholder text.
    /// </summary>
    public static bool IsPlaceholderData(ConfigurationValue value, SecretDocuments documents, bool reportWeakValues)
    {
        if (!IsDirectlyUnder(value, "data") || !documents.Holds(value))
        {
            return false;
        }

        var text = value.Value.Trim();
        if (text.Length < 4 || text.Length > MaxDecodedLength || !IsBase64(text))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(text));
        }
        catch (FormatException)
        {
            return false;
        }

        foreach (var c in decoded)
        {
            // Binary, or structured data (a .dockerconfigjson, a kubeconfig): judged as the base64 it is, never as text.
            if (char.IsControl(c) || c is '\uFFFD' or '{' or '}' or '[' or ']' or '"')
            {
                return false;
            }
        }

        // Judged as a password is (a counting run is part of a chosen password: SwN12345678, real-code sample 9).
        return SecretValues.IsPlaceholder(decoded, countingDigitsAreFiller: false) && !(reportWeakValues && SecretValues.IsWeakWholeValue(decoded.Trim()));
    }

    /// <summary>Longer base64 is a file (a certificate, a keystore, a kubeconfig), not a value someone typed: not decoded.</summary>
    private const int MaxDecodedLength = 512;

    private static bool IsDirectlyUnder(ConfigurationValue value, string parent)
    {
        var path = value.KeyPath;
        return path.Length == parent.Length + 1 + value.Key.Length && path[parent.Length] == ':'
               && string.CompareOrdinal(path, 0, parent, 0, parent.Length) == 0;
    }

    /// <summary>Base64 text (line breaks allowed, as block scalars wrap it), <c>=</c> only as trailing padding.</summary>
    private static bool IsBase64(string text)
    {
        var padding = 0;
        foreach (var c in text)
        {
            if (c == '=')
            {
                padding++;
            }
            else if (c is '\n' or '\r' or ' ')
            {
                continue;
            }
            else if (padding > 0 || !(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '+' or '/'))
            {
                return false;
            }
        }

        return padding <= 2;
    }

    private static int DocumentOf(List<int> starts, int offset)
    {
        var index = 0;
        for (var i = 1; i < starts.Count && starts[i] <= offset; i++)
        {
            index = i;
        }

        return index;
    }

    internal sealed class SecretDocuments
    {
        public SecretDocuments(List<int> starts, bool[] isSecret)
        {
            Starts = starts;
            IsSecret = isSecret;
        }

        public List<int> Starts { get; }

        public bool[] IsSecret { get; }

        /// <summary>Whether <paramref name="value"/> sits in one of the <c>kind: Secret</c> documents.</summary>
        public bool Holds(ConfigurationValue value) => IsSecret[DocumentOf(Starts, value.Start)];
    }
}

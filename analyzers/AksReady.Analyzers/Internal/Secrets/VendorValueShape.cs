using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace AksReady.Analyzers.Internal.Secrets;

/// <summary>
/// A provider's credential shape that is only recognizable next to the provider's name: a Twitter API secret is 50 letters
/// and digits, a Sentry token 64 hex digits; under <c>TWITTER_CONSUMER_SECRET</c> or <c>sentry.auth</c> such a value is that
/// provider's credential even when the name holds no word of <see cref="SecretNames"/> (<c>TwitterConsumerKey</c>).
/// The table is imported from gitleaks (<see cref="GitleaksFormats.VendorValues"/>); AKS2001 checks names in code, AKS2003
/// configuration key paths.
/// </summary>
internal sealed class VendorValueShape
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    /// <summary>Names shorter than the shortest vendor word, values outside these lengths: never a vendor value.</summary>
    private const int MinValueLength = 15;
    private const int MaxValueLength = 200;

    private const int MaxCachedNames = 4096;

    /// <summary>Per name (ordinal), the shapes whose vendor it names; empty for most names.</summary>
    private static readonly ConcurrentDictionary<string, VendorValueShape[]> ShapesByName = new(StringComparer.Ordinal);

    /// <summary>
    /// Per vendor word, its shapes (several per vendor: Twitter has five). In a nested class so that it is built on the first
    /// look-up, after <see cref="GitleaksFormats"/> has constructed every shape (constructing one must not build the index).
    /// </summary>
    private static class Index
    {
        public static readonly Dictionary<string, VendorValueShape[]> ShapesByWord = BuildIndex();
    }

    private readonly LazyRegex regex;

    public VendorValueShape(string name, string description, string[] words, string valuePattern, double minEntropy, bool ignoreCase)
    {
        Name = name;
        Description = description;
        Words = words;
        regex = new LazyRegex(
            "^(?:" + valuePattern + ")$",
            RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None),
            MatchTimeout);
        MinEntropy = minEntropy;
        NeedsCredentialWord = valuePattern.Length == 0 || !char.IsLetterOrDigit(valuePattern[0]) || valuePattern.StartsWith("0", StringComparison.Ordinal);
    }

    /// <summary>Stable identifier, e.g. <c>gitleaks:twitter-api-secret</c>.</summary>
    public string Name { get; }

    /// <summary>English noun phrase for messages, e.g. <c>a Twitter API secret</c>.</summary>
    public string Description { get; }

    /// <summary>Lower-case provider words, matched against a name's words (one word or several run together).</summary>
    public string[] Words { get; }

    public double MinEntropy { get; }

    /// <summary>
    /// The shape starts with a character class (<c>[a-z0-9]{32}</c>, a UUID), not a literal prefix (<c>NRAK-</c>, <c>tfp_</c>):
    /// hashes, commit ids and GUIDs of other settings have it too, so the name must also say key, token, secret or the like
    /// (<c>Twitter:ConsumerKey</c>, not <c>Sentry:Release</c>).
    /// </summary>
    private bool NeedsCredentialWord { get; }

    private Regex Regex => regex.Value;

    /// <summary>
    /// Cheap pre-test for a value before any name is looked at: vendor values are one run of 15 to 200 characters without
    /// blanks, quotes or path separators.
    /// </summary>
    public static bool MayBeVendorValue(string value)
    {
        if (value.Length is < MinValueLength or > MaxValueLength)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c is ' ' or '\t' or '\r' or '\n' or '"' or '\'' or '\\' or '<' or '>' or '{' or '}' or '$' or '%' or '@' or ',')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The shape of a provider that <paramref name="name"/> names and whose value shape <paramref name="value"/> has, with its
    /// entropy; placeholders, documentation tokens and names describing something else (<c>TwitterUserId</c>,
    /// <c>SentryUrl</c>) never match.
    /// </summary>
    public static bool TryMatch(string name, string value, out VendorValueShape? shape)
    {
        shape = null;
        if (!MayBeVendorValue(value))
        {
            return false;
        }

        var candidates = ShapesFor(name);
        if (candidates.Length == 0 || SecretValues.IsPlaceholder(value) || SecretValues.IsKnownPublicValue(value) || SecretValues.IsDummyToken(value))
        {
            return false;
        }

        bool? namesCredential = null;
        foreach (var candidate in candidates)
        {
            if (candidate.NeedsCredentialWord && !(namesCredential ??= NamesCredential(name)))
            {
                continue;
            }

            bool matched;
            try
            {
                matched = candidate.Regex.IsMatch(value);
            }
            catch (RegexMatchTimeoutException)
            {
                matched = false;
            }

            if (matched && SecretValues.Entropy(value, 0, value.Length) >= candidate.MinEntropy)
            {
                shape = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>The shapes of the providers <paramref name="name"/> names (cached per name, bounded like <see cref="SecretNames"/>' verdicts).</summary>
    private static VendorValueShape[] ShapesFor(string name)
    {
        if (ShapesByName.TryGetValue(name, out var cached))
        {
            return cached;
        }

        var shapes = FindShapes(name);
        if (ShapesByName.Count < MaxCachedNames)
        {
            ShapesByName.TryAdd(name, shapes);
        }

        return shapes;
    }

    private static VendorValueShape[] FindShapes(string name)
    {
        var words = IdentifierWords.Split(name);
        if (words.Length == 0 || SecretNames.DescribesSomethingElse(words))
        {
            return Array.Empty<VendorValueShape>();
        }

        List<VendorValueShape>? found = null;
        for (var i = 0; i < words.Length; i++)
        {
            // One word, or up to three run together: "new relic" and "NEW_RELIC" name newrelic, "linked_in" linkedin.
            var joined = words[i];
            for (var j = i; j < words.Length && j < i + 3; j++)
            {
                if (j > i)
                {
                    joined += words[j];
                }

                if (Index.ShapesByWord.TryGetValue(joined, out var shapes))
                {
                    found ??= new List<VendorValueShape>();
                    foreach (var shape in shapes)
                    {
                        if (!found.Contains(shape))
                        {
                            found.Add(shape);
                        }
                    }
                }
            }
        }

        return found?.ToArray() ?? Array.Empty<VendorValueShape>();
    }

    private static bool NamesCredential(string name)
    {
        foreach (var word in IdentifierWords.Split(name))
        {
            if (word is "key" or "keys" or "apikey" or "token" or "tokens" or "secret" or "password" or "pat" or "auth" or "credential" or "credentials")
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, VendorValueShape[]> BuildIndex()
    {
        var lists = new Dictionary<string, List<VendorValueShape>>(StringComparer.Ordinal);
        foreach (var shape in GitleaksFormats.VendorValues)
        {
            foreach (var word in shape.Words)
            {
                if (!lists.TryGetValue(word, out var list))
                {
                    lists[word] = list = new List<VendorValueShape>();
                }

                list.Add(shape);
            }
        }

        var index = new Dictionary<string, VendorValueShape[]>(StringComparer.Ordinal);
        foreach (var pair in lists)
        {
            index[pair.Key] = pair.Value.ToArray();
        }

        return index;
    }
}

using System;
using System.Text.RegularExpressions;
using System.Threading;

namespace AksReady.Analyzers.Internal.Secrets;

/// <summary>
/// One detectable credential format: a regular expression, the cheap substrings that must occur before the
/// expression is even tried, and the minimum Shannon entropy (bits per character) of the captured secret.
/// </summary>
internal sealed class SecretFormat
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    public SecretFormat(string name, string description, string pattern, double minEntropy, string[] anchors, bool ignoreCaseAnchors = false, int minLength = 8)
    {
        Name = name;
        Description = description;
        this.pattern = pattern;
        MinEntropy = minEntropy;
        Anchors = anchors;
        IgnoreCaseAnchors = ignoreCaseAnchors;
        MinLength = minLength;
        AnchorCharacters = new AsciiSet[anchors.Length];
        for (var i = 0; i < anchors.Length; i++)
        {
            AnchorCharacters[i] = AsciiSet.Of(anchors[i], ignoreCaseAnchors);
        }
    }

    private readonly string pattern;
    private Regex? regex;

    /// <summary>Per anchor, the ASCII characters it contains (lower-cased when <see cref="IgnoreCaseAnchors"/>).</summary>
    private AsciiSet[] AnchorCharacters { get; }

    /// <summary>Stable identifier, e.g. <c>GitHubToken</c>.</summary>
    public string Name { get; }

    /// <summary>English noun phrase used in the diagnostic message, e.g. <c>a GitHub token</c>.</summary>
    public string Description { get; }

    /// <summary>
    /// The expression. When it has a group named <c>secret</c>, entropy and placeholder checks apply to that group only.
    /// Built on first use: the anchors keep most formats from ever running, so most of the ~50 expressions are never parsed.
    /// </summary>
    public Regex Regex
    {
        get
        {
            var current = Volatile.Read(ref regex);
            if (current is null)
            {
                current = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, MatchTimeout);
                current = Interlocked.CompareExchange(ref regex, current, null) ?? current;
            }

            return current;
        }
    }

    /// <summary>Minimum Shannon entropy of the secret part (0 = no check).</summary>
    public double MinEntropy { get; }

    /// <summary>At least one of these must occur (ordinal) in the text before <see cref="Regex"/> runs; empty = always try.</summary>
    public string[] Anchors { get; }

    public bool IgnoreCaseAnchors { get; }

    /// <summary>Texts shorter than this never match.</summary>
    public int MinLength { get; }

    public bool MayMatch(string text) => MayMatch(text, AsciiSet.Of(text, ignoreCase: false), AsciiSet.Of(text, ignoreCase: true));

    /// <summary>
    /// Like <see cref="MayMatch(string)"/>, with the character sets of the text computed once by the caller: an anchor is
    /// only searched for when every one of its characters occurs in the text, so most texts skip every <c>IndexOf</c>.
    /// </summary>
    public bool MayMatch(string text, AsciiSet characters, AsciiSet foldedCharacters)
    {
        if (text.Length < MinLength)
        {
            return false;
        }

        if (Anchors.Length == 0)
        {
            return true;
        }

        var comparison = IgnoreCaseAnchors ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var present = IgnoreCaseAnchors ? foldedCharacters : characters;
        for (var i = 0; i < Anchors.Length; i++)
        {
            if (present.ContainsAll(AnchorCharacters[i]) && text.IndexOf(Anchors[i], comparison) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A set of ASCII characters as a 128-bit mask; characters outside ASCII are not recorded.</summary>
internal readonly struct AsciiSet
{
    private readonly ulong low;
    private readonly ulong high;

    private AsciiSet(ulong low, ulong high)
    {
        this.low = low;
        this.high = high;
    }

    public static AsciiSet Of(string text, bool ignoreCase)
    {
        var set = default(AsciiSet);
        foreach (var c in text)
        {
            set = set.Add(c, ignoreCase);
        }

        return set;
    }

    /// <summary>Adds one character (lower-cased first when <paramref name="ignoreCase"/>).</summary>
    public AsciiSet Add(char c, bool ignoreCase)
    {
        if (ignoreCase && c is >= 'A' and <= 'Z')
        {
            c = (char)(c + 32);
        }

        return c < 64 ? new AsciiSet(low | (1UL << c), high) : c < 128 ? new AsciiSet(low, high | (1UL << (c - 64))) : this;
    }

    /// <summary>Adds one character as is.</summary>
    public AsciiSet Add(char c)
        => c < 64 ? new AsciiSet(low | (1UL << c), high) : c < 128 ? new AsciiSet(low, high | (1UL << (c - 64))) : this;

    /// <summary>The same set with A-Z replaced by a-z (what <see cref="Of"/> with <c>ignoreCase</c> would have built).</summary>
    public AsciiSet ToLowerInvariant()
    {
        // 'A'..'Z' are bits 1..26 of the high word, 'a'..'z' bits 33..58.
        const ulong upper = 0x7FFFFFEUL;
        return new AsciiSet(low, (high & ~upper) | ((high & upper) << 32));
    }

    public bool ContainsAll(AsciiSet other) => (low & other.low) == other.low && (high & other.high) == other.high;
}

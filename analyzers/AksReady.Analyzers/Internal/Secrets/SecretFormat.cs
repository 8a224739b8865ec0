using System;
using System.Text.RegularExpressions;

namespace AksReady.Analyzers.Internal.Secrets;

/// <summary>
/// One detectable credential format: a regular expression, the cheap substrings that must occur before the
/// expression is even tried, and the minimum Shannon entropy (bits per character) of the captured secret.
/// </summary>
internal sealed class SecretFormat
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// A hand-written matcher used instead of the expression (same matches, found left to right from <paramref name="startAt"/>):
    /// for formats that occur in almost every project, so that a typical build never constructs a <see cref="System.Text.RegularExpressions.Regex"/>
    /// (the first construction in a compiler process costs ~15 ms).
    /// </summary>
    public delegate bool Finder(string text, int startAt, out int matchEnd, out int secretStart, out int secretLength);

    public SecretFormat(string name, string description, string pattern, double minEntropy, string[] anchors, bool ignoreCaseAnchors = false, int minLength = 8, Finder? finder = null, string? anchorFollowedBy = null, int followCount = 0, bool anchorStartsWord = false, bool judgedByName = false, bool spansLines = false)
    {
        this.anchorStartsWord = anchorStartsWord;
        JudgedByName = judgedByName;
        SpansLines = spansLines;
        CustomFinder = finder;
        followSet = anchorFollowedBy is null ? default : AsciiSet.Of(anchorFollowedBy, ignoreCase: false);
        this.followCount = anchorFollowedBy is null ? 0 : followCount;
        Name = name;
        Description = description;
        regex = new LazyRegex(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, MatchTimeout);
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

    private readonly LazyRegex regex;
    private readonly AsciiSet followSet;
    private readonly int followCount;
    private readonly bool anchorStartsWord;

    /// <summary>When set, used instead of <see cref="Regex"/>.</summary>
    public Finder? CustomFinder { get; }

    /// <summary>Per anchor, the ASCII characters it contains (lower-cased when <see cref="IgnoreCaseAnchors"/>).</summary>
    private AsciiSet[] AnchorCharacters { get; }

    /// <summary>Stable identifier, e.g. <c>GitHubToken</c>.</summary>
    public string Name { get; }

    /// <summary>English noun phrase used in the diagnostic message, e.g. <c>a GitHub token</c>.</summary>
    public string Description { get; }

    /// <summary>
    /// The expression. When it has a group named <c>secret</c>, entropy and placeholder checks apply to that group only.
    /// Built on first use: the anchors keep most formats from ever running, so most of the ~130 expressions (hand-written and
    /// imported from gitleaks) are never parsed.
    /// </summary>
    public Regex Regex => regex.Value;

    /// <summary>Minimum Shannon entropy of the secret part (0 = no check).</summary>
    public double MinEntropy { get; }

    /// <summary>At least one of these must occur (ordinal) in the text before <see cref="Regex"/> runs; empty = always try.</summary>
    public string[] Anchors { get; }

    public bool IgnoreCaseAnchors { get; }

    /// <summary>
    /// The expression captures a <c>name</c> group with the <c>secret</c>: the value is a credential when the name is
    /// secret-like and the value is one as AKS2001 judges a value under that name (placeholders, labels, the name's own
    /// words are not), instead of by entropy. For pairs written inside a text (<c>"accessKey": "..."</c>,
    /// <c>--password ...</c>).
    /// </summary>
    public bool JudgedByName { get; }

    /// <summary>
    /// The credential is a block of lines (a PEM or PuTTY key) whose first line is its header: it is located where the
    /// block starts, not at the line the checked part starts on.
    /// </summary>
    public bool SpansLines { get; }

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
            if (present.ContainsAll(AnchorCharacters[i]) && HasAnchor(text, Anchors[i], comparison))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAsciiWordCharacter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';

    /// <summary>The anchor occurs, and (when the format says so) is followed by <c>followCount</c> characters of its token alphabet.</summary>
    private bool HasAnchor(string text, string anchor, StringComparison comparison)
    {
        for (var at = text.IndexOf(anchor, comparison); at >= 0; at = text.IndexOf(anchor, at + 1, comparison))
        {
            // The expression starts with \b before the anchor (a word character): after an ASCII letter, digit or '_' it
            // cannot match there (ghp_ inside a longer word, EAAA inside a base64 blob). Other characters are left to it.
            if (anchorStartsWord && at > 0 && IsAsciiWordCharacter(text[at - 1]))
            {
                continue;
            }

            if (followCount == 0)
            {
                return true;
            }

            var start = at + anchor.Length;
            if (start + followCount > text.Length)
            {
                return false;
            }

            var run = 0;
            while (run < followCount && followSet.Contains(text[start + run]))
            {
                run++;
            }

            if (run == followCount)
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

    public bool Contains(char c) => c < 64 ? (low & (1UL << c)) != 0 : c < 128 && (high & (1UL << (c - 64))) != 0;
}

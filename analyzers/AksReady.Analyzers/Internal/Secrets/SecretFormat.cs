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

    public SecretFormat(string name, string description, string pattern, double minEntropy, string[] anchors, bool ignoreCaseAnchors = false, int minLength = 8)
    {
        Name = name;
        Description = description;
        Regex = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, MatchTimeout);
        MinEntropy = minEntropy;
        Anchors = anchors;
        IgnoreCaseAnchors = ignoreCaseAnchors;
        MinLength = minLength;
    }

    /// <summary>Stable identifier, e.g. <c>GitHubToken</c>.</summary>
    public string Name { get; }

    /// <summary>English noun phrase used in the diagnostic message, e.g. <c>a GitHub token</c>.</summary>
    public string Description { get; }

    /// <summary>The expression. When it has a group named <c>secret</c>, entropy and placeholder checks apply to that group only.</summary>
    public Regex Regex { get; }

    /// <summary>Minimum Shannon entropy of the secret part (0 = no check).</summary>
    public double MinEntropy { get; }

    /// <summary>At least one of these must occur (ordinal) in the text before <see cref="Regex"/> runs; empty = always try.</summary>
    public string[] Anchors { get; }

    public bool IgnoreCaseAnchors { get; }

    /// <summary>Texts shorter than this never match.</summary>
    public int MinLength { get; }

    public bool MayMatch(string text)
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
        foreach (var anchor in Anchors)
        {
            if (text.IndexOf(anchor, comparison) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}

using System.Text;
using System.Text.RegularExpressions;
using AksReady.Analyzers.Internal.Secrets;

namespace AksReady.Analyzers.Tests.Secrets;

/// <summary>
/// The hand-written matchers and the anchor-alphabet pre-checks must not change what the format table finds: each is
/// compared with the format's own regular expression, on generated texts and on every text of the labelled corpus.
/// </summary>
public sealed class SecretFinderTests
{
    private static readonly string[] Fragments =
    {
        "Password", "password", "PWD", "pwd", "PassWord", "passwd", "=", " = ", "=", ";", ",", " ", "\t", "\r\n", "\"", "'",
        "hunter2", "Vb7nQ2xL9mK4", "Server=db", "User Id=sa", "${DB_PASSWORD}", "x", "a;b", "\u00A0", "ssl=True", "",
    };

    [Fact]
    public void ConnectionStringPasswordFinder_FindsTheSameMatchesAsItsExpression_OnGeneratedTexts()
    {
        var format = SecretFormats.All.Single(f => f.Name == "ConnectionStringPassword");
        Assert.NotNull(format.CustomFinder);
        var random = new Random(20261126);
        for (var n = 0; n < 20000; n++)
        {
            var builder = new StringBuilder();
            var parts = random.Next(1, 12);
            for (var p = 0; p < parts; p++)
            {
                builder.Append(Fragments[random.Next(Fragments.Length)]);
            }

            AssertSameMatches(format, builder.ToString());
        }
    }

    [Fact]
    public void Finders_FindTheSameMatchesAsTheirExpressions_OnTheCorpus()
    {
        var texts = SecretsCorpusTests.LoadCases().SelectMany(c => c.Content.Split('\n').Prepend(c.Content)).ToList();
        Assert.True(texts.Count > 700, $"{texts.Count} corpus texts");
        foreach (var format in SecretFormats.All.Where(f => f.CustomFinder is not null))
        {
            foreach (var text in texts)
            {
                AssertSameMatches(format, text);
            }
        }
    }

    [Fact]
    public void AnchorAlphabets_NeverHideAnExpressionMatch_OnTheCorpus()
    {
        // Without its alphabet the anchor test is a plain IndexOf; with it, a text the expression matches must still pass.
        var texts = SecretsCorpusTests.LoadCases().SelectMany(c => c.Content.Split('\n').Prepend(c.Content)).ToList();
        var checkedMatches = 0;
        foreach (var format in SecretFormats.All)
        {
            foreach (var text in texts)
            {
                if (text.Length >= format.MinLength && WithoutTimeout(format).IsMatch(text))
                {
                    checkedMatches++;
                    Assert.True(format.MayMatch(text), $"{format.Name}: the anchor pre-check rejects a text its expression matches: {text}");
                }
            }
        }

        Assert.True(checkedMatches > 300, $"{checkedMatches} expression matches checked");
    }

    [Fact]
    public void WordStartAnchors_NeverHideAnExpressionMatch_WhateverPrecedesTheToken()
    {
        // Formats whose expression starts with \b skip an anchor that follows an ASCII word character. Put every kind of
        // character in front of each corpus match: whenever the expression still matches, the pre-check must let it through.
        var before = new[] { "a", "Z", "0", "_", "-", ".", " ", "\"", "'", "/", "=", ":", "\u00E9", "\u200D", "\u0301", "\u203F", "\n" };
        var texts = SecretsCorpusTests.LoadCases().SelectMany(c => c.Content.Split('\n')).ToList();
        var checkedMatches = 0;
        foreach (var format in SecretFormats.All)
        {
            foreach (var text in texts)
            {
                if (text.Length < format.MinLength || WithoutTimeout(format).Match(text) is not { Success: true } match)
                {
                    continue;
                }

                foreach (var prefix in before)
                {
                    var variant = text.Insert(match.Index, prefix);
                    if (WithoutTimeout(format).IsMatch(variant))
                    {
                        checkedMatches++;
                        Assert.True(format.MayMatch(variant), $"{format.Name}: the anchor pre-check rejects a text its expression matches: {variant}");
                    }
                }
            }
        }

        Assert.True(checkedMatches > 1000, $"{checkedMatches} expression matches checked");
    }

    [Theory]
    [InlineData("SquareToken", "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk", false)]
    [InlineData("SquareToken", "token: EAAAl0123456789abcdefghijKLMNOPQRSTUV", true)]
    [InlineData("GitHubToken", "xghp_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", false)]
    [InlineData("GitHubToken", "\"ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", true)]
    [InlineData("TwilioApiKey", "key SK0123456789abcdef0123456789abcdef end", true)]
    [InlineData("TwilioApiKey", "TASKS and RISKS are words, SKU-1234567890", false)]
    [InlineData("GitHubToken", "ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", true)]
    [InlineData("GitHubToken", "see ghp_short", false)]
    [InlineData("JsonWebToken", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NSJ9.abc", true)]
    [InlineData("JsonWebToken", "eyJ!", false)]
    public void AnchorAlphabet_RequiresTheTokenCharactersAfterTheAnchor(string formatName, string text, bool mayMatch)
        => Assert.Equal(mayMatch, SecretFormats.All.Single(f => f.Name == formatName).MayMatch(text));

    // The shipped expressions stop after 250 ms; on a loaded test machine that could fail a comparison, so the tests use
    // the same pattern and options without a time limit.
    private static readonly Dictionary<string, Regex> Unlimited = new();

    private static Regex WithoutTimeout(SecretFormat format)
    {
        lock (Unlimited)
        {
            if (!Unlimited.TryGetValue(format.Name, out var regex))
            {
                regex = new Regex(format.Regex.ToString(), format.Regex.Options);
                Unlimited.Add(format.Name, regex);
            }

            return regex;
        }
    }

    private static void AssertSameMatches(SecretFormat format, string text)
    {
        var expected = new List<(int, int)>();
        for (var m = WithoutTimeout(format).Match(text); m.Success; m = m.NextMatch())
        {
            var group = m.Groups["secret"];
            expected.Add(group.Success ? (group.Index, group.Length) : (m.Index, m.Length));
        }

        var actual = new List<(int, int)>();
        for (var at = 0; at <= text.Length && format.CustomFinder!(text, at, out var end, out var start, out var length); at = end > at ? end : at + 1)
        {
            actual.Add((start, length));
        }

        Assert.True(expected.SequenceEqual(actual), $"{format.Name} on \"{Regex.Escape(text)}\": expression {string.Join(" ", expected)}, finder {string.Join(" ", actual)}");
    }
}

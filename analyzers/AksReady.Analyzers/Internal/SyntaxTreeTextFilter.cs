using System;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace AksReady.Analyzers.Internal;

/// <summary>
/// A cheap text prefilter for per-tree analysis: true when the tree's source text contains one of the words. The source
/// text of a compiled file is normally a string already, so this is an ordinal search with no allocation.
/// </summary>
internal static class SyntaxTreeTextFilter
{
    public static bool Mentions(SyntaxTree tree, string[] words, CancellationToken cancellationToken)
    {
        var text = tree.GetText(cancellationToken).ToString();
        foreach (var word in words)
        {
            if (text.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when any syntax tree of the compilation mentions one of the words (a compilation-wide gate).</summary>
    public static bool AnyMentions(Compilation compilation, string[] words, CancellationToken cancellationToken)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (Mentions(tree, words, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }
}

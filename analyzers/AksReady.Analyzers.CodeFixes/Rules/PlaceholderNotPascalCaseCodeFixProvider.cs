using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using AksReady.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AksReady.Analyzers.CodeFixes.Rules;

/// <summary>
/// AKS3007: renames a placeholder that is not PascalCase (<c>{userId}</c> → <c>{UserId}</c>, <c>{@user_id}</c> →
/// <c>{@UserId}</c>) in a string literal template. Only the names change, so Fix All merges the edits of one literal.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PlaceholderNotPascalCaseCodeFixProvider)), Shared]
public sealed class PlaceholderNotPascalCaseCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.PlaceholderNotPascalCase);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(MessageTemplateProblemsAnalyzer.NameProperty, out var name)
                || !diagnostic.Properties.TryGetValue(MessageTemplateProblemsAnalyzer.NewNameProperty, out var newName)
                || string.IsNullOrEmpty(name) || string.IsNullOrEmpty(newName)
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                || !literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                continue;
            }

            var token = literal.Token;
            if (FindNames(token.Text, newName!).Count > 0)
            {
                continue; // Renaming would create a duplicate.
            }

            var spans = FindNames(token.Text, name!);
            if (spans.Count == 0)
            {
                continue; // Escape sequences inside the name: left to the developer.
            }

            var changes = new List<TextChange>(spans.Count);
            foreach (var span in spans)
            {
                changes.Add(new TextChange(new TextSpan(token.SpanStart + span.Start, span.Length), newName!));
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    string.Format(System.Globalization.CultureInfo.InvariantCulture, CodeFixResources.AKS3007FixTitle, name, newName),
                    ct => ApplyAsync(context.Document, changes, ct),
                    equivalenceKey: nameof(PlaceholderNotPascalCaseCodeFixProvider)),
                diagnostic);
        }
    }

    /// <summary>Spans of <paramref name="name"/> where it is a placeholder name in the literal's source text.</summary>
    private static List<TextSpan> FindNames(string tokenText, string name)
    {
        var spans = new List<TextSpan>();
        var pattern = @"(?<!\{)\{[@$]?(" + Regex.Escape(name) + @")(?=[,:}])";
        foreach (Match match in Regex.Matches(tokenText, pattern))
        {
            var group = match.Groups[1];
            spans.Add(new TextSpan(group.Index, group.Length));
        }

        return spans;
    }

    private static async Task<Document> ApplyAsync(Document document, List<TextChange> changes, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return document.WithText(text.WithChanges(changes));
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AksReady.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace AksReady.Analyzers.CodeFixes.Rules;

/// <summary>
/// AKS3005: removes the secret from the log call, its placeholder and its argument together:
/// <c>logger.LogInformation("Login {User} with {Password}", user, password)</c> →
/// <c>logger.LogInformation("Login {User}", user)</c>. Offered when the template is a string literal whose placeholders
/// match the arguments one by one (the positional binding of Microsoft.Extensions.Logging and Serilog). Several secrets in
/// one call are removed together by Fix All.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SecretLoggedCodeFixProvider)), Shared]
public sealed class SecretLoggedCodeFixProvider : CodeFixProvider
{
    /// <summary>Words that only introduce the removed value at the end of a message: "Login {User} with {Password}".</summary>
    private static readonly string[] Connectors = { "with", "using", "via", "for", "to", "of", "as", "is", "was", "and", "from", "by", "the", "a", "an", "its", "their" };

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.SecretLogged);

    /// <summary>Per document, so two secrets of one call are removed from one template (the batch fixer would drop one).</summary>
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        async (fixAllContext, document, diagnostics) => await FixAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (Locate(root, diagnostic) is { } target
                && RemoveSecret(target.Template.Text, target.Template.Placeholders[target.PlaceholderIndex]).Trim().Length > 0)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        string.Format(CultureInfo.InvariantCulture, CodeFixResources.AKS3005FixTitle, "{" + target.Template.Placeholders[target.PlaceholderIndex].Name + "}"),
                        ct => FixAsync(context.Document, new[] { diagnostic }, ct),
                        equivalenceKey: nameof(SecretLoggedCodeFixProvider)),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> FixAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var targets = diagnostics.Select(d => Locate(root, d)).OfType<Target>().GroupBy(t => t.List).ToList();
        var replacements = new Dictionary<ArgumentListSyntax, ArgumentListSyntax>();
        foreach (var call in targets)
        {
            var first = call.First();
            var removed = call.Select(t => t.PlaceholderIndex).Distinct().OrderByDescending(i => i).ToList();
            var text = first.Template.Text;
            foreach (var index in removed)
            {
                text = RemoveSecret(text, first.Template.Placeholders[index]);
            }

            if (text.Trim().Length == 0)
            {
                continue;
            }

            var removedArguments = new HashSet<int>(removed.Select(i => first.TemplateIndex + 1 + i));
            var arguments = new List<ArgumentSyntax>();
            for (var i = 0; i < first.List.Arguments.Count; i++)
            {
                var argument = first.List.Arguments[i];
                if (i == first.TemplateIndex)
                {
                    var literal = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text));
                    arguments.Add(argument.WithExpression(literal.WithTriviaFrom(argument.Expression)));
                }
                else if (!removedArguments.Contains(i))
                {
                    arguments.Add(argument);
                }
            }

            var separators = Enumerable.Repeat(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space), arguments.Count - 1);
            replacements[first.List] = first.List.WithArguments(SyntaxFactory.SeparatedList(arguments, separators)).WithAdditionalAnnotations(Formatter.Annotation);
        }

        return replacements.Count == 0
            ? document
            : document.WithSyntaxRoot(root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]));
    }

    /// <summary>
    /// The call, its literal template and the placeholder bound to the reported argument; null when the shape is not
    /// one-to-one (named arguments, an explicit array, a constant or interpolated template, a count mismatch, duplicate
    /// names: AKS3001/AKS3002 come first there).
    /// </summary>
    private static Target? Locate(SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Location.IsInSource || diagnostic.Location.SourceTree != root.SyntaxTree)
        {
            return null;
        }

        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        var argument = node as ArgumentSyntax ?? node.Parent as ArgumentSyntax;
        if (argument is not { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax } list }
            || list.Arguments.Any(a => a.NameColon is not null))
        {
            return null;
        }

        var argumentIndex = list.Arguments.IndexOf(argument);
        for (var templateIndex = argumentIndex - 1; templateIndex >= 0; templateIndex--)
        {
            if (list.Arguments[templateIndex].Expression is not LiteralExpressionSyntax literal)
            {
                continue;
            }

            if (!literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                return null;
            }

            var template = MessageTemplate.Parse(literal.Token.ValueText);
            var placeholderIndex = argumentIndex - templateIndex - 1;
            return template.Error == MessageTemplateError.None
                   && template.Placeholders.Length == list.Arguments.Count - templateIndex - 1
                   && !template.DuplicateNames().Any()
                ? new Target(list, templateIndex, template, placeholderIndex)
                : null;
        }

        return null;
    }

    /// <summary>
    /// The AKS3003 removal (the placeholder and the separator that introduces it), plus words left dangling at the end:
    /// a connecting word ("Login {User} with {Password}" → "Login {User}") and a label that names the removed value
    /// ("rejected, secret {ClientSecret}" → "rejected").
    /// </summary>
    private static string RemoveSecret(string text, MessageTemplatePlaceholder placeholder)
    {
        var atEnd = text.Substring(placeholder.Start + placeholder.Length).Trim().Trim('.', '!').Length == 0;
        var result = ExceptionNotPassedToLoggerCodeFixProvider.RemovePlaceholder(text, placeholder);
        if (!atEnd)
        {
            return result;
        }

        var ending = result.Substring(result.TrimEnd(' ', '.', '!', ':').Length);
        var trimmed = result.Substring(0, result.Length - ending.Length);
        while (true)
        {
            var space = trimmed.LastIndexOf(' ');
            var lastWord = trimmed.Substring(space + 1);
            if (space <= 0
                || !(Connectors.Contains(lastWord, System.StringComparer.OrdinalIgnoreCase)
                     || (lastWord.Length >= 3 && placeholder.Name.IndexOf(lastWord, System.StringComparison.OrdinalIgnoreCase) >= 0)))
            {
                return trimmed + ending;
            }

            trimmed = trimmed.Substring(0, space).TrimEnd(' ', ',', ':', '-');
        }
    }

    private sealed class Target
    {
        public Target(ArgumentListSyntax list, int templateIndex, MessageTemplate template, int placeholderIndex)
        {
            List = list;
            TemplateIndex = templateIndex;
            Template = template;
            PlaceholderIndex = placeholderIndex;
        }

        public ArgumentListSyntax List { get; }

        public int TemplateIndex { get; }

        public MessageTemplate Template { get; }

        public int PlaceholderIndex { get; }
    }
}

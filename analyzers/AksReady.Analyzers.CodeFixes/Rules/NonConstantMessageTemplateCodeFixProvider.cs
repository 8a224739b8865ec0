using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AksReady.Analyzers.CodeFixes.Internal;
using AksReady.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace AksReady.Analyzers.CodeFixes.Rules;

/// <summary>
/// AKS3001: rewrites an interpolated string, a concatenation or a <c>string.Format</c> call into a constant message
/// template with named PascalCase placeholders, and passes the values as arguments right after the template
/// (<c>$"User {user.Id} paid {price,8:C}"</c> → <c>"User {UserId} paid {Price,8:C}", user.Id, price</c>).
/// The values keep their order of evaluation; literal braces are escaped.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NonConstantMessageTemplateCodeFixProvider)), Shared]
public sealed class NonConstantMessageTemplateCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.NonConstantMessageTemplate);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Properties.ContainsKey(NonConstantMessageTemplateAnalyzer.NoArgumentsProperty)
                || diagnostic.Properties.ContainsKey(NonConstantMessageTemplateAnalyzer.VariableProperty))
            {
                continue;
            }

            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not { } node
                || node.FirstAncestorOrSelf<ArgumentSyntax>() is not { Parent: ArgumentListSyntax argumentList } templateArgument
                || argumentList.Arguments.Any(a => a.NameColon is not null))
            {
                continue;
            }

            var hasTemplateArguments = argumentList.Arguments.IndexOf(templateArgument) < argumentList.Arguments.Count - 1;
            var builder = new TemplateBuilder(escapeLiterals: !hasTemplateArguments);
            if (!MessageTemplateRewriter.TryBuild(templateArgument.Expression, model, builder, context.CancellationToken))
            {
                continue;
            }

            var newList = CreateArgumentList(argumentList, templateArgument, builder);
            context.RegisterCodeFix(
                CodeAction.Create(
                    CodeFixResources.AKS3001FixTitle,
                    ct => ReplaceAsync(context.Document, argumentList, newList, ct),
                    equivalenceKey: nameof(NonConstantMessageTemplateCodeFixProvider)),
                diagnostic);
        }
    }

    private static ArgumentListSyntax CreateArgumentList(ArgumentListSyntax argumentList, ArgumentSyntax templateArgument, TemplateBuilder builder)
    {
        var arguments = new List<ArgumentSyntax>();
        foreach (var argument in argumentList.Arguments)
        {
            if (argument != templateArgument)
            {
                arguments.Add(argument);
                continue;
            }

            var literal = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(builder.Text));
            arguments.Add(argument.WithExpression(literal.WithTriviaFrom(argument.Expression)));
            arguments.AddRange(builder.Arguments.Select(SyntaxFactory.Argument));
        }

        var separators = Enumerable.Repeat(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space), arguments.Count - 1);
        return argumentList.WithArguments(SyntaxFactory.SeparatedList(arguments, separators));
    }

    private static async Task<Document> ReplaceAsync(Document document, ArgumentListSyntax oldList, ArgumentListSyntax newList, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        return document.WithSyntaxRoot(root.ReplaceNode(oldList, newList.WithAdditionalAnnotations(Formatter.Annotation)));
    }
}

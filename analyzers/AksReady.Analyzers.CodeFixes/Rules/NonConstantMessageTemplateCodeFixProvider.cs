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
/// The values keep their order of evaluation; literal braces are escaped. A local holding the built string
/// (<c>var message = $"..."; logger.LogInformation(message);</c>) is inlined when its declaration is the statement right
/// before the call and it is read nowhere else.
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
            if (diagnostic.Properties.ContainsKey(NonConstantMessageTemplateAnalyzer.NoArgumentsProperty))
            {
                continue;
            }

            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not { } node
                || node.FirstAncestorOrSelf<ArgumentSyntax>() is not { Parent: ArgumentListSyntax argumentList } templateArgument
                || argumentList.Arguments.Any(a => a.NameColon is not null))
            {
                continue;
            }

            // var message = $"Order {id} paid"; logger.LogInformation(message); → logger.LogInformation("Order {Id} paid", id);
            LocalDeclarationStatementSyntax? inlined = null;
            var template = templateArgument.Expression;
            if (diagnostic.Properties.ContainsKey(NonConstantMessageTemplateAnalyzer.VariableProperty))
            {
                if (FindInlinableDeclaration(templateArgument, model, context.CancellationToken) is not { } declaration)
                {
                    continue;
                }

                inlined = declaration;
                template = declaration.Declaration.Variables[0].Initializer!.Value;
            }

            var hasTemplateArguments = argumentList.Arguments.IndexOf(templateArgument) < argumentList.Arguments.Count - 1;
            var builder = new TemplateBuilder(escapeLiterals: !hasTemplateArguments);
            if (!MessageTemplateRewriter.TryBuild(template, model, builder, context.CancellationToken))
            {
                continue;
            }

            var newList = CreateArgumentList(argumentList, templateArgument, builder);
            context.RegisterCodeFix(
                CodeAction.Create(
                    CodeFixResources.AKS3001FixTitle,
                    ct => ReplaceAsync(context.Document, argumentList, newList, inlined, ct),
                    equivalenceKey: nameof(NonConstantMessageTemplateCodeFixProvider)),
                diagnostic);
        }
    }

    /// <summary>
    /// The declaration of the local passed as the template, when the fix can move its initializer into the call without
    /// changing what runs when: a single-variable <c>var</c>/<c>string</c> declaration right before the statement of the
    /// call, in the same block, and the local read nowhere else.
    /// </summary>
    private static LocalDeclarationStatementSyntax? FindInlinableDeclaration(ArgumentSyntax templateArgument, SemanticModel model, CancellationToken cancellationToken)
    {
        if (templateArgument.Expression is not IdentifierNameSyntax identifier
            || model.GetSymbolInfo(identifier, cancellationToken).Symbol is not ILocalSymbol local
            || local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer: not null } declarator
            || declarator.Parent is not VariableDeclarationSyntax { Variables.Count: 1 } variables
            || variables.Parent is not LocalDeclarationStatementSyntax { UsingKeyword.RawKind: 0, AwaitKeyword.RawKind: 0 } declaration
            || declaration.Parent is not BlockSyntax block
            || templateArgument.FirstAncestorOrSelf<StatementSyntax>() is not { } callStatement
            || callStatement.Parent != block)
        {
            return null;
        }

        // A comment on the declaration would be lost with it: no fix then.
        if (declaration.GetLeadingTrivia().Concat(declaration.GetTrailingTrivia()).Any(t => !t.IsKind(SyntaxKind.WhitespaceTrivia) && !t.IsKind(SyntaxKind.EndOfLineTrivia)))
        {
            return null;
        }

        var index = block.Statements.IndexOf(declaration);
        if (index < 0 || index + 1 >= block.Statements.Count || block.Statements[index + 1] != callStatement)
        {
            return null;
        }

        var uses = 0;
        foreach (var name in block.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (name.Identifier.ValueText == local.Name && ++uses > 1)
            {
                return null;
            }
        }

        return declaration;
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

    private static async Task<Document> ReplaceAsync(Document document, ArgumentListSyntax oldList, ArgumentListSyntax newList, LocalDeclarationStatementSyntax? inlined, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        if (inlined is null)
        {
            return document.WithSyntaxRoot(root.ReplaceNode(oldList, newList.WithAdditionalAnnotations(Formatter.Annotation)));
        }

        // Both edits on one tree: the call's argument list, then the declaration it no longer needs (it has no comments).
        var tracked = root.TrackNodes(oldList, inlined);
        tracked = tracked.ReplaceNode(tracked.GetCurrentNode(oldList)!, newList.WithAdditionalAnnotations(Formatter.Annotation));
        var declaration = tracked.GetCurrentNode(inlined)!;
        return document.WithSyntaxRoot(tracked.RemoveNode(declaration, SyntaxRemoveOptions.KeepNoTrivia)!);
    }
}

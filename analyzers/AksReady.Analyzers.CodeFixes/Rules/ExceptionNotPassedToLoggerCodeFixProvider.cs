using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AksReady.Analyzers.Internal;
using AksReady.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace AksReady.Analyzers.CodeFixes.Rules;

/// <summary>
/// AKS3003: moves the exception into the exception parameter and removes its placeholder from the template:
/// <c>logger.LogError("Order {OrderId} failed: {Error}", id, ex.Message)</c> →
/// <c>logger.LogError(ex, "Order {OrderId} failed", id)</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ExceptionNotPassedToLoggerCodeFixProvider)), Shared]
public sealed class ExceptionNotPassedToLoggerCodeFixProvider : CodeFixProvider
{
    private static readonly char[] Separators = { ' ', '\t', ':', ';', ',', '-', '=', '|' };

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ExceptionNotPassedToLogger);

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
            if (!diagnostic.Properties.TryGetValue(ExceptionNotPassedToLoggerAnalyzer.ArgumentIndexProperty, out var indexText)
                || !int.TryParse(indexText, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not { } node
                || node.FirstAncestorOrSelf<ArgumentSyntax>() is not { Parent: ArgumentListSyntax list } argument
                || list.Arguments.Any(a => a.NameColon is not null))
            {
                continue;
            }

            var templateIndex = list.Arguments.IndexOf(argument) - 1 - index;
            if (templateIndex < 0
                || model.GetConstantValue(list.Arguments[templateIndex].Expression, context.CancellationToken) is not { HasValue: true, Value: string text})
            {
                continue;
            }

            var template = MessageTemplate.Parse(text);
            if (template.Error != MessageTemplateError.None || template.Placeholders.Length != list.Arguments.Count - templateIndex - 1)
            {
                continue;
            }

            var exception = argument.Expression;
            if (diagnostic.Properties.ContainsKey(ExceptionNotPassedToLoggerAnalyzer.UseReceiverProperty))
            {
                exception = exception switch
                {
                    MemberAccessExpressionSyntax memberAccess => memberAccess.Expression,
                    InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax toString } => toString.Expression,
                    _ => null!,
                };
                if (exception is null)
                {
                    continue;
                }
            }

            var newTemplate = RemovePlaceholder(text, template.Placeholders[index]);
            var hasException = diagnostic.Properties.ContainsKey(ExceptionNotPassedToLoggerAnalyzer.HasExceptionProperty);
            var newList = CreateArgumentList(list, argument, templateIndex, newTemplate, hasException ? null : exception.WithoutTrivia());
            context.RegisterCodeFix(
                CodeAction.Create(
                    hasException ? CodeFixResources.AKS3003RemoveDuplicateTitle : CodeFixResources.AKS3003FixTitle,
                    ct => ReplaceAsync(context.Document, list, newList, ct),
                    equivalenceKey: nameof(ExceptionNotPassedToLoggerCodeFixProvider)),
                diagnostic);
        }
    }

    /// <summary>
    /// Removes a placeholder and the separator that introduces it: <c>"Failed for {Id}: {Error}"</c> → <c>"Failed for {Id}"</c>,
    /// <c>"Error {Error} in {Id}"</c> → <c>"Error in {Id}"</c>, <c>"Failed ({Error})."</c> → <c>"Failed."</c>.
    /// </summary>
    internal static string RemovePlaceholder(string text, MessageTemplatePlaceholder placeholder)
    {
        var before = text.Substring(0, placeholder.Start);
        var after = text.Substring(placeholder.Start + placeholder.Length);
        if (before.Length > 0 && after.Length > 0
            && ((before[before.Length - 1] == '(' && after[0] == ')') || (before[before.Length - 1] == '[' && after[0] == ']')
                || (before[before.Length - 1] is '\'' or '"' && after[0] == before[before.Length - 1])))
        {
            before = before.Substring(0, before.Length - 1);
            after = after.Substring(1);
        }

        if (after.Trim().Trim('.', '!').Length == 0)
        {
            return before.TrimEnd(Separators) + after.Trim();
        }

        before = before.TrimEnd(' ');
        after = after.TrimStart(' ');
        return before.Length == 0 ? after : before + " " + after;
    }

    private static ArgumentListSyntax CreateArgumentList(ArgumentListSyntax list, ArgumentSyntax removed, int templateIndex, string template, ExpressionSyntax? exception)
    {
        var arguments = new List<ArgumentSyntax>();
        var replacedNull = false;
        for (var i = 0; i < list.Arguments.Count; i++)
        {
            var argument = list.Arguments[i];
            if (argument == removed)
            {
                continue;
            }

            if (exception is not null && i < templateIndex && argument.Expression.IsKind(SyntaxKind.NullLiteralExpression))
            {
                arguments.Add(argument.WithExpression(exception.WithTriviaFrom(argument.Expression)));
                replacedNull = true;
                continue;
            }

            if (i == templateIndex)
            {
                if (exception is not null && !replacedNull)
                {
                    arguments.Add(SyntaxFactory.Argument(exception));
                }

                var literal = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(template));
                arguments.Add(argument.WithExpression(literal.WithTriviaFrom(argument.Expression)));
                continue;
            }

            arguments.Add(argument);
        }

        var separators = Enumerable.Repeat(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space), arguments.Count - 1);
        return list.WithArguments(SyntaxFactory.SeparatedList(arguments.Select(a => a.WithLeadingTrivia()), separators));
    }

    private static async Task<Document> ReplaceAsync(Document document, ArgumentListSyntax oldList, ArgumentListSyntax newList, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(oldList, newList.WithAdditionalAnnotations(Formatter.Annotation)));
    }
}

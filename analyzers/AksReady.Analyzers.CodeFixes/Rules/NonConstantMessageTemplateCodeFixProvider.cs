using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
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
using Microsoft.CodeAnalysis.Operations;

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

            var hasTemplateArguments = argumentList.Arguments.IndexOf(templateArgument) < argumentList.Arguments.Count - 1;
            var builder = new TemplateBuilder(escapeLiterals: !hasTemplateArguments);
            if (!TryBuild(templateArgument.Expression, model, builder, context.CancellationToken))
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

    private static bool TryBuild(ExpressionSyntax expression, SemanticModel model, TemplateBuilder builder, CancellationToken cancellationToken)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        if (model.GetConstantValue(expression, cancellationToken) is { HasValue: true, Value: var constant })
        {
            builder.AppendLiteral(System.Convert.ToString(constant, CultureInfo.InvariantCulture) ?? string.Empty);
            return true;
        }

        switch (expression)
        {
            case InterpolatedStringExpressionSyntax interpolated:
                foreach (var content in interpolated.Contents)
                {
                    switch (content)
                    {
                        case InterpolatedStringTextSyntax text:
                            // The operation holds the text with escapes and doubled braces already resolved.
                            if (model.GetOperation(text, cancellationToken) is not IInterpolatedStringTextOperation { Text.ConstantValue: { HasValue: true, Value: string value } })
                            {
                                return false;
                            }

                            builder.AppendLiteral(value);
                            break;
                        case InterpolationSyntax hole:
                            builder.AppendHole(hole.Expression, hole.AlignmentClause?.Value.ToString(), hole.FormatClause?.FormatStringToken.ValueText);
                            break;
                    }
                }

                return true;
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression)
                                                   && model.GetTypeInfo(binary, cancellationToken).Type?.SpecialType == SpecialType.System_String:
                return TryBuildOperand(binary.Left, model, builder, cancellationToken)
                       && TryBuildOperand(binary.Right, model, builder, cancellationToken);
            case InvocationExpressionSyntax invocation
                when model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol { Name: "Format", ContainingType.SpecialType: SpecialType.System_String } method
                     && method.Parameters.Length > 0 && method.Parameters[0].Type.SpecialType == SpecialType.System_String
                     && !(method.Parameters.Length == 2 && method.Parameters[1].IsParams && method.Parameters[1].Type is IArrayTypeSymbol && invocation.ArgumentList.Arguments.Count == 2
                          && model.GetTypeInfo(invocation.ArgumentList.Arguments[1].Expression, cancellationToken).Type is IArrayTypeSymbol):
                return TryBuildFormat(invocation, model, builder, cancellationToken);
            default:
                return false;
        }
    }

    /// <summary>A concatenation operand: constants and nested string pieces are inlined, anything else becomes a hole.</summary>
    private static bool TryBuildOperand(ExpressionSyntax operand, SemanticModel model, TemplateBuilder builder, CancellationToken cancellationToken)
    {
        var inner = operand;
        while (inner is ParenthesizedExpressionSyntax parenthesized)
        {
            inner = parenthesized.Expression;
        }

        if (model.GetConstantValue(inner, cancellationToken).HasValue
            || inner is InterpolatedStringExpressionSyntax
            || (inner is BinaryExpressionSyntax nested && nested.IsKind(SyntaxKind.AddExpression) && model.GetTypeInfo(nested, cancellationToken).Type?.SpecialType == SpecialType.System_String))
        {
            return TryBuild(inner, model, builder, cancellationToken);
        }

        builder.AppendHole(inner, alignment: null, format: null);
        return true;
    }

    /// <summary>
    /// <c>string.Format("a {0} b {1:N2}", x, y)</c>: only when the format is constant and uses each index once, in
    /// order, so the arguments keep their order of evaluation.
    /// </summary>
    private static bool TryBuildFormat(InvocationExpressionSyntax invocation, SemanticModel model, TemplateBuilder builder, CancellationToken cancellationToken)
    {
        var arguments = invocation.ArgumentList.Arguments;
        if (model.GetConstantValue(arguments[0].Expression, cancellationToken) is not { HasValue: true, Value: string format })
        {
            return false;
        }

        var next = 0;
        var literal = new System.Text.StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if ((c == '{' || c == '}') && i + 1 < format.Length && format[i + 1] == c)
            {
                literal.Append(c);
                i++;
                continue;
            }

            if (c == '}')
            {
                return false;
            }

            if (c != '{')
            {
                literal.Append(c);
                continue;
            }

            var close = format.IndexOf('}', i + 1);
            if (close < 0)
            {
                return false;
            }

            var hole = format.Substring(i + 1, close - i - 1);
            var formatStart = hole.IndexOf(':');
            var spec = formatStart >= 0 ? hole.Substring(formatStart + 1) : null;
            var head = formatStart >= 0 ? hole.Substring(0, formatStart) : hole;
            var comma = head.IndexOf(',');
            var alignment = comma >= 0 ? head.Substring(comma + 1).Trim() : null;
            var indexText = (comma >= 0 ? head.Substring(0, comma) : head).Trim();
            if (!int.TryParse(indexText, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index != next || index + 1 >= arguments.Count)
            {
                return false;
            }

            builder.AppendLiteral(literal.ToString());
            literal.Clear();
            builder.AppendHole(arguments[index + 1].Expression, alignment, spec);
            next++;
            i = close;
        }

        builder.AppendLiteral(literal.ToString());
        return next == arguments.Count - 1;
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

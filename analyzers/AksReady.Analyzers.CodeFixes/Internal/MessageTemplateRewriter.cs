using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AksReady.Analyzers.CodeFixes.Internal;

/// <summary>
/// Turns a string expression (an interpolated string, a concatenation, a <c>string.Format</c> call or a constant) into a
/// message template with named PascalCase placeholders and the values in their order of evaluation. Shared by the
/// AKS3001 fix (non-constant templates) and the AKS3004 fix (console output rewritten as a log call).
/// </summary>
internal static class MessageTemplateRewriter
{
    public static bool TryBuild(ExpressionSyntax expression, SemanticModel model, TemplateBuilder builder, CancellationToken cancellationToken)
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
                return TryBuildFormat(invocation.ArgumentList.Arguments[0].Expression, invocation.ArgumentList.Arguments.Skip(1).Select(a => a.Expression).ToList(), model, builder, cancellationToken);
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
    /// <c>string.Format("a {0} b {1:N2}", x, y)</c> (or <c>Console.WriteLine</c>'s format overloads): only when the format is constant and uses each index once, in
    /// order, so the arguments keep their order of evaluation.
    /// </summary>
    public static bool TryBuildFormat(ExpressionSyntax formatExpression, IReadOnlyList<ExpressionSyntax> values, SemanticModel model, TemplateBuilder builder, CancellationToken cancellationToken)
    {
        if (model.GetConstantValue(formatExpression, cancellationToken) is not { HasValue: true, Value: string format })
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
            if (!int.TryParse(indexText, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index != next || index >= values.Count)
            {
                return false;
            }

            builder.AppendLiteral(literal.ToString());
            literal.Clear();
            builder.AppendHole(values[index], alignment, spec);
            next++;
            i = close;
        }

        builder.AppendLiteral(literal.ToString());
        return next == values.Count;
    }
}

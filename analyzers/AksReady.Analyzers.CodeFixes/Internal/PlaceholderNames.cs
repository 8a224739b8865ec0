using System.Collections.Generic;
using System.Text;
using AksReady.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AksReady.Analyzers.CodeFixes.Internal;

/// <summary>Derives PascalCase placeholder names from argument expressions (<c>user.Id</c> → <c>UserId</c>).</summary>
internal sealed class PlaceholderNames
{
    private const string Fallback = "Value";
    private readonly HashSet<string> used = new(System.StringComparer.Ordinal);

    /// <summary>A fresh name for the expression: <c>count</c> → <c>Count</c>, <c>GetName()</c> → <c>Name</c>, a second <c>Count</c> → <c>Count2</c>.</summary>
    public string Next(ExpressionSyntax expression)
    {
        var parts = new List<string>();
        Collect(expression, parts);
        var name = MessageTemplate.ToPascalCase(string.Join(".", parts));
        if (name.Length == 0)
        {
            name = Fallback;
        }

        var candidate = name;
        for (var i = 2; !used.Add(candidate); i++)
        {
            candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    private static void Collect(ExpressionSyntax expression, List<string> parts)
    {
        switch (expression)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                Collect(parenthesized.Expression, parts);
                break;
            case CastExpressionSyntax cast:
                Collect(cast.Expression, parts);
                break;
            case AwaitExpressionSyntax awaitExpression:
                Collect(awaitExpression.Expression, parts);
                break;
            case PostfixUnaryExpressionSyntax suppress when suppress.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                Collect(suppress.Operand, parts);
                break;
            case SimpleNameSyntax simpleName:
                parts.Add(simpleName.Identifier.ValueText);
                break;
            case MemberAccessExpressionSyntax memberAccess:
                if (memberAccess.Expression is not ThisExpressionSyntax and not BaseExpressionSyntax)
                {
                    Collect(memberAccess.Expression, parts);
                }

                parts.Add(memberAccess.Name.Identifier.ValueText);
                break;
            case MemberBindingExpressionSyntax memberBinding:
                parts.Add(memberBinding.Name.Identifier.ValueText);
                break;
            case ConditionalAccessExpressionSyntax conditionalAccess:
                Collect(conditionalAccess.Expression, parts);
                Collect(conditionalAccess.WhenNotNull, parts);
                break;
            case ElementAccessExpressionSyntax elementAccess:
                Collect(elementAccess.Expression, parts);
                break;
            case InvocationExpressionSyntax invocation:
                CollectInvocation(invocation, parts);
                break;
        }
    }

    private static void CollectInvocation(InvocationExpressionSyntax invocation, List<string> parts)
    {
        ExpressionSyntax? receiver;
        string method;
        switch (invocation.Expression)
        {
            case MemberAccessExpressionSyntax memberAccess:
                receiver = memberAccess.Expression is ThisExpressionSyntax or BaseExpressionSyntax ? null : memberAccess.Expression;
                method = memberAccess.Name.Identifier.ValueText;
                break;
            case MemberBindingExpressionSyntax memberBinding:
                receiver = null;
                method = memberBinding.Name.Identifier.ValueText;
                break;
            case SimpleNameSyntax simpleName:
                receiver = null;
                method = simpleName.Identifier.ValueText;
                break;
            default:
                return;
        }

        if (receiver is not null)
        {
            Collect(receiver, parts);
        }

        // x.ToString() is logged as x; GetName() as Name; FormatPrice(p) as FormatPrice.
        if (method is "ToString" or "ToUpper" or "ToLower" or "ToUpperInvariant" or "ToLowerInvariant" or "Trim")
        {
            return;
        }

        if (method.Length > 3 && method.StartsWith("Get", System.StringComparison.Ordinal) && char.IsUpper(method[3]))
        {
            method = method.Substring(3);
        }

        if (method.EndsWith("Async", System.StringComparison.Ordinal) && method.Length > 5)
        {
            method = method.Substring(0, method.Length - 5);
        }

        parts.Add(method);
    }
}

/// <summary>Builds a message template and its argument list from the parts of an expression.</summary>
internal sealed class TemplateBuilder
{
    private readonly StringBuilder text = new();
    private readonly PlaceholderNames names = new();

    /// <param name="escapeLiterals">
    /// True when the call has no template arguments yet, so braces in the literal parts were meant as text and are
    /// escaped. False when it has: the literal parts then already hold placeholders for those arguments.
    /// </param>
    public TemplateBuilder(bool escapeLiterals)
    {
        EscapeLiterals = escapeLiterals;
    }

    public bool EscapeLiterals { get; }

    public List<ExpressionSyntax> Arguments { get; } = new();

    public string Text => text.ToString();

    public void AppendLiteral(string literal) => text.Append(EscapeLiterals ? MessageTemplate.EscapeLiteral(literal) : literal);

    public void AppendHole(ExpressionSyntax expression, string? alignment, string? format)
    {
        text.Append('{').Append(names.Next(expression));
        if (!string.IsNullOrEmpty(alignment))
        {
            text.Append(',').Append(alignment);
        }

        if (!string.IsNullOrEmpty(format))
        {
            text.Append(':').Append(format);
        }

        text.Append('}');
        Arguments.Add(expression.WithoutTrivia());
    }
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AksReady.Analyzers.Internal;

internal static class OperationExtensions
{
    /// <summary>Strips implicit and explicit conversions and parentheses.</summary>
    public static IOperation WalkDownConversions(this IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                default:
                    return operation;
            }
        }
    }

    /// <summary>
    /// The value of a string constant, for code on a hot path. A string literal's text is read from its token:
    /// <c>IOperation.ConstantValue</c> realizes a string constant lazily and allocates a weak reference to it on first use.
    /// Other constants (named constants, constant concatenations) go through <c>ConstantValue</c>, but only when the
    /// operation is of type string (an int constant would be boxed for nothing).
    /// </summary>
    public static bool TryGetStringConstant(this IOperation operation, out string text)
    {
        if (operation.Kind == OperationKind.Literal
            && operation.Syntax is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } syntax
            && !operation.IsImplicit)
        {
            text = syntax.Token.ValueText;
            return true;
        }

        if (operation.Type is { SpecialType: SpecialType.System_String } && operation.ConstantValue is { HasValue: true, Value: string constant })
        {
            text = constant;
            return true;
        }

        text = string.Empty;
        return false;
    }

    /// <summary>
    /// The receiver of a call: the instance, or the first argument of an extension method called in reduced form.
    /// </summary>
    public static IOperation? GetReceiver(this IInvocationOperation invocation)
    {
        if (invocation.Instance is { } instance)
        {
            return instance.WalkDownConversions();
        }

        return invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0
            ? invocation.Arguments[0].Value.WalkDownConversions()
            : null;
    }

    /// <summary>
    /// The call chained on this one (<c>x.Map().Next()</c> returns <c>Next</c> for <c>Map</c>), or null.
    /// </summary>
    public static IInvocationOperation? GetChainedInvocation(this IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            operation = parent;
            parent = parent.Parent;
        }

        if (parent is IArgumentOperation { Parent: IInvocationOperation outer } argument
            && outer.TargetMethod.IsExtensionMethod
            && outer.Instance is null
            && outer.Arguments.Length > 0
            && outer.Arguments[0] == argument)
        {
            return outer;
        }

        return parent is IInvocationOperation instanceCall && instanceCall.Instance == operation ? instanceCall : null;
    }

    /// <summary>The route or path of a health mapping (<c>pattern</c>/<c>path</c> argument) or, when not constant, the method name.</summary>
    public static string DescribeEndpoint(this IInvocationOperation mapping)
        => mapping.GetConstantStringArgument("pattern") ?? mapping.GetConstantStringArgument("path") ?? mapping.TargetMethod.Name + "()";

    /// <summary>The string constant passed to the parameter named <paramref name="parameterName"/>, if any.</summary>
    public static string? GetConstantStringArgument(this IInvocationOperation invocation, string parameterName)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == parameterName && argument.Value.WalkDownConversions().ConstantValue is { HasValue: true, Value: string value })
            {
                return value;
            }
        }

        return null;
    }
}

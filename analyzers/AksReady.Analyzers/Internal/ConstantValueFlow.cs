using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AksReady.Analyzers.Internal;

/// <summary>
/// Simple intra-procedural data flow for the secrets rules: the single string constant a local variable (or a private or
/// readonly field) holds when every value ever stored in it is a string constant, <c>null</c>, or another such variable
/// (<c>string data = "..."; new NetworkCredential("user", data)</c>). Called only at credential sinks, which are rare:
/// the writes are found by syntax (the identifier's name) within the containing member (locals) or the containing type
/// declaration (fields), and each candidate is confirmed with the semantic model. Anything else stored in the variable
/// (a call, a parameter, a compound assignment, a <c>ref</c>/<c>out</c> argument), two different constants, a partial
/// type spread over several files, or a field other code can write, and the answer is "not known".
/// </summary>
internal static class ConstantValueFlow
{
    private const int MaxDepth = 3;
    private const int MaxWrites = 16;

    /// <summary>The constant behind a local or field reference operation (conversions and parentheses stripped).</summary>
    public static bool TryGetSingleConstant(IOperation reference, CancellationToken cancellationToken, out string text, out SyntaxNode valueSyntax)
    {
        text = string.Empty;
        valueSyntax = reference.Syntax;
        var model = reference.SemanticModel;
        ISymbol? symbol = reference switch
        {
            ILocalReferenceOperation local => local.Local,
            IFieldReferenceOperation field => field.Field,
            _ => null,
        };
        return symbol is not null && model is not null && TryResolve(model, symbol, 0, cancellationToken, out text, out valueSyntax);
    }

    /// <summary>The constant behind an identifier that names a local or field (for syntax-based rules).</summary>
    public static bool TryGetSingleConstant(SemanticModel model, ExpressionSyntax expression, CancellationToken cancellationToken, out string text, out SyntaxNode valueSyntax)
    {
        text = string.Empty;
        valueSyntax = expression;
        if (expression is not (IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: IdentifierNameSyntax }))
        {
            return false;
        }

        var symbol = model.GetSymbolInfo(expression, cancellationToken).Symbol;
        return symbol is ILocalSymbol or IFieldSymbol && TryResolve(model, symbol, 0, cancellationToken, out text, out valueSyntax);
    }

    private static bool TryResolve(SemanticModel model, ISymbol symbol, int depth, CancellationToken cancellationToken, out string text, out SyntaxNode valueSyntax)
    {
        text = string.Empty;
        valueSyntax = null!;
        if (depth > MaxDepth || !TryGetScope(model, symbol, cancellationToken, out var declarator, out var scopes))
        {
            return false;
        }

        string? found = null;
        SyntaxNode? foundSyntax = null;
        if (declarator.Initializer is { } initializer && !Accept(model, initializer.Value, depth, cancellationToken, ref found, ref foundSyntax))
        {
            return false;
        }

        var name = declarator.Identifier.ValueText;
        var writes = 0;
        foreach (var scope in scopes)
        {
            foreach (var node in scope.DescendantNodes())
            {
                if (node is not IdentifierNameSyntax identifier || identifier.Identifier.ValueText != name)
                {
                    continue;
                }

                SyntaxNode target = identifier.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access && access.Name == identifier ? access : identifier;
                var parent = target.Parent;
                var isWrite = parent switch
                {
                    AssignmentExpressionSyntax assignment => assignment.Left == target,
                    ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None) || argument.Parent is TupleExpressionSyntax,
                    RefExpressionSyntax => true,
                    PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => true,
                    _ => false,
                };
                if (!isWrite)
                {
                    continue;
                }

                // Another variable of the same name (a sibling block's local) is not a write; an identifier that does not bind
                // cleanly is treated as one that may be (not known).
                var info = model.GetSymbolInfo(identifier, cancellationToken);
                if (info.Symbol is null ? info.CandidateSymbols.IsEmpty : !SymbolEqualityComparer.Default.Equals(info.Symbol.OriginalDefinition, symbol.OriginalDefinition))
                {
                    continue;
                }

                if (info.Symbol is null)
                {
                    return false;
                }

                if (++writes > MaxWrites || parent is not AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } simple
                    || !Accept(model, simple.Right, depth, cancellationToken, ref found, ref foundSyntax))
                {
                    return false;
                }
            }
        }

        if (found is null || foundSyntax is null)
        {
            return false;
        }

        text = found;
        valueSyntax = foundSyntax;
        return true;
    }

    /// <summary>A stored value: a string constant (one distinct non-empty value), null/default/empty, another resolvable variable, or a conditional of those.</summary>
    private static bool Accept(SemanticModel model, ExpressionSyntax value, int depth, CancellationToken cancellationToken, ref string? found, ref SyntaxNode? foundSyntax)
    {
        while (value is ParenthesizedExpressionSyntax parenthesized)
        {
            value = parenthesized.Expression;
        }

        if (value is ConditionalExpressionSyntax conditional)
        {
            return Accept(model, conditional.WhenTrue, depth, cancellationToken, ref found, ref foundSyntax)
                && Accept(model, conditional.WhenFalse, depth, cancellationToken, ref found, ref foundSyntax);
        }

        string candidate;
        SyntaxNode candidateSyntax;
        var constant = model.GetConstantValue(value, cancellationToken);
        if (constant.HasValue)
        {
            if (constant.Value is null)
            {
                return true;
            }

            if (constant.Value is not string constantText)
            {
                return false;
            }

            candidate = constantText;
            candidateSyntax = value;
        }
        else if (value is IdentifierNameSyntax && model.GetSymbolInfo(value, cancellationToken).Symbol is ILocalSymbol or IFieldSymbol
            && TryResolve(model, model.GetSymbolInfo(value, cancellationToken).Symbol!, depth + 1, cancellationToken, out var inner, out var innerSyntax))
        {
            candidate = inner;
            candidateSyntax = innerSyntax;
        }
        else
        {
            return value is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.DefaultLiteralExpression } or DefaultExpressionSyntax;
        }

        if (candidate.Length == 0)
        {
            return true;
        }

        if (found is null)
        {
            found = candidate;
            foundSyntax = candidateSyntax;
            return true;
        }

        return found == candidate;
    }

    /// <summary>The variable's declarator and the syntax that can write it: the containing member (a local) or type declaration (a field).</summary>
    private static bool TryGetScope(SemanticModel model, ISymbol symbol, CancellationToken cancellationToken, out VariableDeclaratorSyntax declarator, out SyntaxNode[] scopes)
    {
        declarator = null!;
        scopes = System.Array.Empty<SyntaxNode>();
        if (symbol.DeclaringSyntaxReferences.Length != 1)
        {
            return false;
        }

        var reference = symbol.DeclaringSyntaxReferences[0];
        if (reference.SyntaxTree != model.SyntaxTree || reference.GetSyntax(cancellationToken) is not VariableDeclaratorSyntax variable)
        {
            return false;
        }

        switch (symbol)
        {
            case ILocalSymbol { IsConst: false, IsRef: false, Type.SpecialType: SpecialType.System_String }
                when variable.Parent?.Parent is LocalDeclarationStatementSyntax { UsingKeyword.RawKind: (int)SyntaxKind.None }:
                SyntaxNode? member = variable;
                while (member is not null && member is not (MemberDeclarationSyntax or CompilationUnitSyntax))
                {
                    member = member.Parent;
                }

                if (member is null)
                {
                    return false;
                }

                declarator = variable;
                scopes = new[] { member };
                return true;
            case IFieldSymbol { IsConst: false, IsVolatile: false, Type.SpecialType: SpecialType.System_String } field
                when field.IsReadOnly || field.DeclaredAccessibility == Accessibility.Private:
                var types = field.ContainingType.DeclaringSyntaxReferences;
                var nodes = new SyntaxNode[types.Length];
                for (var i = 0; i < types.Length; i++)
                {
                    if (types[i].SyntaxTree != model.SyntaxTree)
                    {
                        return false;
                    }

                    nodes[i] = types[i].GetSyntax(cancellationToken);
                }

                declarator = variable;
                scopes = nodes;
                return true;
            default:
                return false;
        }
    }
}

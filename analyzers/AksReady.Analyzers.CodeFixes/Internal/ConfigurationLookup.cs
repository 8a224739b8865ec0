using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AksReady.Analyzers.CodeFixes.Internal;

/// <summary>
/// Shared by the AKS2001 and AKS2002 fixes: where an expression may read configuration, which <c>IConfiguration</c> is in
/// scope there, and the <c>configuration["key"]</c> replacement.
/// </summary>
internal static class ConfigurationLookup
{
    public const string ConfigurationInterface = "Microsoft.Extensions.Configuration.IConfiguration";

    /// <summary>Offers the replacement of <paramref name="literal"/> by <c>configuration["key"]</c> under a title naming the key.</summary>
    public static void RegisterFix(CodeFixContext context, Diagnostic diagnostic, ExpressionSyntax literal, ExpressionSyntax configuration, string key, string titleFormat, string equivalenceKey)
    {
        var title = string.Format(CultureInfo.InvariantCulture, titleFormat, key);
        context.RegisterCodeFix(
            CodeAction.Create(title, ct => ReplaceWithLookupAsync(context.Document, literal, configuration, key, ct), equivalenceKey),
            diagnostic);
    }

    /// <summary>Replaces <paramref name="literal"/> with <c>configuration["key"]</c>, keeping its trivia.</summary>
    public static async Task<Document> ReplaceWithLookupAsync(Document document, ExpressionSyntax literal, ExpressionSyntax configuration, string key, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var access = SyntaxFactory.ElementAccessExpression(
            configuration,
            SyntaxFactory.BracketedArgumentList(SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(key))))));
        var replacement = access.WithTriviaFrom(literal);
        return document.WithSyntaxRoot(root.ReplaceNode(literal, replacement));
    }

    /// <summary>False for positions that require a constant or cannot see instance state.</summary>
    public static bool CanReadConfigurationAt(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case AttributeArgumentSyntax:
                case ParameterSyntax:
                case FieldDeclarationSyntax:
                case PropertyDeclarationSyntax { Initializer: not null }:
                case LocalDeclarationStatementSyntax { IsConst: true }:
                case CaseSwitchLabelSyntax:
                    return false;
                case AccessorDeclarationSyntax:
                case ArrowExpressionClauseSyntax:
                case BlockSyntax:
                case GlobalStatementSyntax:
                case AnonymousFunctionExpressionSyntax:
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The expression to read configuration from: an <c>IConfiguration</c> local, parameter, field or property in scope,
    /// else the <c>Configuration</c> property of one (<c>builder.Configuration</c>).
    /// </summary>
    public static ExpressionSyntax? FindConfiguration(SemanticModel model, ExpressionSyntax literal, INamedTypeSymbol configurationType, CancellationToken cancellationToken)
    {
        var position = literal.SpanStart;
        var enclosing = model.GetEnclosingSymbol(position, cancellationToken);
        var isStaticContext = enclosing is { IsStatic: true } || enclosing?.ContainingSymbol is IMethodSymbol { IsStatic: true };
        ISymbol? direct = null;
        ISymbol? owner = null;
        IPropertySymbol? ownerProperty = null;
        foreach (var symbol in model.LookupSymbols(position))
        {
            var type = symbol switch
            {
                ILocalSymbol local when IsDeclaredBefore(local, position) => local.Type,
                IParameterSymbol parameter => parameter.Type,
                IFieldSymbol field when !isStaticContext || field.IsStatic => field.Type,
                IPropertySymbol property when !property.IsIndexer && (!isStaticContext || property.IsStatic) => property.Type,
                _ => null,
            };

            if (type is null)
            {
                continue;
            }

            if (IsConfiguration(type, configurationType))
            {
                // Locals and parameters first: they are what the surrounding code already uses.
                if (direct is null || symbol is ILocalSymbol or IParameterSymbol)
                {
                    direct = symbol;
                }

                continue;
            }

            if (owner is null && FindConfigurationProperty(type, configurationType) is { } configurationProperty)
            {
                owner = symbol;
                ownerProperty = configurationProperty;
            }
        }

        if (direct is not null)
        {
            return SyntaxFactory.IdentifierName(direct.Name);
        }

        if (owner is not null && ownerProperty is not null)
        {
            return SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.IdentifierName(owner.Name), SyntaxFactory.IdentifierName(ownerProperty.Name));
        }

        return null;
    }

    private static IPropertySymbol? FindConfigurationProperty(ITypeSymbol type, INamedTypeSymbol configurationType)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers("Configuration"))
            {
                if (member is IPropertySymbol { IsStatic: false, IsIndexer: false } property && IsConfiguration(property.Type, configurationType))
                {
                    return property;
                }
            }
        }

        return null;
    }

    private static bool IsConfiguration(ITypeSymbol type, INamedTypeSymbol configurationType)
    {
        if (SymbolEqualityComparer.Default.Equals(type, configurationType))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented, configurationType))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDeclaredBefore(ILocalSymbol local, int position)
    {
        foreach (var reference in local.DeclaringSyntaxReferences)
        {
            if (reference.Span.End <= position)
            {
                return true;
            }
        }

        return false;
    }
}

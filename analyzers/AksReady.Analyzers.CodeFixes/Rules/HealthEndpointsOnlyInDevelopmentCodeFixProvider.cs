using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace AksReady.Analyzers.CodeFixes.Rules;

/// <summary>
/// AKS1002 (reported at a Development-only mapping, as in an Aspire ServiceDefaults library): removes the
/// <c>if (app.Environment.IsDevelopment())</c> around the health mappings so they are mapped in every environment.
/// Offered only when the <c>if</c> has no <c>else</c> and contains nothing but health mappings.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HealthEndpointsOnlyInDevelopmentCodeFixProvider)), Shared]
public sealed class HealthEndpointsOnlyInDevelopmentCodeFixProvider : CodeFixProvider
{
    private static readonly ImmutableHashSet<string> MappingNames = ImmutableHashSet.Create("MapHealthChecks", "UseHealthChecks", "MapAksReadyEndpoints");

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.HealthEndpointsOnlyInDevelopment);

    // Several diagnostics share one `if`: fix them one `if` at a time rather than batching overlapping edits.
    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var ifStatement = node.FirstAncestorOrSelf<IfStatementSyntax>();
            if (ifStatement is null
                || ifStatement.Else is not null
                || !ifStatement.Condition.ToString().Contains("IsDevelopment")
                || ifStatement.Condition is PrefixUnaryExpressionSyntax
                || !ifStatement.Statement.Span.Contains(node.Span))
            {
                continue;
            }

            var statements = ifStatement.Statement is BlockSyntax block ? block.Statements.ToList() : new List<StatementSyntax> { ifStatement.Statement };
            if (statements.Count == 0 || !statements.All(IsHealthMapping))
            {
                continue;
            }

            var target = ifStatement;
            context.RegisterCodeFix(
                CodeAction.Create(
                    CodeFixResources.AKS1002FixTitle,
                    ct => UnwrapAsync(context.Document, target, statements, ct),
                    equivalenceKey: nameof(HealthEndpointsOnlyInDevelopmentCodeFixProvider)),
                diagnostic);
        }
    }

    private static bool IsHealthMapping(StatementSyntax statement)
        => statement is ExpressionStatementSyntax expression
           && expression.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>().Any(
               i => i.Expression is MemberAccessExpressionSyntax access && MappingNames.Contains(access.Name.Identifier.ValueText));

    private static async Task<Document> UnwrapAsync(Document document, IfStatementSyntax ifStatement, List<StatementSyntax> statements, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var moved = statements.Select(s => s.WithAdditionalAnnotations(Formatter.Annotation)).ToList();
        moved[0] = moved[0].WithLeadingTrivia(ifStatement.GetLeadingTrivia());
        moved[moved.Count - 1] = moved[moved.Count - 1].WithTrailingTrivia(ifStatement.GetTrailingTrivia());

        SyntaxNode newRoot;
        if (ifStatement.Parent is GlobalStatementSyntax global)
        {
            newRoot = root.ReplaceNode(global, moved.Select(s => (SyntaxNode)SyntaxFactory.GlobalStatement(s)));
        }
        else
        {
            newRoot = root.ReplaceNode(ifStatement, moved);
        }

        return document.WithSyntaxRoot(newRoot);
    }
}

using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using AksReady.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AksReady.Analyzers.CodeFixes.Rules;

/// <summary>
/// AKS1004: replaces <c>.RequireAuthorization(...)</c> on a probe mapping with <c>.AllowAnonymous()</c>, or appends
/// <c>.AllowAnonymous()</c> to a probe mapping that falls under the fallback policy.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ProbeEndpointAuthorizationCodeFixProvider)), Shared]
public sealed class ProbeEndpointAuthorizationCodeFixProvider : CodeFixProvider
{
    private const string AllowAnonymousName = "AllowAnonymous";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ProbeEndpointRequiresAuthorization);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            diagnostic.Properties.TryGetValue(ProbeEndpointAuthorizationAnalyzer.KindProperty, out var kind);
            var span = diagnostic.Location.SourceSpan;
            var node = root.FindNode(span, getInnermostNodeForTie: true);
            InvocationExpressionSyntax? target = null;
            InvocationExpressionSyntax? replacement = null;
            string title;

            if (kind == ProbeEndpointAuthorizationAnalyzer.KindRequireAuthorization)
            {
                foreach (var candidate in node.AncestorsAndSelf())
                {
                    if (candidate is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax memberAccess } invocation
                        && memberAccess.Name.SpanStart == span.Start)
                    {
                        target = invocation;
                        replacement = invocation
                            .WithExpression(memberAccess.WithName(SyntaxFactory.IdentifierName(AllowAnonymousName).WithTriviaFrom(memberAccess.Name)))
                            .WithArgumentList(SyntaxFactory.ArgumentList().WithTriviaFrom(invocation.ArgumentList));
                        break;
                    }
                }

                title = CodeFixResources.AKS1004ReplaceTitle;
            }
            else
            {
                target = node as InvocationExpressionSyntax ?? node.FirstAncestorOrSelf<InvocationExpressionSyntax>();
                if (target is not null)
                {
                    replacement = SyntaxFactory.InvocationExpression(
                            SyntaxFactory.MemberAccessExpression(
                                SyntaxKind.SimpleMemberAccessExpression,
                                target.WithoutTrailingTrivia(),
                                SyntaxFactory.IdentifierName(AllowAnonymousName)))
                        .WithTrailingTrivia(target.GetTrailingTrivia());
                }

                title = CodeFixResources.AKS1004AppendTitle;
            }

            if (target is null || replacement is null)
            {
                continue;
            }

            var (from, to) = (target, replacement);
            context.RegisterCodeFix(
                CodeAction.Create(title, ct => ReplaceAsync(context.Document, from, to, ct), equivalenceKey: nameof(ProbeEndpointAuthorizationCodeFixProvider)),
                diagnostic);
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, SyntaxNode node, SyntaxNode replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(node, replacement));
    }
}

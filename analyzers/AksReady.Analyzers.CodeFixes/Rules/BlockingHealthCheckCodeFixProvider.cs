using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AksReady.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace AksReady.Analyzers.CodeFixes.Rules;

/// <summary>
/// AKS1006: replaces a blocking call with an await, when <c>CheckHealthAsync</c> is already <c>async</c>:
/// <c>Thread.Sleep(x)</c> → <c>await Task.Delay(x, cancellationToken)</c>, <c>t.Result</c> → <c>(await t)</c>,
/// <c>t.Wait()</c> and <c>t.GetAwaiter().GetResult()</c> → <c>await t</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BlockingHealthCheckCodeFixProvider)), Shared]
public sealed class BlockingHealthCheckCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.BlockingHealthCheck);

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
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (!diagnostic.Properties.TryGetValue(BlockingHealthCheckAnalyzer.KindProperty, out var kind) || kind is null)
            {
                continue;
            }

            var method = node.FirstAncestorOrSelf<MethodDeclarationSyntax>();
            if (method is null || !method.Modifiers.Any(SyntaxKind.AsyncKeyword))
            {
                continue; // Making the method async would also rewrite its returns: left to the developer.
            }

            var replacement = CreateReplacement(node, kind, method);
            if (replacement is null)
            {
                continue;
            }

            var title = CodeFixResources.AKS1006FixTitle;
            context.RegisterCodeFix(
                CodeAction.Create(title, ct => ReplaceAsync(context.Document, node, replacement, ct), equivalenceKey: nameof(BlockingHealthCheckCodeFixProvider)),
                diagnostic);
        }
    }

    private static ExpressionSyntax? CreateReplacement(SyntaxNode node, string kind, MethodDeclarationSyntax method)
    {
        switch (kind)
        {
            case BlockingHealthCheckAnalyzer.KindThreadSleep when node is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1 } sleep:
                var arguments = sleep.ArgumentList.Arguments;
                var token = method.ParameterList.Parameters.FirstOrDefault(p => p.Type?.ToString() is "CancellationToken" or "System.Threading.CancellationToken");
                if (token is not null)
                {
                    arguments = arguments.Add(SyntaxFactory.Argument(SyntaxFactory.IdentifierName(token.Identifier.ValueText)));
                }

                var delay = SyntaxFactory.InvocationExpression(
                    SyntaxFactory.ParseExpression("System.Threading.Tasks.Task.Delay").WithAdditionalAnnotations(Simplifier.Annotation),
                    SyntaxFactory.ArgumentList(arguments));
                return Await(delay);
            case BlockingHealthCheckAnalyzer.KindResult when node is MemberAccessExpressionSyntax result:
                return SyntaxFactory.ParenthesizedExpression(Await(result.Expression)).WithAdditionalAnnotations(Simplifier.Annotation);
            case BlockingHealthCheckAnalyzer.KindWait when node is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0, Expression: MemberAccessExpressionSyntax wait }:
                return Await(wait.Expression);
            case BlockingHealthCheckAnalyzer.KindGetResult
                when node is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0, Expression: MemberAccessExpressionSyntax { Expression: InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0, Expression: MemberAccessExpressionSyntax getAwaiter } } }
                     && getAwaiter.Name.Identifier.ValueText == "GetAwaiter":
                return Await(getAwaiter.Expression);
            default:
                return null;
        }
    }

    private static AwaitExpressionSyntax Await(ExpressionSyntax expression)
        => SyntaxFactory.AwaitExpression(expression.WithoutTrivia());

    private static async Task<Document> ReplaceAsync(Document document, SyntaxNode node, ExpressionSyntax replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var newRoot = root.ReplaceNode(node, replacement.WithTriviaFrom(node).WithAdditionalAnnotations(Formatter.Annotation));
        return await Simplifier.ReduceAsync(document.WithSyntaxRoot(newRoot), Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}

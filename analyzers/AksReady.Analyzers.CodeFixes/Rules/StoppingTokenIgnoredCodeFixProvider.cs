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
using Microsoft.CodeAnalysis.Formatting;

namespace AksReady.Analyzers.CodeFixes.Rules;

/// <summary>AKS5001: <c>Task.Delay(x)</c> → <c>Task.Delay(x, stoppingToken)</c> in <c>ExecuteAsync</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StoppingTokenIgnoredCodeFixProvider)), Shared]
public sealed class StoppingTokenIgnoredCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.StoppingTokenIgnored);

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
            if (!diagnostic.Properties.TryGetValue(StoppingTokenIgnoredAnalyzer.TokenProperty, out var token)
                || string.IsNullOrEmpty(token)
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax invocation)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    CodeFixResources.AKS5001FixTitle,
                    ct => AddTokenAsync(context.Document, invocation, token!, ct),
                    equivalenceKey: nameof(StoppingTokenIgnoredCodeFixProvider)),
                diagnostic);
        }
    }

    private static async Task<Document> AddTokenAsync(Document document, InvocationExpressionSyntax invocation, string token, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var argument = SyntaxFactory.Argument(SyntaxFactory.IdentifierName(token));
        var newInvocation = invocation.WithArgumentList(invocation.ArgumentList.AddArguments(argument).WithAdditionalAnnotations(Formatter.Annotation));
        return document.WithSyntaxRoot(root.ReplaceNode(invocation, newInvocation));
    }
}

using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AksReady.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Operations;

namespace AksReady.Analyzers.CodeFixes.Rules;

/// <summary>
/// AKS3006: passes the caught exception to the log call, right before the message template (every level method of
/// Microsoft.Extensions.Logging and Serilog has that overload): <c>catch (Exception ex) { logger.LogError("Failed"); }</c>
/// → <c>logger.LogError(ex, "Failed")</c>. A catch without a variable gets one (<c>catch (IOException)</c> →
/// <c>catch (IOException ex)</c>, <c>catch</c> → <c>catch (Exception ex)</c>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CaughtExceptionNotLoggedCodeFixProvider)), Shared]
public sealed class CaughtExceptionNotLoggedCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.CaughtExceptionNotLogged);

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
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { } invocation
                || invocation.FirstAncestorOrSelf<CatchClauseSyntax>() is not { } catchClause
                || invocation.ArgumentList.Arguments.Any(a => a.NameColon is not null)
                || TemplateArgumentIndex(invocation, model, context.CancellationToken) is not { } templateIndex)
            {
                continue;
            }

            var name = catchClause.Declaration is { Identifier.ValueText: { Length: > 0 } declared } ? declared : FreeName(model, catchClause);
            context.RegisterCodeFix(
                CodeAction.Create(
                    string.Format(CultureInfo.InvariantCulture, CodeFixResources.AKS3006FixTitle, name),
                    ct => FixAsync(context.Document, catchClause, invocation, templateIndex, name, model, ct),
                    equivalenceKey: nameof(CaughtExceptionNotLoggedCodeFixProvider)),
                diagnostic);
        }
    }

    private static int? TemplateArgumentIndex(InvocationExpressionSyntax invocation, SemanticModel model, CancellationToken cancellationToken)
    {
        if (model.GetOperation(invocation, cancellationToken) is not IInvocationOperation operation
            || LoggingSymbols.Create(model.Compilation) is not { } symbols
            || !symbols.TryGetLogCall(operation, out var call)
            || call?.Template.Syntax is not ArgumentSyntax template)
        {
            return null;
        }

        var index = invocation.ArgumentList.Arguments.IndexOf(template);
        return index >= 0 ? index : null;
    }

    private static string FreeName(SemanticModel model, CatchClauseSyntax catchClause)
    {
        foreach (var candidate in new[] { "ex", "exception", "caught" })
        {
            if (model.LookupSymbols(catchClause.Block.SpanStart, name: candidate).IsEmpty)
            {
                return candidate;
            }
        }

        return "caughtException";
    }

    private static async Task<Document> FixAsync(Document document, CatchClauseSyntax catchClause, InvocationExpressionSyntax invocation, int templateIndex, string name, SemanticModel model, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var arguments = invocation.ArgumentList.Arguments.Insert(templateIndex, SyntaxFactory.Argument(SyntaxFactory.IdentifierName(name)));
        var newCatch = catchClause.ReplaceNode(invocation.ArgumentList, invocation.ArgumentList.WithArguments(arguments).WithAdditionalAnnotations(Formatter.Annotation));
        if (catchClause.Declaration is null)
        {
            // catch { } → catch (Exception ex) { }: Exception unqualified when System is imported.
            var exceptionType = model.LookupNamespacesAndTypes(catchClause.SpanStart, name: "Exception").FirstOrDefault() is INamedTypeSymbol { ContainingNamespace.Name: "System" }
                ? "Exception"
                : "System.Exception";
            var declaration = SyntaxFactory.CatchDeclaration(SyntaxFactory.ParseTypeName(exceptionType), SyntaxFactory.Identifier(name))
                .WithTrailingTrivia(catchClause.CatchKeyword.TrailingTrivia);
            newCatch = newCatch
                .WithCatchKeyword(catchClause.CatchKeyword.WithTrailingTrivia(SyntaxFactory.Space))
                .WithDeclaration(declaration.WithAdditionalAnnotations(Formatter.Annotation));
        }
        else if (catchClause.Declaration.Identifier.ValueText.Length == 0)
        {
            newCatch = newCatch.WithDeclaration(catchClause.Declaration.WithIdentifier(SyntaxFactory.Identifier(name)).WithAdditionalAnnotations(Formatter.Annotation));
        }

        return document.WithSyntaxRoot(root.ReplaceNode(catchClause, newCatch));
    }
}

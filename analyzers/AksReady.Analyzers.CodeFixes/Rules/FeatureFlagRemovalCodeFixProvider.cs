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
/// AKS4001/AKS4004 (reported at a check of a stale flag in code): Piranha-style stale-flag removal. Replaces the check
/// (<c>await fm.IsEnabledAsync("X")</c>) with the constant it has become and simplifies what depends on it:
/// <c>!</c>, <c>&amp;&amp;</c>/<c>||</c>, ternaries, <c>if</c>/<c>else</c> (the kept branch is inlined), early returns,
/// and a <c>bool</c> local that only holds the check. On <c>[FeatureGate("X")]</c>, "keep enabled" removes the gate.
/// Two actions: keep the enabled path, keep the disabled path. Fix all works per document, project and solution.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(FeatureFlagRemovalCodeFixProvider)), Shared]
public sealed class FeatureFlagRemovalCodeFixProvider : CodeFixProvider
{
    internal const string KeepEnabledKey = "AKS4xxx.RemoveFlag.KeepEnabled";
    internal const string KeepDisabledKey = "AKS4xxx.RemoveFlag.KeepDisabled";

    private const string FlagNameProperty = "FlagName";

    private const string TargetAnnotationKind = "AksReady.FeatureFlagCheck";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticIds.FeatureFlagExpired, DiagnosticIds.FeatureFlagAlwaysOn);

    /// <summary>
    /// Rewrites all checks of a document in one pass (the rewrites nest: an <c>if</c> inside a removed branch, a local
    /// read twice), which the batch fixer's text merging cannot do. Works for document, project and solution scope.
    /// </summary>
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Location.IsInSource || diagnostic.Location.SourceTree != root.SyntaxTree)
            {
                continue;
            }

            var kind = Classify(root, diagnostic, out var node);
            if (kind == CheckKind.None)
            {
                continue;
            }

            diagnostic.Properties.TryGetValue(FlagNameProperty, out var name);
            name ??= node!.ToString().Trim('"');
            context.RegisterCodeFix(
                CodeAction.Create(
                    string.Format(System.Globalization.CultureInfo.InvariantCulture, CodeFixResources.AKS4001FixKeepEnabledTitle, name),
                    ct => FixAsync(context.Document, new[] { diagnostic }, keepEnabled: true, ct),
                    KeepEnabledKey),
                diagnostic);
            if (kind == CheckKind.Invocation)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        string.Format(System.Globalization.CultureInfo.InvariantCulture, CodeFixResources.AKS4001FixKeepDisabledTitle, name),
                        ct => FixAsync(context.Document, new[] { diagnostic }, keepEnabled: false, ct),
                        KeepDisabledKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var keepEnabled = context.CodeActionEquivalenceKey != KeepDisabledKey;
        return await FixAsync(document, diagnostics, keepEnabled, context.CancellationToken).ConfigureAwait(false);
    }

    private enum CheckKind
    {
        None,
        Invocation,
        FeatureGate,
    }

    /// <summary>Finds the check a diagnostic points at: the flag argument of IsEnabledAsync or of [FeatureGate].</summary>
    private static CheckKind Classify(SyntaxNode root, Diagnostic diagnostic, out SyntaxNode? node)
    {
        node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        var argument = node.FirstAncestorOrSelf<ArgumentSyntax>();
        if (argument?.Parent?.Parent is InvocationExpressionSyntax invocation
            && GetName(invocation.Expression) == "IsEnabledAsync"
            && argument.Span.Contains(diagnostic.Location.SourceSpan))
        {
            node = invocation;
            return CheckKind.Invocation;
        }

        var attributeArgument = node.FirstAncestorOrSelf<AttributeArgumentSyntax>();
        if (attributeArgument?.Parent?.Parent is AttributeSyntax attribute
            && GetName(attribute.Name) is "FeatureGate" or "FeatureGateAttribute")
        {
            node = attributeArgument;
            return CheckKind.FeatureGate;
        }

        node = null;
        return CheckKind.None;
    }

    private static string? GetName(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };

    private static async Task<Document> FixAsync(Document document, IEnumerable<Diagnostic> diagnostics, bool keepEnabled, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        // 1. Mark every check (and every read of a bool local that only holds a check) with the value it stands for.
        var targets = new Dictionary<SyntaxNode, bool>();
        var declarations = new List<SyntaxNode>();
        foreach (var diagnostic in diagnostics)
        {
            if (!diagnostic.Location.IsInSource || diagnostic.Location.SourceTree != root.SyntaxTree)
            {
                continue;
            }

            var kind = Classify(root, diagnostic, out var node);
            if (kind == CheckKind.FeatureGate)
            {
                if (keepEnabled)
                {
                    targets[node!] = true;
                }

                continue;
            }

            if (kind != CheckKind.Invocation)
            {
                continue;
            }

            var check = GetCheckExpression((InvocationExpressionSyntax)node!);
            if (check.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
                && declarator.Parent is VariableDeclarationSyntax { Variables.Count: 1, Parent: LocalDeclarationStatementSyntax declaration }
                && model.GetDeclaredSymbol(declarator, cancellationToken) is ILocalSymbol local
                && declaration.Parent is BlockSyntax scope
                && TryGetReads(scope, local, model, cancellationToken, out var reads))
            {
                // var on = await fm.IsEnabledAsync("X"); if (on) ... => every read becomes the constant.
                foreach (var read in reads)
                {
                    targets[read] = keepEnabled;
                }

                declarations.Add(declaration);
                continue;
            }

            targets[check] = keepEnabled;
        }

        if (targets.Count == 0)
        {
            return document;
        }

        var annotated = root.ReplaceNodes(
            targets.Keys.Concat(declarations),
            (original, rewritten) =>
            {
                if (declarations.Contains(original))
                {
                    return rewritten.WithAdditionalAnnotations(new SyntaxAnnotation(DeclarationAnnotationKind));
                }

                var annotation = new SyntaxAnnotation(TargetAnnotationKind, targets[original] ? "true" : "false");
                return rewritten.WithAdditionalAnnotations(annotation);
            });

        // 2. Rewrite one marked node at a time (a rewrite can remove other marked nodes: they are then gone).
        var current = annotated;
        for (var guard = 0; guard < 10_000; guard++)
        {
            var next = current.GetAnnotatedNodes(TargetAnnotationKind).FirstOrDefault();
            if (next is null)
            {
                break;
            }

            var value = next.GetAnnotations(TargetAnnotationKind).First().Data == "true";
            current = next is AttributeArgumentSyntax gateArgument
                ? RemoveGate(current, gateArgument)
                : Simplify(current, next, value);
        }

        while (current.GetAnnotatedNodes(DeclarationAnnotationKind).FirstOrDefault() is { } declaration)
        {
            current = current.RemoveNode(declaration, SyntaxRemoveOptions.KeepUnbalancedDirectives)!;
        }

        return document.WithSyntaxRoot(current);
    }

    private const string DeclarationAnnotationKind = "AksReady.FeatureFlagLocal";

    /// <summary><c>fm.IsEnabledAsync("X")</c>, with its <c>.ConfigureAwait(false)</c>, <c>await</c> and parentheses.</summary>
    private static ExpressionSyntax GetCheckExpression(InvocationExpressionSyntax invocation)
    {
        ExpressionSyntax check = invocation;
        if (check.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait", Parent: InvocationExpressionSyntax configureAwait })
        {
            check = configureAwait;
        }

        if (check.Parent is AwaitExpressionSyntax awaitExpression)
        {
            check = awaitExpression;
        }

        return check;
    }

    private static bool TryGetReads(BlockSyntax scope, ILocalSymbol local, SemanticModel model, CancellationToken cancellationToken, out List<IdentifierNameSyntax> reads)
    {
        reads = new List<IdentifierNameSyntax>();
        foreach (var identifier in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (identifier.Identifier.ValueText != local.Name
                || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol, local))
            {
                continue;
            }

            // Written again (on = ..., ref on, out on): not "simple", leave it alone.
            if (identifier.Parent is AssignmentExpressionSyntax assignment && assignment.Left == identifier
                || identifier.Parent is ArgumentSyntax { RefKindKeyword.RawKind: not 0 }
                || identifier.Parent is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.AddressOfExpression })
            {
                return false;
            }

            reads.Add(identifier);
        }

        return true;
    }

    /// <summary>Replaces <paramref name="node"/> (which evaluates to <paramref name="value"/>) and folds its parents.</summary>
    private static SyntaxNode Simplify(SyntaxNode root, SyntaxNode node, bool value)
    {
        while (true)
        {
            var parent = node.Parent;
            while (parent is ParenthesizedExpressionSyntax)
            {
                node = parent;
                parent = parent.Parent;
            }

            switch (parent)
            {
                case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } not:
                    node = not;
                    value = !value;
                    continue;

                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.LogicalAndExpression) || binary.IsKind(SyntaxKind.LogicalOrExpression):
                {
                    var isAnd = binary.IsKind(SyntaxKind.LogicalAndExpression);
                    var other = binary.Left == node ? binary.Right : binary.Left;

                    // true && x => x, false || x => x; false && x => false, true || x => true (x is dropped: a check,
                    // rarely with side effects; the Piranha rules make the same choice).
                    if (value == isAnd)
                    {
                        return root.ReplaceNode(binary, other.WithTriviaFrom(binary));
                    }

                    node = binary;
                    continue;
                }

                case ConditionalExpressionSyntax conditional when conditional.Condition == node:
                {
                    var kept = value ? conditional.WhenTrue : conditional.WhenFalse;
                    return root.ReplaceNode(conditional, Parenthesize(kept, conditional).WithTriviaFrom(conditional));
                }

                case IfStatementSyntax ifStatement when ifStatement.Condition == node:
                    return RewriteIf(root, ifStatement, value);

                default:
                    return root.ReplaceNode(node, Literal(value).WithTriviaFrom(node));
            }
        }
    }

    private static ExpressionSyntax Parenthesize(ExpressionSyntax kept, ExpressionSyntax replaced)
        => kept is IdentifierNameSyntax or LiteralExpressionSyntax or InvocationExpressionSyntax or MemberAccessExpressionSyntax
            or ParenthesizedExpressionSyntax or ObjectCreationExpressionSyntax or AwaitExpressionSyntax || replaced.Parent is ArgumentSyntax or EqualsValueClauseSyntax or ReturnStatementSyntax or ArrowExpressionClauseSyntax
            ? kept
            : SyntaxFactory.ParenthesizedExpression(kept);

    private static LiteralExpressionSyntax Literal(bool value)
        => SyntaxFactory.LiteralExpression(value ? SyntaxKind.TrueLiteralExpression : SyntaxKind.FalseLiteralExpression);

    private static SyntaxNode RewriteIf(SyntaxNode root, IfStatementSyntax ifStatement, bool value)
    {
        StatementSyntax? kept = value ? ifStatement.Statement : ifStatement.Else?.Statement;
        if (ifStatement.Parent is ElseClauseSyntax elseClause && elseClause.Parent is IfStatementSyntax outer)
        {
            // if (a) { } else if (check) { A } else { B }
            return kept is null
                ? root.ReplaceNode(outer, outer.WithElse(null).WithAdditionalAnnotations(Formatter.Annotation))
                : root.ReplaceNode(ifStatement, kept.WithAdditionalAnnotations(Formatter.Annotation));
        }

        if (ifStatement.Parent is BlockSyntax or SwitchSectionSyntax)
        {
            if (kept is null)
            {
                return RemoveStatement(root, ifStatement);
            }

            var statements = kept is BlockSyntax block && !DeclaresLocals(block) ? block.Statements.ToList() : new List<StatementSyntax> { kept };
            if (statements.Count == 0)
            {
                return RemoveStatement(root, ifStatement);
            }

            statements[0] = statements[0].WithLeadingTrivia(ifStatement.GetLeadingTrivia().AddRange(statements[0].GetLeadingTrivia().Where(t => !t.IsKind(SyntaxKind.WhitespaceTrivia) && !t.IsKind(SyntaxKind.EndOfLineTrivia))));
            if (ifStatement.Parent is BlockSyntax parentBlock && statements[statements.Count - 1] is ReturnStatementSyntax or ThrowStatementSyntax or BreakStatementSyntax or ContinueStatementSyntax)
            {
                // The kept branch always jumps: what followed the if in this block is now unreachable (CS0162, an
                // error under TreatWarningsAsErrors). Drop it, except local functions (callable from above) and labels.
                var index = parentBlock.Statements.IndexOf(ifStatement);
                var following = parentBlock.Statements.Skip(index + 1).ToList();
                if (!following.Any(s => s is LabeledStatementSyntax))
                {
                    var newStatements = parentBlock.Statements.Take(index)
                        .Concat(statements.Select(s => s.WithAdditionalAnnotations(Formatter.Annotation)))
                        .Concat(following.Where(s => s is LocalFunctionStatementSyntax));
                    return root.ReplaceNode(parentBlock, parentBlock.WithStatements(SyntaxFactory.List(newStatements)));
                }
            }

            return root.ReplaceNode(ifStatement, statements.Select(s => s.WithAdditionalAnnotations(Formatter.Annotation)));
        }

        // Embedded statement (if (x) if (check) ...): keep the single statement, or an empty block.
        return root.ReplaceNode(ifStatement, (kept ?? SyntaxFactory.Block()).WithTriviaFrom(ifStatement).WithAdditionalAnnotations(Formatter.Annotation));
    }

    /// <summary>Removes a statement with its indentation; a comment above it stays. No blank line is left at the top of a block.</summary>
    private static SyntaxNode RemoveStatement(SyntaxNode root, StatementSyntax statement)
    {
        var hasComments = statement.GetLeadingTrivia().Any(t => !t.IsKind(SyntaxKind.WhitespaceTrivia) && !t.IsKind(SyntaxKind.EndOfLineTrivia));
        if (!hasComments && statement.Parent is BlockSyntax block && block.Statements.IndexOf(statement) is var index
            && index == 0 && block.Statements.Count > 1)
        {
            var next = block.Statements[1];
            var trivia = next.GetLeadingTrivia();
            var skip = 0;
            while (skip < trivia.Count && trivia[skip].IsKind(SyntaxKind.WhitespaceTrivia))
            {
                skip++;
            }

            if (skip < trivia.Count && trivia[skip].IsKind(SyntaxKind.EndOfLineTrivia))
            {
                var newNext = next.WithLeadingTrivia(trivia.Skip(skip + 1));
                var newBlock = block.WithStatements(block.Statements.Replace(next, newNext).RemoveAt(0));
                return root.ReplaceNode(block, newBlock);
            }
        }

        return root.RemoveNode(statement, (hasComments ? SyntaxRemoveOptions.KeepLeadingTrivia : SyntaxRemoveOptions.KeepNoTrivia) | SyntaxRemoveOptions.KeepUnbalancedDirectives)!;
    }

    /// <summary>A block whose locals could clash with the enclosing block's stays a block when inlined.</summary>
    private static bool DeclaresLocals(BlockSyntax block)
        => block.Statements.Any(s => s is LocalDeclarationStatementSyntax or LocalFunctionStatementSyntax);

    /// <summary>[FeatureGate("X")] with X always on: remove the gate, or only X when other flags are also required (All).</summary>
    private static SyntaxNode RemoveGate(SyntaxNode root, AttributeArgumentSyntax argument)
    {
        var attribute = (AttributeSyntax)argument.Parent!.Parent!;
        var arguments = attribute.ArgumentList!.Arguments;
        var flags = arguments.Where(a => a.NameEquals is null && !a.Expression.ToString().Contains("RequirementType.")).ToList();
        var requiresAny = arguments.Any(a => a.Expression.ToString().EndsWith("RequirementType.Any", System.StringComparison.Ordinal));
        if (flags.Count > 1 && !requiresAny)
        {
            return root.RemoveNode(argument, SyntaxRemoveOptions.KeepNoTrivia)!;
        }

        var list = (AttributeListSyntax)attribute.Parent!;
        if (list.Attributes.Count > 1)
        {
            return root.RemoveNode(attribute, SyntaxRemoveOptions.KeepNoTrivia)!;
        }

        // Keep the declaration's indentation: move the list's leading trivia to the next token.
        var nextToken = list.GetLastToken().GetNextToken();
        var withTrivia = root.ReplaceToken(nextToken, nextToken.WithLeadingTrivia(list.GetLeadingTrivia()));
        var movedList = withTrivia.FindNode(list.Span, getInnermostNodeForTie: false).FirstAncestorOrSelf<AttributeListSyntax>()!;
        return withTrivia.RemoveNode(movedList, SyntaxRemoveOptions.KeepNoTrivia)!;
    }
}

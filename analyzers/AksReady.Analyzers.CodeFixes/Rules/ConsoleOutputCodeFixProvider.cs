using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AksReady.Analyzers.CodeFixes.Internal;
using AksReady.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace AksReady.Analyzers.CodeFixes.Rules;

/// <summary>
/// AKS3004: rewrites <c>Console.WriteLine($"Processed {count} orders")</c> in service code as
/// <c>logger.LogInformation("Processed {Count} orders", count)</c>, using an <c>ILogger</c> already in scope (a local, a
/// parameter, a primary-constructor parameter, a field or a property). The level follows the call: <c>Console</c> and
/// <c>Console.Out</c> → Information, <c>Console.Error</c> → Error, <c>Debug</c> → Debug, <c>Trace.Write*</c> → Trace,
/// <c>Trace.TraceInformation/Warning/Error</c> → Information/Warning/Error. The text becomes a message template with
/// named placeholders (the AKS3001 rewrite), format overloads included. Not offered without a logger in scope, for
/// <c>WriteIf</c>/category overloads, <c>char[]</c>/span overloads or an empty <c>WriteLine()</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConsoleOutputCodeFixProvider)), Shared]
public sealed class ConsoleOutputCodeFixProvider : CodeFixProvider
{
    private const string LoggingNamespace = "Microsoft.Extensions.Logging";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ConsoleOutputInServiceCode);

    /// <summary>All calls of a document in one pass, so a missing <c>using Microsoft.Extensions.Logging;</c> is added once.</summary>
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

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
            if (FindCall(root, diagnostic) is not { } call || Plan(call, model, context.CancellationToken) is not { } plan)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    string.Format(CultureInfo.InvariantCulture, CodeFixResources.AKS3004FixTitle, plan.LoggerName + "." + plan.Method),
                    ct => FixAsync(context.Document, new[] { diagnostic }, ct),
                    equivalenceKey: nameof(ConsoleOutputCodeFixProvider)),
                diagnostic);
        }
    }

    private static async Task<Document?> FixAllInDocumentAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
        => await FixAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false);

    private static async Task<Document> FixAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var replacements = new Dictionary<InvocationExpressionSyntax, ExpressionSyntax>();
        var needsUsing = false;
        foreach (var diagnostic in diagnostics)
        {
            if (FindCall(root, diagnostic) is { } call && !replacements.ContainsKey(call) && Plan(call, model, cancellationToken) is { } plan)
            {
                replacements.Add(call, plan.Replacement.WithTriviaFrom(call).WithAdditionalAnnotations(Formatter.Annotation));
                needsUsing |= plan.NeedsUsing;
            }
        }

        if (replacements.Count == 0)
        {
            return document;
        }

        var newRoot = root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]);
        if (needsUsing && newRoot is CompilationUnitSyntax unit)
        {
            newRoot = AddLoggingUsing(unit);
        }

        return document.WithSyntaxRoot(newRoot);
    }

    private static InvocationExpressionSyntax? FindCall(SyntaxNode root, Diagnostic diagnostic)
        => diagnostic.Location.IsInSource && diagnostic.Location.SourceTree == root.SyntaxTree
            ? root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>()
            : null;

    private static FixPlan? Plan(InvocationExpressionSyntax call, SemanticModel model, CancellationToken cancellationToken)
    {
        if (model.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol method
            || LevelMethod(call, method) is not { } logMethod
            || call.ArgumentList.Arguments.Count == 0
            || call.ArgumentList.Arguments.Any(a => a.NameColon is not null || !a.RefKindKeyword.IsKind(SyntaxKind.None)))
        {
            return null;
        }

        if (BuildTemplate(call, method, model, cancellationToken) is not { } builder
            || FindLogger(call, model, cancellationToken) is not { } logger)
        {
            return null;
        }

        var arguments = new List<ArgumentSyntax>
        {
            SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(builder.Text))),
        };
        arguments.AddRange(builder.Arguments.Select(SyntaxFactory.Argument));
        var separators = Enumerable.Repeat(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space), arguments.Count - 1);
        var loggerName = SyntaxFacts.GetKeywordKind(logger.Symbol.Name) == SyntaxKind.None ? logger.Symbol.Name : "@" + logger.Symbol.Name;
        var replacement = SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.IdentifierName(loggerName), SyntaxFactory.IdentifierName(logMethod)),
            SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(arguments, separators)));
        var needsUsing = model.LookupSymbols(call.SpanStart, logger.Type, logMethod, includeReducedExtensionMethods: true).IsEmpty;
        return new FixPlan(replacement, loggerName, logMethod, needsUsing);
    }

    /// <summary>The <c>ILogger</c> extension that matches the call's level, or null for calls the fix leaves alone.</summary>
    private static string? LevelMethod(InvocationExpressionSyntax call, IMethodSymbol method)
    {
        switch (method.ContainingType.ToDisplayString())
        {
            case WellKnownTypeNames.Console when method.Name is "Write" or "WriteLine":
                return "LogInformation";
            case WellKnownTypeNames.Debug when method.Name is "Write" or "WriteLine" or "Print":
                return "LogDebug";
            case WellKnownTypeNames.Trace:
                return method.Name switch
                {
                    "Write" or "WriteLine" => "LogTrace",
                    "TraceInformation" => "LogInformation",
                    "TraceWarning" => "LogWarning",
                    "TraceError" => "LogError",
                    _ => null,
                };
            default:
                // Console.Out.WriteLine / Console.Error.WriteLine (the analyzer only reports these on a TextWriter).
                return method.Name is "Write" or "WriteLine"
                       && call.Expression is MemberAccessExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: var stream } }
                    ? stream == "Error" ? "LogError" : stream == "Out" ? "LogInformation" : null
                    : null;
        }
    }

    /// <summary>One value (<c>WriteLine(x)</c>) or a format overload (<c>WriteLine("{0} of {1}", a, b)</c>, <c>TraceError(format, args)</c>).</summary>
    private static TemplateBuilder? BuildTemplate(InvocationExpressionSyntax call, IMethodSymbol method, SemanticModel model, CancellationToken cancellationToken)
    {
        var arguments = call.ArgumentList.Arguments;
        var parameters = method.Parameters;
        if (parameters.Length == 0 || parameters.Any(p => p.Name == "category"))
        {
            return null; // WriteLine(): nothing to log; Debug.WriteLine(message, category): the category has no template form.
        }

        var builder = new TemplateBuilder(escapeLiterals: true);

        if (parameters[0].Name == "format" && parameters[0].Type.SpecialType == SpecialType.System_String)
        {
            if (arguments.Count == 2 && parameters.Length == 2 && parameters[1].IsParams && model.GetTypeInfo(arguments[1].Expression, cancellationToken).Type is IArrayTypeSymbol)
            {
                return null; // An array passed as the params array: the values are not known one by one.
            }

            var values = arguments.Skip(1).Select(a => a.Expression).ToList();
            return MessageTemplateRewriter.TryBuildFormat(arguments[0].Expression, values, model, builder, cancellationToken) ? builder : null;
        }

        if (arguments.Count != 1 || parameters.Length != 1 || parameters[0].Type is IArrayTypeSymbol || parameters[0].Type.IsRefLikeType)
        {
            return null;
        }

        var value = arguments[0].Expression;
        if (model.GetTypeInfo(value, cancellationToken).Type?.SpecialType == SpecialType.System_String
            && MessageTemplateRewriter.TryBuild(value, model, builder, cancellationToken))
        {
            return builder;
        }

        // Any other value (a string variable, a number, an object) is logged as one placeholder: "{Message}", message.
        builder = new TemplateBuilder(escapeLiterals: true);
        builder.AppendHole(value, alignment: null, format: null);
        return builder;
    }

    /// <summary>
    /// The nearest <c>ILogger</c> the call can use: a local declared before it, a parameter, a field or property, then a
    /// constructor parameter (a primary-constructor one is captured only when no member holds the logger already);
    /// instance members only from instance code; <c>ILogger&lt;ContainingType&gt;</c> first within a rank.
    /// </summary>
    private static LoggerCandidate? FindLogger(InvocationExpressionSyntax call, SemanticModel model, CancellationToken cancellationToken)
    {
        var iLogger = model.Compilation.GetBestTypeByMetadataName("Microsoft.Extensions.Logging.ILogger");
        if (iLogger is null)
        {
            return null;
        }

        var position = call.SpanStart;
        var containingType = model.GetEnclosingSymbol(position, cancellationToken)?.ContainingType;
        var staticContext = IsInStaticContext(call);
        LoggerCandidate? best = null;
        foreach (var symbol in model.LookupSymbols(position))
        {
            var (type, rank) = symbol switch
            {
                ILocalSymbol local when local.DeclaringSyntaxReferences.All(r => r.Span.End <= position) => (local.Type, 0),
                IParameterSymbol parameter => (parameter.Type, parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor } ? 3 : 1),
                IFieldSymbol field when field.IsStatic || !staticContext => (field.Type, 2),
                IPropertySymbol { IsIndexer: false } property when (property.IsStatic || !staticContext) && property.GetMethod is not null => (property.Type, 2),
                _ => (null, 0),
            };
            if (type is null || !IsLogger(type, iLogger))
            {
                continue;
            }

            if (rank == 3 && staticContext)
            {
                continue; // A primary-constructor parameter is not usable from a static member.
            }

            // ILogger<ThisType> before other loggers of the same rank.
            var score = rank * 2 + (type is INamedTypeSymbol { TypeArguments.Length: 1 } generic && SymbolEqualityComparer.Default.Equals(generic.TypeArguments[0], containingType) ? 0 : 1);
            if (best is null || score < best.Score || (score == best.Score && string.CompareOrdinal(symbol.Name, best.Symbol.Name) < 0))
            {
                // The simple name must bind to this symbol at the call (not to a type or a shadowing member).
                var bound = model.GetSpeculativeSymbolInfo(position, SyntaxFactory.IdentifierName(symbol.Name), SpeculativeBindingOption.BindAsExpression).Symbol;
                if (SymbolEqualityComparer.Default.Equals(bound, symbol))
                {
                    best = new LoggerCandidate(symbol, type, score);
                }
            }
        }

        return best;
    }

    private static bool IsLogger(ITypeSymbol type, INamedTypeSymbol iLogger)
        => SymbolEqualityComparer.Default.Equals(type, iLogger) || type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, iLogger));

    private static bool IsInStaticContext(SyntaxNode node)
    {
        foreach (var ancestor in node.Ancestors())
        {
            switch (ancestor)
            {
                case AnonymousFunctionExpressionSyntax function when function.Modifiers.Any(SyntaxKind.StaticKeyword):
                case LocalFunctionStatementSyntax localFunction when localFunction.Modifiers.Any(SyntaxKind.StaticKeyword):
                    return true;
                case GlobalStatementSyntax:
                    return true; // Top-level statements run in a static Main.
                case BaseTypeDeclarationSyntax:
                    return false;
                case MemberDeclarationSyntax member:
                    return member.Modifiers.Any(SyntaxKind.StaticKeyword) || member.Modifiers.Any(SyntaxKind.ConstKeyword);
            }
        }

        return true;
    }

    private static CompilationUnitSyntax AddLoggingUsing(CompilationUnitSyntax unit)
    {
        var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(LoggingNamespace))
            .WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed)
            .WithAdditionalAnnotations(Formatter.Annotation);
        // After the last plain using that sorts before it (the list may not be sorted), else after the System ones.
        var usings = unit.Usings;
        var index = -1;
        var lastSystem = -1;
        for (var i = 0; i < usings.Count; i++)
        {
            if (!usings[i].StaticKeyword.IsKind(SyntaxKind.None) || usings[i].Alias is not null || usings[i].Name?.ToString() is not { } name)
            {
                continue;
            }

            if (string.CompareOrdinal(name, LoggingNamespace) < 0)
            {
                index = i;
            }

            if (name == "System" || name.StartsWith("System.", System.StringComparison.Ordinal))
            {
                lastSystem = i;
            }
        }

        index = (index >= 0 ? index : lastSystem) + 1;
        // The file's own line ending, not the formatter's default.
        var endOfLine = unit.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        if (endOfLine.IsKind(SyntaxKind.EndOfLineTrivia))
        {
            directive = usings.Count == 0 ? directive.WithTrailingTrivia(endOfLine, endOfLine) : directive.WithTrailingTrivia(endOfLine);
        }

        if (usings.Count == 0 && unit.Externs.Count == 0)
        {
            // The first using of the file: it goes below a file header, which stays at the top.
            var first = unit.GetFirstToken(includeZeroWidth: true);
            directive = directive.WithLeadingTrivia(first.LeadingTrivia);
            unit = unit.ReplaceToken(first, first.WithLeadingTrivia());
        }

        if (index == 0 && usings.Count > 0)
        {
            // Keep a file header above the usings.
            directive = directive.WithLeadingTrivia(usings[0].GetLeadingTrivia());
            usings = usings.Replace(usings[0], usings[0].WithLeadingTrivia());
        }

        return unit.WithUsings(usings.Insert(index, directive));
    }

    private sealed class FixPlan
    {
        public FixPlan(ExpressionSyntax replacement, string loggerName, string method, bool needsUsing)
        {
            Replacement = replacement;
            LoggerName = loggerName;
            Method = method;
            NeedsUsing = needsUsing;
        }

        public ExpressionSyntax Replacement { get; }

        public string LoggerName { get; }

        public string Method { get; }

        public bool NeedsUsing { get; }
    }

    private sealed class LoggerCandidate
    {
        public LoggerCandidate(ISymbol symbol, ITypeSymbol type, int score)
        {
            Symbol = symbol;
            Type = type;
            Score = score;
        }

        public ISymbol Symbol { get; }

        public ITypeSymbol Type { get; }

        public int Score { get; }
    }
}

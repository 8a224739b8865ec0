using System;
using System.Collections.Immutable;
using AksReady.Analyzers.Internal.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AksReady.Analyzers.Rules;

/// <summary>
/// AKS2002: a string literal (or the text part of an interpolated string) contains a credential: a connection string
/// with a password or account key, a URI with <c>user:password@</c>, or a provider token (see <see cref="SecretFormats"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CredentialsInStringsAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the <see cref="SecretFormat.Name"/> that matched.</summary>
    internal const string FormatProperty = "Format";

    internal static readonly DiagnosticDescriptor Rule = new(
        id: DiagnosticIds.CredentialsInStrings,
        title: Localizable(nameof(Resources.AKS2002Title)),
        messageFormat: Localizable(nameof(Resources.AKS2002Message)),
        category: DiagnosticCategories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS2002Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.CredentialsInStrings));

    private static readonly Action<CompilationStartAnalysisContext> CompilationStartAction = OnCompilationStart;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(CompilationStartAction);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var scope = new SecretsAnalysisScope(context.Compilation, context.Options);
        if (!scope.MayAnalyzeAnything(context.Compilation, context.Options))
        {
            return;
        }

        var analyzerContext = new AnalyzerContext(scope);
        // Syntax, not operations: the value of a string literal token needs no semantic model, and a syntax-kind action is
        // only called for string literals (an OperationKind.Literal action also runs for every number, bool and null).
        context.RegisterSyntaxNodeAction(analyzerContext.AnalyzeLiteral, SyntaxKind.StringLiteralExpression, SyntaxKind.InterpolatedStringText);
    }

    private static LocalizableResourceString Localizable(string name) => new(name, Resources.ResourceManager, typeof(Resources));

    private sealed class AnalyzerContext
    {
        private readonly SecretsAnalysisScope scope;

        public AnalyzerContext(SecretsAnalysisScope scope)
        {
            this.scope = scope;
        }

        public void AnalyzeLiteral(SyntaxNodeAnalysisContext context)
        {
            var token = context.Node is LiteralExpressionSyntax literal ? literal.Token : ((InterpolatedStringTextSyntax)context.Node).TextToken;

            // Common path: too short to hold any credential. No allocation (ValueText is cached on the token).
            var text = token.ValueText;
            if (text.Length < SecretDetector.MinimumLength)
            {
                return;
            }

            if (!SecretDetector.TryFind(text, out var match))
            {
                return;
            }

            if (!scope.GetSettings(context.Node.SyntaxTree).Analyze)
            {
                return;
            }

            var properties = ImmutableDictionary<string, string?>.Empty.Add(FormatProperty, match.Format.Name);
            context.ReportDiagnostic(Diagnostic.Create(Rule, context.Node.GetLocation(), properties, match.Format.Description));
        }
    }
}

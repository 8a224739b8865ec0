using System;
using System.Collections.Immutable;
using AksReady.Analyzers.Internal.Secrets;
using Microsoft.CodeAnalysis;
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
        context.RegisterOperationAction(analyzerContext.AnalyzeLiteral, OperationKind.Literal);
    }

    private static LocalizableResourceString Localizable(string name) => new(name, Resources.ResourceManager, typeof(Resources));

    private sealed class AnalyzerContext
    {
        private readonly SecretsAnalysisScope scope;

        public AnalyzerContext(SecretsAnalysisScope scope)
        {
            this.scope = scope;
        }

        public void AnalyzeLiteral(OperationAnalysisContext context)
        {
            // Common path: not a string, or too short to hold any credential. No allocation.
            if (context.Operation.ConstantValue is not { HasValue: true, Value: string text } || text.Length < SecretDetector.MinimumLength)
            {
                return;
            }

            if (!SecretDetector.TryFind(text, out var match))
            {
                return;
            }

            if (!scope.GetSettings(context.Operation.Syntax.SyntaxTree).Analyze)
            {
                return;
            }

            var properties = ImmutableDictionary<string, string?>.Empty.Add(FormatProperty, match.Format.Name);
            context.ReportDiagnostic(Diagnostic.Create(Rule, context.Operation.Syntax.GetLocation(), properties, match.Format.Description));
        }
    }
}

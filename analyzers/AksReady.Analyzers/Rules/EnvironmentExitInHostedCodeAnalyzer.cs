using System;
using System.Collections.Immutable;
using AksReady.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AksReady.Analyzers.Rules;

/// <summary>
/// AKS5002: <c>Environment.Exit</c> in hosted code (controllers, hosted services, middleware, minimal-API handlers)
/// ends the process without a graceful shutdown.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EnvironmentExitInHostedCodeAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        id: DiagnosticIds.EnvironmentExitInHostedCode,
        title: Localizable(nameof(Resources.AKS5002Title)),
        messageFormat: Localizable(nameof(Resources.AKS5002Message)),
        category: DiagnosticCategories.Deployment,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS5002Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.EnvironmentExitInHostedCode));

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
        if (TestProjectDetector.IsTestProject(context.Compilation))
        {
            return;
        }

        // Types are resolved at the first Exit call, not here: most compilations have none.
        var symbols = new LazyCompilationValue<Symbols>(context.Compilation, Symbols.Create);
        context.RegisterOperationAction(
            operationContext =>
            {
                var invocation = (IInvocationOperation)operationContext.Operation;
                if (invocation.TargetMethod.Name != "Exit")
                {
                    return;
                }

                var resolved = symbols.Value;
                if (resolved.Environment is not null
                    && resolved.ServiceCode.HasServiceTypes
                    && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, resolved.Environment)
                    && resolved.ServiceCode.FindServiceContext(invocation, operationContext.ContainingSymbol) is { } where)
                {
                    operationContext.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(), where));
                }
            },
            OperationKind.Invocation);
    }

    private static LocalizableResourceString Localizable(string name) => new(name, Resources.ResourceManager, typeof(Resources));

    private sealed class Symbols
    {
        public static Symbols Create(Compilation compilation) => new(compilation);

        private Symbols(Compilation compilation)
        {
            Environment = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.Environment);
            ServiceCode = new ServiceCodeClassifier(compilation);
        }

        public INamedTypeSymbol? Environment { get; }

        public ServiceCodeClassifier ServiceCode { get; }
    }
}

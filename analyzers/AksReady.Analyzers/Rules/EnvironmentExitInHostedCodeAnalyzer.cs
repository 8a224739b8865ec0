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
        var environment = context.Compilation.GetBestTypeByMetadataName(WellKnownTypeNames.Environment);
        if (environment is null || TestProjectDetector.IsTestProject(context.Compilation))
        {
            return;
        }

        var serviceCode = new ServiceCodeClassifier(context.Compilation);
        if (!serviceCode.HasServiceTypes)
        {
            return;
        }

        context.RegisterOperationAction(
            operationContext =>
            {
                var invocation = (IInvocationOperation)operationContext.Operation;
                if (invocation.TargetMethod.Name == "Exit"
                    && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, environment)
                    && serviceCode.FindServiceContext(invocation, operationContext.ContainingSymbol) is { } where)
                {
                    operationContext.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(), where));
                }
            },
            OperationKind.Invocation);
    }

    private static LocalizableResourceString Localizable(string name) => new(name, Resources.ResourceManager, typeof(Resources));
}

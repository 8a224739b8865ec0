using System;
using System.Collections.Immutable;
using System.Threading;
using AksReady.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AksReady.Analyzers.Rules;

/// <summary>
/// AKS1003: the compilation maps exactly one health endpoint, and it runs every check (no predicate), so the same
/// endpoint must serve the liveness and the readiness probe.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SingleHealthEndpointAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        id: DiagnosticIds.SingleHealthEndpoint,
        title: Localizable(nameof(Resources.AKS1003Title)),
        messageFormat: Localizable(nameof(Resources.AKS1003Message)),
        category: DiagnosticCategories.Reliability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS1003Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.SingleHealthEndpoint),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

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

        // The health types are resolved at the first call with a matching name, not here.
        var analyzerContext = new AnalyzerContext(context.Compilation);
        context.RegisterOperationAction(analyzerContext.AnalyzeInvocation, OperationKind.Invocation);
        context.RegisterCompilationEndAction(analyzerContext.OnCompilationEnd);
    }

    private static LocalizableResourceString Localizable(string name) => new(name, Resources.ResourceManager, typeof(Resources));

    private sealed class AnalyzerContext
    {
        private const string MapDefaultEndpointsName = "MapDefaultEndpoints";

        private readonly IAssemblySymbol compilationAssembly;
        private readonly LazyCompilationValue<HealthEndpointSymbols> symbols;
        private int mappings;
        private UnfilteredMapping? unfilteredMapping;

        public AnalyzerContext(Compilation compilation)
        {
            compilationAssembly = compilation.Assembly;
            symbols = new LazyCompilationValue<HealthEndpointSymbols>(compilation, HealthEndpointSymbols.Create);
        }

        public void AnalyzeInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            if (!HealthEndpointSymbols.IsMappingName(method.Name) && method.Name != MapDefaultEndpointsName)
            {
                return; // Nearly every call: no symbol is resolved.
            }

            var health = symbols.Value;
            if (health.EndpointExtensions is null && health.ApplicationExtensions is null)
            {
                return; // No ASP.NET Core health checks in the compilation: the rule is off.
            }

            var kind = health.Classify(method);
            if (kind == HealthMappingKind.None)
            {
                // Aspire's MapDefaultEndpoints from another assembly maps endpoints we cannot see: count it.
                if (method.Name == MapDefaultEndpointsName && !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, compilationAssembly))
                {
                    Interlocked.Increment(ref mappings);
                }

                return;
            }

            Interlocked.Increment(ref mappings);
            if (kind is HealthMappingKind.MapHealthChecks or HealthMappingKind.UseHealthChecks
                && HealthCheckPredicate.Analyze(invocation, health.HealthCheckOptions, out _) == HealthCheckPredicateKind.AllChecks)
            {
                // Keep only the location and the text: holding operations until compilation end would keep trees alive.
                Interlocked.CompareExchange(ref unfilteredMapping, new UnfilteredMapping(invocation.Syntax.GetLocation(), invocation.DescribeEndpoint()), null);
            }
        }

        public void OnCompilationEnd(CompilationAnalysisContext context)
        {
            var mapping = Volatile.Read(ref unfilteredMapping);
            if (Volatile.Read(ref mappings) != 1 || mapping is null)
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(Rule, mapping.Location, mapping.Endpoint));
        }
    }

    private sealed class UnfilteredMapping
    {
        public UnfilteredMapping(Location location, string endpoint)
        {
            Location = location;
            Endpoint = endpoint;
        }

        public Location Location { get; }

        public string Endpoint { get; }
    }
}

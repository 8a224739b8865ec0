using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using AksReady.Analyzers.Configuration;
using AksReady.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AksReady.Analyzers.Rules;

/// <summary>
/// AKS1001: an ASP.NET Core app maps no health endpoints anywhere in the compilation.
/// AKS1002: it maps them, but only inside <c>if (env.IsDevelopment())</c> (the Aspire service-defaults shape).
/// Both are reported at the builder creation (<c>WebApplication.CreateBuilder(args)</c> and friends).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HealthEndpointsMissingAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor MissingRule = new(
        id: DiagnosticIds.HealthEndpointsMissing,
        title: Localizable(nameof(Resources.AKS1001Title)),
        messageFormat: Localizable(nameof(Resources.AKS1001Message)),
        category: DiagnosticCategories.Reliability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS1001Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.HealthEndpointsMissing),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    internal static readonly DiagnosticDescriptor DevelopmentOnlyRule = new(
        id: DiagnosticIds.HealthEndpointsOnlyInDevelopment,
        title: Localizable(nameof(Resources.AKS1002Title)),
        messageFormat: Localizable(nameof(Resources.AKS1002Message)),
        category: DiagnosticCategories.Reliability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS1002Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.HealthEndpointsOnlyInDevelopment),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    private static readonly Action<CompilationStartAnalysisContext> CompilationStartAction = OnCompilationStart;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(MissingRule, DevelopmentOnlyRule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(CompilationStartAction);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var compilation = context.Compilation;

        // Only executables are deployed as pods: libraries that build hosts (test fixtures, shared helpers) get no
        // AKS1001. A library can still map endpoints for its apps (Aspire's ServiceDefaults): AKS1002 covers it.
        var isExecutable = compilation.Options.OutputKind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication;

        if (TestProjectDetector.IsTestProject(compilation))
        {
            return;
        }

        // The host and health types are resolved at the first call with a matching name, not here.
        var configuredMethods = context.Options.GetProjectWideList(compilation, OptionKeys.AdditionalHealthEndpointMethods);
        var analyzerContext = new AnalyzerContext(compilation, isExecutable, configuredMethods);
        context.RegisterOperationAction(analyzerContext.AnalyzeInvocation, OperationKind.Invocation);
        context.RegisterCompilationEndAction(analyzerContext.OnCompilationEnd);
    }

    private static LocalizableResourceString Localizable(string name) => new(name, Resources.ResourceManager, typeof(Resources));

    /// <summary>Per-compilation state. Operation actions run concurrently: every field is written under a lock or with Interlocked.</summary>
    private sealed class AnalyzerContext
    {
        private const string DevelopmentEnvironmentName = "Development";

        private readonly IAssemblySymbol compilationAssembly;
        private readonly bool isExecutable;
        private readonly LazyCompilationValue<Symbols> symbols;
        private readonly ImmutableHashSet<string> configuredMethods;
        private readonly object gate = new();
        private List<Location>? builderLocations;
        private List<Location>? developmentOnlyLocations;
        private int unconditionalMappings;

        public AnalyzerContext(Compilation compilation, bool isExecutable, ImmutableHashSet<string> configuredMethods)
        {
            this.configuredMethods = configuredMethods;
            this.compilationAssembly = compilation.Assembly;
            this.isExecutable = isExecutable;
            this.symbols = new LazyCompilationValue<Symbols>(compilation, Symbols.Create);
        }

        public void AnalyzeInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;

            // Cheap name switch first: nearly every invocation leaves through the default branch without allocating.
            switch (method.Name)
            {
                case "CreateBuilder":
                case "CreateSlimBuilder":
                case "CreateEmptyBuilder":
                case "Create":
                    if (symbols.Value is { HasHostTypes: true } createSymbols && IsType(method.ContainingType, createSymbols.WebApplication))
                    {
                        AddBuilder(invocation);
                    }

                    return;
                case "CreateDefaultBuilder":
                    if (symbols.Value is { HasHostTypes: true } defaultSymbols && IsType(method.ContainingType, defaultSymbols.WebHost))
                    {
                        AddBuilder(invocation);
                    }

                    return;
                case "ConfigureWebHostDefaults":
                    if (symbols.Value is { HasHostTypes: true } webHostSymbols && IsType(method.ContainingType, webHostSymbols.GenericHostBuilderExtensions))
                    {
                        AddBuilder(invocation);
                    }

                    return;
                case "MapDefaultEndpoints":
                    // The .NET Aspire ServiceDefaults convention. When it lives in another assembly its body is invisible
                    // here, so trust it; when it is in this compilation its MapHealthChecks calls are analyzed directly.
                    if (method.IsExtensionMethod && !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, compilationAssembly)
                        && symbols.Value.HasHostTypes)
                    {
                        AddMapping(invocation);
                    }

                    return;
                default:
                    var configured = configuredMethods.Count > 0 && configuredMethods.Contains(method.Name);
                    if ((configured || HealthEndpointSymbols.IsMappingName(method.Name))
                        && symbols.Value is { HasHostTypes: true } mappingSymbols
                        && (configured || mappingSymbols.Health.Classify(method) != HealthMappingKind.None))
                    {
                        AddMapping(invocation);
                    }

                    return;
            }
        }

        public void OnCompilationEnd(CompilationAnalysisContext context)
        {
            if (Volatile.Read(ref unconditionalMappings) > 0)
            {
                return;
            }

            List<Location>? builders;
            List<Location>? developmentOnly;
            lock (gate)
            {
                builders = builderLocations;
                developmentOnly = developmentOnlyLocations;
            }

            if (isExecutable)
            {
                // An app: report at the host builder, whether endpoints are missing or Development-only.
                var rule = developmentOnly is not null ? DevelopmentOnlyRule : MissingRule;
                foreach (var location in builders ?? (IEnumerable<Location>)Array.Empty<Location>())
                {
                    context.ReportDiagnostic(Diagnostic.Create(rule, location));
                }
            }
            else if (developmentOnly is not null)
            {
                // A library that maps endpoints for its apps (Aspire ServiceDefaults): report at the mappings.
                foreach (var location in developmentOnly)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DevelopmentOnlyRule, location));
                }
            }
        }

        private static bool IsType(INamedTypeSymbol? actual, INamedTypeSymbol? expected)
            => expected is not null && SymbolEqualityComparer.Default.Equals(actual, expected);

        private void AddBuilder(IInvocationOperation invocation)
        {
            if (!isExecutable)
            {
                return;
            }

            var location = invocation.Syntax.GetLocation();
            lock (gate)
            {
                (builderLocations ??= new List<Location>()).Add(location);
            }
        }

        private void AddMapping(IInvocationOperation invocation)
        {
            if (IsDevelopmentOnly(invocation))
            {
                var location = invocation.Syntax.GetLocation();
                lock (gate)
                {
                    (developmentOnlyLocations ??= new List<Location>()).Add(location);
                }
            }
            else
            {
                Interlocked.Increment(ref unconditionalMappings);
            }
        }

        private sealed class Symbols
        {
            public static Symbols Create(Compilation compilation) => new(compilation);

            private Symbols(Compilation compilation)
            {
                WebApplication = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.WebApplication);
                WebHost = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.WebHost);
                GenericHostBuilderExtensions = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.GenericHostBuilderExtensions);
                Health = HealthEndpointSymbols.Create(compilation);
            }

            /// <summary>False when the compilation references no ASP.NET Core host: the rule then reports nothing.</summary>
            public bool HasHostTypes => WebApplication is not null || WebHost is not null || GenericHostBuilderExtensions is not null;

            public INamedTypeSymbol? WebApplication { get; }

            public INamedTypeSymbol? WebHost { get; }

            public INamedTypeSymbol? GenericHostBuilderExtensions { get; }

            public HealthEndpointSymbols Health { get; }
        }

        /// <summary>
        /// True when <paramref name="operation"/> only runs in Development: it sits in the true branch of
        /// <c>if (env.IsDevelopment())</c> (or the false branch of <c>if (!env.IsDevelopment())</c>).
        /// </summary>
        private static bool IsDevelopmentOnly(IOperation operation)
        {
            var child = operation;
            for (var parent = operation.Parent; parent is not null; child = parent, parent = parent.Parent)
            {
                if (parent is IConditionalOperation conditional)
                {
                    var sense = DevelopmentSense(conditional.Condition);
                    if ((sense > 0 && conditional.WhenTrue == child) || (sense < 0 && conditional.WhenFalse == child))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>+1 when the condition implies Development, -1 when its negation does, 0 when unknown.</summary>
        private static int DevelopmentSense(IOperation? condition)
        {
            while (condition is IConversionOperation or IParenthesizedOperation)
            {
                condition = condition is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)condition).Operand;
            }

            switch (condition)
            {
                case IInvocationOperation invocation:
                    if (invocation.TargetMethod.Name == "IsDevelopment")
                    {
                        return 1;
                    }

                    if (invocation.TargetMethod.Name == "IsEnvironment")
                    {
                        foreach (var argument in invocation.Arguments)
                        {
                            if (argument.Value.ConstantValue is { HasValue: true, Value: string name }
                                && string.Equals(name, DevelopmentEnvironmentName, StringComparison.OrdinalIgnoreCase))
                            {
                                return 1;
                            }
                        }
                    }

                    return 0;
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                    return -DevelopmentSense(not.Operand);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } and:
                    return DevelopmentSense(and.LeftOperand) > 0 || DevelopmentSense(and.RightOperand) > 0 ? 1 : 0;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } or:
                    // !(a || b) == !a && !b: the false branch is Development-only when either side is !IsDevelopment().
                    return DevelopmentSense(or.LeftOperand) < 0 || DevelopmentSense(or.RightOperand) < 0 ? -1 : 0;
                default:
                    return 0;
            }
        }
    }
}

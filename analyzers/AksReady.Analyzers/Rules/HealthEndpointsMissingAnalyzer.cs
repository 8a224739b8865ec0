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
                    if (((configured || HealthEndpointSymbols.IsMappingName(method.Name))
                            && symbols.Value is { HasHostTypes: true } mappingSymbols
                            && (configured || mappingSymbols.Health.Classify(method) != HealthMappingKind.None))
                        || (IsReferencedHealthMappingExtension(method) && symbols.Value.HasHostTypes))
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

        /// <summary>
        /// A shared library's mapping helper whose body this compilation cannot see (<c>app.MapPlatformHealthEndpoints()</c>
        /// from a referenced project or package): an extension method of another assembly on an endpoint or application
        /// builder, named for health or probes, in an assembly that references ASP.NET Core's health-check endpoints or
        /// AksReady.Hosting. That library's own compilation is analyzed for Development-only mappings (AKS1002).
        /// </summary>
        private bool IsReferencedHealthMappingExtension(IMethodSymbol method)
        {
            if (!method.IsExtensionMethod
                || method.Parameters.Length == 0
                || (method.Name.IndexOf("Health", StringComparison.OrdinalIgnoreCase) < 0 && method.Name.IndexOf("Probe", StringComparison.OrdinalIgnoreCase) < 0)
                || method.ContainingAssembly is not { } assembly
                || SymbolEqualityComparer.Default.Equals(assembly, compilationAssembly))
            {
                return false;
            }

            var receiver = method.Parameters[0].Type;
            if (receiver.Name is not ("IEndpointRouteBuilder" or "WebApplication" or "IApplicationBuilder")
                && !(receiver is ITypeParameterSymbol parameter && HasBuilderConstraint(parameter)))
            {
                return false;
            }

            foreach (var module in assembly.Modules)
            {
                foreach (var reference in module.ReferencedAssemblies)
                {
                    if (reference.Name is "Microsoft.AspNetCore.Diagnostics.HealthChecks" or "AksReady.Hosting")
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool HasBuilderConstraint(ITypeParameterSymbol parameter)
        {
            foreach (var constraint in parameter.ConstraintTypes)
            {
                if (constraint.Name is "IEndpointRouteBuilder" or "IApplicationBuilder")
                {
                    return true;
                }
            }

            return false;
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
                else if (parent is IBlockOperation block && FollowsNonDevelopmentExit(block, child))
                {
                    return true;
                }
                else if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    // A return inside the enclosing method does not guard a lambda that may run later.
                    return false;
                }
            }

            return false;
        }

        /// <summary>
        /// True when a statement before <paramref name="child"/> in <paramref name="block"/> leaves the method outside
        /// Development: <c>if (!env.IsDevelopment()) return;</c> (or <c>throw</c>), so what follows runs only in Development.
        /// </summary>
        private static bool FollowsNonDevelopmentExit(IBlockOperation block, IOperation child)
        {
            foreach (var statement in block.Operations)
            {
                if (statement == child)
                {
                    return false;
                }

                if (statement is IConditionalOperation { WhenFalse: null } guard
                    && ExitsUnconditionally(guard.WhenTrue)
                    && DevelopmentSense(guard.Condition) < 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool ExitsUnconditionally(IOperation operation)
            => operation switch
            {
                IReturnOperation or IThrowOperation => true,
                IExpressionStatementOperation { Operation: IThrowOperation } => true,
                IBlockOperation { Operations: { Length: > 0 } operations } => ExitsUnconditionally(operations[operations.Length - 1]),
                _ => false,
            };

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

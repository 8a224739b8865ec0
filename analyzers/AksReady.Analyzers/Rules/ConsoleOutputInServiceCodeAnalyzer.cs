using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using AksReady.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AksReady.Analyzers.Rules;

/// <summary>
/// AKS3004: <c>Console.Write*</c>, <c>Console.Out/Error.Write*</c>, <c>Debug.Write*</c> or <c>Trace.Write*</c> in
/// service code: controllers, hosted services, middleware and minimal-API handlers (lambdas passed to <c>Map*</c>).
/// Test projects, console tools and startup code are not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConsoleOutputInServiceCodeAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        id: DiagnosticIds.ConsoleOutputInServiceCode,
        title: Localizable(nameof(Resources.AKS3004Title)),
        messageFormat: Localizable(nameof(Resources.AKS3004Message)),
        category: DiagnosticCategories.Observability,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS3004Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.ConsoleOutputInServiceCode));

    private static readonly ImmutableHashSet<string> ConsoleMethods = ImmutableHashSet.Create(StringComparer.Ordinal, "Write", "WriteLine");

    private static readonly ImmutableHashSet<string> DiagnosticsMethods = ImmutableHashSet.Create(
        StringComparer.Ordinal, "Write", "WriteLine", "WriteIf", "WriteLineIf", "Print", "TraceInformation", "TraceWarning", "TraceError");

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
        var compilation = context.Compilation;
        if (TestProjectDetector.IsTestProject(compilation))
        {
            return;
        }

        var analyzerContext = new AnalyzerContext(compilation);
        if (!analyzerContext.HasServiceTypes)
        {
            return; // Neither ASP.NET Core nor Microsoft.Extensions.Hosting: not a service.
        }

        context.RegisterOperationAction(analyzerContext.AnalyzeInvocation, OperationKind.Invocation);
    }

    private static LocalizableResourceString Localizable(string name) => new(name, Resources.ResourceManager, typeof(Resources));

    private sealed class AnalyzerContext
    {
        private readonly INamedTypeSymbol? console;
        private readonly INamedTypeSymbol? debug;
        private readonly INamedTypeSymbol? trace;
        private readonly INamedTypeSymbol? textWriter;
        private readonly INamedTypeSymbol? controllerBase;
        private readonly INamedTypeSymbol? backgroundService;
        private readonly INamedTypeSymbol? hostedService;
        private readonly INamedTypeSymbol? httpContext;
        private readonly INamedTypeSymbol? endpointRouteBuilder;
        private readonly ConcurrentDictionary<INamedTypeSymbol, string?> typeKinds = new(SymbolEqualityComparer.Default);

        public AnalyzerContext(Compilation compilation)
        {
            console = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.Console);
            debug = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.Debug);
            trace = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.Trace);
            textWriter = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.TextWriter);
            controllerBase = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.ControllerBase);
            backgroundService = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.BackgroundService);
            hostedService = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.IHostedService);
            httpContext = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.HttpContext);
            endpointRouteBuilder = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.IEndpointRouteBuilder);
        }

        public bool HasServiceTypes => controllerBase is not null || backgroundService is not null || hostedService is not null || httpContext is not null;

        public void AnalyzeInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            string display;
            if (ConsoleMethods.Contains(method.Name) && IsType(method.ContainingType, console))
            {
                display = "Console." + method.Name;
            }
            else if (DiagnosticsMethods.Contains(method.Name) && (IsType(method.ContainingType, debug) || IsType(method.ContainingType, trace)))
            {
                display = method.ContainingType.Name + "." + method.Name;
            }
            else if (ConsoleMethods.Contains(method.Name)
                     && invocation.Instance?.WalkDownConversions() is IPropertyReferenceOperation { Property.Name: "Out" or "Error" } stream
                     && IsType(stream.Property.ContainingType, console)
                     && IsTextWriter(method.ContainingType))
            {
                display = "Console." + stream.Property.Name + "." + method.Name;
            }
            else
            {
                return;
            }

            var where = FindServiceContext(invocation, context.ContainingSymbol);
            if (where is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(), display, where));
            }
        }

        private string? FindServiceContext(IOperation operation, ISymbol containingSymbol)
        {
            for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is IAnonymousFunctionOperation lambda && IsEndpointHandler(lambda))
                {
                    return "a minimal API handler";
                }
            }

            for (var type = containingSymbol as INamedTypeSymbol ?? containingSymbol.ContainingType; type is not null; type = type.ContainingType)
            {
                if (typeKinds.GetOrAdd(type, ClassifyType) is { } kind)
                {
                    return kind;
                }
            }

            return null;
        }

        /// <summary>A lambda passed (as a delegate) to <c>MapGet</c>, <c>MapPost</c>, <c>Map</c>, … on an endpoint route builder.</summary>
        private bool IsEndpointHandler(IAnonymousFunctionOperation lambda)
        {
            IOperation current = lambda;
            while (current.Parent is IDelegateCreationOperation or IConversionOperation)
            {
                current = current.Parent;
            }

            return current.Parent is IArgumentOperation { Parent: IInvocationOperation map }
                   && map.TargetMethod.Name.StartsWith("Map", StringComparison.Ordinal)
                   && map.GetReceiver()?.Type is { } receiverType
                   && Implements(receiverType, endpointRouteBuilder);
        }

        private string? ClassifyType(INamedTypeSymbol type)
        {
            if (DerivesFrom(type, controllerBase))
            {
                return "a controller";
            }

            if (DerivesFrom(type, backgroundService) || Implements(type, hostedService))
            {
                return "a hosted service";
            }

            if (httpContext is not null)
            {
                foreach (var member in type.GetMembers())
                {
                    if (member is IMethodSymbol { Name: "InvokeAsync" or "Invoke", Parameters.Length: > 0 } invoke
                        && IsType(invoke.Parameters[0].Type as INamedTypeSymbol, httpContext))
                    {
                        return "a middleware";
                    }
                }
            }

            return null;
        }

        private bool IsTextWriter(INamedTypeSymbol? type) => DerivesFrom(type, textWriter);

        private static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
        {
            if (baseType is null)
            {
                return false;
            }

            for (var current = type; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, baseType))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Implements(ITypeSymbol type, INamedTypeSymbol? @interface)
        {
            if (@interface is null)
            {
                return false;
            }

            if (SymbolEqualityComparer.Default.Equals(type, @interface))
            {
                return true;
            }

            foreach (var implemented in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(implemented, @interface))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsType(INamedTypeSymbol? actual, INamedTypeSymbol? expected)
            => expected is not null && SymbolEqualityComparer.Default.Equals(actual, expected);
    }
}

using System;
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

    /// <summary><c>Console.Out</c>/<c>Console.Error</c> are <c>TextWriter</c>s: their async writes go to the same stream (no fix offered for those).</summary>
    private static readonly ImmutableHashSet<string> WriterMethods = ImmutableHashSet.Create(StringComparer.Ordinal, "Write", "WriteLine", "WriteAsync", "WriteLineAsync");

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
        private readonly INamedTypeSymbol? conditional;
        private readonly ServiceCodeClassifier serviceCode;

        public AnalyzerContext(Compilation compilation)
        {
            console = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.Console);
            debug = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.Debug);
            trace = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.Trace);
            textWriter = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.TextWriter);
            conditional = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.ConditionalAttribute);
            serviceCode = new ServiceCodeClassifier(compilation);
        }

        public bool HasServiceTypes => serviceCode.HasServiceTypes;

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
            else if (WriterMethods.Contains(method.Name)
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

            if (IsInConditionalMethod(context.ContainingSymbol))
            {
                return; // [Conditional("DEBUG")] helpers: their calls are compiled out of Release builds.
            }

            var where = serviceCode.FindServiceContext(invocation, context.ContainingSymbol);
            if (where is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(), display, where));
            }
        }

        private bool IsInConditionalMethod(ISymbol? symbol)
        {
            for (; symbol is IMethodSymbol method; symbol = symbol.ContainingSymbol)
            {
                foreach (var attribute in method.GetAttributes())
                {
                    // Only DEBUG is off in Release builds; TRACE is defined in both configurations by default.
                    if (conditional is not null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, conditional)
                        && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is "DEBUG")
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private bool IsTextWriter(INamedTypeSymbol? type) => type.DerivesFrom(textWriter);

        private static bool IsType(INamedTypeSymbol? actual, INamedTypeSymbol? expected)
            => expected is not null && SymbolEqualityComparer.Default.Equals(actual, expected);
    }
}

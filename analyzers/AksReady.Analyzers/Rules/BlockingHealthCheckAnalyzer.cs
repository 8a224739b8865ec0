using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AksReady.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AksReady.Analyzers.Rules;

/// <summary>
/// AKS1006: <c>IHealthCheck.CheckHealthAsync</c> blocks a thread with <c>Thread.Sleep</c>, <c>.Result</c>,
/// <c>.Wait()</c> or <c>GetAwaiter().GetResult()</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BlockingHealthCheckAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property naming the blocking shape, read by the code fix.</summary>
    internal const string KindProperty = "Kind";
    internal const string KindThreadSleep = "ThreadSleep";
    internal const string KindResult = "Result";
    internal const string KindWait = "Wait";
    internal const string KindGetResult = "GetResult";

    private const string CheckHealthAsyncName = "CheckHealthAsync";

    internal static readonly DiagnosticDescriptor Rule = new(
        id: DiagnosticIds.BlockingHealthCheck,
        title: Localizable(nameof(Resources.AKS1006Title)),
        messageFormat: Localizable(nameof(Resources.AKS1006Message)),
        category: DiagnosticCategories.Reliability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS1006Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.BlockingHealthCheck));

    private static readonly ImmutableDictionary<string, string?> ThreadSleepProperties = Properties(KindThreadSleep);
    private static readonly ImmutableDictionary<string, string?> ResultProperties = Properties(KindResult);
    private static readonly ImmutableDictionary<string, string?> WaitProperties = Properties(KindWait);
    private static readonly ImmutableDictionary<string, string?> GetResultProperties = Properties(KindGetResult);

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
        // IHealthCheck and the task types are resolved at the first method named CheckHealthAsync, not here.
        var analyzerContext = new AnalyzerContext(context.Compilation);
        context.RegisterOperationBlockStartAction(analyzerContext.OnOperationBlockStart);
    }

    private static LocalizableResourceString Localizable(string name) => new(name, Resources.ResourceManager, typeof(Resources));

    private static ImmutableDictionary<string, string?> Properties(string kind) => ImmutableDictionary<string, string?>.Empty.Add(KindProperty, kind);

    private sealed class AnalyzerContext
    {
        private readonly LazyCompilationValue<Symbols> symbols;
        private readonly Action<OperationAnalysisContext> invocationAction;
        private readonly Action<OperationAnalysisContext> propertyReferenceAction;

        public AnalyzerContext(Compilation compilation)
        {
            symbols = new LazyCompilationValue<Symbols>(compilation, Symbols.Create);
            invocationAction = AnalyzeInvocation;
            propertyReferenceAction = AnalyzePropertyReference;
        }

        public void OnOperationBlockStart(OperationBlockStartAnalysisContext context)
        {
            // Cheap name test first; explicit implementations are named "...IHealthCheck.CheckHealthAsync".
            if (context.OwningSymbol is not IMethodSymbol method
                || !method.Name.EndsWith(CheckHealthAsyncName, StringComparison.Ordinal)
                || symbols.Value.CheckHealthMember is not { } checkHealthMember
                || !ImplementsCheckHealth(method, checkHealthMember))
            {
                return;
            }

            context.RegisterOperationAction(invocationAction, OperationKind.Invocation);
            context.RegisterOperationAction(propertyReferenceAction, OperationKind.PropertyReference);
        }

        /// <summary>True for the implementation of IHealthCheck.CheckHealthAsync, or an override of it.</summary>
        private static bool ImplementsCheckHealth(IMethodSymbol method, IMethodSymbol checkHealthMember)
        {
            for (IMethodSymbol? current = method; current is not null; current = current.OverriddenMethod)
            {
                if (current.ContainingType is { } type
                    && SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(checkHealthMember), current))
                {
                    return true;
                }
            }

            return false;
        }

        private void AnalyzeInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            string display;
            ImmutableDictionary<string, string?> properties;
            switch (method.Name)
            {
                case "Sleep" when IsType(method.ContainingType, symbols.Value.Thread):
                    display = "Thread.Sleep";
                    properties = ThreadSleepProperties;
                    break;
                case "Wait" when IsTask(method.ContainingType):
                    display = "Task.Wait()";
                    properties = WaitProperties;
                    break;
                case "WaitAll" or "WaitAny" when IsType(method.ContainingType, symbols.Value.Task):
                    display = "Task." + method.Name;
                    properties = WaitProperties;
                    break;
                case "GetResult" when IsAwaiter(method.ContainingType):
                    display = "GetAwaiter().GetResult()";
                    properties = GetResultProperties;
                    break;
                default:
                    return;
            }

            if (IsInNestedFunction(invocation))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(), properties, display));
        }

        private void AnalyzePropertyReference(OperationAnalysisContext context)
        {
            var reference = (IPropertyReferenceOperation)context.Operation;
            if (reference.Property.Name != "Result"
                || !(IsType(reference.Property.ContainingType.OriginalDefinition, symbols.Value.TaskOfT) || IsType(reference.Property.ContainingType.OriginalDefinition, symbols.Value.ValueTaskOfT))
                || IsInNestedFunction(reference))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(Rule, reference.Syntax.GetLocation(), ResultProperties, ".Result"));
        }

        private bool IsTask(INamedTypeSymbol? type)
            => IsType(type, symbols.Value.Task) || (type is not null && IsType(type.OriginalDefinition, symbols.Value.TaskOfT));

        private static bool IsAwaiter(INamedTypeSymbol? type)
            => type is not null
               && type.Name.EndsWith("Awaiter", StringComparison.Ordinal)
               && type.ContainingNamespace?.ToDisplayString() == "System.Runtime.CompilerServices";

        private static bool IsType(INamedTypeSymbol? actual, INamedTypeSymbol? expected)
            => expected is not null && SymbolEqualityComparer.Default.Equals(actual, expected);

        /// <summary>Code in lambdas and local functions may run elsewhere (Task.Run, callbacks): not flagged.</summary>
        private static bool IsInNestedFunction(IOperation operation)
        {
            for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return true;
                }
            }

            return false;
        }
    }

    private sealed class Symbols
    {
        public static Symbols Create(Compilation compilation) => new(compilation);

        private Symbols(Compilation compilation)
        {
            if (compilation.GetBestTypeByMetadataName(WellKnownTypeNames.IHealthCheck) is { } healthCheck)
            {
                foreach (var member in healthCheck.GetMembers(CheckHealthAsyncName))
                {
                    CheckHealthMember = member as IMethodSymbol;
                }
            }

            if (CheckHealthMember is null)
            {
                return; // No health checks: the rule is off and nothing else is needed.
            }

            Thread = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.Thread);
            Task = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.Task);
            TaskOfT = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.TaskOfT);
            ValueTaskOfT = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.ValueTaskOfT);
        }

        /// <summary><c>IHealthCheck.CheckHealthAsync</c>, or null when the compilation has no health checks.</summary>
        public IMethodSymbol? CheckHealthMember { get; }

        public INamedTypeSymbol? Thread { get; }

        public INamedTypeSymbol? Task { get; }

        public INamedTypeSymbol? TaskOfT { get; }

        public INamedTypeSymbol? ValueTaskOfT { get; }
    }
}

using System;
using System.Collections.Immutable;
using AksReady.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AksReady.Analyzers.Rules;

/// <summary>
/// AKS5001: <c>BackgroundService.ExecuteAsync</c> does not honour the stopping token: an endless loop that never
/// uses it, <c>Task.Delay</c> without it, or a catch block in an endless loop that swallows the
/// <c>OperationCanceledException</c> raised on shutdown. Also a loop in <c>IHostedService.StartAsync</c> (or
/// <c>IHostedLifecycleService.StartingAsync</c>/<c>StartedAsync</c>) that only ends when the host stops: the host waits
/// for the start methods to return, so it never finishes starting.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StoppingTokenIgnoredAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the name of the stopping token parameter, read by the code fix.</summary>
    internal const string TokenProperty = "Token";

    private const string ExecuteAsyncName = "ExecuteAsync";
    private const string StartAsyncName = "StartAsync";
    private const string StartingAsyncName = "StartingAsync";
    private const string StartedAsyncName = "StartedAsync";
    private const string HostedLifecycleServiceName = "Microsoft.Extensions.Hosting.IHostedLifecycleService";

    internal static readonly DiagnosticDescriptor LoopRule = new(
        id: DiagnosticIds.StoppingTokenIgnored,
        title: Localizable(nameof(Resources.AKS5001Title)),
        messageFormat: Localizable(nameof(Resources.AKS5001MessageLoop)),
        category: DiagnosticCategories.Deployment,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS5001Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.StoppingTokenIgnored));

    internal static readonly DiagnosticDescriptor DelayRule = new(
        id: DiagnosticIds.StoppingTokenIgnored,
        title: Localizable(nameof(Resources.AKS5001Title)),
        messageFormat: Localizable(nameof(Resources.AKS5001MessageDelay)),
        category: DiagnosticCategories.Deployment,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS5001Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.StoppingTokenIgnored));

    internal static readonly DiagnosticDescriptor SwallowedRule = new(
        id: DiagnosticIds.StoppingTokenIgnored,
        title: Localizable(nameof(Resources.AKS5001Title)),
        messageFormat: Localizable(nameof(Resources.AKS5001MessageSwallowed)),
        category: DiagnosticCategories.Deployment,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS5001Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.StoppingTokenIgnored));

    internal static readonly DiagnosticDescriptor StartLoopRule = new(
        id: DiagnosticIds.StoppingTokenIgnored,
        title: Localizable(nameof(Resources.AKS5001Title)),
        messageFormat: Localizable(nameof(Resources.AKS5001MessageStartLoop)),
        category: DiagnosticCategories.Deployment,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS5001Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.StoppingTokenIgnored));

    private static readonly Action<CompilationStartAnalysisContext> CompilationStartAction = OnCompilationStart;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(LoopRule, DelayRule, SwallowedRule, StartLoopRule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(CompilationStartAction);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        // The types are resolved at the first ExecuteAsync override or StartAsync method, not here: most compilations have none.
        var analyzerContext = new AnalyzerContext(context.Compilation);
        context.RegisterOperationBlockStartAction(analyzerContext.OnOperationBlockStart);
    }

    private static LocalizableResourceString Localizable(string name) => new(name, Resources.ResourceManager, typeof(Resources));

    private sealed class AnalyzerContext
    {
        private readonly LazyCompilationValue<Symbols> symbols;

        public AnalyzerContext(Compilation compilation)
        {
            symbols = new LazyCompilationValue<Symbols>(compilation, Symbols.Create);
        }

        private INamedTypeSymbol? Task => symbols.Value.Task;

        private INamedTypeSymbol? OperationCanceled => symbols.Value.OperationCanceled;

        private INamedTypeSymbol? TaskCanceled => symbols.Value.TaskCanceled;

        private INamedTypeSymbol? Exception => symbols.Value.Exception;

        public void OnOperationBlockStart(OperationBlockStartAnalysisContext context)
        {
            // Syntax-free, symbol-free test first: only an ExecuteAsync override or a start method resolves the types.
            if (context.OwningSymbol is not IMethodSymbol { Parameters.Length: 1, IsStatic: false } candidate)
            {
                return;
            }

            if (StartMethodName(candidate) is { } startName)
            {
                OnStartMethod(context, candidate, startName);
                return;
            }

            if (candidate is not { Name: ExecuteAsyncName, IsOverride: true } method
                || symbols.Value is not { BackgroundService: { } backgroundService, CancellationToken: { } cancellationToken }
                || !SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, cancellationToken)
                || !OverridesBackgroundService(method, backgroundService))
            {
                return;
            }

            var token = method.Parameters[0];
            var properties = ImmutableDictionary<string, string?>.Empty.Add(TokenProperty, token.Name);
            context.RegisterOperationAction(c => AnalyzeLoop(c, token), OperationKind.Loop);
            context.RegisterOperationAction(c => AnalyzeInvocation(c, token, properties), OperationKind.Invocation);
        }

        /// <summary>"StartAsync", "StartingAsync" or "StartedAsync" for such a method (explicit implementations too), else null.</summary>
        private static string? StartMethodName(IMethodSymbol method)
        {
            var name = method.Name;
            if (name.Length < StartAsyncName.Length || !name.EndsWith("Async", StringComparison.Ordinal))
            {
                return null;
            }

            return Is(name, StartAsyncName) ? StartAsyncName
                : Is(name, StartingAsyncName) ? StartingAsyncName
                : Is(name, StartedAsyncName) ? StartedAsyncName
                : null;

            static bool Is(string name, string start)
                => name.EndsWith(start, StringComparison.Ordinal)
                   && (name.Length == start.Length || name[name.Length - start.Length - 1] == '.');
        }

        /// <summary>
        /// <c>IHostedService.StartAsync</c> (and the lifecycle start methods): the host awaits them one after the other before
        /// it counts as started, so a loop that only ends when the host stops keeps the host from ever finishing its start.
        /// </summary>
        private void OnStartMethod(OperationBlockStartAnalysisContext context, IMethodSymbol method, string startName)
        {
            if (symbols.Value is not { CancellationToken: { } cancellationToken, HostedService: { } hostedService } resolved
                || !SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, cancellationToken)
                || SymbolEqualityComparer.Default.Equals(method.ContainingType, resolved.BackgroundService))
            {
                return;
            }

            var service = startName == StartAsyncName ? hostedService : resolved.HostedLifecycleService;
            if (service is null || !Implements(method.ContainingType, service))
            {
                return;
            }

            var token = method.Parameters[0];
            context.RegisterOperationAction(c => AnalyzeStartLoop(c, token, startName), OperationKind.Loop);
        }

        private static bool Implements(INamedTypeSymbol? type, INamedTypeSymbol service)
        {
            if (type is null)
            {
                return false;
            }

            foreach (var implemented in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(implemented, service))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A loop in a start method that can only end when the host stops: endless (<c>while (true)</c>, <c>for (;;)</c>) or
        /// conditioned only on the start token (<c>while (!token.IsCancellationRequested)</c>), with no break, return or
        /// throw that leaves it (a connect-and-retry loop that breaks once connected is fine).
        /// </summary>
        private static void AnalyzeStartLoop(OperationAnalysisContext context, IParameterSymbol token, string startName)
        {
            var loop = (ILoopOperation)context.Operation;
            if (!(IsEndless(loop) || IsUntilCancelled(loop, token)) || IsInNestedFunction(loop) || HasExit(loop))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(StartLoopRule, loop.Syntax.GetFirstToken().GetLocation(), startName));
        }

        private static bool IsUntilCancelled(ILoopOperation loop, IParameterSymbol token)
            => loop is IWhileLoopOperation { Condition: IUnaryOperation { OperatorKind: UnaryOperatorKind.Not, Operand: { } operand }, ConditionIsTop: true, ConditionIsUntil: false }
               && IsTokenCancelled(operand, token);

        /// <summary>A break out of this loop, or a return or throw anywhere in it (outside lambdas and local functions).</summary>
        private static bool HasExit(ILoopOperation loop)
        {
            foreach (var operation in loop.Body.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IReturnOperation or IThrowOperation when !IsInNestedFunction(operation):
                        return true;
                    case IBranchOperation { BranchKind: BranchKind.Break } branch when SymbolEqualityComparer.Default.Equals(branch.Target, loop.ExitLabel):
                        return true;
                }
            }

            return false;
        }

        private static bool OverridesBackgroundService(IMethodSymbol method, INamedTypeSymbol backgroundService)
        {
            for (var current = method.OverriddenMethod; current is not null; current = current.OverriddenMethod)
            {
                if (SymbolEqualityComparer.Default.Equals(current.ContainingType, backgroundService))
                {
                    return true;
                }
            }

            return false;
        }

        private void AnalyzeInvocation(OperationAnalysisContext context, IParameterSymbol token, ImmutableDictionary<string, string?> properties)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (invocation.TargetMethod.Name != "Delay"
                || !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, Task)
                || IsInNestedFunction(invocation))
            {
                return;
            }

            foreach (var parameter in invocation.TargetMethod.Parameters)
            {
                if (SymbolEqualityComparer.Default.Equals(parameter.Type, symbols.Value.CancellationToken))
                {
                    return;
                }
            }

            context.ReportDiagnostic(Diagnostic.Create(DelayRule, invocation.Syntax.GetLocation(), properties, token.Name));
        }

        private void AnalyzeLoop(OperationAnalysisContext context, IParameterSymbol token)
        {
            var loop = (ILoopOperation)context.Operation;
            if (!IsEndless(loop) || IsInNestedFunction(loop))
            {
                return;
            }

            var usesToken = false;
            foreach (var operation in loop.Descendants())
            {
                if (operation is IParameterReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Parameter, token))
                {
                    usesToken = true;
                    break;
                }
            }

            var keyword = loop.Syntax.GetFirstToken().GetLocation();
            if (!usesToken)
            {
                context.ReportDiagnostic(Diagnostic.Create(LoopRule, keyword, token.Name));
                return;
            }

            foreach (var operation in loop.Body.DescendantsAndSelf())
            {
                if (operation is ITryOperation tryOperation && NearestLoop(tryOperation) == loop)
                {
                    AnalyzeCatches(context, tryOperation, token);
                }
            }
        }

        /// <summary>The first catch clause that would receive an OperationCanceledException decides.</summary>
        private void AnalyzeCatches(OperationAnalysisContext context, ITryOperation tryOperation, IParameterSymbol token)
        {
            foreach (var catchClause in tryOperation.Catches)
            {
                if (!CatchesCancellation(catchClause.ExceptionType))
                {
                    continue;
                }

                if (catchClause.Filter is { } filter)
                {
                    // catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { break; }: this clause
                    // receives the shutdown cancellation, and it leaves the loop. Other filters: the next clause decides.
                    if (IsTokenCancelled(filter, token) && LeavesLoop(catchClause.Handler))
                    {
                        return;
                    }

                    continue;
                }

                if (!LeavesLoop(catchClause.Handler))
                {
                    context.ReportDiagnostic(Diagnostic.Create(SwallowedRule, catchClause.Syntax.GetFirstToken().GetLocation(), token.Name));
                }

                return;
            }
        }

        private static bool IsTokenCancelled(IOperation filter, IParameterSymbol token)
            => filter.WalkDownConversions() is IPropertyReferenceOperation { Property.Name: "IsCancellationRequested", Instance: { } instance }
               && instance.WalkDownConversions() is IParameterReferenceOperation reference
               && SymbolEqualityComparer.Default.Equals(reference.Parameter, token);

        private bool CatchesCancellation(ITypeSymbol? type)
            => type is null
               || type.SpecialType == SpecialType.System_Object
               || SymbolEqualityComparer.Default.Equals(type, Exception)
               || SymbolEqualityComparer.Default.Equals(type, OperationCanceled)
               || SymbolEqualityComparer.Default.Equals(type, TaskCanceled);

        private static bool LeavesLoop(IBlockOperation handler)
        {
            foreach (var operation in handler.DescendantsAndSelf())
            {
                if (operation is IThrowOperation or IReturnOperation || operation is IBranchOperation { BranchKind: BranchKind.Break })
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsEndless(ILoopOperation loop) => loop switch
        {
            IWhileLoopOperation { Condition: null } => true,
            IWhileLoopOperation { Condition: { } condition } => condition.ConstantValue is { HasValue: true, Value: true },
            IForLoopOperation { Condition: null } => true,
            IForLoopOperation { Condition: { } condition } => condition.ConstantValue is { HasValue: true, Value: true },
            _ => false,
        };

        private static ILoopOperation? NearestLoop(IOperation operation)
        {
            for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is ILoopOperation loop)
                {
                    return loop;
                }
            }

            return null;
        }

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
            BackgroundService = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.BackgroundService);
            HostedService = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.IHostedService);
            CancellationToken = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.CancellationToken);
            if (HostedService is null || CancellationToken is null)
            {
                return; // The rule is off: nothing else is needed.
            }

            HostedLifecycleService = compilation.GetBestTypeByMetadataName(HostedLifecycleServiceName);

            Task = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.Task);
            OperationCanceled = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.OperationCanceledException);
            TaskCanceled = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.TaskCanceledException);
            Exception = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.Exception);
        }

        public INamedTypeSymbol? BackgroundService { get; }

        public INamedTypeSymbol? HostedService { get; }

        /// <summary>.NET 8 and later.</summary>
        public INamedTypeSymbol? HostedLifecycleService { get; }

        public INamedTypeSymbol? CancellationToken { get; }

        public INamedTypeSymbol? Task { get; }

        public INamedTypeSymbol? OperationCanceled { get; }

        public INamedTypeSymbol? TaskCanceled { get; }

        public INamedTypeSymbol? Exception { get; }
    }
}

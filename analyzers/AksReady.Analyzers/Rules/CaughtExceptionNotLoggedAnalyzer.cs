using AksReady.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AksReady.Analyzers.Rules;

/// <summary>
/// AKS3006: a Warning, Error or Critical/Fatal log call in a <c>catch</c> block that logs without the caught exception,
/// where nothing else in the block records it: no other log call passes an exception, the exception variable is not
/// used (passed on, stored, inspected), and the block does not throw. Cancellation (<c>OperationCanceledException</c>)
/// is not a failure and is skipped. One finding per catch block: its first such call.
/// </summary>
/// <remarks>
/// The rule's descriptor and logic only: <see cref="LoggingCallsAnalyzer"/> ships and runs it with the other
/// logging-call rules, from one callback per invocation. A call that passes the exception as a template value, or only
/// <c>ex.Message</c>, is AKS3003's (it reads the variable, so this rule stays silent there).
/// </remarks>
internal static class CaughtExceptionNotLoggedAnalyzer
{
    private const int WarningLevel = 3; // LogLevel.Warning and Serilog's LogEventLevel.Warning are both 3.

    internal static readonly DiagnosticDescriptor Rule = new(
        id: DiagnosticIds.CaughtExceptionNotLogged,
        title: Localizable(nameof(Resources.AKS3006Title)),
        messageFormat: Localizable(nameof(Resources.AKS3006Message)),
        category: DiagnosticCategories.Observability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS3006Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.CaughtExceptionNotLogged));

    internal static void Analyze(OperationAnalysisContext context, LoggingSymbols symbols, LogCall call)
    {
        if (symbols.Exception is null || !IsFailureLog(call) || call.HasExceptionArgument || FindHandler(call.Invocation) is not { } catchClause)
        {
            return;
        }

        if (catchClause.ExceptionType is { SpecialType: not SpecialType.System_Object } caught
            && caught.DerivesFrom(symbols.OperationCanceledException))
        {
            return;
        }

        var variable = (catchClause.ExceptionDeclarationOrExpression as IVariableDeclaratorOperation)?.Symbol;
        foreach (var operation in catchClause.Handler.Descendants())
        {
            switch (operation)
            {
                case IThrowOperation:
                    return; // Rethrown or wrapped: it is logged where it is finally handled.
                case ILocalReferenceOperation reference when variable is not null && SymbolEqualityComparer.Default.Equals(reference.Local, variable):
                    return; // Passed on, stored or inspected (ex.Message in the log call is AKS3003's).
                case IInvocationOperation invocation when invocation != call.Invocation
                                                          && LoggingSymbols.IsCandidateName(invocation.TargetMethod.Name)
                                                          && symbols.TryGetLogCall(invocation, out var other) && other is not null:
                    if (other.HasExceptionArgument)
                    {
                        return; // Another call of the block logs an exception.
                    }

                    if (IsFailureLog(other) && invocation.Syntax.SpanStart < call.Invocation.Syntax.SpanStart && FindHandler(invocation) == catchClause)
                    {
                        return; // Reported at the block's first such call.
                    }

                    break;
            }
        }

        var caughtText = variable is not null ? $"exception '{variable.Name}'" : "exception";
        context.ReportDiagnostic(Diagnostic.Create(Rule, call.Invocation.Syntax.GetLocation(), call.Invocation.TargetMethod.Name, caughtText));
    }

    /// <summary>Warning or above: <c>LogWarning/LogError/LogCritical</c>, Serilog <c>Warning/Error/Fatal</c>, or <c>Log</c>/<c>Write</c> with such a constant level.</summary>
    private static bool IsFailureLog(LogCall call)
    {
        if (call.IsScope || call.Api == LoggingApi.LoggerMessageDefine)
        {
            return false;
        }

        switch (call.Invocation.TargetMethod.Name)
        {
            case "LogWarning" or "LogError" or "LogCritical" or "Warning" or "Error" or "Fatal":
                return true;
            case "Log" or "Write":
                foreach (var argument in call.Invocation.Arguments)
                {
                    if (argument.Parameter?.Type is INamedTypeSymbol { TypeKind: TypeKind.Enum, Name: "LogLevel" or "LogEventLevel" }
                        && argument.Value.WalkDownConversions().ConstantValue is { HasValue: true, Value: int level })
                    {
                        return level >= WarningLevel && level < 6; // 6 is LogLevel.None.
                    }
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>The catch clause whose handler block holds the call (not its filter, not a lambda or local function inside it).</summary>
    private static ICatchClauseOperation? FindHandler(IOperation operation)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            switch (parent)
            {
                case ICatchClauseOperation catchClause:
                    return catchClause.Handler.Syntax.Span.Contains(operation.Syntax.Span) ? catchClause : null;
                case IAnonymousFunctionOperation or ILocalFunctionOperation:
                    return null;
            }
        }

        return null;
    }

    private static LocalizableResourceString Localizable(string name) => new(name, Resources.ResourceManager, typeof(Resources));
}

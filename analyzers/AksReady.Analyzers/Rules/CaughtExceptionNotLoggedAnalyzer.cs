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
        var level = FailureLevel(call);
        if (symbols.Exception is null || level < WarningLevel || call.HasExceptionArgument || FindHandler(call.Invocation) is not { } catchClause)
        {
            return;
        }

        if (catchClause.ExceptionType is { SpecialType: not SpecialType.System_Object } caught
            && caught.DerivesFrom(symbols.OperationCanceledException))
        {
            return;
        }

        // In such a catch a Warning is not reported, and so does not count as the block's first finding below either.
        var reportedFrom = catchClause.ExceptionDeclarationOrExpression is null && IsSelfDescribing(catchClause.ExceptionType) ? WarningLevel + 1 : WarningLevel;
        if (level < reportedFrom)
        {
            // catch (TimeoutException) { LogWarning("Monitor task did not complete within timeout"); }: an expected condition
            // that the type says all about, handled, and the code chose not to capture it (3 of 3 such real-code findings).
            // An HttpRequestException or IOException carries the cause (DNS, refused connection, OS error): still reported.
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

                    if (FailureLevel(other) >= reportedFrom && invocation.Syntax.SpanStart < call.Invocation.Syntax.SpanStart && FindHandler(invocation) == catchClause)
                    {
                        return; // Reported at the block's first such call.
                    }

                    break;
            }
        }

        var caughtText = variable is not null ? $"exception '{variable.Name}'" : "exception";
        context.ReportDiagnostic(Diagnostic.Create(Rule, call.Invocation.Syntax.GetLocation(), call.Invocation.TargetMethod.Name, caughtText));
    }

    /// <summary>
    /// The call's level when it is Warning or above (3 Warning, 4 Error, 5 Critical/Fatal): <c>LogWarning/LogError/LogCritical</c>,
    /// Serilog <c>Warning/Error/Fatal</c>, or <c>Log</c>/<c>Write</c> with such a constant level; otherwise -1.
    /// </summary>
    private static int FailureLevel(LogCall call)
    {
        if (call.IsScope || call.Api == LoggingApi.LoggerMessageDefine)
        {
            return -1;
        }

        switch (call.Invocation.TargetMethod.Name)
        {
            case "LogWarning" or "Warning":
                return WarningLevel;
            case "LogError" or "Error":
                return WarningLevel + 1;
            case "LogCritical" or "Fatal":
                return WarningLevel + 2;
            case "Log" or "Write":
                foreach (var argument in call.Invocation.Arguments)
                {
                    if (argument.Parameter?.Type is INamedTypeSymbol { TypeKind: TypeKind.Enum, Name: "LogLevel" or "LogEventLevel" }
                        && argument.Value.WalkDownConversions().ConstantValue is { HasValue: true, Value: int level })
                    {
                        return level >= WarningLevel && level < 6 ? level : -1; // 6 is LogLevel.None.
                    }
                }

                return -1;
            default:
                return -1;
        }
    }

    /// <summary>
    /// Exceptions whose type is the whole story, thrown for an expected condition that code handles with a fallback: a
    /// timeout, a time zone or culture the machine lacks, text that does not parse, a missing key, file or directory.
    /// </summary>
    private static bool IsSelfDescribing(ITypeSymbol? caught)
        => caught is INamedTypeSymbol { ContainingNamespace: { } ns } type
           && (ns.ToDisplayString(), type.Name) is ("System", "TimeoutException" or "TimeZoneNotFoundException" or "InvalidTimeZoneException" or "FormatException" or "OverflowException")
               or ("System.Globalization", "CultureNotFoundException")
               or ("System.Collections.Generic", "KeyNotFoundException")
               or ("System.IO", "FileNotFoundException" or "DirectoryNotFoundException");

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

using System;
using System.Collections.Immutable;
using System.Globalization;
using AksReady.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AksReady.Analyzers.Rules;

/// <summary>
/// AKS3003: an exception is passed as a message template argument, or (with no exception
/// argument) only its <c>Message</c> or <c>ToString()</c> is logged, instead of passing the exception itself.
/// </summary>
/// <remarks>
/// The rule's descriptor and logic only: <see cref="LoggingCallsAnalyzer"/> ships and runs it, together with the other
/// logging-call rules (AKS3001-AKS3003, AKS3005), from one callback per invocation.
/// </remarks>
internal static class ExceptionNotPassedToLoggerAnalyzer
{
    /// <summary>Index of the offending value among the template arguments; absent when the fix does not apply.</summary>
    internal const string ArgumentIndexProperty = "ArgumentIndex";

    /// <summary>Set when the reported expression is <c>ex.Message</c>/<c>ex.ToString()</c>: the fix moves <c>ex</c>.</summary>
    internal const string UseReceiverProperty = "UseReceiver";

    /// <summary>Set when the call already passes a non-null exception argument: the fix only removes the value.</summary>
    internal const string HasExceptionProperty = "HasException";

    internal static readonly DiagnosticDescriptor Rule = new(
        id: DiagnosticIds.ExceptionNotPassedToLogger,
        title: Localizable(nameof(Resources.AKS3003Title)),
        messageFormat: Localizable(nameof(Resources.AKS3003Message)),
        category: DiagnosticCategories.Observability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS3003Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.ExceptionNotPassedToLogger));

    /// <summary>
    /// The same exception passed as the exception argument and again as a template value (<c>LogError(ex, "... {Error}", ex)</c>):
    /// same ID, a message that says what is wrong there (the stack trace is written into the message a second time).
    /// </summary>
    internal static readonly DiagnosticDescriptor AlreadyPassedRule = new(
        id: DiagnosticIds.ExceptionNotPassedToLogger,
        title: Localizable(nameof(Resources.AKS3003Title)),
        messageFormat: Localizable(nameof(Resources.AKS3003MessageAlreadyPassed)),
        category: DiagnosticCategories.Observability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS3003Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.ExceptionNotPassedToLogger));

    /// <summary>Checks one logging call; scopes and <c>LoggerMessage.Define*</c> are skipped (no exception parameter).</summary>
    internal static void Analyze(OperationAnalysisContext context, LoggingSymbols symbols, LogCall call)
    {
        if (symbols.Exception is null || call.IsScope || call.Api == LoggingApi.LoggerMessageDefine)
        {
            return;
        }

        var hasException = call.HasExceptionArgument;
        var canFix = call.ConstantTemplate is not null; // Every level method has an overload with an exception.
        if (call.Arguments is { } arguments)
        {
            for (var i = 0; i < arguments.Length; i++)
            {
                var argument = arguments[i];
                if (symbols.IsException(argument.Type))
                {
                    Report(context, call, argument, i, useReceiver: false, hasException, canFix);
                }
                else if (!hasException && IsExceptionText(argument, symbols))
                {
                    Report(context, call, argument, i, useReceiver: true, hasException, canFix);
                }
            }
        }

        if (!hasException && call.ConstantTemplate is null)
        {
            // $"Failed: {ex.Message}" or $"Failed: {ex}": reported without a fix (AKS3001 rewrites the template first).
            foreach (var operation in call.TemplateValue.DescendantsAndSelf())
            {
                if (IsExceptionText(operation, symbols))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rule, operation.Syntax.GetLocation(), operation.Syntax.ToString()));
                }
                else if (operation is IInterpolationOperation { Expression: { } expression } && symbols.IsException(expression.WalkDownConversions().Type))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rule, expression.Syntax.GetLocation(), expression.Syntax.ToString()));
                }
            }
        }
    }

    private static void Report(OperationAnalysisContext context, LogCall call, IOperation argument, int index, bool useReceiver, bool hasException, bool canFix)
    {
        var properties = ImmutableDictionary<string, string?>.Empty;
        if (canFix && argument.Parent is not null && IsDirectArgument(call, argument))
        {
            properties = properties.Add(ArgumentIndexProperty, index.ToString(CultureInfo.InvariantCulture));
            if (useReceiver)
            {
                properties = properties.Add(UseReceiverProperty, "true");
            }

            if (hasException)
            {
                properties = properties.Add(HasExceptionProperty, "true");
            }
        }

        var descriptor = hasException && !useReceiver && call.Exception is { } passed && SameValue(passed.Value, argument) ? AlreadyPassedRule : Rule;
        context.ReportDiagnostic(Diagnostic.Create(descriptor, argument.Syntax.GetLocation(), properties, argument.Syntax.ToString()));
    }

    /// <summary>Both read the same local, parameter or field.</summary>
    private static bool SameValue(IOperation first, IOperation second)
    {
        ISymbol? Referenced(IOperation operation) => operation.WalkDownConversions() switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation field => field.Field,
            _ => null,
        };

        return Referenced(first) is { } symbol && SymbolEqualityComparer.Default.Equals(symbol, Referenced(second));
    }

    /// <summary>True when the value is written in the call's argument list (not in an array built elsewhere).</summary>
    private static bool IsDirectArgument(LogCall call, IOperation argument)
        => call.Invocation.Syntax.Span.Contains(argument.Syntax.Span);

    /// <summary>
    /// <c>ex.Message</c> or <c>ex.ToString()</c> on an exception, wherever the exception comes from (a catch variable, a
    /// parameter, <c>context.Error</c>, <c>outcome.Exception?.Message</c>).
    /// </summary>
    private static bool IsExceptionText(IOperation operation, LoggingSymbols symbols)
        => operation is IConditionalAccessOperation { WhenNotNull: { } whenNotNull }
            ? IsExceptionMember(whenNotNull, symbols, conditional: true)
            : IsExceptionMember(operation, symbols, conditional: false);

    /// <summary>The member access itself; the part after <c>?.</c> only as part of its conditional access (one finding for <c>ex?.Message</c>).</summary>
    private static bool IsExceptionMember(IOperation operation, LoggingSymbols symbols, bool conditional) => operation switch
    {
        IPropertyReferenceOperation { Property.Name: "Message", Instance: { } instance } => IsExceptionInstance(instance, symbols, conditional),
        IInvocationOperation { TargetMethod.Name: "ToString", TargetMethod.Parameters.Length: 0, Instance: { } instance } => IsExceptionInstance(instance, symbols, conditional),
        _ => false,
    };

    private static bool IsExceptionInstance(IOperation instance, LoggingSymbols symbols, bool conditional)
        => (conditional || instance is not IConditionalAccessInstanceOperation) && symbols.IsException(instance.Type);

    private static LocalizableResourceString Localizable(string name) => new(name, Resources.ResourceManager, typeof(Resources));
}

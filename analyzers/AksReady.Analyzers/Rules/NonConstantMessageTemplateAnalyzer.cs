using System;
using System.Collections.Immutable;
using AksReady.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AksReady.Analyzers.Rules;

/// <summary>
/// AKS3001: the message template of a Microsoft.Extensions.Logging or Serilog call is built at run time
/// (interpolated string, concatenation with non-constants, <c>string.Format</c>, <c>ToString()</c>).
/// </summary>
/// <remarks>
/// The rule's descriptor and logic only: <see cref="LoggingCallsAnalyzer"/> ships and runs it, together with the other
/// logging-call rules (AKS3001-AKS3003, AKS3005), from one callback per invocation.
/// </remarks>
internal static class NonConstantMessageTemplateAnalyzer
{
    /// <summary>Diagnostic property naming the shape of the template, read by the code fix.</summary>
    internal const string KindProperty = "Kind";
    internal const string KindInterpolation = "Interpolation";
    internal const string KindConcatenation = "Concatenation";
    internal const string KindFormat = "Format";
    internal const string KindOther = "Other";

    /// <summary>Diagnostic property set when the arguments cannot be appended (<c>LoggerMessage.Define*</c>).</summary>
    internal const string NoArgumentsProperty = "NoArguments";

    internal static readonly DiagnosticDescriptor Rule = new(
        id: DiagnosticIds.NonConstantMessageTemplate,
        title: Localizable(nameof(Resources.AKS3001Title)),
        messageFormat: Localizable(nameof(Resources.AKS3001Message)),
        category: DiagnosticCategories.Observability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS3001Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.NonConstantMessageTemplate));

    /// <summary>
    /// Classifies a template expression: null when it is constant, a constant-only <c>??</c>/<c>?:</c>, or an
    /// opaque value (a variable, a field, a call) the rule does not judge; otherwise the shape that builds it.
    /// </summary>
    internal static string? Classify(IOperation template)
    {
        template = template.WalkDownConversions();
        if (template.ConstantValue.HasValue)
        {
            return null;
        }

        switch (template)
        {
            case IInterpolatedStringOperation:
                return KindInterpolation;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                return KindConcatenation;
            case IInvocationOperation { TargetMethod.Name: "Format", TargetMethod.ContainingType.SpecialType: SpecialType.System_String }:
                return KindFormat;
            case IInvocationOperation { TargetMethod.Name: "Concat", TargetMethod.ContainingType.SpecialType: SpecialType.System_String }:
            case IInvocationOperation { TargetMethod.Name: "ToString" }:
                return KindOther;
            case ICoalesceOperation coalesce:
                return Classify(coalesce.Value) ?? Classify(coalesce.WhenNull);
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                return Classify(conditional.WhenTrue) ?? Classify(whenFalse);
            default:
                return null;
        }
    }

    internal static void Analyze(OperationAnalysisContext context, LogCall call)
    {
        var kind = Classify(call.TemplateValue);
        if (kind is null)
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(KindProperty, kind);
        if (call.Api == LoggingApi.LoggerMessageDefine)
        {
            properties = properties.Add(NoArgumentsProperty, "true");
        }

        context.ReportDiagnostic(Diagnostic.Create(Rule, call.Template.Value.Syntax.GetLocation(), properties, Describe(kind)));
    }

    private static string Describe(string kind) => kind switch
    {
        KindInterpolation => "an interpolated string",
        KindConcatenation => "string concatenation",
        KindFormat => "string.Format",
        _ => "a string computed at run time",
    };

    private static LocalizableResourceString Localizable(string name) => new(name, Resources.ResourceManager, typeof(Resources));
}

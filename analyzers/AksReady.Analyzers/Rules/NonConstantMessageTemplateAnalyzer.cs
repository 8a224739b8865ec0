using System;
using System.Collections.Immutable;
using System.Threading;
using AksReady.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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

    /// <summary>
    /// Diagnostic property set when the template is a local variable holding a built string: the fix inlines the local's
    /// initializer when that is safe (declared right before the call, read only there), and is not offered otherwise.
    /// </summary>
    internal const string VariableProperty = "Variable";

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
            case IInvocationOperation { TargetMethod.ContainingType.SpecialType: SpecialType.System_String, TargetMethod.ReturnType.SpecialType: SpecialType.System_String } transform
                when IsStringTransform(transform.TargetMethod.Name) && TransformsBuiltText(transform):
                // $"Order {id}".ToUpper(), "Order {Id}".Replace("{Id}", id), string.Join(", ", items): built at run time.
                // A transform of constants only ("Run!".ToUpper()) gives the same text every time, as a constant does.
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
        IOperation? assigned = null;
        if (kind is null)
        {
            // var message = $"Order {id} paid"; logger.LogInformation(message): the local is written once, by that initializer.
            if (call.TemplateValue.WalkDownConversions() is not ILocalReferenceOperation local
                || (assigned = SingleAssignedValue(local, context.CancellationToken)) is null
                || (kind = Classify(assigned)) is null)
            {
                return;
            }
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(KindProperty, kind);
        if (call.Api == LoggingApi.LoggerMessageDefine)
        {
            properties = properties.Add(NoArgumentsProperty, "true");
        }

        var location = call.Template.Value.Syntax.GetLocation();
        context.ReportDiagnostic(assigned is null
            ? Diagnostic.Create(Rule, location, properties, Describe(kind))
            : Diagnostic.Create(Rule, location, new[] { assigned.Syntax.GetLocation() }, properties.Add(VariableProperty, "true"), Describe(kind)));
    }

    /// <summary>The text transformed is itself built (<see cref="Classify"/>), or a value that goes into it is not constant.</summary>
    private static bool TransformsBuiltText(IInvocationOperation transform)
    {
        if (transform.Instance is { } instance && Classify(instance) is not null)
        {
            return true;
        }

        foreach (var argument in transform.Arguments)
        {
            var value = argument.Value.WalkDownConversions();
            if (!value.ConstantValue.HasValue && value is not (IArrayCreationOperation { Initializer: null } or IDefaultValueOperation))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsStringTransform(string name) => name is "ToUpper" or "ToLower" or "ToUpperInvariant" or "ToLowerInvariant"
        or "Trim" or "TrimStart" or "TrimEnd" or "Replace" or "Substring" or "PadLeft" or "PadRight" or "Insert" or "Remove"
        or "Normalize" or "Join";

    /// <summary>
    /// The initializer of a non-constant local that nothing else in its declaring body writes (no assignment, compound
    /// assignment, increment, <c>ref</c>/<c>out</c> argument or <c>ref</c> local to a variable of that name); otherwise null.
    /// A syntactic scan of one body, run only for a local passed as the template.
    /// </summary>
    private static IOperation? SingleAssignedValue(ILocalReferenceOperation reference, CancellationToken cancellationToken)
    {
        var local = reference.Local;
        if (local.IsConst || local.IsRef || local.DeclaringSyntaxReferences.Length != 1 || reference.SemanticModel is not { } model
            || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } value } declarator)
        {
            return null;
        }

        var body = declarator.FirstAncestorOrSelf<SyntaxNode>(n => n is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax
            or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or GlobalStatementSyntax or CompilationUnitSyntax);
        if (body is null)
        {
            return null;
        }

        var name = local.Name;
        foreach (var node in body.DescendantNodes())
        {
            if (node is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == name && IsWritten(identifier))
            {
                return null;
            }
        }

        return model.GetOperation(value, cancellationToken);
    }

    private static bool IsWritten(IdentifierNameSyntax identifier) => identifier.Parent switch
    {
        AssignmentExpressionSyntax assignment => assignment.Left == identifier,
        PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => true,
        ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None) && !argument.RefKindKeyword.IsKind(SyntaxKind.InKeyword),
        RefExpressionSyntax => true,
        _ => false,
    };

    private static string Describe(string kind) => kind switch
    {
        KindInterpolation => "an interpolated string",
        KindConcatenation => "string concatenation",
        KindFormat => "string.Format",
        _ => "a string computed at run time",
    };

    private static LocalizableResourceString Localizable(string name) => new(name, Resources.ResourceManager, typeof(Resources));
}

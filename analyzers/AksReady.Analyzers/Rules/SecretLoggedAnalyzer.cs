using System;
using System.Collections.Immutable;
using AksReady.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AksReady.Analyzers.Rules;

/// <summary>
/// AKS3005: a logging call writes a secret-like value: a placeholder or an argument named like a password, token,
/// secret, API key, connection string or credential.
/// </summary>
/// <remarks>
/// The rule's descriptor and logic only: <see cref="LoggingCallsAnalyzer"/> ships and runs it, together with the other
/// logging-call rules (AKS3001-AKS3003, AKS3005), from one callback per invocation.
/// </remarks>
internal static class SecretLoggedAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        id: DiagnosticIds.SecretLogged,
        title: Localizable(nameof(Resources.AKS3005Title)),
        messageFormat: Localizable(nameof(Resources.AKS3005Message)),
        category: DiagnosticCategories.Observability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS3005Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.SecretLogged));

    /// <summary>Checks one logging call; <paramref name="template"/> is the parsed constant template, or null when it is not constant.</summary>
    internal static void Analyze(OperationAnalysisContext context, LogCall call, SensitiveNames names, MessageTemplate? template)
    {
        var arguments = call.Arguments ?? ImmutableArray<IOperation>.Empty;
        var placeholders = template is not null ? template.Placeholders : ImmutableArray<MessageTemplatePlaceholder>.Empty;
        var count = Math.Max(arguments.Length, placeholders.Length);
        for (var i = 0; i < count; i++)
        {
            var argument = i < arguments.Length ? arguments[i] : null;
            if (argument is not null && !SensitiveNames.CanHoldSecret(argument.Type))
            {
                continue;
            }

            var placeholder = i < placeholders.Length ? placeholders[i].Name : null;
            var argumentName = argument is null ? null : GetName(argument);
            string? reported = names.IsSensitive(placeholder) ? placeholder : names.IsSensitive(argumentName) ? argumentName : null;
            if (reported is not null)
            {
                var location = (argument ?? call.TemplateValue).Syntax.GetLocation();
                context.ReportDiagnostic(Diagnostic.Create(Rule, location, reported));
            }
        }

        if (template is null)
        {
            // The template is the secret (LogInformation(password)), or holds it: $"Connecting with {connectionString}",
            // "Password is: " + password (AKS3001 reports the template itself).
            foreach (var operation in call.TemplateValue.DescendantsAndSelf())
            {
                var value = operation switch
                {
                    IInterpolationOperation interpolation => interpolation.Expression,
                    _ when operation == call.TemplateValue || IsConcatenationOperand(operation) => operation.WalkDownConversions(),
                    _ => null,
                };
                if (value is not null
                    && value.ConstantValue.HasValue is false
                    && SensitiveNames.CanHoldSecret(value.Type)
                    && GetName(value.WalkDownConversions()) is { } name
                    && names.IsSensitive(name))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rule, value.Syntax.GetLocation(), name));
                }
            }
        }
    }

    /// <summary>An operand of a string concatenation (not a nested concatenation itself: its operands are visited too).</summary>
    private static bool IsConcatenationOperand(IOperation operation)
        => operation is not IBinaryOperation && operation is not IConversionOperation
           && (operation.Parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String }
               || operation.Parent is IConversionOperation { Parent: IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } });

    /// <summary>
    /// The name a value is known by: a local, parameter, field, property or method name. A generic accessor takes its
    /// receiver's name: <c>passwordBox.Text</c>, Key Vault's <c>secret.Value.Value</c>, <c>apiKey.ToString()</c>.
    /// </summary>
    private static string? GetName(IOperation operation) => operation switch
    {
        IPropertyReferenceOperation { Property.Name: "Text" or "Value", Instance: { } instance } when GetName(instance.WalkDownConversions()) is { } receiver => receiver,
        ILocalReferenceOperation local => local.Local.Name,
        IParameterReferenceOperation parameter => parameter.Parameter.Name,
        IFieldReferenceOperation field => field.Field.Name,
        IPropertyReferenceOperation property => property.Property.Name,
        IInvocationOperation invocation => invocation.TargetMethod.Name is "ToString" && invocation.Instance is { } instance ? GetName(instance.WalkDownConversions()) : invocation.TargetMethod.Name,
        _ => null,
    };

    private static LocalizableResourceString Localizable(string name) => new(name, Resources.ResourceManager, typeof(Resources));
}

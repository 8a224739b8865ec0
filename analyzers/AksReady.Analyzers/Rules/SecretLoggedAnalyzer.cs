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
            if (reported is not null && !(argument is not null && IsSecretStoreName(argument.WalkDownConversions(), call.Invocation)))
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
                    && names.IsSensitive(name)
                    && !IsSecretStoreName(value.WalkDownConversions(), call.Invocation))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rule, value.Syntax.GetLocation(), name));
                }
            }
        }
    }

    /// <summary>
    /// A local or parameter that the same method also hands to a secret store as the secret's name
    /// (<c>client.GetSecretAsync(secretKey)</c>, <c>SetSecret(secretName, ...)</c>): it holds a name, not the secret.
    /// "Secret '{secretKey}' loaded from Key Vault" is the log line the real-code sample of 2026-11-27 had twice.
    /// Only asked once a name already looked sensitive, so the walk over the method body is rare.
    /// </summary>
    private static bool IsSecretStoreName(IOperation value, IOperation logCall)
    {
        ISymbol? variable = value switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => null,
        };
        if (variable is null)
        {
            return false;
        }

        var root = logCall;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        foreach (var operation in root.Descendants())
        {
            if (operation is not IInvocationOperation { Arguments.Length: > 0 } invocation
                || invocation.TargetMethod.Name.IndexOf("Secret", StringComparison.Ordinal) < 0)
            {
                continue;
            }

            foreach (var argument in invocation.Arguments)
            {
                var passed = argument.Value.WalkDownConversions() switch
                {
                    ILocalReferenceOperation local => (ISymbol)local.Local,
                    IParameterReferenceOperation parameter => parameter.Parameter,
                    _ => null,
                };
                if (SymbolEqualityComparer.Default.Equals(passed, variable) && argument.Parameter is { } target && IsNameParameter(target.Name))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The parameter that names the secret: <c>name</c> (Azure.Security.KeyVault.Secrets), <c>secretName</c>,
    /// <c>secretIdentifier</c> (Microsoft.Azure.KeyVault), <c>key</c>, <c>id</c>; not the one that takes its value.
    /// </summary>
    private static bool IsNameParameter(string name)
        => name.IndexOf("name", StringComparison.OrdinalIgnoreCase) >= 0
           || name.IndexOf("identifier", StringComparison.OrdinalIgnoreCase) >= 0
           || string.Equals(name, "key", StringComparison.OrdinalIgnoreCase)
           || string.Equals(name, "id", StringComparison.OrdinalIgnoreCase);

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

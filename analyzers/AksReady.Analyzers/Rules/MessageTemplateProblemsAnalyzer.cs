using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using AksReady.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AksReady.Analyzers.Rules;

/// <summary>
/// AKS3002: a constant message template does not match its arguments or has malformed placeholders: argument count,
/// invalid braces, duplicate names and reserved names (<c>OriginalFormat</c>). AKS3007 (Info): names that are not PascalCase,
/// a convention rather than a defect, so it has its own ID and severity (as CA1727 is apart from CA2017).
/// </summary>
/// <remarks>
/// The rule's descriptor and logic only: <see cref="LoggingCallsAnalyzer"/> ships and runs it, together with the other
/// logging-call rules (AKS3001-AKS3003, AKS3005), from one callback per invocation.
/// </remarks>
internal static class MessageTemplateProblemsAnalyzer
{
    /// <summary>Diagnostic properties of the AKS3007 diagnostic, read by the code fix.</summary>
    internal const string NameProperty = "Name";
    internal const string NewNameProperty = "NewName";

    /// <summary>Property names the logging pipeline uses itself.</summary>
    private static readonly ImmutableHashSet<string> ReservedNames = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, "OriginalFormat");

    internal static readonly DiagnosticDescriptor ArgumentCountRule = new(
        id: DiagnosticIds.MessageTemplateProblem,
        title: Localizable(nameof(Resources.AKS3002Title)),
        messageFormat: Localizable(nameof(Resources.AKS3002MessageArgumentCount)),
        category: DiagnosticCategories.Observability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS3002Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.MessageTemplateProblem));

    internal static readonly DiagnosticDescriptor InvalidBracesRule = new(
        id: DiagnosticIds.MessageTemplateProblem,
        title: Localizable(nameof(Resources.AKS3002Title)),
        messageFormat: Localizable(nameof(Resources.AKS3002MessageInvalidBraces)),
        category: DiagnosticCategories.Observability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS3002Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.MessageTemplateProblem));

    internal static readonly DiagnosticDescriptor InvalidAlignmentRule = new(
        id: DiagnosticIds.MessageTemplateProblem,
        title: Localizable(nameof(Resources.AKS3002Title)),
        messageFormat: Localizable(nameof(Resources.AKS3002MessageInvalidAlignment)),
        category: DiagnosticCategories.Observability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS3002Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.MessageTemplateProblem));

    internal static readonly DiagnosticDescriptor DuplicateNameRule = new(
        id: DiagnosticIds.MessageTemplateProblem,
        title: Localizable(nameof(Resources.AKS3002Title)),
        messageFormat: Localizable(nameof(Resources.AKS3002MessageDuplicateName)),
        category: DiagnosticCategories.Observability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS3002Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.MessageTemplateProblem));

    /// <summary>AKS3007: a named placeholder that is not PascalCase (Info by default).</summary>
    internal static readonly DiagnosticDescriptor PascalCaseRule = new(
        id: DiagnosticIds.PlaceholderNotPascalCase,
        title: Localizable(nameof(Resources.AKS3007Title)),
        messageFormat: Localizable(nameof(Resources.AKS3007Message)),
        category: DiagnosticCategories.Observability,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS3007Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.PlaceholderNotPascalCase));

    internal static readonly DiagnosticDescriptor ReservedNameRule = new(
        id: DiagnosticIds.MessageTemplateProblem,
        title: Localizable(nameof(Resources.AKS3002Title)),
        messageFormat: Localizable(nameof(Resources.AKS3002MessageReservedName)),
        category: DiagnosticCategories.Observability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS3002Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.MessageTemplateProblem));

    /// <summary>Serilog only: <c>{0}</c> next to <c>{Name}</c> (Serilog binds all by order and names a property "0").</summary>
    internal static readonly DiagnosticDescriptor MixedPlaceholdersRule = new(
        id: DiagnosticIds.MessageTemplateProblem,
        title: Localizable(nameof(Resources.AKS3002Title)),
        messageFormat: Localizable(nameof(Resources.AKS3002MessageMixedPlaceholders)),
        category: DiagnosticCategories.Observability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS3002Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.MessageTemplateProblem));

    /// <summary>
    /// Serilog only: a placeholder Serilog's parser rejects and renders as text: alignment 0, or a format character other
    /// than a letter, digit, punctuation, space or <c>+</c> (<c>{Price:$0.00}</c>). Microsoft.Extensions.Logging accepts both.
    /// </summary>
    internal static readonly DiagnosticDescriptor SerilogInvalidPlaceholderRule = new(
        id: DiagnosticIds.MessageTemplateProblem,
        title: Localizable(nameof(Resources.AKS3002Title)),
        messageFormat: Localizable(nameof(Resources.AKS3002MessageSerilogInvalidPlaceholder)),
        category: DiagnosticCategories.Observability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS3002Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.MessageTemplateProblem));

    internal static void Analyze(OperationAnalysisContext context, LogCall call, MessageTemplate template)
    {
        var location = call.Template.Value.Syntax.GetLocation();
        if (template.Error != MessageTemplateError.None)
        {
            var descriptor = template.Error == MessageTemplateError.InvalidAlignment ? InvalidAlignmentRule : InvalidBracesRule;
            context.ReportDiagnostic(Diagnostic.Create(descriptor, location, template.ErrorPosition.ToString(CultureInfo.InvariantCulture)));
            return;
        }

        if (call.Api == LoggingApi.Serilog && ReportSerilogProblems(context, location, template))
        {
            return;
        }

        var hasDuplicates = false;
        foreach (var duplicate in template.DuplicateNames())
        {
            if (call.Api == LoggingApi.Serilog && IsNumber(duplicate))
            {
                continue; // Serilog binds "{0} … {0}" to one value.
            }

            hasDuplicates = true;
            context.ReportDiagnostic(Diagnostic.Create(DuplicateNameRule, location, duplicate));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var placeholder in template.Placeholders)
        {
            if (!names.Add(placeholder.Name))
            {
                continue;
            }

            if (ReservedNames.Contains(placeholder.Name))
            {
                context.ReportDiagnostic(Diagnostic.Create(ReservedNameRule, location, placeholder.Name));
            }
            else if (!placeholder.IsPositional && placeholder.Name[0] != '_' && !MessageTemplate.IsPascalCase(placeholder.Name))
            {
                var newName = MessageTemplate.ToPascalCase(placeholder.Name);
                var properties = ImmutableDictionary<string, string?>.Empty.Add(NameProperty, placeholder.Name).Add(NewNameProperty, newName);
                context.ReportDiagnostic(Diagnostic.Create(PascalCaseRule, location, properties, placeholder.Name, newName.Length > 0 ? newName : "a PascalCase name"));
            }
        }

        if (hasDuplicates || call.ValueCount is not { } valueCount)
        {
            return;
        }

        // Serilog binds {n} to the n-th value: "{0} {1} {0}" takes two; "{1}" with one value leaves {1} unbound, "{1}"
        // with two leaves the first value unused.
        var expected = template.Placeholders.Length;
        if (call.Api == LoggingApi.Serilog && AllPositional(template))
        {
            var byIndex = MaxIndex(template) + 1;
            expected = byIndex != valueCount ? byIndex : names.Count;
        }

        if (expected != valueCount)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                ArgumentCountRule,
                location,
                expected.ToString(CultureInfo.InvariantCulture),
                valueCount.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static bool IsNumber(string name)
    {
        foreach (var c in name)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Serilog's own template rules (reported instead of the shared checks, which assume a parse Serilog did not make):
    /// a placeholder it renders as text, or positional and named placeholders mixed.
    /// </summary>
    private static bool ReportSerilogProblems(OperationAnalysisContext context, Location location, MessageTemplate template)
    {
        string? positional = null;
        var named = false;
        foreach (var placeholder in template.Placeholders)
        {
            var reason = placeholder.Alignment is { } alignment && int.TryParse(alignment.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var width) && width == 0
                ? "an alignment of 0"
                : placeholder.Format is { } format && HasInvalidFormatCharacter(format) ? "a format character Serilog does not accept" : null;
            if (reason is not null)
            {
                var text = template.Text.Substring(placeholder.Start, placeholder.Length);
                context.ReportDiagnostic(Diagnostic.Create(SerilogInvalidPlaceholderRule, location, text, reason));
                return true;
            }

            if (placeholder.IsPositional)
            {
                positional ??= placeholder.Name;
            }
            else
            {
                named = true;
            }
        }

        if (positional is not null && named)
        {
            context.ReportDiagnostic(Diagnostic.Create(MixedPlaceholdersRule, location, positional));
            return true;
        }

        return false;
    }

    /// <summary>Serilog's parser accepts letters, digits, punctuation, space and <c>+</c> in a format.</summary>
    private static bool HasInvalidFormatCharacter(string format)
    {
        foreach (var c in format)
        {
            if (!(char.IsLetterOrDigit(c) || char.IsPunctuation(c) || c is ' ' or '+'))
            {
                return true;
            }
        }

        return false;
    }

    private static int MaxIndex(MessageTemplate template)
    {
        var max = -1;
        foreach (var placeholder in template.Placeholders)
        {
            if (int.TryParse(placeholder.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index > max)
            {
                max = index;
            }
        }

        return max;
    }

    /// <summary>Serilog binds <c>{0} {1} {0}</c> by index, so repeated indices share one value.</summary>
    private static bool AllPositional(MessageTemplate template)
    {
        foreach (var placeholder in template.Placeholders)
        {
            if (!placeholder.IsPositional)
            {
                return false;
            }
        }

        return template.Placeholders.Length > 0;
    }

    private static LocalizableResourceString Localizable(string name) => new(name, Resources.ResourceManager, typeof(Resources));
}

using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using AksReady.Analyzers.CodeFixes.Internal;
using AksReady.Analyzers.Internal;
using AksReady.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AksReady.Analyzers.CodeFixes.Rules;

/// <summary>
/// AKS2001: replaces the hard-coded credential with <c>configuration["Section:Name"]</c> when an <c>IConfiguration</c>
/// is in scope: a local, a parameter, a field or property, or the <c>Configuration</c> property of one
/// (<c>builder.Configuration</c>). Not offered where an expression cannot read configuration: constants, default
/// parameter values, attribute arguments, and field or property initializers.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CredentialsInCodeCodeFixProvider)), Shared]
public sealed class CredentialsInCodeCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.CredentialsInCode);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        var configurationType = model.Compilation.GetBestTypeByMetadataName(ConfigurationLookup.ConfigurationInterface);
        if (configurationType is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(CredentialsInCodeAnalyzer.ConfigurationKeyProperty, out var key) || string.IsNullOrEmpty(key))
            {
                continue;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (node is ArgumentSyntax argument)
            {
                node = argument.Expression;
            }

            // A char[] spelled out element by element is not replaced by a string lookup (the types differ).
            if (node is not ExpressionSyntax literal || node is InitializerExpressionSyntax or ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax
                || !ConfigurationLookup.CanReadConfigurationAt(literal))
            {
                continue;
            }

            var configuration = ConfigurationLookup.FindConfiguration(model, literal, configurationType, context.CancellationToken);
            if (configuration is null)
            {
                continue;
            }

            ConfigurationLookup.RegisterFix(context, diagnostic, literal, configuration, key!, CodeFixResources.AKS2001FixTitle, nameof(CredentialsInCodeCodeFixProvider));
        }
    }
}

using System;
using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using AksReady.Analyzers.CodeFixes.Internal;
using AksReady.Analyzers.Internal;
using AksReady.Analyzers.Internal.Secrets;
using AksReady.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AksReady.Analyzers.CodeFixes.Rules;

/// <summary>
/// AKS2002: replaces a string literal that is a credential as a whole with <c>configuration["key"]</c> when an
/// <c>IConfiguration</c> is in scope. The key comes from where the literal goes: a connection string becomes
/// <c>ConnectionStrings:&lt;Name&gt;</c> (<c>ordersConnectionString</c> → <c>ConnectionStrings:Orders</c>, a
/// <c>connectionString</c> parameter → <c>ConnectionStrings:Default</c>); a token passed to an SDK constructor is named after
/// the client and the parameter (<c>new StripeClient(apiKey: ...)</c> → <c>Stripe:ApiKey</c>); a token stored in a variable
/// or member after that name (<c>githubToken</c> → <c>Github:Token</c>). Not offered for a credential inside a larger text
/// (a concatenation, an interpolated string, a comment), nor where AKS2001's fix is not (constants, initializers).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CredentialsInStringsCodeFixProvider)), Shared]
public sealed class CredentialsInStringsCodeFixProvider : CodeFixProvider
{
    /// <summary>Formats whose match is a connection string of Key=Value pairs.</summary>
    private static readonly ImmutableHashSet<string> ConnectionStringFormats = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "ConnectionStringPassword",
        "AzureStorageAccountKey",
        "AzureSharedAccessKey",
        "AzureAccessKey",
        "AzureAppConfigurationSecret");

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.CredentialsInStrings);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        var configurationType = model?.Compilation.GetBestTypeByMetadataName(ConfigurationLookup.ConfigurationInterface);
        if (root is null || model is null || configurationType is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                || !literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.Parent is BinaryExpressionSyntax
                || !ConfigurationLookup.CanReadConfigurationAt(literal))
            {
                continue;
            }

            diagnostic.Properties.TryGetValue(CredentialsInStringsAnalyzer.FormatProperty, out var format);
            var key = ConfigurationKey(model, literal, format, context.CancellationToken);
            var configuration = key is null ? null : ConfigurationLookup.FindConfiguration(model, literal, configurationType, context.CancellationToken);
            if (configuration is null)
            {
                continue;
            }

            ConfigurationLookup.RegisterFix(context, diagnostic, literal, configuration, key!, CodeFixResources.AKS2002FixTitle, nameof(CredentialsInStringsCodeFixProvider));
        }
    }

    /// <summary>The configuration key for the literal, from the name it is stored under or the parameter it is passed to.</summary>
    private static string? ConfigurationKey(SemanticModel model, LiteralExpressionSyntax literal, string? format, System.Threading.CancellationToken cancellationToken)
    {
        string? name;
        string? section = null;
        switch (literal.Parent)
        {
            case ArgumentSyntax argument when model.GetOperation(argument, cancellationToken) is IArgumentOperation { Parameter: { } parameter } operation:
                name = parameter.Name;
                // new StripeClient(apiKey: "...") → Stripe:ApiKey; a method's parameter is named by itself.
                if (operation.Parent is IObjectCreationOperation { Type: { } created })
                {
                    section = TrimSuffix(created.Name, "Client", "Credential", "Options");
                }

                break;
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }:
                name = declarator.Identifier.ValueText;
                break;
            case AssignmentExpressionSyntax assignment when assignment.Right == literal:
                name = assignment.Left switch
                {
                    IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                    MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                    _ => null,
                };
                break;
            default:
                return null;
        }

        if (name is null)
        {
            return null;
        }

        if ((format is not null && ConnectionStringFormats.Contains(format)) || EmptyDatabasePasswordAnalyzer.IsConnectionStringName(name))
        {
            var connection = TrimSuffix(name.TrimStart('_'), "ConnectionString", "ConnString", "Connection");
            return "ConnectionStrings:" + (connection.Length == 0 ? "Default" : SecretNames.ToConfigurationKey(connection).Replace(":", string.Empty));
        }

        var key = SecretNames.ToConfigurationKey(name);
        return section is { Length: > 0 } && key.IndexOf(':') < 0 ? section + ":" + key : key;
    }

    private static string TrimSuffix(string name, params string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return name.Substring(0, name.Length - suffix.Length);
            }
        }

        return name;
    }
}

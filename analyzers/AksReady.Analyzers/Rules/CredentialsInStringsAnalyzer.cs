using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using AksReady.Analyzers.Internal.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AksReady.Analyzers.Rules;

/// <summary>
/// AKS2002: a string literal (or the text part of an interpolated string) contains a credential: a connection string
/// with a password or account key, a URI with <c>user:password@</c>, or a provider token (see <see cref="SecretFormats"/>).
/// Also the text a string is assembled into from constants: <c>"...;Password=" + SecretConst</c>,
/// <c>$"...;Password={SecretConst}"</c>, <c>string.Format("...;Password={0}", SecretConst)</c> (runs of constant parts only).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CredentialsInStringsAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the <see cref="SecretFormat.Name"/> that matched.</summary>
    internal const string FormatProperty = "Format";

    internal static readonly DiagnosticDescriptor Rule = new(
        id: DiagnosticIds.CredentialsInStrings,
        title: Localizable(nameof(Resources.AKS2002Title)),
        messageFormat: Localizable(nameof(Resources.AKS2002Message)),
        category: DiagnosticCategories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS2002Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.CredentialsInStrings));

    private static readonly Action<CompilationStartAnalysisContext> CompilationStartAction = OnCompilationStart;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(CompilationStartAction);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var scope = new SecretsAnalysisScope(context.Compilation, context.Options);
        if (!scope.MayAnalyzeAnything(context.Compilation, context.Options))
        {
            return;
        }

        var analyzerContext = new AnalyzerContext(scope);
        // Syntax, not operations: the value of a string literal token needs no semantic model, and a syntax-kind action is
        // only called for string literals (an OperationKind.Literal action also runs for every number, bool and null).
        context.RegisterSyntaxNodeAction(analyzerContext.AnalyzeLiteral, SyntaxKind.StringLiteralExpression, SyntaxKind.InterpolatedStringText);
        // Strings assembled from constants at run time. Syntax filters first (a literal part with '=' or '@'), then constant values.
        context.RegisterSyntaxNodeAction(analyzerContext.AnalyzeConcatenation, SyntaxKind.AddExpression);
        context.RegisterSyntaxNodeAction(analyzerContext.AnalyzeInterpolation, SyntaxKind.InterpolatedStringExpression);
        context.RegisterSyntaxNodeAction(analyzerContext.AnalyzeFormat, SyntaxKind.InvocationExpression);
    }

    private static LocalizableResourceString Localizable(string name) => new(name, Resources.ResourceManager, typeof(Resources));

    private sealed class AnalyzerContext
    {
        private readonly SecretsAnalysisScope scope;

        public AnalyzerContext(SecretsAnalysisScope scope)
        {
            this.scope = scope;
        }

        public void AnalyzeLiteral(SyntaxNodeAnalysisContext context)
        {
            var token = context.Node is LiteralExpressionSyntax literal ? literal.Token : ((InterpolatedStringTextSyntax)context.Node).TextToken;

            // Common path: too short to hold any credential. No allocation (ValueText is cached on the token).
            var text = token.ValueText;
            if (text.Length < SecretDetector.MinimumLength)
            {
                return;
            }

            if (!SecretDetector.TryFind(text, out var match))
            {
                return;
            }

            if (!scope.GetSettings(context.Node.SyntaxTree).Analyze)
            {
                return;
            }

            Report(context, context.Node, match);
        }

        /// <summary><c>"Server=db;Password=" + SecretConst + ";"</c>: the top of a chain of <c>+</c> with a literal part holding '=' or '@'.</summary>
        public void AnalyzeConcatenation(SyntaxNodeAnalysisContext context)
        {
            var node = (BinaryExpressionSyntax)context.Node;
            if (node.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression })
            {
                return;
            }

            // A literal part with '=' or '@' somewhere in the left-nested chain ((a + b) + c) + d, before allocating anything.
            var hasMarker = false;
            ExpressionSyntax current = node;
            while (!hasMarker)
            {
                var operand = current is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } add ? add.Right : current;
                hasMarker = operand is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal && HasMarker(literal.Token.ValueText);
                if (operand == current)
                {
                    break;
                }

                current = ((BinaryExpressionSyntax)current).Left;
            }

            if (!hasMarker)
            {
                return;
            }

            var operands = new List<ExpressionSyntax>(4);
            current = node;
            while (current is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } add)
            {
                operands.Add(add.Right);
                current = add.Left;
            }

            operands.Add(current);
            operands.Reverse();
            var parts = new List<string?>(operands.Count);
            foreach (var operand in operands)
            {
                parts.Add(ConstantText(context.SemanticModel, operand, context.CancellationToken));
            }

            CheckRuns(context, parts);
        }

        /// <summary><c>$"Server=db;Password={SecretConst}"</c>: text parts and holes whose value is a constant.</summary>
        public void AnalyzeInterpolation(SyntaxNodeAnalysisContext context)
        {
            var node = (InterpolatedStringExpressionSyntax)context.Node;
            var hasMarker = false;
            var hasHole = false;
            foreach (var content in node.Contents)
            {
                if (content is InterpolatedStringTextSyntax text)
                {
                    hasMarker |= HasMarker(text.TextToken.ValueText);
                }
                else
                {
                    hasHole = true;
                }
            }

            if (!hasMarker || !hasHole)
            {
                return;
            }

            var parts = new List<string?>(node.Contents.Count);
            foreach (var content in node.Contents)
            {
                parts.Add(content switch
                {
                    InterpolatedStringTextSyntax text => text.TextToken.ValueText,
                    InterpolationSyntax { AlignmentClause: null, FormatClause: null } hole => ConstantText(context.SemanticModel, hole.Expression, context.CancellationToken),
                    _ => null,
                });
            }

            CheckRuns(context, parts);
        }

        /// <summary><c>string.Format("Server=db;Password={0}", SecretConst)</c>: a valid composite format with constant arguments.</summary>
        public void AnalyzeFormat(SyntaxNodeAnalysisContext context)
        {
            var node = (InvocationExpressionSyntax)context.Node;
            var arguments = node.ArgumentList.Arguments;
            if (arguments.Count < 2
                || node.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Format" }
                || arguments[0].Expression is not LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } formatLiteral
                || arguments[0].NameColon is not null)
            {
                return;
            }

            var format = formatLiteral.Token.ValueText;
            if (!HasMarker(format) || format.IndexOf('{') < 0)
            {
                return;
            }

            if (context.SemanticModel.GetSymbolInfo(node, context.CancellationToken).Symbol is not IMethodSymbol
                {
                    IsStatic: true, ContainingType.SpecialType: SpecialType.System_String, Parameters: { Length: > 0 } parameters,
                } || parameters[0].Name != "format")
            {
                return;
            }

            var values = new string?[arguments.Count - 1];
            for (var i = 1; i < arguments.Count; i++)
            {
                if (arguments[i].NameColon is not null)
                {
                    return;
                }

                values[i - 1] = ConstantText(context.SemanticModel, arguments[i].Expression, context.CancellationToken);
            }

            var parts = FormatParts(format, values);
            if (parts is not null)
            {
                CheckRuns(context, parts);
            }
        }

        /// <summary>
        /// Joins each run of consecutive constant parts (null = not a constant) and reports the first run that holds a credential,
        /// unless a single part holds it on its own (the literal, or the constant's declaration, is reported there).
        /// </summary>
        private void CheckRuns(SyntaxNodeAnalysisContext context, List<string?> parts)
        {
            var start = 0;
            for (var i = 0; i <= parts.Count; i++)
            {
                if (i < parts.Count && parts[i] is not null)
                {
                    continue;
                }

                if (i - start >= 2)
                {
                    var builder = new StringBuilder();
                    for (var j = start; j < i; j++)
                    {
                        builder.Append(parts[j]);
                    }

                    if (SecretDetector.TryFind(builder.ToString(), out var match) && !AnyPartMatches(parts, start, i))
                    {
                        if (scope.GetSettings(context.Node.SyntaxTree).Analyze)
                        {
                            Report(context, context.Node, match);
                        }

                        return;
                    }
                }

                start = i + 1;
            }
        }

        private static bool AnyPartMatches(List<string?> parts, int start, int end)
        {
            for (var j = start; j < end; j++)
            {
                if (SecretDetector.TryFind(parts[j]!, out _))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Splits a composite format into literal text and argument values; null when the format is invalid or uses an argument it lacks.</summary>
        private static List<string?>? FormatParts(string format, string?[] values)
        {
            var parts = new List<string?>();
            var text = new StringBuilder();
            for (var i = 0; i < format.Length; i++)
            {
                var c = format[i];
                if (c == '}')
                {
                    if (i + 1 < format.Length && format[i + 1] == '}')
                    {
                        text.Append('}');
                        i++;
                        continue;
                    }

                    return null;
                }

                if (c != '{')
                {
                    text.Append(c);
                    continue;
                }

                if (i + 1 < format.Length && format[i + 1] == '{')
                {
                    text.Append('{');
                    i++;
                    continue;
                }

                var close = format.IndexOf('}', i + 1);
                if (close < 0)
                {
                    return null;
                }

                var item = format.Substring(i + 1, close - i - 1);
                var index = 0;
                var digits = 0;
                while (digits < item.Length && item[digits] is >= '0' and <= '9')
                {
                    index = (index * 10) + (item[digits] - '0');
                    digits++;
                }

                if (digits == 0 || index >= values.Length)
                {
                    return null;
                }

                parts.Add(text.ToString());
                text.Clear();
                // Alignment or format specifiers change the text: that part is not known.
                parts.Add(digits == item.Length ? values[index] : null);
                i = close;
            }

            parts.Add(text.ToString());
            return parts;
        }

        /// <summary>The constant string value of an expression (a null constant is the empty string), or null.</summary>
        private static string? ConstantText(SemanticModel model, ExpressionSyntax expression, System.Threading.CancellationToken cancellationToken)
        {
            if (expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal)
            {
                return literal.Token.ValueText;
            }

            var constant = model.GetConstantValue(expression, cancellationToken);
            return constant.HasValue ? constant.Value as string ?? (constant.Value is null ? string.Empty : null) : null;
        }

        /// <summary>'=' (key=value) or '@' (user:password@host): what every assembled credential needs around its parts.</summary>
        private static bool HasMarker(string text) => text.IndexOf('=') >= 0 || text.IndexOf('@') >= 0;

        private static void Report(SyntaxNodeAnalysisContext context, SyntaxNode node, SecretMatch match)
        {
            var properties = ImmutableDictionary<string, string?>.Empty.Add(FormatProperty, match.Format.Name);
            context.ReportDiagnostic(Diagnostic.Create(Rule, node.GetLocation(), properties, match.Format.Description));
        }
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using AksReady.Analyzers.Internal;
using AksReady.Analyzers.Internal.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

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

        var analyzerContext = new AnalyzerContext(scope, scope.MayReportWeakValues(context.Compilation));
        // Syntax, not operations: the value of a string literal token needs no semantic model, and a syntax-kind action is
        // only called for string literals (an OperationKind.Literal action also runs for every number, bool and null).
        // Strings assembled from constants (+, interpolation, string.Format) are reached from their first literal part with
        // '=' or '@': no callback of their own, so code without such literals pays nothing for them.
        context.RegisterSyntaxNodeAction(analyzerContext.AnalyzeLiteral, SyntaxKind.StringLiteralExpression, SyntaxKind.InterpolatedStringText);
        context.RegisterSyntaxTreeAction(analyzerContext.AnalyzeComments);
    }

    private static LocalizableResourceString Localizable(string name) => new(name, Resources.ResourceManager, typeof(Resources));

    private sealed class AnalyzerContext
    {
        private readonly SecretsAnalysisScope scope;
        private readonly bool mayReportWeakValues;

        public AnalyzerContext(SecretsAnalysisScope scope, bool mayReportWeakValues)
        {
            this.scope = scope;
            this.mayReportWeakValues = mayReportWeakValues;
        }

        public void AnalyzeLiteral(SyntaxNodeAnalysisContext context)
        {
            string text;
            if (context.Node is LiteralExpressionSyntax literal)
            {
                // No allocation (ValueText is cached on the token).
                text = literal.Token.ValueText;
                var parent = literal.Parent;
                if (parent is not null && parent.IsKind(SyntaxKind.AddExpression))
                {
                    if (HasMarker(text))
                    {
                        AnalyzeConcatenation(context, literal);
                    }
                }
                else if (parent is ArgumentSyntax
                    {
                        Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Format" } } invocation } arguments,
                    }
                    && arguments.Arguments[0] == parent && HasMarker(text))
                {
                    AnalyzeFormat(context, invocation);
                }
            }
            else
            {
                var part = (InterpolatedStringTextSyntax)context.Node;
                text = part.TextToken.ValueText;
                if (HasMarker(text))
                {
                    AnalyzeInterpolation(context, part);
                }
            }

            // Common path: too short to hold any credential.
            if (text.Length < SecretDetector.MinimumLength)
            {
                return;
            }

            if (!SecretDetector.TryFind(text, out var match))
            {
                // report_weak_values: a whole literal whose connection-string or URI password is weak ("Password=pass").
                if (mayReportWeakValues && context.Node is LiteralExpressionSyntax && scope.GetSettings(context.Node.SyntaxTree) is { Analyze: true, ReportWeakValues: true }
                    && WeakStringCredentials.TryFind(text, out var weakFormat))
                {
                    Report(context, context.Node, weakFormat!);
                }

                return;
            }

            if (!scope.GetSettings(context.Node.SyntaxTree).Analyze)
            {
                return;
            }

            Report(context, context.Node, match.Format);
        }

        /// <summary>
        /// <c>"Server=db;Password=" + SecretConst + ";"</c>: the whole chain of <c>+</c>, analysed once, from its first literal
        /// part with '=' or '@'.
        /// </summary>
        private void AnalyzeConcatenation(SyntaxNodeAnalysisContext context, LiteralExpressionSyntax from)
        {
            SyntaxNode top = from.Parent!;
            while (top.Parent is { } parent && parent.IsKind(SyntaxKind.AddExpression))
            {
                top = parent;
            }

            // Flatten the left-nested chain ((a + b) + c) + d; nested right operands stay whole.
            var operands = new List<ExpressionSyntax>(4);
            ExpressionSyntax current = (ExpressionSyntax)top;
            while (current is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } add)
            {
                operands.Add(add.Right);
                current = add.Left;
            }

            operands.Add(current);
            LiteralExpressionSyntax? first = null;
            for (var i = operands.Count - 1; i >= 0 && first is null; i--)
            {
                if (operands[i] is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal && HasMarker(literal.Token.ValueText))
                {
                    first = literal;
                }
            }

            if (first != from)
            {
                return;
            }

            operands.Reverse();
            var parts = new List<string?>(operands.Count);
            foreach (var operand in operands)
            {
                parts.Add(ConstantText(context.SemanticModel, operand, context.CancellationToken, FollowsKey(parts)));
            }

            CheckRuns(context, top, parts);
        }

        /// <summary><c>$"Server=db;Password={SecretConst}"</c>: text parts and holes whose value is a constant, from the first text part with '=' or '@'.</summary>
        private void AnalyzeInterpolation(SyntaxNodeAnalysisContext context, InterpolatedStringTextSyntax from)
        {
            if (from.Parent is not InterpolatedStringExpressionSyntax node)
            {
                return;
            }

            var hasHole = false;
            InterpolatedStringTextSyntax? first = null;
            foreach (var content in node.Contents)
            {
                if (content is InterpolatedStringTextSyntax text)
                {
                    if (first is null && HasMarker(text.TextToken.ValueText))
                    {
                        first = text;
                    }
                }
                else
                {
                    hasHole = true;
                }
            }

            if (first != from || !hasHole)
            {
                return;
            }

            var parts = new List<string?>(node.Contents.Count);
            foreach (var content in node.Contents)
            {
                parts.Add(content switch
                {
                    InterpolatedStringTextSyntax text => text.TextToken.ValueText,
                    InterpolationSyntax { AlignmentClause: null, FormatClause: null } hole => ConstantText(context.SemanticModel, hole.Expression, context.CancellationToken, FollowsKey(parts)),
                    _ => null,
                });
            }

            CheckRuns(context, node, parts);
        }

        /// <summary><c>string.Format("Server=db;Password={0}", SecretConst)</c>: a valid composite format with constant arguments.</summary>
        private void AnalyzeFormat(SyntaxNodeAnalysisContext context, InvocationExpressionSyntax node)
        {
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

                values[i - 1] = ConstantText(context.SemanticModel, arguments[i].Expression, context.CancellationToken, followVariables: true);
            }

            var parts = FormatParts(format, values);
            if (parts is not null)
            {
                CheckRuns(context, node, parts);
            }
        }

        /// <summary>
        /// Joins each run of consecutive constant parts (null = not a constant) and reports the first run that holds a credential,
        /// unless a single part holds it on its own (the literal, or the constant's declaration, is reported there).
        /// </summary>
        private void CheckRuns(SyntaxNodeAnalysisContext context, SyntaxNode node, List<string?> parts)
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
                        if (scope.GetSettings(node.SyntaxTree).Analyze)
                        {
                            Report(context, node, match.Format);
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
        private static string? ConstantText(SemanticModel model, ExpressionSyntax expression, System.Threading.CancellationToken cancellationToken, bool followVariables)
        {
            if (expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal)
            {
                return literal.Token.ValueText;
            }

            var constant = model.GetConstantValue(expression, cancellationToken);
            if (constant.HasValue)
            {
                return constant.Value as string ?? (constant.Value is null ? string.Empty : null);
            }

            // "...;Password=" + data, where every value stored in the local (or private/readonly field) data is one constant.
            return followVariables && ConstantValueFlow.TryGetSingleConstant(model, expression, cancellationToken, out var text, out _) ? text : null;
        }

        /// <summary>
        /// Whether the part after <paramref name="parts"/> is a value: the constant text before it ends with '=' or ':' (spaces aside)
        /// (<c>"Password=" + data</c>, <c>"user:" + data + "@"</c>), or with ';' (a variable holding the next key:
        /// <c>"Server=db;" + passwordPrefix + secret</c>).
        /// Only then is a variable followed (data flow is the costly part).
        /// </summary>
        private static bool FollowsKey(List<string?> parts)
        {
            if (parts.Count == 0 || parts[parts.Count - 1] is not { } previous)
            {
                return false;
            }

            var end = previous.Length - 1;
            while (end >= 0 && previous[end] == ' ')
            {
                end--;
            }

            // ';' ends a key=value pair: the variable after it may hold the next key ("...;" + passwordPrefix + secret).
            return end >= 0 && previous[end] is '=' or ':' or ';';
        }

        /// <summary>'=' (key=value) or '@' (user:password@host): what every assembled credential needs around its parts.</summary>
        private static bool HasMarker(string text) => text.IndexOf('=') >= 0 || text.IndexOf('@') >= 0;

        /// <summary>
        /// A provider token, key or signature in a comment (<c>// var client = new Client("sk_live_...");</c>): commented-out
        /// code is committed with the file. Only the formats checked for entropy: comments show connection strings and URIs
        /// with example passwords, and documentation comments (<c>///</c>) are not read.
        /// Text first, tree last: walking every trivia of every tree costs more than the rest of the rule, so the file's text is
        /// searched for <c>//</c> and <c>/*</c>, the rest of the line (or the block) is checked, and only a match is confirmed
        /// against the syntax tree (a comment trivia starting there, not <c>https://</c> inside a string).
        /// </summary>
        public void AnalyzeComments(SyntaxTreeAnalysisContext context)
        {
            var text = context.Tree.GetText(context.CancellationToken).ToString();
            SyntaxNode? root = null;
            for (var i = text.IndexOf('/'); i >= 0 && i + 1 < text.Length; i = text.IndexOf('/', i + 1))
            {
                var next = text[i + 1];
                int end;
                if (next == '/')
                {
                    end = text.IndexOf('\n', i + 2);
                    end = end < 0 ? text.Length : end;
                    if (i + 2 < text.Length && text[i + 2] == '/')
                    {
                        // A documentation comment line (or "////"): not read.
                        i = end;
                        continue;
                    }
                }
                else if (next == '*')
                {
                    end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    end = end < 0 ? text.Length : end + 2;
                }
                else
                {
                    continue;
                }

                if (end - i < SecretDetector.MinimumLength + 2)
                {
                    i++;
                    continue;
                }

                var comment = text.Substring(i, end - i);
                string description;
                string formatName;
                int matchStart, matchLength;
                if (SecretDetector.TryFind(comment, tokensOnly: true, out var match))
                {
                    (description, formatName, matchStart, matchLength) = (match.Format.Description, match.Format.Name, match.Start, match.Length);
                }
                else if (TryFindCommentedOutAssignment(comment, scope.GetSettings(context.Tree).AdditionalWords, out matchStart, out matchLength))
                {
                    (description, formatName) = (CommentedOutAssignmentDescription, CommentedOutAssignmentFormat);
                }
                else
                {
                    i++;
                    continue;
                }

                root ??= context.Tree.GetRoot(context.CancellationToken);
                var trivia = root.FindTrivia(i);
                if (trivia.SpanStart != i || !(trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia)))
                {
                    // "//" inside a string or a URL: the literal is the literal action's; a comment later on the line is found from its own "//".
                    i++;
                    continue;
                }

                if (!scope.GetSettings(context.Tree).Analyze)
                {
                    return;
                }

                var location = Location.Create(context.Tree, new TextSpan(i + matchStart, matchLength));
                var properties = ImmutableDictionary<string, string?>.Empty.Add(FormatProperty, formatName);
                context.ReportDiagnostic(Diagnostic.Create(Rule, location, properties, description));
                i = end - 1;
            }
        }

        private const string CommentedOutAssignmentDescription = "a credential assigned in commented-out code";
        private const string CommentedOutAssignmentFormat = "CommentedOutAssignment";

        /// <summary>
        /// Commented-out code that assigns a credential: <c>// const password = "ZWVT...";</c>, <c>/* ApiKey: "k3y-9f8e", */</c>.
        /// Code-shaped only: a secret-like name right before <c>=</c>, <c>=&gt;</c> or <c>:</c>, a double-quoted value judged
        /// like AKS2001's (placeholders, words of the name, sentences are not credentials), and the value followed by
        /// <c>;</c>, <c>,</c>, <c>)</c>, <c>}</c> or the end of the comment. Prose that merely mentions a password has no such shape.
        /// </summary>
        private static bool TryFindCommentedOutAssignment(string comment, string[]? additionalWords, out int start, out int length)
        {
            start = length = 0;
            for (var open = comment.IndexOf('"'); open > 0; open = comment.IndexOf('"', open + 1))
            {
                var close = comment.IndexOf('"', open + 1);
                if (close < 0)
                {
                    return false;
                }

                if (comment.IndexOf('\n', open, close - open) >= 0 || !EndsStatement(comment, close + 1))
                {
                    open = close;
                    continue;
                }

                // Back from the opening quote: blanks, '=' / '=>' / ':', blanks, a name (last segment of a member path).
                var j = open - 1;
                while (j >= 0 && comment[j] == ' ')
                {
                    j--;
                }

                if (j >= 1 && comment[j] == '>' && comment[j - 1] == '=')
                {
                    j -= 2;
                }
                else if (j >= 0 && comment[j] is '=' or ':' && !(j >= 1 && comment[j - 1] is '=' or '!' or '<' or '>'))
                {
                    j--;
                }
                else
                {
                    open = close;
                    continue;
                }

                while (j >= 0 && comment[j] is ' ' or '"' or '\'')
                {
                    j--;
                }

                var nameEnd = j + 1;
                while (j >= 0 && (char.IsLetterOrDigit(comment[j]) || comment[j] == '_'))
                {
                    j--;
                }

                var name = comment.Substring(j + 1, nameEnd - j - 1);
                var value = comment.Substring(open + 1, close - open - 1);
                if (name.Length > 0 && SecretNames.MayBeSecretName(name, additionalWords) && SecretNames.IsSecretLike(name, additionalWords, out var words)
                    && SecretValues.IsLikelySecretValue(value, words))
                {
                    start = open + 1;
                    length = value.Length;
                    return true;
                }

                open = close;
            }

            return false;
        }

        private static bool EndsStatement(string comment, int at)
        {
            while (at < comment.Length && comment[at] == ' ')
            {
                at++;
            }

            return at >= comment.Length || comment[at] is ';' or ',' or ')' or '}' or '\r' or '\n' || comment.IndexOf("*/", at, StringComparison.Ordinal) == at;
        }

        private static void Report(SyntaxNodeAnalysisContext context, SyntaxNode node, SecretFormat format)
        {
            var properties = ImmutableDictionary<string, string?>.Empty.Add(FormatProperty, format.Name);
            context.ReportDiagnostic(Diagnostic.Create(Rule, node.GetLocation(), properties, format.Description));
        }
    }
}

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using AksReady.Analyzers.Configuration;
using AksReady.Analyzers.Internal;
using AksReady.Analyzers.Internal.FeatureFlags;
using AksReady.Analyzers.Internal.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace AksReady.Analyzers.Rules;

/// <summary>
/// Feature flags (Microsoft.FeatureManagement) defined in <c>appsettings*.json</c> AdditionalFiles and checked in code.
/// AKS4001: a flag's expiry date (<c>Expires</c>, <c>telemetry.metadata.expires</c> or <c>[FeatureFlagExpires]</c>) is
/// today or earlier (expired ON the date, as at run time) (a malformed date is reported under the same ID with its own message).
/// AKS4002: a flag checked in code (<c>IsEnabledAsync</c>, <c>GetVariantAsync</c>, <c>[FeatureGate]</c>) is defined in no file.
/// AKS4003: a flag defined in a file is referenced nowhere in code.
/// AKS4004: a flag is on in <c>appsettings.json</c> and in every <c>appsettings.*.json</c> next to it.
/// Razor views and components count as code: their generated C# (Razor SDK) is analyzed for references only (no
/// diagnostic is ever reported in generated code), and <c>.cshtml</c>/<c>.razor</c> AdditionalFiles are scanned for
/// <c>&lt;feature name="..."&gt;</c> and <c>IsEnabledAsync("...")</c> (references, and AKS4002 at the name in the file).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FeatureFlagsAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor ExpiredRule = new(
        id: DiagnosticIds.FeatureFlagExpired,
        title: Localizable(nameof(Resources.AKS4001Title)),
        messageFormat: Localizable(nameof(Resources.AKS4001Message)),
        category: DiagnosticCategories.Configuration,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS4001Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.FeatureFlagExpired));

    internal static readonly DiagnosticDescriptor MalformedExpiryRule = new(
        id: DiagnosticIds.FeatureFlagExpired,
        title: Localizable(nameof(Resources.AKS4001Title)),
        messageFormat: Localizable(nameof(Resources.AKS4001MalformedMessage)),
        category: DiagnosticCategories.Configuration,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS4001Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.FeatureFlagExpired));

    internal static readonly DiagnosticDescriptor UndefinedRule = new(
        id: DiagnosticIds.FeatureFlagUndefined,
        title: Localizable(nameof(Resources.AKS4002Title)),
        messageFormat: Localizable(nameof(Resources.AKS4002Message)),
        category: DiagnosticCategories.Configuration,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS4002Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.FeatureFlagUndefined));

    internal static readonly DiagnosticDescriptor UnreferencedRule = new(
        id: DiagnosticIds.FeatureFlagUnreferenced,
        title: Localizable(nameof(Resources.AKS4003Title)),
        messageFormat: Localizable(nameof(Resources.AKS4003Message)),
        category: DiagnosticCategories.Configuration,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS4003Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.FeatureFlagUnreferenced),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    internal static readonly DiagnosticDescriptor AlwaysOnRule = new(
        id: DiagnosticIds.FeatureFlagAlwaysOn,
        title: Localizable(nameof(Resources.AKS4004Title)),
        messageFormat: Localizable(nameof(Resources.AKS4004Message)),
        category: DiagnosticCategories.Configuration,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS4004Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.FeatureFlagAlwaysOn));

    /// <summary>Diagnostic property: the flag name (read by the code fix).</summary>
    internal const string FlagNameProperty = "FlagName";

    private const string IFeatureManager = "Microsoft.FeatureManagement.IFeatureManager";
    private const string IVariantFeatureManager = "Microsoft.FeatureManagement.IVariantFeatureManager";
    private const string FeatureGateAttributeName = "FeatureGateAttribute";
    private const string FeatureFlagExpiresAttributeName = "FeatureFlagExpiresAttribute";
    private const string FeatureManagementNamespacePrefix = "Microsoft.FeatureManagement";
    private const string FeatureTagHelper = "Microsoft.FeatureManagement.Mvc.TagHelpers.FeatureTagHelper";

    private static readonly Action<CompilationStartAnalysisContext> CompilationStartAction = OnCompilationStart;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(ExpiredRule, MalformedExpiryRule, UndefinedRule, UnreferencedRule, AlwaysOnRule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        // Razor views and components become generated C# in the compilation: their flag checks are references. Generated
        // code is analyzed but never reported in (no ReportDiagnostics flag; OnReference also skips it explicitly).
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze);
        context.RegisterCompilationStartAction(CompilationStartAction);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var compilation = context.Compilation;
        var featureManager = compilation.GetBestTypeByMetadataName(IFeatureManager);
        var variantFeatureManager = compilation.GetBestTypeByMetadataName(IVariantFeatureManager);
        var referencesFeatureManagement = featureManager is not null || variantFeatureManager is not null;

        // Read the appsettings*.json files once: most projects have two or three, and only those that mention
        // FeatureManagement/feature_management are scanned.
        List<SettingsFile>? files = null;
        foreach (var file in context.Options.AdditionalFiles)
        {
            var fileName = FileGlob.FileName(file.Path);
            if (!FeatureFlagConfiguration.IsAppSettings(fileName))
            {
                continue;
            }

            var text = file.GetText(context.CancellationToken);
            var content = text?.ToString() ?? string.Empty;
            files ??= new List<SettingsFile>();
            files.Add(new SettingsFile(file, fileName, text, FeatureFlagConfiguration.Read(content)));
        }

        var hasDefinitions = false;
        if (files is not null)
        {
            foreach (var file in files)
            {
                hasDefinitions |= file.Definitions.Count > 0;
            }
        }

        if (!referencesFeatureManagement && !hasDefinitions)
        {
            return;
        }

        var analyzerContext = new AnalyzerContext(compilation, featureManager, variantFeatureManager, files, GetToday(context.Options, compilation));
        if (hasDefinitions)
        {
            analyzerContext.ComputeFileDiagnostics();
        }

        if (files is not null)
        {
            // The appsettings diagnostics, and the flags checked in .cshtml/.razor files (AKS4002 needs a settings file).
            context.RegisterAdditionalFileAction(analyzerContext.AnalyzeAdditionalFile);
        }

        context.RegisterSyntaxNodeAction(analyzerContext.AnalyzeAttribute, SyntaxKind.Attribute);
        if (referencesFeatureManagement)
        {
            context.RegisterOperationAction(analyzerContext.AnalyzeInvocation, OperationKind.Invocation);
            if (hasDefinitions && compilation.GetBestTypeByMetadataName(FeatureTagHelper) is { } tagHelper)
            {
                // <feature name="A,B"> compiles (Razor generated code) to an assignment of FeatureTagHelper.Name.
                var tagHelperName = FindProperty(tagHelper, "Name");
                if (tagHelperName is not null)
                {
                    context.RegisterOperationAction(c => analyzerContext.AnalyzeTagHelperAssignment(c, tagHelperName), OperationKind.SimpleAssignment);
                }
            }

            if (hasDefinitions)
            {
                context.RegisterOperationAction(analyzerContext.AnalyzeConstant, OperationKind.Literal, OperationKind.NameOf, OperationKind.FieldReference);
                context.RegisterCompilationEndAction(analyzerContext.ReportUnreferenced);
            }
        }
    }

    private static IPropertySymbol? FindProperty(INamedTypeSymbol type, string name)
    {
        foreach (var member in type.GetMembers(name))
        {
            if (member is IPropertySymbol property)
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>"Today": <c>build_property.AksReadyToday</c>, then <c>dotnet_code_quality.AKS4001.today</c>, then the UTC date.</summary>
    private static DateTime GetToday(AnalyzerOptions options, Compilation compilation)
    {
        var provider = options.AnalyzerConfigOptionsProvider;
        if (provider.GlobalOptions.TryGetValue(OptionKeys.BuildPropertyPrefix + OptionKeys.TodayBuildProperty, out var value)
            && FeatureFlagConfiguration.TryParseDate(value, out var today))
        {
            return today;
        }

        foreach (var key in new[] { OptionKeys.FeatureFlagsToday, OptionKeys.FeatureFlagsTodayShort })
        {
            if (provider.GlobalOptions.TryGetValue(key, out value) && FeatureFlagConfiguration.TryParseDate(value, out today))
            {
                return today;
            }

            foreach (var tree in compilation.SyntaxTrees)
            {
                if (provider.GetOptions(tree).TryGetValue(key, out value) && FeatureFlagConfiguration.TryParseDate(value, out today))
                {
                    return today;
                }

                break; // .editorconfig values are the same for every file in practice: read the first tree only.
            }
        }

        return DateTime.UtcNow.Date;
    }

    private static LocalizableResourceString Localizable(string name) => new(name, Resources.ResourceManager, typeof(Resources));

    private sealed class SettingsFile
    {
        public SettingsFile(AdditionalText file, string fileName, SourceText? text, List<FeatureFlagDefinition> definitions)
        {
            File = file;
            FileName = fileName;
            Text = text;
            Definitions = definitions;
        }

        public AdditionalText File { get; }

        public string FileName { get; }

        public SourceText? Text { get; }

        public List<FeatureFlagDefinition> Definitions { get; }

        public List<Diagnostic>? Diagnostics { get; set; }

        public Location GetLocation(TextSpan span)
            => Text is null ? Location.None : Location.Create(File.Path, span, Text.Lines.GetLinePositionSpan(span));
    }

    private readonly struct StaleFlag
    {
        public StaleFlag(DiagnosticDescriptor rule, object[] arguments)
        {
            Rule = rule;
            Arguments = arguments;
        }

        public DiagnosticDescriptor Rule { get; }

        public object[] Arguments { get; }
    }

    private sealed class AnalyzerContext
    {
        private readonly INamedTypeSymbol? featureManager;
        private readonly INamedTypeSymbol? variantFeatureManager;
        private readonly List<SettingsFile>? files;
        private readonly DateTime today;
        private readonly Dictionary<string, FeatureFlagDefinition> defined = new(StringComparer.OrdinalIgnoreCase);
        private readonly ConcurrentDictionary<string, bool> referenced = new(StringComparer.OrdinalIgnoreCase);

        // Flags that are expired (AKS4001) or on everywhere (AKS4004): their checks in code are reported too, so the
        // code fix (which removes the check) can be offered there.
        private readonly Dictionary<string, StaleFlag> stale = new(StringComparer.OrdinalIgnoreCase);
        private volatile bool hasDynamicReference;

        public AnalyzerContext(Compilation compilation, INamedTypeSymbol? featureManager, INamedTypeSymbol? variantFeatureManager, List<SettingsFile>? files, DateTime today)
        {
            // [assembly: FeatureFlagExpires("X", "yyyy-MM-dd")]: read once, a handful of attributes at most.
            foreach (var attribute in compilation.Assembly.GetAttributes())
            {
                if (attribute.AttributeClass?.Name == FeatureFlagExpiresAttributeName
                    && attribute.ConstructorArguments.Length == 2
                    && attribute.ConstructorArguments[0].Value is string flag
                    && attribute.ConstructorArguments[1].Value is string date
                    && FeatureFlagConfiguration.TryParseDate(date, out var expires)
                    && expires <= today
                    && !stale.ContainsKey(flag))
                {
                    stale.Add(flag, new StaleFlag(ExpiredRule, new object[] { flag, date, OwnerText(GetOwner(attribute)) }));
                }
            }

            this.featureManager = featureManager;
            this.variantFeatureManager = variantFeatureManager;
            this.files = files;
            this.today = today;
            if (files is not null)
            {
                foreach (var file in files)
                {
                    foreach (var definition in file.Definitions)
                    {
                        if (!defined.ContainsKey(definition.Name))
                        {
                            defined.Add(definition.Name, definition);
                        }
                    }
                }
            }
        }

        /// <summary>AKS4001 and AKS4004 in the JSON files: computed once, reported per file.</summary>
        public void ComputeFileDiagnostics()
        {
            foreach (var file in files!)
            {
                foreach (var definition in file.Definitions)
                {
                    if (definition.Expires is null)
                    {
                        continue;
                    }

                    var location = file.GetLocation(definition.ExpiresSpan);
                    if (!FeatureFlagConfiguration.TryParseDate(definition.Expires, out var expires))
                    {
                        Add(file, Diagnostic.Create(MalformedExpiryRule, location, Props(definition.Name), definition.Name, definition.Expires));
                    }
                    else if (expires <= today)
                    {
                        var arguments = new object[] { definition.Name, definition.Expires, OwnerText(definition.Owner) };
                        Add(file, Diagnostic.Create(ExpiredRule, location, Props(definition.Name), arguments));
                        if (!stale.ContainsKey(definition.Name))
                        {
                            stale.Add(definition.Name, new StaleFlag(ExpiredRule, arguments));
                        }
                    }
                }
            }

            // AKS4004: group the files by folder; a flag is "always on" when every appsettings*.json of the folder
            // (at least two: the base file and one environment) defines it as on.
            var groups = new Dictionary<string, List<SettingsFile>>(StringComparer.OrdinalIgnoreCase);
            foreach (var file in files!)
            {
                var folder = Folder(file.File.Path);
                if (!groups.TryGetValue(folder, out var group))
                {
                    group = new List<SettingsFile>();
                    groups.Add(folder, group);
                }

                group.Add(file);
            }

            foreach (var group in groups.Values)
            {
                if (group.Count < 2)
                {
                    continue;
                }

                group.Sort((a, b) => Rank(a.FileName).CompareTo(Rank(b.FileName)) is var c && c != 0 ? c : string.CompareOrdinal(a.FileName, b.FileName));
                var first = group[0];
                foreach (var definition in first.Definitions)
                {
                    if (definition.State != FeatureFlagState.On || !IsOnInAll(group, definition.Name))
                    {
                        continue;
                    }

                    var names = new List<string>(group.Count);
                    foreach (var file in group)
                    {
                        names.Add(file.FileName);
                    }

                    var arguments = new object[] { definition.Name, string.Join(", ", names) };
                    Add(first, Diagnostic.Create(AlwaysOnRule, first.GetLocation(definition.NameSpan), Props(definition.Name), arguments));
                    if (!stale.ContainsKey(definition.Name))
                    {
                        stale.Add(definition.Name, new StaleFlag(AlwaysOnRule, arguments));
                    }
                }
            }
        }

        public void AnalyzeAdditionalFile(AdditionalFileAnalysisContext context)
        {
            if (RazorFlagScanner.IsRazorFile(context.AdditionalFile.Path))
            {
                AnalyzeRazorFile(context);
                return;
            }

            foreach (var file in files!)
            {
                if (file.Diagnostics is not null && (ReferenceEquals(file.File, context.AdditionalFile) || string.Equals(file.File.Path, context.AdditionalFile.Path, StringComparison.Ordinal)))
                {
                    foreach (var diagnostic in file.Diagnostics)
                    {
                        context.ReportDiagnostic(diagnostic);
                    }
                }
            }
        }

        /// <summary>
        /// A <c>.cshtml</c>/<c>.razor</c> AdditionalFile: every name found is a reference (AKS4003); a name the view states
        /// (literal, <c>nameof</c>) that no settings file defines is AKS4002, reported at the name in the view.
        /// </summary>
        private void AnalyzeRazorFile(AdditionalFileAnalysisContext context)
        {
            var text = context.AdditionalFile.GetText(context.CancellationToken);
            if (text is null)
            {
                return;
            }

            var content = text.ToString();
            if (content.IndexOf("<feature", StringComparison.OrdinalIgnoreCase) < 0
                && content.IndexOf("IsEnabledAsync", StringComparison.Ordinal) < 0
                && content.IndexOf("GetVariantAsync", StringComparison.Ordinal) < 0)
            {
                return;
            }

            var found = new List<RazorFlagReference>();
            if (!RazorFlagScanner.Scan(content, found))
            {
                hasDynamicReference = true;
            }

            foreach (var reference in found)
            {
                referenced.TryAdd(reference.Name, true);
                if (reference.IsExact && !defined.ContainsKey(reference.Name))
                {
                    var location = Location.Create(context.AdditionalFile.Path, reference.Span, text.Lines.GetLinePositionSpan(reference.Span));
                    context.ReportDiagnostic(Diagnostic.Create(UndefinedRule, location, Props(reference.Name), reference.Name));
                }
            }
        }

        /// <summary><c>FeatureTagHelper.Name = "A, B"</c> in Razor generated code: each comma-separated name is a reference.</summary>
        public void AnalyzeTagHelperAssignment(OperationAnalysisContext context, IPropertySymbol nameProperty)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (assignment.Target is not IPropertyReferenceOperation { Property: { } property }
                || !SymbolEqualityComparer.Default.Equals(property.OriginalDefinition, nameProperty))
            {
                return;
            }

            // A non-constant value (Razor's attribute buffer for name="@Flags.Beta") is left to the constant callbacks,
            // which see the expression written into the buffer.
            if (assignment.Value.ConstantValue is { HasValue: true, Value: string names })
            {
                foreach (var name in names.Split(','))
                {
                    var trimmed = name.Trim();
                    if (trimmed.Length > 0)
                    {
                        referenced.TryAdd(trimmed, true);
                    }
                }
            }
        }

        /// <summary><c>IsEnabledAsync("X")</c> / <c>GetVariantAsync("X")</c> on IFeatureManager or IVariantFeatureManager.</summary>
        public void AnalyzeInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            if (method.Name is not ("IsEnabledAsync" or "GetVariantAsync") || !IsFeatureManagerType(method.ContainingType))
            {
                return;
            }

            IOperation? argument = null;
            foreach (var candidate in invocation.Arguments)
            {
                if (candidate.Parameter?.Ordinal == 0)
                {
                    argument = candidate.Value;
                    break;
                }
            }

            if (argument is null)
            {
                return;
            }

            var name = ResolveFlagName(argument, out var field);
            if (name is null)
            {
                hasDynamicReference = true;
                return;
            }

            OnReference(name, field, argument.Syntax.GetLocation(), context.ReportDiagnostic, context.IsGeneratedCode);
        }

        /// <summary>Any string constant or enum member named like a defined flag counts as a reference (AKS4003 only).</summary>
        public void AnalyzeConstant(OperationAnalysisContext context)
        {
            string? name = null;
            switch (context.Operation)
            {
                case IFieldReferenceOperation { Field: { ContainingType.TypeKind: TypeKind.Enum } field }:
                    name = field.Name;
                    break;
                case IFieldReferenceOperation:
                    return;
                default:
                    if (context.Operation.ConstantValue is { HasValue: true, Value: string text })
                    {
                        name = text;
                    }

                    break;
            }

            if (name is not null && name.Length > 0 && defined.ContainsKey(name) && !IsInsideExpiresAttribute(context.Operation.Syntax))
            {
                referenced.TryAdd(name, true);
            }
        }

        /// <summary><c>[FeatureGate("X")]</c> (AKS4002/AKS4003) and <c>[FeatureFlagExpires("X", "2026-03-01")]</c> (AKS4001).</summary>
        public void AnalyzeAttribute(SyntaxNodeAnalysisContext context)
        {
            var attribute = (AttributeSyntax)context.Node;
            var simpleName = RightmostName(attribute.Name);
            var isGate = simpleName is "FeatureGate" or FeatureGateAttributeName;
            var isExpires = simpleName is "FeatureFlagExpires" or FeatureFlagExpiresAttributeName;
            if ((!isGate && !isExpires) || attribute.ArgumentList is null)
            {
                return;
            }

            if (context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol { ContainingType: { } type })
            {
                return;
            }

            if (isGate && type.Name == FeatureGateAttributeName && IsInFeatureManagementNamespace(type) && (featureManager is not null || variantFeatureManager is not null))
            {
                AnalyzeFeatureGate(context, attribute);
            }
            else if (isExpires && type.Name == FeatureFlagExpiresAttributeName && !context.IsGeneratedCode)
            {
                AnalyzeExpires(context, attribute);
            }
        }

        public void ReportUnreferenced(CompilationAnalysisContext context)
        {
            if (hasDynamicReference || files is null)
            {
                return;
            }

            foreach (var file in files)
            {
                foreach (var definition in file.Definitions)
                {
                    if (!referenced.ContainsKey(definition.Name))
                    {
                        context.ReportDiagnostic(Diagnostic.Create(UnreferencedRule, file.GetLocation(definition.NameSpan), Props(definition.Name), definition.Name, file.FileName));
                    }
                }
            }
        }

        private void AnalyzeFeatureGate(SyntaxNodeAnalysisContext context, AttributeSyntax attribute)
        {
            foreach (var argument in attribute.ArgumentList!.Arguments)
            {
                if (argument.NameEquals is not null || argument.NameColon is not null)
                {
                    continue;
                }

                var expression = argument.Expression;
                string? name = null;
                IFieldSymbol? constantField = null;
                var constant = context.SemanticModel.GetConstantValue(expression, context.CancellationToken);
                if (constant is { HasValue: true, Value: string text })
                {
                    name = text;
                    constantField = context.SemanticModel.GetSymbolInfo(expression, context.CancellationToken).Symbol as IFieldSymbol;
                }
                else if (context.SemanticModel.GetSymbolInfo(expression, context.CancellationToken).Symbol is IFieldSymbol { ContainingType.TypeKind: TypeKind.Enum } field)
                {
                    if (field.ContainingType.Name == "RequirementType")
                    {
                        continue;
                    }

                    name = field.Name;
                }

                if (name is null)
                {
                    hasDynamicReference = true;
                    continue;
                }

                OnReference(name, constantField, expression.GetLocation(), context.ReportDiagnostic, context.IsGeneratedCode);
            }
        }

        private void AnalyzeExpires(SyntaxNodeAnalysisContext context, AttributeSyntax attribute)
        {
            var positional = new List<ExpressionSyntax>(2);
            string? owner = null;
            foreach (var argument in attribute.ArgumentList!.Arguments)
            {
                if (argument.NameEquals is { } nameEquals)
                {
                    if (string.Equals(nameEquals.Name.Identifier.ValueText, "Owner", StringComparison.Ordinal)
                        && context.SemanticModel.GetConstantValue(argument.Expression, context.CancellationToken) is { HasValue: true, Value: string o })
                    {
                        owner = o;
                    }

                    continue;
                }

                positional.Add(argument.Expression);
            }

            string? name;
            ExpressionSyntax dateExpression;
            if (positional.Count >= 2)
            {
                name = context.SemanticModel.GetConstantValue(positional[0], context.CancellationToken) is { HasValue: true, Value: string n } ? n : null;
                dateExpression = positional[1];
            }
            else if (positional.Count == 1)
            {
                // [FeatureFlagExpires("2026-03-01")] const string NewCheckout = "NewCheckout";
                name = null;
                if (attribute.Parent?.Parent is FieldDeclarationSyntax field && field.Declaration.Variables.Count > 0
                    && context.SemanticModel.GetDeclaredSymbol(field.Declaration.Variables[0], context.CancellationToken) is IFieldSymbol { HasConstantValue: true, ConstantValue: string value })
                {
                    name = value;
                }

                dateExpression = positional[0];
            }
            else
            {
                return;
            }

            if (context.SemanticModel.GetConstantValue(dateExpression, context.CancellationToken) is not { HasValue: true, Value: string date })
            {
                return;
            }

            name ??= "?";
            if (!FeatureFlagConfiguration.TryParseDate(date, out var expires))
            {
                context.ReportDiagnostic(Diagnostic.Create(MalformedExpiryRule, dateExpression.GetLocation(), Props(name), name, date));
            }
            else if (expires <= today)
            {
                context.ReportDiagnostic(Diagnostic.Create(ExpiredRule, dateExpression.GetLocation(), Props(name), name, date, OwnerText(owner)));
            }
        }

        private void OnReference(string name, IFieldSymbol? constantField, Location location, Action<Diagnostic> report, bool isGeneratedCode)
        {
            referenced.TryAdd(name, true);

            // Razor generated code (views, components): a reference only. Views' undefined flags are reported in the
            // .cshtml/.razor AdditionalFile by AnalyzeRazorFile.
            if (isGeneratedCode)
            {
                return;
            }

            // AKS4002 needs at least one appsettings*.json to compare against.
            if (files is not null && !defined.ContainsKey(name))
            {
                report(Diagnostic.Create(UndefinedRule, location, Props(name), name));
            }

            if (stale.TryGetValue(name, out var flag))
            {
                report(Diagnostic.Create(flag.Rule, location, Props(name), flag.Arguments));
            }
            else if (constantField is not null && TryGetFieldExpiry(constantField, out var date, out var owner))
            {
                // [FeatureFlagExpires("yyyy-MM-dd")] public const string X = "X"; checked as IsEnabledAsync(Flags.X).
                report(Diagnostic.Create(ExpiredRule, location, Props(name), name, date, OwnerText(owner)));
            }
        }

        private bool TryGetFieldExpiry(IFieldSymbol field, out string date, out string? owner)
        {
            foreach (var attribute in field.GetAttributes())
            {
                if (attribute.AttributeClass?.Name == FeatureFlagExpiresAttributeName
                    && attribute.ConstructorArguments.Length == 1
                    && attribute.ConstructorArguments[0].Value is string value
                    && FeatureFlagConfiguration.TryParseDate(value, out var expires)
                    && expires <= today)
                {
                    date = value;
                    owner = GetOwner(attribute);
                    return true;
                }
            }

            date = string.Empty;
            owner = null;
            return false;
        }

        private static string? GetOwner(AttributeData attribute)
        {
            foreach (var argument in attribute.NamedArguments)
            {
                if (argument.Key == "Owner" && argument.Value.Value is string owner)
                {
                    return owner;
                }
            }

            return null;
        }

        private bool IsFeatureManagerType(INamedTypeSymbol type)
        {
            if (SymbolEqualityComparer.Default.Equals(type, featureManager) || SymbolEqualityComparer.Default.Equals(type, variantFeatureManager))
            {
                return true;
            }

            foreach (var @interface in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(@interface, featureManager) || SymbolEqualityComparer.Default.Equals(@interface, variantFeatureManager))
                {
                    return true;
                }
            }

            return false;
        }

        private static string? ResolveFlagName(IOperation argument, out IFieldSymbol? constantField)
        {
            while (argument is IConversionOperation conversion)
            {
                argument = conversion.Operand;
            }

            constantField = (argument as IFieldReferenceOperation)?.Field;
            if (argument.ConstantValue is { HasValue: true, Value: string text })
            {
                return text;
            }

            // Flags.NewCheckout.ToString()
            if (argument is IInvocationOperation { TargetMethod.Name: "ToString", Arguments.Length: 0, Instance: { } instance })
            {
                while (instance is IConversionOperation c)
                {
                    instance = c.Operand;
                }

                if (instance is IFieldReferenceOperation { Field: { ContainingType.TypeKind: TypeKind.Enum } field })
                {
                    return field.Name;
                }
            }

            return null;
        }

        private static bool IsInsideExpiresAttribute(SyntaxNode node)
        {
            for (var current = node.Parent; current is not null; current = current.Parent)
            {
                if (current is AttributeSyntax attribute)
                {
                    return RightmostName(attribute.Name) is "FeatureFlagExpires" or FeatureFlagExpiresAttributeName;
                }

                if (current is StatementSyntax or MemberDeclarationSyntax)
                {
                    return false;
                }
            }

            return false;
        }

        private static bool IsInFeatureManagementNamespace(INamedTypeSymbol type)
            => type.ContainingNamespace?.ToDisplayString().StartsWith(FeatureManagementNamespacePrefix, StringComparison.Ordinal) == true;

        private static string? RightmostName(NameSyntax name) => name switch
        {
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            _ => null,
        };

        private static bool IsOnInAll(List<SettingsFile> group, string name)
        {
            foreach (var file in group)
            {
                var on = false;
                foreach (var definition in file.Definitions)
                {
                    if (string.Equals(definition.Name, name, StringComparison.OrdinalIgnoreCase))
                    {
                        on = definition.State == FeatureFlagState.On;
                        break;
                    }
                }

                if (!on)
                {
                    return false;
                }
            }

            return true;
        }

        private static int Rank(string fileName) => string.Equals(fileName, "appsettings.json", StringComparison.OrdinalIgnoreCase) ? 0 : 1;

        private static string Folder(string path)
        {
            var index = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
            return index < 0 ? string.Empty : path.Substring(0, index);
        }

        private static void Add(SettingsFile file, Diagnostic diagnostic) => (file.Diagnostics ??= new List<Diagnostic>()).Add(diagnostic);

        private static string OwnerText(string? owner)
            => string.IsNullOrWhiteSpace(owner) ? "no owner recorded" : "owner: " + owner;

        private static ImmutableDictionary<string, string?> Props(string name)
            => ImmutableDictionary<string, string?>.Empty.Add(FlagNameProperty, name);
    }
}

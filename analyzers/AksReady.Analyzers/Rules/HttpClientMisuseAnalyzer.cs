using System;
using System.Collections.Immutable;
using AksReady.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AksReady.Analyzers.Rules;

/// <summary>
/// AKS5003: <c>new HttpClient()</c> per call or per instance instead of <c>IHttpClientFactory</c> or a static/singleton
/// client, and <c>HttpClient.Timeout = Timeout.InfiniteTimeSpan</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HttpClientMisuseAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor CreationRule = new(
        id: DiagnosticIds.HttpClientMisuse,
        title: Localizable(nameof(Resources.AKS5003Title)),
        messageFormat: Localizable(nameof(Resources.AKS5003MessageCreation)),
        category: DiagnosticCategories.Deployment,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS5003Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.HttpClientMisuse));

    internal static readonly DiagnosticDescriptor InfiniteTimeoutRule = new(
        id: DiagnosticIds.HttpClientMisuse,
        title: Localizable(nameof(Resources.AKS5003Title)),
        messageFormat: Localizable(nameof(Resources.AKS5003MessageInfiniteTimeout)),
        category: DiagnosticCategories.Deployment,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS5003Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.HttpClientMisuse));

    private static readonly Action<CompilationStartAnalysisContext> CompilationStartAction = OnCompilationStart;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(CreationRule, InfiniteTimeoutRule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(CompilationStartAction);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        if (TestProjectDetector.IsTestProject(context.Compilation) || IsConsoleTool(context.Compilation))
        {
            return;
        }

        // HttpClient and Timeout are resolved at the first "new HttpClient" or "Timeout =" seen by name, not here.
        var symbols = new LazyCompilationValue<Symbols>(context.Compilation, Symbols.Create);
        context.RegisterOperationAction(c => AnalyzeCreation(c, symbols), OperationKind.ObjectCreation);
        context.RegisterOperationAction(c => AnalyzeAssignment(c, symbols), OperationKind.SimpleAssignment);
    }

    /// <summary>
    /// An executable that references neither ASP.NET Core nor Microsoft.Extensions.Hosting: a console tool or sample
    /// client whose methods run once per process, not a service that serves requests for days. Class libraries are
    /// still checked (services call them).
    /// </summary>
    private static bool IsConsoleTool(Compilation compilation)
        => compilation.Options.OutputKind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication
           && compilation.GetBestTypeByMetadataName(WellKnownTypeNames.IHostedService) is null
           && compilation.GetBestTypeByMetadataName(WellKnownTypeNames.HttpContext) is null;

    private static void AnalyzeCreation(OperationAnalysisContext context, LazyCompilationValue<Symbols> symbols)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type?.Name != "HttpClient"
            || symbols.Value.HttpClient is not { } httpClient
            || !SymbolEqualityComparer.Default.Equals(creation.Type, httpClient))
        {
            return;
        }

        // new HttpClient(sharedHandler): the connection pool is shared, which is the point.
        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter?.Ordinal == 0 && argument.Value.WalkDownConversions() is not IObjectCreationOperation)
            {
                return;
            }
        }

        if (IsStored(creation, context.ContainingSymbol))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(CreationRule, creation.Syntax.GetLocation()));
    }

    /// <summary>True when the client goes into a static field or property (an initializer, a static constructor, or <c>s_client ??= new ...</c>).</summary>
    private static bool IsStored(IObjectCreationOperation creation, ISymbol containingSymbol)
    {
        if (containingSymbol.IsStatic && containingSymbol is IFieldSymbol or IPropertySymbol)
        {
            return true; // static readonly HttpClient Client = new();
        }

        if (containingSymbol is IMethodSymbol { MethodKind: MethodKind.StaticConstructor })
        {
            return true;
        }

        IOperation current = creation;
        while (current.Parent is IConversionOperation or IParenthesizedOperation or IObjectOrCollectionInitializerOperation)
        {
            current = current.Parent;
        }

        switch (current.Parent)
        {
            case IFieldInitializerOperation fieldInitializer:
                foreach (var field in fieldInitializer.InitializedFields)
                {
                    if (field.IsStatic)
                    {
                        return true;
                    }
                }

                return false;
            case IPropertyInitializerOperation propertyInitializer:
                foreach (var property in propertyInitializer.InitializedProperties)
                {
                    if (property.IsStatic)
                    {
                        return true;
                    }
                }

                return false;
            case IAssignmentOperation assignment when assignment.Value == current || assignment.Value.WalkDownConversions() == creation:
                return assignment.Target switch
                {
                    IFieldReferenceOperation { Field.IsStatic: true } => true,
                    IPropertyReferenceOperation { Property.IsStatic: true } => true,
                    _ => false,
                };
            default:
                return false;
        }
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, LazyCompilationValue<Symbols> symbols)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is IPropertyReferenceOperation { Property.Name: "Timeout" } property
            && symbols.Value is { HttpClient: { } httpClient, Timeout: { } timeout }
            && SymbolEqualityComparer.Default.Equals(property.Property.ContainingType, httpClient)
            && assignment.Value.WalkDownConversions() is IFieldReferenceOperation { Field.Name: "InfiniteTimeSpan" } field
            && SymbolEqualityComparer.Default.Equals(field.Field.ContainingType, timeout))
        {
            context.ReportDiagnostic(Diagnostic.Create(InfiniteTimeoutRule, assignment.Syntax.GetLocation()));
        }
    }

    private static LocalizableResourceString Localizable(string name) => new(name, Resources.ResourceManager, typeof(Resources));

    private sealed class Symbols
    {
        private Symbols(Compilation compilation)
        {
            HttpClient = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.HttpClient);
            Timeout = HttpClient is null ? null : compilation.GetBestTypeByMetadataName(WellKnownTypeNames.Timeout);
        }

        /// <summary>Null when the compilation has no HttpClient: the rule is off.</summary>
        public INamedTypeSymbol? HttpClient { get; }

        public INamedTypeSymbol? Timeout { get; }

        public static Symbols Create(Compilation compilation) => new(compilation);
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using AksReady.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace AksReady.Analyzers.Rules;

/// <summary>
/// AKS1004: probe endpoints require authorization, either through <c>.RequireAuthorization()</c> chained on
/// MapHealthChecks/MapAksReadyEndpoints, or through a fallback authorization policy without <c>.AllowAnonymous()</c>
/// on a MapHealthChecks mapping (MapAksReadyEndpoints is anonymous by contract).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ProbeEndpointAuthorizationAnalyzer : DiagnosticAnalyzer
{
    internal const string KindProperty = "Kind";
    internal const string KindRequireAuthorization = "RequireAuthorization";
    internal const string KindFallbackPolicy = "FallbackPolicy";

    internal static readonly DiagnosticDescriptor RequireAuthorizationRule = new(
        id: DiagnosticIds.ProbeEndpointRequiresAuthorization,
        title: Localizable(nameof(Resources.AKS1004Title)),
        messageFormat: Localizable(nameof(Resources.AKS1004MessageRequireAuthorization)),
        category: DiagnosticCategories.Reliability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS1004Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.ProbeEndpointRequiresAuthorization));

    internal static readonly DiagnosticDescriptor FallbackPolicyRule = new(
        id: DiagnosticIds.ProbeEndpointRequiresAuthorization,
        title: Localizable(nameof(Resources.AKS1004Title)),
        messageFormat: Localizable(nameof(Resources.AKS1004MessageFallbackPolicy)),
        category: DiagnosticCategories.Reliability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS1004Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.ProbeEndpointRequiresAuthorization),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    private static readonly ImmutableDictionary<string, string?> RequireAuthorizationProperties = ImmutableDictionary<string, string?>.Empty.Add(KindProperty, KindRequireAuthorization);
    private static readonly ImmutableDictionary<string, string?> FallbackPolicyProperties = ImmutableDictionary<string, string?>.Empty.Add(KindProperty, KindFallbackPolicy);

    private static readonly Action<CompilationStartAnalysisContext> CompilationStartAction = OnCompilationStart;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RequireAuthorizationRule, FallbackPolicyRule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(CompilationStartAction);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        // The authorization and health types are resolved at the first call or assignment with a matching name, not here.
        var analyzerContext = new AnalyzerContext(context.Compilation);
        context.RegisterOperationAction(analyzerContext.AnalyzeInvocation, OperationKind.Invocation);
        context.RegisterOperationAction(analyzerContext.AnalyzeAssignment, OperationKind.SimpleAssignment);
        context.RegisterCompilationEndAction(analyzerContext.OnCompilationEnd);
    }

    private static LocalizableResourceString Localizable(string name) => new(name, Resources.ResourceManager, typeof(Resources));

    private sealed class AnalyzerContext
    {
        private const string FallbackPolicyName = "FallbackPolicy";
        private const string SetFallbackPolicyName = "SetFallbackPolicy";
        private const string RequireAuthorizationName = "RequireAuthorization";
        private const string AllowAnonymousName = "AllowAnonymous";

        private readonly LazyCompilationValue<Symbols> symbols;
        private readonly object gate = new();
        private List<(Location Location, string Endpoint)>? openMappings;
        private int fallbackPolicies;

        public AnalyzerContext(Compilation compilation)
        {
            symbols = new LazyCompilationValue<Symbols>(compilation, Symbols.Create);
        }

        public void AnalyzeInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            if (method.Name is not (RequireAuthorizationName or SetFallbackPolicyName) && !HealthEndpointSymbols.IsMappingName(method.Name))
            {
                return; // Nearly every call: no symbol is resolved.
            }

            var resolved = symbols.Value;
            if (!resolved.Enabled)
            {
                return; // No endpoint authorization in this app.
            }

            var conventionExtensions = resolved.ConventionExtensions;
            var authorizationBuilder = resolved.AuthorizationBuilder;
            var health = resolved.Health;
            if (method.Name == RequireAuthorizationName)
            {
                if (conventionExtensions is not null
                    && SymbolEqualityComparer.Default.Equals(method.ContainingType, conventionExtensions)
                    && FindProbeMapping(invocation, health) is { } mapping)
                {
                    context.ReportDiagnostic(Diagnostic.Create(RequireAuthorizationRule, GetNameLocation(invocation), RequireAuthorizationProperties, Describe(mapping)));
                }

                return;
            }

            if (method.Name == SetFallbackPolicyName)
            {
                if (authorizationBuilder is not null
                    && SymbolEqualityComparer.Default.Equals(method.ContainingType, authorizationBuilder)
                    && !IsNullArgument(invocation))
                {
                    Interlocked.Increment(ref fallbackPolicies);
                }

                return;
            }

            // Only MapHealthChecks can fall under the fallback policy: MapAksReadyEndpoints applies AllowAnonymous()
            // (and ShortCircuit()) itself, so only an explicit RequireAuthorization() on it is reported.
            if (health.Classify(method) != HealthMappingKind.MapHealthChecks)
            {
                return;
            }

            // Walk up the fluent chain: .WithName(...).AllowAnonymous() exempts it, .RequireAuthorization() is reported above.
            for (var chained = invocation.GetChainedInvocation(); chained is not null; chained = chained.GetChainedInvocation())
            {
                if (chained.TargetMethod.Name is AllowAnonymousName or RequireAuthorizationName)
                {
                    return;
                }
            }

            var entry = (invocation.Syntax.GetLocation(), Describe(invocation));
            lock (gate)
            {
                (openMappings ??= new List<(Location, string)>()).Add(entry);
            }
        }

        public void AnalyzeAssignment(OperationAnalysisContext context)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (assignment.Target is IPropertyReferenceOperation { Property.Name: FallbackPolicyName } target
                && symbols.Value.AuthorizationOptions is { } authorizationOptions
                && SymbolEqualityComparer.Default.Equals(target.Property.ContainingType, authorizationOptions)
                && assignment.Value.WalkDownConversions().ConstantValue is not { HasValue: true, Value: null })
            {
                Interlocked.Increment(ref fallbackPolicies);
            }
        }

        public void OnCompilationEnd(CompilationAnalysisContext context)
        {
            if (Volatile.Read(ref fallbackPolicies) == 0)
            {
                return;
            }

            List<(Location Location, string Endpoint)>? mappings;
            lock (gate)
            {
                mappings = openMappings;
            }

            if (mappings is null)
            {
                return;
            }

            foreach (var (location, endpoint) in mappings)
            {
                context.ReportDiagnostic(Diagnostic.Create(FallbackPolicyRule, location, FallbackPolicyProperties, endpoint));
            }
        }

        private static IInvocationOperation? FindProbeMapping(IInvocationOperation requireAuthorization, HealthEndpointSymbols health)
        {
            var current = requireAuthorization.GetReceiver();
            while (current is IInvocationOperation call)
            {
                if (health.Classify(call.TargetMethod) is HealthMappingKind.MapHealthChecks or HealthMappingKind.MapAksReadyEndpoints)
                {
                    return call;
                }

                current = call.GetReceiver();
            }

            return null;
        }

        private static bool IsNullArgument(IInvocationOperation invocation)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Value.WalkDownConversions().ConstantValue is { HasValue: true, Value: null })
                {
                    return true;
                }
            }

            return false;
        }

        private static string Describe(IInvocationOperation mapping) => mapping.DescribeEndpoint();

        /// <summary>Location of <c>RequireAuthorization(...)</c> without the receiver chain in front of it.</summary>
        private static Location GetNameLocation(IInvocationOperation invocation)
        {
            if (invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax memberAccess } syntax)
            {
                return Location.Create(syntax.SyntaxTree, TextSpan.FromBounds(memberAccess.Name.SpanStart, syntax.Span.End));
            }

            return invocation.Syntax.GetLocation();
        }
    }

    private sealed class Symbols
    {
        private Symbols(Compilation compilation)
        {
            ConventionExtensions = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.AuthorizationEndpointConventionBuilderExtensions);
            AuthorizationOptions = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.AuthorizationOptions);
            if (!Enabled)
            {
                return;
            }

            Health = HealthEndpointSymbols.Create(compilation);
            AuthorizationBuilder = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.AuthorizationBuilder);
        }

        /// <summary>False without endpoint authorization in the compilation: the rule is off.</summary>
        public bool Enabled => ConventionExtensions is not null || AuthorizationOptions is not null;

        public INamedTypeSymbol? ConventionExtensions { get; }

        public INamedTypeSymbol? AuthorizationOptions { get; }

        public INamedTypeSymbol? AuthorizationBuilder { get; }

        /// <summary>Null only when <see cref="Enabled"/> is false.</summary>
        public HealthEndpointSymbols Health { get; } = null!;

        public static Symbols Create(Compilation compilation) => new(compilation);
    }
}

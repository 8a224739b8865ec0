using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AksReady.Analyzers.Configuration;
using AksReady.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AksReady.Analyzers.Rules;

/// <summary>
/// AKS1005: a liveness endpoint (path containing "live", or <c>AksReadyLivenessPath</c>) runs every check, or
/// checks tagged like a registered dependency check (AddSqlServer, AddNpgSql, AddRedis, AddUrlGroup, ...).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LivenessChecksDependenciesAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        id: DiagnosticIds.LivenessChecksDependencies,
        title: Localizable(nameof(Resources.AKS1005Title)),
        messageFormat: Localizable(nameof(Resources.AKS1005Message)),
        category: DiagnosticCategories.Reliability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS1005Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.LivenessChecksDependencies),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>
    /// The same rule where no liveness endpoint is visible (a shared library's registration extension, or an app whose
    /// endpoints a library maps): a dependency check carrying a tag whose only use is to select liveness checks.
    /// </summary>
    internal static readonly DiagnosticDescriptor TaggedRule = new(
        id: DiagnosticIds.LivenessChecksDependencies,
        title: Localizable(nameof(Resources.AKS1005Title)),
        messageFormat: Localizable(nameof(Resources.AKS1005TaggedMessage)),
        category: DiagnosticCategories.Reliability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS1005Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.LivenessChecksDependencies),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>Tags that select liveness checks (AksReady's "live", the Aspire template's "live", common variants).</summary>
    private static readonly ImmutableHashSet<string> LivenessTags = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, "live", "liveness", "alive");

    /// <summary>IHealthChecksBuilder extensions (AspNetCore.Diagnostics.HealthChecks, EF Core) that probe an external dependency.</summary>
    internal static readonly ImmutableHashSet<string> DependencyCheckMethods = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "AddSqlServer", "AddNpgSql", "AddMySql", "AddOracle", "AddSqlite", "AddDbContextCheck",
        "AddRedis", "AddMongoDb", "AddElasticsearch", "AddCosmosDb", "AddAzureCosmosDB", "AddDynamoDb",
        "AddRabbitMQ", "AddKafka", "AddNats", "AddAzureServiceBusQueue", "AddAzureServiceBusTopic",
        "AddAzureServiceBusSubscription", "AddAzureEventHub", "AddAzureBlobStorage", "AddAzureQueueStorage",
        "AddAzureTableStorage", "AddAzureKeyVault", "AddUrlGroup", "AddSignalRHub", "AddIdentityServer",
        "AddTcpHealthCheck", "AddDnsResolveHealthCheck", "AddSmtpHealthCheck", "AddConsul", "AddHangfire");

    private const string LivenessPathProperty = OptionKeys.BuildPropertyPrefix + "AksReadyLivenessPath";

    private static readonly Action<CompilationStartAnalysisContext> CompilationStartAction = OnCompilationStart;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule, TaggedRule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(CompilationStartAction);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var compilation = context.Compilation;

        // The health types are resolved at the first call with a matching name, not here.
        context.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(LivenessPathProperty, out var livenessPath);
        var extraDependencyMethods = context.Options.GetProjectWideList(compilation, OptionKeys.AdditionalDependencyCheckMethods);
        var analyzerContext = new AnalyzerContext(compilation, string.IsNullOrWhiteSpace(livenessPath) ? null : livenessPath, extraDependencyMethods);
        context.RegisterOperationAction(analyzerContext.AnalyzeInvocation, OperationKind.Invocation);
        context.RegisterCompilationEndAction(analyzerContext.OnCompilationEnd);
    }

    private static LocalizableResourceString Localizable(string name) => new(name, Resources.ResourceManager, typeof(Resources));

    private sealed class AnalyzerContext
    {
        private const string TagsParameterName = "tags";

        private readonly LazyCompilationValue<Symbols> symbols;
        private readonly string? livenessPath;
        private readonly ImmutableHashSet<string> extraDependencyMethods;
        private readonly object gate = new();
        private readonly List<(Location Location, string Path, HashSet<string>? Admitted)> livenessEndpoints = new();
        private readonly List<(string Method, HashSet<string> Tags, Location Location)> dependencyChecks = new();

        public AnalyzerContext(Compilation compilation, string? livenessPath, ImmutableHashSet<string> extraDependencyMethods)
        {
            this.extraDependencyMethods = extraDependencyMethods;
            this.symbols = new LazyCompilationValue<Symbols>(compilation, Symbols.Create);
            this.livenessPath = livenessPath;
        }

        public void AnalyzeInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;

            if (DependencyCheckMethods.Contains(method.Name) || (extraDependencyMethods.Count > 0 && extraDependencyMethods.Contains(method.Name)))
            {
                if (method.Parameters.Length > 0
                    && symbols.Value is { Enabled: true } resolved
                    && SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, resolved.HealthChecksBuilder))
                {
                    var tags = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var argument in invocation.Arguments)
                    {
                        if (argument.Parameter?.Name == TagsParameterName && argument.ArgumentKind != ArgumentKind.DefaultValue)
                        {
                            CollectStrings(argument.Value, tags);
                        }
                    }

                    lock (gate)
                    {
                        dependencyChecks.Add((method.Name, tags, invocation.Syntax.GetLocation()));
                    }
                }

                return;
            }

            if (!HealthEndpointSymbols.IsMappingName(method.Name)
                || symbols.Value is not { Enabled: true, Health: var health }
                || health.Classify(method) is not (HealthMappingKind.MapHealthChecks or HealthMappingKind.UseHealthChecks))
            {
                return;
            }

            var path = invocation.GetConstantStringArgument("pattern") ?? invocation.GetConstantStringArgument("path");
            if (path is null || !IsLivenessPath(path))
            {
                return;
            }

            HashSet<string>? admitted = null;
            switch (HealthCheckPredicate.Analyze(invocation, health.HealthCheckOptions, out var filter))
            {
                case HealthCheckPredicateKind.AllChecks:
                    break;
                case HealthCheckPredicateKind.Filter when filter is not null:
                    admitted = new HashSet<string>(StringComparer.Ordinal);
                    HealthCheckPredicate.CollectAdmittedStrings(filter, admitted);
                    break;
                default:
                    return;
            }

            lock (gate)
            {
                livenessEndpoints.Add((invocation.Syntax.GetLocation(), path, admitted));
            }
        }

        public void OnCompilationEnd(CompilationAnalysisContext context)
        {
            lock (gate)
            {
                if (dependencyChecks.Count == 0)
                {
                    return;
                }

                if (livenessEndpoints.Count == 0)
                {
                    // No liveness endpoint in this compilation (a library's registration extension; endpoints mapped by
                    // MapAksReadyEndpoints, which runs the checks tagged "live", or by another project): the tag alone
                    // puts the dependency on the liveness probe.
                    foreach (var (dependency, tags, location) in dependencyChecks)
                    {
                        foreach (var tag in tags)
                        {
                            if (LivenessTags.Contains(tag))
                            {
                                context.ReportDiagnostic(Diagnostic.Create(TaggedRule, location, dependency, tag));
                                break;
                            }
                        }
                    }

                    return;
                }

                foreach (var (location, path, admitted) in livenessEndpoints)
                {
                    foreach (var (dependency, tags, _) in dependencyChecks)
                    {
                        if (admitted is null || tags.Overlaps(admitted))
                        {
                            context.ReportDiagnostic(Diagnostic.Create(Rule, location, path, dependency));
                            break;
                        }
                    }
                }
            }
        }

        private bool IsLivenessPath(string path)
            => path.IndexOf("live", StringComparison.OrdinalIgnoreCase) >= 0
               || (livenessPath is not null && string.Equals(path.TrimEnd('/'), livenessPath.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));

        private static void CollectStrings(IOperation operation, HashSet<string> strings)
        {
            if (operation.ConstantValue is { HasValue: true, Value: string single })
            {
                strings.Add(single);
                return;
            }

            foreach (var descendant in operation.Descendants())
            {
                if (descendant.ConstantValue is { HasValue: true, Value: string value })
                {
                    strings.Add(value);
                }
            }
        }
    }

    private sealed class Symbols
    {
        private Symbols(Compilation compilation)
        {
            Health = HealthEndpointSymbols.Create(compilation);
            HealthChecksBuilder = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.IHealthChecksBuilder);
        }

        /// <summary>False without ASP.NET Core health checks (endpoints and builder): the rule is off.</summary>
        public bool Enabled => (Health.EndpointExtensions is not null || Health.ApplicationExtensions is not null) && HealthChecksBuilder is not null;

        public HealthEndpointSymbols Health { get; }

        public INamedTypeSymbol? HealthChecksBuilder { get; }

        public static Symbols Create(Compilation compilation) => new(compilation);
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using AksReady.Analyzers.Configuration;
using AksReady.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AksReady.Analyzers.Rules;

/// <summary>
/// AKS1008: a worker service (generic host built with <c>Host.CreateApplicationBuilder</c>/<c>CreateDefaultBuilder</c>,
/// hosted services registered, no web server) offers Kubernetes no probe: no <c>AddAksReadyManagementServer()</c>, no
/// heartbeat file for an exec probe, no management listener (HttpListener, TcpListener, Kestrel), no health endpoint,
/// no <c>IHealthCheckPublisher</c>. Reported at the host builder creation.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WorkerWithoutProbesAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        id: DiagnosticIds.WorkerWithoutProbes,
        title: Localizable(nameof(Resources.AKS1008Title)),
        messageFormat: Localizable(nameof(Resources.AKS1008Message)),
        category: DiagnosticCategories.Reliability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS1008Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.WorkerWithoutProbes),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    private const string HostTypeName = "Microsoft.Extensions.Hosting.Host";
    private const string HealthCheckPublisherName = "IHealthCheckPublisher";

    /// <summary>
    /// A tree without these words has no host builder, no hosted service and no probe mechanism ("Host" covers
    /// Host.Create*, AddHostedService, ConfigureWebHost*; "Health" the health endpoints and publishers; "File" heartbeats).
    /// </summary>
    private static readonly string[] BuilderWords = { "CreateApplicationBuilder", "CreateDefaultBuilder", "CreateEmptyApplicationBuilder" };

    private static readonly string[] HostedServiceWords = { "AddHostedService" };

    private static readonly string[] TreeWords = { "Host", "Health", "Listener", "Kestrel", "File", "AksReady", "MapDefaultEndpoints" };

    /// <summary>Words in a file path (or the expression that builds it) that mark a heartbeat file for an exec probe.</summary>
    private static readonly string[] HeartbeatWords = { "heartbeat", "health", "alive", "live", "ready", "probe", "beat" };

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
        var compilation = context.Compilation;
        if (compilation.Options.OutputKind is not (OutputKind.ConsoleApplication or OutputKind.WindowsApplication))
        {
            return;
        }

        if (TestProjectDetector.IsTestProject(compilation))
        {
            return;
        }

        // The rule reports a Host.Create*Builder call in a compilation that calls AddHostedService: when no file even
        // mentions both names, nothing can be reported, and no tree is walked (a web app on WebApplication.CreateBuilder).
        if (!SyntaxTreeTextFilter.AnyMentions(compilation, BuilderWords, context.CancellationToken)
            || !SyntaxTreeTextFilter.AnyMentions(compilation, HostedServiceWords, context.CancellationToken))
        {
            return;
        }

        // Host and File are resolved at the first candidate call, not here. Without Host no builder is ever recorded, so
        // the rule reports nothing, as when it returned here.
        var additional = context.Options.GetProjectWideList(compilation, OptionKeys.AdditionalProbeMethods);
        var analyzerContext = new AnalyzerContext(compilation, additional);
        // One callback per syntax tree: names are compared on the syntax first, and only candidates are bound.
        context.RegisterSemanticModelAction(analyzerContext.AnalyzeSemanticModel);
        context.RegisterCompilationEndAction(analyzerContext.OnCompilationEnd);
    }

    private static LocalizableResourceString Localizable(string name) => new(name, Resources.ResourceManager, typeof(Resources));

    private sealed class AnalyzerContext
    {
        private readonly LazyCompilationValue<Symbols> symbols;
        private readonly ImmutableHashSet<string> additional;
        private readonly object gate = new();
        private List<Location>? builders;
        private int hostedServices;
        private int probes;

        public AnalyzerContext(Compilation compilation, ImmutableHashSet<string> additional)
        {
            symbols = new LazyCompilationValue<Symbols>(compilation, Symbols.Create);
            this.additional = additional;
        }

        public void AnalyzeSemanticModel(SemanticModelAnalysisContext context)
        {
            if (Volatile.Read(ref probes) > 0)
            {
                return;
            }

            var model = context.SemanticModel;
            var cancellationToken = context.CancellationToken;
            if (additional.Count == 0 && !SyntaxTreeTextFilter.Mentions(model.SyntaxTree, TreeWords, cancellationToken))
            {
                return;
            }

            if (symbols.Value.Host is null)
            {
                return; // No generic host in the compilation: nothing can be reported.
            }

            foreach (var node in model.SyntaxTree.GetRoot(cancellationToken).DescendantNodes())
            {
                switch (node)
                {
                    case InvocationExpressionSyntax invocation:
                        AnalyzeInvocation(model, invocation, cancellationToken);
                        break;
                    case ObjectCreationExpressionSyntax { Type: var type }:
                        if (GetName(type) is "HttpListener" or "TcpListener"
                            && model.GetTypeInfo(node, cancellationToken).Type is { ContainingNamespace.Name: "Net" or "Sockets" })
                        {
                            Interlocked.Increment(ref probes);
                        }

                        break;
                    case ClassDeclarationSyntax { BaseList: { } baseList }:
                        // A health check publisher declared in the worker (it writes the status where a probe reads it).
                        foreach (var baseType in baseList.Types)
                        {
                            if (GetName(baseType.Type) == HealthCheckPublisherName)
                            {
                                Interlocked.Increment(ref probes);
                            }
                        }

                        break;
                }
            }
        }

        private static string? GetName(SyntaxNode? syntax) => syntax switch
        {
            MemberAccessExpressionSyntax memberAccess => memberAccess.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax memberBinding => memberBinding.Name.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax name => name.Identifier.ValueText,
            _ => null,
        };

        private void AnalyzeInvocation(SemanticModel model, InvocationExpressionSyntax invocation, System.Threading.CancellationToken cancellationToken)
        {
            var name = GetName(invocation.Expression);
            switch (name)
            {
                case null:
                    return;
                case "CreateApplicationBuilder":
                case "CreateDefaultBuilder":
                case "CreateEmptyApplicationBuilder":
                    if (symbols.Value.Host is { } host
                        && model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol creation
                        && SymbolEqualityComparer.Default.Equals(creation.ContainingType, host))
                    {
                        var location = invocation.GetLocation();
                        lock (gate)
                        {
                            (builders ??= new List<Location>()).Add(location);
                        }
                    }

                    return;
                case "AddHostedService":
                    Interlocked.Increment(ref hostedServices);
                    return;

                // A web server in the process (AKS1001 looks after its endpoints) or an AksReady/ASP.NET Core probe.
                case "AddAksReadyManagementServer":
                case "MapAksReadyEndpoints":
                case "MapHealthChecks":
                case "UseHealthChecks":
                case "ConfigureWebHostDefaults":
                case "ConfigureWebHost":
                case "UseKestrel":
                case "ConfigureKestrel":
                case "MapDefaultEndpoints":
                    Interlocked.Increment(ref probes);
                    return;
            }

            if (additional.Count > 0 && additional.Contains(name))
            {
                Interlocked.Increment(ref probes);
                return;
            }

            var generic = invocation.Expression is MemberAccessExpressionSyntax { Name: GenericNameSyntax } or GenericNameSyntax;
            var fileCall = name.StartsWith("Write", StringComparison.Ordinal) || name.StartsWith("Append", StringComparison.Ordinal)
                || name.StartsWith("SetLastWriteTime", StringComparison.Ordinal) || name == "Create" || name == "Open";
            if (!generic && !fileCall)
            {
                return;
            }

            if (model.GetOperation(invocation, cancellationToken) is IInvocationOperation operation
                && ((fileCall && IsHeartbeatWrite(operation, operation.TargetMethod)) || (generic && RegistersPublisher(operation.TargetMethod))))
            {
                Interlocked.Increment(ref probes);
            }
        }

        public void OnCompilationEnd(CompilationAnalysisContext context)
        {
            List<Location>? locations;
            lock (gate)
            {
                locations = builders;
            }

            if (locations is null || Volatile.Read(ref hostedServices) == 0 || Volatile.Read(ref probes) > 0)
            {
                return;
            }

            foreach (var location in locations)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, location));
            }
        }

        /// <summary><c>services.AddSingleton&lt;IHealthCheckPublisher, FilePublisher&gt;()</c>.</summary>
        private static bool RegistersPublisher(IMethodSymbol method)
        {
            if (!method.IsGenericMethod)
            {
                return false;
            }

            foreach (var argument in method.TypeArguments)
            {
                if (argument.Name == HealthCheckPublisherName)
                {
                    return true;
                }

                foreach (var @interface in argument.AllInterfaces)
                {
                    if (@interface.Name == HealthCheckPublisherName)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// File.WriteAllText/WriteAllBytes/AppendAllText/Create/SetLastWriteTime(Utc)/Open... whose path mentions a heartbeat word:
        /// the exec-probe pattern (<c>test $(( $(date +%s) - $(stat -c %Y /tmp/healthy) )) -lt 30</c>).
        /// </summary>
        private bool IsHeartbeatWrite(IInvocationOperation invocation, IMethodSymbol method)
        {
            if (symbols.Value.File is not { } file || !SymbolEqualityComparer.Default.Equals(method.ContainingType, file) || invocation.Arguments.Length == 0)
            {
                return false;
            }

            var name = method.Name;
            if (!name.StartsWith("Write", StringComparison.Ordinal) && !name.StartsWith("Append", StringComparison.Ordinal)
                && !name.StartsWith("SetLastWriteTime", StringComparison.Ordinal) && name != "Create" && name != "Open")
            {
                return false;
            }

            var path = invocation.Arguments[0].Value.Syntax.ToString();
            foreach (var word in HeartbeatWords)
            {
                if (path.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            // A path held in a constant or field named elsewhere: look at its value.
            if (invocation.Arguments[0].Value.WalkDownConversions() is { ConstantValue: { HasValue: true, Value: string value } })
            {
                foreach (var word in HeartbeatWords)
                {
                    if (value.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }

    private sealed class Symbols
    {
        private Symbols(Compilation compilation)
        {
            Host = compilation.GetBestTypeByMetadataName(HostTypeName);
            File = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.File);
        }

        public INamedTypeSymbol? Host { get; }

        public INamedTypeSymbol? File { get; }

        public static Symbols Create(Compilation compilation) => new(compilation);
    }
}

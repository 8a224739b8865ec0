using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using AksReady.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AksReady.Analyzers.Rules;

/// <summary>
/// AKS1009: a health check (<c>IHealthCheck.CheckHealthAsync</c>, an <c>AddCheck</c>/<c>AddAsyncCheck</c> lambda) calls out
/// (HttpClient, DbConnection/DbCommand, Socket/TcpClient) with neither a cancellation token nor a timeout. Timeouts that count:
/// a non-default <c>CancellationToken</c> argument (the check's token, or a CancellationTokenSource with CancelAfter),
/// <c>HttpClient.Timeout</c> set in the compilation (for HttpClient calls), and a <c>timeout:</c> on the check's registration.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HealthCheckCallWithoutTimeoutAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        id: DiagnosticIds.HealthCheckCallWithoutTimeout,
        title: Localizable(nameof(Resources.AKS1009Title)),
        messageFormat: Localizable(nameof(Resources.AKS1009Message)),
        category: DiagnosticCategories.Reliability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS1009Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.HealthCheckCallWithoutTimeout),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    private const string CheckHealthAsyncName = "CheckHealthAsync";

    /// <summary>A tree without these words has no check body and no check registration.</summary>
    private static readonly string[] TreeWords = { CheckHealthAsyncName, "AddCheck", "AddAsyncCheck", "AddTypeActivatedCheck" };

    /// <summary>With HttpClient in the tree ("HttpClient" also matches AddHttpClient), Timeout assignments are looked for too.</summary>
    private static readonly string[] WordsWithTimeout = { CheckHealthAsyncName, "AddCheck", "AddAsyncCheck", "AddTypeActivatedCheck", "Timeout" };

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
        // One callback per syntax tree: a syntactic walk finds the few nodes that matter (CheckHealthAsync bodies, AddCheck
        // calls, "Timeout =" assignments) and only those are bound. Cheaper than an operation action on every invocation.
        // The types are resolved when a tree first names one of those nodes, not here: most compilations have none.
        var analyzerContext = new AnalyzerContext(context.Compilation);
        context.RegisterSemanticModelAction(analyzerContext.AnalyzeSemanticModel);
        context.RegisterCompilationEndAction(analyzerContext.OnCompilationEnd);
    }

    private static LocalizableResourceString Localizable(string name) => new(name, Resources.ResourceManager, typeof(Resources));

    private sealed class CallOutSymbols
    {
        private CallOutSymbols(Compilation compilation)
        {
            HealthCheck = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.IHealthCheck);
            if (HealthCheck is null)
            {
                return; // No health checks: the rule is off.
            }

            HttpClient = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.HttpClient);
            DbConnection = compilation.GetBestTypeByMetadataName("System.Data.Common.DbConnection");
            DbCommand = compilation.GetBestTypeByMetadataName("System.Data.Common.DbCommand");
            Socket = compilation.GetBestTypeByMetadataName("System.Net.Sockets.Socket");
            TcpClient = compilation.GetBestTypeByMetadataName("System.Net.Sockets.TcpClient");
            CancellationToken = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.CancellationToken);
        }

        /// <summary>False when the rule cannot apply: no IHealthCheck, no CancellationToken, or no call-out type.</summary>
        public bool Enabled => HealthCheck is not null && CancellationToken is not null
                               && (HttpClient is not null || DbConnection is not null || Socket is not null || TcpClient is not null);

        public INamedTypeSymbol? HealthCheck { get; }

        public INamedTypeSymbol? HttpClient { get; }

        public INamedTypeSymbol? DbConnection { get; }

        public INamedTypeSymbol? DbCommand { get; }

        public INamedTypeSymbol? Socket { get; }

        public INamedTypeSymbol? TcpClient { get; }

        public INamedTypeSymbol? CancellationToken { get; }

        public static CallOutSymbols Create(Compilation compilation) => new(compilation);
    }

    private sealed class Candidate
    {
        public Candidate(Location location, string call, string check, ITypeSymbol? checkType, bool isHttp)
        {
            Location = location;
            Call = call;
            Check = check;
            CheckType = checkType;
            IsHttp = isHttp;
        }

        public Location Location { get; }

        public string Call { get; }

        public string Check { get; }

        /// <summary>The IHealthCheck class (its registration may carry a timeout); null for a lambda check.</summary>
        public ITypeSymbol? CheckType { get; }

        public bool IsHttp { get; }
    }

    private sealed class AnalyzerContext
    {
        private readonly LazyCompilationValue<CallOutSymbols> lazySymbols;
        private readonly object gate = new();
        private readonly List<Candidate> candidates = new();
        private readonly HashSet<ITypeSymbol> checksWithTimeout = new(SymbolEqualityComparer.Default);
        private int httpClientTimeoutSet;

        public AnalyzerContext(Compilation compilation)
        {
            lazySymbols = new LazyCompilationValue<CallOutSymbols>(compilation, CallOutSymbols.Create);
        }

        /// <summary>Resolved on first use: only trees that name a check, a registration or a timeout get here.</summary>
        private CallOutSymbols Symbols => lazySymbols.Value;

        public void AnalyzeSemanticModel(SemanticModelAnalysisContext context)
        {
            var model = context.SemanticModel;
            var cancellationToken = context.CancellationToken;
            var tree = model.SyntaxTree;
            var text = tree.GetText(cancellationToken).ToString();
            var words = text.IndexOf("HttpClient", StringComparison.Ordinal) >= 0 ? WordsWithTimeout : TreeWords;

            // Find the words in the text and bind only the nodes they name: no walk over the whole tree.
            SyntaxNode? root = null;
            HashSet<SyntaxNode>? seen = null;
            foreach (var word in words)
            {
                for (var index = text.IndexOf(word, StringComparison.Ordinal); index >= 0; index = text.IndexOf(word, index + word.Length, StringComparison.Ordinal))
                {
                    root ??= tree.GetRoot(cancellationToken);
                    var token = root.FindToken(index);
                    if (token.ValueText != word || Target(token) is not { } node || !(seen ??= new HashSet<SyntaxNode>()).Add(node))
                    {
                        continue;
                    }

                    if (!Symbols.Enabled)
                    {
                        return;
                    }

                    AnalyzeNode(model, node, cancellationToken);
                }
            }
        }

        /// <summary>The node a word's token names: the method declaration, the invocation, or the assignment.</summary>
        private static SyntaxNode? Target(SyntaxToken token)
        {
            var parent = token.Parent;
            if (parent is MethodDeclarationSyntax method)
            {
                return method.Identifier == token ? method : null;
            }

            if (parent is not SimpleNameSyntax name)
            {
                return null;
            }

            SyntaxNode expression = name.Parent is MemberAccessExpressionSyntax memberAccess && memberAccess.Name == name ? memberAccess : name;
            return expression.Parent switch
            {
                InvocationExpressionSyntax invocation when invocation.Expression == expression => invocation,
                AssignmentExpressionSyntax assignment when assignment.Left == expression => assignment,
                _ => null,
            };
        }

        private void AnalyzeNode(SemanticModel model, SyntaxNode node, CancellationToken cancellationToken)
        {
            switch (node)
            {
                case MethodDeclarationSyntax { Identifier.ValueText: CheckHealthAsyncName } method when (method.Body ?? (SyntaxNode?)method.ExpressionBody) is { } body:
                    if (model.GetDeclaredSymbol(method, cancellationToken) is { ContainingType: { } type } && Implements(type, Symbols.HealthCheck!)
                        && model.GetOperation(body, cancellationToken) is { } operation)
                    {
                        foreach (var invocation in operation.DescendantsAndSelf())
                        {
                            if (invocation is IInvocationOperation call)
                            {
                                AnalyzeCallOut(call, type, type.Name);
                            }
                        }
                    }

                    break;
                case InvocationExpressionSyntax invocation when GetName(invocation.Expression) is "AddCheck" or "AddAsyncCheck" or "AddTypeActivatedCheck":
                    if (model.GetOperation(invocation, cancellationToken) is IInvocationOperation registration)
                    {
                        AnalyzeRegistration(registration);
                    }

                    break;
                case AssignmentExpressionSyntax assignment when Symbols.HttpClient is not null && GetName(assignment.Left) == "Timeout":
                    if (model.GetOperation(assignment, cancellationToken) is ISimpleAssignmentOperation simple)
                    {
                        AnalyzeAssignment(simple);
                    }

                    break;
            }
        }

        private static string? GetName(ExpressionSyntax expression) => expression switch
        {
            MemberAccessExpressionSyntax memberAccess => memberAccess.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax memberBinding => memberBinding.Name.Identifier.ValueText,
            SimpleNameSyntax name => name.Identifier.ValueText,
            _ => null,
        };

        private void AnalyzeRegistration(IInvocationOperation registration)
        {
            var method = registration.TargetMethod;
            if (method.Name != "AddTypeActivatedCheck" && HasTimeoutArgument(registration))
            {
                if (method.Name == "AddCheck")
                {
                    RecordRegistrationTimeout(registration, method);
                }

                return;
            }

            if (method.Name == "AddTypeActivatedCheck")
            {
                RecordRegistrationTimeout(registration, method);
                return;
            }

            if (method.ContainingType?.ContainingNamespace?.ToDisplayString() != "Microsoft.Extensions.DependencyInjection")
            {
                return;
            }

            // AddCheck("name", () => ...) / AddAsyncCheck("name", async ct => ...): the lambda is the check.
            var check = registration.GetConstantStringArgument("name") ?? method.Name;
            foreach (var argument in registration.Arguments)
            {
                if (argument.Value.WalkDownConversions() is IDelegateCreationOperation or IAnonymousFunctionOperation)
                {
                    foreach (var operation in argument.Value.DescendantsAndSelf())
                    {
                        if (operation is IInvocationOperation call)
                        {
                            AnalyzeCallOut(call, null, check);
                        }
                    }
                }
            }
        }

        private void AnalyzeCallOut(IInvocationOperation invocation, ITypeSymbol? checkType, string check)
        {
            var method = invocation.TargetMethod;
            switch (method.Name)
            {
                case "GetAsync":
                case "GetStringAsync":
                case "GetByteArrayAsync":
                case "GetStreamAsync":
                case "PostAsync":
                case "PutAsync":
                case "PatchAsync":
                case "DeleteAsync":
                case "SendAsync":
                case "Send":
                case "GetFromJsonAsync":
                case "PostAsJsonAsync":
                case "OpenAsync":
                case "Open":
                case "ExecuteNonQueryAsync":
                case "ExecuteScalarAsync":
                case "ExecuteReaderAsync":
                case "ExecuteNonQuery":
                case "ExecuteScalar":
                case "ExecuteReader":
                case "ConnectAsync":
                case "Connect":
                case "ReceiveAsync":
                    break;
                default:
                    return;
            }

            var isHttp = false;
            var receiver = method.IsExtensionMethod && method.Parameters.Length > 0 ? method.Parameters[0].Type : method.ContainingType;
            if (DerivesFrom(receiver, Symbols.HttpClient))
            {
                isHttp = true;
            }
            else if (!DerivesFrom(receiver, Symbols.DbConnection) && !DerivesFrom(receiver, Symbols.DbCommand)
                && !DerivesFrom(receiver, Symbols.Socket) && !DerivesFrom(receiver, Symbols.TcpClient))
            {
                return;
            }

            if (PassesToken(invocation))
            {
                return;
            }

            var candidate = new Candidate(invocation.Syntax.GetLocation(), method.ContainingType.Name + "." + method.Name, check, checkType, isHttp);
            lock (gate)
            {
                candidates.Add(candidate);
            }
        }

        /// <summary><c>client.Timeout = TimeSpan.FromSeconds(2)</c> (not <c>Timeout.InfiniteTimeSpan</c>).</summary>
        private void AnalyzeAssignment(ISimpleAssignmentOperation assignment)
        {
            if (assignment.Target is IPropertyReferenceOperation { Property: { Name: "Timeout" } property }
                && SymbolEqualityComparer.Default.Equals(property.ContainingType, Symbols.HttpClient)
                && !(assignment.Value.WalkDownConversions() is IFieldReferenceOperation { Field.Name: "InfiniteTimeSpan" }))
            {
                Interlocked.Exchange(ref httpClientTimeoutSet, 1);
            }
        }

        public void OnCompilationEnd(CompilationAnalysisContext context)
        {
            if (!lazySymbols.IsCreated)
            {
                return; // No tree named a check: no candidate.
            }

            var httpTimeout = Volatile.Read(ref httpClientTimeoutSet) != 0;
            lock (gate)
            {
                foreach (var candidate in candidates)
                {
                    if ((candidate.IsHttp && httpTimeout)
                        || (candidate.CheckType is not null && checksWithTimeout.Contains(candidate.CheckType)))
                    {
                        continue;
                    }

                    context.ReportDiagnostic(Diagnostic.Create(Rule, candidate.Location, candidate.Call, candidate.Check));
                }
            }
        }

        private static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
        {
            if (baseType is null)
            {
                return false;
            }

            for (var current = type; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Implements(INamedTypeSymbol type, INamedTypeSymbol @interface)
        {
            foreach (var candidate in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(candidate, @interface))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasTimeoutArgument(IInvocationOperation registration)
        {
            foreach (var argument in registration.Arguments)
            {
                if (argument.Parameter?.Name == "timeout" && argument.ArgumentKind == ArgumentKind.Explicit
                    && !IsNullOrDefault(argument.Value))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsNullOrDefault(IOperation value)
        {
            value = value.WalkDownConversions();
            return value is IDefaultValueOperation || value.ConstantValue is { HasValue: true, Value: null };
        }

        private bool PassesToken(IInvocationOperation invocation)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.ArgumentKind != ArgumentKind.Explicit
                    || !SymbolEqualityComparer.Default.Equals(argument.Parameter?.Type, Symbols.CancellationToken))
                {
                    continue;
                }

                var value = argument.Value.WalkDownConversions();
                if (value is IDefaultValueOperation || value is IPropertyReferenceOperation { Property.Name: "None" })
                {
                    return false;
                }

                return true;
            }

            return false;
        }

        private void RecordRegistrationTimeout(IInvocationOperation invocation, IMethodSymbol method)
        {
            if (!HasTimeoutArgument(invocation))
            {
                return;
            }

            ITypeSymbol? type = null;
            if (method.IsGenericMethod && method.TypeArguments.Length == 1)
            {
                type = method.TypeArguments[0];
            }
            else
            {
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter?.Name == "instance")
                    {
                        type = argument.Value.WalkDownConversions().Type;
                    }
                }
            }

            if (type is null)
            {
                return;
            }

            lock (gate)
            {
                checksWithTimeout.Add(type);
            }
        }
    }
}

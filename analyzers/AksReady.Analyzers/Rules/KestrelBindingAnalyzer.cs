using System;
using System.Collections.Immutable;
using System.Globalization;
using AksReady.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AksReady.Analyzers.Rules;

/// <summary>
/// AKS5004: Kestrel is bound to the loopback interface or to a privileged port (below 1024) through
/// <c>UseUrls</c>, <c>WebApplication.Run(url)</c>, <c>app.Urls.Add</c>, <c>ListenLocalhost</c>, <c>ListenAnyIP</c> or <c>Listen</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KestrelBindingAnalyzer : DiagnosticAnalyzer
{
    private const int FirstUnprivilegedPort = 1024;

    internal static readonly DiagnosticDescriptor LoopbackRule = new(
        id: DiagnosticIds.KestrelBinding,
        title: Localizable(nameof(Resources.AKS5004Title)),
        messageFormat: Localizable(nameof(Resources.AKS5004MessageLoopback)),
        category: DiagnosticCategories.Deployment,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS5004Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.KestrelBinding));

    internal static readonly DiagnosticDescriptor PrivilegedPortRule = new(
        id: DiagnosticIds.KestrelBinding,
        title: Localizable(nameof(Resources.AKS5004Title)),
        messageFormat: Localizable(nameof(Resources.AKS5004MessagePrivilegedPort)),
        category: DiagnosticCategories.Deployment,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS5004Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.KestrelBinding));

    private static readonly Action<CompilationStartAnalysisContext> CompilationStartAction = OnCompilationStart;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(LoopbackRule, PrivilegedPortRule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(CompilationStartAction);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var compilation = context.Compilation;
        if (TestProjectDetector.IsTestProject(compilation))
        {
            return;
        }

        // The hosting types are resolved at the first call with a matching name, not here.
        var symbols = new LazyCompilationValue<Symbols>(compilation, Symbols.Create);
        context.RegisterOperationAction(
            c =>
            {
                var invocation = (IInvocationOperation)c.Operation;
                var method = invocation.TargetMethod;
                switch (method.Name)
                {
                    case "UseUrls" or "Run" or "RunAsync" or "ListenLocalhost" or "ListenAnyIP" or "Listen":
                        break;
                    case "Add" when invocation.Instance?.WalkDownConversions() is IPropertyReferenceOperation { Property.Name: "Urls" }:
                        break;
                    default:
                        return; // Nearly every call: no symbol is resolved.
                }

                var resolved = symbols.Value;
                if (!resolved.Enabled)
                {
                    return; // Neither Kestrel nor a web host in this compilation.
                }

                var useUrls = resolved.UseUrls;
                var webApplication = resolved.WebApplication;
                var kestrelOptions = resolved.KestrelOptions;
                var ipAddress = resolved.IPAddress;
                var type = method.ContainingType;
                switch (method.Name)
                {
                    case "UseUrls" when Is(type, useUrls):
                    case "Run" or "RunAsync" when Is(type, webApplication):
                        foreach (var argument in invocation.Arguments)
                        {
                            if (argument.Parameter?.Type.SpecialType == SpecialType.System_String || argument.Parameter?.IsParams == true)
                            {
                                CheckUrls(c, argument.Value);
                            }
                        }

                        break;
                    case "Add" when invocation.Instance?.WalkDownConversions() is IPropertyReferenceOperation { Property.Name: "Urls" } urls && Is(urls.Property.ContainingType, webApplication):
                        foreach (var argument in invocation.Arguments)
                        {
                            CheckUrls(c, argument.Value);
                        }

                        break;
                    case "ListenLocalhost" when Is(type, kestrelOptions):
                        c.ReportDiagnostic(Diagnostic.Create(LoopbackRule, invocation.Syntax.GetLocation(), "ListenLocalhost"));
                        CheckPort(c, invocation, "ListenLocalhost");
                        break;
                    case "ListenAnyIP" when Is(type, kestrelOptions):
                        CheckPort(c, invocation, "ListenAnyIP");
                        break;
                    case "Listen" when Is(type, kestrelOptions):
                        foreach (var argument in invocation.Arguments)
                        {
                            if (argument.Value.WalkDownConversions() is IFieldReferenceOperation { Field.Name: "Loopback" or "IPv6Loopback" } field
                                && Is(field.Field.ContainingType, ipAddress))
                            {
                                c.ReportDiagnostic(Diagnostic.Create(LoopbackRule, argument.Syntax.GetLocation(), "IPAddress." + field.Field.Name));
                            }
                        }

                        CheckPort(c, invocation, "Listen");
                        break;
                }
            },
            OperationKind.Invocation);
    }

    private static void CheckPort(OperationAnalysisContext context, IInvocationOperation invocation, string method)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == "port" && argument.Value.WalkDownConversions().ConstantValue is { HasValue: true, Value: int port } && port is > 0 and < FirstUnprivilegedPort)
            {
                context.ReportDiagnostic(Diagnostic.Create(PrivilegedPortRule, argument.Syntax.GetLocation(), method, port.ToString(CultureInfo.InvariantCulture)));
            }
        }
    }

    private static void CheckUrls(OperationAnalysisContext context, IOperation value)
    {
        value = value.WalkDownConversions();
        if (value is IArrayCreationOperation { Initializer: { } initializer })
        {
            foreach (var element in initializer.ElementValues)
            {
                CheckUrls(context, element);
            }

            return;
        }

        if (value.ConstantValue is not { HasValue: true, Value: string urls })
        {
            return;
        }

        foreach (var url in urls.Split(';'))
        {
            if (!TryParse(url.Trim(), out var host, out var port))
            {
                continue;
            }

            if (host is "localhost" or "127.0.0.1" or "[::1]" || host.StartsWith("127.", StringComparison.Ordinal))
            {
                context.ReportDiagnostic(Diagnostic.Create(LoopbackRule, value.Syntax.GetLocation(), url.Trim()));
            }

            if (port is > 0 and < FirstUnprivilegedPort)
            {
                context.ReportDiagnostic(Diagnostic.Create(PrivilegedPortRule, value.Syntax.GetLocation(), url.Trim(), port.ToString(CultureInfo.InvariantCulture)));
            }
        }
    }

    /// <summary>Splits <c>scheme://host[:port][/path]</c>; the port defaults to 80 (http) or 443 (https).</summary>
    internal static bool TryParse(string url, out string host, out int port)
    {
        host = string.Empty;
        port = 0;
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0)
        {
            return false;
        }

        var scheme = url.Substring(0, schemeEnd).ToLowerInvariant();
        var rest = url.Substring(schemeEnd + 3);
        var slash = rest.IndexOf('/');
        var authority = slash >= 0 ? rest.Substring(0, slash) : rest;
        var portSeparator = authority.LastIndexOf(':');
        if (portSeparator >= 0 && authority.IndexOf(']', portSeparator) < 0)
        {
            host = authority.Substring(0, portSeparator).ToLowerInvariant();
            return int.TryParse(authority.Substring(portSeparator + 1), NumberStyles.None, CultureInfo.InvariantCulture, out port);
        }

        host = authority.ToLowerInvariant();
        port = scheme switch
        {
            "http" => 80,
            "https" => 443,
            _ => 0,
        };
        return host.Length > 0;
    }

    private static bool Is(INamedTypeSymbol? actual, INamedTypeSymbol? expected)
        => expected is not null && SymbolEqualityComparer.Default.Equals(actual, expected);

    private static LocalizableResourceString Localizable(string name) => new(name, Resources.ResourceManager, typeof(Resources));

    private sealed class Symbols
    {
        private Symbols(Compilation compilation)
        {
            UseUrls = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.HostingAbstractionsWebHostBuilderExtensions);
            WebApplication = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.WebApplication);
            KestrelOptions = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.KestrelServerOptions);
            if (Enabled)
            {
                IPAddress = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.IPAddress);
            }
        }

        /// <summary>False when the compilation has neither Kestrel nor a web host: the rule is off.</summary>
        public bool Enabled => UseUrls is not null || WebApplication is not null || KestrelOptions is not null;

        public INamedTypeSymbol? UseUrls { get; }

        public INamedTypeSymbol? WebApplication { get; }

        public INamedTypeSymbol? KestrelOptions { get; }

        public INamedTypeSymbol? IPAddress { get; }

        public static Symbols Create(Compilation compilation) => new(compilation);
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AksReady.Analyzers.Configuration;
using AksReady.Analyzers.Internal;
using AksReady.Analyzers.Internal.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace AksReady.Analyzers.Rules;

/// <summary>
/// AKS1007: the app maps its health endpoints on constant paths that the probes of the generated Deployment do not use.
/// AksReady.Sdk writes <c>AksReadyStartupPath</c>/<c>AksReadyLivenessPath</c>/<c>AksReadyReadinessPath</c> into the
/// manifests (and exposes them as <c>build_property.*</c>); when one of those paths is served by no mapping while a
/// mapping serves a path no probe asks for, the kubelet probes a 404. Reported at the mapping call; nothing is reported
/// when the properties are not visible (no AksReady.Sdk) or when any mapping's path is not a compile-time constant.
/// <c>MapAksReadyEndpoints()</c> serves the SDK's paths unless <c>appsettings.json</c>/<c>appsettings.Production.json</c>
/// (the files a pod reads: the generated manifests set no environment name) or an <c>AksReadyOptions</c> assignment in
/// code override them; a mismatch coming from configuration is reported at the value in the file.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ProbePathMismatchAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        id: DiagnosticIds.ProbePathMismatch,
        title: Localizable(nameof(Resources.AKS1007Title)),
        messageFormat: Localizable(nameof(Resources.AKS1007Message)),
        category: DiagnosticCategories.Reliability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS1007Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.ProbePathMismatch),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    private const string AksReadyOptionsName = "AksReadyOptions";
    private const string ConfigurationSection = "AksReady";

    /// <summary>The settings files a pod reads, base first: the generated Deployment sets no ASPNETCORE_ENVIRONMENT, so Production.</summary>
    private static readonly string[] PodSettingsFiles = { "appsettings.json", "appsettings.Production.json" };
    private const string RouteGroupBuilderName = "RouteGroupBuilder";

    private static readonly Action<CompilationStartAnalysisContext> CompilationStartAction = OnCompilationStart;

    /// <summary>The three probes, in the order the generated Deployment lists them: option property, MSBuild property.</summary>
    private static readonly ProbeKind[] Probes =
    {
        new("liveness", "LivenessPath", "AksReadyLivenessPath", "live"),
        new("readiness", "ReadinessPath", "AksReadyReadinessPath", "ready"),
        new("startup", "StartupPath", "AksReadyStartupPath", "start"),
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(CompilationStartAction);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        // Cheapest check first: without AksReady.Sdk the properties are absent or empty and there is nothing to compare.
        var global = context.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
        string?[]? declared = null;
        for (var i = 0; i < Probes.Length; i++)
        {
            if (global.TryGetValue(OptionKeys.BuildPropertyPrefix + Probes[i].BuildProperty, out var value)
                && !string.IsNullOrWhiteSpace(value))
            {
                (declared ??= new string?[Probes.Length])[i] = value.Trim();
            }
        }

        if (declared is null)
        {
            return;
        }

        var health = HealthEndpointSymbols.Create(context.Compilation);
        if (TestProjectDetector.IsTestProject(context.Compilation))
        {
            return;
        }

        var analyzerContext = new AnalyzerContext(health, declared);
        context.RegisterOperationAction(analyzerContext.AnalyzeInvocation, OperationKind.Invocation);
        context.RegisterOperationAction(analyzerContext.AnalyzeAssignment, OperationKind.SimpleAssignment);
        context.RegisterCompilationEndAction(analyzerContext.OnCompilationEnd);
    }

    private static LocalizableResourceString Localizable(string name) => new(name, Resources.ResourceManager, typeof(Resources));

    /// <summary>Normalises a route for comparison: leading '/', no trailing '/', case-insensitive (as ASP.NET Core routing).</summary>
    private static string Normalize(string path)
    {
        var trimmed = path.Trim().TrimEnd('/');
        return trimmed.Length == 0 || trimmed[0] != '/' ? "/" + trimmed : trimmed;
    }

    /// <summary>True when a mapping on <paramref name="mapped"/> answers a probe request for <paramref name="probe"/>.</summary>
    private static bool Serves(string mapped, bool prefix, string probe)
    {
        var a = Normalize(mapped);
        var b = Normalize(probe);
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // UseHealthChecks matches by path prefix, segment-wise (PathString.StartsWithSegments).
        return prefix && (a == "/" || (b.Length > a.Length && b.StartsWith(a, StringComparison.OrdinalIgnoreCase) && b[a.Length] == '/'));
    }

    private sealed class ProbeKind
    {
        public ProbeKind(string name, string optionProperty, string buildProperty, string keyword)
        {
            Name = name;
            OptionProperty = optionProperty;
            BuildProperty = buildProperty;
            Keyword = keyword;
        }

        public string Name { get; }

        public string OptionProperty { get; }

        public string BuildProperty { get; }

        public string Keyword { get; }
    }

    private sealed class Mapping
    {
        public Mapping(Location location, string path, bool prefix, int optionIndex)
        {
            Location = location;
            Path = path;
            Prefix = prefix;
            OptionIndex = optionIndex;
        }

        public Location Location { get; }

        public string Path { get; }

        public bool Prefix { get; }

        /// <summary>For MapAksReadyEndpoints with an overridden option: the probe it serves; -1 otherwise.</summary>
        public int OptionIndex { get; }
    }

    private sealed class ConfiguredPath
    {
        public ConfiguredPath(string path, Location location)
        {
            Path = path;
            Location = location;
        }

        public string Path { get; }

        public Location Location { get; }
    }

    private sealed class AnalyzerContext
    {
        private readonly HealthEndpointSymbols health;
        private readonly string?[] declared;
        private readonly object gate = new();
        private readonly List<Mapping> mappings = new();
        private readonly List<Location> aksReadyMappings = new();
        private readonly string?[] optionOverrides = new string?[Probes.Length];
        private bool unknown;

        public AnalyzerContext(HealthEndpointSymbols health, string?[] declared)
        {
            this.health = health;
            this.declared = declared;
        }

        public void AnalyzeInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var kind = health.Classify(invocation.TargetMethod);
            if (kind == HealthMappingKind.None)
            {
                return;
            }

            if (kind == HealthMappingKind.MapAksReadyEndpoints)
            {
                var location = invocation.Syntax.GetLocation();
                lock (gate)
                {
                    aksReadyMappings.Add(location);
                }

                return;
            }

            // A mapping inside a route group gets the group's prefix: not a path we can compare.
            var receiverType = invocation.GetReceiver()?.Type;
            var path = invocation.GetConstantStringArgument("pattern") ?? invocation.GetConstantStringArgument("path") ?? GetPathStringArgument(invocation);
            if (path is null || path.IndexOf('{') >= 0 || receiverType?.Name == RouteGroupBuilderName)
            {
                lock (gate)
                {
                    unknown = true;
                }

                return;
            }

            var mapping = new Mapping(invocation.Syntax.GetLocation(), path, kind == HealthMappingKind.UseHealthChecks, -1);
            lock (gate)
            {
                mappings.Add(mapping);
            }
        }

        /// <summary><c>options.LivenessPath = "/live"</c> on AksReadyOptions (AddAksReady's callback, Configure&lt;AksReadyOptions&gt;).</summary>
        public void AnalyzeAssignment(OperationAnalysisContext context)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (assignment.Target is not IPropertyReferenceOperation { Property: { } property }
                || property.ContainingType?.Name != AksReadyOptionsName)
            {
                return;
            }

            for (var i = 0; i < Probes.Length; i++)
            {
                if (property.Name == Probes[i].OptionProperty)
                {
                    var value = assignment.Value.WalkDownConversions().ConstantValue;
                    lock (gate)
                    {
                        if (value is { HasValue: true, Value: string path })
                        {
                            optionOverrides[i] = path;
                        }
                        else
                        {
                            unknown = true;
                        }
                    }

                    return;
                }
            }
        }

        public void OnCompilationEnd(CompilationAnalysisContext context)
        {
            List<Mapping> all;
            lock (gate)
            {
                if (unknown || (mappings.Count == 0 && aksReadyMappings.Count == 0))
                {
                    return;
                }

                all = new List<Mapping>(mappings);

                // MapAksReadyEndpoints serves the SDK's paths (stamped as assembly metadata), overridden by the AksReady
                // configuration section, overridden in turn by code (AddAksReady's callback runs after binding).
                var configured = aksReadyMappings.Count > 0 ? ReadConfiguredPaths(context) : null;
                foreach (var location in aksReadyMappings)
                {
                    for (var i = 0; i < Probes.Length; i++)
                    {
                        if (optionOverrides[i] is { } code)
                        {
                            all.Add(new Mapping(location, code, prefix: false, i));
                        }
                        else if (configured?[i] is { } setting)
                        {
                            all.Add(new Mapping(setting.Location, setting.Path, prefix: false, i));
                        }
                        else if (declared[i] is { } path)
                        {
                            all.Add(new Mapping(location, path, prefix: false, -1));
                        }
                    }
                }
            }

            // Probes of the generated Deployment that no mapping answers.
            var unserved = new bool[Probes.Length];
            var anyUnserved = false;
            for (var i = 0; i < Probes.Length; i++)
            {
                if (declared[i] is { } probe && !all.Exists(m => Serves(m.Path, m.Prefix, probe)))
                {
                    unserved[i] = true;
                    anyUnserved = true;
                }
            }

            if (!anyUnserved)
            {
                return;
            }

            foreach (var mapping in all)
            {
                if (IsDeclared(mapping))
                {
                    continue;
                }

                var index = Suggest(mapping, unserved);
                var probe = Probes[index];
                context.ReportDiagnostic(Diagnostic.Create(
                    Rule,
                    mapping.Location,
                    Normalize(mapping.Path),
                    probe.Name,
                    declared[index],
                    probe.BuildProperty));
            }
        }

        /// <summary>
        /// <c>AksReady:LivenessPath</c> (and the other two) in the settings files a pod reads; the Production file wins
        /// over the base file, as configuration layering does. Keys compare case-insensitively, like .NET configuration.
        /// </summary>
        private static ConfiguredPath?[]? ReadConfiguredPaths(CompilationAnalysisContext context)
        {
            ConfiguredPath?[]? result = null;
            foreach (var fileName in PodSettingsFiles)
            {
                foreach (var file in context.Options.AdditionalFiles)
                {
                    if (!string.Equals(FileGlob.FileName(file.Path), fileName, StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    var sourceText = file.GetText(context.CancellationToken);
                    var text = sourceText?.ToString();
                    if (sourceText is null || text is null || text.IndexOf(ConfigurationSection, StringComparison.OrdinalIgnoreCase) < 0)
                    {
                        continue;
                    }

                    List<ConfigurationValue> values;
                    try
                    {
                        values = JsonValueScanner.Scan(text);
                    }
                    catch (Exception ex) when (ex is ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
                    {
                        continue;
                    }

                    foreach (var value in values)
                    {
                        var index = ConfiguredProbeIndex(value.KeyPath);
                        if (index >= 0 && !string.IsNullOrWhiteSpace(value.Value))
                        {
                            var span = new TextSpan(value.Start, value.Length);
                            var location = Location.Create(file.Path, span, sourceText.Lines.GetLinePositionSpan(span));
                            (result ??= new ConfiguredPath?[Probes.Length])[index] = new ConfiguredPath(value.Value.Trim(), location);
                        }
                    }
                }
            }

            return result;
        }

        private static int ConfiguredProbeIndex(string keyPath)
        {
            if (keyPath.Length <= ConfigurationSection.Length
                || keyPath[ConfigurationSection.Length] != ':'
                || !keyPath.StartsWith(ConfigurationSection, StringComparison.OrdinalIgnoreCase))
            {
                return -1;
            }

            for (var i = 0; i < Probes.Length; i++)
            {
                var property = Probes[i].OptionProperty;
                if (keyPath.Length == ConfigurationSection.Length + 1 + property.Length
                    && string.Compare(keyPath, ConfigurationSection.Length + 1, property, 0, property.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return i;
                }
            }

            return -1;
        }

        private static string? GetPathStringArgument(IInvocationOperation invocation)
        {
            // UseHealthChecks(new PathString("/health")).
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Name == "path"
                    && argument.Value.WalkDownConversions() is IObjectCreationOperation { Arguments: { Length: 1 } arguments }
                    && arguments[0].Value.WalkDownConversions().ConstantValue is { HasValue: true, Value: string value })
                {
                    return value;
                }
            }

            return null;
        }

        private bool IsDeclared(Mapping mapping)
        {
            foreach (var probe in declared)
            {
                if (probe is not null && Serves(mapping.Path, mapping.Prefix, probe))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The probe whose property should name this path: the overridden option, a keyword match, or the first unserved probe.</summary>
        private int Suggest(Mapping mapping, bool[] unserved)
        {
            if (mapping.OptionIndex >= 0)
            {
                return mapping.OptionIndex;
            }

            var first = -1;
            for (var i = 0; i < Probes.Length; i++)
            {
                if (!unserved[i])
                {
                    continue;
                }

                if (mapping.Path.IndexOf(Probes[i].Keyword, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return i;
                }

                if (first < 0)
                {
                    first = i;
                }
            }

            return first < 0 ? 0 : first;
        }
    }
}

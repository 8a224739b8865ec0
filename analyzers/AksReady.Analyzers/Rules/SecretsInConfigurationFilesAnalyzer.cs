using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AksReady.Analyzers.Configuration;
using AksReady.Analyzers.Internal.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AksReady.Analyzers.Rules;

/// <summary>
/// AKS2003: a configuration file passed as an AdditionalFile (<c>appsettings*.json</c>, <c>launchSettings.json</c>,
/// <c>*.yaml</c>/<c>*.yml</c>) holds a credential: a value under a secret-like key, or a value that matches a token
/// format. Reported at the line and column of the value. <c>appsettings.Development.json</c> is skipped by default.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SecretsInConfigurationFilesAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        id: DiagnosticIds.SecretsInConfigurationFiles,
        title: Localizable(nameof(Resources.AKS2003Title)),
        messageFormat: Localizable(nameof(Resources.AKS2003Message)),
        category: DiagnosticCategories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS2003Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.SecretsInConfigurationFiles));

    private const string SecretLikeKeyDescription = "a hard-coded credential";

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
        // Bail out before anything else when the project passes no configuration file.
        var hasCandidate = false;
        foreach (var file in context.Options.AdditionalFiles)
        {
            if (GetKind(FileGlob.FileName(file.Path)) != FileKind.None)
            {
                hasCandidate = true;
                break;
            }
        }

        if (!hasCandidate)
        {
            return;
        }

        var scope = new SecretsAnalysisScope(context.Compilation, context.Options);
        if (!scope.MayAnalyzeAnything(context.Compilation, context.Options))
        {
            return;
        }

        var analyzerContext = new AnalyzerContext(scope);
        context.RegisterAdditionalFileAction(analyzerContext.AnalyzeFile);
    }

    private static LocalizableResourceString Localizable(string name) => new(name, Resources.ResourceManager, typeof(Resources));

    private enum FileKind
    {
        None,
        Json,
        Yaml,
    }

    private static FileKind GetKind(string fileName)
    {
        if (fileName.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        {
            return FileKind.Yaml;
        }

        if (fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            && (fileName.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) || string.Equals(fileName, "launchSettings.json", StringComparison.OrdinalIgnoreCase)))
        {
            return FileKind.Json;
        }

        return FileKind.None;
    }

    private static bool IsDevelopmentSettings(string fileName)
        => fileName.StartsWith("appsettings.Development.", StringComparison.OrdinalIgnoreCase);

    private sealed class AnalyzerContext
    {
        private readonly SecretsAnalysisScope scope;

        public AnalyzerContext(SecretsAnalysisScope scope)
        {
            this.scope = scope;
        }

        public void AnalyzeFile(AdditionalFileAnalysisContext context)
        {
            var file = context.AdditionalFile;
            var fileName = FileGlob.FileName(file.Path);
            var kind = GetKind(fileName);
            if (kind == FileKind.None || IsExcluded(context, file, fileName))
            {
                return;
            }

            var settings = scope.GetSettings(file);
            if (!settings.Analyze)
            {
                return;
            }

            var sourceText = file.GetText(context.CancellationToken);
            if (sourceText is null || sourceText.Length == 0)
            {
                return;
            }

            var text = sourceText.ToString();
            List<ConfigurationValue> values;
            try
            {
                values = kind == FileKind.Json ? JsonValueScanner.Scan(text) : YamlValueScanner.Scan(text);
            }
            catch (Exception ex) when (ex is ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
            {
                return;
            }

            foreach (var value in values)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                string? description = null;
                if (SecretDetector.TryFind(value.Value, out var match))
                {
                    description = match.Format.Description;
                }
                else if (IsSecretUnderSecretKey(value, settings.AdditionalWords))
                {
                    description = SecretLikeKeyDescription;
                }

                if (description is null)
                {
                    continue;
                }

                var span = new TextSpan(value.Start, value.Length);
                var location = Location.Create(file.Path, span, sourceText.Lines.GetLinePositionSpan(span));
                context.ReportDiagnostic(Diagnostic.Create(Rule, location, value.KeyPath, fileName, description));
            }
        }

        private static bool IsSecretUnderSecretKey(ConfigurationValue value, string[]? additionalWords)
        {
            if (string.Equals(value.Key, "UserSecretsId", StringComparison.OrdinalIgnoreCase)
                || !SecretNames.IsSecretLikeConfigurationKey(value.Key, additionalWords, out var words))
            {
                return false;
            }

            // A multi-line block (certificates, scripts) under a secret key is only reported when a format matched above.
            return value.Value.IndexOf('\n') < 0 && SecretValues.IsLikelySecretValue(value.Value, words);
        }

        private bool IsExcluded(AdditionalFileAnalysisContext context, AdditionalText file, string fileName)
        {
            var provider = context.Options.AnalyzerConfigOptionsProvider;
            var options = provider.GetOptions(file);
            if (IsDevelopmentSettings(fileName) && !SecretsOptions.GetBool(options, provider.GlobalOptions, OptionKeys.IncludeDevelopmentSettings))
            {
                return true;
            }

            var globs = scope.Options.GetList(options, provider.GlobalOptions, OptionKeys.SecretsExcludedFiles);
            if (globs is null)
            {
                return false;
            }

            var normalizedPath = file.Path.Replace('\\', '/');
            foreach (var glob in globs)
            {
                if (FileGlob.IsMatch(glob, normalizedPath, fileName))
                {
                    return true;
                }
            }

            return false;
        }
    }
}

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
/// <c>*.yaml</c>/<c>*.yml</c>, Kubernetes JSON manifests, other JSON files named by <c>AKS2003.json_files</c>) holds a credential: a value under a secret-like key, or a value that matches a token
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

    private const string QueryCredentialDescription = "a credential in a URL query string";

    private static readonly Action<CompilationStartAnalysisContext> CompilationStartAction = OnCompilationStart;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule, EmptyDatabasePasswordAnalyzer.Rule);

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

        /// <summary>Another <c>*.json</c> file: configuration when <c>AKS2003.json_files</c> names it or it is a Kubernetes manifest.</summary>
        OtherJson,
    }

    /// <summary>How much of another JSON file is read to tell a Kubernetes manifest (<c>"apiVersion"</c> and <c>"kind"</c>) from other JSON.</summary>
    private const int ManifestSniffLength = 4096;

    private static FileKind GetKind(string fileName)
    {
        if (fileName.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        {
            return FileKind.Yaml;
        }

        if (fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return fileName.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) || string.Equals(fileName, "launchSettings.json", StringComparison.OrdinalIgnoreCase)
                || string.Equals(fileName, "local.settings.json", StringComparison.OrdinalIgnoreCase) || string.Equals(fileName, "secrets.json", StringComparison.OrdinalIgnoreCase)
                || IsSettingsNamed(fileName)
                ? FileKind.Json
                : FileKind.OtherJson;
        }

        return FileKind.None;
    }

    /// <summary>
    /// A settings file a service loads with <c>AddJsonFile</c> under its own name: <c>smtpSettings.json</c>,
    /// <c>jwtTokenSettings.json</c>, <c>hostsettings.json</c>, <c>DataSetting.json</c>, <c>appConfig.json</c>,
    /// <c>dbconfig.Production.json</c> (real-code samples 10 and 11 held credentials in such files). Not the tools' own
    /// files that share the words: <c>tsconfig.json</c>, <c>jsconfig.json</c>, <c>bundleconfig.json</c>,
    /// <c>compilerconfig.json</c>, <c>*.runtimeconfig.json</c>, <c>runtimeconfig.template.json</c>, VS Code's
    /// <c>.vscode/settings.json</c> (a bare <c>settings.json</c>). A plain <c>config.json</c> is read.
    /// </summary>
    private static bool IsSettingsNamed(string fileName)
    {
        var first = FirstNamePart(fileName);
        return first.Length > 0 && !string.Equals(first, "settings", StringComparison.OrdinalIgnoreCase) && !IsToolFile(fileName)
            && (first.EndsWith("settings", StringComparison.OrdinalIgnoreCase) || first.EndsWith("setting", StringComparison.OrdinalIgnoreCase)
                || first.EndsWith("config", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The part of a <c>.json</c> file's name before its first dot: <c>smtpSettings</c> of <c>smtpSettings.Production.json</c>.</summary>
    private static string FirstNamePart(string fileName)
    {
        var stem = fileName.Substring(0, fileName.Length - ".json".Length);
        var dot = stem.IndexOf('.');
        return dot < 0 ? stem : stem.Substring(0, dot);
    }

    /// <summary>
    /// A JSON file in a folder that holds a service's settings split by concern: <c>Configurations/database.json</c>,
    /// <c>mail.json</c>, <c>security.json</c> (the layout of the fullstackhero Web API template, real-code sample 12),
    /// <c>Config/</c>, <c>Configs/</c>, <c>Settings/</c>. Not the tools' files that such a folder may also hold.
    /// </summary>
    private static bool IsInSettingsFolder(string path, string fileName)
    {
        var end = path.Length - fileName.Length - 1;
        if (end <= 0 || IsToolFile(fileName))
        {
            return false;
        }

        var start = end - 1;
        while (start >= 0 && path[start] is not ('/' or '\\'))
        {
            start--;
        }

        var folder = path.Substring(start + 1, end - start - 1);
        foreach (var name in SettingsFolders)
        {
            if (string.Equals(folder, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>JSON files of build and editor tools: never a service's settings, whatever folder they sit in.</summary>
    private static bool IsToolFile(string fileName)
    {
        var stem = fileName.Substring(0, fileName.Length - ".json".Length);
        if (stem.EndsWith(".deps", StringComparison.OrdinalIgnoreCase) || stem.EndsWith(".schema", StringComparison.OrdinalIgnoreCase)
            || stem.IndexOf(".runtimeconfig", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return true;
        }

        var first = FirstNamePart(fileName);
        foreach (var tool in ToolFiles)
        {
            if (string.Equals(first, tool, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ToolFiles = { "tsconfig", "jsconfig", "bundleconfig", "compilerconfig", "nuget", "dotnet-tools", "devcontainer", "runtimeconfig", "package", "package-lock", "global", "launch", "tasks", "extensions", "manifest", "angular", "tslint", "stylecop", "omnisharp", "libman", "xunit", "nswag", "openapi", "swagger" };

    private static readonly string[] SettingsFolders = { "Configurations", "Configuration", "Config", "Configs", "Settings" };


    /// <summary>
    /// A JSON object whose start (the first 4 KB) names both <c>"apiVersion"</c> and <c>"kind"</c> (<c>kubectl ... -o json</c>,
    /// a JSON manifest), or is a credential file a tool writes: <c>"private_key"</c>, <c>"client_secret"</c> or
    /// <c>"refresh_token"</c> (a GCP service-account key, OAuth client-secrets and authorized-user files), whatever its name.
    /// </summary>
    private static bool IsKubernetesManifestOrCredentialFile(SourceText text)
    {
        var head = text.ToString(new TextSpan(0, Math.Min(text.Length, ManifestSniffLength)));
        if (!head.TrimStart().StartsWith("{", StringComparison.Ordinal))
        {
            return false;
        }

        return (head.IndexOf("\"apiVersion\"", StringComparison.Ordinal) >= 0 && head.IndexOf("\"kind\"", StringComparison.Ordinal) >= 0)
            || head.IndexOf("\"private_key\"", StringComparison.Ordinal) >= 0
            || head.IndexOf("\"client_secret\"", StringComparison.Ordinal) >= 0
            || head.IndexOf("\"refresh_token\"", StringComparison.Ordinal) >= 0;
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
            if (kind == FileKind.OtherJson && IsInSettingsFolder(file.Path, fileName))
            {
                kind = FileKind.Json;
            }

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

            if (kind == FileKind.OtherJson)
            {
                if (!IsListed(context, file, fileName, OptionKeys.SecretsJsonFiles) && !IsKubernetesManifestOrCredentialFile(sourceText))
                {
                    return;
                }

                kind = FileKind.Json;
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

            var secretDocuments = KubernetesSecrets.FindSecretDocuments(text, values, multipleDocuments: kind == FileKind.Yaml);
            foreach (var value in values)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (IsEncryptedOrEncryptionMetadata(value)
                    || (secretDocuments is not null && KubernetesSecrets.IsPlaceholderData(value, secretDocuments, settings.ReportWeakValues)))
                {
                    continue;
                }

                if (kind == FileKind.Yaml && IsEmbeddedJson(value))
                {
                    ReportEmbeddedJson(context, file, sourceText, fileName, value, settings);
                    continue;
                }

                var description = Describe(value, settings, secretDocuments, out var match);
                var inBlock = match is { Format.SpansLines: false } ? LineInBlockScalar(sourceText, value, match.Value.Start) : null;
                if (description is null)
                {
                    // AKS2004: a connection string under ConnectionStrings (or a key named like one) with an empty password.
                    if (value.Value.IndexOf('=') > 0 && IsConnectionStringKey(value) && EmptyDatabasePassword.HasEmptyPassword(value.Value))
                    {
                        var emptySpan = new TextSpan(value.Start, value.Length);
                        context.ReportDiagnostic(Diagnostic.Create(
                            EmptyDatabasePasswordAnalyzer.Rule,
                            Location.Create(file.Path, emptySpan, sourceText.Lines.GetLinePositionSpan(emptySpan)),
                            $"'{value.KeyPath}' in {fileName}"));
                    }

                    continue;
                }

                var span = inBlock ?? new TextSpan(value.Start, value.Length);
                var location = Location.Create(file.Path, span, sourceText.Lines.GetLinePositionSpan(span));
                context.ReportDiagnostic(Diagnostic.Create(Rule, location, value.KeyPath, fileName, description));
            }
        }

        /// <summary>
        /// Why a configuration value holds a credential (the diagnostic's description), or null: a credential format, a
        /// secret-like key (or a Kubernetes Secret's data), a vendor's value shape, a credential in a URL query, or under
        /// <c>report_weak_values</c> a weak credential string. <paramref name="match"/> is the format match, if one decided.
        /// </summary>
        private static string? Describe(ConfigurationValue value, SecretsAnalysisScope.TreeSettings settings, KubernetesSecrets.SecretDocuments? secretDocuments, out SecretMatch? match)
        {
            match = null;
            if (SecretDetector.TryFind(value.Value, out var found))
            {
                match = found;
                return found.Format.Description;
            }

            if (IsSecretUnderSecretKey(value, settings.AdditionalWords, settings.ReportWeakValues)
                || (secretDocuments is not null && KubernetesSecrets.IsSecretDataValue(value, secretDocuments)))
            {
                return SecretLikeKeyDescription;
            }

            if (VendorValueShape.MayBeVendorValue(value.Value) && VendorValueShape.TryMatch(ParameterName(value) ?? value.KeyPath, value.Value, out var vendorShape))
            {
                return vendorShape!.Description;
            }

            if (HasCredentialInQuery(value.Value))
            {
                return QueryCredentialDescription;
            }

            return settings.ReportWeakValues && WeakStringCredentials.TryFind(value.Value, out var weakFormat) ? weakFormat!.Description : null;
        }

        /// <summary>
        /// A YAML block scalar that holds a JSON file: a ConfigMap's or Secret's <c>appsettings.json: |</c>, the way .NET
        /// services mount their settings on Kubernetes. Its properties are judged one by one, as in an appsettings file.
        /// </summary>
        private static bool IsEmbeddedJson(ConfigurationValue value)
        {
            var text = value.Value;
            var newline = text.IndexOf('\n');
            if (newline < 0)
            {
                return false;
            }

            var first = text.TrimStart();
            return first.Length > 0 && first[0] is '{' or '['
                && (value.Key.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || text.TrimEnd()[text.TrimEnd().Length - 1] is '}' or ']');
        }

        /// <summary>
        /// Judges the properties of an embedded JSON file (<see cref="IsEmbeddedJson"/>) as AKS2003 judges an appsettings
        /// file's, each reported on its own source line under the key path <c>outer:key:inner:key</c>.
        /// </summary>
        private static void ReportEmbeddedJson(AdditionalFileAnalysisContext context, AdditionalText file, SourceText sourceText, string fileName, ConfigurationValue block, SecretsAnalysisScope.TreeSettings settings)
        {
            List<ConfigurationValue> inner;
            try
            {
                inner = JsonValueScanner.Scan(block.Value);
            }
            catch (Exception ex) when (ex is ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
            {
                return;
            }

            foreach (var nested in inner)
            {
                var value = new ConfigurationValue(block.KeyPath + ":" + nested.KeyPath, nested.Key, nested.Value, nested.Start, nested.Length);
                var description = Describe(value, settings, secretDocuments: null, out var match);
                var offset = nested.Start + (match?.Start ?? 0);
                if (description is null)
                {
                    continue;
                }

                var span = LineInBlockScalar(sourceText, block, offset) ?? new TextSpan(block.Start, block.Length);
                context.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(file.Path, span, sourceText.Lines.GetLinePositionSpan(span)), value.KeyPath, fileName, description));
            }
        }

        /// <summary>
        /// For a YAML block scalar (the value's lines, indentation removed, joined by line breaks; located at its first line), the
        /// source line that holds the character at <paramref name="offset"/> of the value: a password on the fifth line of a
        /// ConfigMap's <c>application.properties: |</c> is reported there, not on the block's first line. Null for any other
        /// value (one line, a JSON string with escapes, a folded quoted scalar), which keeps its own location.
        /// </summary>
        private static TextSpan? LineInBlockScalar(SourceText text, ConfigurationValue value, int offset)
        {
            var firstBreak = value.Value.IndexOf('\n');
            if (firstBreak < 0 || offset <= firstBreak || value.Start + value.Length > text.Length)
            {
                return null;
            }

            // The value must start with its located first line, exactly: only then are its lines the source's lines.
            var first = text.Lines.GetLineFromPosition(value.Start);
            var firstContent = value.Value.Substring(0, firstBreak).TrimEnd('\r');
            if (value.Length != firstContent.Length || text.ToString(new TextSpan(value.Start, value.Length)) != firstContent)
            {
                return null;
            }

            // Which line of the value holds the offset, and where in that line.
            var lineIndex = 0;
            var lineStart = 0;
            for (var i = value.Value.IndexOf('\n'); i >= 0 && i < offset; i = value.Value.IndexOf('\n', i + 1))
            {
                lineIndex++;
                lineStart = i + 1;
            }

            // The block skips blank lines: walk the source's non-blank lines after the first.
            var lineNumber = first.LineNumber;
            for (var seen = 0; seen < lineIndex;)
            {
                if (++lineNumber >= text.Lines.Count)
                {
                    return null;
                }

                if (!string.IsNullOrWhiteSpace(text.ToString(text.Lines[lineNumber].Span)))
                {
                    seen++;
                }
            }

            var line = text.Lines[lineNumber];
            var content = text.ToString(line.Span);
            var indent = content.Length - content.TrimStart(' ').Length;
            var lineEnd = value.Value.IndexOf('\n', lineStart);
            var valueLine = value.Value.Substring(lineStart, (lineEnd < 0 ? value.Value.Length : lineEnd) - lineStart).TrimEnd('\r');
            return string.CompareOrdinal(content, indent, valueLine, 0, valueLine.Length) == 0 && indent + valueLine.Length <= content.Length
                ? new TextSpan(line.Start + indent, valueLine.Length)
                : null;
        }

        private static readonly string[] JwtKeyWords = { "jwt", "signing", "key" };

        /// <summary>
        /// <c>Key</c> or <c>SigningKey</c> under a section whose name starts with <c>Jwt</c> (<c>Jwt</c>, <c>JwtSettings</c>,
        /// <c>JwtSetting</c>, <c>JwtOptions</c>): the HMAC key tokens are signed with.
        /// </summary>
        private static bool IsJwtSectionKey(ConfigurationValue value, string key)
        {
            if (!string.Equals(key, "Key", StringComparison.OrdinalIgnoreCase) && !string.Equals(key, "SigningKey", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var path = value.KeyPath;
            for (int start = 0, end; start < path.Length; start = end + 1)
            {
                end = path.IndexOf(':', start);
                if (end < 0)
                {
                    return false; // the last segment is the key itself
                }

                if (end - start >= 3 && string.Compare(path, start, "jwt", 0, 3, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><c>ConnectionStrings:Default</c>, <c>Database:ConnectionString</c>, a Kubernetes env entry <c>ConnectionStrings__Default</c>.</summary>
        private static bool IsConnectionStringKey(ConfigurationValue value)
            => value.HasParent("ConnectionStrings", StringComparison.OrdinalIgnoreCase) || value.Key.StartsWith("ConnectionStrings__", StringComparison.OrdinalIgnoreCase)
               || EmptyDatabasePasswordAnalyzer.IsConnectionStringName(value.Key);

        private static bool IsSecretUnderSecretKey(ConfigurationValue value, string[]? additionalWords, bool reportWeakValues)
        {
            if (IsIntrinsicFunction(value.Value))
            {
                return false;
            }

            var key = ParameterName(value) ?? value.Key;
            if (string.Equals(key, "UserSecretsId", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            // A multi-line block (certificates, scripts) under a secret key is only reported when a format matched above; a
            // block scalar (| or >) holding one line is that line, and one holding a single token wrapped over several lines
            // (a session token or base64 key folded at 64 or 76 characters) is that token.
            var text = value.Value;
            if (!IsSingleLine(text)
                && (!(SecretNames.MayBeSecretName(key, additionalWords) || SecretNames.EndsWithAuth(key) || SecretNames.EndsWithAuthorization(key))
                    || !TryJoinWrappedToken(text, out text)))
            {
                return false;
            }

            // "Jwt": { "Key": "..." }: the signing key of the JWT section every ASP.NET tutorial writes; a bare "Key" is a
            // lookup key elsewhere.
            if (IsJwtSectionKey(value, key))
            {
                return SecretValues.IsLikelySecretValue(text, JwtKeyWords, reportWeakValues);
            }

            // A GitHub Actions job's "permissions: id-token: write" grants a scope; it holds no token.
            if (SecretNames.IsSecretLikeConfigurationKey(key, additionalWords, out var words) && !value.HasParent("permissions"))
            {
                return SecretValues.IsLikelySecretValue(text, words, reportWeakValues);
            }

            // "auth" (docker config "auth", proxyAuth), "Authorization" and plain "...Key" keys: as AKS2001 judges those names.
            return SecretValues.IsCredentialUnderName(key, text, nameIsSecretLike: false, null, reportWeakValues);
        }

        /// <summary>
        /// A block of two or more lines, each one run of base64/token characters without blanks, every line but the last of the
        /// same length (how tools wrap a long token): the lines joined. Scripts, certificates with headers and prose are not.
        /// </summary>
        private static bool TryJoinWrappedToken(string value, out string joined)
        {
            joined = string.Empty;
            if (value.IndexOf(' ') >= 0 || value.IndexOf('\t') >= 0)
            {
                return false; // words, a script, a certificate header: a blank inside a line (indentation is already removed)
            }

            var lines = value.Split(new[] { '\n' }, StringSplitOptions.RemoveEmptyEntries);
            var count = 0;
            var width = -1;
            var builder = new System.Text.StringBuilder(value.Length);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (line.Length == 0)
                {
                    continue;
                }

                foreach (var c in line)
                {
                    if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '+' or '/' or '=' or '-' or '_' or '.'))
                    {
                        return false;
                    }
                }

                if (count > 0 && line.Length != width && i < lines.Length - 1)
                {
                    return false;
                }

                if (count == 0)
                {
                    width = line.Length;
                }
                else if (line.Length > width)
                {
                    return false;
                }

                count++;
                builder.Append(line);
            }

            if (count < 2 || width < 16)
            {
                return false;
            }

            joined = builder.ToString();
            return true;
        }

        /// <summary>No line break, or only trailing ones (the text of a one-line YAML block scalar).</summary>
        private static bool IsSingleLine(string value)
        {
            var newline = value.IndexOf('\n');
            if (newline < 0)
            {
                return true;
            }

            for (var i = newline; i < value.Length; i++)
            {
                if (!char.IsWhiteSpace(value[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Ciphertext and its metadata, not secrets: a SOPS-encrypted value (<c>ENC[AES256_GCM,data:...,type:str]</c>), the
        /// <c>sops:</c> metadata block of a SOPS file, and the values under a sealed secret's <c>encryptedData:</c>.
        /// (Ansible <c>!vault |</c> values are tagged scalars, which the YAML reader skips.)
        /// </summary>
        private static bool IsEncryptedOrEncryptionMetadata(ConfigurationValue value)
        {
            var text = value.Value;
            if (text.Length > 5 && text[text.Length - 1] == ']' && text.StartsWith("ENC[", StringComparison.Ordinal))
            {
                return true;
            }

            return value.IsUnderRoot("sops") || value.HasParent("encryptedData");
        }

        private static readonly string[] IntrinsicFunctionTags =
        {
            "!Ref ", "!GetAtt ", "!Sub ", "!ImportValue ", "!FindInMap ", "!Join ", "!Select ", "!If ", "!Base64 ", "!GetAZs ",
        };

        /// <summary>
        /// A CloudFormation short-form function written as a string (<c>"!Ref 'DbPassword'"</c>, <c>"!Sub '${Secret}'"</c>, as
        /// JSON or a quoted YAML scalar): a reference resolved at deployment, not a value. (Unquoted YAML tags are skipped by the scanner.)
        /// </summary>
        private static bool IsIntrinsicFunction(string value)
        {
            if (value.Length < 6 || value[0] != '!')
            {
                return false;
            }

            foreach (var tag in IntrinsicFunctionTags)
            {
                if (value.Length > tag.Length && string.CompareOrdinal(value, 0, tag, 0, tag.Length) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The parameter a template default belongs to: <c>Parameters:DbPassword:Default</c> (CloudFormation) and
        /// <c>parameters:adminPassword:defaultValue</c> (ARM) hold the value of <c>DbPassword</c>/<c>adminPassword</c>
        /// whenever the deployment does not pass one, so the default is judged under the parameter's name. Null otherwise.
        /// </summary>
        private static string? ParameterName(ConfigurationValue value)
        {
            if (!string.Equals(value.Key, "Default", StringComparison.OrdinalIgnoreCase)
                && !string.Equals(value.Key, "defaultValue", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var path = value.KeyPath;
            var last = path.LastIndexOf(':');
            var previous = last > 0 ? path.LastIndexOf(':', last - 1) : -1;
            if (previous <= 0)
            {
                return null;
            }

            var grandparent = path.LastIndexOf(':', previous - 1) + 1;
            const string Parameters = "Parameters";
            return previous - grandparent == Parameters.Length
                   && string.Compare(path, grandparent, Parameters, 0, Parameters.Length, StringComparison.OrdinalIgnoreCase) == 0
                ? path.Substring(previous + 1, last - previous - 1)
                : null;
        }

        /// <summary>
        /// A URL whose query string carries a password, secret or token (<c>jdbc:mysql://db/app?user=app&amp;password=x</c>,
        /// <c>https://host/feed?access_token=x</c>) under any key: the value is judged like one stored under that parameter's name.
        /// </summary>
        private static bool HasCredentialInQuery(string value)
        {
            var scheme = value.IndexOf("://", StringComparison.Ordinal);
            var query = scheme > 0 ? value.IndexOf('?', scheme + 3) : -1;
            if (query < 0)
            {
                return false;
            }

            var i = query + 1;
            while (i < value.Length)
            {
                var end = i;
                while (end < value.Length && value[end] is not ('&' or ';' or '#'))
                {
                    end++;
                }

                var equals = value.IndexOf('=', i, end - i);
                if (equals > i && equals + 1 < end)
                {
                    var nameWords = QueryParameterWords(value, i, equals);
                    if (nameWords is not null
                        && SecretValues.IsLikelySecretValue(Uri.UnescapeDataString(value.Substring(equals + 1, end - equals - 1)), nameWords))
                    {
                        return true;
                    }
                }

                if (end >= value.Length || value[end] == '#')
                {
                    break;
                }

                i = end + 1;
            }

            return false;
        }

        private static readonly string[] PasswordWords = { "password" };
        private static readonly string[] TokenWords = { "token" };
        private static readonly string[] PasswordParameterSuffixes = { "pass", "password", "passwd", "pwd" };
        private static readonly string[] TokenParameterSuffixes = { "secret", "token", "apikey", "api_key", "api-key" };

        /// <summary>A query parameter name ending in pass/password/passwd/pwd (→ password) or secret/token/apikey/api_key (→ token); else null.</summary>
        private static string[]? QueryParameterWords(string value, int start, int end)
        {
            foreach (var suffix in PasswordParameterSuffixes)
            {
                if (EndsWithIgnoreCase(value, start, end, suffix))
                {
                    return PasswordWords;
                }
            }

            foreach (var suffix in TokenParameterSuffixes)
            {
                if (EndsWithIgnoreCase(value, start, end, suffix))
                {
                    return TokenWords;
                }
            }

            return null;
        }

        private static bool EndsWithIgnoreCase(string value, int start, int end, string suffix)
            => end - start >= suffix.Length && string.Compare(value, end - suffix.Length, suffix, 0, suffix.Length, StringComparison.OrdinalIgnoreCase) == 0;

        private bool IsExcluded(AdditionalFileAnalysisContext context, AdditionalText file, string fileName)
        {
            if (IsDevelopmentSettings(fileName))
            {
                var provider = context.Options.AnalyzerConfigOptionsProvider;
                if (!SecretsOptions.GetBool(provider.GetOptions(file), provider.GlobalOptions, OptionKeys.IncludeDevelopmentSettings))
                {
                    return true;
                }
            }

            return IsListed(context, file, fileName, OptionKeys.SecretsExcludedFiles);
        }

        /// <summary>Whether a glob of the option (a comma-separated list) matches the file.</summary>
        private bool IsListed(AdditionalFileAnalysisContext context, AdditionalText file, string fileName, string optionKey)
        {
            var provider = context.Options.AnalyzerConfigOptionsProvider;
            var globs = scope.Options.GetList(provider.GetOptions(file), provider.GlobalOptions, optionKey);
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

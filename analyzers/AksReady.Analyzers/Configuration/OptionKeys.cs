namespace AksReady.Analyzers.Configuration;

/// <summary>.editorconfig keys read by the rules (<c>dotnet_code_quality.{RuleId}.{option}</c>) and MSBuild properties.</summary>
internal static class OptionKeys
{
    /// <summary>
    /// AKS1001/AKS1002: comma-separated names of methods (in other assemblies) that map health endpoints,
    /// e.g. a shared <c>MapServiceEndpoints</c>. Calls to them count as mapping health endpoints.
    /// </summary>
    public const string AdditionalHealthEndpointMethods = "dotnet_code_quality.AKS1001.additional_health_endpoint_methods";

    /// <summary>
    /// AKS1005: comma-separated names of further <c>IHealthChecksBuilder</c> extension methods that check an external
    /// dependency (added to the built-in list: AddSqlServer, AddNpgSql, AddRedis, AddUrlGroup, ...).
    /// </summary>
    public const string AdditionalDependencyCheckMethods = "dotnet_code_quality.AKS1005.additional_dependency_check_methods";

    /// <summary>
    /// AKS1008: comma-separated names of methods that give a worker a probe (e.g. a shared <c>AddProbeListener</c>);
    /// a call to one of them counts like <c>AddAksReadyManagementServer()</c>.
    /// </summary>
    public const string AdditionalProbeMethods = "dotnet_code_quality.AKS1008.additional_probe_methods";

    /// <summary>
    /// AKS3005: comma-separated further words that mark a logged value as secret (added to the built-in list:
    /// password, passwd, pwd, secret, token, apikey, connectionstring, credential, privatekey, accesskey, bearer).
    /// </summary>
    public const string AdditionalSensitiveNames = "dotnet_code_quality.AKS3005.additional_sensitive_names";

    /// <summary>
    /// AKS5005: comma-separated absolute directories the service may write to besides <c>/tmp</c> (mounted volumes,
    /// e.g. <c>/data, /var/cache/app</c>). The short key <see cref="WritablePathsShort"/> is read as well.
    /// </summary>
    public const string WritablePaths = "dotnet_code_quality.AKS5005.writable_paths";

    /// <summary>AKS5005: short form of <see cref="WritablePaths"/> (<c>AKS5005.writable_paths</c>).</summary>
    public const string WritablePathsShort = "AKS5005.writable_paths";

    /// <summary>
    /// AKS4001: the date expiry dates are compared with (<c>yyyy-MM-dd</c>), e.g. <c>2026-11-25</c>. Default: the build
    /// machine's UTC date. The MSBuild property <see cref="TodayBuildProperty"/> wins over this key.
    /// </summary>
    public const string FeatureFlagsToday = "dotnet_code_quality.AKS4001.today";

    /// <summary>AKS4001: short form of <see cref="FeatureFlagsToday"/> (<c>AKS4001.today</c>).</summary>
    public const string FeatureFlagsTodayShort = "AKS4001.today";

    /// <summary>AKS4001: the MSBuild property (a <c>CompilerVisibleProperty</c>) that sets "today", read as <c>build_property.AksReadyToday</c>.</summary>
    public const string TodayBuildProperty = "AksReadyToday";

    /// <summary>Prefix of MSBuild properties exposed through <c>CompilerVisibleProperty</c>.</summary>
    public const string BuildPropertyPrefix = "build_property.";

    /// <summary>
    /// AKS2001-AKS2003: comma-separated extra words that make a name secret-like (e.g. <c>pin, hsmcode</c>).
    /// Also read as <c>AKS2001.additional_secret_words</c>.
    /// </summary>
    public const string AdditionalSecretWords = "dotnet_code_quality.AKS2001.additional_secret_words";

    /// <summary>AKS2001-AKS2003: <c>true</c> analyzes test projects too (skipped by default). Also read as <c>AKS2001.analyze_test_projects</c>.</summary>
    public const string AnalyzeTestProjects = "dotnet_code_quality.AKS2001.analyze_test_projects";

    /// <summary>
    /// AKS2001-AKS2003: <c>true</c> (the default, <see cref="ReportWeakValuesDefault"/>) reports any literal under a
    /// secret-like name or key, weak and demo values included (<c>Password = "pass"</c>, <c>ClientSecret = "secret"</c>);
    /// <c>false</c> reports only values that look like a credential. Also read as <c>AKS2001.report_weak_values</c>.
    /// </summary>
    public const string ReportWeakValues = "dotnet_code_quality.AKS2001.report_weak_values";

    /// <summary>
    /// <see cref="ReportWeakValues"/> when unset: on since 2026-11-27. Weak values under credential names (<c>postgres</c>,
    /// <c>guest</c>, <c>password</c> as a compose or appsettings password) were real credentials in two samples of real
    /// public code (10 of 10 findings, 434 files), while placeholders and masks stay silent either way.
    /// </summary>
    public const bool ReportWeakValuesDefault = true;

    /// <summary>AKS2003: comma-separated globs of configuration files to skip. Also read as <c>AKS2003.excluded_files</c>.</summary>
    public const string SecretsExcludedFiles = "dotnet_code_quality.AKS2003.excluded_files";

    /// <summary>
    /// AKS2003: comma-separated globs of other JSON files (passed as AdditionalFiles) to read as configuration, besides
    /// <c>appsettings*.json</c>, <c>launchSettings.json</c> and Kubernetes JSON manifests. Also read as <c>AKS2003.json_files</c>.
    /// </summary>
    public const string SecretsJsonFiles = "dotnet_code_quality.AKS2003.json_files";

    /// <summary>AKS2003: <c>true</c> scans <c>appsettings.Development.json</c> too. Also read as <c>AKS2003.include_development_settings</c>.</summary>
    public const string IncludeDevelopmentSettings = "dotnet_code_quality.AKS2003.include_development_settings";

    /// <summary>Prefix of the long form of option keys; the secrets rules also accept the short form without it.</summary>
    public const string CodeQualityPrefix = "dotnet_code_quality.";
}

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
    /// AKS3005: comma-separated further words that mark a logged value as secret (added to the built-in list:
    /// password, passwd, pwd, secret, token, apikey, connectionstring, credential, privatekey, accesskey, bearer).
    /// </summary>
    public const string AdditionalSensitiveNames = "dotnet_code_quality.AKS3005.additional_sensitive_names";

    /// <summary>Prefix of MSBuild properties exposed through <c>CompilerVisibleProperty</c>.</summary>
    public const string BuildPropertyPrefix = "build_property.";
}

namespace AksReady.Analyzers;

/// <summary>
/// One constant per diagnostic. Take the next free ID from <c>DiagnosticCategoryAndIdRanges.txt</c>:
/// AKS1xxx probes/health, AKS2xxx secrets, AKS3xxx logging, AKS4xxx feature flags, AKS5xxx pod hazards.
/// </summary>
internal static class DiagnosticIds
{
    /// <summary>An ASP.NET Core app maps no health endpoints.</summary>
    public const string HealthEndpointsMissing = "AKS1001";

    /// <summary>Health endpoints are mapped only when the environment is Development.</summary>
    public const string HealthEndpointsOnlyInDevelopment = "AKS1002";

    /// <summary>One health endpoint, with no predicate, serves liveness and readiness alike.</summary>
    public const string SingleHealthEndpoint = "AKS1003";

    /// <summary>Probe endpoints require authorization (RequireAuthorization or a fallback policy).</summary>
    public const string ProbeEndpointRequiresAuthorization = "AKS1004";

    /// <summary>A liveness endpoint runs dependency health checks.</summary>
    public const string LivenessChecksDependencies = "AKS1005";

    /// <summary>A health check blocks a thread (Thread.Sleep, .Result, .Wait(), GetAwaiter().GetResult()).</summary>
    public const string BlockingHealthCheck = "AKS1006";

    /// <summary>A health endpoint is mapped on a constant path that the generated probes (AksReady*Path properties) do not request.</summary>
    public const string ProbePathMismatch = "AKS1007";

    /// <summary>A worker service (generic host with hosted services, no web server) offers no probe mechanism.</summary>
    public const string WorkerWithoutProbes = "AKS1008";

    /// <summary>A health check calls out (HttpClient, DbConnection/DbCommand, sockets) with neither a cancellation token nor a timeout.</summary>
    public const string HealthCheckCallWithoutTimeout = "AKS1009";

    // AKS3xxx: structured logging (Observability).

    /// <summary>A log message template is built at run time (interpolation, concatenation, string.Format).</summary>
    public const string NonConstantMessageTemplate = "AKS3001";

    /// <summary>A message template does not match its arguments, or has malformed, duplicate or reserved placeholders.</summary>
    public const string MessageTemplateProblem = "AKS3002";

    /// <summary>An exception is logged as a template argument, or only as ex.Message/ex.ToString(), instead of as the exception.</summary>
    public const string ExceptionNotPassedToLogger = "AKS3003";

    /// <summary>Console/Debug/Trace output in service code (controllers, hosted services, middleware, minimal-API handlers).</summary>
    public const string ConsoleOutputInServiceCode = "AKS3004";

    /// <summary>A secret-like value (password, token, API key, connection string, credential) is logged.</summary>
    public const string SecretLogged = "AKS3005";

    /// <summary>A Warning-or-higher log call in a catch block logs without the caught exception (and nothing else records it).</summary>
    public const string CaughtExceptionNotLogged = "AKS3006";

    /// <summary>A named placeholder in a message template is not PascalCase (<c>{userId}</c>, <c>{order_id}</c>); Info by default.</summary>
    public const string PlaceholderNotPascalCase = "AKS3007";

    // AKS4xxx: feature flags (Configuration).

    /// <summary>A feature flag's expiry date (appsettings metadata or [FeatureFlagExpires]) has passed, or is not an ISO date.</summary>
    public const string FeatureFlagExpired = "AKS4001";

    /// <summary>A feature flag checked in code (IsEnabledAsync, GetVariantAsync, [FeatureGate]) is defined in no appsettings*.json.</summary>
    public const string FeatureFlagUndefined = "AKS4002";

    /// <summary>A feature flag defined in appsettings*.json is referenced nowhere in code.</summary>
    public const string FeatureFlagUnreferenced = "AKS4003";

    /// <summary>A feature flag is on in appsettings.json and in every appsettings.*.json: it is no longer a flag.</summary>
    public const string FeatureFlagAlwaysOn = "AKS4004";

    // AKS5xxx: pod hazards (Deployment).

    /// <summary>BackgroundService.ExecuteAsync ignores the stopping token (endless loop, Task.Delay, swallowed cancellation).</summary>
    public const string StoppingTokenIgnored = "AKS5001";

    /// <summary>Environment.Exit in hosted code (controllers, hosted services, middleware, minimal-API handlers).</summary>
    public const string EnvironmentExitInHostedCode = "AKS5002";

    /// <summary>new HttpClient() per call or per instance, or HttpClient.Timeout = Timeout.InfiniteTimeSpan.</summary>
    public const string HttpClientMisuse = "AKS5003";

    /// <summary>Kestrel bound to localhost/127.0.0.1 or to a port below 1024.</summary>
    public const string KestrelBinding = "AKS5004";

    /// <summary>A file is written under the app/working directory, to a relative path, or to an absolute path other than /tmp.</summary>
    public const string FileWriteOutsideWritablePath = "AKS5005";

    /// <summary>A string constant flows into a password/secret/token/key/connection-string-like name.</summary>
    public const string CredentialsInCode = "AKS2001";

    /// <summary>A string literal contains a credential: connection string password, URI user:password, provider token.</summary>
    public const string CredentialsInStrings = "AKS2002";

    /// <summary>A configuration file (appsettings*.json, launchSettings.json, *.yaml) contains a credential.</summary>
    public const string SecretsInConfigurationFiles = "AKS2003";

    /// <summary>A database connection string in code or in a configuration file has an empty password.</summary>
    public const string EmptyDatabasePassword = "AKS2004";

    private const string HelpLinkBase = "https://github.com/aksready/aksready/blob/main/docs/rules/";

    /// <summary>The documentation page of a rule: <c>docs/rules/{id}.md</c>.</summary>
    public static string GetHelpUri(string id) => HelpLinkBase + id + ".md";
}

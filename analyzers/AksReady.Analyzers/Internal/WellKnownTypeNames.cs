namespace AksReady.Analyzers.Internal;

/// <summary>Metadata names of the types the rules look for. Resolve them once per compilation.</summary>
internal static class WellKnownTypeNames
{
    public const string WebApplication = "Microsoft.AspNetCore.Builder.WebApplication";
    public const string WebHost = "Microsoft.AspNetCore.WebHost";
    public const string GenericHostBuilderExtensions = "Microsoft.Extensions.Hosting.GenericHostBuilderExtensions";
    public const string HealthCheckEndpointRouteBuilderExtensions = "Microsoft.AspNetCore.Builder.HealthCheckEndpointRouteBuilderExtensions";
    public const string HealthCheckApplicationBuilderExtensions = "Microsoft.AspNetCore.Builder.HealthCheckApplicationBuilderExtensions";
    public const string HealthCheckOptions = "Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions";
    public const string IHealthCheck = "Microsoft.Extensions.Diagnostics.HealthChecks.IHealthCheck";
    public const string IHealthChecksBuilder = "Microsoft.Extensions.DependencyInjection.IHealthChecksBuilder";
    public const string AuthorizationOptions = "Microsoft.AspNetCore.Authorization.AuthorizationOptions";
    public const string AuthorizationBuilder = "Microsoft.AspNetCore.Authorization.AuthorizationBuilder";
    public const string AuthorizationEndpointConventionBuilderExtensions = "Microsoft.AspNetCore.Builder.AuthorizationEndpointConventionBuilderExtensions";
    public const string Thread = "System.Threading.Thread";
    public const string Task = "System.Threading.Tasks.Task";
    public const string TaskOfT = "System.Threading.Tasks.Task`1";
    public const string ValueTaskOfT = "System.Threading.Tasks.ValueTask`1";
    public const string HostEnvironmentEnvExtensions = "Microsoft.Extensions.Hosting.HostEnvironmentEnvExtensions";

    // Logging (AKS3xxx).
    public const string LoggerExtensions = "Microsoft.Extensions.Logging.LoggerExtensions";
    public const string LoggerMessage = "Microsoft.Extensions.Logging.LoggerMessage";
    public const string SerilogILogger = "Serilog.ILogger";
    public const string SerilogLog = "Serilog.Log";
    public const string Exception = "System.Exception";
    public const string String = "System.String";
    public const string Console = "System.Console";
    public const string Debug = "System.Diagnostics.Debug";
    public const string Trace = "System.Diagnostics.Trace";
    public const string TextWriter = "System.IO.TextWriter";
    public const string ConditionalAttribute = "System.Diagnostics.ConditionalAttribute";
    public const string ControllerBase = "Microsoft.AspNetCore.Mvc.ControllerBase";
    public const string BackgroundService = "Microsoft.Extensions.Hosting.BackgroundService";
    public const string IHostedService = "Microsoft.Extensions.Hosting.IHostedService";
    public const string HttpContext = "Microsoft.AspNetCore.Http.HttpContext";
    public const string IEndpointRouteBuilder = "Microsoft.AspNetCore.Routing.IEndpointRouteBuilder";

    // Pod hazards (AKS5xxx).
    public const string CancellationToken = "System.Threading.CancellationToken";
    public const string OperationCanceledException = "System.OperationCanceledException";
    public const string TaskCanceledException = "System.Threading.Tasks.TaskCanceledException";
    public const string Environment = "System.Environment";
    public const string HttpClient = "System.Net.Http.HttpClient";
    public const string Timeout = "System.Threading.Timeout";
    public const string HostingAbstractionsWebHostBuilderExtensions = "Microsoft.AspNetCore.Hosting.HostingAbstractionsWebHostBuilderExtensions";
    public const string KestrelServerOptions = "Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions";
    public const string IPAddress = "System.Net.IPAddress";
    public const string File = "System.IO.File";
    public const string FileStream = "System.IO.FileStream";
    public const string StreamWriter = "System.IO.StreamWriter";
    public const string Path = "System.IO.Path";
    public const string Directory = "System.IO.Directory";
    public const string AppContext = "System.AppContext";

    /// <summary>Declaring type of <c>MapAksReadyEndpoints</c> in AksReady.Hosting (matched by name: the package may be absent).</summary>
    public const string AksReadyEndpointRouteBuilderExtensionsName = "AksReadyEndpointRouteBuilderExtensions";
}

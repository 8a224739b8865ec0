using Serilog.Core;
using Serilog.Events;

namespace AksReady.Hosting.Internal.Logging;

/// <summary>
/// Drops every event logged while serving a probe request (the request start/finish events, routing, and the health
/// check results), recognised by the <c>RequestPath</c> property of ASP.NET Core's request log scope.
/// </summary>
internal sealed class ProbeRequestFilter(ProbePaths probes) : ILogEventFilter
{
    public bool IsEnabled(LogEvent logEvent)
        => !(logEvent.Properties.TryGetValue("RequestPath", out var value)
            && value is ScalarValue { Value: string path }
            && probes.IsProbe(path));
}

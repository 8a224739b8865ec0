using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AksReady.Hosting.Internal;

/// <summary>The three probe paths, resolved once, so tracing and logging can skip probe requests cheaply.</summary>
internal sealed class ProbePaths
{
    private readonly string[] _paths;

    public ProbePaths(IEnumerable<string> paths) => _paths = paths.Where(p => !string.IsNullOrEmpty(p)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    public static ProbePaths Default { get; } = FromOptions(new AksReadyOptions());

    public static ProbePaths FromOptions(AksReadyOptions options) => new([options.StartupPath, options.LivenessPath, options.ReadinessPath]);

    /// <summary>Reads the paths from the options; falls back to the defaults when the options are invalid (validation reports that at start).</summary>
    public static ProbePaths FromServices(IServiceProvider services)
    {
        try
        {
            var options = services.GetService<IOptions<AksReadyOptions>>();
            return options is null ? Default : FromOptions(options.Value);
        }
        catch (Exception ex) when (ex is OptionsValidationException or InvalidOperationException)
        {
            return Default;
        }
    }

    public bool IsProbe(PathString path) => path.HasValue && IsProbe(path.Value);

    public bool IsProbe(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return false;
        }

        foreach (var probe in _paths)
        {
            if (path.Length >= probe.Length
                && path.StartsWith(probe, StringComparison.OrdinalIgnoreCase)
                && (path.Length == probe.Length || (path.Length == probe.Length + 1 && path[^1] == '/')))
            {
                return true;
            }
        }

        return false;
    }
}

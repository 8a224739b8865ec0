using Microsoft.Extensions.Options;

namespace AksReady.Hosting.Internal.Validators;

/// <summary>Rules that span properties or that DataAnnotations cannot express clearly.</summary>
internal sealed class AksReadyOptionsCustomValidator : IValidateOptions<AksReadyOptions>
{
    private const string Section = AksReadyOptions.DefaultConfigSectionName;

    public ValidateOptionsResult Validate(string? name, AksReadyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new ValidateOptionsResultBuilder();

        ValidatePath(builder, nameof(AksReadyOptions.StartupPath), options.StartupPath);
        ValidatePath(builder, nameof(AksReadyOptions.LivenessPath), options.LivenessPath);
        ValidatePath(builder, nameof(AksReadyOptions.ReadinessPath), options.ReadinessPath);

        var paths = new (string Name, string? Value)[]
        {
            (nameof(AksReadyOptions.StartupPath), options.StartupPath),
            (nameof(AksReadyOptions.LivenessPath), options.LivenessPath),
            (nameof(AksReadyOptions.ReadinessPath), options.ReadinessPath),
        };
        for (var i = 0; i < paths.Length; i++)
        {
            for (var j = i + 1; j < paths.Length; j++)
            {
                if (!string.IsNullOrEmpty(paths[i].Value)
                    && string.Equals(Normalize(paths[i].Value!), Normalize(paths[j].Value!), StringComparison.OrdinalIgnoreCase))
                {
                    builder.AddError(
                        $"{Section}:{paths[i].Name} and {Section}:{paths[j].Name} are both '{paths[i].Value}'; each probe needs its own path.");
                }
            }
        }

        if (options.DrainDelaySeconds < 0)
        {
            builder.AddError($"{Section}:DrainDelaySeconds is {options.DrainDelaySeconds}; it must be 0 (no drain) or more.");
        }

        if (options.DrainDelaySeconds >= options.TerminationGracePeriodSeconds)
        {
            builder.AddError(
                $"{Section}:DrainDelaySeconds ({options.DrainDelaySeconds}) must be shorter than {Section}:TerminationGracePeriodSeconds " +
                $"({options.TerminationGracePeriodSeconds}), or Kubernetes kills the pod before it has finished in-flight requests.");
        }

        return builder.Build();
    }

    private static void ValidatePath(ValidateOptionsResultBuilder builder, string property, string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            builder.AddError($"{Section}:{property} is empty; set a path such as '/healthz/...'.");
            return;
        }

        if (path[0] != '/')
        {
            builder.AddError($"{Section}:{property} is '{path}'; a probe path must start with '/', for example '/{path}'.");
        }

        foreach (var c in path)
        {
            if (char.IsWhiteSpace(c) || c is '?' or '#' or '{' or '}' or '*' || char.IsControl(c))
            {
                builder.AddError(
                    $"{Section}:{property} is '{path}'; a probe path is a literal URL path without spaces, query, fragment or route parameters.");
                break;
            }
        }
    }

    private static string Normalize(string path) => path.TrimEnd('/');
}

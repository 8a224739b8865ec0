using System.Globalization;
using System.Reflection;

namespace AksReady.Hosting.Internal;

/// <summary>
/// Reads the deployment values that AksReady.Sdk stamps into the app as
/// <c>[assembly: AssemblyMetadata("AksReady.&lt;Name&gt;", "&lt;value&gt;")]</c>, so code and manifests agree.
/// </summary>
internal static class AksReadyAssemblyMetadata
{
    public const string Prefix = "AksReady.";
    public const string StartupPath = Prefix + nameof(AksReadyOptions.StartupPath);
    public const string LivenessPath = Prefix + nameof(AksReadyOptions.LivenessPath);
    public const string ReadinessPath = Prefix + nameof(AksReadyOptions.ReadinessPath);
    public const string Port = Prefix + nameof(AksReadyOptions.Port);
    public const string DrainDelaySeconds = Prefix + nameof(AksReadyOptions.DrainDelaySeconds);
    public const string TerminationGracePeriodSeconds = Prefix + nameof(AksReadyOptions.TerminationGracePeriodSeconds);

    /// <summary>Copies the <c>AksReady.*</c> metadata of <paramref name="assembly"/> onto <paramref name="options"/>; blank values are ignored.</summary>
    /// <exception cref="InvalidOperationException">A numeric value is not an integer.</exception>
    public static void Apply(Assembly? assembly, AksReadyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (assembly is null)
        {
            return;
        }

        foreach (var attribute in assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
        {
            var value = attribute.Value?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            switch (attribute.Key)
            {
                case StartupPath:
                    options.StartupPath = value;
                    break;
                case LivenessPath:
                    options.LivenessPath = value;
                    break;
                case ReadinessPath:
                    options.ReadinessPath = value;
                    break;
                case Port:
                    options.Port = ParseInt(assembly, attribute.Key, value);
                    break;
                case DrainDelaySeconds:
                    options.DrainDelaySeconds = ParseInt(assembly, attribute.Key, value);
                    break;
                case TerminationGracePeriodSeconds:
                    options.TerminationGracePeriodSeconds = ParseInt(assembly, attribute.Key, value);
                    break;
            }
        }
    }

    /// <summary>
    /// Finds the app's entry assembly: the assembly named by <c>IHostEnvironment.ApplicationName</c>
    /// (which defaults to the entry assembly's name), else <see cref="Assembly.GetEntryAssembly"/>.
    /// </summary>
    public static Assembly? ResolveAppAssembly(string? applicationName)
    {
        if (!string.IsNullOrEmpty(applicationName))
        {
            foreach (var loaded in AppDomain.CurrentDomain.GetAssemblies())
            {
                if (string.Equals(loaded.GetName().Name, applicationName, StringComparison.Ordinal))
                {
                    return loaded;
                }
            }

            try
            {
                return Assembly.Load(new AssemblyName(applicationName));
            }
            catch (Exception ex) when (ex is FileNotFoundException or FileLoadException or BadImageFormatException or ArgumentException)
            {
                // ApplicationName was set to something that is not an assembly: fall back to the entry assembly.
            }
        }

        return Assembly.GetEntryAssembly();
    }

    private static int ParseInt(Assembly assembly, string key, string value)
    {
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result))
        {
            return result;
        }

        throw new InvalidOperationException(
            $"Assembly metadata '{key}' of '{assembly.GetName().Name}' is '{value}', which is not an integer. " +
            "It is written by AksReady.Sdk from the MSBuild property of the same name; fix that property.");
    }
}

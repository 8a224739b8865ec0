using System.Reflection;
using System.Text.Json;

namespace AksReady.Hosting.Tests;

/// <summary>ConfigurationSchema.json (appsettings IntelliSense) must describe every option with its real default.</summary>
public sealed class ConfigurationSchemaTests
{
    private static readonly string s_projectDir = typeof(ConfigurationSchemaTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "AksReadyTests.HostingProjectDir").Value!;

    [Fact]
    public void Schema_DescribesEveryOption_WithTheBuiltInDefault()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(s_projectDir, "ConfigurationSchema.json")));
        var section = schema.RootElement.GetProperty("properties").GetProperty(AksReadyOptions.DefaultConfigSectionName).GetProperty("properties");

        AssertDescribes(section, new AksReadyOptions());
        AssertDescribes(section.GetProperty(nameof(AksReadyOptions.Management)).GetProperty("properties"), new AksReadyManagementOptions());
        AssertDescribes(section.GetProperty(nameof(AksReadyOptions.Telemetry)).GetProperty("properties"), new AksReadyTelemetryOptions());
        AssertDescribes(section.GetProperty(nameof(AksReadyOptions.Logging)).GetProperty("properties"), new AksReadyLoggingOptions());
        AssertDescribes(section.GetProperty(nameof(AksReadyOptions.FeatureFlags)).GetProperty("properties"), new AksReadyFeatureFlagsOptions());
    }

    private static void AssertDescribes(JsonElement properties, object defaults)
    {
        var publicProperties = defaults.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).ToList();
        Assert.Equal(
            publicProperties.Select(p => p.Name).Order(),
            properties.EnumerateObject().Select(p => p.Name).Order());

        foreach (var property in publicProperties)
        {
            var entry = properties.GetProperty(property.Name);
            Assert.True(entry.TryGetProperty("description", out _), $"{property.Name} has no description");
            var value = property.GetValue(defaults);
            if (value is string or int or bool)
            {
                var expected = JsonSerializer.Serialize(value);
                Assert.True(entry.TryGetProperty("default", out var actual), $"{property.Name} has no default");
                Assert.Equal(expected, actual.GetRawText());
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using AksReady.Analyzers.Internal.Secrets;
using Microsoft.CodeAnalysis.Text;

namespace AksReady.Analyzers.Internal.FeatureFlags;

/// <summary>
/// Reads the feature flags of one <c>appsettings*.json</c> file, in both Microsoft.FeatureManagement schemas:
/// classic (<c>"FeatureManagement": { "Beta": true, "X": { "EnabledFor": [...], "Expires": "...", "Owner": "..." } }</c>)
/// and Microsoft (<c>"feature_management": { "feature_flags": [ { "id": "X", "enabled": true, "telemetry": { "metadata":
/// { "expires": "...", "owner": "..." } } } ] }</c>). Section and property names are case-insensitive, like .NET configuration.
/// </summary>
internal static class FeatureFlagConfiguration
{
    private const string ClassicSection = "FeatureManagement";
    private const string MicrosoftSection = "feature_management";
    private const string FeatureFlagsArray = "feature_flags";

    /// <summary>True for <c>appsettings.json</c> and <c>appsettings.*.json</c>.</summary>
    public static bool IsAppSettings(string fileName)
        => fileName.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase)
            && fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            && (fileName.Length == "appsettings.json".Length || fileName[11] == '.');

    /// <summary>Cheap pre-check so files without flags are never scanned.</summary>
    public static bool MayDefineFlags(string text)
        => text.IndexOf(ClassicSection, StringComparison.OrdinalIgnoreCase) >= 0
            || text.IndexOf(MicrosoftSection, StringComparison.OrdinalIgnoreCase) >= 0;

    public static List<FeatureFlagDefinition> Read(string text)
    {
        var result = new List<FeatureFlagDefinition>();
        if (!MayDefineFlags(text))
        {
            return result;
        }

        List<ConfigurationValue> values;
        List<ConfigurationValue> keys;
        try
        {
            values = JsonValueScanner.ScanWithKeys(text, out keys);
        }
        catch (Exception ex) when (ex is ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            return result;
        }

        // Classic schema: every property of the section is a flag (except "feature_flags", the Microsoft array).
        var classic = new Dictionary<string, FeatureFlagDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in keys)
        {
            var segments = key.KeyPath.Split(':');
            if (segments.Length == 2
                && string.Equals(segments[0], ClassicSection, StringComparison.OrdinalIgnoreCase)
                && !string.Equals(segments[1], FeatureFlagsArray, StringComparison.OrdinalIgnoreCase)
                && !classic.ContainsKey(segments[1]))
            {
                var definition = new FeatureFlagDefinition(segments[1], new TextSpan(key.Start, key.Length));
                classic.Add(segments[1], definition);
                result.Add(definition);
            }
        }

        // Microsoft schema: feature_flags array entries, keyed by their index.
        var microsoft = new Dictionary<string, MicrosoftEntry>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var segments = value.KeyPath.Split(':');
            if (segments.Length >= 2 && string.Equals(segments[0], ClassicSection, StringComparison.OrdinalIgnoreCase) && classic.TryGetValue(segments[1], out var flag))
            {
                ApplyClassic(flag, segments, value);
            }
            else if (segments.Length >= 4
                && (string.Equals(segments[0], MicrosoftSection, StringComparison.OrdinalIgnoreCase) || string.Equals(segments[0], ClassicSection, StringComparison.OrdinalIgnoreCase))
                && string.Equals(segments[1], FeatureFlagsArray, StringComparison.OrdinalIgnoreCase))
            {
                var id = segments[0] + ":" + segments[2];
                if (!microsoft.TryGetValue(id, out var entry))
                {
                    entry = new MicrosoftEntry();
                    microsoft.Add(id, entry);
                }

                ApplyMicrosoft(entry, segments, value);
            }
        }

        foreach (var entry in microsoft.Values)
        {
            if (entry.Definition is null)
            {
                continue;
            }

            entry.Definition.State = entry.Enabled ? (entry.HasFilters ? FeatureFlagState.Conditional : FeatureFlagState.On) : FeatureFlagState.Off;
            entry.Definition.Expires = entry.Expires;
            entry.Definition.ExpiresSpan = entry.ExpiresSpan;
            entry.Definition.Owner = entry.Owner;
            result.Add(entry.Definition);
        }

        return result;
    }

    private static readonly string[] DateTimeFormats = { "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK" };

    /// <summary>
    /// Parses an ISO <c>yyyy-MM-dd</c> date. An ISO date-time with an offset (<c>2027-03-31T00:00:00Z</c>), which the
    /// AksReady.Hosting runtime also accepts, counts as its UTC date.
    /// </summary>
    public static bool TryParseDate(string? value, out DateTime date)
    {
        var text = value?.Trim();
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (text is { Length: > 10 } && text[10] == 'T'
            && DateTimeOffset.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            date = instant.UtcDateTime.Date;
            return true;
        }

        return false;
    }

    private static void ApplyClassic(FeatureFlagDefinition flag, string[] segments, ConfigurationValue value)
    {
        if (segments.Length == 2)
        {
            // "Beta": true / "Beta": "false"
            flag.State = IsTrue(value.Value) ? FeatureFlagState.On : FeatureFlagState.Off;
            return;
        }

        var property = segments[2];
        if (segments.Length == 3 && string.Equals(property, "Expires", StringComparison.OrdinalIgnoreCase))
        {
            flag.Expires = value.Value;
            flag.ExpiresSpan = new TextSpan(value.Start, value.Length);
        }
        else if (segments.Length == 3 && string.Equals(property, "Owner", StringComparison.OrdinalIgnoreCase))
        {
            flag.Owner = value.Value;
        }
        else if (segments.Length >= 5
            && string.Equals(property, "EnabledFor", StringComparison.OrdinalIgnoreCase)
            && string.Equals(segments[4], "Name", StringComparison.OrdinalIgnoreCase))
        {
            // EnabledFor: [ { "Name": "AlwaysOn" } ] is on; any other filter makes it conditional.
            if (segments.Length == 5 && (string.Equals(value.Value, "AlwaysOn", StringComparison.OrdinalIgnoreCase)
                || string.Equals(value.Value, "Microsoft.AlwaysOn", StringComparison.OrdinalIgnoreCase)))
            {
                if (flag.State == FeatureFlagState.Off)
                {
                    flag.State = FeatureFlagState.On;
                }
            }
            else if (segments.Length == 5)
            {
                flag.State = FeatureFlagState.Conditional;
            }
        }
    }

    private static void ApplyMicrosoft(MicrosoftEntry entry, string[] segments, ConfigurationValue value)
    {
        // segments: section, feature_flags, index, property, ...
        var property = segments[3];
        if (segments.Length == 4 && string.Equals(property, "id", StringComparison.OrdinalIgnoreCase) && value.Value.Length > 0)
        {
            entry.Definition ??= new FeatureFlagDefinition(value.Value, new TextSpan(value.Start, value.Length));
        }
        else if (segments.Length == 4 && string.Equals(property, "enabled", StringComparison.OrdinalIgnoreCase))
        {
            entry.Enabled = IsTrue(value.Value);
        }
        else if (segments.Length >= 5 && string.Equals(property, "conditions", StringComparison.OrdinalIgnoreCase)
            && string.Equals(segments[4], "client_filters", StringComparison.OrdinalIgnoreCase))
        {
            entry.HasFilters = true;
        }
        else if (segments.Length == 6 && string.Equals(property, "telemetry", StringComparison.OrdinalIgnoreCase)
            && string.Equals(segments[4], "metadata", StringComparison.OrdinalIgnoreCase))
        {
            if (string.Equals(segments[5], "expires", StringComparison.OrdinalIgnoreCase))
            {
                entry.Expires = value.Value;
                entry.ExpiresSpan = new TextSpan(value.Start, value.Length);
            }
            else if (string.Equals(segments[5], "owner", StringComparison.OrdinalIgnoreCase))
            {
                entry.Owner = value.Value;
            }
        }
    }

    private static bool IsTrue(string value) => string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    private sealed class MicrosoftEntry
    {
        public FeatureFlagDefinition? Definition { get; set; }

        public bool Enabled { get; set; }

        public bool HasFilters { get; set; }

        public string? Expires { get; set; }

        public TextSpan ExpiresSpan { get; set; }

        public string? Owner { get; set; }
    }
}

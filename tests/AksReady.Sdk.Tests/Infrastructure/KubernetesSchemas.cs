using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace AksReady.Sdk.Tests.Infrastructure;

/// <summary>Strict validation against the Kubernetes 1.35 JSON schemas in Schemas/ (kubeconform -strict style).</summary>
internal static class KubernetesSchemas
{
    private static readonly ConcurrentDictionary<string, JsonSchema> s_schemas = new();

    public static string FileFor(JsonObject manifest)
    {
        var kind = manifest["kind"]!.GetValue<string>().ToLowerInvariant();
        var apiVersion = manifest["apiVersion"]!.GetValue<string>();
        var parts = apiVersion.Split('/');
        return parts.Length == 1 ? $"{kind}-{parts[0]}.json" : $"{kind}-{parts[0].Split('.')[0]}-{parts[1]}.json";
    }

    /// <summary>Returns the validation errors (empty when valid).</summary>
    public static IReadOnlyList<string> Validate(JsonObject manifest)
    {
        var file = Path.Combine(TestPaths.SchemaDirectory, FileFor(manifest));
        Assert.True(File.Exists(file), $"No schema {file}");
        var schema = s_schemas.GetOrAdd(file, Load);
        using var instance = JsonDocument.Parse(manifest.ToJsonString());
        var result = schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return Array.Empty<string>();
        }

        return (result.Details ?? new List<EvaluationResults>())
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .DefaultIfEmpty("invalid")
            .ToList();
    }

    private static JsonSchema Load(string file)
    {
        // The files declare "$schema": "http://json-schema.org/schema#", which names no draft: drop it and read them as draft-07.
        var node = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        node.Remove("$schema");
        using var doc = JsonDocument.Parse(node.ToJsonString());
        return JsonSchema.Build(doc.RootElement.Clone(), new BuildOptions { Dialect = Dialect.Draft07, SchemaRegistry = new SchemaRegistry() });
    }

    public static void AssertValid(string yaml)
    {
        var manifest = YamlJson.Parse(yaml);
        var errors = Validate(manifest);
        Assert.True(errors.Count == 0, $"{manifest["kind"]} is not valid against {FileFor(manifest)}:\n" + string.Join("\n", errors.Take(20)));
    }
}

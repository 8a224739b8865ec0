using System.Text.Json.Nodes;
using AksReady.Sdk.Generation;
using AksReady.Sdk.Tests.Infrastructure;

namespace AksReady.Sdk.Tests.Policies;

/// <summary>The Kubernetes objects of one generated k8s/base folder, parsed to JSON, with the lookups the checks share.</summary>
internal sealed class ManifestSet
{
    public ManifestSet(IEnumerable<JsonObject> objects)
    {
        Objects = objects.ToList();
    }

    public List<JsonObject> Objects { get; }

    public static ManifestSet From(IEnumerable<GeneratedFile> files) => new(
        files.Where(f => f.RelativePath.StartsWith("k8s/base/", StringComparison.Ordinal) && !f.RelativePath.EndsWith("kustomization.yaml", StringComparison.Ordinal))
            .SelectMany(f => YamlJson.ParseAll(f.Content).OfType<JsonObject>()));

    public ManifestSet Clone() => new(Objects.Select(o => (JsonObject)o.DeepClone()));

    public IEnumerable<JsonObject> OfKind(string kind) => Objects.Where(o => Str(o["kind"]) == kind);

    public JsonObject Single(string kind) => OfKind(kind).Single();

    /// <summary>Every workload's pod template: (workload, pod metadata, pod spec).</summary>
    public IEnumerable<(JsonObject Workload, JsonObject Metadata, JsonObject Spec)> Pods() =>
        Objects.Where(o => Str(o["kind"]) is "Deployment" or "StatefulSet" or "DaemonSet" or "ReplicaSet" or "Job")
            .Select(o => (o, o["spec"]!["template"]!["metadata"]!.AsObject(), o["spec"]!["template"]!["spec"]!.AsObject()));

    /// <summary>Every container (init containers included) with its pod.</summary>
    public IEnumerable<(JsonObject Workload, JsonObject Pod, JsonObject Container)> Containers() =>
        Pods().SelectMany(p => Arr(p.Spec["initContainers"]).Concat(Arr(p.Spec["containers"])).Select(c => (p.Workload, p.Spec, c!.AsObject())));

    public static string Name(JsonObject o) => Str(o["metadata"]?["name"]) ?? string.Empty;

    public static string Id(JsonObject o) => $"{Str(o["kind"])}/{Name(o)}";

    public static string? Str(JsonNode? n) => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static bool? Bool(JsonNode? n) => n is JsonValue v && v.TryGetValue<bool>(out var b) ? b : null;

    public static long? Long(JsonNode? n) => n is JsonValue v ? (v.TryGetValue<long>(out var l) ? l : v.TryGetValue<int>(out var i) ? i : null) : null;

    public static IEnumerable<JsonNode> Arr(JsonNode? n) => n is JsonArray a ? a.Where(x => x != null)!.Cast<JsonNode>() : Enumerable.Empty<JsonNode>();

    public static IEnumerable<string> Strs(JsonNode? n) => Arr(n).Select(Str).Where(s => s != null)!.Cast<string>();

    /// <summary>True when the label selector (matchLabels/matchExpressions, or a plain map for Services) selects <paramref name="labels"/>.</summary>
    public static bool Selects(JsonNode? selector, JsonObject? labels, bool plainMap = false)
    {
        if (selector is not JsonObject sel || labels == null)
        {
            return false;
        }

        var matchLabels = plainMap ? sel : sel["matchLabels"] as JsonObject;
        var expressions = plainMap ? Enumerable.Empty<JsonNode>() : Arr(sel["matchExpressions"]);
        if ((matchLabels == null || matchLabels.Count == 0) && !expressions.Any())
        {
            return !plainMap; // an empty LabelSelector selects everything; an empty Service selector selects nothing
        }

        foreach (var (k, v) in matchLabels ?? new JsonObject())
        {
            if (Str(labels[k]) != Str(v))
            {
                return false;
            }
        }

        foreach (var e in expressions)
        {
            var key = Str(e["key"])!;
            var has = labels.ContainsKey(key);
            var values = Strs(e["values"]).ToList();
            var ok = Str(e["operator"]) switch
            {
                "In" => has && values.Contains(Str(labels[key])!),
                "NotIn" => !has || !values.Contains(Str(labels[key])!),
                "Exists" => has,
                "DoesNotExist" => !has,
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The effective value of a container security-context field: the container's, else the pod's.</summary>
    public static JsonNode? Effective(JsonObject pod, JsonObject container, string field) =>
        container["securityContext"]?[field] ?? pod["securityContext"]?[field];

    /// <summary>The replica count a workload runs with: spec.replicas, else the HPA minimum, else 1.</summary>
    public long Replicas(JsonObject workload)
    {
        var hpa = OfKind("HorizontalPodAutoscaler").FirstOrDefault(h => Str(h["spec"]!["scaleTargetRef"]!["name"]) == Name(workload) && Str(h["spec"]!["scaleTargetRef"]!["kind"]) == Str(workload["kind"]));
        return Long(workload["spec"]!["replicas"]) ?? (hpa != null ? Long(hpa["spec"]!["minReplicas"]) ?? 1 : 1);
    }
}

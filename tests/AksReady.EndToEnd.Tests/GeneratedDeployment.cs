using System.Globalization;
using System.Text.Json.Nodes;
using AksReady.Sdk.Tests.Infrastructure;

namespace AksReady.EndToEnd.Tests;

/// <summary>An HTTP probe as the generated Deployment declares it, with the Kubernetes defaults filled in.</summary>
public sealed record KubeletProbe(
    string Kind, string Scheme, string Path, int Port,
    int InitialDelaySeconds, int PeriodSeconds, int TimeoutSeconds, int SuccessThreshold, int FailureThreshold);

/// <summary>What kubelet reads from the generated Deployment to start, probe and stop the app's container.</summary>
public sealed record PodFacts(
    IReadOnlyList<KubeletProbe> Probes,
    int ContainerPort,
    IReadOnlyDictionary<string, string> Environment,
    IReadOnlyList<string> DownwardApiVariables,
    int TerminationGracePeriodSeconds,
    int PreStopSleepSeconds)
{
    public KubeletProbe Probe(string kind) => Probes.Single(p => p.Kind == kind);
}

public static class GeneratedDeployment
{
    public static PodFacts Read(string deploymentYamlPath)
    {
        var deployment = YamlJson.Parse(File.ReadAllText(deploymentYamlPath));
        Assert.Equal("Deployment", (string?)deployment["kind"]);
        var pod = deployment["spec"]!["template"]!["spec"]!.AsObject();
        var container = pod["containers"]!.AsArray().Single()!.AsObject();
        var ports = container["ports"]!.AsArray().Select(p => p!.AsObject()).ToList();

        int ResolvePort(JsonNode port) => port.GetValueKind() == System.Text.Json.JsonValueKind.Number
            ? Number(port)
            : Number(ports.Single(p => (string?)p["name"] == port.GetValue<string>())["containerPort"]!);

        var probes = new List<KubeletProbe>();
        foreach (var kind in new[] { "startupProbe", "livenessProbe", "readinessProbe" })
        {
            if (container[kind] is not JsonObject probe)
            {
                continue;
            }

            var httpGet = probe["httpGet"]!.AsObject();
            probes.Add(new KubeletProbe(
                kind,
                (string?)httpGet["scheme"] ?? "HTTP",
                (string)httpGet["path"]!,
                ResolvePort(httpGet["port"]!),
                Int(probe, "initialDelaySeconds", 0),
                Int(probe, "periodSeconds", 10),
                Int(probe, "timeoutSeconds", 1),
                Int(probe, "successThreshold", 1),
                Int(probe, "failureThreshold", 3)));
        }

        var environment = new Dictionary<string, string>();
        var downward = new List<string>();
        foreach (var variable in container["env"]?.AsArray() ?? [])
        {
            var name = (string)variable!["name"]!;
            if (variable["value"] is JsonNode value)
            {
                environment[name] = value.ToString();
            }
            else if (variable["valueFrom"]?["fieldRef"] is not null)
            {
                downward.Add(name);
            }
        }

        var preStop = container["lifecycle"]?["preStop"]?["sleep"]?["seconds"];
        return new PodFacts(
            probes,
            Number(ports.Single()["containerPort"]!),
            environment,
            downward,
            Int(pod, "terminationGracePeriodSeconds", 30),
            preStop is null ? 0 : Number(preStop));
    }

    private static int Int(JsonObject o, string key, int defaultValue) => o[key] is JsonNode n ? Number(n) : defaultValue;

    // YAML integers arrive as long (YamlJson resolves plain scalars per the YAML 1.2 core schema).
    private static int Number(JsonNode n) => int.Parse(n.ToString(), CultureInfo.InvariantCulture);
}

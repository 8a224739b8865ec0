using YamlDotNet.RepresentationModel;

namespace AksReady.EndToEnd.Tests;

/// <summary>An HTTP probe as the generated Deployment declares it.</summary>
public sealed record HttpProbe(string Kind, string Path, string Port);

/// <summary>Reads what kubelet would read from the generated Deployment.</summary>
public static class GeneratedDeployment
{
    public static IReadOnlyList<HttpProbe> ReadProbes(string deploymentYamlPath)
    {
        var stream = new YamlStream();
        using (var reader = File.OpenText(deploymentYamlPath))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents.Single().RootNode;
        Assert.Equal("Deployment", Scalar(root, "kind"));
        var containers = (YamlSequenceNode)Map(Map(Map(root, "spec"), "template"), "spec").Children[new YamlScalarNode("containers")];
        var container = (YamlMappingNode)containers.Children[0];
        var probes = new List<HttpProbe>();
        foreach (var kind in new[] { "startupProbe", "livenessProbe", "readinessProbe" })
        {
            if (container.Children.TryGetValue(new YamlScalarNode(kind), out var probe))
            {
                var httpGet = Map((YamlMappingNode)probe, "httpGet");
                probes.Add(new HttpProbe(kind, Scalar(httpGet, "path"), Scalar(httpGet, "port")));
            }
        }

        return probes;
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;
}

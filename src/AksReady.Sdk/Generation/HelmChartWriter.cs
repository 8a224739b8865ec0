using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace AksReady.Sdk.Generation;

/// <summary>
/// Writes the Helm chart helm/&lt;name&gt;/ (AksReadyHelmChart=true). The templates are the base manifests, emitted from
/// the same <see cref="ManifestWriter"/> trees, with the values of values.yaml substituted through sentinel scalars:
/// rendered with the default values they produce the same objects as k8s/base (apart from the documented Helm labels).
/// </summary>
public static class HelmChartWriter
{
    private const string Prefix = "__AKSREADY_";
    private static readonly Regex s_sentinelLine = new(@"^(?<i> *)(?<k>[^\s:][^:\n]*): __AKSREADY_(?<s>[A-Z_]+)__$", RegexOptions.CultureInvariant | RegexOptions.Multiline);

    /// <summary>The folder of the chart, relative to the output folder.</summary>
    public static string Folder(AksReadyModel m) => "helm/" + m.Name + "/";

    /// <summary>
    /// The template file names always written (optional objects are wrapped in conditions), except service.yaml and
    /// ingress.yaml, which are written only with a Service (AksReadyService).
    /// </summary>
    public static readonly IReadOnlyList<string> TemplateFiles = new[]
    {
        "serviceaccount.yaml", "deployment.yaml", "service.yaml", "horizontalpodautoscaler.yaml", "poddisruptionbudget.yaml", "networkpolicy.yaml", "ingress.yaml",
    };

    /// <summary>All files of the chart.</summary>
    public static IEnumerable<GeneratedFile> WriteAll(AksReadyModel m)
    {
        var folder = Folder(m);
        yield return new GeneratedFile(folder + "Chart.yaml", Header.Create(m, "Helm chart: helm lint --strict " + folder + " && helm template <release> " + folder) + YamlEmitter.Emit(Chart(m)));
        yield return new GeneratedFile(folder + "values.yaml", Header.Create(m, "Defaults reproduce k8s/base exactly.") + YamlEmitter.Emit(Values(m)));

        // The templates use the fixed model with every value turned into a sentinel.
        var t = Clone(m);
        t.Namespace = Sentinel("NAMESPACE");
        foreach (var (file, doc, condition) in Templates(m, t))
        {
            var body = Substitute(YamlEmitter.Emit(doc));
            var text = condition == null ? body : "{{- if " + condition + " }}\n" + body + "{{- end }}\n";
            yield return new GeneratedFile(folder + "templates/" + file, Header.Create(m) + text);
        }
    }

    private static string Sentinel(string name) => Prefix + name + "__";

    private static YamlScalar S(string name) => YamlScalar.String(Sentinel(name));

    private static AksReadyModel Clone(AksReadyModel m) => (AksReadyModel)typeof(AksReadyModel).GetMethod("MemberwiseClone", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!.Invoke(m, null)!;

    private static IEnumerable<(string File, YamlMapping Doc, string? Condition)> Templates(AksReadyModel m, AksReadyModel t)
    {
        yield return ("serviceaccount.yaml", Labelled(ManifestWriter.ServiceAccount(t)), null);

        // Replicas are written unless autoscaling (the sentinel line carries the condition).
        var withReplicas = Clone(t);
        withReplicas.MinReplicas = null;
        withReplicas.MaxReplicas = null;
        var deployment = Labelled(ManifestWriter.Deployment(withReplicas));
        var spec = (YamlMapping)deployment.Get("spec")!;
        spec.Set("replicas", S("REPLICAS"));
        var pod = (YamlMapping)((YamlMapping)spec.Get("template")!).Get("spec")!;
        pod.Set("nodeSelector", S("NODESELECTOR"));
        pod.Set("tolerations", S("TOLERATIONS"));
        var container = (YamlMapping)((YamlSequence)pod.Get("containers")!).First();
        container.Set("image", S("IMAGE"));
        container.Set("imagePullPolicy", S("PULLPOLICY"));
        ((YamlMapping)((YamlSequence)container.Get("ports")!).First()).Set("containerPort", S("PORT"));
        var portEnv = ((YamlSequence)container.Get("env")!).OfType<YamlMapping>().First(e => ((YamlScalar)e.Get("name")!).Text == "ASPNETCORE_HTTP_PORTS");
        portEnv.Set("value", S("PORTSTRING"));
        container.Set("resources", S("RESOURCES"));
        foreach (var (probe, name) in new[] { ("startupProbe", "STARTUP"), ("livenessProbe", "LIVENESS"), ("readinessProbe", "READINESS") })
        {
            ((YamlMapping)((YamlMapping)container.Get(probe)!).Get("httpGet")!).Set("path", S(name + "PATH"));
        }

        yield return ("deployment.yaml", deployment, null);

        if (m.Service)
        {
            var service = Labelled(ManifestWriter.Service(t));
            ((YamlMapping)((YamlSequence)((YamlMapping)service.Get("spec")!).Get("ports")!).First()).Set("port", S("SERVICEPORT"));
            yield return ("service.yaml", service, null);
        }

        var hpaModel = Clone(t);
        hpaModel.MinReplicas ??= 1;
        hpaModel.MaxReplicas ??= 1;
        var hpa = Labelled(ManifestWriter.HorizontalPodAutoscaler(hpaModel));
        var hpaSpec = (YamlMapping)hpa.Get("spec")!;
        hpaSpec.Set("minReplicas", S("MINREPLICAS"));
        hpaSpec.Set("maxReplicas", S("MAXREPLICAS"));
        var target = (YamlMapping)((YamlMapping)((YamlMapping)((YamlSequence)hpaSpec.Get("metrics")!).First()).Get("resource")!).Get("target")!;
        target.Set("averageUtilization", S("CPUUTILIZATION"));
        yield return ("horizontalpodautoscaler.yaml", hpa, ".Values.autoscaling.enabled");

        yield return ("poddisruptionbudget.yaml", Labelled(ManifestWriter.PodDisruptionBudget(t)), ".Values.podDisruptionBudget.enabled");
        yield return ("networkpolicy.yaml", Labelled(ManifestWriter.NetworkPolicy(t)), ".Values.networkPolicy.enabled");

        // The Ingress routes to the Service: without one (AksReadyService=false) the chart has neither.
        if (m.Service)
        {
            var ingressModel = Clone(t);
            ingressModel.IngressHost = Sentinel("INGRESSHOST");
            ingressModel.IngressClassName = Sentinel("INGRESSCLASS");
            ingressModel.IngressTlsSecretName = Sentinel("INGRESSTLS");
            var ingress = Labelled(ManifestWriter.Ingress(ingressModel));
            ((YamlMapping)ingress.Get("spec")!).Set("tls", S("INGRESSTLS"));
            yield return ("ingress.yaml", ingress, ".Values.ingress.enabled");
        }

        // Fixed content: the same objects as k8s/base.
        if (m.Config.Count > 0)
        {
            yield return ("configmap.yaml", Labelled(ManifestWriter.ConfigMap(t)), null);
        }

        if (m.KeyVaultName.Length > 0)
        {
            yield return ("secretproviderclass.yaml", Labelled(ManifestWriter.SecretProviderClass(t)), null);
        }
    }

    /// <summary>Replaces app.kubernetes.io/managed-by (metadata and pod template) with the Helm labels.</summary>
    private static YamlMapping Labelled(YamlMapping doc)
    {
        void Fix(YamlMapping? metadata)
        {
            if (metadata?.Get("labels") is YamlMapping labels && labels.Get("app.kubernetes.io/managed-by") != null)
            {
                labels.Set("app.kubernetes.io/managed-by", S("MANAGEDBY"));
            }
        }

        Fix(doc.Get("metadata") as YamlMapping);
        Fix(((doc.Get("spec") as YamlMapping)?.Get("template") as YamlMapping)?.Get("metadata") as YamlMapping);
        return doc;
    }

    private static string Substitute(string yaml) => s_sentinelLine.Replace(yaml, match =>
    {
        var i = match.Groups["i"].Value;
        var k = match.Groups["k"].Value;
        var n = (i.Length + 2).ToString(CultureInfo.InvariantCulture);
        string Line(string value) => i + k + ": " + value;
        string Block(string source, string with) => "{{- with " + with + " }}\n" + i + k + ":\n" + i + "  {{- toYaml " + source + " | nindent " + n + " }}\n{{- end }}";
        return match.Groups["s"].Value switch
        {
            "NAMESPACE" => Line("{{ .Release.Namespace }}"),
            "MANAGEDBY" => Line("{{ .Release.Service }}") + "\n" + i + "helm.sh/chart: {{ printf \"%s-%s\" .Chart.Name .Chart.Version | replace \"+\" \"_\" | trunc 63 | trimSuffix \"-\" }}",
            "REPLICAS" => "{{- if not .Values.autoscaling.enabled }}\n" + Line("{{ .Values.replicaCount }}") + "\n{{- end }}",
            "IMAGE" => Line("\"{{ .Values.image.repository }}:{{ .Values.image.tag }}{{ with .Values.image.digest }}@{{ . }}{{ end }}\""),
            "PULLPOLICY" => Line("{{ .Values.image.pullPolicy }}"),
            "PORT" => Line("{{ .Values.port }}"),
            "PORTSTRING" => Line("{{ .Values.port | quote }}"),
            "SERVICEPORT" => Line("{{ .Values.service.port }}"),
            "RESOURCES" => i + k + ":\n" + i + "  {{- toYaml .Values.resources | nindent " + n + " }}",
            "STARTUPPATH" => Line("{{ .Values.probes.startup.path | quote }}"),
            "LIVENESSPATH" => Line("{{ .Values.probes.liveness.path | quote }}"),
            "READINESSPATH" => Line("{{ .Values.probes.readiness.path | quote }}"),
            "MINREPLICAS" => Line("{{ .Values.autoscaling.minReplicas }}"),
            "MAXREPLICAS" => Line("{{ .Values.autoscaling.maxReplicas }}"),
            "CPUUTILIZATION" => Line("{{ .Values.autoscaling.targetCPUUtilizationPercentage }}"),
            "NODESELECTOR" => Block(".", ".Values.nodeSelector"),
            "TOLERATIONS" => Block(".", ".Values.tolerations"),
            "INGRESSHOST" => Line("{{ .Values.ingress.host | quote }}"),
            "INGRESSCLASS" => "{{- with .Values.ingress.className }}\n" + Line("{{ . }}") + "\n{{- end }}",
            "INGRESSTLS" => "{{- with .Values.ingress.tlsSecretName }}\n" + i + k + ":\n" + i + "  - hosts:\n" + i + "      - {{ $.Values.ingress.host | quote }}\n" + i + "    secretName: {{ . }}\n{{- end }}",
            var other => throw new System.InvalidOperationException("Unknown Helm sentinel " + other),
        };
    });

    private static YamlMapping Chart(AksReadyModel m) => new()
    {
        { "apiVersion", "v2" },
        { "name", m.Name },
        { "description", "Kubernetes manifests of " + m.ProjectName + ", generated by AksReady.Sdk." },
        { "type", "application" },
        { "version", m.ChartVersion },
        { "appVersion", m.ImageTag },
    };

    private static YamlMapping Values(AksReadyModel m)
    {
        var resources = new YamlMapping();
        foreach (var (kind, quantities) in new[] { ("requests", m.Requests), ("limits", m.Limits) })
        {
            var map = new YamlMapping();
            foreach (var key in new[] { "cpu", "memory", "ephemeral-storage" })
            {
                if (quantities.TryGetValue(key, out var v) && v.Length > 0)
                {
                    map.Add(key, v);
                }
            }

            resources.Add(kind, map);
        }

        var values = new YamlMapping
        {
            {
                "image", new YamlMapping
                {
                    { "repository", m.ImageRepository },
                    { "tag", m.ImageTag },
                    { "digest", m.ImageDigest },
                    { "pullPolicy", m.ImagePullPolicy },
                }
            },
            { "replicaCount", m.Replicas },
            {
                "autoscaling", new YamlMapping
                {
                    { "enabled", m.MaxReplicas != null },
                    { "minReplicas", m.MinReplicas ?? m.Replicas },
                    { "maxReplicas", m.MaxReplicas ?? m.Replicas },
                    { "targetCPUUtilizationPercentage", m.CpuUtilization },
                }
            },
            { "port", m.Port },
        };

        // Only a chart with a Service has its values (and the Ingress's, which routes to it).
        if (m.Service)
        {
            values.Add("service", new YamlMapping { { "port", m.ServicePort } });
        }

        values.Add("resources", resources);
        values.Add("probes", new YamlMapping
        {
            { "startup", new YamlMapping { { "path", m.StartupPath } } },
            { "liveness", new YamlMapping { { "path", m.LivenessPath } } },
            { "readiness", new YamlMapping { { "path", m.ReadinessPath } } },
        });
        values.Add("podDisruptionBudget", new YamlMapping { { "enabled", m.PodDisruptionBudget } });
        values.Add("networkPolicy", new YamlMapping { { "enabled", m.NetworkPolicy } });
        if (m.Service)
        {
            values.Add("ingress", new YamlMapping
            {
                { "enabled", m.IngressHost.Length > 0 },
                { "className", m.IngressClassName },
                { "host", m.IngressHost.Length > 0 ? m.IngressHost : m.Name + ".example.com" },
                { "tlsSecretName", m.IngressTlsSecretName },
            });
        }

        values.Add("nodeSelector", NodeSelector(m));
        values.Add("tolerations", Tolerations(m));
        return values;
    }

    private static YamlMapping NodeSelector(AksReadyModel m) =>
        m.NodePool.Length > 0 ? new YamlMapping { { "kubernetes.azure.com/agentpool", m.NodePool } } : new YamlMapping();

    private static YamlSequence Tolerations(AksReadyModel m)
    {
        var list = new YamlSequence();
        if (m.Spot)
        {
            list.Add(new YamlMapping { { "key", ManifestWriter.SpotLabel }, { "operator", "Equal" }, { "value", "spot" }, { "effect", "NoSchedule" } });
        }

        return list;
    }
}

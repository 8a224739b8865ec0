using System.Collections.Generic;
using System.Linq;

namespace AksReady.Sdk.Generation;

/// <summary>Writes the Kubernetes manifests of k8s/base and its kustomization.yaml.</summary>
public static class ManifestWriter
{
    /// <summary>The name of the container port (and of the Service port).</summary>
    public const string PortName = "http";

    /// <summary>The value of app.kubernetes.io/managed-by.</summary>
    public const string ManagedBy = "AksReady.Sdk";

    /// <summary>The relative paths of all generated files, in the order they are written, for the given model.</summary>
    public static IReadOnlyList<GeneratedFile> WriteAll(AksReadyModel model)
    {
        var resources = new List<(string File, YamlMapping Doc)>
        {
            ("serviceaccount.yaml", ServiceAccount(model)),
            ("deployment.yaml", Deployment(model)),
            ("service.yaml", Service(model)),
        };
        if (model.MaxReplicas != null)
        {
            resources.Add(("horizontalpodautoscaler.yaml", HorizontalPodAutoscaler(model)));
        }

        if (model.PodDisruptionBudget)
        {
            resources.Add(("poddisruptionbudget.yaml", PodDisruptionBudget(model)));
        }

        if (model.NetworkPolicy)
        {
            resources.Add(("networkpolicy.yaml", NetworkPolicy(model)));
        }

        var files = new List<GeneratedFile>
        {
            new("Dockerfile", DockerfileWriter.WriteDockerfile(model)),
            new("Dockerfile.dockerignore", DockerfileWriter.WriteDockerignore(model)),
        };
        files.AddRange(resources.Select(r => new GeneratedFile("k8s/base/" + r.File, Header.Create(model) + YamlEmitter.Emit(r.Doc))));
        files.Add(new GeneratedFile("k8s/base/kustomization.yaml", Header.Create(model, "Deploy with: kubectl apply -k k8s/base") + YamlEmitter.Emit(Kustomization(resources.Select(r => r.File)))));
        foreach (var overlay in model.Overlays)
        {
            files.Add(new GeneratedFile(
                "k8s/overlays/" + overlay + "/kustomization.yaml",
                Header.Create(model, "Deploy with: kubectl apply -k k8s/overlays/" + overlay) + YamlEmitter.Emit(Overlay(model, overlay))));
        }

        return files;
    }

    /// <summary>The relative paths WriteAll produces for <paramref name="model"/> (mirrored by _AksReadyOutputFile in the targets).</summary>
    public static IReadOnlyList<string> RelativePaths(AksReadyModel model) => WriteAll(model).Select(f => f.RelativePath).ToList();

    /// <summary>The HorizontalPodAutoscaler (autoscaling/v2) on CPU utilization.</summary>
    public static YamlMapping HorizontalPodAutoscaler(AksReadyModel m) => new()
    {
        { "apiVersion", "autoscaling/v2" },
        { "kind", "HorizontalPodAutoscaler" },
        { "metadata", Metadata(m) },
        {
            "spec", new YamlMapping
            {
                { "scaleTargetRef", new YamlMapping { { "apiVersion", "apps/v1" }, { "kind", "Deployment" }, { "name", m.Name } } },
                { "minReplicas", m.MinReplicas ?? 1 },
                { "maxReplicas", m.MaxReplicas ?? 1 },
                {
                    "metrics", new YamlSequence
                    {
                        new YamlMapping
                        {
                            { "type", "Resource" },
                            {
                                "resource", new YamlMapping
                                {
                                    { "name", "cpu" },
                                    { "target", new YamlMapping { { "type", "Utilization" }, { "averageUtilization", m.CpuUtilization } } },
                                }
                            },
                        },
                    }
                },
                {
                    "behavior", new YamlMapping
                    {
                        { "scaleDown", new YamlMapping { { "stabilizationWindowSeconds", 300 } } },
                    }
                },
            }
        },
    };

    /// <summary>The PodDisruptionBudget: one pod at a time, and unhealthy pods may always be evicted.</summary>
    public static YamlMapping PodDisruptionBudget(AksReadyModel m) => new()
    {
        { "apiVersion", "policy/v1" },
        { "kind", "PodDisruptionBudget" },
        { "metadata", Metadata(m) },
        {
            "spec", new YamlMapping
            {
                { "maxUnavailable", 1 },
                { "selector", new YamlMapping { { "matchLabels", SelectorLabels(m) } } },
                { "unhealthyPodEvictionPolicy", "AlwaysAllow" },
            }
        },
    };

    /// <summary>
    /// The NetworkPolicy for the app's pods: everything not allowed here is denied (both directions); ingress on the
    /// http port; egress to cluster DNS and to AksReadyNetworkPolicyEgressCidrs.
    /// </summary>
    public static YamlMapping NetworkPolicy(AksReadyModel m)
    {
        var egress = new YamlSequence
        {
            new YamlMapping
            {
                {
                    "to", new YamlSequence
                    {
                        new YamlMapping
                        {
                            { "namespaceSelector", new YamlMapping { { "matchLabels", new YamlMapping { { "kubernetes.io/metadata.name", "kube-system" } } } } },
                            { "podSelector", new YamlMapping { { "matchLabels", new YamlMapping { { "k8s-app", "kube-dns" } } } } },
                        },
                    }
                },
                {
                    "ports", new YamlSequence
                    {
                        new YamlMapping { { "port", 53 }, { "protocol", "UDP" } },
                        new YamlMapping { { "port", 53 }, { "protocol", "TCP" } },
                    }
                },
            },
        };
        if (m.EgressCidrs.Count > 0)
        {
            var to = new YamlSequence();
            foreach (var cidr in m.EgressCidrs)
            {
                to.Add(new YamlMapping { { "ipBlock", new YamlMapping { { "cidr", cidr } } } });
            }

            egress.Add(new YamlMapping { { "to", to } });
        }

        return new YamlMapping
        {
            { "apiVersion", "networking.k8s.io/v1" },
            { "kind", "NetworkPolicy" },
            { "metadata", Metadata(m) },
            {
                "spec", new YamlMapping
                {
                    { "podSelector", new YamlMapping { { "matchLabels", SelectorLabels(m) } } },
                    { "policyTypes", new YamlSequence { "Ingress", "Egress" } },
                    {
                        "ingress", new YamlSequence
                        {
                            new YamlMapping { { "ports", new YamlSequence { new YamlMapping { { "port", PortName }, { "protocol", "TCP" } } } } },
                        }
                    },
                    { "egress", egress },
                }
            },
        };
    }

    private static YamlMapping Overlay(AksReadyModel m, string overlay)
    {
        var k = new YamlMapping
        {
            { "apiVersion", "kustomize.config.k8s.io/v1beta1" },
            { "kind", "Kustomization" },
            { "resources", new YamlSequence { "../../base" } },
            {
                "labels", new YamlSequence
                {
                    new YamlMapping { { "pairs", new YamlMapping { { "app.kubernetes.io/environment", overlay } } } },
                }
            },
        };

        if (overlay == "dev")
        {
            // One pod is enough in dev: the Deployment's replicas, or the autoscaler's minimum.
            if (m.MaxReplicas == null)
            {
                k.Add("replicas", new YamlSequence { new YamlMapping { { "name", m.Name }, { "count", 1 } } });
            }
            else
            {
                k.Add("patches", new YamlSequence
                {
                    new YamlMapping
                    {
                        { "target", new YamlMapping { { "kind", "HorizontalPodAutoscaler" }, { "name", m.Name } } },
                        { "patch", "[{\"op\": \"replace\", \"path\": \"/spec/minReplicas\", \"value\": 1}]" },
                    },
                });
            }
        }

        return k;
    }

    /// <summary>The labels selecting the pods (stable across versions).</summary>
    public static YamlMapping SelectorLabels(AksReadyModel m) => new()
    {
        { "app.kubernetes.io/name", m.Name },
        { "app.kubernetes.io/instance", m.Name },
    };

    /// <summary>The labels of every resource and of the pods.</summary>
    public static YamlMapping Labels(AksReadyModel m)
    {
        var labels = SelectorLabels(m);
        if (m.VersionLabel.Length > 0)
        {
            labels.Add("app.kubernetes.io/version", m.VersionLabel);
        }

        labels.Add("app.kubernetes.io/managed-by", ManagedBy);
        return labels;
    }

    private static YamlMapping Metadata(AksReadyModel m) => new()
    {
        { "name", m.Name },
        { "namespace", m.Namespace },
        { "labels", Labels(m) },
    };

    /// <summary>The ServiceAccount: its own identity, no token mounted.</summary>
    public static YamlMapping ServiceAccount(AksReadyModel m) => new()
    {
        { "apiVersion", "v1" },
        { "kind", "ServiceAccount" },
        { "metadata", Metadata(m) },
        { "automountServiceAccountToken", false },
    };

    /// <summary>The ClusterIP Service with the named port 'http'.</summary>
    public static YamlMapping Service(AksReadyModel m) => new()
    {
        { "apiVersion", "v1" },
        { "kind", "Service" },
        { "metadata", Metadata(m) },
        {
            "spec", new YamlMapping
            {
                { "type", "ClusterIP" },
                { "selector", SelectorLabels(m) },
                {
                    "ports", new YamlSequence
                    {
                        new YamlMapping
                        {
                            { "name", PortName },
                            { "port", m.ServicePort },
                            { "targetPort", PortName },
                            { "protocol", "TCP" },
                        },
                    }
                },
            }
        },
    };

    /// <summary>The Deployment.</summary>
    public static YamlMapping Deployment(AksReadyModel m)
    {
        var spec = new YamlMapping();
        if (m.MinReplicas == null)
        {
            spec.Add("replicas", m.Replicas);
        }

        spec.Add("revisionHistoryLimit", 5);
        spec.Add("selector", new YamlMapping { { "matchLabels", SelectorLabels(m) } });
        spec.Add("strategy", new YamlMapping
        {
            { "type", "RollingUpdate" },
            { "rollingUpdate", new YamlMapping { { "maxSurge", 1 }, { "maxUnavailable", 0 } } },
        });
        var podSpec = PodSpec(m);
        spec.Add("template", new YamlMapping
        {
            { "metadata", new YamlMapping { { "labels", Labels(m) } } },
            { "spec", podSpec },
        });

        return new YamlMapping
        {
            { "apiVersion", "apps/v1" },
            { "kind", "Deployment" },
            { "metadata", Metadata(m) },
            { "spec", spec },
        };
    }

    private static YamlMapping PodSpec(AksReadyModel m)
    {
        var pod = new YamlMapping
        {
            { "serviceAccountName", m.Name },
            { "automountServiceAccountToken", false },
            { "terminationGracePeriodSeconds", m.TerminationGracePeriodSeconds },
            {
                "securityContext", new YamlMapping
                {
                    { "runAsNonRoot", true },
                    { "runAsUser", AksReadyModel.AppUid },
                    { "runAsGroup", AksReadyModel.AppUid },
                    { "fsGroup", AksReadyModel.AppUid },
                    { "seccompProfile", new YamlMapping { { "type", "RuntimeDefault" } } },
                }
            },
            { "containers", new YamlSequence { Container(m) } },
            {
                "volumes", new YamlSequence
                {
                    new YamlMapping
                    {
                        { "name", "tmp" },
                        { "emptyDir", new YamlMapping { { "sizeLimit", "64Mi" } } },
                    },
                }
            },
        };
        if (m.TopologySpread)
        {
            pod.Add("topologySpreadConstraints", TopologySpread(m));
        }

        return pod;
    }

    private static YamlSequence TopologySpread(AksReadyModel m)
    {
        var list = new YamlSequence();
        foreach (var key in new[] { "topology.kubernetes.io/zone", "kubernetes.io/hostname" })
        {
            list.Add(new YamlMapping
            {
                { "maxSkew", 1 },
                { "topologyKey", key },
                { "whenUnsatisfiable", "ScheduleAnyway" },
                { "labelSelector", new YamlMapping { { "matchLabels", SelectorLabels(m) } } },
                { "matchLabelKeys", new YamlSequence { "pod-template-hash" } },
            });
        }

        return list;
    }

    private static YamlMapping Container(AksReadyModel m) => new()
    {
        { "name", m.Name },
        { "image", m.Image },
        { "imagePullPolicy", "IfNotPresent" },
        {
            "ports", new YamlSequence
            {
                new YamlMapping { { "name", PortName }, { "containerPort", m.Port }, { "protocol", "TCP" } },
            }
        },
        {
            "env", new YamlSequence
            {
                new YamlMapping { { "name", "ASPNETCORE_HTTP_PORTS" }, { "value", m.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) } },
                FieldEnv("POD_NAME", "metadata.name"),
                FieldEnv("POD_NAMESPACE", "metadata.namespace"),
                FieldEnv("NODE_NAME", "spec.nodeName"),
            }
        },
        {
            "resources", new YamlMapping
            {
                { "requests", Quantities(m.Requests) },
                { "limits", Quantities(m.Limits) },
            }
        },
        { "startupProbe", Probe(m.StartupPath, periodSeconds: 5, failureThreshold: 30) },
        { "livenessProbe", Probe(m.LivenessPath, periodSeconds: 10, failureThreshold: 3) },
        { "readinessProbe", Probe(m.ReadinessPath, periodSeconds: 5, failureThreshold: 3) },
        {
            "lifecycle", new YamlMapping
            {
                { "preStop", new YamlMapping { { "sleep", new YamlMapping { { "seconds", m.PreStopSleepSeconds } } } } },
            }
        },
        {
            "securityContext", new YamlMapping
            {
                { "allowPrivilegeEscalation", false },
                { "readOnlyRootFilesystem", true },
                { "runAsNonRoot", true },
                { "runAsUser", AksReadyModel.AppUid },
                { "capabilities", new YamlMapping { { "drop", new YamlSequence { "ALL" } } } },
                { "seccompProfile", new YamlMapping { { "type", "RuntimeDefault" } } },
            }
        },
        {
            "volumeMounts", new YamlSequence
            {
                new YamlMapping { { "name", "tmp" }, { "mountPath", "/tmp" } },
            }
        },
    };

    private static YamlMapping FieldEnv(string name, string fieldPath) => new()
    {
        { "name", name },
        { "valueFrom", new YamlMapping { { "fieldRef", new YamlMapping { { "fieldPath", fieldPath } } } } },
    };

    private static YamlMapping Quantities(IDictionary<string, string> values)
    {
        var map = new YamlMapping();
        foreach (var key in new[] { "cpu", "memory", "ephemeral-storage" })
        {
            if (values.TryGetValue(key, out var v) && v.Length > 0)
            {
                map.Add(key, v);
            }
        }

        return map;
    }

    private static YamlMapping Probe(string path, int periodSeconds, int failureThreshold) => new()
    {
        { "httpGet", new YamlMapping { { "path", path }, { "port", PortName }, { "scheme", "HTTP" } } },
        { "periodSeconds", periodSeconds },
        { "timeoutSeconds", 2 },
        { "failureThreshold", failureThreshold },
    };

    private static YamlMapping Kustomization(IEnumerable<string> resources)
    {
        var list = new YamlSequence();
        foreach (var r in resources)
        {
            list.Add(r);
        }

        return new YamlMapping
        {
            { "apiVersion", "kustomize.config.k8s.io/v1beta1" },
            { "kind", "Kustomization" },
            { "resources", list },
        };
    }
}

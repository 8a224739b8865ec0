using System.Collections.Generic;
using System.Linq;
using System.Text;

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
        };
        if (model.Service)
        {
            resources.Add(("service.yaml", Service(model)));
        }

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

        if (model.Config.Count > 0)
        {
            resources.Add(("configmap.yaml", ConfigMap(model)));
        }

        if (model.IngressHost.Length > 0)
        {
            resources.Add(("ingress.yaml", Ingress(model)));
        }

        if (model.KeyVaultName.Length > 0)
        {
            resources.Add(("secretproviderclass.yaml", SecretProviderClass(model)));
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

        if (model.HelmChart)
        {
            files.AddRange(HelmChartWriter.WriteAll(model));
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
    /// http port when there is a Service (none at all without one); egress to cluster DNS and to
    /// AksReadyNetworkPolicyEgressCidrs.
    /// </summary>
    /// <remarks>
    /// Without a Service nothing sends the pods traffic, so no ingress rule is written. The kubelet's probes still
    /// reach the http port: they come from the pod's own node, and traffic between a pod and its node is always allowed
    /// (Kubernetes NetworkPolicy semantics, implemented by AKS's engines: Azure NPM, Cilium and Calico).
    /// </remarks>
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
                        "ingress", m.Service
                            ? new YamlSequence { new YamlMapping { { "ports", new YamlSequence { new YamlMapping { { "port", PortName }, { "protocol", "TCP" } } } } } }
                            : new YamlSequence()
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
    public static YamlMapping ServiceAccount(AksReadyModel m)
    {
        var metadata = Metadata(m);
        if (m.WorkloadIdentityClientId.Length > 0)
        {
            // Read by the Azure Workload Identity webhook, which projects a token for this identity into the pods.
            var annotations = new YamlMapping { { "azure.workload.identity/client-id", m.WorkloadIdentityClientId } };
            if (m.KeyVaultTenantId.Length > 0)
            {
                annotations.Add("azure.workload.identity/tenant-id", m.KeyVaultTenantId);
            }

            metadata.Add("annotations", annotations);
        }

        return new YamlMapping
        {
            { "apiVersion", "v1" },
            { "kind", "ServiceAccount" },
            { "metadata", metadata },
            { "automountServiceAccountToken", false },
        };
    }

    /// <summary>The name of the ConfigMap.</summary>
    public static string ConfigMapName(AksReadyModel m) => m.Name + "-config";

    /// <summary>The name of the SecretProviderClass.</summary>
    public static string SecretProviderClassName(AksReadyModel m) => m.Name + "-keyvault";

    /// <summary>The ConfigMap of the AksReadyConfig items.</summary>
    public static YamlMapping ConfigMap(AksReadyModel m)
    {
        var data = new YamlMapping();
        foreach (var kv in m.Config)
        {
            data.Add(kv.Key, kv.Value);
        }

        var metadata = Metadata(m);
        metadata.Set("name", YamlScalar.String(ConfigMapName(m)));
        return new YamlMapping
        {
            { "apiVersion", "v1" },
            { "kind", "ConfigMap" },
            { "metadata", metadata },
            { "data", data },
        };
    }

    /// <summary>The Ingress: one host, every path to the Service's http port, TLS when a secret is named.</summary>
    public static YamlMapping Ingress(AksReadyModel m)
    {
        var spec = new YamlMapping();
        if (m.IngressClassName.Length > 0)
        {
            spec.Add("ingressClassName", m.IngressClassName);
        }

        if (m.IngressTlsSecretName.Length > 0)
        {
            spec.Add("tls", new YamlSequence { new YamlMapping { { "hosts", new YamlSequence { m.IngressHost } }, { "secretName", m.IngressTlsSecretName } } });
        }

        spec.Add("rules", new YamlSequence
        {
            new YamlMapping
            {
                { "host", m.IngressHost },
                {
                    "http", new YamlMapping
                    {
                        {
                            "paths", new YamlSequence
                            {
                                new YamlMapping
                                {
                                    { "path", "/" },
                                    { "pathType", "Prefix" },
                                    { "backend", new YamlMapping { { "service", new YamlMapping { { "name", m.Name }, { "port", new YamlMapping { { "name", PortName } } } } } } },
                                },
                            }
                        },
                    }
                },
            },
        });
        return new YamlMapping
        {
            { "apiVersion", "networking.k8s.io/v1" },
            { "kind", "Ingress" },
            { "metadata", Metadata(m) },
            { "spec", spec },
        };
    }

    /// <summary>The file name of a Key Vault secret under /mnt/secrets-store: '--' becomes '__'.</summary>
    public static string SecretFileName(string secret) => secret.Replace("--", "__");

    /// <summary>The SecretProviderClass (Secrets Store CSI driver, Azure Key Vault provider) read with workload identity.</summary>
    public static YamlMapping SecretProviderClass(AksReadyModel m)
    {
        var objects = new StringBuilder("array:\n");
        foreach (var secret in m.KeyVaultSecrets)
        {
            // Key Vault names allow only letters, digits and '-': the alias (the file name) turns '--' into the '__'
            // section delimiter that AksReady.Hosting's secret-files provider (like KeyPerFile) reads as ':'.
            objects.Append("  - |\n    objectName: ").Append(secret).Append("\n    objectAlias: ").Append(SecretFileName(secret)).Append("\n    objectType: secret\n");
        }

        var metadata = Metadata(m);
        metadata.Set("name", YamlScalar.String(SecretProviderClassName(m)));
        return new YamlMapping
        {
            { "apiVersion", "secrets-store.csi.x-k8s.io/v1" },
            { "kind", "SecretProviderClass" },
            { "metadata", metadata },
            {
                "spec", new YamlMapping
                {
                    { "provider", "azure" },
                    {
                        "parameters", new YamlMapping
                        {
                            { "usePodIdentity", "false" },
                            { "clientID", m.WorkloadIdentityClientId },
                            { "keyvaultName", m.KeyVaultName },
                            { "tenantId", m.KeyVaultTenantId },
                            { "objects", objects.ToString() },
                        }
                    },
                }
            },
        };
    }

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
        var podLabels = Labels(m);
        if (m.WorkloadIdentityClientId.Length > 0)
        {
            podLabels.Add("azure.workload.identity/use", "true");
        }

        var podMetadata = new YamlMapping { { "labels", podLabels } };
        if (m.Config.Count > 0)
        {
            // A config change changes the pod template, so the Deployment rolls the pods.
            podMetadata.Add("annotations", new YamlMapping { { "checksum/config", ConfigChecksum(m) } });
        }

        spec.Add("template", new YamlMapping
        {
            { "metadata", podMetadata },
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

    /// <summary>SHA-256 (hex) of the ConfigMap data, in item order.</summary>
    public static string ConfigChecksum(AksReadyModel m)
    {
        var text = new StringBuilder();
        foreach (var kv in m.Config)
        {
            text.Append(kv.Key).Append('=').Append(kv.Value).Append('\n');
        }

        using var sha = System.Security.Cryptography.SHA256.Create();
        return string.Concat(sha.ComputeHash(Encoding.UTF8.GetBytes(text.ToString())).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
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
                    { "runAsUser", m.RunAsUser },
                    { "runAsGroup", m.RunAsUser },
                    { "fsGroup", m.RunAsUser },
                    { "seccompProfile", new YamlMapping { { "type", "RuntimeDefault" } } },
                }
            },
            { "containers", new YamlSequence { Container(m) } },
        };
        var volumes = new YamlSequence
        {
            new YamlMapping
            {
                { "name", "tmp" },
                { "emptyDir", new YamlMapping { { "sizeLimit", "64Mi" } } },
            },
        };
        if (m.Config.Count > 0 && m.ConfigMountPath.Length > 0)
        {
            volumes.Add(new YamlMapping { { "name", "config" }, { "configMap", new YamlMapping { { "name", ConfigMapName(m) } } } });
        }

        if (m.KeyVaultName.Length > 0)
        {
            volumes.Add(new YamlMapping
            {
                { "name", "secrets-store" },
                {
                    "csi", new YamlMapping
                    {
                        { "driver", "secrets-store.csi.k8s.io" },
                        { "readOnly", true },
                        { "volumeAttributes", new YamlMapping { { "secretProviderClass", SecretProviderClassName(m) } } },
                    }
                },
            });
        }

        pod.Add("volumes", volumes);
        if (m.NodePool.Length > 0)
        {
            pod.Add("nodeSelector", new YamlMapping { { "kubernetes.azure.com/agentpool", m.NodePool } });
        }

        if (m.Spot)
        {
            pod.Add("tolerations", new YamlSequence
            {
                new YamlMapping { { "key", SpotLabel }, { "operator", "Equal" }, { "value", "spot" }, { "effect", "NoSchedule" } },
            });
        }
        if (m.PriorityClassName.Length > 0)
        {
            pod.Add("priorityClassName", m.PriorityClassName);
        }

        pod.Add("affinity", Affinity(m));
        if (m.TopologySpread)
        {
            pod.Add("topologySpreadConstraints", TopologySpread(m));
        }

        return pod;
    }

    /// <summary>The label (and taint key) of AKS spot node pools.</summary>
    public const string SpotLabel = "kubernetes.azure.com/scalesetpriority";

    /// <summary>The label AKS puts on every node: 'system' or 'user' node pool.</summary>
    public const string NodePoolModeLabel = "kubernetes.azure.com/mode";

    private static YamlSequence NodeExpressions(AksReadyModel m)
    {
        var list = new YamlSequence
        {
            new YamlMapping { { "key", NodePoolModeLabel }, { "operator", "NotIn" }, { "values", new YamlSequence { "system" } } },
        };
        if (m.Spot)
        {
            list.Add(new YamlMapping { { "key", SpotLabel }, { "operator", "In" }, { "values", new YamlSequence { "spot" } } });
        }

        return list;
    }

    private static YamlMapping Affinity(AksReadyModel m)
    {
        // Never on an AKS system node pool (kept for critical add-ons). NotIn also matches nodes without the label, so
        // the rule is harmless on other clusters.
        var terms = new YamlSequence
        {
            new YamlMapping
            {
                {
                    "matchExpressions", NodeExpressions(m)
                },
            },
        };
        var affinity = new YamlMapping
        {
            { "nodeAffinity", new YamlMapping { { "requiredDuringSchedulingIgnoredDuringExecution", new YamlMapping { { "nodeSelectorTerms", terms } } } } },
        };
        if (m.TopologySpread)
        {
            // Soft anti-affinity per node as well as the spread constraints: linters that only know podAntiAffinity
            // (kube-score, kube-linter) see the intent, and it never blocks scheduling.
            affinity.Add("podAntiAffinity", new YamlMapping
            {
                {
                    "preferredDuringSchedulingIgnoredDuringExecution", new YamlSequence
                    {
                        new YamlMapping
                        {
                            { "weight", 100 },
                            {
                                "podAffinityTerm", new YamlMapping
                                {
                                    { "topologyKey", "kubernetes.io/hostname" },
                                    { "labelSelector", new YamlMapping { { "matchLabels", SelectorLabels(m) } } },
                                }
                            },
                        },
                    }
                },
            });
        }

        return affinity;
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

    private static YamlSequence Env(AksReadyModel m)
    {
        var env = new YamlSequence
        {
            new YamlMapping { { "name", "ASPNETCORE_HTTP_PORTS" }, { "value", m.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) } },
            FieldEnv("POD_NAME", "metadata.name"),
            FieldEnv("POD_NAMESPACE", "metadata.namespace"),
            FieldEnv("NODE_NAME", "spec.nodeName"),
        };
        foreach (var kv in m.EnvironmentVariables)
        {
            env.Add(new YamlMapping { { "name", kv.Key }, { "value", kv.Value } });
        }

        return env;
    }

    private static YamlSequence VolumeMounts(AksReadyModel m)
    {
        var mounts = new YamlSequence { new YamlMapping { { "name", "tmp" }, { "mountPath", "/tmp" } } };
        if (m.Config.Count > 0 && m.ConfigMountPath.Length > 0)
        {
            mounts.Add(new YamlMapping { { "name", "config" }, { "mountPath", m.ConfigMountPath }, { "readOnly", true } });
        }

        if (m.KeyVaultName.Length > 0)
        {
            mounts.Add(new YamlMapping { { "name", "secrets-store" }, { "mountPath", AksReadyModel.SecretsMountPath }, { "readOnly", true } });
        }

        return mounts;
    }

    private static YamlMapping Container(AksReadyModel m)
    {
        var c = ContainerCore(m);
        if (m.Config.Count > 0 && m.ConfigMountPath.Length == 0)
        {
            c.Set("envFrom", new YamlSequence { new YamlMapping { { "configMapRef", new YamlMapping { { "name", ConfigMapName(m) } } } } });
        }

        c.Set("volumeMounts", VolumeMounts(m));
        return c;
    }

    private static YamlMapping ContainerCore(AksReadyModel m) => new()
    {
        { "name", m.Name },
        { "image", m.Image },
        { "imagePullPolicy", m.ImagePullPolicy },
        {
            "ports", new YamlSequence
            {
                new YamlMapping { { "name", PortName }, { "containerPort", m.Port }, { "protocol", "TCP" } },
            }
        },
        { "env", Env(m) },
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
                { "runAsUser", m.RunAsUser },
                { "runAsGroup", m.RunAsUser },
                { "capabilities", new YamlMapping { { "drop", new YamlSequence { "ALL" } } } },
                { "seccompProfile", new YamlMapping { { "type", "RuntimeDefault" } } },
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

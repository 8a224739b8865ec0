using System.Text.Json.Nodes;
using static AksReady.Sdk.Tests.Policies.ManifestSet;

namespace AksReady.Sdk.Tests.Policies;

/// <summary>One published check, re-implemented from its rule text. <see cref="Break"/> makes a set violate it (to prove the check can fail).</summary>
internal sealed record PolicyCheck(string Id, string Rule, Func<ManifestSet, IEnumerable<string>> Run, Action<ManifestSet>? Break);

/// <summary>
/// The checks of the Pod Security Standards (restricted), kube-score, kube-linter, Polaris and the AKS Deployment
/// Safeguards that apply to what AksReady writes. Ids are "&lt;tool&gt;/&lt;check name as the tool spells it&gt;".
/// </summary>
internal static class PolicyCatalog
{
    private static readonly string[] s_allowedVolumeTypes = { "configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret" };
    private static readonly string[] s_safeSysctls =
    {
        "kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.ip_unprivileged_port_start", "net.ipv4.tcp_syncookies",
        "net.ipv4.ping_group_range", "net.ipv4.ip_local_reserved_ports", "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout",
        "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes",
    };
    private static readonly string[] s_stableApiVersions = { "v1", "apps/v1", "autoscaling/v2", "policy/v1", "networking.k8s.io/v1", "secrets-store.csi.x-k8s.io/v1" };
    private static readonly string[] s_dangerousCapabilities = { "ALL", "SYS_ADMIN", "NET_ADMIN" };
    private static readonly string[] s_insecureCapabilities = { "NET_ADMIN", "CHOWN", "DAC_OVERRIDE", "FSETID", "FOWNER", "SETGID", "SETUID", "SETFCAP", "SETPCAP", "NET_BIND_SERVICE", "SYS_CHROOT", "KILL", "AUDIT_WRITE" };
    private static readonly string[] s_secretWords = { "SECRET", "PASSWORD", "PASSWD", "TOKEN", "APIKEY", "API_KEY", "CONNECTIONSTRING", "CREDENTIAL" };

    public static IReadOnlyList<PolicyCheck> All { get; } = Build();

    public static PolicyCheck Get(string id) => All.Single(c => c.Id == id);

    // Shorthands for the Break actions.
    private static JsonObject Pod(ManifestSet s) => s.Pods().First().Spec;

    private static JsonObject App(ManifestSet s) => s.Containers().First().Container;

    private static JsonObject Sc(ManifestSet s) => App(s)["securityContext"]!.AsObject();

    private static JsonObject Dep(ManifestSet s) => s.Single("Deployment");

    private static IEnumerable<string> PerContainer(ManifestSet s, Func<JsonObject, JsonObject, string?> problem) =>
        s.Containers().Select(c => (c, p: problem(c.Pod, c.Container))).Where(x => x.p != null).Select(x => $"{Id(x.c.Workload)} container {Str(x.c.Container["name"])}: {x.p}");

    private static IEnumerable<string> PerPod(ManifestSet s, Func<JsonObject, JsonObject, string?> problem) =>
        s.Pods().Select(p => (p, m: problem(p.Metadata, p.Spec))).Where(x => x.m != null).Select(x => $"{Id(x.p.Workload)}: {x.m}");

    private static string? ImageTag(JsonObject c)
    {
        var image = Str(c["image"]) ?? string.Empty;
        var at = image.IndexOf('@');
        var name = at >= 0 ? image[..at] : image;
        var slash = name.LastIndexOf('/');
        var colon = name.LastIndexOf(':');
        return colon > slash ? name[(colon + 1)..] : (at >= 0 ? "@digest" : null);
    }

    private static bool HasResource(JsonObject c, string kind, string resource) => c["resources"]?[kind]?[resource] != null;

    private static bool HostAntiAffinity(JsonObject pod, JsonObject labels)
    {
        var anti = pod["affinity"]?["podAntiAffinity"];
        var required = Arr(anti?["requiredDuringSchedulingIgnoredDuringExecution"]);
        var preferred = Arr(anti?["preferredDuringSchedulingIgnoredDuringExecution"]).Select(p => p["podAffinityTerm"]!);
        return required.Concat(preferred).Any(t => Str(t["topologyKey"]) == "kubernetes.io/hostname" && Selects(t["labelSelector"], labels));
    }

    private static bool HostOrZoneSpread(JsonObject pod, JsonObject labels) =>
        Arr(pod["topologySpreadConstraints"]).Any(t => Str(t["topologyKey"]) is "kubernetes.io/hostname" or "topology.kubernetes.io/zone" && Selects(t["labelSelector"], labels));

    private static bool ProbeTargetsContainerPort(JsonObject c, JsonNode? probe)
    {
        var port = probe?["httpGet"]?["port"] ?? probe?["tcpSocket"]?["port"] ?? probe?["grpc"]?["port"];
        if (port == null)
        {
            return probe?["exec"] != null;
        }

        var ports = Arr(c["ports"]).ToList();
        return Str(port) is string named ? ports.Any(p => Str(p["name"]) == named) : ports.Any(p => Long(p["containerPort"]) == Long(port));
    }

    private static IEnumerable<JsonObject> PdbsFor(ManifestSet s, JsonObject metadata) =>
        s.OfKind("PodDisruptionBudget").Where(p => Selects(p["spec"]!["selector"], metadata["labels"] as JsonObject));

    private static List<PolicyCheck> Build()
    {
        var list = new List<PolicyCheck>();
        void Add(string id, string rule, Func<ManifestSet, IEnumerable<string>> run, Action<ManifestSet>? breakIt) => list.Add(new PolicyCheck(id, rule, run, breakIt));

        // ---- Pod Security Standards, restricted profile (which includes baseline) ----
        Add("pss/host-namespaces", "hostNetwork, hostPID and hostIPC must be unset or false.",
            s => PerPod(s, (_, p) => new[] { "hostNetwork", "hostPID", "hostIPC" }.FirstOrDefault(f => Bool(p[f]) == true)),
            s => Pod(s)["hostPID"] = true);
        Add("pss/privileged", "securityContext.privileged must be unset or false.",
            s => PerContainer(s, (_, c) => Bool(c["securityContext"]?["privileged"]) == true ? "privileged" : null),
            s => Sc(s)["privileged"] = true);
        Add("pss/capabilities", "Containers must drop ALL and may add only NET_BIND_SERVICE.",
            s => PerContainer(s, (_, c) =>
                !Strs(c["securityContext"]?["capabilities"]?["drop"]).Contains("ALL") ? "does not drop ALL"
                : Strs(c["securityContext"]?["capabilities"]?["add"]).FirstOrDefault(a => a != "NET_BIND_SERVICE") is string cap ? "adds " + cap : null),
            s => Sc(s)["capabilities"]!["add"] = new JsonArray("NET_RAW"));
        Add("pss/host-path-volumes", "hostPath volumes are forbidden.",
            s => PerPod(s, (_, p) => Arr(p["volumes"]).Any(v => v["hostPath"] != null) ? "hostPath volume" : null),
            s => Pod(s)["volumes"]!.AsArray().Add(new JsonObject { ["name"] = "h", ["hostPath"] = new JsonObject { ["path"] = "/" } }));
        Add("pss/host-ports", "hostPort must be unset or 0.",
            s => PerContainer(s, (_, c) => Arr(c["ports"]).Any(p => (Long(p["hostPort"]) ?? 0) != 0) ? "hostPort" : null),
            s => App(s)["ports"]![0]!["hostPort"] = 8080);
        Add("pss/apparmor", "AppArmor must not be Unconfined (field or annotation).",
            s => PerPod(s, (m, p) =>
                Str(p["securityContext"]?["appArmorProfile"]?["type"]) == "Unconfined"
                || Arr(p["containers"]).Any(c => Str(c["securityContext"]?["appArmorProfile"]?["type"]) == "Unconfined")
                || (m["annotations"] as JsonObject)?.Any(a => a.Key.StartsWith("container.apparmor.security.beta.kubernetes.io/", StringComparison.Ordinal) && Str(a.Value) == "unconfined") == true
                    ? "AppArmor unconfined" : null),
            s => Sc(s)["appArmorProfile"] = new JsonObject { ["type"] = "Unconfined" });
        Add("pss/selinux", "seLinuxOptions.type only container_t/container_init_t/container_kvm_t/container_engine_t; user and role unset.",
            s => PerContainer(s, (p, c) =>
            {
                foreach (var o in new[] { p["securityContext"]?["seLinuxOptions"], c["securityContext"]?["seLinuxOptions"] }.Where(o => o != null))
                {
                    var type = Str(o!["type"]);
                    if ((type != null && type is not ("container_t" or "container_init_t" or "container_kvm_t" or "container_engine_t")) || o["user"] != null || o["role"] != null)
                    {
                        return "seLinuxOptions not allowed";
                    }
                }

                return null;
            }),
            s => Sc(s)["seLinuxOptions"] = new JsonObject { ["type"] = "spc_t" });
        Add("pss/proc-mount", "procMount must be unset or Default.",
            s => PerContainer(s, (_, c) => Str(c["securityContext"]?["procMount"]) is string pm && pm != "Default" ? "procMount " + pm : null),
            s => Sc(s)["procMount"] = "Unmasked");
        Add("pss/seccomp", "seccompProfile.type RuntimeDefault or Localhost on the pod or every container; never Unconfined.",
            s => PerContainer(s, (p, c) => Str(Effective(p, c, "seccompProfile")?["type"]) is "RuntimeDefault" or "Localhost"
                && Str(p["securityContext"]?["seccompProfile"]?["type"]) != "Unconfined" ? null : "seccompProfile not RuntimeDefault/Localhost"),
            s => { Sc(s).Remove("seccompProfile"); Pod(s)["securityContext"]!["seccompProfile"] = new JsonObject { ["type"] = "Unconfined" }; });
        Add("pss/sysctls", "Only the safe sysctls are allowed.",
            s => PerPod(s, (_, p) => Arr(p["securityContext"]?["sysctls"]).Select(x => Str(x["name"])).FirstOrDefault(n => !s_safeSysctls.Contains(n)) is string n ? "sysctl " + n : null),
            s => Pod(s)["securityContext"]!["sysctls"] = new JsonArray(new JsonObject { ["name"] = "kernel.msgmax", ["value"] = "1" }));
        Add("pss/volume-types", "Volumes only of the types configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected, secret.",
            s => PerPod(s, (_, p) => Arr(p["volumes"]).Select(v => v.AsObject().Select(kv => kv.Key).FirstOrDefault(k => k != "name" && !s_allowedVolumeTypes.Contains(k))).FirstOrDefault(k => k != null) is string t ? "volume type " + t : null),
            s => Pod(s)["volumes"]!.AsArray().Add(new JsonObject { ["name"] = "n", ["nfs"] = new JsonObject { ["server"] = "x", ["path"] = "/" } }));
        Add("pss/privilege-escalation", "allowPrivilegeEscalation must be false.",
            s => PerContainer(s, (_, c) => Bool(c["securityContext"]?["allowPrivilegeEscalation"]) == false ? null : "allowPrivilegeEscalation not false"),
            s => Sc(s).Remove("allowPrivilegeEscalation"));
        Add("pss/run-as-non-root", "runAsNonRoot true on the pod or every container, and never false.",
            s => PerContainer(s, (p, c) => Bool(Effective(p, c, "runAsNonRoot")) == true ? null : "runAsNonRoot not true"),
            s => Sc(s)["runAsNonRoot"] = false);
        Add("pss/run-as-user", "runAsUser must not be 0.",
            s => PerContainer(s, (p, c) => Long(p["securityContext"]?["runAsUser"]) == 0 || Long(c["securityContext"]?["runAsUser"]) == 0 ? "runAsUser 0" : null),
            s => Sc(s)["runAsUser"] = 0);
        Add("pss/windows-host-process", "windowsOptions.hostProcess must be unset or false.",
            s => PerContainer(s, (p, c) => Bool(Effective(p, c, "windowsOptions")?["hostProcess"]) == true ? "hostProcess" : null),
            s => Sc(s)["windowsOptions"] = new JsonObject { ["hostProcess"] = true });

        // ---- kube-score (default checks, plus the optional user/group id check) ----
        Add("kube-score/container-resources", "Every container has CPU and memory requests and limits.",
            s => PerContainer(s, (_, c) => new[] { ("limits", "cpu"), ("limits", "memory"), ("requests", "cpu"), ("requests", "memory") }.Where(x => !HasResource(c, x.Item1, x.Item2)).Select(x => $"no {x.Item2} {x.Item1}").FirstOrDefault()),
            s => App(s)["resources"]!["limits"]!.AsObject().Remove("memory"));
        Add("kube-score/container-ephemeral-storage-request-and-limit", "Every container has an ephemeral-storage request and limit.",
            s => PerContainer(s, (_, c) => HasResource(c, "requests", "ephemeral-storage") && HasResource(c, "limits", "ephemeral-storage") ? null : "no ephemeral-storage request/limit"),
            s => App(s)["resources"]!["requests"]!.AsObject().Remove("ephemeral-storage"));
        Add("kube-score/container-image-tag", "The image has a tag, and it is not 'latest'.",
            s => PerContainer(s, (_, c) => ImageTag(c) is null or "latest" ? "image tag missing or latest" : null),
            s => App(s)["image"] = "contoso:latest");
        Add("kube-score/container-image-pull-policy", "imagePullPolicy is Always.",
            s => PerContainer(s, (_, c) => Str(c["imagePullPolicy"]) == "Always" ? null : "imagePullPolicy " + (Str(c["imagePullPolicy"]) ?? "unset")),
            s => App(s)["imagePullPolicy"] = "Never");
        Add("kube-score/pod-probes", "A pod targeted by a Service has a readiness probe and a liveness probe, and they differ.",
            s => PerContainer(s, (_, c) =>
                c["readinessProbe"] == null || c["livenessProbe"] == null ? "missing readiness or liveness probe"
                : JsonNode.DeepEquals(c["readinessProbe"], c["livenessProbe"]) ? "readiness and liveness probes are identical" : null),
            s => App(s)["livenessProbe"] = App(s)["readinessProbe"]!.DeepClone());
        Add("kube-score/pod-networkpolicy", "Every pod is selected by a NetworkPolicy with both Ingress and Egress policy types.",
            s => PerPod(s, (m, _) => s.OfKind("NetworkPolicy").Any(n => Selects(n["spec"]!["podSelector"], m["labels"] as JsonObject)
                && Strs(n["spec"]!["policyTypes"]).Contains("Ingress") && Strs(n["spec"]!["policyTypes"]).Contains("Egress")) ? null : "no NetworkPolicy for ingress and egress"),
            s => s.Objects.RemoveAll(o => Str(o["kind"]) == "NetworkPolicy"));
        Add("kube-score/networkpolicy-targets-pod", "Every NetworkPolicy selects at least one pod.",
            s => s.OfKind("NetworkPolicy").Where(n => !s.Pods().Any(p => Selects(n["spec"]!["podSelector"], p.Metadata["labels"] as JsonObject))).Select(n => Id(n) + " selects no pod"),
            s => s.Single("NetworkPolicy")["spec"]!["podSelector"]!["matchLabels"]!["app.kubernetes.io/name"] = "other");
        Add("kube-score/deployment-has-poddisruptionbudget", "A Deployment with more than one replica is covered by a PodDisruptionBudget.",
            s => PerPod(s, (m, _) => PdbsFor(s, m).Any() ? null : "no PodDisruptionBudget"),
            s => s.Objects.RemoveAll(o => Str(o["kind"]) == "PodDisruptionBudget"));
        Add("kube-score/poddisruptionbudget-has-policy", "A PodDisruptionBudget sets minAvailable or maxUnavailable.",
            s => s.OfKind("PodDisruptionBudget").Where(p => p["spec"]!["minAvailable"] == null && p["spec"]!["maxUnavailable"] == null).Select(p => Id(p) + " has no policy"),
            s => s.Single("PodDisruptionBudget")["spec"]!.AsObject().Remove("maxUnavailable"));
        Add("kube-score/deployment-targeted-by-hpa-does-not-have-replicas-configured", "A Deployment scaled by an HPA does not set spec.replicas.",
            s => s.OfKind("HorizontalPodAutoscaler").Select(h => s.OfKind("Deployment").FirstOrDefault(d => Name(d) == Str(h["spec"]!["scaleTargetRef"]!["name"])))
                .Where(d => d?["spec"]?["replicas"] != null).Select(d => Id(d!) + " sets replicas but is scaled by an HPA"),
            s =>
            {
                Dep(s)["spec"]!["replicas"] = 2;
                if (!s.OfKind("HorizontalPodAutoscaler").Any())
                {
                    s.Objects.Add(new JsonObject { ["apiVersion"] = "autoscaling/v2", ["kind"] = "HorizontalPodAutoscaler", ["metadata"] = new JsonObject { ["name"] = Name(Dep(s)) }, ["spec"] = new JsonObject { ["scaleTargetRef"] = new JsonObject { ["apiVersion"] = "apps/v1", ["kind"] = "Deployment", ["name"] = Name(Dep(s)) }, ["maxReplicas"] = 3 } });
                }
            });
        Add("kube-score/horizontalpodautoscaler-has-target", "An HPA's scaleTargetRef names an object in the set.",
            s => s.OfKind("HorizontalPodAutoscaler").Where(h => !s.Objects.Any(o => Str(o["kind"]) == Str(h["spec"]!["scaleTargetRef"]!["kind"]) && Name(o) == Str(h["spec"]!["scaleTargetRef"]!["name"]))).Select(h => Id(h) + " has no target"),
            null);
        Add("kube-score/service-targets-pod", "Every Service's selector matches a pod.",
            s => s.OfKind("Service").Where(v => !s.Pods().Any(p => Selects(v["spec"]!["selector"], p.Metadata["labels"] as JsonObject, plainMap: true))).Select(v => Id(v) + " targets no pod"),
            s => s.Single("Service")["spec"]!["selector"]!["app.kubernetes.io/name"] = "other");
        Add("kube-score/service-type", "Services are not of type NodePort.",
            s => s.OfKind("Service").Where(v => Str(v["spec"]!["type"]) == "NodePort").Select(v => Id(v) + " is NodePort"),
            s => s.Single("Service")["spec"]!["type"] = "NodePort");
        Add("kube-score/deployment-has-host-podantiaffinity", "A Deployment with more than one replica has a podAntiAffinity on kubernetes.io/hostname that selects its own pods.",
            s => s.Pods().Where(p => s.Replicas(p.Workload) > 1 && !HostAntiAffinity(p.Spec, p.Metadata["labels"]!.AsObject())).Select(p => Id(p.Workload) + " has no host anti-affinity"),
            s => Pod(s)["affinity"]!.AsObject().Remove("podAntiAffinity"));
        Add("kube-score/stable-version", "Objects use stable (non-beta, non-deprecated) API versions.",
            s => s.Objects.Where(o => !s_stableApiVersions.Contains(Str(o["apiVersion"]))).Select(o => Id(o) + " uses " + Str(o["apiVersion"])),
            s => s.Single("HorizontalPodAutoscaler")["apiVersion"] = "autoscaling/v2beta2");
        Add("kube-score/container-security-context-user-group-id", "runAsUser and runAsGroup are above 10000.",
            s => PerContainer(s, (p, c) => (Long(Effective(p, c, "runAsUser")) ?? 0) > 10000 && (Long(Effective(p, c, "runAsGroup")) ?? 0) > 10000 ? null
                : $"runAsUser {Long(Effective(p, c, "runAsUser"))} / runAsGroup {Long(Effective(p, c, "runAsGroup"))} not above 10000"),
            s => { Sc(s)["runAsUser"] = 1000; Sc(s)["runAsGroup"] = 1000; });
        Add("kube-score/container-security-context-privileged", "Containers are not privileged.",
            s => PerContainer(s, (_, c) => Bool(c["securityContext"]?["privileged"]) == true ? "privileged" : null),
            s => Sc(s)["privileged"] = true);
        Add("kube-score/container-security-context-readonlyrootfilesystem", "readOnlyRootFilesystem is true.",
            s => PerContainer(s, (_, c) => Bool(c["securityContext"]?["readOnlyRootFilesystem"]) == true ? null : "root filesystem writable"),
            s => Sc(s)["readOnlyRootFilesystem"] = false);
        Add("kube-score/environment-variable-key-duplication", "No container sets the same environment variable twice.",
            s => PerContainer(s, (_, c) => Arr(c["env"]).Select(e => Str(e["name"])).GroupBy(n => n).FirstOrDefault(g => g.Count() > 1)?.Key is string d ? "duplicate env " + d : null),
            s => App(s)["env"]!.AsArray().Add(new JsonObject { ["name"] = "POD_NAME", ["value"] = "x" }));
        Add("kube-score/label-values", "Label values are valid (at most 63 characters, alphanumerics and -_. inside).",
            s => s.Objects.Concat(s.Pods().Select(p => new JsonObject { ["kind"] = "PodTemplate", ["metadata"] = p.Metadata.DeepClone() }))
                .SelectMany(o => (o["metadata"]?["labels"] as JsonObject ?? new JsonObject()).Select(kv => (o, v: Str(kv.Value) ?? string.Empty)))
                .Where(x => x.v.Length > 63 || !System.Text.RegularExpressions.Regex.IsMatch(x.v, "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"))
                .Select(x => $"{Id(x.o)} label value '{x.v}'"),
            s => Dep(s)["metadata"]!["labels"]!["bad"] = "-x-");

        // ---- kube-linter (default checks, plus the replica minimums) ----
        Add("kube-linter/no-read-only-root-fs", "Containers run with a read-only root filesystem.",
            s => PerContainer(s, (_, c) => Bool(c["securityContext"]?["readOnlyRootFilesystem"]) == true ? null : "writable root filesystem"),
            s => Sc(s).Remove("readOnlyRootFilesystem"));
        Add("kube-linter/run-as-non-root", "runAsNonRoot true or a non-zero runAsUser, at pod or container level.",
            s => PerContainer(s, (p, c) => Bool(Effective(p, c, "runAsNonRoot")) == true || (Long(Effective(p, c, "runAsUser")) ?? 0) > 0 ? null : "may run as root"),
            s => { Sc(s).Remove("runAsNonRoot"); Sc(s).Remove("runAsUser"); Pod(s)["securityContext"]!.AsObject().Remove("runAsNonRoot"); Pod(s)["securityContext"]!.AsObject().Remove("runAsUser"); });
        Add("kube-linter/privilege-escalation-container", "allowPrivilegeEscalation is false and no privileged/CAP_SYS_ADMIN.",
            s => PerContainer(s, (_, c) => Bool(c["securityContext"]?["allowPrivilegeEscalation"]) == false && Bool(c["securityContext"]?["privileged"]) != true
                && !Strs(c["securityContext"]?["capabilities"]?["add"]).Contains("SYS_ADMIN") ? null : "privilege escalation possible"),
            s => Sc(s)["allowPrivilegeEscalation"] = true);
        Add("kube-linter/latest-tag", "Images are not tagged latest.",
            s => PerContainer(s, (_, c) => ImageTag(c) == "latest" ? "latest tag" : null),
            s => App(s)["image"] = "contoso:latest");
        Add("kube-linter/unset-cpu-requirements", "Containers set a CPU request and limit.",
            s => PerContainer(s, (_, c) => HasResource(c, "requests", "cpu") && HasResource(c, "limits", "cpu") ? null : "cpu requirements unset"),
            s => App(s)["resources"]!["requests"]!.AsObject().Remove("cpu"));
        Add("kube-linter/unset-memory-requirements", "Containers set a memory request and limit.",
            s => PerContainer(s, (_, c) => HasResource(c, "requests", "memory") && HasResource(c, "limits", "memory") ? null : "memory requirements unset"),
            s => App(s)["resources"]!["requests"]!.AsObject().Remove("memory"));
        Add("kube-linter/no-liveness-probe", "Containers have a liveness probe.",
            s => PerContainer(s, (_, c) => c["livenessProbe"] == null ? "no liveness probe" : null),
            s => App(s).Remove("livenessProbe"));
        Add("kube-linter/no-readiness-probe", "Containers have a readiness probe.",
            s => PerContainer(s, (_, c) => c["readinessProbe"] == null ? "no readiness probe" : null),
            s => App(s).Remove("readinessProbe"));
        Add("kube-linter/liveness-port", "The liveness probe's port is a container port.",
            s => PerContainer(s, (_, c) => c["livenessProbe"] == null || ProbeTargetsContainerPort(c, c["livenessProbe"]) ? null : "liveness port not exposed"),
            s => App(s)["livenessProbe"]!["httpGet"]!["port"] = "metrics");
        Add("kube-linter/readiness-port", "The readiness probe's port is a container port.",
            s => PerContainer(s, (_, c) => c["readinessProbe"] == null || ProbeTargetsContainerPort(c, c["readinessProbe"]) ? null : "readiness port not exposed"),
            s => App(s)["readinessProbe"]!["httpGet"]!["port"] = 9999);
        Add("kube-linter/startup-port", "The startup probe's port is a container port.",
            s => PerContainer(s, (_, c) => c["startupProbe"] == null || ProbeTargetsContainerPort(c, c["startupProbe"]) ? null : "startup port not exposed"),
            s => App(s)["startupProbe"]!["httpGet"]!["port"] = "admin");
        Add("kube-linter/dangling-service", "Every Service selects pods.",
            s => s.OfKind("Service").Where(v => !s.Pods().Any(p => Selects(v["spec"]!["selector"], p.Metadata["labels"] as JsonObject, plainMap: true))).Select(v => Id(v) + " is dangling"),
            s => s.Single("Service")["spec"]!["selector"]!["app.kubernetes.io/instance"] = "other");
        Add("kube-linter/dangling-networkpolicy", "Every NetworkPolicy selects pods.",
            s => s.OfKind("NetworkPolicy").Where(n => !s.Pods().Any(p => Selects(n["spec"]!["podSelector"], p.Metadata["labels"] as JsonObject))).Select(n => Id(n) + " is dangling"),
            s => s.Single("NetworkPolicy")["spec"]!["podSelector"]!["matchLabels"]!["x"] = "y");
        Add("kube-linter/dangling-horizontalpodautoscaler", "Every HPA targets an object in the set.",
            s => s.OfKind("HorizontalPodAutoscaler").Where(h => !s.Objects.Any(o => Str(o["kind"]) == Str(h["spec"]!["scaleTargetRef"]!["kind"]) && Name(o) == Str(h["spec"]!["scaleTargetRef"]!["name"]))).Select(h => Id(h) + " is dangling"),
            null);
        Add("kube-linter/non-existent-service-account", "serviceAccountName names a ServiceAccount in the set.",
            s => PerPod(s, (_, p) => Str(p["serviceAccountName"]) is string sa && !s.OfKind("ServiceAccount").Any(a => Name(a) == sa) ? "service account " + sa + " does not exist" : null),
            s => Pod(s)["serviceAccountName"] = "ghost");
        Add("kube-linter/default-service-account", "Pods do not use the default service account.",
            s => PerPod(s, (_, p) => (Str(p["serviceAccountName"]) ?? Str(p["serviceAccount"]) ?? "default") == "default" ? "uses the default service account" : null),
            s => Pod(s).Remove("serviceAccountName"));
        Add("kube-linter/mismatching-selector", "A Deployment's selector matches its pod template labels.",
            s => s.Pods().Where(p => !Selects(p.Workload["spec"]!["selector"], p.Metadata["labels"] as JsonObject)).Select(p => Id(p.Workload) + " selector does not match its pods"),
            s => Dep(s)["spec"]!["template"]!["metadata"]!["labels"]!["app.kubernetes.io/name"] = "other");
        Add("kube-linter/privileged-ports", "Containers do not listen on ports below 1024.",
            s => PerContainer(s, (_, c) => Arr(c["ports"]).Any(p => Long(p["containerPort"]) < 1024) ? "privileged port" : null),
            s => App(s)["ports"]![0]!["containerPort"] = 80);
        Add("kube-linter/ssh-port", "Containers do not expose port 22.",
            s => PerContainer(s, (_, c) => Arr(c["ports"]).Any(p => Long(p["containerPort"]) == 22) ? "ssh port" : null),
            s => App(s)["ports"]![0]!["containerPort"] = 22);
        Add("kube-linter/env-var-secret", "No secret-looking environment variable has a literal value.",
            s => PerContainer(s, (_, c) => Arr(c["env"]).Select(e => Str(e["name"]) ?? string.Empty)
                .FirstOrDefault(n => s_secretWords.Any(w => n.Replace("__", "_", StringComparison.Ordinal).ToUpperInvariant().Contains(w, StringComparison.Ordinal))
                    && Arr(c["env"]).Any(e => Str(e["name"]) == n && e["value"] != null)) is string bad ? "literal secret in env " + bad : null),
            s => App(s)["env"]!.AsArray().Add(new JsonObject { ["name"] = "DB_PASSWORD", ["value"] = "hunter2" }));
        Add("kube-linter/no-anti-affinity", "A Deployment with more than one replica has a pod anti-affinity on kubernetes.io/hostname.",
            s => s.Pods().Where(p => s.Replicas(p.Workload) > 1 && !HostAntiAffinity(p.Spec, p.Metadata["labels"]!.AsObject())).Select(p => Id(p.Workload) + " has no anti-affinity"),
            s => Pod(s)["affinity"]!["podAntiAffinity"]!["preferredDuringSchedulingIgnoredDuringExecution"]![0]!["podAffinityTerm"]!["topologyKey"] = "example.com/rack");
        Add("kube-linter/minimum-three-replicas", "A Deployment runs at least 3 replicas (optional check).",
            s => s.Pods().Where(p => s.Replicas(p.Workload) < 3).Select(p => $"{Id(p.Workload)} runs {s.Replicas(p.Workload)} replicas"),
            s => { Dep(s)["spec"]!["replicas"] = 1; foreach (var h in s.OfKind("HorizontalPodAutoscaler")) { h["spec"]!["minReplicas"] = 1; } });
        Add("kube-linter/hpa-minimum-three-replicas", "An HPA's minReplicas is at least 3 (optional check).",
            s => s.OfKind("HorizontalPodAutoscaler").Where(h => (Long(h["spec"]!["minReplicas"]) ?? 1) < 3).Select(h => Id(h) + " minReplicas below 3"),
            s => { foreach (var h in s.OfKind("HorizontalPodAutoscaler")) { h["spec"]!["minReplicas"] = 1; } });
        Add("kube-linter/pdb-max-unavailable", "A PodDisruptionBudget's maxUnavailable is not 0.",
            s => s.OfKind("PodDisruptionBudget").Where(p => p["spec"]!["maxUnavailable"]?.ToString() is "0" or "0%").Select(p => Id(p) + " blocks every eviction"),
            s => s.Single("PodDisruptionBudget")["spec"]!["maxUnavailable"] = 0);
        Add("kube-linter/pdb-min-available", "A PodDisruptionBudget's minAvailable is below the replica count.",
            s => s.OfKind("PodDisruptionBudget").SelectMany(pdb => s.Pods().Where(p => Selects(pdb["spec"]!["selector"], p.Metadata["labels"] as JsonObject))
                .Where(p => Long(pdb["spec"]!["minAvailable"]) is long min && min >= s.Replicas(p.Workload)).Select(p => Id(pdb) + " minAvailable blocks every eviction")),
            s => { var spec = s.Single("PodDisruptionBudget")["spec"]!.AsObject(); spec.Remove("maxUnavailable"); spec["minAvailable"] = 100; });
        Add("kube-linter/drop-net-raw-capability", "Containers drop NET_RAW (or ALL).",
            s => PerContainer(s, (_, c) => Strs(c["securityContext"]?["capabilities"]?["drop"]).Any(d => d is "ALL" or "NET_RAW") ? null : "NET_RAW not dropped"),
            s => Sc(s)["capabilities"]!["drop"] = new JsonArray("CHOWN"));
        Add("kube-linter/sensitive-host-mounts", "No hostPath volume mounts sensitive host paths (or the docker socket).",
            s => PerPod(s, (_, p) => Arr(p["volumes"]).Any(v => v["hostPath"] != null) ? "hostPath mount" : null),
            s => Pod(s)["volumes"]!.AsArray().Add(new JsonObject { ["name"] = "d", ["hostPath"] = new JsonObject { ["path"] = "/var/run/docker.sock" } }));

        // ---- Polaris ----
        Add("polaris/hostIPCSet", "hostIPC is not set.", s => PerPod(s, (_, p) => Bool(p["hostIPC"]) == true ? "hostIPC" : null), s => Pod(s)["hostIPC"] = true);
        Add("polaris/hostPIDSet", "hostPID is not set.", s => PerPod(s, (_, p) => Bool(p["hostPID"]) == true ? "hostPID" : null), s => Pod(s)["hostPID"] = true);
        Add("polaris/hostNetworkSet", "hostNetwork is not set.", s => PerPod(s, (_, p) => Bool(p["hostNetwork"]) == true ? "hostNetwork" : null), s => Pod(s)["hostNetwork"] = true);
        Add("polaris/hostPortSet", "No container sets hostPort.", s => PerContainer(s, (_, c) => Arr(c["ports"]).Any(p => p["hostPort"] != null) ? "hostPort" : null), s => App(s)["ports"]![0]!["hostPort"] = 80);
        Add("polaris/tagNotSpecified", "Images have a tag other than latest (or a digest).",
            s => PerContainer(s, (_, c) => ImageTag(c) is null or "latest" ? "no tag" : null), s => App(s)["image"] = "contoso");
        Add("polaris/pullPolicyNotAlways", "imagePullPolicy is Always.",
            s => PerContainer(s, (_, c) => Str(c["imagePullPolicy"]) == "Always" ? null : "pull policy " + Str(c["imagePullPolicy"])), s => App(s)["imagePullPolicy"] = "IfNotPresent");
        Add("polaris/cpuRequestsMissing", "CPU requests are set.", s => PerContainer(s, (_, c) => HasResource(c, "requests", "cpu") ? null : "no cpu request"), s => App(s)["resources"]!["requests"]!.AsObject().Remove("cpu"));
        Add("polaris/cpuLimitsMissing", "CPU limits are set.", s => PerContainer(s, (_, c) => HasResource(c, "limits", "cpu") ? null : "no cpu limit"), s => App(s)["resources"]!["limits"]!.AsObject().Remove("cpu"));
        Add("polaris/memoryRequestsMissing", "Memory requests are set.", s => PerContainer(s, (_, c) => HasResource(c, "requests", "memory") ? null : "no memory request"), s => App(s)["resources"]!["requests"]!.AsObject().Remove("memory"));
        Add("polaris/memoryLimitsMissing", "Memory limits are set.", s => PerContainer(s, (_, c) => HasResource(c, "limits", "memory") ? null : "no memory limit"), s => App(s)["resources"]!["limits"]!.AsObject().Remove("memory"));
        Add("polaris/readinessProbeMissing", "A readiness probe is set.", s => PerContainer(s, (_, c) => c["readinessProbe"] == null ? "no readiness probe" : null), s => App(s).Remove("readinessProbe"));
        Add("polaris/livenessProbeMissing", "A liveness probe is set.", s => PerContainer(s, (_, c) => c["livenessProbe"] == null ? "no liveness probe" : null), s => App(s).Remove("livenessProbe"));
        Add("polaris/runAsRootAllowed", "runAsNonRoot true (or a non-zero runAsUser) at pod or container level.",
            s => PerContainer(s, (p, c) => Bool(Effective(p, c, "runAsNonRoot")) == true || (Long(Effective(p, c, "runAsUser")) ?? 0) > 0 ? null : "may run as root"),
            s => { Sc(s)["runAsNonRoot"] = false; Sc(s)["runAsUser"] = 0; });
        Add("polaris/runAsPrivileged", "Not privileged.", s => PerContainer(s, (_, c) => Bool(c["securityContext"]?["privileged"]) == true ? "privileged" : null), s => Sc(s)["privileged"] = true);
        Add("polaris/notReadOnlyRootFilesystem", "readOnlyRootFilesystem is true.", s => PerContainer(s, (_, c) => Bool(c["securityContext"]?["readOnlyRootFilesystem"]) == true ? null : "writable root"), s => Sc(s)["readOnlyRootFilesystem"] = false);
        Add("polaris/privilegeEscalationAllowed", "allowPrivilegeEscalation is false.", s => PerContainer(s, (_, c) => Bool(c["securityContext"]?["allowPrivilegeEscalation"]) == false ? null : "escalation allowed"), s => Sc(s)["allowPrivilegeEscalation"] = true);
        Add("polaris/dangerousCapabilities", "No container adds ALL, SYS_ADMIN or NET_ADMIN.",
            s => PerContainer(s, (_, c) => Strs(c["securityContext"]?["capabilities"]?["add"]).FirstOrDefault(s_dangerousCapabilities.Contains) is string cap ? "adds " + cap : null),
            s => Sc(s)["capabilities"]!["add"] = new JsonArray("SYS_ADMIN"));
        Add("polaris/insecureCapabilities", "Containers drop the insecure default capabilities (ALL covers them) and add none of them.",
            s => PerContainer(s, (_, c) =>
            {
                var drop = Strs(c["securityContext"]?["capabilities"]?["drop"]).ToList();
                var add = Strs(c["securityContext"]?["capabilities"]?["add"]).Where(s_insecureCapabilities.Contains).ToList();
                return add.Count > 0 ? "adds " + add[0] : drop.Contains("ALL") || s_insecureCapabilities.All(drop.Contains) ? null : "does not drop insecure capabilities";
            }),
            s => Sc(s)["capabilities"]!["add"] = new JsonArray("CHOWN"));
        Add("polaris/priorityClassNotSet", "Pods set a priorityClassName.",
            s => PerPod(s, (_, p) => Str(p["priorityClassName"]) is { Length: > 0 } ? null : "no priorityClassName"),
            s => Pod(s).Remove("priorityClassName"));
        Add("polaris/topologySpreadConstraint", "Pods set topologySpreadConstraints over zones or nodes.",
            s => PerPod(s, (m, p) => HostOrZoneSpread(p, m["labels"]!.AsObject()) ? null : "no topology spread"),
            s => Pod(s).Remove("topologySpreadConstraints"));
        Add("polaris/automountServiceAccountToken", "Pods do not automount the service account token.",
            s => PerPod(s, (_, p) => Bool(p["automountServiceAccountToken"]) == false
                || (p["automountServiceAccountToken"] == null && s.OfKind("ServiceAccount").Any(a => Name(a) == Str(p["serviceAccountName"]) && Bool(a["automountServiceAccountToken"]) == false))
                ? null : "token automounted"),
            s => Pod(s)["automountServiceAccountToken"] = true);
        Add("polaris/deploymentMissingReplicas", "A Deployment runs more than one replica (spec.replicas or an HPA).",
            s => s.Pods().Where(p => s.Replicas(p.Workload) < 2).Select(p => Id(p.Workload) + " runs one replica"),
            s => { Dep(s)["spec"]!["replicas"] = 1; foreach (var h in s.OfKind("HorizontalPodAutoscaler")) { h["spec"]!["minReplicas"] = 1; } });
        Add("polaris/missingPodDisruptionBudget", "A PodDisruptionBudget covers the Deployment.",
            s => PerPod(s, (m, _) => PdbsFor(s, m).Any() ? null : "no PodDisruptionBudget"),
            s => s.Single("PodDisruptionBudget")["spec"]!["selector"]!["matchLabels"]!["x"] = "y");
        Add("polaris/hpaMinAvailability", "An HPA's minReplicas is above 1.",
            s => s.OfKind("HorizontalPodAutoscaler").Where(h => (Long(h["spec"]!["minReplicas"]) ?? 1) < 2).Select(h => Id(h) + " minReplicas 1"),
            s => { foreach (var h in s.OfKind("HorizontalPodAutoscaler")) { h["spec"]!["minReplicas"] = 1; } });
        Add("polaris/missingNetworkPolicy", "A NetworkPolicy selects the pods.",
            s => PerPod(s, (m, _) => s.OfKind("NetworkPolicy").Any(n => Selects(n["spec"]!["podSelector"], m["labels"] as JsonObject)) ? null : "no NetworkPolicy"),
            s => s.Objects.RemoveAll(o => Str(o["kind"]) == "NetworkPolicy"));
        Add("polaris/procMount", "procMount is unset or Default.",
            s => PerContainer(s, (_, c) => Str(c["securityContext"]?["procMount"]) is string pm && pm != "Default" ? "procMount" : null), s => Sc(s)["procMount"] = "Unmasked");
        Add("polaris/linuxHardening", "seccomp, AppArmor or SELinux is set, or ALL capabilities are dropped.",
            s => PerContainer(s, (p, c) => Effective(p, c, "seccompProfile") != null || Effective(p, c, "seLinuxOptions") != null || Effective(p, c, "appArmorProfile") != null
                || Strs(c["securityContext"]?["capabilities"]?["drop"]).Contains("ALL") ? null : "no hardening"),
            s => { Sc(s).Remove("seccompProfile"); Pod(s)["securityContext"]!.AsObject().Remove("seccompProfile"); Sc(s)["capabilities"]!["drop"] = new JsonArray("NET_RAW"); });
        Add("polaris/metadataAndInstanceMismatched", "app.kubernetes.io/instance, when set, matches the workload name.",
            s => s.Pods().Where(p => Str(p.Metadata["labels"]?["app.kubernetes.io/instance"]) is string i && i != Name(p.Workload)).Select(p => Id(p.Workload) + " instance label mismatch"),
            s => Dep(s)["metadata"]!["name"] = "renamed");

        // ---- AKS Deployment Safeguards ----
        Add("aks-safeguards/container-resources", "Containers have CPU and memory requests and limits.",
            s => PerContainer(s, (_, c) => HasResource(c, "limits", "cpu") && HasResource(c, "limits", "memory") && HasResource(c, "requests", "cpu") && HasResource(c, "requests", "memory") ? null : "resources missing"),
            s => App(s)["resources"]!["limits"]!.AsObject().Remove("cpu"));
        Add("aks-safeguards/probes", "Containers have liveness and readiness probes.",
            s => PerContainer(s, (_, c) => c["livenessProbe"] != null && c["readinessProbe"] != null ? null : "probes missing"), s => App(s).Remove("readinessProbe"));
        Add("aks-safeguards/anti-affinity-or-topology-spread", "A Deployment with more than one replica has pod anti-affinity or topologySpreadConstraints.",
            s => s.Pods().Where(p => s.Replicas(p.Workload) > 1 && !HostAntiAffinity(p.Spec, p.Metadata["labels"]!.AsObject()) && !HostOrZoneSpread(p.Spec, p.Metadata["labels"]!.AsObject())).Select(p => Id(p.Workload) + " not spread"),
            s => { Pod(s).Remove("topologySpreadConstraints"); Pod(s)["affinity"]!.AsObject().Remove("podAntiAffinity"); });
        Add("aks-safeguards/no-latest-image", "Images do not use the latest tag.", s => PerContainer(s, (_, c) => ImageTag(c) is null or "latest" ? "latest" : null), s => App(s)["image"] = "contoso:latest");
        Add("aks-safeguards/pod-disruption-budget", "A PodDisruptionBudget covers the pods and allows at least one disruption.",
            s => s.Pods().Where(p => s.Replicas(p.Workload) > 1).SelectMany(p =>
            {
                var pdbs = PdbsFor(s, p.Metadata).ToList();
                return pdbs.Count == 0 ? new[] { Id(p.Workload) + " has no PDB" }
                    : pdbs.Where(b => b["spec"]!["maxUnavailable"]?.ToString() is "0" or "0%" || (Long(b["spec"]!["minAvailable"]) is long min && min >= s.Replicas(p.Workload))).Select(b => Id(b) + " allows no disruption");
            }),
            s => s.Single("PodDisruptionBudget")["spec"]!["maxUnavailable"] = 0);
        Add("aks-safeguards/reserved-system-pool", "User pods neither tolerate the system pool's CriticalAddonsOnly taint nor can land on a system node pool.",
            s => PerPod(s, (_, p) =>
            {
                if (Arr(p["tolerations"]).Any(t => Str(t["key"]) == "CriticalAddonsOnly" || (t["key"] == null && Str(t["operator"]) == "Exists")))
                {
                    return "tolerates CriticalAddonsOnly";
                }

                var terms = Arr(p["affinity"]?["nodeAffinity"]?["requiredDuringSchedulingIgnoredDuringExecution"]?["nodeSelectorTerms"]).ToList();
                var systemNode = new JsonObject { ["kubernetes.azure.com/mode"] = "system" };
                var nodeSelectorBlocks = p["nodeSelector"] is JsonObject ns && ns.Count > 0 && !Selects(ns, systemNode, plainMap: true);
                return nodeSelectorBlocks || (terms.Count > 0 && terms.All(t => !Selects(t, systemNode))) ? null : "may be scheduled on the system node pool";
            }),
            s => { Pod(s)["affinity"]!.AsObject().Remove("nodeAffinity"); Pod(s).Remove("nodeSelector"); });
        Add("aks-safeguards/unique-service-selectors", "No two Services have the same selector.",
            s => s.OfKind("Service").GroupBy(v => v["spec"]!["selector"]!.ToJsonString()).Where(g => g.Count() > 1).Select(g => string.Join(", ", g.Select(Id)) + " share a selector"),
            s => { var copy = (JsonObject)s.Single("Service").DeepClone(); copy["metadata"]!["name"] = "copy"; s.Objects.Add(copy); });
        Add("aks-safeguards/read-only-root-filesystem", "readOnlyRootFilesystem is true.", s => PerContainer(s, (_, c) => Bool(c["securityContext"]?["readOnlyRootFilesystem"]) == true ? null : "writable root"), s => Sc(s)["readOnlyRootFilesystem"] = false);
        Add("aks-safeguards/no-privileged-or-host", "No privileged containers, host namespaces or hostPath.",
            s => PerPod(s, (_, p) => Bool(p["hostNetwork"]) == true || Bool(p["hostPID"]) == true || Bool(p["hostIPC"]) == true || Arr(p["volumes"]).Any(v => v["hostPath"] != null)
                || Arr(p["containers"]).Any(c => Bool(c["securityContext"]?["privileged"]) == true) ? "privileged or host access" : null),
            s => Pod(s)["hostNetwork"] = true);

        return list;
    }
}

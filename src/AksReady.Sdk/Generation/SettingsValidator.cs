using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using E = AksReady.Sdk.KnownStrings.Errors;

namespace AksReady.Sdk.Generation;

/// <summary>Checks the raw settings and builds the model. Reports every problem, not only the first.</summary>
public static class SettingsValidator
{
    private static readonly Regex s_dns1035Label = new(@"^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$", RegexOptions.CultureInvariant);
    private static readonly Regex s_dns1123Label = new(@"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", RegexOptions.CultureInvariant);
    private static readonly Regex s_repository = new(
        @"^(?:[a-zA-Z0-9](?:[a-zA-Z0-9.-]*[a-zA-Z0-9])?(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$",
        RegexOptions.CultureInvariant);
    private static readonly Regex s_tag = new(@"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$", RegexOptions.CultureInvariant);
    private static readonly Regex s_digest = new(@"^sha256:[a-f0-9]{64}$", RegexOptions.CultureInvariant);
    private static readonly Regex s_dns1123Subdomain = new(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", RegexOptions.CultureInvariant);
    private static readonly Regex s_semver = new(
        @"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(?:-(?:0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*))*)?(?:\+[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*)?$",
        RegexOptions.CultureInvariant);
    private static readonly Regex s_configKey = new(@"^[-._a-zA-Z0-9]{1,253}$", RegexOptions.CultureInvariant);
    private static readonly Regex s_envName = new(@"^[-._a-zA-Z][-._a-zA-Z0-9]*$", RegexOptions.CultureInvariant);
    private static readonly Regex s_host = new(@"^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", RegexOptions.CultureInvariant);
    private static readonly Regex s_guid = new(@"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", RegexOptions.CultureInvariant);
    private static readonly Regex s_keyVaultName = new(@"^[a-zA-Z](?!.*--)[a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$", RegexOptions.CultureInvariant);
    private static readonly Regex s_keyVaultSecret = new(@"^[0-9a-zA-Z-]{1,127}$", RegexOptions.CultureInvariant);
    private static readonly Regex s_nodePool = new(@"^[a-z][a-z0-9]{0,11}$", RegexOptions.CultureInvariant);
    private static readonly string[] s_reservedEnv = { "ASPNETCORE_HTTP_PORTS", "POD_NAME", "POD_NAMESPACE", "NODE_NAME" };
    private static readonly Regex s_probePath = new(@"^/[^\s]*$", RegexOptions.CultureInvariant);
    private static readonly Regex s_targetFramework = new(@"^net(?<major>[0-9]+)\.(?<minor>[0-9]+)$", RegexOptions.CultureInvariant);

    /// <summary>The default grace period, when preStop + drain + shutdown fits in it.</summary>
    public const int DefaultTerminationGracePeriodSeconds = 30;

    /// <summary>Validates <paramref name="s"/>; returns the model, or null when <paramref name="errors"/> got entries.</summary>
    public static AksReadyModel? Validate(AksReadySettings s, IList<ValidationError> errors)
    {
        var before = errors.Count;
        var m = new AksReadyModel { ProjectName = s.ProjectName, SdkVersion = s.SdkVersion };

        m.Name = s.Name;
        if (!s_dns1035Label.IsMatch(s.Name))
        {
            errors.Add(new ValidationError(E.InvalidName, s.Name));
        }

        m.Namespace = s.Namespace;
        if (!s_dns1123Label.IsMatch(s.Namespace))
        {
            errors.Add(new ValidationError(E.InvalidNamespace, s.Namespace));
        }

        if (!s_repository.IsMatch(s.ImageRepository) || s.ImageRepository.Length > 255)
        {
            errors.Add(new ValidationError(E.InvalidImageRepository, s.ImageRepository));
        }

        if (!s_tag.IsMatch(s.ImageTag))
        {
            errors.Add(new ValidationError(E.InvalidImageTag, s.ImageTag));
        }

        m.Image = s.ImageRepository + ":" + s.ImageTag;
        m.ImageRepository = s.ImageRepository;
        m.ImageTag = s.ImageTag;
        m.ImageDigest = s.ImageDigest;
        m.HelmChart = s.HelmChart.Length > 0 && Boolean("AksReadyHelmChart", s.HelmChart, errors);
        m.ChartVersion = s.ProjectVersion.Length == 0 ? "0.1.0" : s.ProjectVersion;
        if (m.HelmChart && !s_semver.IsMatch(m.ChartVersion))
        {
            errors.Add(new ValidationError(E.InvalidChartVersion, m.ChartVersion));
        }
        if (s.ImageDigest.Length > 0)
        {
            if (!s_digest.IsMatch(s.ImageDigest))
            {
                errors.Add(new ValidationError(E.InvalidImageDigest, s.ImageDigest));
            }

            m.Image += "@" + s.ImageDigest;
        }

        // A digest-pinned image cannot change under its reference, so IfNotPresent is as safe as Always and skips the
        // registry round-trip; a tag can be moved, so Always makes every pod start check it (and imagePullSecrets).
        m.ImagePullPolicy = s.ImageDigest.Length > 0 ? "IfNotPresent" : "Always";
        if (s.ImagePullPolicy.Length > 0)
        {
            var policy = new[] { "Always", "IfNotPresent", "Never" }.FirstOrDefault(p => string.Equals(p, s.ImagePullPolicy, StringComparison.OrdinalIgnoreCase));
            if (policy == null)
            {
                errors.Add(new ValidationError(E.InvalidImagePullPolicy, s.ImagePullPolicy));
            }
            else
            {
                m.ImagePullPolicy = policy;
            }
        }

        if (s.RunAsUser.Length > 0)
        {
            if (!int.TryParse(s.RunAsUser, NumberStyles.None, CultureInfo.InvariantCulture, out var uid) || uid < 1)
            {
                errors.Add(new ValidationError(E.InvalidRunAsUser, s.RunAsUser));
            }
            else
            {
                m.RunAsUser = uid;
            }
        }

        m.PriorityClassName = s.PriorityClassName;
        if (s.PriorityClassName.Length > 0 && (s.PriorityClassName.Length > 253 || !s_dns1123Subdomain.IsMatch(s.PriorityClassName)))
        {
            errors.Add(new ValidationError(E.InvalidPriorityClassName, s.PriorityClassName));
        }
        m.VersionLabel = ToLabelValue(s.ImageTag);

        m.Port = Port("AksReadyPort", s.Port, errors);
        // No Service (the default for non-web projects): nothing sends the pods traffic, and kubelet probes the pod IP
        // directly. A Service port set anyway means the user expects a Service: say so instead of ignoring it.
        var beforeService = errors.Count;
        m.Service = Boolean("AksReadyService", s.Service, errors) || errors.Count > beforeService; // AKSB1016 alone, no AKSB1035
        if (m.Service)
        {
            m.ServicePort = Port("AksReadyServicePort", s.ServicePort, errors);
        }
        else if (s.ServicePort.Length > 0)
        {
            errors.Add(new ValidationError(E.ServiceRequired, "AksReadyServicePort", s.ServicePort));
        }

        var replicas = NonNegative("AksReadyReplicas", s.Replicas, errors);
        m.Replicas = replicas ?? 0;
        var minReplicas = s.MinReplicas.Length == 0 ? null : NonNegative("AksReadyMinReplicas", s.MinReplicas, errors);
        var maxReplicas = s.MaxReplicas.Length == 0 ? null : NonNegative("AksReadyMaxReplicas", s.MaxReplicas, errors);
        if (minReplicas is int min && maxReplicas is int max && min > max)
        {
            errors.Add(new ValidationError(E.MinReplicasAboveMaxReplicas, min, max));
        }

        // Autoscaling is on when AksReadyMaxReplicas is set; the minimum defaults to AksReadyReplicas.
        if (maxReplicas is int hpaMax && (minReplicas ?? replicas) is int hpaMin)
        {
            if (hpaMin < 1)
            {
                errors.Add(new ValidationError(E.AutoscalingMinimumTooLow, hpaMin));
            }
            else if (minReplicas == null && hpaMin > hpaMax)
            {
                errors.Add(new ValidationError(E.MinReplicasAboveMaxReplicas, hpaMin, hpaMax));
            }

            m.MinReplicas = hpaMin;
            m.MaxReplicas = hpaMax;
        }

        m.CpuUtilization = Percentage("AksReadyCpuUtilization", s.CpuUtilization.Length == 0 ? "70" : s.CpuUtilization, errors);
        m.PodDisruptionBudget = Boolean("AksReadyPodDisruptionBudget", s.PodDisruptionBudget, errors);
        m.NetworkPolicy = Boolean("AksReadyNetworkPolicy", s.NetworkPolicy, errors);
        m.TopologySpread = Boolean("AksReadyTopologySpread", s.TopologySpread, errors);
        foreach (var cidr in Split(s.NetworkPolicyEgressCidrs))
        {
            if (!IsCidr(cidr))
            {
                errors.Add(new ValidationError(E.InvalidCidr, cidr));
            }

            m.EgressCidrs.Add(cidr);
        }

        foreach (var overlay in s.Overlays == "none" ? Enumerable.Empty<string>() : Split(s.Overlays))
        {
            if (!s_dns1123Label.IsMatch(overlay) || overlay == "base")
            {
                errors.Add(new ValidationError(E.InvalidOverlayName, overlay));
            }
            else if (!m.Overlays.Contains(overlay))
            {
                m.Overlays.Add(overlay);
            }
        }

        Resource(m, "cpu", "AksReadyCpuRequest", s.CpuRequest, "AksReadyCpuLimit", s.CpuLimit, errors);
        Resource(m, "memory", "AksReadyMemoryRequest", s.MemoryRequest, "AksReadyMemoryLimit", s.MemoryLimit, errors);
        Resource(m, "ephemeral-storage", "AksReadyEphemeralStorageRequest", s.EphemeralStorageRequest, "AksReadyEphemeralStorageLimit", s.EphemeralStorageLimit, errors);

        m.StartupPath = ProbePath("AksReadyStartupPath", s.StartupPath, errors);
        m.LivenessPath = ProbePath("AksReadyLivenessPath", s.LivenessPath, errors);
        m.ReadinessPath = ProbePath("AksReadyReadinessPath", s.ReadinessPath, errors);

        var preStop = NonNegative("AksReadyPreStopSleepSeconds", s.PreStopSleepSeconds, errors);
        var drain = NonNegative("AksReadyDrainDelaySeconds", s.DrainDelaySeconds, errors);
        var shutdown = NonNegative("AksReadyShutdownTimeoutSeconds", s.ShutdownTimeoutSeconds, errors);
        m.PreStopSleepSeconds = preStop ?? 0;
        m.DrainDelaySeconds = drain ?? 0;
        m.ShutdownTimeoutSeconds = shutdown ?? 0;
        var needed = m.PreStopSleepSeconds + m.DrainDelaySeconds + m.ShutdownTimeoutSeconds;
        if (s.TerminationGracePeriodSeconds.Length == 0)
        {
            m.TerminationGracePeriodSeconds = Math.Max(DefaultTerminationGracePeriodSeconds, needed);
        }
        else if (NonNegative("AksReadyTerminationGracePeriodSeconds", s.TerminationGracePeriodSeconds, errors) is int grace)
        {
            m.TerminationGracePeriodSeconds = grace;
            if (preStop != null && drain != null && shutdown != null && grace < needed)
            {
                errors.Add(new ValidationError(E.GracePeriodTooShort, grace, preStop, drain, shutdown, needed));
            }
        }

        Features(s, m, errors);
        m.Docker = Docker(s, m.Port, errors);
        return errors.Count == before ? m : null;
    }


    private static void Features(AksReadySettings s, AksReadyModel m, IList<ValidationError> errors)
    {
        var configKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kv in s.Config)
        {
            var envMode = s.ConfigMountPath.Length == 0;
            if (!s_configKey.IsMatch(kv.Key) || (envMode && char.IsDigit(kv.Key[0])) || !configKeys.Add(kv.Key))
            {
                errors.Add(new ValidationError(E.InvalidConfigKey, kv.Key));
            }

            m.Config.Add(kv);
        }

        m.ConfigMountPath = s.ConfigMountPath;
        if (s.ConfigMountPath.Length > 0 && !IsMountPath(s.ConfigMountPath))
        {
            errors.Add(new ValidationError(E.InvalidMountPath, "AksReadyConfigMountPath", s.ConfigMountPath));
        }

        var envNames = new HashSet<string>(s_reservedEnv, StringComparer.Ordinal);
        foreach (var kv in s.EnvironmentVariables)
        {
            if (!s_envName.IsMatch(kv.Key) || !envNames.Add(kv.Key))
            {
                errors.Add(new ValidationError(E.InvalidEnvironmentVariableName, kv.Key));
            }

            m.EnvironmentVariables.Add(kv);
        }

        m.IngressHost = s.IngressHost;
        m.IngressClassName = s.IngressClassName;
        m.IngressTlsSecretName = s.IngressTlsSecretName;
        if (s.IngressHost.Length > 0 && (s.IngressHost.Length > 253 || !s_host.IsMatch(s.IngressHost)))
        {
            errors.Add(new ValidationError(E.InvalidDnsSubdomain, "AksReadyIngressHost", s.IngressHost, "host name", "orders.contoso.com"));
        }

        if (s.IngressClassName.Length > 0 && (s.IngressClassName.Length > 253 || !s_dns1123Subdomain.IsMatch(s.IngressClassName)))
        {
            errors.Add(new ValidationError(E.InvalidDnsSubdomain, "AksReadyIngressClassName", s.IngressClassName, "IngressClass name", "webapprouting.kubernetes.azure.com"));
        }

        if (s.IngressTlsSecretName.Length > 0 && (s.IngressTlsSecretName.Length > 253 || !s_dns1123Subdomain.IsMatch(s.IngressTlsSecretName)))
        {
            errors.Add(new ValidationError(E.InvalidDnsSubdomain, "AksReadyIngressTlsSecretName", s.IngressTlsSecretName, "Secret name", "orders-tls"));
        }

        if (!m.Service && s.IngressHost.Length > 0)
        {
            // The Ingress routes to the Service's http port.
            errors.Add(new ValidationError(E.ServiceRequired, "AksReadyIngressHost", s.IngressHost));
        }

        foreach (var dependent in new[] { ("AksReadyIngressClassName", s.IngressClassName), ("AksReadyIngressTlsSecretName", s.IngressTlsSecretName) })
        {
            if (dependent.Item2.Length > 0 && s.IngressHost.Length == 0)
            {
                errors.Add(new ValidationError(E.MissingSetting, dependent.Item1, "AksReadyIngressHost"));
            }
        }

        m.WorkloadIdentityClientId = s.WorkloadIdentityClientId;
        if (s.WorkloadIdentityClientId.Length > 0 && !s_guid.IsMatch(s.WorkloadIdentityClientId))
        {
            errors.Add(new ValidationError(E.InvalidGuid, "AksReadyWorkloadIdentityClientId", s.WorkloadIdentityClientId));
        }

        m.KeyVaultName = s.KeyVaultName;
        m.KeyVaultTenantId = s.KeyVaultTenantId;
        if (s.KeyVaultName.Length > 0 && !s_keyVaultName.IsMatch(s.KeyVaultName))
        {
            errors.Add(new ValidationError(E.InvalidKeyVaultName, s.KeyVaultName));
        }

        if (s.KeyVaultTenantId.Length > 0 && !s_guid.IsMatch(s.KeyVaultTenantId))
        {
            errors.Add(new ValidationError(E.InvalidGuid, "AksReadyKeyVaultTenantId", s.KeyVaultTenantId));
        }

        foreach (var secret in s.KeyVaultSecrets)
        {
            if (!s_keyVaultSecret.IsMatch(secret))
            {
                errors.Add(new ValidationError(E.InvalidKeyVaultSecretName, secret));
            }
            else if (!m.KeyVaultSecrets.Contains(secret))
            {
                m.KeyVaultSecrets.Add(secret);
            }
        }

        if (s.KeyVaultSecrets.Count > 0 && s.KeyVaultName.Length == 0)
        {
            errors.Add(new ValidationError(E.MissingSetting, "AksReadyKeyVaultSecret", "AksReadyKeyVaultName"));
        }

        if (s.KeyVaultName.Length > 0)
        {
            // The CSI driver reads Key Vault with the pod's workload identity (the Secrets Store CSI driver requests the token itself).
            foreach (var needed in new[] { ("AksReadyKeyVaultTenantId", s.KeyVaultTenantId), ("AksReadyWorkloadIdentityClientId", s.WorkloadIdentityClientId) })
            {
                if (needed.Item2.Length == 0)
                {
                    errors.Add(new ValidationError(E.MissingSetting, "AksReadyKeyVaultName", needed.Item1));
                }
            }
        }

        m.NodePool = s.NodePool;
        if (s.NodePool.Length > 0 && !s_nodePool.IsMatch(s.NodePool))
        {
            errors.Add(new ValidationError(E.InvalidNodePool, s.NodePool));
        }

        m.Spot = s.Spot.Length > 0 && Boolean("AksReadySpot", s.Spot, errors);
    }

    private static bool IsMountPath(string path) => path.Length > 1 && path[0] == '/' && path.IndexOf(':') < 0 && !path.Split('/').Any(p => p == "..");

    private static string ToLabelValue(string value)
    {
        var v = Regex.Replace(value, "[^A-Za-z0-9_.-]", "-");
        v = v.Length > 63 ? v.Substring(0, 63) : v;
        return v.Trim('-', '_', '.');
    }

    private static DockerfileModel Docker(AksReadySettings s, int port, IList<ValidationError> errors)
    {
        var d = new DockerfileModel { Port = port, EntryAssembly = s.AssemblyName + ".dll" };
        var tag = s.BaseImageTag;
        if (tag.Length == 0)
        {
            var tfm = s_targetFramework.Match(s.TargetFramework);
            if (!tfm.Success || int.Parse(tfm.Groups["major"].Value, CultureInfo.InvariantCulture) < 8)
            {
                errors.Add(new ValidationError(E.UnsupportedTargetFramework, s.TargetFramework));
                return d;
            }

            tag = tfm.Groups["major"].Value + "." + tfm.Groups["minor"].Value;
        }

        var variant = s.BaseImageVariant.Length == 0 || string.Equals(s.BaseImageVariant, "none", StringComparison.OrdinalIgnoreCase)
            ? string.Empty
            : "-" + s.BaseImageVariant;
        d.SdkImage = "mcr.microsoft.com/dotnet/sdk:" + tag;
        d.NativeAot = string.Equals(s.PublishAot, "true", StringComparison.OrdinalIgnoreCase);
        var selfContained = d.NativeAot || string.Equals(s.SelfContained, "true", StringComparison.OrdinalIgnoreCase);
        if (selfContained)
        {
            // The app brings its runtime (or is native code): only the OS dependencies are needed, and the entry point
            // is the app's own executable.
            d.RuntimeIdentifier = "linux-x64";
            d.RuntimeImage = "mcr.microsoft.com/dotnet/runtime-deps:" + tag + variant;
            d.EntryAssembly = s.AssemblyName;
        }
        else
        {
            d.RuntimeImage = "mcr.microsoft.com/dotnet/" + (s.IsWebProject ? "aspnet" : "runtime") + ":" + tag + variant;
        }

        var projectDir = Path.GetDirectoryName(Path.GetFullPath(s.ProjectFullPath))!;
        var context = s.DockerContext.Length == 0 ? BuildContext.FindDefaultContext(projectDir) : Path.GetFullPath(s.DockerContext);
        if (!PathUtil.IsUnder(projectDir, context))
        {
            errors.Add(new ValidationError(E.ContextNotAncestor, context, projectDir));
            return d;
        }

        var projects = new[] { s.ProjectFullPath }.Concat(s.ProjectReferences)
            .Where(p => p.Length > 0 && PathUtil.IsUnder(p, context))
            .ToList();
        d.ProjectPath = PathUtil.GetRelativePath(context, s.ProjectFullPath);
        d.ProjectFiles = projects.Select(p => PathUtil.GetRelativePath(context, p)).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToList();
        d.RestoreFiles = BuildContext.FindRestoreFiles(context, projects);
        var dockerfile = Path.Combine(Path.GetFullPath(s.OutputPath.Length == 0 ? projectDir : s.OutputPath), "Dockerfile");
        d.DockerfilePathInContext = PathUtil.IsUnder(dockerfile, context) ? PathUtil.GetRelativePath(context, dockerfile) : null;
        return d;
    }

    private static IEnumerable<string> Split(string list) =>
        list.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries).Select(x => x.Trim()).Where(x => x.Length > 0);

    private static bool IsCidr(string value)
    {
        var slash = value.IndexOf('/');
        if (slash <= 0 || !System.Net.IPAddress.TryParse(value.Substring(0, slash), out var address)
            || !int.TryParse(value.Substring(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var bits))
        {
            return false;
        }

        var max = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? 128 : 32;
        return bits <= max && (max == 128 || value.Substring(0, slash).Count(c => c == '.') == 3);
    }

    private static bool Boolean(string property, string value, IList<ValidationError> errors)
    {
        if (value.Length == 0 || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(value, "false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        errors.Add(new ValidationError(E.InvalidBoolean, property, value));
        return false;
    }

    private static int Percentage(string property, string value, IList<ValidationError> errors)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= 100)
        {
            return n;
        }

        errors.Add(new ValidationError(E.InvalidPercentage, property, value));
        return 0;
    }

    private static int Port(string property, string value, IList<ValidationError> errors)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port >= 1 && port <= 65535)
        {
            return port;
        }

        errors.Add(new ValidationError(E.InvalidPort, property, value));
        return 0;
    }

    private static int? NonNegative(string property, string value, IList<ValidationError> errors)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        errors.Add(new ValidationError(E.InvalidNonNegativeInteger, property, value));
        return null;
    }

    private static string ProbePath(string property, string value, IList<ValidationError> errors)
    {
        if (!s_probePath.IsMatch(value))
        {
            errors.Add(new ValidationError(E.InvalidProbePath, property, value));
        }

        return value;
    }

    private static void Resource(AksReadyModel m, string resource, string requestProperty, string request, string limitProperty, string limit, IList<ValidationError> errors)
    {
        var requestOk = Quantity.TryParse(request, out var requestValue);
        var limitOk = Quantity.TryParse(limit, out var limitValue);
        if (!requestOk)
        {
            errors.Add(new ValidationError(E.InvalidQuantity, requestProperty, request));
        }

        if (!limitOk)
        {
            errors.Add(new ValidationError(E.InvalidQuantity, limitProperty, limit));
        }

        if (requestOk && limitOk && limitValue < requestValue)
        {
            errors.Add(new ValidationError(E.LimitBelowRequest, limitProperty, limit, requestProperty, request));
        }

        m.Requests[resource] = request;
        m.Limits[resource] = limit;
    }
}

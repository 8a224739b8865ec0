using System.Collections.Generic;

namespace AksReady.Sdk.Generation;

/// <summary>Checked, typed values from which the Dockerfile and the manifests are written.</summary>
public sealed class AksReadyModel
{
    /// <summary>The user id of the 'app' user in the .NET container images ($APP_UID).</summary>
    public const int AppUid = 1654;

    /// <summary>Gets or sets the MSBuild project name.</summary>
    public string ProjectName { get; set; } = string.Empty;

    /// <summary>Gets or sets the Kubernetes name (DNS-1123 label) of every resource.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets or sets the namespace.</summary>
    public string Namespace { get; set; } = string.Empty;

    /// <summary>Gets or sets the image reference repository:tag.</summary>
    public string Image { get; set; } = string.Empty;

    /// <summary>Gets or sets the value of the app.kubernetes.io/version label.</summary>
    public string VersionLabel { get; set; } = string.Empty;

    /// <summary>Gets or sets the container port.</summary>
    public int Port { get; set; }

    /// <summary>Gets or sets a value indicating whether the ClusterIP Service is written (and the NetworkPolicy admits traffic to the http port).</summary>
    public bool Service { get; set; } = true;

    /// <summary>Gets or sets the Service port (0 when there is no Service).</summary>
    public int ServicePort { get; set; }

    /// <summary>Gets or sets the fixed replica count.</summary>
    public int Replicas { get; set; }

    /// <summary>Gets or sets the HPA minimum (null: no HPA).</summary>
    public int? MinReplicas { get; set; }

    /// <summary>Gets or sets the HPA maximum (null: no HPA).</summary>
    public int? MaxReplicas { get; set; }

    /// <summary>Gets or sets the resource requests (cpu, memory, ephemeral-storage).</summary>
    public IDictionary<string, string> Requests { get; set; } = new SortedDictionary<string, string>();

    /// <summary>Gets or sets the resource limits (cpu, memory, ephemeral-storage).</summary>
    public IDictionary<string, string> Limits { get; set; } = new SortedDictionary<string, string>();

    /// <summary>Gets or sets the startup probe path.</summary>
    public string StartupPath { get; set; } = string.Empty;

    /// <summary>Gets or sets the liveness probe path.</summary>
    public string LivenessPath { get; set; } = string.Empty;

    /// <summary>Gets or sets the readiness probe path.</summary>
    public string ReadinessPath { get; set; } = string.Empty;

    /// <summary>Gets or sets the preStop sleep.</summary>
    public int PreStopSleepSeconds { get; set; }

    /// <summary>Gets or sets the in-app drain delay.</summary>
    public int DrainDelaySeconds { get; set; }

    /// <summary>Gets or sets the host shutdown timeout.</summary>
    public int ShutdownTimeoutSeconds { get; set; }

    /// <summary>Gets or sets terminationGracePeriodSeconds.</summary>
    public int TerminationGracePeriodSeconds { get; set; }

    /// <summary>Gets or sets the HPA CPU utilization target (percent).</summary>
    public int CpuUtilization { get; set; }

    /// <summary>Gets or sets a value indicating whether a PodDisruptionBudget is written.</summary>
    public bool PodDisruptionBudget { get; set; }

    /// <summary>Gets or sets a value indicating whether a NetworkPolicy is written.</summary>
    public bool NetworkPolicy { get; set; }

    /// <summary>Gets or sets the CIDR blocks the pods may reach besides DNS.</summary>
    public IList<string> EgressCidrs { get; set; } = new List<string>();

    /// <summary>Gets or sets a value indicating whether topologySpreadConstraints are written.</summary>
    public bool TopologySpread { get; set; }

    /// <summary>Gets or sets the Kustomize overlay names.</summary>
    public IList<string> Overlays { get; set; } = new List<string>();

    /// <summary>Gets or sets the Dockerfile model.</summary>
    public DockerfileModel Docker { get; set; } = new();

    /// <summary>Gets or sets the user and group id the container runs as (runAsUser, runAsGroup, fsGroup).</summary>
    public int RunAsUser { get; set; } = AppUid;

    /// <summary>Gets or sets the imagePullPolicy.</summary>
    public string ImagePullPolicy { get; set; } = "Always";

    /// <summary>Gets or sets the pod's priorityClassName (empty: none).</summary>
    public string PriorityClassName { get; set; } = string.Empty;

    /// <summary>Gets or sets the image repository.</summary>
    public string ImageRepository { get; set; } = string.Empty;

    /// <summary>Gets or sets the image tag.</summary>
    public string ImageTag { get; set; } = string.Empty;

    /// <summary>Gets or sets the image digest (empty: none).</summary>
    public string ImageDigest { get; set; } = string.Empty;

    /// <summary>Gets or sets a value indicating whether the Helm chart is written.</summary>
    public bool HelmChart { get; set; }

    /// <summary>Gets or sets the Helm chart version (SemVer 2, from the project version).</summary>
    public string ChartVersion { get; set; } = string.Empty;

    /// <summary>The folder where the Key Vault secrets are mounted, one file per secret (read by AksReady.Hosting).</summary>
    public const string SecretsMountPath = "/mnt/secrets-store";

    /// <summary>Gets or sets the ConfigMap entries (empty: no ConfigMap).</summary>
    public IList<KeyValuePair<string, string>> Config { get; set; } = new List<KeyValuePair<string, string>>();

    /// <summary>Gets or sets the folder the ConfigMap is mounted at (empty: as environment variables).</summary>
    public string ConfigMountPath { get; set; } = string.Empty;

    /// <summary>Gets or sets the extra environment variables.</summary>
    public IList<KeyValuePair<string, string>> EnvironmentVariables { get; set; } = new List<KeyValuePair<string, string>>();

    /// <summary>Gets or sets the Ingress host (empty: no Ingress).</summary>
    public string IngressHost { get; set; } = string.Empty;

    /// <summary>Gets or sets the IngressClass name (empty: the cluster default).</summary>
    public string IngressClassName { get; set; } = string.Empty;

    /// <summary>Gets or sets the TLS secret name (empty: no TLS section).</summary>
    public string IngressTlsSecretName { get; set; } = string.Empty;

    /// <summary>Gets or sets the Key Vault name (empty: no SecretProviderClass).</summary>
    public string KeyVaultName { get; set; } = string.Empty;

    /// <summary>Gets or sets the Entra tenant id of the Key Vault.</summary>
    public string KeyVaultTenantId { get; set; } = string.Empty;

    /// <summary>Gets or sets the Key Vault secret names to mount.</summary>
    public IList<string> KeyVaultSecrets { get; set; } = new List<string>();

    /// <summary>Gets or sets the workload identity client id (empty: none).</summary>
    public string WorkloadIdentityClientId { get; set; } = string.Empty;

    /// <summary>Gets or sets the AKS node pool (empty: any user pool).</summary>
    public string NodePool { get; set; } = string.Empty;

    /// <summary>Gets or sets a value indicating whether the pods run on spot nodes.</summary>
    public bool Spot { get; set; }

    /// <summary>Gets or sets the SDK version for headers.</summary>
    public string SdkVersion { get; set; } = string.Empty;
}

/// <summary>What the Dockerfile needs: paths relative to the build context and the images.</summary>
public sealed class DockerfileModel
{
    /// <summary>Gets or sets the SDK image (build stage).</summary>
    public string SdkImage { get; set; } = string.Empty;

    /// <summary>Gets or sets the runtime image (final stage).</summary>
    public string RuntimeImage { get; set; } = string.Empty;

    /// <summary>Gets or sets the project file, relative to the context.</summary>
    public string ProjectPath { get; set; } = string.Empty;

    /// <summary>Gets or sets the project files (the project and its references), relative to the context, sorted.</summary>
    public IList<string> ProjectFiles { get; set; } = new List<string>();

    /// <summary>Gets or sets the restore inputs (Directory.Build.*, NuGet.config, ...), relative to the context, sorted.</summary>
    public IList<string> RestoreFiles { get; set; } = new List<string>();

    /// <summary>Gets or sets the entry assembly file name.</summary>
    public string EntryAssembly { get; set; } = string.Empty;

    /// <summary>Gets or sets the port.</summary>
    public int Port { get; set; }

    /// <summary>Gets or sets the runtime identifier of a self-contained or native AOT publish (null: framework-dependent).</summary>
    public string? RuntimeIdentifier { get; set; }

    /// <summary>Gets or sets a value indicating whether the app is published as native AOT (needs clang in the build stage).</summary>
    public bool NativeAot { get; set; }

    /// <summary>Gets or sets the Dockerfile path relative to the context (null when outside it).</summary>
    public string? DockerfilePathInContext { get; set; }
}

using System;
using System.Collections.Generic;

namespace AksReady.Sdk.Generation;

/// <summary>
/// The raw AksReady* property values, exactly as MSBuild passed them (strings, possibly empty).
/// <see cref="SettingsValidator"/> turns them into a checked <see cref="AksReadyModel"/>.
/// </summary>
public sealed class AksReadySettings
{
    /// <summary>Gets or sets the MSBuild project name (shown in messages and headers).</summary>
    public string ProjectName { get; set; } = string.Empty;

    /// <summary>Gets or sets the full path of the project file.</summary>
    public string ProjectFullPath { get; set; } = string.Empty;

    /// <summary>Gets or sets the assembly name (the entry point is &lt;AssemblyName&gt;.dll).</summary>
    public string AssemblyName { get; set; } = string.Empty;

    /// <summary>Gets or sets the target framework, e.g. net8.0.</summary>
    public string TargetFramework { get; set; } = string.Empty;

    /// <summary>Gets or sets a value indicating whether the project is an ASP.NET Core project.</summary>
    public bool IsWebProject { get; set; }

    /// <summary>Gets or sets the full paths of the project files this project references, transitively.</summary>
    public IList<string> ProjectReferences { get; set; } = Array.Empty<string>();

    /// <summary>Gets or sets AksReadyName.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyNamespace.</summary>
    public string Namespace { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyImageRepository.</summary>
    public string ImageRepository { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyImageTag.</summary>
    public string ImageTag { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyPort.</summary>
    public string Port { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets AksReadyService (true/false; empty: true). The targets default it to true for Microsoft.NET.Sdk.Web
    /// projects and to false otherwise.
    /// </summary>
    public string Service { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyServicePort (must be empty when AksReadyService is false).</summary>
    public string ServicePort { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyReplicas.</summary>
    public string Replicas { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyMinReplicas.</summary>
    public string MinReplicas { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyMaxReplicas.</summary>
    public string MaxReplicas { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyCpuRequest.</summary>
    public string CpuRequest { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyMemoryRequest.</summary>
    public string MemoryRequest { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyCpuLimit.</summary>
    public string CpuLimit { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyMemoryLimit.</summary>
    public string MemoryLimit { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyEphemeralStorageRequest.</summary>
    public string EphemeralStorageRequest { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyEphemeralStorageLimit.</summary>
    public string EphemeralStorageLimit { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyStartupPath.</summary>
    public string StartupPath { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyLivenessPath.</summary>
    public string LivenessPath { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyReadinessPath.</summary>
    public string ReadinessPath { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyPreStopSleepSeconds.</summary>
    public string PreStopSleepSeconds { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyDrainDelaySeconds.</summary>
    public string DrainDelaySeconds { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyShutdownTimeoutSeconds.</summary>
    public string ShutdownTimeoutSeconds { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyTerminationGracePeriodSeconds (empty: computed).</summary>
    public string TerminationGracePeriodSeconds { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyOutputPath.</summary>
    public string OutputPath { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyDockerContext (empty: the nearest folder with a solution file).</summary>
    public string DockerContext { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyBaseImageVariant ("none" for the plain Debian images).</summary>
    public string BaseImageVariant { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyBaseImageTag (empty: derived from the target framework).</summary>
    public string BaseImageTag { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyCpuUtilization (HPA target, percent of the CPU request).</summary>
    public string CpuUtilization { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyPodDisruptionBudget (true/false).</summary>
    public string PodDisruptionBudget { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyNetworkPolicy (true/false).</summary>
    public string NetworkPolicy { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyNetworkPolicyEgressCidrs (';'-separated CIDR blocks the pods may reach, besides DNS).</summary>
    public string NetworkPolicyEgressCidrs { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyTopologySpread (true/false).</summary>
    public string TopologySpread { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyOverlays (';'-separated Kustomize overlay names).</summary>
    public string Overlays { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyRunAsUser (runAsUser, runAsGroup and fsGroup; empty: 1654, the image's 'app' user).</summary>
    public string RunAsUser { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyImageDigest (sha256:...; pins the image and makes the pull policy IfNotPresent).</summary>
    public string ImageDigest { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyImagePullPolicy (empty: IfNotPresent with a digest, Always without).</summary>
    public string ImagePullPolicy { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyPriorityClassName (empty: none).</summary>
    public string PriorityClassName { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyHelmChart (true/false; empty: false).</summary>
    public string HelmChart { get; set; } = string.Empty;

    /// <summary>Gets or sets the project's $(Version): the Helm chart version.</summary>
    public string ProjectVersion { get; set; } = string.Empty;

    /// <summary>Gets or sets the AksReadyConfig items: key and Value metadata, in item order.</summary>
    public IList<KeyValuePair<string, string>> Config { get; set; } = new List<KeyValuePair<string, string>>();

    /// <summary>Gets or sets AksReadyConfigMountPath (empty: the ConfigMap becomes environment variables).</summary>
    public string ConfigMountPath { get; set; } = string.Empty;

    /// <summary>Gets or sets the AksReadyEnvironmentVariable items: name and Value metadata, in item order.</summary>
    public IList<KeyValuePair<string, string>> EnvironmentVariables { get; set; } = new List<KeyValuePair<string, string>>();

    /// <summary>Gets or sets AksReadyIngressHost (empty: no Ingress).</summary>
    public string IngressHost { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyIngressClassName.</summary>
    public string IngressClassName { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyIngressTlsSecretName.</summary>
    public string IngressTlsSecretName { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyKeyVaultName (empty: no SecretProviderClass).</summary>
    public string KeyVaultName { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyKeyVaultTenantId.</summary>
    public string KeyVaultTenantId { get; set; } = string.Empty;

    /// <summary>Gets or sets the AksReadyKeyVaultSecret item names.</summary>
    public IList<string> KeyVaultSecrets { get; set; } = new List<string>();

    /// <summary>Gets or sets AksReadyWorkloadIdentityClientId.</summary>
    public string WorkloadIdentityClientId { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadyNodePool.</summary>
    public string NodePool { get; set; } = string.Empty;

    /// <summary>Gets or sets AksReadySpot (true/false; empty: false).</summary>
    public string Spot { get; set; } = string.Empty;

    /// <summary>Gets or sets $(SelfContained) (true/false; empty: false).</summary>
    public string SelfContained { get; set; } = string.Empty;

    /// <summary>Gets or sets $(PublishAot) (true/false; empty: false).</summary>
    public string PublishAot { get; set; } = string.Empty;

    /// <summary>Gets or sets the AksReady.Sdk version, written into the headers.</summary>
    public string SdkVersion { get; set; } = string.Empty;
}

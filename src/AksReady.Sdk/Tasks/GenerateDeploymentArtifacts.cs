using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AksReady.Sdk.Generation;
using AksReady.Sdk.Resources;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace AksReady.Sdk.Tasks;

/// <summary>
/// Validates the AksReady* properties and writes the Dockerfile, Dockerfile.dockerignore and the Kubernetes manifests
/// under <see cref="OutputPath"/>. Writes nothing when a value is invalid or a user-written file is in the way.
/// </summary>
public sealed class GenerateDeploymentArtifacts : Microsoft.Build.Utilities.Task
{
    /// <summary>Initializes a new instance of the <see cref="GenerateDeploymentArtifacts"/> class.</summary>
    public GenerateDeploymentArtifacts()
        : base(Resource.Manager)
    {
        ProjectName = ProjectFullPath = AssemblyName = TargetFramework = OutputPath = string.Empty;
        Name = Namespace = ImageRepository = ImageTag = Port = Service = ServicePort = Replicas = MinReplicas = MaxReplicas = string.Empty;
        CpuRequest = MemoryRequest = CpuLimit = MemoryLimit = EphemeralStorageRequest = EphemeralStorageLimit = string.Empty;
        StartupPath = LivenessPath = ReadinessPath = string.Empty;
        PreStopSleepSeconds = DrainDelaySeconds = ShutdownTimeoutSeconds = TerminationGracePeriodSeconds = string.Empty;
        DockerContext = BaseImageVariant = BaseImageTag = SdkVersion = string.Empty;
        CpuUtilization = PodDisruptionBudget = NetworkPolicy = NetworkPolicyEgressCidrs = TopologySpread = Overlays = string.Empty;
        RunAsUser = ImageDigest = ImagePullPolicy = PriorityClassName = HelmChart = ProjectVersion = string.Empty;
        ConfigMountPath = IngressHost = IngressClassName = IngressTlsSecretName = KeyVaultName = KeyVaultTenantId = WorkloadIdentityClientId = NodePool = Spot = string.Empty;
        Config = EnvironmentVariables = KeyVaultSecrets = Array.Empty<ITaskItem>();
        SelfContained = PublishAot = string.Empty;
        ProjectReferences = Array.Empty<ITaskItem>();
        GeneratedFiles = Array.Empty<ITaskItem>();
    }

    [Required] public string ProjectName { get; set; }
    [Required] public string ProjectFullPath { get; set; }
    [Required] public string AssemblyName { get; set; }
    public string TargetFramework { get; set; }
    public bool IsWebProject { get; set; }
    public ITaskItem[] ProjectReferences { get; set; }
    [Required] public string OutputPath { get; set; }
    public string Name { get; set; }
    public string Namespace { get; set; }
    public string ImageRepository { get; set; }
    public string ImageTag { get; set; }
    public string Port { get; set; }
    public string Service { get; set; }
    public string ServicePort { get; set; }
    public string Replicas { get; set; }
    public string MinReplicas { get; set; }
    public string MaxReplicas { get; set; }
    public string CpuRequest { get; set; }
    public string MemoryRequest { get; set; }
    public string CpuLimit { get; set; }
    public string MemoryLimit { get; set; }
    public string EphemeralStorageRequest { get; set; }
    public string EphemeralStorageLimit { get; set; }
    public string StartupPath { get; set; }
    public string LivenessPath { get; set; }
    public string ReadinessPath { get; set; }
    public string PreStopSleepSeconds { get; set; }
    public string DrainDelaySeconds { get; set; }
    public string ShutdownTimeoutSeconds { get; set; }
    public string TerminationGracePeriodSeconds { get; set; }
    public string DockerContext { get; set; }
    public string BaseImageVariant { get; set; }
    public string BaseImageTag { get; set; }
    public string SdkVersion { get; set; }
    public string CpuUtilization { get; set; }
    public string PodDisruptionBudget { get; set; }
    public string NetworkPolicy { get; set; }
    public string NetworkPolicyEgressCidrs { get; set; }
    public string TopologySpread { get; set; }
    public string Overlays { get; set; }
    public string RunAsUser { get; set; }
    public string ImageDigest { get; set; }
    public string ImagePullPolicy { get; set; }
    public string PriorityClassName { get; set; }
    public string HelmChart { get; set; }
    public string ProjectVersion { get; set; }

    /// <summary>Gets or sets the AksReadyConfig items (Include = key, metadata Value).</summary>
    public ITaskItem[] Config { get; set; }

    public string ConfigMountPath { get; set; }

    /// <summary>Gets or sets the AksReadyEnvironmentVariable items (Include = name, metadata Value).</summary>
    public ITaskItem[] EnvironmentVariables { get; set; }

    public string IngressHost { get; set; }
    public string IngressClassName { get; set; }
    public string IngressTlsSecretName { get; set; }
    public string KeyVaultName { get; set; }
    public string KeyVaultTenantId { get; set; }

    /// <summary>Gets or sets the AksReadyKeyVaultSecret items (Include = secret name).</summary>
    public ITaskItem[] KeyVaultSecrets { get; set; }

    public string WorkloadIdentityClientId { get; set; }
    public string NodePool { get; set; }
    public string Spot { get; set; }
    public string SelfContained { get; set; }
    public string PublishAot { get; set; }

    /// <summary>Gets the full paths of every generated file (for FileWrites).</summary>
    [Output] public ITaskItem[] GeneratedFiles { get; private set; }

    /// <inheritdoc />
    public override bool Execute()
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var settings = ToSettings();
        var errors = new List<ValidationError>();
        var model = SettingsValidator.Validate(settings, errors);
        WriteResult? result = null;
        var outputDirectory = Path.GetFullPath(OutputPath);
        if (model != null)
        {
            result = ArtifactWriter.Write(outputDirectory, ManifestWriter.WriteAll(model), errors);
        }

        foreach (var error in errors)
        {
            Log.LogErrorWithCodeFromResources(error.ResourceName, error.Args);
        }

        if (result != null)
        {
            GeneratedFiles = result.Files.Select(f => (ITaskItem)new TaskItem(f)).ToArray();
            var shown = outputDirectory.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
            if (result.Removed.Count > 0)
            {
                var removed = string.Join(", ", result.Removed.Select(f => f.Substring(Math.Min(f.Length, shown.Length + 1)).Replace(Path.DirectorySeparatorChar, '/')));
                Log.LogMessageFromResources(MessageImportance.High, KnownStrings.Messages.StaleArtifactsRemoved, ProjectName, removed);
            }

            if (result.Changed > 0 || result.Removed.Count > 0)
            {
                Log.LogMessageFromResources(MessageImportance.High, KnownStrings.Messages.ArtifactsWritten, ProjectName, shown);
            }
            else
            {
                Log.LogMessageFromResources(MessageImportance.Normal, KnownStrings.Messages.ArtifactsUpToDate, ProjectName, shown);
            }
        }

        Log.LogMessageFromResources(MessageImportance.Low, KnownStrings.Messages.GenerationTime, GeneratedFiles.Length, stopwatch.Elapsed.TotalMilliseconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));

        return !Log.HasLoggedErrors;
    }

    /// <summary>Maps the task parameters to the MSBuild-free settings.</summary>
    public AksReadySettings ToSettings() => new()
    {
        ProjectName = ProjectName,
        ProjectFullPath = ProjectFullPath,
        AssemblyName = AssemblyName,
        TargetFramework = TargetFramework,
        IsWebProject = IsWebProject,
        ProjectReferences = ProjectReferences.Select(i => i.GetMetadata("FullPath")).Where(p => p.Length > 0).ToList(),
        OutputPath = OutputPath,
        Name = Name,
        Namespace = Namespace,
        ImageRepository = ImageRepository,
        ImageTag = ImageTag,
        Port = Port,
        Service = Service,
        ServicePort = ServicePort,
        Replicas = Replicas,
        MinReplicas = MinReplicas,
        MaxReplicas = MaxReplicas,
        CpuRequest = CpuRequest,
        MemoryRequest = MemoryRequest,
        CpuLimit = CpuLimit,
        MemoryLimit = MemoryLimit,
        EphemeralStorageRequest = EphemeralStorageRequest,
        EphemeralStorageLimit = EphemeralStorageLimit,
        StartupPath = StartupPath,
        LivenessPath = LivenessPath,
        ReadinessPath = ReadinessPath,
        PreStopSleepSeconds = PreStopSleepSeconds,
        DrainDelaySeconds = DrainDelaySeconds,
        ShutdownTimeoutSeconds = ShutdownTimeoutSeconds,
        TerminationGracePeriodSeconds = TerminationGracePeriodSeconds,
        DockerContext = DockerContext,
        BaseImageVariant = BaseImageVariant,
        BaseImageTag = BaseImageTag,
        SdkVersion = SdkVersion,
        CpuUtilization = CpuUtilization,
        PodDisruptionBudget = PodDisruptionBudget,
        NetworkPolicy = NetworkPolicy,
        NetworkPolicyEgressCidrs = NetworkPolicyEgressCidrs,
        TopologySpread = TopologySpread,
        Overlays = Overlays,
        RunAsUser = RunAsUser,
        ImageDigest = ImageDigest,
        ImagePullPolicy = ImagePullPolicy,
        PriorityClassName = PriorityClassName,
        HelmChart = HelmChart,
        ProjectVersion = ProjectVersion,
        Config = Config.Select(i => new KeyValuePair<string, string>(i.ItemSpec, i.GetMetadata("Value"))).ToList(),
        ConfigMountPath = ConfigMountPath,
        EnvironmentVariables = EnvironmentVariables.Select(i => new KeyValuePair<string, string>(i.ItemSpec, i.GetMetadata("Value"))).ToList(),
        IngressHost = IngressHost,
        IngressClassName = IngressClassName,
        IngressTlsSecretName = IngressTlsSecretName,
        KeyVaultName = KeyVaultName,
        KeyVaultTenantId = KeyVaultTenantId,
        KeyVaultSecrets = KeyVaultSecrets.Select(i => i.ItemSpec).ToList(),
        WorkloadIdentityClientId = WorkloadIdentityClientId,
        NodePool = NodePool,
        Spot = Spot,
        SelfContained = SelfContained,
        PublishAot = PublishAot,
    };
}

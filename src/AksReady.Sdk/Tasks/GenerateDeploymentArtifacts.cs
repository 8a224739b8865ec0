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
        Name = Namespace = ImageRepository = ImageTag = Port = ServicePort = Replicas = MinReplicas = MaxReplicas = string.Empty;
        CpuRequest = MemoryRequest = CpuLimit = MemoryLimit = EphemeralStorageRequest = EphemeralStorageLimit = string.Empty;
        StartupPath = LivenessPath = ReadinessPath = string.Empty;
        PreStopSleepSeconds = DrainDelaySeconds = ShutdownTimeoutSeconds = TerminationGracePeriodSeconds = string.Empty;
        DockerContext = BaseImageVariant = BaseImageTag = SdkVersion = string.Empty;
        CpuUtilization = PodDisruptionBudget = NetworkPolicy = NetworkPolicyEgressCidrs = TopologySpread = Overlays = string.Empty;
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

    /// <summary>Gets the full paths of every generated file (for FileWrites).</summary>
    [Output] public ITaskItem[] GeneratedFiles { get; private set; }

    /// <inheritdoc />
    public override bool Execute()
    {
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
            if (result.Changed > 0)
            {
                Log.LogMessageFromResources(MessageImportance.High, KnownStrings.Messages.ArtifactsWritten, ProjectName, shown);
            }
            else
            {
                Log.LogMessageFromResources(MessageImportance.Normal, KnownStrings.Messages.ArtifactsUpToDate, ProjectName, shown);
            }
        }

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
    };
}

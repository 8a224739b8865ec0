using AksReady.Sdk.Generation;
using AksReady.Sdk.Tasks;

namespace AksReady.Sdk.Tests.Infrastructure;

/// <summary>Settings with the defaults of AksReady.Sdk.targets, for a project that does not exist on disk.</summary>
internal static class TestSettings
{
    public const string Root = "/aksready-test-repo";

    public static AksReadySettings Default() => new()
    {
        ProjectName = "Contoso.Orders.Api",
        ProjectFullPath = Root + "/src/Contoso.Orders.Api/Contoso.Orders.Api.csproj",
        AssemblyName = "Contoso.Orders.Api",
        TargetFramework = "net8.0",
        IsWebProject = true,
        ProjectReferences = new[] { Root + "/src/Contoso.Orders.Domain/Contoso.Orders.Domain.csproj" },
        OutputPath = Root + "/src/Contoso.Orders.Api/bin/aksready/",
        DockerContext = Root,
        Name = "contoso-orders-api",
        Namespace = "default",
        ImageRepository = "contoso-orders-api",
        ImageTag = "1.0.0",
        Port = "8080",
        Service = "true",
        ServicePort = "80",
        Replicas = "2",
        CpuRequest = "100m",
        MemoryRequest = "128Mi",
        CpuLimit = "1",
        MemoryLimit = "512Mi",
        EphemeralStorageRequest = "64Mi",
        EphemeralStorageLimit = "256Mi",
        StartupPath = "/healthz/startup",
        LivenessPath = "/healthz/live",
        ReadinessPath = "/healthz/ready",
        PreStopSleepSeconds = "5",
        DrainDelaySeconds = "5",
        ShutdownTimeoutSeconds = "20",
        BaseImageVariant = "noble-chiseled",
        SdkVersion = "0.1.0",
        CpuUtilization = "70",
        PodDisruptionBudget = "true",
        NetworkPolicy = "true",
        TopologySpread = "true",
        Overlays = "dev;staging;prod",
        RunAsUser = "1654",
    };

    public static AksReadyModel Model(Action<AksReadySettings>? change = null)
    {
        var s = Default();
        change?.Invoke(s);
        var errors = new List<ValidationError>();
        var model = SettingsValidator.Validate(s, errors);
        Assert.True(model != null, "Unexpected validation errors: " + string.Join(", ", errors));
        return model!;
    }

    /// <summary>Autoscaling on, extra egress: every optional resource is written.</summary>
    public static void Everything(AksReadySettings s)
    {
        s.MinReplicas = "3";
        s.MaxReplicas = "10";
        s.NetworkPolicyEgressCidrs = "10.0.0.0/8;fd00::/8";
    }

    /// <summary>
    /// A worker's defaults (AksReadyService=false, so AksReadyServicePort stays empty): no Service. IsWebProject stays
    /// true, as for a worker that uses AksReady.Hosting's management server (Microsoft.AspNetCore.App).
    /// </summary>
    public static void NoService(AksReadySettings s)
    {
        s.Service = "false";
        s.ServicePort = string.Empty;
    }

    /// <summary>Every optional feature on (for the policy tests): autoscaling, egress, a digest-pinned image.</summary>
    public static void FullyFeatured(AksReadySettings s)
    {
        Everything(s);
        s.ImageDigest = "sha256:" + new string('a', 64);
        s.Config = new List<KeyValuePair<string, string>> { new("Logging__LogLevel__Default", "Information"), new("Features__NewCheckout", "true") };
        s.EnvironmentVariables = new List<KeyValuePair<string, string>> { new("DOTNET_gcServer", "0"), new("OTEL_SERVICE_NAME", "orders") };
        s.IngressHost = "orders.contoso.com";
        s.IngressClassName = "webapprouting.kubernetes.azure.com";
        s.IngressTlsSecretName = "orders-tls";
        s.KeyVaultName = "contoso-orders-kv";
        s.KeyVaultTenantId = "11111111-2222-3333-4444-555555555555";
        s.KeyVaultSecrets = new List<string> { "OrdersDb--ConnectionString", "Stripe--ApiKey" };
        s.WorkloadIdentityClientId = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
        s.NodePool = "apps";
        s.Spot = "true";
    }

    /// <summary>The fully-featured set with the ConfigMap mounted as files instead of environment variables.</summary>
    public static void FullyFeaturedConfigFiles(AksReadySettings s)
    {
        FullyFeatured(s);
        s.ConfigMountPath = "/etc/orders/config";
    }

    public static IReadOnlyList<GeneratedFile> Files(Action<AksReadySettings>? change = null) => ManifestWriter.WriteAll(Model(change));

    /// <summary>A task whose parameters are the defaults, writing to <paramref name="outputPath"/>.</summary>
    public static GenerateDeploymentArtifacts Task(FakeBuildEngine engine, string outputPath, string projectDirectory)
    {
        var s = Default();
        return new GenerateDeploymentArtifacts
        {
            BuildEngine = engine,
            ProjectName = s.ProjectName,
            ProjectFullPath = Path.Combine(projectDirectory, "Contoso.Orders.Api.csproj"),
            AssemblyName = s.AssemblyName,
            TargetFramework = s.TargetFramework,
            IsWebProject = true,
            OutputPath = outputPath,
            Name = s.Name,
            Namespace = s.Namespace,
            ImageRepository = s.ImageRepository,
            ImageTag = s.ImageTag,
            Port = s.Port,
            Service = s.Service,
            ServicePort = s.ServicePort,
            Replicas = s.Replicas,
            CpuRequest = s.CpuRequest,
            MemoryRequest = s.MemoryRequest,
            CpuLimit = s.CpuLimit,
            MemoryLimit = s.MemoryLimit,
            EphemeralStorageRequest = s.EphemeralStorageRequest,
            EphemeralStorageLimit = s.EphemeralStorageLimit,
            StartupPath = s.StartupPath,
            LivenessPath = s.LivenessPath,
            ReadinessPath = s.ReadinessPath,
            PreStopSleepSeconds = s.PreStopSleepSeconds,
            DrainDelaySeconds = s.DrainDelaySeconds,
            ShutdownTimeoutSeconds = s.ShutdownTimeoutSeconds,
            BaseImageVariant = s.BaseImageVariant,
            SdkVersion = s.SdkVersion,
            CpuUtilization = s.CpuUtilization,
            PodDisruptionBudget = s.PodDisruptionBudget,
            NetworkPolicy = s.NetworkPolicy,
            TopologySpread = s.TopologySpread,
            Overlays = s.Overlays,
            RunAsUser = s.RunAsUser,
        };
    }
}

using AksReady.Sdk.Generation;
using AksReady.Sdk.Tasks;
using AksReady.Sdk.Tests.Infrastructure;

namespace AksReady.Sdk.Tests;

public sealed class ValidationErrorTests
{
    public static TheoryData<string, string, string> InvalidValues() => new()
    {
        { KnownStrings.ErrorCodes.AKSB1001, nameof(GenerateDeploymentArtifacts.Name), "Contoso_Api" },
        { KnownStrings.ErrorCodes.AKSB1001, nameof(GenerateDeploymentArtifacts.Name), "1api" },
        { KnownStrings.ErrorCodes.AKSB1001, nameof(GenerateDeploymentArtifacts.Name), new string('a', 64) },
        { KnownStrings.ErrorCodes.AKSB1002, nameof(GenerateDeploymentArtifacts.Namespace), "Prod" },
        { KnownStrings.ErrorCodes.AKSB1003, nameof(GenerateDeploymentArtifacts.MemoryLimit), "512mb" },
        { KnownStrings.ErrorCodes.AKSB1003, nameof(GenerateDeploymentArtifacts.CpuRequest), "half" },
        { KnownStrings.ErrorCodes.AKSB1004, nameof(GenerateDeploymentArtifacts.Port), "70000" },
        { KnownStrings.ErrorCodes.AKSB1004, nameof(GenerateDeploymentArtifacts.Port), "0" },
        { KnownStrings.ErrorCodes.AKSB1004, nameof(GenerateDeploymentArtifacts.ServicePort), "http" },
        { KnownStrings.ErrorCodes.AKSB1005, nameof(GenerateDeploymentArtifacts.ReadinessPath), "healthz/ready" },
        { KnownStrings.ErrorCodes.AKSB1005, nameof(GenerateDeploymentArtifacts.StartupPath), "/health z" },
        { KnownStrings.ErrorCodes.AKSB1006, nameof(GenerateDeploymentArtifacts.MemoryLimit), "64Mi" },
        { KnownStrings.ErrorCodes.AKSB1006, nameof(GenerateDeploymentArtifacts.CpuLimit), "50m" },
        { KnownStrings.ErrorCodes.AKSB1007, nameof(GenerateDeploymentArtifacts.Replicas), "-1" },
        { KnownStrings.ErrorCodes.AKSB1007, nameof(GenerateDeploymentArtifacts.DrainDelaySeconds), "five" },
        { KnownStrings.ErrorCodes.AKSB1008, nameof(GenerateDeploymentArtifacts.MinReplicas), "5" },
        { KnownStrings.ErrorCodes.AKSB1009, nameof(GenerateDeploymentArtifacts.TerminationGracePeriodSeconds), "10" },
        { KnownStrings.ErrorCodes.AKSB1011, nameof(GenerateDeploymentArtifacts.ImageRepository), "Contoso/Api" },
        { KnownStrings.ErrorCodes.AKSB1012, nameof(GenerateDeploymentArtifacts.ImageTag), "1.0.0+abc" },
        { KnownStrings.ErrorCodes.AKSB1013, nameof(GenerateDeploymentArtifacts.TargetFramework), "netstandard2.0" },
        { KnownStrings.ErrorCodes.AKSB1015, nameof(GenerateDeploymentArtifacts.DockerContext), "/somewhere/else" },
        { KnownStrings.ErrorCodes.AKSB1016, nameof(GenerateDeploymentArtifacts.NetworkPolicy), "yes" },
        { KnownStrings.ErrorCodes.AKSB1016, nameof(GenerateDeploymentArtifacts.PodDisruptionBudget), "flase" },
        { KnownStrings.ErrorCodes.AKSB1017, nameof(GenerateDeploymentArtifacts.CpuUtilization), "150" },
        { KnownStrings.ErrorCodes.AKSB1018, nameof(GenerateDeploymentArtifacts.NetworkPolicyEgressCidrs), "10.0.0.0/33" },
        { KnownStrings.ErrorCodes.AKSB1018, nameof(GenerateDeploymentArtifacts.NetworkPolicyEgressCidrs), "internet" },
        { KnownStrings.ErrorCodes.AKSB1019, nameof(GenerateDeploymentArtifacts.Overlays), "Prod" },
        { KnownStrings.ErrorCodes.AKSB1020, nameof(GenerateDeploymentArtifacts.MinReplicas), "0" },
        { KnownStrings.ErrorCodes.AKSB1021, nameof(GenerateDeploymentArtifacts.RunAsUser), "0" },
        { KnownStrings.ErrorCodes.AKSB1021, nameof(GenerateDeploymentArtifacts.RunAsUser), "app" },
        { KnownStrings.ErrorCodes.AKSB1022, nameof(GenerateDeploymentArtifacts.ImageDigest), "sha256:abc" },
        { KnownStrings.ErrorCodes.AKSB1023, nameof(GenerateDeploymentArtifacts.ImagePullPolicy), "Sometimes" },
        { KnownStrings.ErrorCodes.AKSB1024, nameof(GenerateDeploymentArtifacts.PriorityClassName), "High_Priority" },
        { KnownStrings.ErrorCodes.AKSB1016, nameof(GenerateDeploymentArtifacts.HelmChart), "maybe" },
        { KnownStrings.ErrorCodes.AKSB1025, nameof(GenerateDeploymentArtifacts.ProjectVersion), "1.0" },
        { KnownStrings.ErrorCodes.AKSB1027, nameof(GenerateDeploymentArtifacts.ConfigMountPath), "config" },
        { KnownStrings.ErrorCodes.AKSB1029, nameof(GenerateDeploymentArtifacts.IngressHost), "Orders.Contoso.com" },
        { KnownStrings.ErrorCodes.AKSB1030, nameof(GenerateDeploymentArtifacts.WorkloadIdentityClientId), "not-a-guid" },
        { KnownStrings.ErrorCodes.AKSB1031, nameof(GenerateDeploymentArtifacts.KeyVaultName), "kv" },
        { KnownStrings.ErrorCodes.AKSB1034, nameof(GenerateDeploymentArtifacts.NodePool), "Apps-Pool" },
        { KnownStrings.ErrorCodes.AKSB1016, nameof(GenerateDeploymentArtifacts.Spot), "spot" },
        { KnownStrings.ErrorCodes.AKSB1016, nameof(GenerateDeploymentArtifacts.Service), "no" },
    };

    [Theory]
    [MemberData(nameof(InvalidValues))]
    public void Invalid_value_stops_with_a_coded_error_and_writes_nothing(string code, string property, string value)
    {
        using var temp = new TempDirectory();
        var engine = new FakeBuildEngine();
        var output = Path.Combine(temp.Path, "out");
        var task = TestSettings.Task(engine, output, temp.Path);
        task.MaxReplicas = "3";
        task.HelmChart = "true";
        if (property == nameof(GenerateDeploymentArtifacts.KeyVaultName))
        {
            task.KeyVaultTenantId = "11111111-2222-3333-4444-555555555555";
            task.WorkloadIdentityClientId = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
        }

        typeof(GenerateDeploymentArtifacts).GetProperty(property)!.SetValue(task, value);

        Assert.False(task.Execute());
        var error = Assert.Single(engine.Errors);
        Assert.Equal(code, error.Code);
        Assert.Contains(value.Length > 20 ? value[..20] : value, error.Message);
        Assert.False(Directory.Exists(output), "Nothing may be written when a value is invalid.");
        Assert.DoesNotContain(engine.Messages, m => m.Importance == Microsoft.Build.Framework.MessageImportance.High);
    }

    public static TheoryData<string, string, string> InvalidItems() => new()
    {
        { KnownStrings.ErrorCodes.AKSB1026, nameof(GenerateDeploymentArtifacts.Config), "1Key" },
        { KnownStrings.ErrorCodes.AKSB1026, nameof(GenerateDeploymentArtifacts.Config), "Key With Spaces" },
        { KnownStrings.ErrorCodes.AKSB1028, nameof(GenerateDeploymentArtifacts.EnvironmentVariables), "POD_NAME" },
        { KnownStrings.ErrorCodes.AKSB1028, nameof(GenerateDeploymentArtifacts.EnvironmentVariables), "9LIVES" },
        { KnownStrings.ErrorCodes.AKSB1032, nameof(GenerateDeploymentArtifacts.KeyVaultSecrets), "Orders_Db" },
    };

    [Theory]
    [MemberData(nameof(InvalidItems))]
    public void Invalid_item_stops_with_a_coded_error_and_writes_nothing(string code, string property, string itemSpec)
    {
        using var temp = new TempDirectory();
        var engine = new FakeBuildEngine();
        var output = Path.Combine(temp.Path, "out");
        var task = TestSettings.Task(engine, output, temp.Path);
        if (property == nameof(GenerateDeploymentArtifacts.KeyVaultSecrets))
        {
            task.KeyVaultName = "contoso-orders-kv";
            task.KeyVaultTenantId = "11111111-2222-3333-4444-555555555555";
            task.WorkloadIdentityClientId = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
        }

        var item = new Microsoft.Build.Utilities.TaskItem(itemSpec);
        item.SetMetadata("Value", "x");
        typeof(GenerateDeploymentArtifacts).GetProperty(property)!.SetValue(task, new Microsoft.Build.Framework.ITaskItem[] { item });

        Assert.False(task.Execute());
        var error = Assert.Single(engine.Errors);
        Assert.Equal(code, error.Code);
        Assert.Contains(itemSpec, error.Message);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Key_vault_needs_tenant_and_workload_identity()
    {
        using var temp = new TempDirectory();
        var engine = new FakeBuildEngine();
        var task = TestSettings.Task(engine, Path.Combine(temp.Path, "out"), temp.Path);
        task.KeyVaultName = "contoso-orders-kv";
        Assert.False(task.Execute());
        Assert.Equal(2, engine.Errors.Count(e => e.Code == KnownStrings.ErrorCodes.AKSB1033));
        Assert.Contains(engine.Errors, e => (e.Message ?? string.Empty).Contains("AksReadyKeyVaultTenantId", StringComparison.Ordinal));
        Assert.Contains(engine.Errors, e => (e.Message ?? string.Empty).Contains("AksReadyWorkloadIdentityClientId", StringComparison.Ordinal));

        engine.Errors.Clear();
        var ingress = TestSettings.Task(engine, Path.Combine(temp.Path, "out"), temp.Path);
        ingress.IngressTlsSecretName = "orders-tls";
        Assert.False(ingress.Execute());
        Assert.Equal(KnownStrings.ErrorCodes.AKSB1033, Assert.Single(engine.Errors).Code);
        Assert.Contains("AksReadyIngressHost", engine.Errors[0].Message);
    }

    [Theory]
    [InlineData("IngressHost", "orders.contoso.com", "AksReadyIngressHost")]
    [InlineData("ServicePort", "8081", "AksReadyServicePort")]
    public void Setting_that_needs_a_service_without_one_stops_with_AKSB1035(string property, string value, string name)
    {
        using var temp = new TempDirectory();
        var engine = new FakeBuildEngine();
        var output = Path.Combine(temp.Path, "out");
        var task = TestSettings.Task(engine, output, temp.Path);
        task.Service = "false";
        task.ServicePort = string.Empty;
        typeof(GenerateDeploymentArtifacts).GetProperty(property)!.SetValue(task, value);

        Assert.False(task.Execute());
        var error = Assert.Single(engine.Errors);
        Assert.Equal(KnownStrings.ErrorCodes.AKSB1035, error.Code);
        Assert.Contains(name + " '" + value + "'", error.Message);
        Assert.Contains("Set AksReadyService to true", error.Message);
        Assert.False(Directory.Exists(output), "Nothing may be written when a value is invalid.");
    }

    [Fact]
    public void Every_error_code_has_a_test()
    {
        var tested = InvalidValues().Select(row => (string)row[0]).Concat(InvalidItems().Select(row => (string)row[0])).Concat(new[] { KnownStrings.ErrorCodes.AKSB1010, KnownStrings.ErrorCodes.AKSB1014, KnownStrings.ErrorCodes.AKSB1033, KnownStrings.ErrorCodes.AKSB1035 }).ToHashSet();
        var all = typeof(KnownStrings.ErrorCodes).GetFields().Select(f => (string)f.GetValue(null)!);
        Assert.All(all, code => Assert.Contains(code, tested));
    }

    [Fact]
    public void All_problems_are_reported_at_once()
    {
        var errors = new List<ValidationError>();
        var s = TestSettings.Default();
        s.Port = "abc";
        s.MemoryRequest = "1GB";
        s.LivenessPath = "live";
        Assert.Null(SettingsValidator.Validate(s, errors));
        Assert.Equal(3, errors.Count);
    }

    [Fact]
    public void User_written_file_is_not_overwritten_and_nothing_is_written()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "out");
        var userFile = temp.Write("out/k8s/base/service.yaml", "# mine\napiVersion: v1\n");
        var engine = new FakeBuildEngine();
        var task = TestSettings.Task(engine, output, temp.Path);

        Assert.False(task.Execute());
        var error = Assert.Single(engine.Errors);
        Assert.Equal(KnownStrings.ErrorCodes.AKSB1010, error.Code);
        Assert.Contains(userFile, error.Message);
        Assert.Equal("# mine\napiVersion: v1\n", File.ReadAllText(userFile));
        Assert.False(File.Exists(Path.Combine(output, "Dockerfile")));
    }

    [Fact]
    public void Write_failure_is_reported_with_its_code()
    {
        using var temp = new TempDirectory();
        // A file where the output folder should be: the writer cannot create the folder.
        var blocker = temp.Write("out", "not a folder");
        var engine = new FakeBuildEngine();
        var task = TestSettings.Task(engine, blocker, temp.Path);

        Assert.False(task.Execute());
        Assert.Equal(KnownStrings.ErrorCodes.AKSB1014, engine.Errors.First().Code);
    }

    [Fact]
    public void Second_run_rewrites_nothing_and_logs_up_to_date_at_normal_importance()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "out");
        var engine = new FakeBuildEngine();
        Assert.True(TestSettings.Task(engine, output, temp.Path).Execute());
        Assert.Single(engine.Messages, m => m.Importance == Microsoft.Build.Framework.MessageImportance.High && m.Message!.StartsWith("AksReady: wrote deployment artifacts for Contoso.Orders.Api to ", StringComparison.Ordinal));
        var dockerfile = Path.Combine(output, "Dockerfile");
        var inode = File.ReadAllText(dockerfile);

        var engine2 = new FakeBuildEngine();
        var task2 = TestSettings.Task(engine2, output, temp.Path);
        Assert.True(task2.Execute());
        Assert.DoesNotContain(engine2.Messages, m => m.Importance == Microsoft.Build.Framework.MessageImportance.High);
        Assert.Contains(engine2.Messages, m => m.Message!.Contains("are up to date in", StringComparison.Ordinal));
        Assert.Equal(inode, File.ReadAllText(dockerfile));
        Assert.Equal(Directory.GetFiles(output, "*", SearchOption.AllDirectories).Length, task2.GeneratedFiles.Length);
        Assert.Equal(12, task2.GeneratedFiles.Length); // 11 artifacts + the .aksready-files list
        Assert.Empty(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories));
    }
}

namespace AksReady.Templates.Tests;

/// <summary>
/// Runs the GitHub Actions workflow that '--ci github' creates through a real offline validator
/// (@action-validator/cli, installed by tests/tools/install-workflow-validators.sh), and proves that the
/// validator rejects a broken workflow, so a pass means something.
/// </summary>
public sealed class CiDefinitionValidationTests : IAsyncLifetime
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "aksready-ci-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly string _repositoryRoot = Path.GetFullPath(Path.Combine(GoldenFile.TestProjectDirectory("AksReady.Templates.Tests"), "..", ".."));
    private string _actionValidator = string.Empty;

    private string Hive => Path.Combine(_work, "hive");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_work);
        _actionValidator = Path.Combine(_repositoryRoot, "artifacts", "tools", "npm", "node_modules", ".bin", "action-validator");
        if (!File.Exists(_actionValidator))
        {
            var script = Path.Combine(_repositoryRoot, "tests", "tools", "install-workflow-validators.sh");
            (await ProcessRunner.RunAsync("bash", [script], _repositoryRoot, timeout: TimeSpan.FromMinutes(5))).EnsureSuccess("install-workflow-validators.sh");
            Assert.True(File.Exists(_actionValidator), "install-workflow-validators.sh did not install " + _actionValidator);
        }

        foreach (var template in Directory.GetDirectories(Path.Combine(_repositoryRoot, "templates", "content")))
        {
            (await ProcessRunner.RunAsync("dotnet", ["new", "install", template, "--debug:custom-hive", Hive], _work)).EnsureSuccess("dotnet new install " + template);
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_work, recursive: true);
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("aksready-webapi")]
    [InlineData("aksready-worker")]
    public async Task The_github_workflow_passes_action_validator(string template)
    {
        var output = Path.Combine(_work, template, "Contoso.Orders");
        (await ProcessRunner.RunAsync("dotnet", ["new", template, "-n", "Contoso.Orders", "-o", output, "--no-restore", "--ci", "github", "--debug:custom-hive", Hive], _work))
            .EnsureSuccess($"dotnet new {template} --ci github");

        var workflow = Path.Combine(output, ".github", "workflows", "contoso-orders.yml");
        Assert.True(File.Exists(workflow), "expected " + workflow);
        var result = await ProcessRunner.RunAsync(_actionValidator, [workflow], output);
        Assert.True(result.ExitCode == 0, "action-validator rejected the workflow:\n" + result.Output);
    }

    [Fact]
    public async Task Action_validator_rejects_a_broken_workflow()
    {
        var workflow = Path.Combine(_work, "broken.yml");
        // 'step' instead of 'steps': not a valid job.
        await File.WriteAllTextAsync(workflow, "name: broken\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    step:\n      - run: echo hi\n");
        var result = await ProcessRunner.RunAsync(_actionValidator, [workflow], _work);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("step", result.Output);
    }

    [Fact]
    public async Task No_ci_definition_by_default()
    {
        var output = Path.Combine(_work, "none", "Contoso.Orders");
        (await ProcessRunner.RunAsync("dotnet", ["new", "aksready-webapi", "-n", "Contoso.Orders", "-o", output, "--no-restore", "--debug:custom-hive", Hive], _work))
            .EnsureSuccess("dotnet new aksready-webapi");
        Assert.False(Directory.Exists(Path.Combine(output, ".github")));
        Assert.False(File.Exists(Path.Combine(output, "azure-pipelines.yml")));
    }
}

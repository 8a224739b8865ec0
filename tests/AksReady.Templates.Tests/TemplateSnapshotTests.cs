using System.Text;

namespace AksReady.Templates.Tests;

/// <summary>Creates each template from its source folder with each option set and compares every file with a golden snapshot.</summary>
public sealed class TemplateSnapshotTests : IAsyncLifetime
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "aksready-templates-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly string _sourceDirectory = GoldenFile.TestProjectDirectory("AksReady.Templates.Tests");

    private string Hive => Path.Combine(_work, "hive");

    private string RepositoryRoot => Path.GetFullPath(Path.Combine(_sourceDirectory, "..", ".."));

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_work);
        var content = Path.Combine(RepositoryRoot, "templates", "content");
        foreach (var template in Directory.GetDirectories(content))
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
    [InlineData("aksready-webapi", "defaults", new string[0])]
    [InlineData("aksready-webapi", "net8-port9090", new[] { "--framework", "net8.0", "--port", "9090" })]
    [InlineData("aksready-worker", "defaults", new string[0])]
    [InlineData("aksready-worker", "net8-port9090", new[] { "--framework", "net8.0", "--port", "9090" })]
    [InlineData("aksready-webapi", "ci-github", new[] { "--ci", "github" })]
    [InlineData("aksready-webapi", "ci-azure-pipelines", new[] { "--ci", "azure-pipelines" })]
    [InlineData("aksready-worker", "ci-github", new[] { "--ci", "github" })]
    [InlineData("aksready-webapi", "helm", new[] { "--helm" })]
    [InlineData("aksready-webapi", "tests-ci-github", new[] { "--tests", "--ci", "github" })]
    [InlineData("aksready-worker", "tests-net8-ci-azure-pipelines", new[] { "--tests", "--framework", "net8.0", "--ci", "azure-pipelines" })]
    public async Task Created_files_match_the_snapshot(string template, string scenario, string[] options)
    {
        var output = Path.Combine(_work, scenario, "Contoso.Orders");
        (await ProcessRunner.RunAsync("dotnet", ["new", template, "-n", "Contoso.Orders", "-o", output, "--no-restore", "--debug:custom-hive", Hive, .. options], _work))
            .EnsureSuccess($"dotnet new {template} {string.Join(' ', options)}");

        var snapshot = new StringBuilder();
        foreach (var file in Directory.GetFiles(output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            snapshot.Append("=== ").Append(Path.GetRelativePath(output, file).Replace('\\', '/')).Append(" ===\n");
            snapshot.Append(File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n')).Append('\n');
        }

        GoldenFile.AssertMatches(Path.Combine("Snapshots", $"{template}.{scenario}.txt"), snapshot.ToString(), _sourceDirectory);
    }

    [Fact]
    public async Task Options_reach_the_project_file()
    {
        var output = Path.Combine(_work, "options", "Fabrikam.Api");
        (await ProcessRunner.RunAsync("dotnet", ["new", "aksready-webapi", "-n", "Fabrikam.Api", "-o", output, "--no-restore", "--framework", "net8.0", "--port", "9090", "--debug:custom-hive", Hive], _work))
            .EnsureSuccess("dotnet new aksready-webapi");

        var project = File.ReadAllText(Path.Combine(output, "Fabrikam.Api.csproj"));
        Assert.Contains("<TargetFramework>net8.0</TargetFramework>", project);
        Assert.Contains("<AksReadyPort>9090</AksReadyPort>", project);
        Assert.DoesNotContain("AksReadyHelmChart", project);
        Assert.Contains("<Sdk Name=\"AksReady.Sdk\"", project);
        Assert.Contains("<PackageReference Include=\"AksReady.Hosting\"", project);
        Assert.Contains("Fabrikam.Api", File.ReadAllText(Path.Combine(output, "Program.cs")));
    }

    [Theory]
    [InlineData("aksready-webapi")]
    [InlineData("aksready-worker")]
    public async Task Helm_option_turns_the_chart_on(string template)
    {
        var output = Path.Combine(_work, "helm-" + template, "Fabrikam.Svc");
        (await ProcessRunner.RunAsync("dotnet", ["new", template, "-n", "Fabrikam.Svc", "-o", output, "--no-restore", "--helm", "--debug:custom-hive", Hive], _work))
            .EnsureSuccess($"dotnet new {template} --helm");

        Assert.Contains("<AksReadyHelmChart>true</AksReadyHelmChart>", File.ReadAllText(Path.Combine(output, "Fabrikam.Svc.csproj")));
    }
}

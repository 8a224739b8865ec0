using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AksReady.Hosting.Tests;

public sealed class SecretFilesHostTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("aksready-secrets-host-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task OptionsMonitor_SeesAnUpdatedSecret()
    {
        File.WriteAllText(Path.Combine(_root, "Db__Password"), "first\n");
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddAksReadySecretFiles(_root);
        builder.Services.Configure<DbSettings>(builder.Configuration.GetSection("Db"));
        using var host = builder.Build();

        var monitor = host.Services.GetRequiredService<IOptionsMonitor<DbSettings>>();
        Assert.Equal("first", monitor.CurrentValue.Password);

        var changed = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = monitor.OnChange(s => changed.TrySetResult(s.Password));
        File.WriteAllText(Path.Combine(_root, "Db__Password"), "second\n");

        Assert.Equal("second", await changed.Task.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal("second", monitor.CurrentValue.Password);
    }

    [Fact]
    public void AddAksReady_ReadsTheMountedSecretsDirectory_OverridingOtherConfiguration()
    {
        File.WriteAllText(Path.Combine(_root, "Db__Password"), "from-key-vault\n");
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AksReady:SecretsDirectory"] = _root,
            ["AksReady:Telemetry:Enabled"] = "false",
            ["AksReady:Logging:Serilog"] = "false",
            ["Db:Password"] = "from-appsettings",
        });

        builder.AddAksReady();
        builder.AddAksReady(); // a second call adds the directory once

        Assert.Equal("from-key-vault", builder.Configuration["Db:Password"]);
        Assert.Single(builder.Configuration.Sources.OfType<AksReady.Hosting.Configuration.SecretFilesConfigurationSource>(), s => s.Path == _root);
    }

    [Fact]
    public void AddAksReady_IgnoresAMissingOrDisabledSecretsDirectory()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AksReady:SecretsDirectory"] = Path.Combine(_root, "not-mounted"),
            ["AksReady:Telemetry:Enabled"] = "false",
        });
        builder.AddAksReady();
        builder.AddAksReady(o => o.SecretsDirectory = "");

        // (The feature-flag directory may add a source of its own; none may point at the secrets directory.)
        Assert.DoesNotContain(builder.Configuration.Sources.OfType<AksReady.Hosting.Configuration.SecretFilesConfigurationSource>(),
            s => s.Path == Path.Combine(_root, "not-mounted") || string.IsNullOrEmpty(s.Path));
    }

    private sealed class DbSettings
    {
        public string? Password { get; set; }
    }
}

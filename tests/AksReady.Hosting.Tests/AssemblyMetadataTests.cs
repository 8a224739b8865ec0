using System.Reflection;
using System.Reflection.Emit;
using AksReady.Hosting.Internal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AksReady.Hosting.Tests;

public sealed class AssemblyMetadataTests
{
    private static readonly Assembly s_stamped = typeof(AssemblyMetadataTests).Assembly;

    [Fact]
    public void Apply_ReadsEveryStampedValue()
    {
        var options = new AksReadyOptions();
        AksReadyAssemblyMetadata.Apply(s_stamped, options);

        Assert.Equal("/meta/startup", options.StartupPath);
        Assert.Equal("/meta/live", options.LivenessPath);
        Assert.Equal("/meta/ready", options.ReadinessPath);
        Assert.Equal(9090, options.Port);
        Assert.Equal(7, options.DrainDelaySeconds);
        Assert.Equal(45, options.TerminationGracePeriodSeconds);
    }

    [Fact]
    public void Apply_AssemblyWithoutMetadata_KeepsBuiltInDefaults()
    {
        var options = new AksReadyOptions();
        AksReadyAssemblyMetadata.Apply(typeof(object).Assembly, options);
        AksReadyAssemblyMetadata.Apply(null, options);

        Assert.Equal(AksReadyOptions.DefaultStartupPath, options.StartupPath);
        Assert.Equal("/healthz/live", options.LivenessPath);
        Assert.Equal("/healthz/ready", options.ReadinessPath);
        Assert.Equal(8080, options.Port);
        Assert.Equal(5, options.DrainDelaySeconds);
        Assert.Equal(30, options.TerminationGracePeriodSeconds);
    }

    [Fact]
    public void Apply_NonIntegerValue_ThrowsClearMessage()
    {
        var assembly = DefineAssembly(("AksReady.Port", "eighty"), ("AksReady.LivenessPath", "  "));
        var ex = Assert.Throws<InvalidOperationException>(() => AksReadyAssemblyMetadata.Apply(assembly, new AksReadyOptions()));
        Assert.Contains("'AksReady.Port'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'eighty'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_BlankValues_AreIgnored()
    {
        var assembly = DefineAssembly(("AksReady.LivenessPath", " "), ("AksReady.ReadinessPath", "/r"), ("Other.Key", "x"));
        var options = new AksReadyOptions();
        AksReadyAssemblyMetadata.Apply(assembly, options);
        Assert.Equal("/healthz/live", options.LivenessPath);
        Assert.Equal("/r", options.ReadinessPath);
    }

    [Fact]
    public void ResolveAppAssembly_UsesApplicationName_ThenEntryAssembly()
    {
        Assert.Same(s_stamped, AksReadyAssemblyMetadata.ResolveAppAssembly(s_stamped.GetName().Name));
        Assert.Same(Assembly.GetEntryAssembly(), AksReadyAssemblyMetadata.ResolveAppAssembly("Not.An.Assembly.Anywhere"));
        Assert.Same(Assembly.GetEntryAssembly(), AksReadyAssemblyMetadata.ResolveAppAssembly(null));
    }

    [Fact]
    public void Precedence_Defaults_Metadata_Configuration_Callback()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ApplicationName = s_stamped.GetName().Name,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AksReady:LivenessPath"] = "/config/live",
            ["AksReady:DrainDelaySeconds"] = "3",
        });
        builder.AddAksReady(o => o.DrainDelaySeconds = 2);
        builder.AddAksReady(); // a second call must not re-apply the metadata over configuration

        using var host = builder.Build();
        var options = host.Services.GetRequiredService<IOptions<AksReadyOptions>>().Value;

        Assert.Equal("/meta/startup", options.StartupPath);   // metadata over default
        Assert.Equal("/config/live", options.LivenessPath);   // configuration over metadata
        Assert.Equal("/meta/ready", options.ReadinessPath);
        Assert.Equal(9090, options.Port);
        Assert.Equal(2, options.DrainDelaySeconds);           // callback over configuration
        Assert.Equal(45, options.TerminationGracePeriodSeconds);
    }

    [Fact]
    public void CustomSection_IsBound()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Probes:ReadinessPath"] = "/custom/ready" });
        builder.AddAksReady(builder.Configuration.GetSection("Probes"));

        using var host = builder.Build();
        Assert.Equal("/custom/ready", host.Services.GetRequiredService<IOptions<AksReadyOptions>>().Value.ReadinessPath);
    }

    [Fact]
    public async Task StampedApp_ServesProbesOnTheMetadataPaths()
    {
        await using var app = await TestApp.StartAsync(applicationName: s_stamped.GetName().Name);

        Assert.Equal((200, "Healthy"), await app.GetAsync("/meta/startup"));
        Assert.Equal((200, "Healthy"), await app.GetAsync("/meta/live"));
        Assert.Equal((200, "Healthy"), await app.GetAsync("/meta/ready"));
        Assert.Equal(404, (await app.GetAsync("/healthz/ready")).Status);
    }

    private static Assembly DefineAssembly(params (string Key, string Value)[] metadata)
    {
        var ctor = typeof(AssemblyMetadataAttribute).GetConstructor([typeof(string), typeof(string)])!;
        var attributes = metadata.Select(m => new CustomAttributeBuilder(ctor, [m.Key, m.Value]));
        return AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("Stamped" + Guid.NewGuid().ToString("N")), AssemblyBuilderAccess.Run, attributes);
    }
}

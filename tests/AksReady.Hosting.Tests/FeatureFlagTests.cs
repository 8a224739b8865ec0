using System.Diagnostics.Metrics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using AksReady.Hosting.Internal.FeatureFlags;
using AksReady.Hosting.Internal.Logging;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.FeatureManagement;

namespace AksReady.Hosting.Tests;

public sealed class FeatureFlagTests : IDisposable
{
    private const string Flags = """
        {
          "feature_management": {
            "feature_flags": [
              { "id": "OldCheckout", "enabled": true,  "telemetry": { "metadata": { "expires": "2020-01-31", "owner": "team-payments" } } },
              { "id": "LegacySearch", "enabled": false, "telemetry": { "metadata": { "expires": "2021-06-01T12:00:00Z" } } },
              { "id": "NewBasket",   "enabled": true,  "telemetry": { "metadata": { "expires": "2999-12-31", "owner": "team-basket" } } },
              { "id": "Forever",     "enabled": true },
              { "id": "Typo",        "enabled": true,  "telemetry": { "metadata": { "expires": "31/12/2020" } } }
            ]
          }
        }
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("aksready-flags-").FullName;
    private int _generation;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private sealed class Capture
    {
        private readonly StringWriter _writer = new(new StringBuilder());

        public LogOutput Output => new(_writer);

        public List<JsonElement> Events()
        {
            lock (_writer)
            {
                return _writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
            }
        }
    }

    private Task<TestApp> StartAsync(Capture capture) => TestApp.StartAsync(configureBuilder: b =>
    {
        b.Services.AddSingleton(capture.Output);
        b.Configuration["AksReady:FeatureFlags:Directory"] = _root;
        b.AddAksReady();
    });

    [Fact]
    public async Task ExpiredFlags_OneWarningAtStart_ListingThem_EvenAfterReload()
    {
        WriteConfigMap(Flags);
        var capture = new Capture();
        await using var app = await StartAsync(capture);

        var warning = Assert.Single(capture.Events(), e => e.TryGetProperty("EventId", out var id) && id.GetProperty("Name").GetString() == "FeatureFlagsExpired");
        Assert.Equal("Warning", warning.GetProperty("@l").GetString());
        Assert.Equal(2, warning.GetProperty("Count").GetInt32());
        var list = warning.GetProperty("ExpiredFlags").GetString()!;
        Assert.Contains("OldCheckout (expires 2020-01-31, owner team-payments)", list, StringComparison.Ordinal);
        Assert.Contains("LegacySearch (expires 2021-06-01T12:00:00Z)", list, StringComparison.Ordinal);
        Assert.DoesNotContain("NewBasket", list, StringComparison.Ordinal);
        Assert.Contains(capture.Events(), e => e.TryGetProperty("EventId", out var id) && id.GetProperty("Name").GetString() == "FeatureFlagExpiryInvalid"
            && e.GetProperty("Flags").GetString()!.Contains("Typo", StringComparison.Ordinal));

        WriteConfigMap(Flags.Replace("\"enabled\": false", "\"enabled\": true", StringComparison.Ordinal));
        var features = app.App.Services.GetRequiredService<IFeatureManager>();
        await WaitForAsync(async () => await features.IsEnabledAsync("LegacySearch"));
        Assert.Single(capture.Events(), e => e.TryGetProperty("EventId", out var id) && id.GetProperty("Name").GetString() == "FeatureFlagsExpired");
    }

    [Fact]
    public async Task ExpiredGauge_ReportsTheCount_AndFollowsReload()
    {
        WriteConfigMap(Flags);
        await using var app = await StartAsync(new Capture());
        var meterFactory = app.App.Services.GetRequiredService<IMeterFactory>();

        Assert.Equal(2, ObserveGauge(meterFactory));

        WriteConfigMap("""{ "feature_management": { "feature_flags": [ { "id": "OldCheckout", "enabled": true, "telemetry": { "metadata": { "expires": "2020-01-31" } } } ] } }""");
        var expiry = app.App.Services.GetRequiredService<FeatureFlagExpiry>();
        await WaitForAsync(() => Task.FromResult(expiry.GetFlags().Count == 1));
        Assert.Equal(1, ObserveGauge(meterFactory));
    }

    [Fact]
    public async Task Flags_ReloadFromTheConfigMapDirectory_OnSymlinkSwap()
    {
        WriteConfigMap("""{ "feature_management": { "feature_flags": [ { "id": "Beta", "enabled": false } ] } }""");
        await using var app = await StartAsync(new Capture());
        var features = app.App.Services.GetRequiredService<IFeatureManager>();
        Assert.False(await features.IsEnabledAsync("Beta"));

        WriteConfigMap("""{ "feature_management": { "feature_flags": [ { "id": "Beta", "enabled": true } ] } }""");
        await WaitForAsync(async () => await features.IsEnabledAsync("Beta"));
        Assert.True(await features.IsEnabledAsync("Beta"));
    }

    [Fact]
    public async Task DotNetSchema_AndKeyPerFile_Work_AndNoWarningWithoutExpiredFlags()
    {
        File.WriteAllText(Path.Combine(_root, "FeatureManagement__Gamma"), "true\n");
        var capture = new Capture();
        await using var app = await StartAsync(capture);
        Assert.True(await app.App.Services.GetRequiredService<IFeatureManager>().IsEnabledAsync("Gamma"));
        Assert.DoesNotContain(capture.Events(), e => e.TryGetProperty("EventId", out var id) && id.GetProperty("Name").GetString() == "FeatureFlagsExpired");
        Assert.Equal(0, ObserveGauge(app.App.Services.GetRequiredService<IMeterFactory>()));
    }

    [Fact]
    public void FeatureFlags_CanBeTurnedOff()
    {
        var builder = TestApp.CreateBuilder();
        builder.Configuration["AksReady:FeatureFlags:Enabled"] = "false";
        builder.AddAksReady();
        Assert.DoesNotContain(builder.Services, d => d.ServiceType == typeof(IFeatureManager));
        Assert.DoesNotContain(builder.Services, d => d.ServiceType == typeof(FeatureFlagExpiry));
    }

    [Theory]
    [InlineData("2026-12-31", "2026-12-31T00:00:00+00:00")]
    [InlineData("2026-12-31T10:00:00+02:00", "2026-12-31T08:00:00+00:00")]
    [InlineData("31/12/2026", null)]
    [InlineData("", null)]
    public void Expires_IsIso8601(string value, string? expected)
        => Assert.Equal(expected is null ? null : DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeatureFlagExpiry.Parse(value));

    private static int ObserveGauge(IMeterFactory meterFactory)
    {
        int? value = null;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == meterFactory && instrument.Name == FeatureFlagExpiry.GaugeName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((_, measurement, _, _) => value = measurement);
        listener.Start();
        listener.RecordObservableInstruments();
        return value ?? throw new InvalidOperationException("gauge not found");
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100 && !await condition(); i++)
        {
            await Task.Delay(50);
        }
    }

    [DllImport("libc", EntryPoint = "rename", SetLastError = true)]
    private static extern int Rename([MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath);

    /// <summary>A config map volume with one key, <c>flags.json</c>, updated the way the kubelet does (new folder, ..data swap).</summary>
    private void WriteConfigMap(string json)
    {
        var dataDir = $"..2026_11_25_{Interlocked.Increment(ref _generation):D4}";
        Directory.CreateDirectory(Path.Combine(_root, dataDir));
        File.WriteAllText(Path.Combine(_root, dataDir, "flags.json"), json);

        var dataLink = Path.Combine(_root, "..data");
        var oldTarget = Directory.Exists(dataLink) ? new FileInfo(dataLink).LinkTarget : null;
        var tmpLink = Path.Combine(_root, "..data_tmp");
        File.CreateSymbolicLink(tmpLink, dataDir);
        Assert.Equal(0, Rename(tmpLink, dataLink));

        var link = Path.Combine(_root, "flags.json");
        if (new FileInfo(link).LinkTarget is null)
        {
            File.CreateSymbolicLink(link, Path.Combine("..data", "flags.json"));
        }

        if (oldTarget is not null)
        {
            Directory.Delete(Path.Combine(_root, oldTarget), recursive: true);
        }
    }
}

public sealed class FeatureFlagCompositionTests
{
    [Fact]
    public async Task AppCallingAddFeatureManagementToo_StillWorks()
    {
        await using var app = await TestApp.StartAsync(configureBuilder: b =>
        {
            b.Configuration["FeatureManagement:Delta"] = "true";
            b.AddAksReady();
            b.Services.AddFeatureManagement();
        });
        Assert.True(await app.App.Services.GetRequiredService<IFeatureManager>().IsEnabledAsync("Delta"));
        Assert.Equal((200, "Healthy"), await app.GetAsync("/healthz/ready"));
    }
}

using System.Diagnostics;
using AksReady.Hosting.Internal.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using Microsoft.Extensions.Diagnostics.Metrics;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AksReady.Hosting.Tests;

public sealed class TelemetryTests
{
    private static Task<TestApp> StartAsync(List<Activity> exported, Action<WebApplicationBuilder>? configure = null) =>
        TestApp.StartAsync(
            configureBuilder: b =>
            {
                configure?.Invoke(b);
                b.AddAksReady();
                b.Services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(exported));
            },
            configureApp: a =>
            {
                a.MapGet("/api/hello", () => "hello");
                a.MapAksReadyEndpoints();
            });

    [Fact]
    public async Task Resource_HasServiceAndPodAttributes_FromDownwardApiVariables()
    {
        var exported = new List<Activity>();
        await using var app = await StartAsync(exported, b =>
        {
            b.Configuration["POD_NAME"] = "orders-7d9f-abcde";
            b.Configuration["POD_NAMESPACE"] = "shop";
            b.Configuration["NODE_NAME"] = "aks-nodepool1-0";
            b.Configuration["OTEL_SERVICE_NAME"] = "orders";
        });

        var resource = app.App.Services.GetRequiredService<TracerProvider>().GetResource();
        var attributes = resource.Attributes.ToDictionary(a => a.Key, a => a.Value);
        Assert.Equal("orders", attributes["service.name"]);
        Assert.True(attributes.ContainsKey("service.version"));
        Assert.Equal("orders-7d9f-abcde", attributes["k8s.pod.name"]);
        Assert.Equal("shop", attributes["k8s.namespace.name"]);
        Assert.Equal("aks-nodepool1-0", attributes["k8s.node.name"]);
    }

    [Fact]
    public async Task ServiceName_DefaultsToApplicationName_AndPodAttributesAreAbsentOutsideKubernetes()
    {
        var exported = new List<Activity>();
        await using var app = await StartAsync(exported);

        var attributes = app.App.Services.GetRequiredService<TracerProvider>().GetResource().Attributes.ToDictionary(a => a.Key, a => a.Value);
        Assert.Equal(app.App.Environment.ApplicationName, attributes["service.name"]);
        Assert.DoesNotContain("k8s.pod.name", attributes.Keys);
    }

    [Fact]
    public void Detector_ReadsTheDownwardApiNames_TheGeneratedDeploymentSets()
    {
        var env = new Dictionary<string, string> { ["POD_NAME"] = "p", ["POD_NAMESPACE"] = "n", ["NODE_NAME"] = " node " };
        var resource = new KubernetesResourceDetector(k => env.GetValueOrDefault(k)).Detect();
        var attributes = resource.Attributes.ToDictionary(a => a.Key, a => a.Value);
        Assert.Equal(["k8s.namespace.name", "k8s.node.name", "k8s.pod.name"], attributes.Keys.Order());
        Assert.Equal("node", attributes["k8s.node.name"]);
    }

    [Fact]
    public async Task ProbeRequests_AreNotTraced_OtherRequestsAre()
    {
        var exported = new List<Activity>();
        await using var app = await StartAsync(exported);
        await TracingStartedAsync(app);

        Assert.Equal(200, (await app.GetAsync("/healthz/live")).Status);
        Assert.Equal(200, (await app.GetAsync("/healthz/ready")).Status);
        Assert.Equal(200, (await app.GetAsync("/healthz/startup")).Status);
        Assert.Equal(200, (await app.GetAsync("/api/hello")).Status);

        await WaitForAsync(() => exported.Any(a => a.Kind == ActivityKind.Server));
        List<Activity> server;
        lock (exported)
        {
            server = exported.Where(a => a.Kind == ActivityKind.Server).ToList();
        }

        var span = Assert.Single(server);
        Assert.Equal("/api/hello", span.GetTagItem("url.path"));
    }

    [Fact]
    public void Otlp_IsOff_WithoutTheEndpointVariable_AndOnWithIt()
    {
        var without = TestApp.CreateBuilder();
        without.AddAksReady();
        Assert.DoesNotContain(without.Services, IsOtlp);

        var with = TestApp.CreateBuilder();
        with.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:4317";
        with.AddAksReady();
        Assert.Contains(with.Services, IsOtlp);

        static bool IsOtlp(ServiceDescriptor d) =>
            d.ServiceType.FullName?.Contains("Otlp", StringComparison.Ordinal) == true
            || d.ServiceType.GenericTypeArguments.Any(t => t.FullName?.Contains("Otlp", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Telemetry_CanBeTurnedOff()
    {
        var builder = TestApp.CreateBuilder();
        builder.Configuration["AksReady:Telemetry:Enabled"] = "false";
        builder.AddAksReady();
        Assert.DoesNotContain(builder.Services, d => d.ServiceType == typeof(TelemetryLifecycleService));
        using var app = builder.Build();
        Assert.Null(app.Services.GetService<TracerProvider>());
    }

    [Fact]
    public async Task Stop_FlushesBufferedSpans_WithinTheBudget()
    {
        var exported = new List<Activity>();
        var app = await TestApp.StartAsync(configureBuilder: b =>
        {
            b.AddAksReady();
            // A batch processor with a long delay: only the flush on stop exports the span.
            b.Services.ConfigureOpenTelemetryTracerProvider(t => t.AddProcessor(
                new BatchActivityExportProcessor(new OpenTelemetry.Exporter.InMemoryExporter<Activity>(exported), scheduledDelayMilliseconds: 600_000)));
        }, configureApp: a => a.MapGet("/api/hello", () => "hello"));
        await TracingStartedAsync(app);

        Assert.Equal(200, (await app.GetAsync("/api/hello")).Status);
        Assert.Empty(exported);
        var watch = Stopwatch.StartNew();
        await app.DisposeAsync();
        Assert.Contains(exported, a => a.Kind == ActivityKind.Server);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), watch.Elapsed.ToString());
    }

    [Fact]
    public void OpenTelemetrysOwnHostedService_IsReplaced()
    {
        var builder = TestApp.CreateBuilder();
        builder.AddAksReady();

        // Matched by name in AddAksReadyTelemetry: this fails if an OpenTelemetry update renames the type.
        Assert.DoesNotContain(builder.Services, d => d.ServiceType == typeof(IHostedService)
            && d.ImplementationType?.FullName == AksReadyHostApplicationBuilderExtensions.OpenTelemetryHostedServiceTypeName);
        Assert.Contains(typeof(OpenTelemetryBuilder).Assembly.GetTypes(), t => t.FullName == AksReadyHostApplicationBuilderExtensions.OpenTelemetryHostedServiceTypeName);
        Assert.Contains(builder.Services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationFactory is not null);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TracerProvider_IsBuiltWithoutBeingAskedFor_AfterTheServerStarted_OrBeforeWhenConfigured(bool startAfterServer)
    {
        bool? builtAfterStart = null;
        var exported = new List<Activity>();
        await using var app = await TestApp.StartAsync(
            configureBuilder: b =>
            {
                b.Configuration["AksReady:Telemetry:StartAfterServer"] = startAfterServer ? "true" : "false";
                b.AddAksReady();
                b.Services.ConfigureOpenTelemetryTracerProvider((sp, t) =>
                {
                    builtAfterStart = sp.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.IsCancellationRequested;
                    t.AddInMemoryExporter(exported);
                });
            },
            configureApp: a => a.MapGet("/api/hello", () => "hello"));

        if (startAfterServer)
        {
            await TracingStartedAsync(app);
        }
        else
        {
            Assert.True(app.App.Services.GetRequiredService<TelemetryLifecycleService>().Built.IsCompletedSuccessfully);
        }

        Assert.Equal(startAfterServer, builtAfterStart);
        Assert.Equal(200, (await app.GetAsync("/api/hello")).Status);
        await WaitForAsync(() => exported.Any(a => a.Kind == ActivityKind.Server));
        lock (exported)
        {
            Assert.Contains(exported, a => a.Kind == ActivityKind.Server);
        }
    }

    [Fact]
    public async Task StopRightAfterStart_WaitsForTheBuild_AndFlushesWhatWasRecorded()
    {
        var exported = new List<Activity>();
        using var source = new ActivitySource("AksReady.Tests.StopRightAfterStart");
        var app = await TestApp.StartAsync(configureBuilder: b =>
        {
            b.Configuration["AksReady:DrainDelaySeconds"] = "0";
            b.AddAksReady();
            b.Services.ConfigureOpenTelemetryTracerProvider(t => t.AddSource(source.Name).AddProcessor(
                new BatchActivityExportProcessor(new OpenTelemetry.Exporter.InMemoryExporter<Activity>(exported), scheduledDelayMilliseconds: 600_000)));
        });

        // No wait for the background build: the stop may overtake it, and must neither fail nor lose what was recorded.
        // A stop with a live token (TestApp's own uses a cancelled one): only the flush timeout bounds the wait.
        var service = app.App.Services.GetRequiredService<TelemetryLifecycleService>();
        await app.App.StopAsync(CancellationToken.None);
        Assert.True(service.Built.IsCompleted);
        app.Client.Dispose();
        await app.App.DisposeAsync();

        var second = await TestApp.StartAsync(configureBuilder: b =>
        {
            b.AddAksReady();
            b.Services.ConfigureOpenTelemetryTracerProvider(t => t.AddSource(source.Name).AddProcessor(
                new BatchActivityExportProcessor(new OpenTelemetry.Exporter.InMemoryExporter<Activity>(exported), scheduledDelayMilliseconds: 600_000)));
        });
        await TracingStartedAsync(second);
        source.StartActivity("recorded")?.Dispose();
        Assert.Empty(exported);
        await second.DisposeAsync();
        Assert.Contains(exported, a => a.DisplayName == "recorded");
    }

    [Fact]
    public async Task Providers_WaitForTheFirstHealthyProbe_ThenAreBuilt()
    {
        var wait = TelemetryLifecycleService.FirstProbeWait;
        TelemetryLifecycleService.FirstProbeWait = TimeSpan.FromMinutes(5);
        try
        {
            await using var app = await TestApp.StartAsync(configureBuilder: b => b.AddAksReady(), configureApp: a => a.MapAksReadyEndpoints());
            var service = app.App.Services.GetRequiredService<TelemetryLifecycleService>();
            await Task.Delay(200);
            Assert.False(service.Built.IsCompleted);

            // The liveness probe does not count: the pod is not ready yet.
            Assert.Equal(200, (await app.GetAsync("/healthz/live")).Status);
            await Task.Delay(200);
            Assert.False(service.Built.IsCompleted);

            Assert.Equal(200, (await app.GetAsync("/healthz/ready")).Status);
            await TracingStartedAsync(app);
            Assert.NotNull(app.App.Services.GetService<TracerProvider>());
        }
        finally
        {
            TelemetryLifecycleService.FirstProbeWait = wait;
        }
    }

    [Fact]
    public async Task Providers_AreBuiltWithoutProbes_AfterTheWait()
    {
        var wait = TelemetryLifecycleService.FirstProbeWait;
        TelemetryLifecycleService.FirstProbeWait = TimeSpan.FromMilliseconds(300);
        try
        {
            await using var app = await TestApp.StartAsync(configureBuilder: b => b.AddAksReady(), configureApp: a => a.MapAksReadyEndpoints());
            await TracingStartedAsync(app);
        }
        finally
        {
            TelemetryLifecycleService.FirstProbeWait = wait;
        }
    }

    [Fact]
    public async Task MeterProvider_IsBuiltAfterTheServerStarted_AndRecordsRequestMetrics()
    {
        bool? builtAfterStart = null;
        var metrics = new List<Metric>();
        await using var app = await TestApp.StartAsync(
            configureBuilder: b =>
            {
                b.AddAksReady();
                b.Services.ConfigureOpenTelemetryMeterProvider((sp, m) =>
                {
                    builtAfterStart = sp.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.IsCancellationRequested;
                    m.AddInMemoryExporter(metrics);
                });
            },
            configureApp: a => a.MapGet("/api/hello", () => "hello"));

        // OpenTelemetry's metrics listener is replaced by a stand-in that is never asked without IMetricsBuilder rules.
        var listener = Assert.IsType<DeferredMetricsListener>(
            Assert.Single(app.App.Services.GetServices<IMetricsListener>(), l => l.Name == "OpenTelemetry"));
        await TracingStartedAsync(app);
        Assert.True(builtAfterStart);
        Assert.False(listener.IsCreated);

        Assert.Equal(200, (await app.GetAsync("/api/hello")).Status);
        app.App.Services.GetRequiredService<MeterProvider>().ForceFlush();
        Assert.Contains(metrics, m => m.Name == "http.server.request.duration");
    }

    [Fact]
    public async Task MetricsBuilderRules_ForTheOpenTelemetryListener_StillWork()
    {
        var metrics = new List<Metric>();
        using var meter = new System.Diagnostics.Metrics.Meter("AksReady.Tests.Rules");
        var counter = meter.CreateCounter<long>("aksready.tests.rule_counter");
        await using var app = await TestApp.StartAsync(configureBuilder: b =>
        {
            b.AddAksReady();
            b.Services.AddMetrics(m => m.EnableMetrics("AksReady.Tests.Rules", "aksready.tests.rule_counter", listenerName: "OpenTelemetry"));
            b.Services.ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(metrics));
        });
        await TracingStartedAsync(app);

        counter.Add(3);
        app.App.Services.GetRequiredService<MeterProvider>().ForceFlush();
        var metric = Assert.Single(metrics, m => m.Name == "aksready.tests.rule_counter");
        long sum = 0;
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            sum += point.GetSumLong();
        }

        Assert.Equal(3, sum);
    }

    internal static Task TracingStartedAsync(TestApp app)
        => app.App.Services.GetRequiredService<TelemetryLifecycleService>().Built.WaitAsync(TimeSpan.FromSeconds(30));

    internal static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(50);
        }
    }
}

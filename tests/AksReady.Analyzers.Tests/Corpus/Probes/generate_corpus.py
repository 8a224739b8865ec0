#!/usr/bin/env python3
"""Generates the labelled AKS1xxx (probes/health) corpus: positive.txt / negative.txt.

Each case is one small project: C# files, appsettings*.json (AdditionalFiles) and optionally `build.globalconfig`
(the `build_property.*` lines AksReady.Sdk passes to the compiler). A project with a Program.cs is an executable,
otherwise a library. Shapes: minimal APIs, controllers with Startup, worker services, generic host with Main.
Format:
    === <expected rule: AKS1001..AKS1009, or none> | <note>
    --- <file name>
    <content>
A positive case is detected when its rule is reported; a negative case is a false positive when any AKS1xxx rule is
reported. Labels follow the rule pages in docs/rules/ (what Kubernetes would do with the app), written with the shapes,
not tuned against results. Re-run after editing: python3 generate_corpus.py
"""
from pathlib import Path

HERE = Path(__file__).parent
SERVICES = ["Orders", "Billing", "Catalog", "Shipping", "Identity", "Payments", "Inventory", "Notifications", "Search"]
SDK_DEFAULTS = ("is_global = true\nbuild_property.AksReadyStartupPath = /healthz/startup\n"
                "build_property.AksReadyLivenessPath = /healthz/live\nbuild_property.AksReadyReadinessPath = /healthz/ready\n")
cases = {"positive": [], "negative": []}


def add(kind, expect, note, files):
    cases[kind].append((expect, note, files))


def appsettings(svc):
    return ('{\n  "Logging": { "LogLevel": { "Default": "Information" } },\n'
            f'  "ConnectionStrings": {{ "{svc}Db": "Server=sql;Database={svc};Authentication=Active Directory Managed Identity" }},\n'
            '  "AllowedHosts": "*"\n}\n')


def minimal_api(svc, services="", pipeline="", extra=""):
    return f'''using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddProblemDetails();
{services}
var app = builder.Build();
app.UseExceptionHandler();
app.MapGet("/api/{svc.lower()}", () => Results.Ok(new[] {{ "{svc}-1", "{svc}-2" }}));
app.MapPost("/api/{svc.lower()}", (Item item) => Results.Created($"/api/{svc.lower()}/{{item.Id}}", item));
{pipeline}
app.Run();

public sealed record Item(int Id, string Name);
{extra}'''


def startup_app(svc, services="", endpoints="", before_endpoints=""):
    program = f'''using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace {svc}.Api;

public static class Program
{{
    public static void Main(string[] args) => CreateHostBuilder(args).Build().Run();

    public static IHostBuilder CreateHostBuilder(string[] args) =>
        Host.CreateDefaultBuilder(args)
            .ConfigureWebHostDefaults(webBuilder => webBuilder.UseStartup<Startup>());
}}
'''
    startup = f'''using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace {svc}.Api;

public sealed class Startup
{{
    public Startup(IConfiguration configuration) => Configuration = configuration;

    public IConfiguration Configuration {{ get; }}

    public void ConfigureServices(IServiceCollection services)
    {{
        services.AddControllers();
{services}
    }}

    public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
    {{
        if (env.IsDevelopment())
        {{
            app.UseDeveloperExceptionPage();
        }}

        app.UseRouting();
        app.UseAuthorization();
{before_endpoints}
        app.UseEndpoints(endpoints =>
        {{
            endpoints.MapControllers();
{endpoints}
        }});
    }}
}}
'''
    controller = f'''using Microsoft.AspNetCore.Mvc;

namespace {svc}.Api.Controllers;

[ApiController]
[Route("api/[controller]")]
public sealed class {svc}Controller : ControllerBase
{{
    [HttpGet("{{id:int}}")]
    public IActionResult Get(int id) => id > 0 ? Ok(new {{ id }}) : NotFound();
}}
'''
    return {"Program.cs": program, "Startup.cs": startup, f"Controllers/{svc}Controller.cs": controller}


WORKER = '''using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace {svc}.Worker;

public sealed class {svc}Processor : BackgroundService
{{
    private readonly ILogger<{svc}Processor> _logger;

    public {svc}Processor(ILogger<{svc}Processor> logger) => _logger = logger;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {{
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(5));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {{
            _logger.LogInformation("Processing {{Batch}}", DateTimeOffset.UtcNow);{tick}
        }}
    }}
}}
'''


def worker(svc, program_body, style, tick=""):
    files = {f"{svc}Processor.cs": WORKER.format(svc=svc, tick=tick)}
    if style == "builder":
        files["Program.cs"] = f'''using {svc}.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddHostedService<{svc}Processor>();
{program_body}
var host = builder.Build();
host.Run();
'''
    elif style == "fluent":
        files["Program.cs"] = f'''using {svc}.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

IHost host = Host.CreateDefaultBuilder(args)
    .ConfigureServices(services =>
    {{
        services.AddHostedService<{svc}Processor>();
{program_body}
    }})
    .Build();

await host.RunAsync();
'''
    else:
        files["Program.cs"] = f'''using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace {svc}.Worker;

internal static class Program
{{
    private static async Task Main(string[] args)
    {{
        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddHostedService<{svc}Processor>();
{program_body}
        await builder.Build().RunAsync();
    }}
}}
'''
    files["appsettings.json"] = appsettings(svc)
    return files


LIVE_READY = '''app.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = r => r.Tags.Contains("live") });
app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = r => r.Tags.Contains("ready") });'''
CHECKS = 'builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), tags: new[] { "live" });'

CHECK_CLASS = '''using System;
using System.Data.Common;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

public sealed class {name} : IHealthCheck
{{
    private readonly HttpClient _http;
    private readonly DbConnection _connection;

    public {name}(HttpClient http, DbConnection connection)
    {{
        _http = http;
        _connection = connection;
    }}

    public {modifier}Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {{
{body}
    }}
}}
'''


def check_class(name, body, is_async=True):
    return CHECK_CLASS.format(name=name, body=body, modifier="async " if is_async else "")


# ================================ positives ================================
for i, svc in enumerate(SERVICES[:4]):
    files = {"Program.cs": minimal_api(svc, "builder.Services.AddHealthChecks();" if i % 2 else ""), "appsettings.json": appsettings(svc)}
    add("positive", "AKS1001", f"minimal API, no health endpoint mapped ({'checks registered' if i % 2 else 'no checks'})", files)
for i, svc in enumerate(SERVICES[4:8]):
    files = startup_app(svc, "        services.AddHealthChecks();" if i % 2 == 0 else "")
    files["appsettings.json"] = appsettings(svc)
    add("positive", "AKS1001", "controllers + Startup, UseEndpoints maps controllers only", files)

for i, svc in enumerate(SERVICES[:4]):
    cond = ["app.Environment.IsDevelopment()", "app.Environment.IsEnvironment(\"Development\")"][i % 2]
    pipeline = f"if ({cond})\n{{\n    {LIVE_READY.replace(chr(10), chr(10) + '    ')}\n}}"
    add("positive", "AKS1002", f"minimal API, probes only when {cond}", {"Program.cs": minimal_api(svc, CHECKS, pipeline)})
for i, svc in enumerate(SERVICES[4:7]):
    files = startup_app(svc, "        services.AddHealthChecks();", "",
                        '        if (env.IsDevelopment())\n        {\n            app.UseHealthChecks("/healthz/live");\n            app.UseHealthChecks("/healthz/ready");\n        }')
    add("positive", "AKS1002", "Startup, UseHealthChecks only inside env.IsDevelopment()", files)

for i, svc in enumerate(SERVICES[:7]):
    mapping = ['app.MapHealthChecks("/health");', 'app.MapHealthChecks("/hc", new HealthCheckOptions { AllowCachingResponses = false });',
               'app.UseHealthChecks("/health");', 'app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => true });'][i % 4]
    add("positive", "AKS1003", f"one unfiltered endpoint for both probes: {mapping}", {"Program.cs": minimal_api(svc, CHECKS, mapping)})

for i, svc in enumerate(SERVICES[:7]):
    if i % 2 == 0:
        pipeline = LIVE_READY.replace('"ready") });', '"ready") }).RequireAuthorization();')
        services = CHECKS + "\nbuilder.Services.AddAuthorization();"
        note = "readiness endpoint behind RequireAuthorization()"
    else:
        pipeline = LIVE_READY
        services = CHECKS + "\nbuilder.Services.AddAuthorization(o => o.FallbackPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());"
        note = "fallback policy requires an authenticated user, probes not AllowAnonymous()"
    add("positive", "AKS1004", note, {"Program.cs": minimal_api(svc, services, "app.UseAuthorization();\n" + pipeline)})

DEPS = ['AddSqlServer(builder.Configuration.GetConnectionString("Db")!)', 'AddRedis("redis:6379")', 'AddUrlGroup(new System.Uri("https://payments/ping"))',
        'AddNpgSql("Host=pg;Database=app")', 'AddRabbitMQ("amqp://rabbit")']
for i, svc in enumerate(SERVICES[:7]):
    dep = DEPS[i % len(DEPS)]
    if i % 2 == 0:
        services = f'builder.Services.AddHealthChecks()\n    .AddCheck("self", () => HealthCheckResult.Healthy(), tags: new[] {{ "live" }})\n    .{dep};'
        pipeline = 'app.MapHealthChecks("/healthz/live");\napp.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = r => r.Tags.Contains("ready") });'
        note = f"liveness endpoint has no predicate and runs {dep.split('(')[0]}"
    else:
        services = f'builder.Services.AddHealthChecks()\n    .AddCheck("self", () => HealthCheckResult.Healthy(), tags: new[] {{ "live" }})\n    .{dep};'
        pipeline = 'app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = _ => true });\napp.MapHealthChecks("/ready");'
        note = f"/alive runs every check, including {dep.split('(')[0]}"
    add("positive", "AKS1005", note, {"Program.cs": minimal_api(svc, services, pipeline)})

BLOCKING = [
    ("var response = _http.GetAsync(\"https://dependency/ping\", cancellationToken).Result;\n        return Task.FromResult(response.IsSuccessStatusCode ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy());", ".Result"),
    ("Thread.Sleep(200);\n        return Task.FromResult(HealthCheckResult.Healthy());", "Thread.Sleep"),
    ("_connection.OpenAsync(cancellationToken).Wait();\n        return Task.FromResult(HealthCheckResult.Healthy());", ".Wait()"),
    ("var ok = _http.GetStringAsync(\"https://dependency/ping\", cancellationToken).GetAwaiter().GetResult() == \"pong\";\n        return Task.FromResult(ok ? HealthCheckResult.Healthy() : HealthCheckResult.Degraded());", "GetAwaiter().GetResult()"),
]
for i, svc in enumerate(SERVICES[:7]):
    body, how = BLOCKING[i % len(BLOCKING)]
    files = {"Program.cs": minimal_api(svc, f'builder.Services.AddHealthChecks().AddCheck<{svc}DependencyCheck>("{svc.lower()}", tags: new[] {{ "ready" }});', LIVE_READY),
             f"{svc}DependencyCheck.cs": check_class(f"{svc}DependencyCheck", "        " + body, is_async=False)}
    add("positive", "AKS1006", f"IHealthCheck blocks with {how}", files)

MISMATCH = [
    ('app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = r => r.Tags.Contains("live") });\napp.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = r => r.Tags.Contains("ready") });', "/health/live + /health/ready, SDK defaults"),
    ('app.MapHealthChecks("/livez", new HealthCheckOptions { Predicate = r => r.Tags.Contains("live") });\napp.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = r => r.Tags.Contains("ready") });', "/livez + /readyz, SDK defaults"),
    ('builder.AddAksReady(o => o.ReadinessPath = "/ready");\napp.MapAksReadyEndpoints();', "AddAksReady overrides ReadinessPath in code"),
    ('app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = r => r.Tags.Contains("live") });\napp.MapHealthChecks("/health", new HealthCheckOptions { Predicate = r => r.Tags.Contains("ready") });', "Aspire-style /alive + /health, SDK defaults"),
]
for i, svc in enumerate(SERVICES[:8]):
    pipeline, note = MISMATCH[i % len(MISMATCH)]
    files = {"Program.cs": minimal_api(svc, CHECKS, pipeline), "appsettings.json": appsettings(svc)}
    if i >= 4:
        files["build.globalconfig"] = SDK_DEFAULTS.replace("/healthz/ready", "/healthz/readiness")
        note += " (ReadinessPath property customised to /healthz/readiness)"
    else:
        files["build.globalconfig"] = SDK_DEFAULTS
    add("positive", "AKS1007", note, files)

for i, svc in enumerate(SERVICES[:8]):
    style = ["builder", "fluent", "main"][i % 3]
    add("positive", "AKS1008", f"worker ({style}) with hosted service and no probe", worker(svc, "", style))

CALLOUTS = [
    ("using var response = await _http.GetAsync(\"https://dependency/ping\");\n        return response.IsSuccessStatusCode ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy();", "HttpClient.GetAsync without token"),
    ("await _connection.OpenAsync();\n        return HealthCheckResult.Healthy();", "DbConnection.OpenAsync without token"),
    ("await _connection.OpenAsync(cancellationToken);\n        using var command = _connection.CreateCommand();\n        command.CommandText = \"SELECT 1\";\n        await command.ExecuteScalarAsync();\n        return HealthCheckResult.Healthy();", "ExecuteScalarAsync without token"),
    ("using var client = new System.Net.Sockets.TcpClient();\n        await client.ConnectAsync(\"redis\", 6379);\n        return HealthCheckResult.Healthy();", "TcpClient.ConnectAsync without token"),
]
for i, svc in enumerate(SERVICES[:8]):
    body, how = CALLOUTS[i % len(CALLOUTS)]
    if i < 6:
        files = {"Program.cs": minimal_api(svc, f'builder.Services.AddHealthChecks().AddCheck<{svc}DependencyCheck>("{svc.lower()}", tags: new[] {{ "ready" }});', LIVE_READY),
                 f"{svc}DependencyCheck.cs": check_class(f"{svc}DependencyCheck", "        " + body)}
        add("positive", "AKS1009", f"IHealthCheck: {how}", files)
    else:
        services = ('var probeClient = new System.Net.Http.HttpClient();\nbuilder.Services.AddHealthChecks()\n    .AddCheck("self", () => HealthCheckResult.Healthy(), tags: new[] { "live" })\n'
                    f'    .AddAsyncCheck("{svc.lower()}-api", async () => (await probeClient.GetAsync("https://{svc.lower()}/ping")).IsSuccessStatusCode ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy(), tags: new[] {{ "ready" }});')
        add("positive", "AKS1009", "AddAsyncCheck lambda: HttpClient.GetAsync without token or timeout", {"Program.cs": minimal_api(svc, services, LIVE_READY)})

# ================================ negatives ================================
STUB_AKS = "builder.AddAksReady();"
for i, svc in enumerate(SERVICES[:8]):
    files = {"Program.cs": minimal_api(svc, STUB_AKS, "app.MapAksReadyEndpoints();"), "appsettings.json": appsettings(svc)}
    if i % 2 == 0:
        files["build.globalconfig"] = SDK_DEFAULTS
    add("negative", "none", f"minimal API + AddAksReady/MapAksReadyEndpoints{' with SDK properties' if i % 2 == 0 else ''}", files)
for i, svc in enumerate(SERVICES[:8]):
    extra_map = ['', '\napp.MapHealthChecks("/healthz/startup", new HealthCheckOptions { Predicate = r => r.Tags.Contains("startup") });'][i % 2]
    files = {"Program.cs": minimal_api(svc, CHECKS, LIVE_READY + extra_map)}
    if i % 3 == 0:
        files["build.globalconfig"] = SDK_DEFAULTS
    add("negative", "none", "minimal API, live and ready endpoints with tag predicates", files)
for i, svc in enumerate(SERVICES[:7]):
    endpoints = ('            endpoints.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = r => r.Tags.Contains("live") });\n'
                 '            endpoints.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = r => r.Tags.Contains("ready") });')
    files = startup_app(svc, '        services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), tags: new[] { "live" });', endpoints)
    files["appsettings.json"] = appsettings(svc)
    add("negative", "none", "controllers + Startup, probes in UseEndpoints", files)
for i, svc in enumerate(SERVICES[:6]):
    services = CHECKS + "\nbuilder.Services.AddAuthorization(o => o.FallbackPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());"
    pipeline = "app.UseAuthorization();\n" + LIVE_READY.replace("});", "}).AllowAnonymous();")
    if i % 2:
        services, pipeline = STUB_AKS + "\nbuilder.Services.AddAuthorization(o => o.FallbackPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());", "app.UseAuthorization();\napp.MapAksReadyEndpoints();"
    add("negative", "none", "fallback policy, probes anonymous", {"Program.cs": minimal_api(svc, services, pipeline)})
for i, svc in enumerate(SERVICES[:7]):
    dep = DEPS[i % len(DEPS)]
    services = f'builder.Services.AddHealthChecks()\n    .AddCheck("self", () => HealthCheckResult.Healthy(), tags: new[] {{ "live" }})\n    .{dep};'
    pipeline = ('app.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = r => r.Name == "self" });\n'
                'app.MapHealthChecks("/healthz/ready");') if i % 2 else LIVE_READY.replace('"live") });', '"live") });', 1)
    # the dependency check carries no "live" tag: the liveness endpoint never runs it
    add("negative", "none", f"{dep.split('(')[0]} registered, liveness endpoint filters to self", {"Program.cs": minimal_api(svc, services, pipeline)})
GOOD_CHECKS = [
    "using var response = await _http.GetAsync(\"https://dependency/ping\", cancellationToken);\n        return response.IsSuccessStatusCode ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy();",
    "await _connection.OpenAsync(cancellationToken);\n        using var command = _connection.CreateCommand();\n        command.CommandText = \"SELECT 1\";\n        await command.ExecuteScalarAsync(cancellationToken);\n        return HealthCheckResult.Healthy();",
    "using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);\n        cts.CancelAfter(TimeSpan.FromMilliseconds(800));\n        using var response = await _http.GetAsync(\"https://dependency/ping\", cts.Token);\n        return response.IsSuccessStatusCode ? HealthCheckResult.Healthy() : HealthCheckResult.Degraded();",
    "using var client = new System.Net.Sockets.TcpClient();\n        await client.ConnectAsync(\"redis\", 6379, cancellationToken);\n        return HealthCheckResult.Healthy();",
]
for i, svc in enumerate(SERVICES[:8]):
    files = {"Program.cs": minimal_api(svc, f'builder.Services.AddHealthChecks().AddCheck<{svc}DependencyCheck>("{svc.lower()}", tags: new[] {{ "ready" }});', LIVE_READY),
             f"{svc}DependencyCheck.cs": check_class(f"{svc}DependencyCheck", "        " + GOOD_CHECKS[i % len(GOOD_CHECKS)])}
    add("negative", "none", "async IHealthCheck passes the token on", files)
for i, svc in enumerate(SERVICES[:6]):
    paths = [("/health/live", "/health/ready", "/health/startup"), ("/livez", "/readyz", "/startupz")][i % 2]
    gc = f"is_global = true\nbuild_property.AksReadyStartupPath = {paths[2]}\nbuild_property.AksReadyLivenessPath = {paths[0]}\nbuild_property.AksReadyReadinessPath = {paths[1]}\n"
    pipeline = "\n".join(f'app.MapHealthChecks("{p}", new HealthCheckOptions {{ Predicate = r => r.Tags.Contains("{t}") }});' for p, t in zip(paths, ["live", "ready", "startup"]))
    add("negative", "none", f"SDK properties set to the mapped paths {paths}", {"Program.cs": minimal_api(svc, CHECKS, pipeline), "build.globalconfig": gc})
PROBES = ["builder.AddAksReadyManagementServer();", "File.WriteAllText(\"/tmp/healthy\", \"ok\");", "var listener = new System.Net.HttpListener();\nlistener.Prefixes.Add(\"http://+:8081/healthz/\");\nlistener.Start();"]
for i, svc in enumerate(SERVICES[:9]):
    style = ["builder", "main", "builder"][i % 3]
    if i % 3 == 1:
        # heartbeat written by the worker loop for an exec probe
        files = worker(svc, "        builder.AddAksReadyManagementServer();" if i == 1 else "", style,
                       tick="\n            await System.IO.File.WriteAllTextAsync(\"/tmp/heartbeat\", DateTimeOffset.UtcNow.ToString(\"O\"), stoppingToken);")
        note = "worker writes /tmp/heartbeat for an exec probe"
    else:
        probe = PROBES[(i // 3) % len(PROBES)]
        files = worker(svc, probe.replace("File.", "System.IO.File."), style)
        note = f"worker with probe: {probe.splitlines()[0]}"
    add("negative", "none", note, files)
for i, svc in enumerate(SERVICES[:6]):
    body = CALLOUTS[i % 2][0]
    reg = f'builder.Services.AddHealthChecks().AddCheck<{svc}DependencyCheck>("{svc.lower()}", tags: new[] {{ "ready" }}, timeout: TimeSpan.FromSeconds(2));'
    if i % 2 == 0 and i >= 2:
        reg = (f'builder.Services.AddHealthChecks().AddCheck<{svc}DependencyCheck>("{svc.lower()}", tags: new[] {{ "ready" }});\n'
               f'builder.Services.AddHttpClient<{svc}DependencyCheck>(c => c.Timeout = TimeSpan.FromSeconds(2));')
    files = {"Program.cs": "using System;\n" + minimal_api(svc, reg, LIVE_READY),
             f"{svc}DependencyCheck.cs": check_class(f"{svc}DependencyCheck", "        " + body)}
    add("negative", "none", "call-out without token but a timeout on the registration or HttpClient.Timeout", files)


def write(kind):
    items = cases[kind]
    lines = [f"# Generated by generate_corpus.py: {len(items)} {kind} cases."]
    for expect, note, files in items:
        lines.append(f"=== {expect} | {note}")
        for name, content in files.items():
            lines.append(f"--- {name}")
            lines.extend(content.rstrip("\n").split("\n"))
    (HERE / f"{kind}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(kind, len(items))


write("positive")
write("negative")

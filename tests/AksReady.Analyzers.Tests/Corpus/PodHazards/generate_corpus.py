#!/usr/bin/env python3
"""Generates the labelled AKS5xxx (pod hazards) corpus: positive.txt / negative.txt.

Same format as Corpus/Probes (=== <rule or none> | <note>, --- <file>, content; a Program.cs makes an executable).
Shapes: worker services (BackgroundService loops), minimal APIs, controllers, middleware, typed HTTP clients, Kestrel
set-up, file writes. A positive is detected when its rule is reported; a negative is a false positive when any AKS5xxx
rule is reported. Labels follow docs/rules/AKS500x.md. Re-run after editing: python3 generate_corpus.py
"""
from pathlib import Path

HERE = Path(__file__).parent
SERVICES = ["Orders", "Billing", "Catalog", "Shipping", "Identity", "Payments", "Inventory", "Notifications", "Search", "Reporting"]
cases = {"positive": [], "negative": []}


def add(kind, expect, note, files):
    cases[kind].append((expect, note, files))


def bg(svc, body, usings=""):
    return f'''using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
{usings}
namespace {svc}.Worker;

public sealed class {svc}Processor : BackgroundService
{{
    private readonly ILogger<{svc}Processor> _logger;
    private readonly I{svc}Queue _queue;

    public {svc}Processor(ILogger<{svc}Processor> logger, I{svc}Queue queue)
    {{
        _logger = logger;
        _queue = queue;
    }}

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {{
{body}
    }}
}}

public interface I{svc}Queue
{{
    Task<string?> DequeueAsync(CancellationToken cancellationToken);
}}
'''


def worker_program(svc, extra=""):
    return f'''using {svc}.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddHostedService<{svc}Processor>();
{extra}
builder.Build().Run();
'''


def api(svc, pipeline="", services="", extra=""):
    return f'''using System;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = WebApplication.CreateBuilder(args);
{services}
var app = builder.Build();
app.MapGet("/api/{svc.lower()}", () => Results.Ok(new[] {{ "{svc}-1" }}));
{pipeline}
app.Run();
{extra}'''


def controller(svc, action_body, usings="", ctor_params="", fields=""):
    return f'''using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
{usings}
namespace {svc}.Api.Controllers;

[ApiController]
[Route("api/[controller]")]
public sealed class {svc}Controller : ControllerBase
{{
{fields}
    [HttpPost("export")]
    public async Task<IActionResult> ExportAsync(CancellationToken cancellationToken)
    {{
{action_body}
    }}
}}
'''


# ============================== AKS5001 ==============================
LOOPS_BAD = [
    ("        while (true)\n        {\n            var item = await _queue.DequeueAsync(CancellationToken.None);\n            _logger.LogInformation(\"Handled {Item}\", item);\n            await Task.Delay(TimeSpan.FromSeconds(1));\n        }", "while (true) never looks at the token"),
    ("        for (;;)\n        {\n            _logger.LogInformation(\"Tick\");\n            await Task.Delay(5000);\n        }", "for (;;) with Task.Delay(5000)"),
    ("        while (!stoppingToken.IsCancellationRequested)\n        {\n            var item = await _queue.DequeueAsync(stoppingToken);\n            _logger.LogInformation(\"Handled {Item}\", item);\n            await Task.Delay(TimeSpan.FromSeconds(10));\n        }", "Task.Delay without the token"),
    ("        while (true)\n        {\n            try\n            {\n                var item = await _queue.DequeueAsync(stoppingToken);\n                _logger.LogInformation(\"Handled {Item}\", item);\n            }\n            catch (Exception ex)\n            {\n                _logger.LogError(ex, \"Processing failed\");\n            }\n        }", "catch (Exception) swallows the cancellation in an endless loop"),
]
for i in range(14):
    svc = SERVICES[i % len(SERVICES)]
    body, note = LOOPS_BAD[i % len(LOOPS_BAD)]
    add("positive", "AKS5001", f"worker: {note}", {"Program.cs": worker_program(svc), f"{svc}Processor.cs": bg(svc, body)})

# ============================== AKS5002 ==============================
EXITS = [
    ("bg", "        try\n        {\n            var item = await _queue.DequeueAsync(stoppingToken);\n        }\n        catch (InvalidOperationException ex)\n        {\n            _logger.LogCritical(ex, \"Queue is gone\");\n            Environment.Exit(1);\n        }"),
    ("controller", "        await Task.Yield();\n        Environment.Exit(0);\n        return Ok();"),
    ("api", ""),
]
for i in range(11):
    svc = SERVICES[i % len(SERVICES)]
    kind, body = EXITS[i % 3]
    if kind == "bg":
        files = {"Program.cs": worker_program(svc), f"{svc}Processor.cs": bg(svc, body)}
    elif kind == "controller":
        files = {"Program.cs": api(svc, "app.MapControllers();", "builder.Services.AddControllers();"), f"Controllers/{svc}Controller.cs": controller(svc, body)}
    else:
        files = {"Program.cs": api(svc, 'app.MapPost("/admin/shutdown", () => { Environment.Exit(0); return Results.Ok(); });')}
    add("positive", "AKS5002", f"Environment.Exit in a {kind}", files)

# ============================== AKS5003 ==============================
for i in range(12):
    svc = SERVICES[i % len(SERVICES)]
    if i % 3 == 0:
        body = f'        using var client = new HttpClient();\n        var json = await client.GetStringAsync("https://{svc.lower()}-api/export", cancellationToken);\n        return Ok(json);'
        files = {"Program.cs": api(svc, "app.MapControllers();", "builder.Services.AddControllers();"), f"Controllers/{svc}Controller.cs": controller(svc, body)}
        note = "new HttpClient() per request in a controller"
    elif i % 3 == 1:
        files = {"Program.cs": api(svc, extra=f'''
public sealed class {svc}Gateway
{{
    private readonly HttpClient _client = new HttpClient {{ BaseAddress = new Uri("https://{svc.lower()}-api") }};

    public Task<string> GetAsync(string id) => _client.GetStringAsync(id);
}}
''', services=f"builder.Services.AddScoped<{svc}Gateway>();")}
        note = "HttpClient created per instance of a scoped service"
    else:
        files = {"Program.cs": api(svc, services=f'builder.Services.AddHttpClient("{svc.lower()}", c => c.Timeout = System.Threading.Timeout.InfiniteTimeSpan);')}
        note = "named client with Timeout = InfiniteTimeSpan"
    add("positive", "AKS5003", note, files)

# ============================== AKS5004 ==============================
BINDS = [
    ('builder.WebHost.UseUrls("http://localhost:5000");', "UseUrls localhost"),
    ('builder.WebHost.ConfigureKestrel(o => o.ListenLocalhost(8080));', "ListenLocalhost"),
    ('builder.WebHost.ConfigureKestrel(o => o.ListenAnyIP(80));', "ListenAnyIP(80): privileged port"),
    ('builder.WebHost.UseUrls("http://127.0.0.1:8080;http://127.0.0.1:8081");', "UseUrls 127.0.0.1"),
    ('builder.WebHost.UseUrls("http://+:443");', "UseUrls +:443"),
]
for i in range(12):
    svc = SERVICES[i % len(SERVICES)]
    if i % 6 == 5:
        files = {"Program.cs": api(svc).replace("app.Run();", 'app.Run("http://localhost:8080");')}
        note = "app.Run(\"http://localhost:8080\")"
    else:
        b, note = BINDS[i % len(BINDS)]
        files = {"Program.cs": api(svc, services=b)}
    add("positive", "AKS5004", note, files)

# ============================== AKS5005 ==============================
WRITES = [
    ('        await System.IO.File.WriteAllTextAsync("exports/report.csv", "id,total", cancellationToken);\n        return Ok();', "relative path"),
    ('        var path = Path.Combine(AppContext.BaseDirectory, "exports", "report.csv");\n        await System.IO.File.WriteAllTextAsync(path, "id,total", cancellationToken);\n        return Ok();', "AppContext.BaseDirectory"),
    ('        await System.IO.File.AppendAllTextAsync("/var/log/app/audit.log", "export\\n", cancellationToken);\n        return Ok();', "absolute path outside /tmp"),
    ('        using var stream = new FileStream(Path.Combine(Directory.GetCurrentDirectory(), "cache.bin"), FileMode.Create);\n        await stream.WriteAsync(new byte[] { 1, 2, 3 }, cancellationToken);\n        return Ok();', "FileStream under the working directory"),
]
for i in range(13):
    svc = SERVICES[i % len(SERVICES)]
    body, note = WRITES[i % len(WRITES)]
    if i % 5 == 4:
        wbody = f'        while (!stoppingToken.IsCancellationRequested)\n        {{\n            var item = await _queue.DequeueAsync(stoppingToken);\n            await File.AppendAllTextAsync("data/{svc.lower()}.jsonl", item + "\\n", stoppingToken);\n        }}'
        files = {"Program.cs": worker_program(svc), f"{svc}Processor.cs": bg(svc, wbody)}
        note = "worker appends to a relative data/ file"
    else:
        files = {"Program.cs": api(svc, "app.MapControllers();", "builder.Services.AddControllers();"), f"Controllers/{svc}Controller.cs": controller(svc, body)}
    add("positive", "AKS5005", f"file write: {note}", files)

# ============================== negatives ==============================
LOOPS_GOOD = [
    "        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(5));\n        while (await timer.WaitForNextTickAsync(stoppingToken))\n        {\n            _logger.LogInformation(\"Tick\");\n        }",
    "        while (!stoppingToken.IsCancellationRequested)\n        {\n            var item = await _queue.DequeueAsync(stoppingToken);\n            _logger.LogInformation(\"Handled {Item}\", item);\n            await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);\n        }",
    "        while (true)\n        {\n            try\n            {\n                var item = await _queue.DequeueAsync(stoppingToken);\n                _logger.LogInformation(\"Handled {Item}\", item);\n            }\n            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)\n            {\n                break;\n            }\n            catch (Exception ex)\n            {\n                _logger.LogError(ex, \"Processing failed\");\n                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);\n            }\n        }",
    "        while (true)\n        {\n            stoppingToken.ThrowIfCancellationRequested();\n            var item = await _queue.DequeueAsync(stoppingToken);\n            _logger.LogInformation(\"Handled {Item}\", item);\n        }",
    "        await foreach (var item in Read(stoppingToken))\n        {\n            _logger.LogInformation(\"Handled {Item}\", item);\n        }\n    }\n\n    private async System.Collections.Generic.IAsyncEnumerable<string> Read([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken token)\n    {\n        while (!token.IsCancellationRequested)\n        {\n            yield return await _queue.DequeueAsync(token) ?? string.Empty;\n        }",
]
for i in range(16):
    svc = SERVICES[i % len(SERVICES)]
    add("negative", "none", f"worker loop honours the stopping token (shape {i % len(LOOPS_GOOD)})", {"Program.cs": worker_program(svc), f"{svc}Processor.cs": bg(svc, LOOPS_GOOD[i % len(LOOPS_GOOD)])})
for i in range(10):
    svc = SERVICES[i % len(SERVICES)]
    if i % 2 == 0:
        body = ("        try\n        {\n            await _queue.DequeueAsync(stoppingToken);\n        }\n        catch (InvalidOperationException ex)\n        {\n"
                "            _logger.LogCritical(ex, \"Queue is gone, stopping\");\n            _lifetime.StopApplication();\n        }")
        src = bg(svc, body).replace(f"    private readonly I{svc}Queue _queue;", f"    private readonly I{svc}Queue _queue;\n    private readonly IHostApplicationLifetime _lifetime = null!;")
        files = {"Program.cs": worker_program(svc), f"{svc}Processor.cs": src}
        note = "hosted service stops through IHostApplicationLifetime.StopApplication()"
    else:
        files = {"Program.cs": api(svc).replace("var builder = WebApplication.CreateBuilder(args);",
                                                'if (args.Length > 0 && args[0] == "--version")\n{\n    Console.WriteLine("1.0.0");\n    Environment.Exit(0);\n}\n\nvar builder = WebApplication.CreateBuilder(args);')}
        note = "Environment.Exit in startup code before the host runs"
    add("negative", "none", note, files)
for i in range(12):
    svc = SERVICES[i % len(SERVICES)]
    if i % 3 == 0:
        files = {"Program.cs": api(svc, services=f'builder.Services.AddHttpClient<{svc}Gateway>(c => {{ c.BaseAddress = new Uri("https://{svc.lower()}-api"); c.Timeout = TimeSpan.FromSeconds(10); }});', extra=f'''
public sealed class {svc}Gateway(HttpClient client)
{{
    public Task<string> GetAsync(string id) => client.GetStringAsync(id);
}}
''')}
        note = "typed client from IHttpClientFactory"
    elif i % 3 == 1:
        files = {"Program.cs": api(svc, extra=f'''
public static class {svc}Gateway
{{
    private static readonly HttpClient Client = new HttpClient {{ BaseAddress = new Uri("https://{svc.lower()}-api"), Timeout = TimeSpan.FromSeconds(5) }};

    public static Task<string> GetAsync(string id) => Client.GetStringAsync(id);
}}
''')}
        note = "static shared HttpClient"
    else:
        body = '        var client = _factory.CreateClient("export");\n        var json = await client.GetStringAsync("/export", cancellationToken);\n        return Ok(json);'
        files = {"Program.cs": api(svc, "app.MapControllers();", 'builder.Services.AddControllers();\nbuilder.Services.AddHttpClient("export");'),
                 f"Controllers/{svc}Controller.cs": controller(svc, body, fields=f"    private readonly IHttpClientFactory _factory;\n\n    public {svc}Controller(IHttpClientFactory factory) => _factory = factory;\n")}
        note = "IHttpClientFactory.CreateClient per request"
    add("negative", "none", note, files)
GOOD_BINDS = ['builder.WebHost.UseUrls("http://+:8080");', 'builder.WebHost.ConfigureKestrel(o => o.ListenAnyIP(8080));',
              'builder.WebHost.UseUrls("http://0.0.0.0:8080");', 'builder.WebHost.ConfigureKestrel(o => o.Listen(System.Net.IPAddress.Any, 8081));',
              'builder.WebHost.UseUrls(Environment.GetEnvironmentVariable("APP_URLS") ?? "http://*:8080");', '']
for i in range(12):
    svc = SERVICES[i % len(SERVICES)]
    b = GOOD_BINDS[i % len(GOOD_BINDS)]
    add("negative", "none", f"Kestrel binding: {b or 'container default (ASPNETCORE_HTTP_PORTS)'}", {"Program.cs": api(svc, services=b)})
GOOD_WRITES = [
    '        await System.IO.File.WriteAllTextAsync("/tmp/report.csv", "id,total", cancellationToken);\n        return Ok();',
    '        var path = Path.Combine(Path.GetTempPath(), "report.csv");\n        await System.IO.File.WriteAllTextAsync(path, "id,total", cancellationToken);\n        return Ok();',
    '        await System.IO.File.WriteAllTextAsync(_options.ExportDirectory + "/report.csv", "id,total", cancellationToken);\n        return Ok();',
    '        var content = await System.IO.File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "templates", "report.txt"), cancellationToken);\n        return Ok(content);',
]
for i in range(14):
    svc = SERVICES[i % len(SERVICES)]
    body = GOOD_WRITES[i % len(GOOD_WRITES)]
    fields = "    private readonly ExportOptions _options = new();\n" if "_options" in body else ""
    extra_cls = "\npublic sealed class ExportOptions\n{\n    public string ExportDirectory { get; set; } = \"/mnt/exports\";\n}\n" if "_options" in body else ""
    files = {"Program.cs": api(svc, "app.MapControllers();", "builder.Services.AddControllers();"),
             f"Controllers/{svc}Controller.cs": controller(svc, body, fields=fields) + extra_cls}
    add("negative", "none", f"file access that is fine in a read-only container (shape {i % len(GOOD_WRITES)})", files)


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

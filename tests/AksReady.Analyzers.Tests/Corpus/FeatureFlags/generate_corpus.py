#!/usr/bin/env python3
"""Generates the labelled AKS4xxx corpus (positive.txt / negative.txt) from realistic app shapes.

Each case is one small project: C# files plus appsettings*.json files. "Today" is 2026-11-25 for every case.
Format:
    === <expected rule: AKS4001..AKS4004, or none> | <note>
    --- <file name>
    <content>
A positive case is detected when the expected rule is reported anywhere in it; a negative case is a false positive
when any AKS4xxx rule is reported in it. Re-run after editing: python3 generate_corpus.py
"""
import itertools
import json
from pathlib import Path

HERE = Path(__file__).parent

# ---- code shapes: each takes the flag expression (a C# expression naming the flag) ------------------------------
def controller(expr, name="Checkout"):
    return f'''using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.FeatureManagement;

[ApiController]
[Route("api/[controller]")]
public sealed class {name}Controller : ControllerBase
{{
    private readonly IFeatureManager _featureManager;

    public {name}Controller(IFeatureManager featureManager) => _featureManager = featureManager;

    [HttpPost]
    public async Task<IActionResult> PostAsync()
    {{
        if (await _featureManager.IsEnabledAsync({expr}))
        {{
            return Ok("v2");
        }}

        return Ok("v1");
    }}
}}
'''

def minimal_api(expr, name="Checkout"):
    return f'''using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.FeatureManagement;

public static class {name}Endpoints
{{
    public static void Map{name}(this WebApplication app)
    {{
        app.MapGet("/{name.lower()}", async (IFeatureManager features) =>
            await features.IsEnabledAsync({expr}) ? Results.Ok("new") : Results.Ok("legacy"));
    }}
}}
'''

def worker(expr, name="Reindex"):
    return f'''using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.FeatureManagement;

public sealed class {name}Worker(IFeatureManagerSnapshot features) : BackgroundService
{{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {{
        while (!stoppingToken.IsCancellationRequested)
        {{
            if (!await features.IsEnabledAsync({expr}))
            {{
                await Task.Delay(TimeSpan.FromMinutes(1), stoppingToken);
                continue;
            }}

            await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
        }}
    }}
}}
'''

def gate(expr, name="Reports"):
    return f'''using Microsoft.AspNetCore.Mvc;
using Microsoft.FeatureManagement.Mvc;

[ApiController]
[Route("api/{name.lower()}")]
public sealed class {name}Controller : ControllerBase
{{
    [HttpGet]
    [FeatureGate({expr})]
    public IActionResult Get() => Ok();
}}
'''

def variant(expr, name="Pricing"):
    return f'''using System.Threading;
using System.Threading.Tasks;
using Microsoft.FeatureManagement;

public sealed class {name}Service(IVariantFeatureManager variants)
{{
    public async Task<string> GetTierAsync(CancellationToken cancellationToken)
    {{
        var variant = await variants.GetVariantAsync({expr}, cancellationToken);
        return variant?.Name ?? "control";
    }}
}}
'''

def middleware(expr, name="Maintenance"):
    return f'''using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.FeatureManagement;

public sealed class {name}Middleware(RequestDelegate next)
{{
    public async Task InvokeAsync(HttpContext context, IFeatureManager features)
    {{
        var enabled = await features.IsEnabledAsync({expr});
        if (enabled)
        {{
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }}

        await next(context);
    }}
}}
'''

def page_model(expr, name="Banner"):
    return f'''using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.FeatureManagement;

public sealed class {name}PageModel(IFeatureManager featureManager) : PageModel
{{
    public bool Show{name} {{ get; private set; }}

    public async Task OnGetAsync() => Show{name} = await featureManager.IsEnabledAsync({expr}).ConfigureAwait(false);
}}
'''

SHAPES = [controller, minimal_api, worker, gate, variant, middleware, page_model]

def constants(names):
    body = "\n".join(f'    public const string {n} = "{n}";' for n in names)
    return f"public static class FeatureNames\n{{\n{body}\n}}\n"

def enum(names):
    return "public enum AppFeature\n{\n" + ",\n".join(f"    {n}" for n in names) + ",\n}\n"

def ref(name, style):
    """(expression, extra files)"""
    if style == "literal":
        return f'"{name}"', {}
    if style == "const":
        return f"FeatureNames.{name}", {"FeatureNames.cs": constants([name])}
    if style == "nameof":
        return f"nameof(AppFeature.{name})", {"AppFeature.cs": enum([name])}
    if style == "tostring":
        return f"AppFeature.{name}.ToString()", {"AppFeature.cs": enum([name])}
    raise ValueError(style)

STYLES = ["literal", "const", "nameof", "tostring"]

# ---- definition shapes ------------------------------------------------------------------------------------------
def classic(flags):
    """flags: dict name -> value (bool, or dict for the object form)."""
    return json.dumps({"Logging": {"LogLevel": {"Default": "Information"}}, "FeatureManagement": flags}, indent=2)

def microsoft(entries):
    return json.dumps({"AllowedHosts": "*", "feature_management": {"feature_flags": entries}}, indent=2)

def ms_flag(name, enabled=True, expires=None, owner=None, filters=False):
    entry = {"id": name, "enabled": enabled}
    if filters:
        entry["conditions"] = {"client_filters": [{"name": "Microsoft.Percentage", "parameters": {"Value": 20}}]}
    if expires or owner:
        meta = {}
        if expires:
            meta["expires"] = expires
        if owner:
            meta["owner"] = owner
        entry["telemetry"] = {"enabled": True, "metadata": meta}
    return entry

def percentage(value=25, expires=None, owner=None, key_case="Expires"):
    obj = {"EnabledFor": [{"Name": "Microsoft.Percentage", "Parameters": {"Value": value}}]}
    if expires:
        obj[key_case] = expires
    if owner:
        obj["Owner"] = owner
    return obj

FLAGS = ["NewCheckout", "DarkMode", "FastSearch", "BulkExport", "SmartRouting", "PromoBanner", "V2Pricing",
         "AsyncInvoices", "GeoFencing", "BetaDashboard", "InstantRefunds", "LegacyAuthOff"]
TEAMS = ["team-checkout", "team-search", "platform", "growth", None]
EXPIRED = ["2026-03-01", "2025-12-31", "2026-11-24", "2026-06-30", "2024-01-15"]
FUTURE = ["2027-01-31", "2026-11-25", "2026-12-01", "2030-06-30"]  # "2026-11-25" (= TODAY) is relabelled positive below
TODAY = "2026-11-25"
TOMORROW = "2026-11-26"

cases = {"positive": [], "negative": []}

def add(kind, expect, note, files):
    cases[kind].append((expect, note, files))

def code_for(i, flag, style=None):
    style = style or STYLES[i % len(STYLES)]
    shape = SHAPES[i % len(SHAPES)]
    if shape is gate and style == "tostring":
        style = "literal"  # attribute arguments must be constants
    expr, extra = ref(flag, style)
    files = {f"{shape.__name__}.cs": shape(expr)}
    files.update(extra)
    return files, f"{shape.__name__}/{style}"

# ---- positives ---------------------------------------------------------------------------------------------------
# AKS4001: expired, classic object form (case-insensitive keys), Microsoft schema metadata, attribute forms.
for i in range(8):
    flag = FLAGS[i]
    files, how = code_for(i, flag)
    key = ["Expires", "expires", "EXPIRES"][i % 3]
    files["appsettings.json"] = classic({flag: percentage(10 + i, EXPIRED[i % 5], TEAMS[i % 5], key)})
    add("positive", "AKS4001", f"classic Expires {EXPIRED[i % 5]}, {how}", files)
for i in range(8):
    flag = FLAGS[(i + 3) % len(FLAGS)]
    files, how = code_for(i + 1, flag)
    files["appsettings.json"] = microsoft([ms_flag(flag, i % 2 == 0, EXPIRED[i % 5], TEAMS[i % 5], filters=i % 3 == 0)])
    add("positive", "AKS4001", f"telemetry.metadata.expires {EXPIRED[i % 5]}, {how}", files)
for i in range(4):
    flag = FLAGS[(i + 5) % len(FLAGS)]
    files, how = code_for(i + 2, flag, "literal")
    files["appsettings.json"] = classic({flag: False})
    files["FlagExpiry.cs"] = (f'[assembly: AksReady.FeatureFlags.FeatureFlagExpires("{flag}", "{EXPIRED[i % 5]}", Owner = "platform")]\n'
                              if i % 2 == 0 else
                              f'public static class Expiring\n{{\n    [AksReady.FeatureFlags.FeatureFlagExpires("{EXPIRED[i % 5]}")]\n    public const string {flag} = "{flag}";\n}}\n')
    add("positive", "AKS4001", f"[FeatureFlagExpires] {'assembly' if i % 2 == 0 else 'const field'}", files)
for i in range(3):
    flag = FLAGS[(i + 7) % len(FLAGS)]
    files, how = code_for(i, flag)
    files["appsettings.json"] = classic({flag: percentage(50, ["2026/03/01", "March 2026", "2026-13-01"][i])})
    add("positive", "AKS4001", "malformed expiry date", files)

# AKS4002: checked in code, defined nowhere (typo, missing section, other file set).
typos = {"NewCheckout": "NewChekout", "DarkMode": "DarkMod", "FastSearch": "FastSerach", "BulkExport": "BulkExports",
         "SmartRouting": "SmartRoute", "PromoBanner": "PromotionBanner", "V2Pricing": "PricingV2", "AsyncInvoices": "AsyncInvoice"}
for i, (defined, used) in enumerate(typos.items()):
    files, how = code_for(i, used)
    files["appsettings.json"] = classic({defined: False}) if i % 2 == 0 else microsoft([ms_flag(defined, False)])
    files["Typo.cs"] = f'public static class DefinedFlags {{ public const string Real = "{defined}"; }}\n'
    add("positive", "AKS4002", f"typo {used} vs {defined}, {how}", files)
for i in range(8):
    flag = FLAGS[(i + 4) % len(FLAGS)]
    files, how = code_for(i + 3, flag)
    files["appsettings.json"] = json.dumps({"Logging": {"LogLevel": {"Default": "Warning"}}, "AllowedHosts": "*"}, indent=2)
    if i % 2:
        files["appsettings.Production.json"] = json.dumps({"ConnectionStrings": {"Orders": "Server=orders;Database=orders;"}}, indent=2)
    add("positive", "AKS4002", f"no flag section at all, {how}", files)

# AKS4003: defined but referenced nowhere.
for i in range(14):
    used, stale = FLAGS[i % len(FLAGS)], FLAGS[(i + 5) % len(FLAGS)]
    files, how = code_for(i, used, "literal")
    if i % 2 == 0:
        files["appsettings.json"] = classic({used: True, stale: percentage(30) if i % 4 == 0 else False})
    else:
        files["appsettings.json"] = microsoft([ms_flag(used, True, filters=True), ms_flag(stale, i % 3 == 0)])
    if i % 3 == 0:
        files["appsettings.Staging.json"] = classic({used: False})
    add("positive", "AKS4003", f"{stale} unreferenced, {how}", files)

# AKS4004: on in every environment file.
for i in range(14):
    flag = FLAGS[(i + 2) % len(FLAGS)]
    files, how = code_for(i, flag)
    envs = [["Production"], ["Staging", "Production"], ["Development", "Staging", "Production"]][i % 3]
    on_classic = True if i % 4 else {"EnabledFor": [{"Name": "AlwaysOn"}]}
    files["appsettings.json"] = classic({flag: on_classic}) if i % 2 == 0 else microsoft([ms_flag(flag, True)])
    for j, env in enumerate(envs):
        files[f"appsettings.{env}.json"] = (json.dumps({"FeatureManagement": {flag: True}}, indent=2) if (i + j) % 2 == 0
                                            else json.dumps({"feature_management": {"feature_flags": [ms_flag(flag, True)]}}, indent=2))
    add("positive", "AKS4004", f"on in appsettings.json + {', '.join(envs)}, {how}", files)

# ---- negatives ---------------------------------------------------------------------------------------------------
# Defined, referenced, not expired (future; today counts as expired since issue #4), with filters or env overrides.
for i in range(16):
    flag = FLAGS[i % len(FLAGS)]
    files, how = code_for(i, flag)
    exp = FUTURE[i % len(FUTURE)]
    if i % 2 == 0:
        files["appsettings.json"] = classic({flag: percentage(20, exp, TEAMS[i % 5], ["Expires", "expires"][i % 2])})
    else:
        files["appsettings.json"] = microsoft([ms_flag(flag, True, exp, TEAMS[i % 5], filters=True)])
    if exp == TODAY:
        # Relabelled (issue #4): the runtime expires a flag ON its date (now >= expires), so "today" is expired. These
        # cases were negatives while the analyzer reported only from the day after (expires < today).
        add("positive", "AKS4001", f"expires {exp} = today (expired on its date; was labelled negative before), {how}", files)
    else:
        add("negative", "none", f"expires {exp} (not past), {how}", files)
# Tomorrow is the first date that is not expired: the new boundary negative.
for i in range(4):
    flag = FLAGS[(i + 5) % len(FLAGS)]
    files, how = code_for(i, flag)
    if i % 2 == 0:
        files["appsettings.json"] = classic({flag: percentage(30, TOMORROW, TEAMS[i % 5], "Expires")})
    else:
        files["appsettings.json"] = microsoft([ms_flag(flag, True, TOMORROW, TEAMS[i % 5], filters=True)])
    add("negative", "none", f"expires {TOMORROW} = tomorrow (not expired yet), {how}", files)
# On in base, off in one environment: still a flag.
for i in range(12):
    flag = FLAGS[(i + 1) % len(FLAGS)]
    files, how = code_for(i + 2, flag)
    files["appsettings.json"] = classic({flag: True}) if i % 2 == 0 else microsoft([ms_flag(flag, True)])
    files["appsettings.Production.json"] = (json.dumps({"FeatureManagement": {flag: False}}, indent=2) if i % 3
                                            else json.dumps({"FeatureManagement": {flag: percentage(5)}}, indent=2))
    if i % 2:
        files["appsettings.Development.json"] = json.dumps({"FeatureManagement": {flag: True}}, indent=2)
    add("negative", "none", f"on in base, off/filtered in Production, {how}", files)
# Only appsettings.json (single file): on, but no environment file confirms it.
for i in range(8):
    flag = FLAGS[(i + 6) % len(FLAGS)]
    files, how = code_for(i + 4, flag)
    files["appsettings.json"] = classic({flag: True})
    add("negative", "none", f"single appsettings.json with the flag on, {how}", files)
# Environment file does not mention the flag (no explicit true everywhere).
for i in range(6):
    flag = FLAGS[(i + 8) % len(FLAGS)]
    files, how = code_for(i + 1, flag)
    files["appsettings.json"] = classic({flag: True})
    files["appsettings.Production.json"] = json.dumps({"Logging": {"LogLevel": {"Default": "Warning"}}}, indent=2)
    add("negative", "none", f"Production file silent about the flag, {how}", files)
# Computed flag names: AKS4003 stays silent.
for i in range(6):
    a, b = FLAGS[i], FLAGS[i + 6]
    files = {"FeatureToggle.cs": f'''using System.Threading.Tasks;
using Microsoft.FeatureManagement;

public sealed class FeatureToggle(IFeatureManager features)
{{
    public Task<bool> IsOnAsync(string feature) => features.IsEnabledAsync(feature);
}}
'''}
    files["appsettings.json"] = classic({a: False, b: percentage(40)}) if i % 2 == 0 else microsoft([ms_flag(a, False), ms_flag(b, True, filters=True)])
    add("negative", "none", "flag names computed at run time (wrapper)", files)
# Wrapper with constants: names referenced as string constants only.
for i in range(6):
    a = FLAGS[(i + 3) % len(FLAGS)]
    files = {"Flags.cs": constants([a]),
             "Wrapper.cs": '''public interface IToggleService { bool IsOn(string name); }

public sealed class Checkout(IToggleService toggles)
{
    public string Run() => toggles.IsOn(FeatureNames.%s) ? "new" : "old";
}
''' % a,
             "Stub.cs": "public sealed class FeatureManagementMarker { public Microsoft.FeatureManagement.IFeatureManager? Manager { get; set; } }\n"}
    files["appsettings.json"] = classic({a: False})
    add("negative", "none", "flag read through an in-house wrapper with constants", files)
# No FeatureManagement at all; custom IsEnabledAsync method on an unrelated type.
for i in range(6):
    files = {"Settings.cs": f'''using System.Threading.Tasks;

public sealed class LocalSwitches
{{
    public Task<bool> IsEnabledAsync(string name) => Task.FromResult(name == "{FLAGS[i]}");
}}
'''}
    files["appsettings.json"] = json.dumps({"Logging": {"LogLevel": {"Default": "Information"}}, "Switches": {FLAGS[i]: True}}, indent=2)
    add("negative", "none", "no Microsoft.FeatureManagement, look-alike method", files)
# FeatureGate with RequirementType and several defined flags.
for i in range(4):
    a, b = FLAGS[i], FLAGS[i + 4]
    files = {"Gate.cs": f'''using Microsoft.AspNetCore.Mvc;
using Microsoft.FeatureManagement;
using Microsoft.FeatureManagement.Mvc;

public sealed class ExportController : ControllerBase
{{
    [FeatureGate(RequirementType.{["All", "Any"][i % 2]}, "{a}", "{b}")]
    public IActionResult Export() => Ok();
}}
'''}
    files["appsettings.json"] = classic({a: False, b: percentage(10)})
    add("negative", "none", "FeatureGate with RequirementType", files)
# Names compared case-insensitively, like configuration keys.
for i in range(4):
    flag = FLAGS[i + 2]
    files, how = code_for(i, flag.lower(), "literal")
    files["appsettings.json"] = classic({flag: False})
    add("negative", "none", f"case differs ({flag.lower()} vs {flag}), {how}", files)

out = {}
for kind, items in cases.items():
    lines = [f"# Generated by generate_corpus.py: {len(items)} {kind} cases. Today = 2026-11-25."]
    for expect, note, files in items:
        lines.append(f"=== {expect} | {note}")
        for name, content in files.items():
            lines.append(f"--- {name}")
            lines.extend(content.rstrip("\n").split("\n"))
    (HERE / f"{kind}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(kind, len(items))

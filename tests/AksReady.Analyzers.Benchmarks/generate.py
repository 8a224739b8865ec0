#!/usr/bin/env python3
"""Writes a deterministic, realistic ASP.NET Core solution for the AksReady analyzer benchmark.

usage: generate.py OUT_DIR [--seed N] [--scale F]

The solution (BenchSolution.slnx) has web APIs (controllers, minimal APIs, health checks), workers (BackgroundService)
and class libraries (typed HttpClients, repositories, options). Every project targets net10.0, uses only the shared
framework (Microsoft.AspNetCore.App), and references AksReady.Analyzers $(AksReadyAnalyzersVersion) from the feed
written in NuGet.config by run.sh. Same seed + same scale => byte-identical output.
"""
import argparse
import base64
import hashlib
import json
import os
import random
import shutil
import uuid

ENTITIES = [
    "Order", "Customer", "Invoice", "Product", "Shipment", "Payment", "Coupon", "Review", "Warehouse", "Supplier",
    "Ticket", "Subscription", "Account", "Address", "Basket", "Refund", "Tenant", "Report", "Notification", "Schedule",
    "Carrier", "Discount", "Inventory", "Price", "Quote", "Return", "Voucher", "Wishlist", "Category", "Brand",
    "Campaign", "Contract", "Device", "Employee", "Journal", "Ledger", "Lead", "Membership", "Parcel", "Region",
]

# (name, kind, feature units). web: Sdk.Web; worker: Sdk + hosting; lib: class library.
PROJECTS = [
    ("Contoso.Orders.Api", "web", 9),
    ("Contoso.Catalog.Api", "web", 9),
    ("Contoso.Billing.Api", "web", 8),
    ("Contoso.Identity.Api", "web", 7),
    ("Contoso.Fulfillment.Worker", "worker", 9),
    ("Contoso.Notifications.Worker", "worker", 8),
    ("Contoso.Reporting.Worker", "worker", 7),
    ("Contoso.Shared.Core", "core", 0),
    ("Contoso.Shared.Data", "lib", 8),
    ("Contoso.Shared.Messaging", "lib", 7),
    ("Contoso.Shared.Http", "lib", 8),
    ("Contoso.Shared.Caching", "lib", 6),
]

PNG_1PX = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def guid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def b64(self, n):
        return base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(n))).decode()

    def sha(self, text):
        return hashlib.sha256(text.encode()).hexdigest()

    def pick(self, seq):
        return self.r.choice(seq)

    def url(self, lower):
        return self.pick([
            f"https://{lower}.internal.contoso.example/api/v2/",
            f"https://api.contoso.example/{lower}/v1/",
            f"http://{lower}-svc.{lower}.svc.cluster.local:8080/",
            f"https://contosostorage.blob.core.windows.net/{lower}/exports/",
            f"https://login.microsoftonline.com/{self.guid()}/oauth2/v2.0/token",
            f"https://{lower}.contoso.example/docs?page=1&size=50",
        ])

    def literal(self, lower):
        """A string literal of some kind, none of them a secret."""
        k = self.r.randrange(9)
        if k == 0:
            return self.url(lower)
        if k == 1:
            return self.guid()
        if k == 2:
            return self.b64(self.r.choice([24, 48, 96]))
        if k == 3:
            return PNG_1PX
        if k == 4:
            return self.sha(lower + str(self.r.random()))
        if k == 5:
            return f"{lower}-{self.r.randrange(1000, 9999)}-{self.pick(['eu', 'us', 'ap'])}"
        if k == 6:
            return f"The {lower} could not be processed because the upstream service returned an unexpected response."
        if k == 7:
            return f"application/vnd.contoso.{lower}+json; version={self.r.randrange(1, 5)}"
        return f"W/\"{self.b64(12)}\""


def cs_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def fill(template, **kw):
    for k, v in kw.items():
        template = template.replace("__" + k + "__", str(v))
    return template


USINGS = """using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Contoso.Shared.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
"""

ASPNET_USINGS = """using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
"""


# ---------------------------------------------------------------------------------------------- shared core project
CORE_FILES = {
    "Result.cs": """namespace Contoso.Shared.Core;

public readonly record struct Result<T>(bool Success, T? Value, string? Error)
{
    public static Result<T> Ok(T value) => new(true, value, null);

    public static Result<T> Fail(string error) => new(false, default, error);
}

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public bool HasMore => Page * PageSize < Total;
}
""",
    "Clock.cs": """namespace Contoso.Shared.Core;

public interface IClock
{
    DateTimeOffset UtcNow { get; }
}

public sealed class SystemClock : IClock
{
    public DateTimeOffset UtcNow => DateTimeOffset.UtcNow;
}
""",
    "Money.cs": """namespace Contoso.Shared.Core;

public readonly record struct Money(decimal Amount, string Currency)
{
    public static Money Zero(string currency) => new(0m, currency);

    public Money Add(Money other)
    {
        if (!string.Equals(Currency, other.Currency, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Currency mismatch: " + Currency + " and " + other.Currency);
        }

        return new Money(Amount + other.Amount, Currency);
    }

    public override string ToString() => Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + " " + Currency;
}
""",
}


# ---------------------------------------------------------------------------------------------- per-unit templates
MODEL = """__USINGS__
namespace __NS__.Models;

public sealed record __E__Dto(Guid Id, string Name, DateTimeOffset CreatedAt);

public sealed record Create__E__Request(string Name, string? Description, decimal Amount, string Currency);

public sealed class __E__Entity
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    public Money Total { get; set; } = Money.Zero("EUR");

    public string Status { get; set; } = "__STATUS__";

    public string ExternalReference { get; set; } = __EXTREF__;

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public DateTimeOffset? UpdatedAt { get; set; }

    public List<string> Tags { get; set; } = new();

    public Dictionary<string, string> Attributes { get; set; } = new(StringComparer.OrdinalIgnoreCase);

__PROPS__
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            errors.Add("Name is required.");
        }
        else if (Name.Length > __MAXLEN__)
        {
            errors.Add("Name must be at most __MAXLEN__ characters.");
        }

        if (Total.Amount < 0)
        {
            errors.Add("Total must not be negative.");
        }

        if (Tags.Count > 20)
        {
            errors.Add("At most 20 tags are allowed.");
        }

        foreach (var pair in Attributes)
        {
            if (pair.Key.Length == 0 || pair.Value.Length > 256)
            {
                errors.Add($"Attribute '{pair.Key}' is invalid.");
            }
        }

        return errors;
    }

    public __E__Dto ToDto() => new(Id, Name, CreatedAt);

    public static __E__Entity FromRequest(Create__E__Request request) => new()
    {
        Name = request.Name.Trim(),
        Description = request.Description,
        Total = new Money(request.Amount, request.Currency),
    };
}
"""

OPTIONS = """__USINGS__
namespace __NS__.Options;

public sealed class __E__Options
{
    public const string SectionName = "__SECTION__";

    public string BaseUrl { get; set; } = "__URL__";

    public int TimeoutSeconds { get; set; } = __TIMEOUT__;

    public TimeSpan PollingInterval { get; set; } = TimeSpan.FromSeconds(__POLL__);

    public string ApiKeyHeaderName { get; set; } = "X-Api-Key";

    public string StorageContainer { get; set; } = "__LOWER__-exports";

    public int BatchSize { get; set; } = __BATCH__;

    public bool Enabled { get; set; } = true;

__PROPS__
    public RetrySettings Retry { get; set; } = new();

    public sealed class RetrySettings
    {
        public int MaxAttempts { get; set; } = 3;

        public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

        public double JitterFactor { get; set; } = 0.2;
    }
}
"""

SERVICE_HEAD = """__USINGS__using __NS__.Models;
using __NS__.Options;

namespace __NS__.Services;

public interface I__E__Service
{
    Task<__E__Dto?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<PagedResult<__E__Dto>> ListAsync(int page, int pageSize, CancellationToken cancellationToken);

    Task<Result<__E__Dto>> CreateAsync(Create__E__Request request, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken);

    Task<int> ProcessPendingAsync(int batchSize, CancellationToken cancellationToken);
}

public sealed class __E__Service : I__E__Service
{
    private static readonly ConcurrentDictionary<Guid, __E__Entity> Store = new();
    private readonly ILogger<__E__Service> _logger;
    private readonly IConfiguration _configuration;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly __E__Options _options;
    private readonly IClock _clock;

    public __E__Service(ILogger<__E__Service> logger, IConfiguration configuration, IHttpClientFactory httpClientFactory, IOptions<__E__Options> options, IClock clock)
    {
        _logger = logger;
        _configuration = configuration;
        _httpClientFactory = httpClientFactory;
        _options = options.Value;
        _clock = clock;
    }

    public async Task<__E__Dto?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (Store.TryGetValue(id, out var cached))
        {
            _logger.LogDebug("Cache hit for __E__ {__E__Id}", id);
            return cached.ToDto();
        }

        var client = _httpClientFactory.CreateClient("__CLIENT__");
        var endpoint = _configuration["__SECTION__:BaseUrl"] ?? _options.BaseUrl;
        _logger.LogInformation("Fetching __E__ {__E__Id} from {Endpoint}", id, endpoint);
        try
        {
            using var response = await client.GetAsync(new Uri(new Uri(endpoint), "__LOWER__/" + id.ToString("N")), cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                _logger.LogWarning("Upstream returned {StatusCode} for __E__ {__E__Id}", (int)response.StatusCode, id);
                return null;
            }

            var dto = await response.Content.ReadFromJsonAsync<__E__Dto>(cancellationToken: cancellationToken);
            return dto;
        }
        catch (HttpRequestException ex)
        {
            _logger.LogError(ex, "Failed to fetch __E__ {__E__Id} from {Endpoint}", id, endpoint);
            throw;
        }
    }

    public Task<PagedResult<__E__Dto>> ListAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        page = Math.Max(page, 1);
        pageSize = Math.Clamp(pageSize, 1, 200);
        var all = Store.Values.OrderByDescending(e => e.CreatedAt).ThenBy(e => e.Name, StringComparer.Ordinal).ToList();
        var items = all.Skip((page - 1) * pageSize).Take(pageSize).Select(e => e.ToDto()).ToList();
        _logger.LogDebug("Listed {Count} of {Total} __E__ items (page {Page}, size {PageSize})", items.Count, all.Count, page, pageSize);
        return Task.FromResult(new PagedResult<__E__Dto>(items, page, pageSize, all.Count));
    }

    public Task<Result<__E__Dto>> CreateAsync(Create__E__Request request, CancellationToken cancellationToken)
    {
        var entity = __E__Entity.FromRequest(request);
        entity.CreatedAt = _clock.UtcNow;
        var errors = entity.Validate();
        if (errors.Count > 0)
        {
            _logger.LogWarning("Rejected __E__ {Name}: {Errors}", request.Name, string.Join("; ", errors));
            return Task.FromResult(Result<__E__Dto>.Fail(string.Join("; ", errors)));
        }

        Store[entity.Id] = entity;
        _logger.LogInformation("Created __E__ {__E__Id} named {Name} for {Amount} {Currency}", entity.Id, entity.Name, request.Amount, request.Currency);
        return Task.FromResult(Result<__E__Dto>.Ok(entity.ToDto()));
    }

    public Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var removed = Store.TryRemove(id, out _);
        _logger.LogInformation("Delete of __E__ {__E__Id}: {Removed}", id, removed);
        return Task.FromResult(removed);
    }

    public async Task<int> ProcessPendingAsync(int batchSize, CancellationToken cancellationToken)
    {
        var pending = Store.Values.Where(e => e.Status == "__STATUS__").Take(batchSize).ToList();
        var processed = 0;
        foreach (var entity in pending)
        {
            cancellationToken.ThrowIfCancellationRequested();
            entity.Status = "Processed";
            entity.UpdatedAt = _clock.UtcNow;
            processed++;
            await Task.Yield();
        }

        _logger.LogInformation("Processed {Processed} pending __E__ items out of {Pending}", processed, pending.Count);
        return processed;
    }
"""

# Extra service methods; __K__ is the method index.
METHODS = [
    """
    public async Task<string?> Download__E__Document__K__Async(Guid id, CancellationToken cancellationToken)
    {
        var container = _configuration["__SECTION__:StorageContainer"] ?? _options.StorageContainer;
        var timeout = _configuration.GetValue<int>("__SECTION__:TimeoutSeconds", __TIMEOUT__);
        var client = _httpClientFactory.CreateClient("__CLIENT__");
        client.Timeout = TimeSpan.FromSeconds(timeout);
        var path = $"{container}/{id:N}/document-__K__.pdf";
        _logger.LogInformation("Downloading {Path} with timeout {Timeout}s", path, timeout);
        using var response = await client.GetAsync(path, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            _logger.LogWarning($"Download of {path} failed with {(int)response.StatusCode}");
            return null;
        }

        var content = await response.Content.ReadAsStringAsync(cancellationToken);
        _logger.LogDebug("Downloaded {Length} characters from {Path}", content.Length, path);
        return content;
    }
""",
    """
    public IReadOnlyList<__E__Dto> Search__E____K__(string? term, DateTimeOffset? since, int take)
    {
        var query = Store.Values.AsEnumerable();
        if (!string.IsNullOrWhiteSpace(term))
        {
            query = query.Where(e => e.Name.Contains(term, StringComparison.OrdinalIgnoreCase)
                || (e.Description?.Contains(term, StringComparison.OrdinalIgnoreCase) ?? false)
                || e.Tags.Any(t => string.Equals(t, term, StringComparison.OrdinalIgnoreCase)));
        }

        if (since is { } from)
        {
            query = query.Where(e => e.CreatedAt >= from);
        }

        var result = query
            .OrderByDescending(e => e.UpdatedAt ?? e.CreatedAt)
            .Take(Math.Clamp(take, 1, 500))
            .Select(e => e.ToDto())
            .ToList();
        _logger.LogDebug("Search for {Term} since {Since} returned {Count} __E__ items", term, since, result.Count);
        return result;
    }
""",
    """
    public string Describe__E__Storage__K__()
    {
        var connectionString = _configuration.GetConnectionString("__DB__") ?? "Server=${SQL_HOST};Database=__LOWER__;User Id=${SQL_USER};Password=${SQL_PASSWORD};Encrypt=True";
        var builder = new StringBuilder();
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = part.Split('=', 2);
            if (pair.Length != 2)
            {
                continue;
            }

            var key = pair[0].Trim();
            var isSensitive = key.Contains("password", StringComparison.OrdinalIgnoreCase) || key.Contains("key", StringComparison.OrdinalIgnoreCase);
            builder.Append(key).Append('=').Append(isSensitive ? "***" : pair[1]).Append(';');
        }

        _logger.LogInformation("Using __DB__ storage {Description}", builder.ToString());
        return builder.ToString();
    }
""",
    """
    public async Task<bool> Publish__E__Event__K__Async(Guid id, string eventType, CancellationToken cancellationToken)
    {
        var client = _httpClientFactory.CreateClient("__CLIENT__");
        var payload = new
        {
            Id = id,
            Type = eventType,
            Source = "__SOURCE__",
            CorrelationId = "__GUID__",
            Schema = "__LITERAL1__",
            OccurredAt = _clock.UtcNow,
        };
        try
        {
            using var response = await client.PostAsJsonAsync("events/__LOWER__", payload, cancellationToken);
            response.EnsureSuccessStatusCode();
            _logger.LogInformation("Published {EventType} for __E__ {__E__Id}", eventType, id);
            return true;
        }
        catch (HttpRequestException ex)
        {
            _logger.LogError("Publishing {EventType} for __E__ {__E__Id} failed: {Message}", eventType, id, ex.Message);
            return false;
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning(ex, "Publishing {EventType} timed out after {Timeout}s", eventType, _options.TimeoutSeconds);
            return false;
        }
    }
""",
    """
    public static string Map__E__Status__K__(int statusCode) => statusCode switch
    {
        200 or 201 or 204 => "Succeeded",
        400 => "__LITERAL1__",
        401 or 403 => "Unauthorized",
        404 => "NotFound",
        409 => "Conflict",
        429 => "Throttled",
        >= 500 and < 600 => "UpstreamFailure",
        _ => "Unknown",
    };

    public IReadOnlyDictionary<string, string> Well__E__Constants__K__() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["DefaultTenant"] = "__GUID__",
        ["Thumbnail"] = "__B64__",
        ["Placeholder"] = "__PNG__",
        ["Checksum"] = "__SHA__",
        ["Documentation"] = "__URL__",
        ["MediaType"] = "__LITERAL2__",
    };
""",
    """
    public async Task<Money> Calculate__E__Total__K__Async(IEnumerable<Guid> ids, string currency, CancellationToken cancellationToken)
    {
        var total = Money.Zero(currency);
        var missing = new List<Guid>();
        foreach (var id in ids)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Store.TryGetValue(id, out var entity) && entity.Total.Currency == currency)
            {
                total = total.Add(entity.Total);
            }
            else
            {
                missing.Add(id);
            }
        }

        if (missing.Count > 0)
        {
            _logger.LogWarning("{MissingCount} __E__ items were missing or in another currency than {Currency}", missing.Count, currency);
        }

        await Task.CompletedTask;
        _logger.LogInformation("Total for {Count} __E__ items is {Total}", missing.Count, total);
        return total;
    }
""",
    """
    public async Task<bool> Authorize__E__Request__K__Async(string tenantId, string userName, CancellationToken cancellationToken)
    {
        var authority = _configuration["Authentication:Authority"] ?? "https://login.microsoftonline.com/__GUID__/v2.0";
        var audience = _configuration["Authentication:Audience"] ?? "api://__LOWER__-api";
        var accessToken = _configuration["__SECTION__:AccessToken"];
        _logger.LogInformation("Authorizing {UserName} in tenant {TenantId} against {Authority} for {Audience}", userName, tenantId, authority, audience);
        if (string.IsNullOrEmpty(accessToken))
        {
            _logger.LogWarning("No access token configured for __SECTION__");
            return false;
        }

        var client = _httpClientFactory.CreateClient("__CLIENT__");
        using var request = new HttpRequestMessage(HttpMethod.Get, "authorize/" + Uri.EscapeDataString(tenantId));
        request.Headers.TryAddWithoutValidation(_options.ApiKeyHeaderName, accessToken);
        using var response = await client.SendAsync(request, cancellationToken);
        __SECRETLOG__
        return response.IsSuccessStatusCode;
    }
""",
    """
    public string Build__E__Report__K__(IReadOnlyCollection<__E__Entity> items)
    {
        var sb = new StringBuilder();
        sb.AppendLine("Id,Name,Status,Total,CreatedAt");
        foreach (var item in items.OrderBy(i => i.CreatedAt))
        {
            sb.Append(item.Id.ToString("D", CultureInfo.InvariantCulture)).Append(',');
            sb.Append('"').Append(item.Name.Replace("\\"", "\\"\\"", StringComparison.Ordinal)).Append('"').Append(',');
            sb.Append(item.Status).Append(',');
            sb.Append(item.Total.Amount.ToString("0.00", CultureInfo.InvariantCulture)).Append(',');
            sb.AppendLine(item.CreatedAt.ToString("O", CultureInfo.InvariantCulture));
        }

        var report = sb.ToString();
        _logger.LogInformation($"Built __E__ report with {items.Count} rows and {report.Length} characters");
        return report;
    }
""",
    """
    public async Task<int> Retry__E__Operation__K__Async(Func<CancellationToken, Task<bool>> operation, CancellationToken cancellationToken)
    {
        var attempt = 0;
        var delay = _options.Retry.BaseDelay;
        while (attempt < _options.Retry.MaxAttempts)
        {
            attempt++;
            try
            {
                if (await operation(cancellationToken))
                {
                    _logger.LogDebug("Operation succeeded on attempt {Attempt}", attempt);
                    return attempt;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _logger.LogWarning(ex, "Attempt {Attempt} of {MaxAttempts} failed", attempt, _options.Retry.MaxAttempts);
            }

            var jitter = 1 + ((Random.Shared.NextDouble() * 2) - 1) * _options.Retry.JitterFactor;
            await Task.Delay(TimeSpan.FromMilliseconds(delay.TotalMilliseconds * jitter), cancellationToken);
            delay *= 2;
        }

        _logger.LogError("Operation failed after {Attempts} attempts", attempt);
        return -1;
    }
""",
]

CONTROLLER = """__USINGS____ASPNET__using __NS__.Models;
using __NS__.Services;
using __NS__.Options;

namespace __NS__.Controllers;

[ApiController]
[Route("api/v1/__LOWER__s")]
public sealed class __E__Controller : ControllerBase
{
    private readonly I__E__Service _service;
    private readonly ILogger<__E__Controller> _logger;
    private readonly IConfiguration _configuration;
    private readonly __E__Options _options;

    public __E__Controller(I__E__Service service, ILogger<__E__Controller> logger, IConfiguration configuration, IOptionsSnapshot<__E__Options> options)
    {
        _service = service;
        _logger = logger;
        _configuration = configuration;
        _options = options.Value;
    }

    [HttpGet]
    public async Task<ActionResult<PagedResult<__E__Dto>>> List([FromQuery] int page = 1, [FromQuery] int pageSize = 50, CancellationToken cancellationToken = default)
    {
        using var scope = _logger.BeginScope("Listing __E__ for {TraceId}", HttpContext.TraceIdentifier);
        var result = await _service.ListAsync(page, pageSize, cancellationToken);
        Response.Headers["X-Total-Count"] = result.Total.ToString(CultureInfo.InvariantCulture);
        return Ok(result);
    }

    [HttpGet("{id:guid}")]
    public async Task<ActionResult<__E__Dto>> Get(Guid id, CancellationToken cancellationToken)
    {
        var item = await _service.GetAsync(id, cancellationToken);
        if (item is null)
        {
            _logger.LogInformation("__E__ {__E__Id} was not found", id);
            return NotFound();
        }

        return Ok(item);
    }

    [HttpPost]
    public async Task<ActionResult<__E__Dto>> Create([FromBody] Create__E__Request request, CancellationToken cancellationToken)
    {
        if (!_options.Enabled)
        {
            _logger.LogWarning("Creation of __E__ is disabled by configuration section {Section}", __E__Options.SectionName);
            return StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        var result = await _service.CreateAsync(request, cancellationToken);
        if (!result.Success || result.Value is null)
        {
            return ValidationProblem(result.Error ?? "__LITERAL1__");
        }

        return CreatedAtAction(nameof(Get), new { id = result.Value.Id }, result.Value);
    }

    [HttpDelete("{id:guid}")]
    public async Task<IActionResult> Delete(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            var removed = await _service.DeleteAsync(id, cancellationToken);
            return removed ? NoContent() : NotFound();
        }
        catch (InvalidOperationException ex)
        {
            _logger.LogError(ex, "Deleting __E__ {__E__Id} failed", id);
            return Conflict(new { error = ex.Message, correlationId = "__GUID__" });
        }
    }

    [HttpGet("settings")]
    public IActionResult Settings()
    {
        var region = _configuration["Deployment:Region"] ?? "westeurope";
        var feature = _configuration.GetValue<bool>("Features:__E__Export", false);
        _logger.LogDebug("Settings requested for region {Region}, export {Export}", region, feature);
        return Ok(new
        {
            region,
            feature,
            baseUrl = _options.BaseUrl,
            docs = "__URL__",
            logo = "__PNG__",
            fingerprint = "__SHA__",
        });
    }
__EXTRA__}
"""

CONTROLLER_EXTRA = """
    [HttpPost("{id:guid}/process")]
    public async Task<IActionResult> Process(Guid id, [FromQuery] int batch = 10, CancellationToken cancellationToken = default)
    {
        _logger.LogInformation($"Processing __E__ {id} with batch {batch}");
        var processed = await _service.ProcessPendingAsync(batch, cancellationToken);
        return Accepted(new { id, processed });
    }

    [HttpGet("{id:guid}/export")]
    public async Task<IActionResult> Export(Guid id, [FromQuery] string format = "csv", CancellationToken cancellationToken = default)
    {
        var item = await _service.GetAsync(id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        var content = format switch
        {
            "csv" => $"{item.Id},{item.Name},{item.CreatedAt:O}",
            "json" => System.Text.Json.JsonSerializer.Serialize(item),
            _ => null,
        };
        if (content is null)
        {
            _logger.LogWarning("Unsupported export format {Format} requested for {__E__Id}", format, id);
            return BadRequest("Unsupported format.");
        }

        return File(Encoding.UTF8.GetBytes(content), format == "csv" ? "text/csv" : "application/json", "__LOWER__-" + id.ToString("N") + "." + format);
    }
"""

ENDPOINTS = """__USINGS____ASPNET__using __NS__.Models;
using __NS__.Services;

namespace __NS__.Endpoints;

public static class __E__Endpoints
{
    public static IEndpointRouteBuilder Map__E__Endpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v2/__LOWER__s").WithTags("__E__");

        group.MapGet("/", async (I__E__Service service, int? page, int? pageSize, CancellationToken ct) =>
            Results.Ok(await service.ListAsync(page ?? 1, pageSize ?? 50, ct)));

        group.MapGet("/{id:guid}", async (Guid id, I__E__Service service, ILoggerFactory loggerFactory, CancellationToken ct) =>
        {
            var logger = loggerFactory.CreateLogger("__NS__.Endpoints.__E__");
            var item = await service.GetAsync(id, ct);
            if (item is null)
            {
                logger.LogInformation("Minimal API: __E__ {__E__Id} not found", id);
                return Results.NotFound();
            }

            return Results.Ok(item);
        });

        group.MapPost("/", async (Create__E__Request request, I__E__Service service, ILogger<I__E__Service> logger, CancellationToken ct) =>
        {
            var result = await service.CreateAsync(request, ct);
            if (!result.Success)
            {
                logger.LogWarning("Minimal API: rejected __E__ {Name}: {Error}", request.Name, result.Error);
                return Results.BadRequest(new { error = result.Error, help = "__URL__" });
            }

            return Results.Created("/api/v2/__LOWER__s/" + result.Value!.Id, result.Value);
        });

        group.MapDelete("/{id:guid}", async (Guid id, I__E__Service service, CancellationToken ct) =>
            await service.DeleteAsync(id, ct) ? Results.NoContent() : Results.NotFound());

        group.MapGet("/meta", (IConfiguration configuration) => Results.Ok(new
        {
            version = configuration["Build:Version"] ?? "1.0.0",
            commit = configuration["Build:Commit"] ?? "__SHA__",
            tenant = "__GUID__",
            sample = "__B64__",
        }));

        return app;
    }
}
"""

HEALTHCHECK = """__USINGS__using Microsoft.Extensions.Diagnostics.HealthChecks;
using __NS__.Options;

namespace __NS__.HealthChecks;

public sealed class __E__DependencyHealthCheck : IHealthCheck
{
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly ILogger<__E__DependencyHealthCheck> _logger;
    private readonly __E__Options _options;

    public __E__DependencyHealthCheck(IHttpClientFactory httpClientFactory, ILogger<__E__DependencyHealthCheck> logger, IOptions<__E__Options> options)
    {
        _httpClientFactory = httpClientFactory;
        _logger = logger;
        _options = options.Value;
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var client = _httpClientFactory.CreateClient("__CLIENT__");
        try
        {
__BODY__
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            _logger.LogWarning(ex, "__E__ dependency check failed against {BaseUrl}", _options.BaseUrl);
            return new HealthCheckResult(context.Registration.FailureStatus, "__E__ dependency unreachable", ex);
        }
    }
}
"""

HC_ASYNC = """            using var response = await client.GetAsync(new Uri(new Uri(_options.BaseUrl), "healthz"), cancellationToken);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy("__E__ dependency is reachable")
                : HealthCheckResult.Degraded("__E__ dependency returned " + (int)response.StatusCode);"""

HC_BLOCKING = """            var response = client.GetAsync(new Uri(new Uri(_options.BaseUrl), "healthz"), cancellationToken).Result;
            await Task.CompletedTask;
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy("__E__ dependency is reachable")
                : HealthCheckResult.Degraded("__E__ dependency returned " + (int)response.StatusCode);"""

WORKER = """__USINGS__using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using __NS__.Options;
using __NS__.Services;

namespace __NS__.Workers;

public sealed class __E__Worker : BackgroundService
{
    private readonly ILogger<__E__Worker> _logger;
    private readonly IServiceScopeFactory _scopeFactory;
    private readonly IOptionsMonitor<__E__Options> _options;
    private readonly IConfiguration _configuration;
    private int _consecutiveFailures;

    public __E__Worker(ILogger<__E__Worker> logger, IServiceScopeFactory scopeFactory, IOptionsMonitor<__E__Options> options, IConfiguration configuration)
    {
        _logger = logger;
        _scopeFactory = scopeFactory;
        _options = options;
        _configuration = configuration;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var queue = _configuration["__SECTION__:Queue"] ?? "__LOWER__-inbound";
        _logger.LogInformation("{Worker} started, polling {Queue} every {Interval}", nameof(__E__Worker), queue, _options.CurrentValue.PollingInterval);
__LOOP__
        _logger.LogInformation("{Worker} stopped after {Failures} consecutive failures", nameof(__E__Worker), _consecutiveFailures);
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        using var scope = _scopeFactory.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<I__E__Service>();
        var options = _options.CurrentValue;
        if (!options.Enabled)
        {
            _logger.LogDebug("{Worker} is disabled", nameof(__E__Worker));
            return;
        }

        try
        {
            var processed = await service.ProcessPendingAsync(options.BatchSize, stoppingToken);
            _consecutiveFailures = 0;
            if (processed > 0)
            {
                _logger.LogInformation("{Worker} processed {Processed} __E__ items", nameof(__E__Worker), processed);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _consecutiveFailures++;
            __CATCHLOG__
        }
    }
}
"""

LOOP_TIMER = """        using var timer = new PeriodicTimer(_options.CurrentValue.PollingInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RunOnceAsync(stoppingToken);
        }"""

LOOP_DELAY = """        while (!stoppingToken.IsCancellationRequested)
        {
            await RunOnceAsync(stoppingToken);
            await Task.Delay(_options.CurrentValue.PollingInterval, stoppingToken);
        }"""

LOOP_IGNORED = """        while (true)
        {
            await RunOnceAsync(stoppingToken);
            await Task.Delay(TimeSpan.FromSeconds(__POLL__));
            if (_consecutiveFailures > 10)
            {
                break;
            }
        }"""

CLIENT = """__USINGS__using __NS__.Models;
using __NS__.Options;

namespace __NS__.Clients;

public sealed class __E__ApiClient
{
    private readonly HttpClient _httpClient;
    private readonly ILogger<__E__ApiClient> _logger;
    private readonly __E__Options _options;

    public __E__ApiClient(HttpClient httpClient, ILogger<__E__ApiClient> logger, IOptions<__E__Options> options)
    {
        _httpClient = httpClient;
        _logger = logger;
        _options = options.Value;
        _httpClient.BaseAddress ??= new Uri(_options.BaseUrl);
        _httpClient.DefaultRequestHeaders.UserAgent.ParseAdd("contoso-__LOWER__-client/1.0");
        _httpClient.DefaultRequestHeaders.Accept.ParseAdd("__LITERAL2__");
    }

    public async Task<__E__Dto?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        _logger.LogDebug("GET {BaseAddress}__LOWER__s/{__E__Id}", _httpClient.BaseAddress, id);
        return await _httpClient.GetFromJsonAsync<__E__Dto>("__LOWER__s/" + id.ToString("D"), cancellationToken);
    }

    public async Task<IReadOnlyList<__E__Dto>> ListAsync(int page, CancellationToken cancellationToken)
    {
        var items = await _httpClient.GetFromJsonAsync<List<__E__Dto>>($"__LOWER__s?page={page}&size={_options.BatchSize}", cancellationToken);
        _logger.LogInformation("Fetched {Count} __E__ items on page {Page}", items?.Count ?? 0, page);
        return items ?? new List<__E__Dto>();
    }

    public async Task<bool> UploadAsync(Create__E__Request request, CancellationToken cancellationToken)
    {
        using var response = await _httpClient.PostAsJsonAsync("__LOWER__s", request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            _logger.LogWarning("Upload of __E__ {Name} failed with {StatusCode}: {Body}", request.Name, (int)response.StatusCode, body);
            return false;
        }

        return true;
    }

    public Uri BuildSasLessLink(string blobName) => new(new Uri("__BLOBURL__"), Uri.EscapeDataString(blobName));
}
"""

REPOSITORY = """__USINGS__using __NS__.Models;

namespace __NS__.Repositories;

public interface I__E__Repository
{
    ValueTask<__E__Entity?> FindAsync(Guid id, CancellationToken cancellationToken);

    ValueTask SaveAsync(__E__Entity entity, CancellationToken cancellationToken);

    IAsyncEnumerable<__E__Entity> StreamAsync(Func<__E__Entity, bool> predicate, CancellationToken cancellationToken);
}

public sealed class InMemory__E__Repository : I__E__Repository
{
    private readonly ConcurrentDictionary<Guid, __E__Entity> _items = new();
    private readonly ILogger<InMemory__E__Repository> _logger;
    private readonly string _connectionString;

    public InMemory__E__Repository(ILogger<InMemory__E__Repository> logger, IConfiguration configuration)
    {
        _logger = logger;
        _connectionString = configuration.GetConnectionString("__DB__") ?? "Host=${PG_HOST};Database=__LOWER__;Username=${PG_USER};Password=${PG_PASSWORD}";
    }

    public ValueTask<__E__Entity?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        _items.TryGetValue(id, out var entity);
        _logger.LogDebug("Find __E__ {__E__Id}: {Found}", id, entity is not null);
        return ValueTask.FromResult(entity);
    }

    public ValueTask SaveAsync(__E__Entity entity, CancellationToken cancellationToken)
    {
        entity.UpdatedAt = DateTimeOffset.UtcNow;
        _items.AddOrUpdate(entity.Id, entity, (_, _) => entity);
        _logger.LogInformation("Saved __E__ {__E__Id} to {Store}", entity.Id, _connectionString.Length > 0 ? "__DB__" : "memory");
        return ValueTask.CompletedTask;
    }

    public async IAsyncEnumerable<__E__Entity> StreamAsync(Func<__E__Entity, bool> predicate, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var item in _items.Values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (predicate(item))
            {
                yield return item;
            }

            await Task.Yield();
        }
    }
}
"""


# ---------------------------------------------------------------------------------------------- writer
class Writer:
    def __init__(self, out):
        self.out = out
        self.files = 0
        self.cs_files = 0
        self.cs_lines = 0

    def write(self, rel, text):
        path = os.path.join(self.out, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        self.files += 1
        if rel.endswith(".cs"):
            self.cs_files += 1
            self.cs_lines += text.count("\n")


def extra_props(g, lower, n):
    lines = []
    for i in range(n):
        kind = g.r.randrange(4)
        name = g.pick(["Endpoint", "Region", "Label", "Marker", "Schema", "Channel", "Profile", "Template", "Bucket", "Realm"]) + str(i)
        if kind == 0:
            lines.append(f"    public string {name} {{ get; set; }} = {cs_str(g.literal(lower))};\n")
        elif kind == 1:
            lines.append(f"    public int {name}Limit {{ get; set; }} = {g.r.randrange(1, 5000)};\n")
        elif kind == 2:
            lines.append(f"    public Guid {name}Id {{ get; set; }} = Guid.Parse({cs_str(g.guid())});\n")
        else:
            lines.append(f"    public string? {name}Override {{ get; set; }}\n")
        lines.append("\n")
    return "".join(lines)


def unit_values(g, proj, e, kind):
    lower = e.lower()
    short = proj.split(".")[1]
    return dict(
        E=e, LOWER=lower, NS=proj, USINGS=USINGS, ASPNET=ASPNET_USINGS,
        SECTION=f"{short}:{e}", CLIENT=f"{lower}-upstream", DB=f"{short}{e}Db",
        STATUS=g.pick(["Pending", "New", "Queued", "Draft"]),
        EXTREF=cs_str(g.literal(lower)), MAXLEN=g.pick([64, 128, 200, 256]),
        URL=g.url(lower), TIMEOUT=g.pick([5, 10, 15, 30, 60]), POLL=g.pick([5, 10, 15, 30, 60]),
        BATCH=g.pick([10, 25, 50, 100]), GUID=g.guid(), B64=g.b64(g.pick([32, 64, 120])), PNG=PNG_1PX,
        SHA=g.sha(proj + e), LITERAL1=g.literal(lower).replace('"', "'"), LITERAL2=f"application/vnd.contoso.{lower}+json",
        SOURCE=f"urn:contoso:{short.lower()}:{lower}",
        BLOBURL=f"https://contoso{short.lower()}.blob.core.windows.net/{lower}/",
    )


def service_file(g, v):
    text = fill(SERVICE_HEAD, **v)
    n = g.r.randrange(5, 10)
    order = g.r.sample(range(len(METHODS)), min(n, len(METHODS)))
    for k, idx in enumerate(order):
        secretlog = ('_logger.LogDebug("Authorized {UserName} with token {AccessToken}", userName, accessToken);'
                     if g.r.random() < 0.15 else
                     '_logger.LogDebug("Authorization for {UserName} returned {StatusCode}", userName, (int)response.StatusCode);')
        text += fill(METHODS[idx], K=k + 1, SECRETLOG=secretlog, **{**v, "LITERAL1": g.literal(v["LOWER"]).replace('"', "'"),
                                                                  "GUID": g.guid(), "B64": g.b64(48), "SHA": g.sha(str(k) + v["E"])})
    return text + "}\n"


def appsettings(g, proj, units, env):
    short = proj.split(".")[1]
    section = {}
    for e in units:
        lower = e.lower()
        section[e] = {
            "BaseUrl": g.url(lower),
            "TimeoutSeconds": g.pick([5, 10, 30]),
            "PollingInterval": "00:00:" + str(g.pick([10, 15, 30])),
            "StorageContainer": f"{lower}-{env.lower() or 'default'}",
            "ApiKey": g.pick(["${" + lower.upper() + "_API_KEY}", "#{" + short.upper() + "_" + lower.upper() + "_KEY}#", "", "<set-in-key-vault>"]),
            "AccessToken": "${" + lower.upper() + "_ACCESS_TOKEN}",
            "Queue": f"{lower}-inbound",
            "Retry": {"MaxAttempts": 3, "BaseDelay": "00:00:00.200", "JitterFactor": 0.2},
            "Branding": {"Logo": PNG_1PX, "Checksum": g.sha(e + env), "TenantId": g.guid(), "Seed": g.b64(48)},
        }
    doc = {
        "Logging": {"LogLevel": {"Default": "Information" if env != "Development" else "Debug",
                                 "Microsoft.AspNetCore": "Warning", "System.Net.Http.HttpClient": "Warning"}},
        "AllowedHosts": "*",
        "ConnectionStrings": {
            f"{short}{e}Db": "Server=${SQL_HOST};Database=" + e.lower() + ";User Id=${SQL_USER};Password=${SQL_PASSWORD};Encrypt=True;TrustServerCertificate=False"
            for e in units[:4]
        } | {
            "Redis": "${REDIS_HOST}:6380,ssl=True,abortConnect=False,password=${REDIS_PASSWORD}",
            "ServiceBus": "Endpoint=sb://${SERVICEBUS_NAMESPACE}.servicebus.windows.net/;Authentication=ManagedIdentity",
            "Storage": "DefaultEndpointsProtocol=https;AccountName=${STORAGE_ACCOUNT};AccountKey=${STORAGE_ACCOUNT_KEY};EndpointSuffix=core.windows.net",
        },
        "Authentication": {"Authority": f"https://login.microsoftonline.com/{g.guid()}/v2.0", "Audience": f"api://{short.lower()}-api",
                           "ClientId": g.guid(), "ClientSecret": "${AZURE_CLIENT_SECRET}"},
        "Deployment": {"Region": g.pick(["westeurope", "northeurope", "eastus2"]), "Environment": env or "Production"},
        "Features": {f"{e}Export": g.r.random() < 0.5 for e in units},
        short: section,
    }
    return json.dumps(doc, indent=2) + "\n"


def web_program(g, proj, units, variant):
    ns = proj
    lines = [USINGS, ASPNET_USINGS, "using Microsoft.AspNetCore.Diagnostics.HealthChecks;\n"]
    for sub in ["Endpoints", "HealthChecks", "Options", "Services"]:
        lines.append(f"using {ns}.{sub};\n")
    lines.append("\nvar builder = WebApplication.CreateBuilder(args);\n\n")
    lines.append("builder.Services.AddControllers();\nbuilder.Services.AddSingleton<IClock, SystemClock>();\n")
    for e in units:
        lower = e.lower()
        lines.append(f"builder.Services.Configure<{e}Options>(builder.Configuration.GetSection({e}Options.SectionName));\n")
        lines.append(f"builder.Services.AddScoped<I{e}Service, {e}Service>();\n")
        lines.append(f"builder.Services.AddHttpClient(\"{lower}-upstream\", client =>\n{{\n"
                     f"    client.BaseAddress = new Uri(builder.Configuration[\"{proj.split('.')[1]}:{e}:BaseUrl\"] ?? \"{g.url(lower)}\");\n"
                     f"    client.Timeout = TimeSpan.FromSeconds({g.pick([10, 30, 100])});\n}});\n")
    lines.append("\nbuilder.Services.AddHealthChecks()\n    .AddCheck(\"self\", () => HealthCheckResult.Healthy(), tags: new[] { \"live\" })")
    for e in units[::3]:
        tags = '"ready"' if variant != 2 else '"live", "ready"'
        lines.append(f"\n    .AddCheck<{e}DependencyHealthCheck>(\"{e.lower()}-dependency\", tags: new[] {{ {tags} }})")
    lines.append(";\n\nvar app = builder.Build();\n\n")
    lines.append("app.MapControllers();\n")
    for e in units:
        lines.append(f"app.Map{e}Endpoints();\n")
    if variant == 0:
        lines.append('app.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = r => r.Tags.Contains("live") });\n')
        lines.append('app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = r => r.Tags.Contains("ready") });\n')
    elif variant == 1:
        lines.append('app.MapHealthChecks("/healthz");\n')
    elif variant == 2:
        lines.append('app.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = r => r.Tags.Contains("live") });\n')
        lines.append('app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = r => r.Tags.Contains("ready") }).RequireAuthorization();\n')
    else:
        lines.append('if (app.Environment.IsDevelopment())\n{\n    app.MapHealthChecks("/healthz");\n}\n')
    lines.append('\napp.MapGet("/", () => Results.Ok(new { service = "' + proj + '", docs = "https://docs.contoso.example/' + proj.lower() + '" }));\n\napp.Run();\n')
    return "".join(lines)


def worker_program(g, proj, units):
    lines = [USINGS, "using Microsoft.Extensions.DependencyInjection;\nusing Microsoft.Extensions.Hosting;\n"]
    for sub in ["Options", "Services", "Workers"]:
        lines.append(f"using {proj}.{sub};\n")
    lines.append("\nvar builder = Host.CreateApplicationBuilder(args);\nbuilder.Services.AddSingleton<IClock, SystemClock>();\n")
    for e in units:
        lines.append(f"builder.Services.Configure<{e}Options>(builder.Configuration.GetSection({e}Options.SectionName));\n")
        lines.append(f"builder.Services.AddScoped<I{e}Service, {e}Service>();\n")
        lines.append(f"builder.Services.AddHttpClient(\"{e.lower()}-upstream\");\n")
        lines.append(f"builder.Services.AddHostedService<{e}Worker>();\n")
    lines.append('\nConsole.WriteLine("Starting ' + proj + '");\nbuilder.Build().Run();\n')
    return "".join(lines)


def lib_extensions(proj, units):
    lines = [USINGS, "using Microsoft.Extensions.DependencyInjection;\n"]
    for sub in ["Clients", "Options", "Repositories", "Services"]:
        lines.append(f"using {proj}.{sub};\n")
    name = proj.split(".")[2]
    lines.append(f"\nnamespace {proj};\n\npublic static class {name}ServiceCollectionExtensions\n{{\n")
    lines.append(f"    public static IServiceCollection Add{name}(this IServiceCollection services, IConfiguration configuration)\n    {{\n")
    for e in units:
        lines.append(f"        services.Configure<{e}Options>(configuration.GetSection({e}Options.SectionName));\n")
        lines.append(f"        services.AddScoped<I{e}Service, {e}Service>();\n")
        lines.append(f"        services.AddSingleton<I{e}Repository, InMemory{e}Repository>();\n")
        lines.append(f"        services.AddHttpClient<{e}ApiClient>();\n")
        lines.append(f"        services.AddHttpClient(\"{e.lower()}-upstream\");\n")
    lines.append("        return services;\n    }\n}\n")
    return "".join(lines)


def csproj(kind, refs):
    sdk = "Microsoft.NET.Sdk.Web" if kind == "web" else "Microsoft.NET.Sdk"
    props = "    <OutputType>Exe</OutputType>\n" if kind in ("web", "worker") else ""
    fw = "" if kind == "web" else '  <ItemGroup>\n    <FrameworkReference Include="Microsoft.AspNetCore.App" />\n  </ItemGroup>\n'
    prefs = "".join(f'    <ProjectReference Include="../{r}/{r}.csproj" />\n' for r in refs)
    prefs = f"  <ItemGroup>\n{prefs}  </ItemGroup>\n" if prefs else ""
    return (f'<Project Sdk="{sdk}">\n  <PropertyGroup>\n{props}  </PropertyGroup>\n{fw}{prefs}</Project>\n')


ROOT_PROPS = """<Project>
  <!-- Stops MSBuild from importing a Directory.Build.props above this folder (the AksReady repository's). -->
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <LangVersion>latest</LangVersion>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <GenerateDocumentationFile>false</GenerateDocumentationFile>
    <Deterministic>true</Deterministic>
    <AksReadyAnalyzersVersion Condition="'$(AksReadyAnalyzersVersion)' == ''">0.1.0</AksReadyAnalyzersVersion>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="AksReady.Analyzers" Version="$(AksReadyAnalyzersVersion)" PrivateAssets="all" />
  </ItemGroup>
</Project>
"""

ROOT_TARGETS = """<Project>
  <!-- Baseline builds (-p:BenchWithoutAksReady=true): same restore, same inputs, but the AksReady analyzer assemblies are
       taken out of the compiler's analyzer list, so the only difference between the two builds is the AksReady analyzers. -->
  <Target Name="BenchRemoveAksReadyAnalyzers" BeforeTargets="CoreCompile" Condition="'$(BenchWithoutAksReady)' == 'true'">
    <ItemGroup>
      <Analyzer Remove="@(Analyzer)" Condition="'%(Analyzer.NuGetPackageId)' == 'AksReady.Analyzers'" />
    </ItemGroup>
  </Target>
</Project>
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=20261125)
    ap.add_argument("--scale", type=float, default=1.2, help="multiplies the feature units per project")
    a = ap.parse_args()

    if os.path.exists(a.out):
        shutil.rmtree(a.out)
    w = Writer(a.out)
    g = Gen(a.seed)

    w.write("Directory.Build.props", ROOT_PROPS)
    w.write("Directory.Build.targets", ROOT_TARGETS)
    w.write("Directory.Packages.props", "<Project>\n  <PropertyGroup>\n    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>\n  </PropertyGroup>\n</Project>\n")

    sln = ["<Solution>\n"]
    web_variant = 0
    for proj, kind, n_units in PROJECTS:
        n_units = max(1, round(n_units * a.scale)) if kind != "core" else 0
        sln.append(f'  <Project Path="src/{proj}/{proj}.csproj" />\n')
        base = f"src/{proj}/"
        refs = [] if kind == "core" else ["Contoso.Shared.Core"]
        w.write(base + f"{proj}.csproj", csproj(kind, refs))
        if kind == "core":
            for name, text in CORE_FILES.items():
                w.write(base + name, "using System;\nusing System.Collections.Generic;\n\n" + text)
            continue
        units = g.r.sample(ENTITIES, n_units)
        for e in units:
            v = unit_values(g, proj, e, kind)
            w.write(base + f"Models/{e}Models.cs", fill(MODEL, PROPS=extra_props(g, v["LOWER"], g.r.randrange(4, 12)), **v))
            w.write(base + f"Options/{e}Options.cs", fill(OPTIONS, PROPS=extra_props(g, v["LOWER"], g.r.randrange(3, 10)), **v))
            w.write(base + f"Services/{e}Service.cs", service_file(g, v))
            if kind == "web":
                extra = CONTROLLER_EXTRA if g.r.random() < 0.6 else ""
                w.write(base + f"Controllers/{e}Controller.cs", fill(fill(CONTROLLER, EXTRA=extra), **v))
                w.write(base + f"Endpoints/{e}Endpoints.cs", fill(ENDPOINTS, **v))
                body = HC_BLOCKING if g.r.random() < 0.2 else HC_ASYNC
                w.write(base + f"HealthChecks/{e}DependencyHealthCheck.cs", fill(fill(HEALTHCHECK, BODY=body), **v))
            elif kind == "worker":
                loop = g.pick([LOOP_TIMER, LOOP_TIMER, LOOP_DELAY, LOOP_DELAY, LOOP_IGNORED])
                catchlog = g.pick([
                    '_logger.LogError(ex, "{Worker} iteration failed ({Failures} in a row)", nameof(__E__Worker), _consecutiveFailures);',
                    '_logger.LogError("{Worker} iteration failed: {Message}", nameof(__E__Worker), ex.Message);',
                    'Console.Error.WriteLine($"{nameof(__E__Worker)} failed: {ex}");',
                ])
                w.write(base + f"Workers/{e}Worker.cs", fill(fill(WORKER, LOOP=loop, CATCHLOG=catchlog), **v))
            else:
                w.write(base + f"Clients/{e}ApiClient.cs", fill(CLIENT, **v))
                w.write(base + f"Repositories/{e}Repository.cs", fill(REPOSITORY, **v))
        if kind == "web":
            w.write(base + "Program.cs", web_program(g, proj, units, web_variant % 4))
            web_variant += 1
        elif kind == "worker":
            w.write(base + "Program.cs", worker_program(g, proj, units))
        else:
            w.write(base + "ServiceCollectionExtensions.cs", lib_extensions(proj, units))
        if kind in ("web", "worker"):
            for env in ["", "Development", "Staging", "Production"]:
                name = "appsettings.json" if not env else f"appsettings.{env}.json"
                w.write(base + name, appsettings(g, proj, units, env))
            w.write(base + "Properties/launchSettings.json", json.dumps({"profiles": {proj: {
                "commandName": "Project", "applicationUrl": "http://localhost:5080",
                "environmentVariables": {"ASPNETCORE_ENVIRONMENT": "Development", "DOTNET_ENVIRONMENT": "Development"}}}}, indent=2) + "\n")
    sln.append("</Solution>\n")
    w.write("BenchSolution.slnx", "".join(sln))
    print(f"generated {w.cs_files} C# files, {w.cs_lines} C# lines, {w.files} files in total under {a.out}")


if __name__ == "__main__":
    main()

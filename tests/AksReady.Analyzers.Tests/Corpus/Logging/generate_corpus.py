#!/usr/bin/env python3
"""Generates the labelled logging corpus (AKS3001-AKS3007): <rule>.<positive|negative>.txt.

Each case is one C# file: "#### Case.cs | <note>" (optionally "| test-project" when the case belongs to a test project),
then the file content. Positives contain exactly the problem named by the file's rule; negatives are hard negatives for
that rule (the shapes a naive check gets wrong). Hand-written cases live in *.handwritten.txt and are not generated.
Run: python3 generate_corpus.py (fixed seed, so the output is stable).
"""
import random

R = random.Random(20261126)
cases = {}


def add(rule, label, note, body, test_project=False, also_positive=None):
    """also_positive: another rule whose problem the case contains too (a negative of its own rule, a positive of that one)."""
    key = '%s.%s' % (rule, label)
    flags = (' | test-project' if test_project else '') + (' | also-positive:' + also_positive if also_positive else '')
    cases.setdefault(key, []).append((note + flags, body))


# Warning-or-higher calls (AKS3006 reports them in a catch block that does not log the exception).
FAILURE_MARKERS = ('LogWarning', 'LogError', 'LogCritical', 'Log(level, eventId)', 'ILogger.Warning', 'ILogger.Error',
                   'ILogger.Fatal', 'Log.Warning', 'Log.Error')


# ------------------------------------------------------------------------------------------------ logging API shapes
# Each API: (usings, member declaration, call format). {t} = template, {a} = ", args" or "".
MEL_LEVELS = ['LogTrace', 'LogDebug', 'LogInformation', 'LogWarning', 'LogError', 'LogCritical']
SERILOG_LEVELS = ['Verbose', 'Debug', 'Information', 'Warning', 'Error', 'Fatal']
APIS = []
for level in MEL_LEVELS:
    APIS.append(('MEL ' + level, 'using Microsoft.Extensions.Logging;', 'ILogger<Handler> logger', 'logger.%s({t}{a});' % level))
APIS.append(('MEL Log(level)', 'using Microsoft.Extensions.Logging;', 'ILogger<Handler> logger', 'logger.Log(LogLevel.Information, {t}{a});'))
APIS.append(('MEL Log(level, eventId)', 'using Microsoft.Extensions.Logging;', 'ILogger logger', 'logger.Log(LogLevel.Warning, new EventId(7, "Handled"), {t}{a});'))
APIS.append(('MEL BeginScope', 'using Microsoft.Extensions.Logging;', 'ILogger<Handler> logger', 'using var scope = logger.BeginScope({t}{a});'))
for level in SERILOG_LEVELS:
    APIS.append(('Serilog ILogger.' + level, 'using Serilog;', 'ILogger logger', 'logger.%s({t}{a});' % level))
for level in ['Information', 'Warning', 'Error', 'Debug']:
    APIS.append(('Serilog static Log.' + level, 'using Serilog;', None, 'Log.%s({t}{a});' % level))
APIS.append(('Serilog Write(level)', 'using Serilog;\nusing Serilog.Events;', 'ILogger logger', 'logger.Write(LogEventLevel.Information, {t}{a});'))

PARAMS = 'int orderId, string customer, decimal total, TimeSpan elapsed, string region, int attempt, string? note'
VALUES = ['orderId', 'customer', 'total', 'elapsed', 'region', 'attempt']
NAMES = {'orderId': 'OrderId', 'customer': 'Customer', 'total': 'Total', 'elapsed': 'Elapsed', 'region': 'Region', 'attempt': 'Attempt'}
VERBS = ['Shipped', 'Accepted', 'Retrying', 'Cancelled', 'Loaded', 'Stored', 'Priced', 'Routed', 'Queued', 'Archived']
CLASSES = ['Handler']


def handler(api, statement, extra_members='', extra_usings=''):
    name, usings, member, _ = api
    field = ''
    ctor = ''
    if member is not None:
        field = '    private readonly %s;\n' % member
        ctor = '    public Handler(%s) => this.logger = logger;\n' % member
    return ('using System;\n%s%s\npublic sealed class Handler\n{\n%s%s%s'
            '    public void Handle(%s)\n    {\n        %s\n    }\n}\n') % (
        usings + '\n', extra_usings, field, ctor, extra_members, PARAMS, statement)


def call(api, template, args):
    return api[3].replace('{t}', template).replace('{a}', ''.join(', ' + a for a in args))


def pick_values(n):
    return R.sample(VALUES, n)


def const_template(values, verb=None):
    verb = verb or R.choice(VERBS)
    return '"%s %s"' % (verb, ' '.join('{%s}' % NAMES[v] for v in values))


# ------------------------------------------------------------------------------------------------ AKS3001
def nonconst_shapes(values):
    v0, v1 = values
    verb = R.choice(VERBS)
    return [
        ('interpolated string', '$"%s order {%s} for {%s}"' % (verb, v0, v1)),
        ('concatenation', '"%s order " + %s + " for " + %s' % (verb, v0, v1)),
        ('string.Format', 'string.Format("%s order {0} for {1}", %s, %s)' % (verb, v0, v1)),
        ('ToString of a builder', 'new System.Text.StringBuilder("%s ").Append(%s).ToString()' % (verb, v0)),
        ('string.Concat', 'string.Concat("%s ", %s.ToString())' % (verb, v0)),
        ('?: with an interpolated branch', 'attempt > 1 ? $"%s again {%s}" : "%s"' % (verb, v0, verb)),
        ('?? with an interpolated fallback', 'note ?? $"%s {%s}"' % (verb, v0)),
    ]


for api in APIS:
    for shape, template in nonconst_shapes(pick_values(2)):
        if 'BeginScope' in api[0] and shape.startswith('?'):
            continue
        # BeginScope(string) alone binds to the instance method ILogger.BeginScope<TState>(TState): the string is then the scope
        # state, not a template. With a value it binds to LoggerExtensions.BeginScope(messageFormat, args), a template.
        args = ['orderId'] if 'BeginScope' in api[0] else []
        add('aks3001', 'positive', '%s, %s' % (api[0], shape), handler(api, call(api, template, args)))

for i, (arity, template) in enumerate([(1, '$"Order {Environment.MachineName} {{OrderId}}"'), (1, '"Order on " + Environment.MachineName + " {OrderId}"'),
                                       (0, 'string.Format("Started {0}", DateTime.UtcNow)')]):
    generic = '<int>' if arity else ''
    body = ('using System;\nusing Microsoft.Extensions.Logging;\n\npublic static class Log%d\n{\n'
            '    private static readonly Action<ILogger, %sException?> Message = LoggerMessage.Define%s(LogLevel.Information, new EventId(%d, "M"), %s);\n}\n') % (
        i, 'int, ' if arity else '', generic, i + 1, template)
    add('aks3001', 'positive', 'LoggerMessage.Define with a computed template', body)

# Negatives: constant templates in every disguise, and computed strings that are arguments, not templates.
const_members = '    private const string Prefix = "Order";\n    private const string ShippedTemplate = Prefix + " {OrderId} shipped to {Customer}";\n'
for api in APIS:
    v = pick_values(2)
    variants = [
        ('literal template', call(api, const_template(v), v)),
        ('const field template', call(api, 'ShippedTemplate', ['orderId', 'customer'])),
        ('const + const concatenation', call(api, 'Prefix + " {OrderId} accepted"', ['orderId'])),
        ('constant interpolated string', call(api, '$"{Prefix} {{OrderId}} routed"', ['orderId'])),
        ('?: between constants', call(api, 'attempt > 1 ? "Retry {Attempt}" : "First try {Attempt}"', ['attempt'])),
        ('interpolation in an argument, not the template', call(api, '"Summary {Summary}"', ['$"{orderId}/{customer}"'])),
        ('template parameter of a wrapper (not judged)', None),
    ]
    for note, statement in variants:
        if statement is None:
            if 'BeginScope' in api[0] or 'static' in api[0]:
                continue
            body = handler(api, call(api, 'template', ['orderId']), extra_members=const_members).replace(PARAMS, PARAMS + ', string template')
        else:
            body = handler(api, statement, extra_members=const_members)
        add('aks3001', 'negative', '%s, %s' % (api[0], note), body)

for api in APIS:
    if 'BeginScope' in api[0]:
        for shape, template in nonconst_shapes(pick_values(2))[:3]:
            add('aks3001', 'negative', '%s, %s without values (ILogger.BeginScope<TState>: the string is the state, no template)' % (api[0], shape),
                handler(api, call(api, template, [])))

# ------------------------------------------------------------------------------------------------ AKS3002
for api in APIS:
    v = pick_values(3)
    verb = R.choice(VERBS)
    problems = [
        ('two placeholders, one argument', '"%s {%s} for {%s}"' % (verb, NAMES[v[0]], NAMES[v[1]]), v[:1]),
        ('one placeholder, two arguments', '"%s {%s}"' % (verb, NAMES[v[0]]), v[:2]),
        ('no placeholder, one argument', '"%s the order"' % verb, v[:1]),
        ('unclosed brace', '"%s {%s for {%s}"' % (verb, NAMES[v[0]], NAMES[v[1]]), v[:2]),
        ('unmatched closing brace', '"%s %s} now"' % (verb, NAMES[v[0]]), v[:1]),
        ('camelCase placeholder', '"%s {%s}"' % (verb, v[0]), v[:1]),
    ]
    if not api[0].startswith('Serilog'):
        # {OriginalFormat} is the key Microsoft.Extensions.Logging stores the template under; Serilog has no such key.
        problems.append(('reserved OriginalFormat placeholder', '"%s {OriginalFormat}"' % verb, v[:1]))
        problems.append(('duplicate placeholder name', '"%s {%s} then {%s}"' % (verb, NAMES[v[0]], NAMES[v[0]]), v[:2]))
    for note, template, args in problems:
        # Casing has its own rule since 2026-11-27 (AKS3007, Info); the case is kept where it was drawn.
        rule = 'aks3007' if note.startswith('camelCase') else 'aks3002'
        add(rule, 'positive', '%s, %s' % (api[0], note), handler(api, call(api, template, args)))

for i, (generic, template) in enumerate([('<int, string>', '"Order {OrderId} shipped"'), ('<int>', '"Order {OrderId} for {Customer}"'),
                                         ('<int>', '"Order {orderId} shipped"'), ('', '"Order {OrderId shipped"')]):
    types = generic[1:-1] + ', ' if generic else ''
    body = ('using System;\nusing Microsoft.Extensions.Logging;\n\npublic static class Log%d\n{\n'
            '    public static readonly Action<ILogger, %sException?> Message = LoggerMessage.Define%s(LogLevel.Information, new EventId(%d, "M"), %s);\n}\n') % (
        i, types, generic, i + 1, template)
    if '{orderId}' in template:
        add('aks3007', 'positive', 'LoggerMessage.Define, camelCase placeholder', body)
    else:
        add('aks3002', 'positive', 'LoggerMessage.Define, template does not match the type arguments', body)

for api in APIS:
    v = pick_values(3)
    verb = R.choice(VERBS)
    fine = [
        ('matching count', const_template(v, verb), v),
        ('escaped braces', '"%s {{literal}} {%s}"' % (verb, NAMES[v[0]]), v[:1]),
        ('format specifier', '"%s in {Elapsed:c} for {Total:0.00}"' % verb, ['elapsed', 'total']),
        ('alignment', '"%s {Customer,-20}|{Region,8}"' % verb, ['customer', 'region']),
        ('no placeholder, no argument', '"%s the batch"' % verb, []),
        ('JSON-looking text with escaped braces', '"%s payload {{\\"id\\": {OrderId}}}"' % verb, ['orderId']),
    ]
    if api[0].startswith('Serilog'):
        fine.append(('Serilog destructuring', '"%s {@Order} with {$Region}"' % verb, ['new { Id = orderId, Total = total }', 'region']))
        fine.append(('Serilog repeated positional', '"%s {0} and again {0}"' % verb, ['orderId']))
    else:
        fine.append(('params array built elsewhere', '"%s {OrderId} {Customer}"' % verb, ['values']))
    for note, template, args in fine:
        stmt = call(api, template, args)
        if args == ['values']:
            stmt = 'object?[] values = { orderId, customer };\n        ' + stmt
        add('aks3002', 'negative', '%s, %s' % (api[0], note), handler(api, stmt))

for i, (generic, template) in enumerate([('<int, string>', '"Order {OrderId} for {Customer}"'), ('<int>', '"Order {OrderId} shipped"'), ('', '"Cache warmed"')]):
    types = generic[1:-1] + ', ' if generic else ''
    body = ('using System;\nusing Microsoft.Extensions.Logging;\n\npublic static class Log%d\n{\n'
            '    public static readonly Action<ILogger, %sException?> Message = LoggerMessage.Define%s(LogLevel.Information, new EventId(%d, "M"), %s);\n}\n') % (
        i, types, generic, i + 1, template)
    add('aks3002', 'negative', 'LoggerMessage.Define matching its type arguments', body)

# ------------------------------------------------------------------------------------------------ AKS3003
EXC = ['InvalidOperationException', 'HttpRequestException', 'TimeoutException', 'Exception', 'IOException']
EXC_USING = 'using System.IO;\nusing System.Net.Http;\n'
non_scope = [a for a in APIS if 'BeginScope' not in a[0]]
for api in non_scope:
    exc = R.choice(EXC)
    verb = R.choice(VERBS)
    shapes = [
        ('exception as a template argument', call(api, '"%s failed for {OrderId}: {Error}"' % verb, ['orderId', 'ex'])),
        ('only ex.Message in a catch', call(api, '"%s failed for {OrderId}: {Reason}"' % verb, ['orderId', 'ex.Message'])),
        ('only ex.ToString() in a catch', call(api, '"%s failed: {Details}"' % verb, ['ex.ToString()'])),
        ('ex.Message interpolated in a catch', call(api, '$"%s failed: {ex.Message}"' % verb, [])),
    ]
    for note, statement in shapes:
        body = 'try\n        {\n            Work(orderId);\n        }\n        catch (%s ex)\n        {\n            %s\n        }' % (exc, statement)
        add('aks3003', 'positive', '%s, %s (%s)' % (api[0], note, exc),
            handler(api, body, extra_members='    private static void Work(int id) { }\n', extra_usings=EXC_USING))

for api in non_scope:
    exc = R.choice(EXC)
    verb = R.choice(VERBS)
    if api[0].startswith('Serilog'):
        with_ex = api[3].replace('{t}', 'ex, {t}')
    elif 'Log(level' in api[0]:
        with_ex = api[3].replace('{t}', 'ex, {t}')
    else:
        with_ex = api[3].replace('{t}', 'ex, {t}')
    api_ex = (api[0], api[1], api[2], with_ex)
    shapes = [
        ('exception passed as the exception argument', call(api_ex, '"%s failed for {OrderId}"' % verb, ['orderId'])),
        ('exception passed, plus ex.Message as a value', call(api_ex, '"%s failed: {Reason}"' % verb, ['ex.Message'])),
        ('exception passed, exception type name as a value', call(api_ex, '"%s failed with {ExceptionType}"' % verb, ['ex.GetType().Name'])),
        ('Message of a non-exception object in a catch', call(api, '"%s rejected: {Reason}"' % verb, ['result.Message'])),
    ]
    for note, statement in shapes:
        body = ('var result = new Outcome("ok");\n        try\n        {\n            Work(orderId);\n        }\n        catch (%s ex)\n        {\n            %s\n        }') % (exc, statement)
        # Logging only result.Message at Warning or above drops the caught exception: that is AKS3006's problem.
        unlogged = note.startswith('Message of a non-exception') and api[0].endswith(FAILURE_MARKERS)
        add('aks3003', 'negative', '%s, %s (%s)' % (api[0], note, exc),
            handler(api, body, extra_members='    private sealed record Outcome(string Message);\n    private static void Work(int id) { }\n', extra_usings=EXC_USING),
            also_positive='AKS3006' if unlogged else None)
    # Outside a catch: a message string that is not an exception at all.
    add('aks3003', 'negative', '%s, validation message outside a catch' % api[0],
        handler(api, 'var error = new System.ComponentModel.DataAnnotations.ValidationResult("Customer is required");\n        '
                + call(api, '"Validation failed: {Reason}"', ['error.ErrorMessage'])))

# ------------------------------------------------------------------------------------------------ AKS3004
OUTPUTS = [('Console.WriteLine', 'Console.WriteLine("Processing {0}", id);'), ('Console.Write', 'Console.Write("tick ");'),
           ('Console.Error.WriteLine', 'Console.Error.WriteLine("failed " + id);'), ('Console.Out.WriteLine', 'Console.Out.WriteLine($"order {id}");'),
           ('Debug.WriteLine', 'Debug.WriteLine("order " + id);'), ('Trace.TraceInformation', 'Trace.TraceInformation("order {0}", id);'),
           ('Trace.TraceError', 'Trace.TraceError("failed {0}", id);'), ('Trace.WriteLine', 'Trace.WriteLine("order");'),
           ('Debug.Print', 'Debug.Print("order {0}", id);')]
SVC_USING = ('using System;\nusing System.Diagnostics;\nusing System.Threading;\nusing System.Threading.Tasks;\nusing Microsoft.AspNetCore.Builder;\n'
             'using Microsoft.AspNetCore.Http;\nusing Microsoft.AspNetCore.Mvc;\nusing Microsoft.Extensions.Hosting;\nusing Microsoft.Extensions.Logging;\n\n')


def controller(stmt):
    return SVC_USING + ('[ApiController]\n[Route("orders")]\npublic sealed class OrdersController : ControllerBase\n{\n    [HttpGet("{id:int}")]\n'
                        '    public IActionResult Get(int id)\n    {\n        %s\n        return Ok(id);\n    }\n}\n') % stmt


def worker(stmt):
    return SVC_USING + ('public sealed class OrdersWorker : BackgroundService\n{\n    protected override async Task ExecuteAsync(CancellationToken stoppingToken)\n    {\n'
                        '        var id = 1;\n        while (!stoppingToken.IsCancellationRequested)\n        {\n            %s\n'
                        '            await Task.Delay(1000, stoppingToken);\n            id++;\n        }\n    }\n}\n') % stmt


def hosted(stmt):
    return SVC_USING + ('public sealed class Warmup : IHostedService\n{\n    public Task StartAsync(CancellationToken cancellationToken)\n    {\n        var id = 0;\n'
                        '        %s\n        return Task.CompletedTask;\n    }\n\n    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;\n}\n') % stmt


def middleware(stmt):
    return SVC_USING + ('public sealed class TimingMiddleware\n{\n    private readonly RequestDelegate next;\n\n    public TimingMiddleware(RequestDelegate next) => this.next = next;\n\n'
                        '    public async Task InvokeAsync(HttpContext context)\n    {\n        var id = context.TraceIdentifier;\n        %s\n'
                        '        await next(context);\n    }\n}\n') % stmt


def minimal_api(stmt):
    return SVC_USING + ('public static class OrderEndpoints\n{\n    public static void Map(WebApplication app)\n    {\n'
                        '        app.MapGet("/orders/{id:int}", (int id) =>\n        {\n            %s\n            return Results.Ok(id);\n        });\n    }\n}\n') % stmt


for host_name, host in [('controller', controller), ('BackgroundService', worker), ('IHostedService', hosted), ('middleware', middleware), ('minimal API handler', minimal_api)]:
    for out_name, stmt in OUTPUTS:
        add('aks3004', 'positive', '%s in a %s' % (out_name, host_name), host(stmt))


def console_main(stmt):
    return SVC_USING + ('public static class Program\n{\n    public static int Main(string[] args)\n    {\n        var id = args.Length;\n        %s\n'
                        '        return 0;\n    }\n}\n') % stmt


def cli_tool(stmt):
    return ('using System;\nusing System.Diagnostics;\n\npublic static class MigrationTool\n{\n    public static void Report(int id)\n    {\n        %s\n    }\n}\n') % stmt


def startup_helper(stmt):
    return SVC_USING + ('public static class StartupBanner\n{\n    public static void Print(WebApplicationBuilder builder)\n    {\n        var id = builder.Environment.EnvironmentName;\n'
                        '        %s\n    }\n}\n') % stmt


for out_name, stmt in OUTPUTS:
    add('aks3004', 'negative', '%s in a console Main' % out_name, console_main(stmt))
    add('aks3004', 'negative', '%s in a static helper that is not service code' % out_name, startup_helper(stmt))
    add('aks3004', 'negative', '%s in a controller of a test project' % out_name, controller(stmt), test_project=True)
    add('aks3004', 'negative', '%s in a hosted service of a test project' % out_name, worker(stmt), test_project=True)
for host_name, host in [('controller', controller), ('BackgroundService', worker), ('middleware', middleware), ('minimal API handler', minimal_api)]:
    add('aks3004', 'negative', 'Debug.Assert in a %s' % host_name, host('Debug.Assert(id.ToString().Length > 0, "id");'))
    add('aks3004', 'negative', 'Stopwatch in a %s' % host_name, host('var watch = Stopwatch.StartNew(); _ = watch.ElapsedMilliseconds;'))

# ------------------------------------------------------------------------------------------------ AKS3005
SECRET_PLACEHOLDERS = ['Password', 'ApiKey', 'ConnectionString', 'AccessToken', 'ClientSecret', 'BearerToken', 'RefreshToken', 'DbPassword', 'SasToken', 'PrivateKey']
SECRET_ARGS = ['password', 'apiKey', 'connectionString', 'accessToken', 'clientSecret', 'token', 'refreshToken', 'secret', 'credentials', 'privateKey']
for i, api in enumerate(APIS):
    ph = SECRET_PLACEHOLDERS[i % len(SECRET_PLACEHOLDERS)]
    arg = SECRET_ARGS[i % len(SECRET_ARGS)]
    params = PARAMS + ', string %s' % arg
    add('aks3005', 'positive', '%s, placeholder {%s}' % (api[0], ph),
        handler(api, call(api, '"Connecting with {%s}"' % ph, [arg])).replace(PARAMS, params))
    add('aks3005', 'positive', '%s, argument named %s under a neutral placeholder' % (api[0], arg),
        handler(api, call(api, '"Calling upstream with {Value}"', [arg])).replace(PARAMS, params))
    if not api[0].startswith('Serilog static'):
        add('aks3005', 'positive', '%s, options.%s property' % (api[0], ph),
            handler(api, call(api, '"Using {Setting}"', ['options.%s' % ph]),
                    extra_members='    private sealed class Options { public string %s { get; set; } = ""; }\n    private readonly Options options = new();\n' % ph))

NEUTRAL_SECRETISH = [('PasswordResetUrl', 'string', 'passwordResetUrl'), ('TokenExpiry', 'DateTimeOffset', 'tokenExpiry'), ('SecretName', 'string', 'secretName'),
                     ('ApiKeyId', 'string', 'apiKeyId'), ('TokenType', 'string', 'tokenType'), ('CredentialProvider', 'string', 'credentialProvider'),
                     ('PasswordLength', 'int', 'passwordLength'), ('HasPassword', 'bool', 'hasPassword'), ('TokenCount', 'int', 'tokenCount'),
                     ('TokenEndpoint', 'Uri', 'tokenEndpoint'), ('KeyVaultName', 'string', 'keyVaultName'), ('SecretVersion', 'string', 'secretVersion')]
for i, api in enumerate(APIS):
    ph, typ, arg = NEUTRAL_SECRETISH[i % len(NEUTRAL_SECRETISH)]
    params = PARAMS + ', %s %s' % (typ, arg)
    add('aks3005', 'negative', '%s, metadata about a secret {%s}' % (api[0], ph),
        handler(api, call(api, '"Auth configured: {%s}"' % ph, [arg])).replace(PARAMS, params))
    add('aks3005', 'negative', '%s, cancellation token and user name' % api[0],
        handler(api, call(api, '"Request for {User} cancelled: {Cancelled}"', ['userName', 'cancellationToken.IsCancellationRequested'])).replace(
            PARAMS, PARAMS + ', string userName, System.Threading.CancellationToken cancellationToken'))

# ------------------------------------------------------------------------------------------------ AKS3006
# A Warning-or-higher call in a catch block that logs without the caught exception, which nothing else records.
FAILURE_APIS = [a for a in APIS if a[0].endswith(FAILURE_MARKERS)]
QUIET_APIS = [a for a in APIS if not a[0].endswith(FAILURE_MARKERS) and 'BeginScope' not in a[0]]
WORK = '    private static void Work(int id) { }\n'
CATCH_FORMS = [('catch (HttpRequestException ex)', 'a variable it never reads'), ('catch (IOException)', 'no variable'),
               ('catch', 'a bare catch'), ('catch (Exception ex) when (ex is not OperationCanceledException)', 'a variable read only by the filter'),
               ('catch (InvalidOperationException)', 'the call inside an if')]


def in_catch(api, catch, body, extra_members=''):
    statement = 'try\n        {\n            Work(orderId);\n        }\n        %s\n        {\n            %s\n        }' % (
        catch, body.replace('\n', '\n            '))
    return handler(api, statement, WORK + extra_members, 'using System.IO;\nusing System.Net.Http;\n')


def with_exception(api):
    if api[0].startswith('MEL'):
        return 'logger.LogError(ex, "Order {OrderId} failed", orderId);'
    return ('Log' if api[2] is None else 'logger') + '.Error(ex, "Order {OrderId} failed", orderId);'


for api in FAILURE_APIS:
    failure = call(api, '"Order {OrderId} failed"', ['orderId'])
    for catch, what in CATCH_FORMS:
        body = 'if (attempt > 3)\n{\n    %s\n}' % failure if 'inside an if' in what else failure
        add('aks3006', 'positive', '%s in %s (%s)' % (api[0], catch, what), in_catch(api, catch, body))
    add('aks3006', 'negative', '%s, then rethrown' % api[0], in_catch(api, 'catch (Exception)', failure + '\nthrow;'))
    add('aks3006', 'negative', '%s, exception kept in a field' % api[0],
        in_catch(api, 'catch (Exception ex)', failure + '\nlastError = ex;', '    private Exception? lastError;\n'))
    add('aks3006', 'negative', '%s after a call that logs the exception' % api[0],
        in_catch(api, 'catch (Exception ex)', with_exception(api) + '\n' + failure))
    add('aks3006', 'negative', '%s on cancellation' % api[0], in_catch(api, 'catch (OperationCanceledException)', failure))
    if api[0].endswith(('LogWarning', 'Warning', 'Log(level, eventId)')):
        # A Warning for an expected condition the type says all about (a timeout), with no variable: a handled fallback.
        add('aks3006', 'negative', '%s in catch (TimeoutException) (no variable, Warning)' % api[0],
            in_catch(api, 'catch (TimeoutException)', failure))
for api in QUIET_APIS:
    add('aks3006', 'negative', '%s (below Warning) in a bare catch' % api[0],
        in_catch(api, 'catch', call(api, '"Order {OrderId} skipped"', ['orderId'])))

# ------------------------------------------------------------------------------------------------ AKS3007
# Named placeholders that are not PascalCase. No random draws here, so the sections above stay as they were.
for api in APIS:
    serilog = api[0].startswith('Serilog')
    verb = VERBS[len(cases.get('aks3007.positive', [])) % len(VERBS)]
    add('aks3007', 'positive', '%s, snake_case placeholder with a format' % api[0], handler(api, call(api, '"%s {order_total:0.00}"' % verb, ['total'])))
    if serilog:
        add('aks3007', 'positive', '%s, destructured lower-case name' % api[0], handler(api, call(api, '"%s {@customer}"' % verb, ['customer'])))
    else:
        add('aks3007', 'positive', '%s, lower-case single word' % api[0], handler(api, call(api, '"%s in {region}"' % verb, ['region'])))
    add('aks3007', 'negative', '%s, PascalCase with alignment and format' % api[0],
        handler(api, call(api, '"%s {Customer,-12} {Total:0.00}"' % verb, ['customer', 'total'])))
    add('aks3007', 'negative', '%s, escaped lower-case braces next to a PascalCase placeholder' % api[0],
        handler(api, call(api, '"%s {{orderId}} as {OrderId}"' % verb, ['orderId'])))
    add('aks3007', 'negative', '%s, discard and underscore-led names' % api[0],
        handler(api, call(api, '"%s {_} and {_attempt}"' % verb, ['orderId', 'attempt'])))
    add('aks3007', 'negative', '%s, positional placeholders' % api[0],
        handler(api, call(api, '"%s {0} for {1}"' % verb, ['orderId', 'customer'])))

for key, items in cases.items():
    with open(key + '.txt', 'w') as f:
        f.write('# Logging corpus: %s. Generated by generate_corpus.py; see also %s.handwritten.txt.\n' % (key, key))
        f.write('# Each case starts with "#### <file name> | <note>[ | test-project]"; the lines up to the next header are the file content.\n')
        for note, body in items:
            f.write('#### Case.cs | %s\n%s' % (note, body if body.endswith('\n') else body + '\n'))
    print(key, len(items))

#!/usr/bin/env python3
"""Writes logging-3.txt: the third held-out logging set (AKS3001-AKS3003), see README.md ('Logging, set 3').

Built on 2026-11-27 from main 9ec6454 and committed with its measuring test (External/ExternalLoggingCorpusTests.cs)
before the logging analyzers were run on it. Aimed mostly at AKS3001 (constant message template), secondarily at
AKS3002 (template / argument problems) and AKS3003 (exception passed wrongly). Sources are peers used in no earlier
set: linters for Python (ruff's flake8-logging-format port, pylint, flake8-logging), Java (findbugs-slf4j,
errorprone-slf4j) and Go (sloglint), their test inputs re-typed as C# and labelled by what the peer test asserts,
never by what AksReady reports.

Re-typing (details in README.md):
- Python module-level calls (`logging.info(...)`, `info(...)`) -> Serilog's static `Log.Information(...)`;
  `logging.log(logging.INFO, ...)` -> `Log.Write(LogEventLevel.Information, ...)`; logger objects
  (`logger.info`, `logging.getLogger(...).info`) -> Microsoft.Extensions.Logging `logger.LogInformation(...)` /
  `logger.Log(LogLevel.Information, ...)`; `exception()` -> Error level; `warn` -> Warning.
- f-strings -> interpolated strings (format specs `.2f` -> `F2`, `d` -> `D`); `"...{}".format(x)` and
  `"...%s" % x` -> `string.Format("...{0}", x)`; `+` stays `+`; Python's implicit literal concatenation -> `+`.
- lazy templates: `%s` / `{}` / slf4j `{}` -> named PascalCase placeholders (`{Value}`, `{First}`, `{Second}`, or a
  name taken from the argument); `{0}` stays `{0}`.
- slf4j: a trailing Throwable -> the exception argument (first); a Marker -> an EventId; `getMessage()` -> `.Message`;
  `LoggerFactory.getLogger(getClass()).info` -> `loggerFactory.CreateLogger(GetType()).LogInformation`;
  `static final String` -> `const string`.
- Go slog: `slog.Info` -> `Log.Information`; `slog.InfoContext(ctx, ...)` -> an injected Serilog `ILogger`'s
  `Information`; `slog.Log(ctx, slog.LevelInfo, ...)` -> `Log.Write(LogEventLevel.Information, ...)`;
  `slog.With(k, v).Info` -> `Log.ForContext(k, v).Information`; `fmt.Sprintf(...)` -> `string.Format(...)`.

Header: '=== positive|negative <rules> | source: <repo>:<path>@<commit> | <note>'. <rules> is one AKS id or several
separated by ','. A positive is a case in which the peer asserts the problem those rules cover; a negative is a case
the peer asserts clean for the problem those rules cover. One peer statement is one case; statements that re-type to
identical C# within one peer file are one case. What was left out, and why: README.md.
"""
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
P = "positive"
N = "negative"
CASES = []  # (label, rules, source, note, text)

R1 = ["AKS3001"]
R2 = ["AKS3002"]
R3 = ["AKS3003"]
R12 = ["AKS3001", "AKS3002"]
R123 = ["AKS3001", "AKS3002", "AKS3003"]
R23 = ["AKS3002", "AKS3003"]

MEL = ("System", "System.Collections.Generic", "Microsoft.Extensions.Logging")
SER = ("System", "System.Collections.Generic", "Serilog", "Serilog.Events")


def case(label, rules, source, note, text):
    assert "|" not in source and "|" not in note, note
    CASES.append((label, rules, source, note, text.strip("\n")))


def indent(text, n):
    pad = " " * n
    return "\n".join(pad + line if line.strip() else "" for line in text.strip("\n").split("\n"))


def cls(name, members, usings):
    head = "".join(f"using {u};\n" for u in usings)
    return f"{head}\npublic class {name}\n{{\n{indent(members, 4)}\n}}"


def method(signature, body):
    return f"{signature}\n{{\n{indent(body, 4)}\n}}"


def mel(name, body, params="", extra="", factory=False, usings=MEL):
    """A class with an injected Microsoft.Extensions.Logging `logger` (and `loggerFactory`), `body` in Run(params)."""
    fields = "private readonly ILogger logger;\n"
    ctor = f"public {name}(ILogger logger) => this.logger = logger;\n"
    if factory:
        fields += "private readonly ILoggerFactory loggerFactory;\n"
        ctor = (f"public {name}(ILogger logger, ILoggerFactory loggerFactory)\n{{\n    this.logger = logger;\n"
                f"    this.loggerFactory = loggerFactory;\n}}\n")
    members = fields + "\n" + ctor + "\n" + method(f"public void Run({params})", body)
    if extra:
        members += "\n\n" + extra.strip("\n")
    return cls(name, members, usings)


def ser(name, body, params="", extra="", usings=SER):
    """A class calling Serilog's static `Log` (and an injected Serilog `log` instance) in Run(params)."""
    members = ("private readonly Serilog.ILogger log;\n\n"
               f"public {name}(Serilog.ILogger log) => this.log = log;\n\n" + method(f"public void Run({params})", body))
    if extra:
        members += "\n\n" + extra.strip("\n")
    return cls(name, members, usings)


# =====================================================================================================================
# Sources
# =====================================================================================================================
RUFF = "astral-sh/ruff:crates/ruff_linter/resources/test/fixtures/flake8_logging_format/"
G001 = RUFF + "G001.py@42670653100dc6c606fbdc0476804b325bb09cb2"
G003 = RUFF + "G003.py@3d714758dfea4a280e35ea20acfd7f9f30ccb75b"
G004 = RUFF + "G004.py@09e44b31fbd8b15f8f782c27a3d01f7085d917ba"
G004_CONCAT = RUFF + "G004_implicit_concat.py@39a528ed17d85e089779fd5a71b5cb797a549a1d"
G004_ORDER = RUFF + "G004_arg_order.py@1e1cc75a32ce75503bbf23f21f8d563b03093ba8"
G_OK = RUFF + "G_simple_ok.py@ff689ec68beded6017ad70456bb1c3011a833331"

PYL = "pylint-dev/pylint:tests/functional/l/logging/"
PYL_FSTRING = PYL + "logging_fstring_interpolation_py37.py@c150025a671b246a00b056060f0d3739d47a79d0"
PYL_FSTRING36 = PYL + "logging_format_interpolation_py36.py@be571d1cf11b22b17edc1c70a3126aee39004d4b"
PYL_NOT_LAZY = PYL + "logging_not_lazy.py@64f15e90bda7b4542993c01fbde83ccd70488824"
PYL_NOT_LAZY_LOGGER = PYL + "logging_not_lazy_with_logger.py@1b33782290b3bbbf5aad69f8eb5d81c1476b39c3"
PYL_FORMAT = PYL + "logging_format_interpolation.py@1c9d71b77098101dfabb7ed0271a80aba4810b7f"
PYL_STYLE = PYL + "logging_format_interpolation_style.py@279c5665dfad455377b8e08c4850706a382e9f82"
PYL_MANY = PYL + "logging_too_many_args_new_style.py@c91c317c5cb7fbc6c87fe7af4b6dbaf414d21067"
PYL_FEW = PYL + "logging_too_few_args_new_style.py@91fbaf477e71746e7934763aa2aae731341a52b9"

F8L = "adamchainz/flake8-logging:tests/test_flake8_logging.py@8daf6f4d72a211afba8a9d83d1b6bb16c5d092ef"

FB = "KengoTODA/findbugs-slf4j:test-case/src/main/java/pkg/"
FB_CONCAT = FB + "UsingConcatedStringAsFormat.java@5bfd2fc5e869f6baeb582db19b7b22586dab275b"
FB_NONCONST = FB + "UsingNonConstantAsFormat.java@5bfd2fc5e869f6baeb582db19b7b22586dab275b"
FB_CONST = FB + "UsingConstantAsFormat.java@5bfd2fc5e869f6baeb582db19b7b22586dab275b"
FB_MSGONLY = FB + "MessageOnly.java@1b3f8fe57e4efe53f0be5d14a0508596b6efcf4d"
FB_ONE = FB + "UsingOnePlaceHolder.java@5bfd2fc5e869f6baeb582db19b7b22586dab275b"
FB_TWO_ONE = FB + "UsingTwoPlaceHolderWithOneParameter.java@49ea168fb07e9bf2578f8b42fea6d06c1b36218b"
FB_GETMSG = FB + "UsingGetMessage.java@1250468fec9020956d74954d2b4ce492ed62373a"
FB_THROW1 = FB + "UsingThrowableWithParameter.java@31c35ab465521d45adfcf355f25e783322ec5659"
FB_THROW2 = FB + "UsingThrowableWithTwoParameters.java@41efc9c4f6ce9cad59a75e2be5e93724fd7c922a"
FB_CAUGHT = FB + "UsingCaughtExceptionToLog.java@4470b7b0878ab2be19a3e155789a459cdd65006a"
FB_ISSUE14 = FB + "Issue14.java@24559818351414f18b9307331e316ff12a74f245"
FB_ISSUE35 = FB + "Issue35.java@13111f902fd7080f9b19219164a1e0522d15fab5"
FB_MARKER = FB + "UsingMarker.java@0bf7f02bbe7508b3c09e25e672cd7f6014b0b793"
FB_ARGS = FB + "UsingArgumentAsParameter.java@5bfd2fc5e869f6baeb582db19b7b22586dab275b"

EP = "KengoTODA/errorprone-slf4j:src/test/java/jp/skypencil/errorprone/slf4j/"
EP_CONST = EP + "Slf4jFormatShouldBeConstTest.java@7abb8daa5d533f68a90262656c111cbfc4a821e1"
EP_MISMATCH = EP + "Slf4jPlaceholderMismatchTest.java@51c83e6bcf2778740092a2be5954a036f1c076f1"
EP_MESSAGE = EP + "Slf4jDoNotLogMessageOfExceptionExplicitlyTest.java@51c83e6bcf2778740092a2be5954a036f1c076f1"

SLOG = "go-simpler/sloglint:testdata/src/static_msg/static_msg.go@8c135a1cee614244775018df015cfc7a98c3ed4e"

# =====================================================================================================================
# ruff flake8-logging-format (G001 str.format, G003 '+', G004 f-string): every statement of the fixture is flagged
# in the rule's snapshot (crates/ruff_linter/src/rules/flake8_logging_format/snapshots/...G00x.py.snap); G_simple_ok
# asserts no diagnostic. Python aliases of the same call (`import logging as foo`, flask's `current_app.logger` vs
# `flask.current_app.logger`) re-type to identical C# and are one case. G002 ('%' formatting) re-types to the same
# string.Format calls as G001 and is left out.
# =====================================================================================================================


def ruff_static(label, src, note, stmt, locals_=""):
    case(label, R1, src, note, ser("Greeter", (locals_ + "\n" if locals_ else "") + stmt))


def ruff_mel(label, src, note, stmt, locals_="", factory=False, extra=""):
    case(label, R1, src, note, mel("Greeter", (locals_ + "\n" if locals_ else "") + stmt, factory=factory, extra=extra))


ruff_static(P, G001, 'G001 logging.info("Hello {}".format("World!"))', 'Log.Information(string.Format("Hello {0}", "World!"));')
ruff_static(P, G001, 'G001 logging.log(logging.INFO, "Hello {}".format("World!"))',
            'Log.Write(LogEventLevel.Information, string.Format("Hello {0}", "World!"));')
ruff_static(P, G001, 'G001 logging.log(logging.INFO, msg="Hello {}".format("World!")) (named template argument)',
            'Log.Write(LogEventLevel.Information, messageTemplate: string.Format("Hello {0}", "World!"));')
ruff_static(P, G001, 'G001 logging.log(level=logging.INFO, msg="Hello {}".format("World!")) (both named)',
            'Log.Write(level: LogEventLevel.Information, messageTemplate: string.Format("Hello {0}", "World!"));')
ruff_static(P, G001, 'G001 logging.log(msg="Hello {}".format("World!"), level=logging.INFO) (named, reversed order)',
            'Log.Write(messageTemplate: string.Format("Hello {0}", "World!"), level: LogEventLevel.Information);')
APP = "public sealed class App\n{\n    public ILogger Logger { get; init; }\n}"
ruff_mel(P, G001, 'G001 current_app.logger.info("Hello {}".format("World!")) (logger reached through another object)',
         'app.Logger.LogInformation(string.Format("Hello {0}", "World!"));', extra="private readonly App app = new App();\n\n" + APP)
ruff_mel(P, G001, 'G001 app.logger.log(logging.INFO, "Hello {}".format("World!"))',
         'app.Logger.Log(LogLevel.Information, string.Format("Hello {0}", "World!"));', extra="private readonly App app = new App();\n\n" + APP)

ruff_static(P, G003, 'G003 logging.info("Hello" + " " + "World!") (all operands literals)', 'Log.Information("Hello" + " " + "World!");')
ruff_static(P, G003, 'G003 logging.log(logging.INFO, "Hello" + " " + "World!") (all operands literals)',
            'Log.Write(LogEventLevel.Information, "Hello" + " " + "World!");')

NAME = 'var name = "world";'
ruff_static(P, G004, 'G004 logging.info(f"Hello {name}")', 'Log.Information($"Hello {name}");', NAME)
ruff_static(P, G004, 'G004 logging.log(logging.INFO, f"Hello {name}")', 'Log.Write(LogEventLevel.Information, $"Hello {name}");', NAME)
ruff_mel(P, G004, 'G004 _LOGGER.info(f"{__name__}") (__name__ as the type name)', 'logger.LogInformation($"{GetType().FullName}");')
ruff_mel(P, G004, 'G004 logging.getLogger().info(f"{name}")', 'loggerFactory.CreateLogger("root").LogInformation($"{name}");', NAME, factory=True)
ruff_static(P, G004, 'G004 info(f"{name}") (from logging import info)', 'Log.Information($"{name}");', NAME)
ruff_static(P, G004, 'G004 info(f"{__name__}") (from logging import info)', 'Log.Information($"{GetType().FullName}");')
ruff_static(P, G004, "G004 multi-line f-string with three variables",
            'Log.Information(\n    $"Cleaned {theNumberOfFilesChanged} out of {theTotalNumberOfFiles} files in {directoryPath}.");',
            'var theTotalNumberOfFiles = 100;\nvar theNumberOfFilesChanged = 25;\nvar directoryPath = "/home/hamir/project";')
ruff_static(P, G004, "G004 attribute access in the f-string", 'Log.Information($"No changes made to {filePath.Name}.");',
            'var filePath = new System.IO.FileInfo("config.py");')
ruff_static(P, G004, "G004 literal hole and format specifier (.2f as F2)",
            'Log.Error($"Error {404}: User {username} has insufficient balance ${balance:F2}");',
            'var userId = 12345;\nvar username = "alice";\nvar balance = 1234.56;')
DATA = 'var data = new Dictionary<string, object> { ["status"] = "success", ["count"] = 100 };'
ruff_static(P, G004, "G004 f'Processing {len(data)} items'", 'Log.Information($"Processing {data.Count} items");', DATA)
ruff_static(P, G004, "G004 f'Status: {data.get(\"status\", \"unknown\").upper()}'",
            'Log.Debug($"Status: {data.GetValueOrDefault("status", "unknown").ToString().ToUpper()}");', DATA)
ruff_static(P, G004, "G004 f'Temperature: {temperature:.1f}°C'", 'Log.Debug($"Temperature: {temperature:F1}°C");', "var temperature = 23.7;")
ruff_static(P, G004, "G004 f'Items: {items_count:d}'", 'Log.Warning($"Items: {itemsCount:D}");', "var itemsCount = 42;")
ruff_static(P, G004, "G004 f'Object: {obj!r}' (repr conversion dropped)", 'Log.Information($"Object: {obj}");',
            'var obj = new Dictionary<string, string> { ["key"] = "value" };')
ruff_static(P, G004, "G004 empty f-string f''", 'Log.Debug($"");')
ruff_static(P, G004, "G004 text-only f-string f'Static message without variables'", 'Log.Information($"Static message without variables");')
ruff_static(P, G004, "G004 nested expression {result + 100}", 'Log.Information($"Calculated result: {result + 100}");',
            "var userId = 12345;\nvar result = userId * 2;")
VARNAME = 'var variablename = "value";'
ruff_mel(P, G004_CONCAT, 'G004 log.info(f"a" f"b {variablename}") (implicit concatenation as +)', 'logger.LogInformation($"a" + $"b {variablename}");', VARNAME)
ruff_mel(P, G004_CONCAT, 'G004 log.info("a " f"b {variablename}")', 'logger.LogInformation("a " + $"b {variablename}");', VARNAME)
ruff_mel(P, G004_CONCAT, 'G004 log.info("prefix " f"middle {variablename}" f" suffix")',
         'logger.LogInformation("prefix " + $"middle {variablename}" + $" suffix");', VARNAME)
XY = "private static int X = 1;\nprivate static int Y = 2;"
ruff_mel(P, G004_ORDER, 'G004 logger.error(f"{X} -> %s", Y) (f-string plus a lazy argument)', 'logger.LogError($"{X} -> {{Y}}", Y);', extra=XY)
ruff_mel(P, G004_ORDER, 'G004 logger.error(f"{Y} -> %s", X)', 'logger.LogError($"{Y} -> {{X}}", X);', extra=XY)
ruff_static(N, G_OK, 'G_simple_ok logging.info("Hello World!")', 'Log.Information("Hello World!");')

# =====================================================================================================================
# pylint functional tests: '# [message]' on a line is the expectation; a line without it is asserted clean (the
# functional test fails on unexpected messages). logging-fstring-interpolation, logging-format-interpolation and
# logging-not-lazy -> AKS3001; logging-too-many-args / logging-too-few-args -> AKS3002. Module-level names (VAR, WORLD,
# var) are mutable module globals: static fields. `import os as logging` (a non-logging object named logging) -> a
# plain class with the same method names. Left out: statements with dict arguments ('{named}' with {"named": 1}),
# '%'-style count tests (re-type to the same C# as the '{}' ones), "Read {l:,d} rows".format (kept clean only as a
# regression test for a crash, not as compliant) and UNINFERABLE.format (peer cannot infer it).
# =====================================================================================================================


def pyl_static(label, rules, src, note, stmt, extra=""):
    case(label, rules, src, note, ser("Job", stmt, extra=extra))


def pyl_mel(label, rules, src, note, stmt, extra="", factory=False, params=""):
    case(label, rules, src, note, mel("Job", stmt, extra=extra, factory=factory, params=params))


pyl_static(P, R1, PYL_FSTRING, 'logging-fstring-interpolation: logging.error(f"{VAR}") (VAR a module global)', 'Log.Error($"{Var}");',
           'private static string Var = "string";')
pyl_static(P, R1, PYL_FSTRING, "logging-fstring-interpolation: logging.error(f'Hello {WORLD}')", 'Log.Error($"Hello {World}");',
           'private static string World = "world";')
pyl_static(N, R1, PYL_FSTRING, "f-string without interpolation only: logging.error(f'Hello %s', 'World!') (no logging message)",
           'Log.Error($"Hello {{Name}}", "World!");')
pyl_static(N, R1, PYL_FSTRING, "f-string without interpolation only: logging.error(f'Hello %d', 1) (no logging message)",
           'Log.Error($"Hello {{Count}}", 1);')
pyl_mel(P, R1, PYL_FSTRING36, "logging-fstring-interpolation: info(f'Read {renamed_logging} from globals')",
        'logger.LogInformation($"Read {logger} from globals");')

NOT_A_LOGGER = """public sealed class Os
{
    public void Warn(string message) { }
    public void Debug(string message) { }
    public void Log(int level, string message) { }
    public void Log(string message) { }
}"""
OS = "private readonly Os os = new Os();\n\n" + NOT_A_LOGGER
pyl_static(P, R1, PYL_NOT_LAZY, 'logging-not-lazy: warn("%s, %s" % (4, 5))', 'Log.Warning(string.Format("{0}, {1}", 4, 5));')
pyl_static(P, R1, PYL_NOT_LAZY, 'logging-not-lazy: exception("%s" % "Exceptional!")', 'Log.Error(string.Format("{0}", "Exceptional!"));')
pyl_static(P, R1, PYL_NOT_LAZY, 'logging-not-lazy: log(INFO, "msg: %s" % "Run!")', 'Log.Write(LogEventLevel.Information, string.Format("msg: {0}", "Run!"));')
pyl_static(P, R1, PYL_NOT_LAZY, 'logging-not-lazy: log(INFO, "Var: " + var)', 'Log.Write(LogEventLevel.Information, "Var: " + Var);',
           'private static string Var = "123";')
pyl_static(P, R1, PYL_NOT_LAZY, 'logging-not-lazy: warn("%s" + " the rest of a single string") (two literals)',
           'Log.Warning("%s" + " the rest of a single string");')
pyl_static(P, R1, PYL_NOT_LAZY, "logging-not-lazy: log(INFO, var_name + var)", "Log.Write(LogEventLevel.Information, VarName + Var);",
           'private static string Var = "123";\nprivate static string VarName = "Var:";')
pyl_static(N, R1, PYL_NOT_LAZY, 'not flagged: warn("%s, %s", 4, 5)', 'Log.Warning("{First}, {Second}", 4, 5);')
pyl_static(N, R1, PYL_NOT_LAZY, 'not flagged: log(INFO, "msg: %s", "Run!")', 'Log.Write(LogEventLevel.Information, "msg: {Msg}", "Run!");')
pyl_static(N, R1, PYL_NOT_LAZY, 'not flagged: os-as-logging.warn("%s, %s" % (4, 5)) (not a logger)', 'os.Warn(string.Format("{0}, {1}", 4, 5));', OS)
pyl_static(N, R1, PYL_NOT_LAZY, 'not flagged: os-as-logging.log(logging.INFO, "msg: %s" % "Run!") (not a logger)',
           'os.Log(20, string.Format("msg: {0}", "Run!"));', OS)
pyl_static(N, R1, PYL_NOT_LAZY, 'not flagged: os-as-logging.log("Var: " + var) (not a logger)', 'os.Log("Var: " + Var);',
           'private static string Var = "123";\n\n' + OS)
pyl_static(P, R1, PYL_NOT_LAZY, 'logging-format-interpolation: error("0} - {1}".format(1, 2)) (bad format string too)',
           'Log.Error(string.Format("0} - {1}", 1, 2));')

FMT = 'private const string FormatStr = "{0}, {1}";'
pyl_static(P, R1, PYL_FORMAT, "logging-format-interpolation: debug('{0}, {1}'.format(4, 5))", 'Log.Debug(string.Format("{0}, {1}", 4, 5));')
pyl_static(P, R1, PYL_FORMAT, "logging-format-interpolation: log(DEBUG, 'msg: {}'.format('Run!'))",
           'Log.Write(LogEventLevel.Debug, string.Format("msg: {0}", "Run!"));')
pyl_static(P, R1, PYL_FORMAT, "logging-format-interpolation: debug(FORMAT_STR.format(4, 5))", "Log.Debug(string.Format(FormatStr, 4, 5));", FMT)
pyl_static(P, R1, PYL_FORMAT, "logging-format-interpolation: log(DEBUG, FORMAT_STR.format(4, 5))",
           "Log.Write(LogEventLevel.Debug, string.Format(FormatStr, 4, 5));", FMT)
pyl_static(P, R1, PYL_FORMAT, 'logging-format-interpolation: info("Read {l} rows".format(l=123456789))',
           'Log.Information(string.Format("Read {0} rows", 123456789));')
CUSTOM = """public sealed class CustomLogger : ILogger
{
    public IDisposable BeginScope<TState>(TState state) where TState : notnull => null;
    public bool IsEnabled(LogLevel logLevel) => true;
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception exception, Func<TState, Exception, string> formatter) { }
}"""
pyl_mel(P, R1, PYL_FORMAT, "logging-format-interpolation: custom Logger subclass .info('testing {0}'.format('info'))",
        'customLogger.LogInformation(string.Format("testing {0}", "info"));',
        extra="private readonly CustomLogger customLogger = new CustomLogger();\n\n" + CUSTOM)
pyl_static(N, R1, PYL_FORMAT, "not flagged: debug(format(66, 'x')) (builtin format of a number)", 'Log.Debug(66.ToString("x"));')
pyl_static(N, R1, PYL_FORMAT, "not flagged: log(DEBUG, 'msg: Run!'.upper())", 'Log.Write(LogEventLevel.Debug, "msg: Run!".ToUpper());')
pyl_static(N, R1, PYL_FORMAT, "not flagged: os-as-logging.debug('{0}, {1}'.format(4, 5)) (not a logger)", 'os.Debug(string.Format("{0}, {1}", 4, 5));', OS)
pyl_static(N, R1, PYL_FORMAT, "not flagged: os-as-logging.log(logging.DEBUG, 'msg: {}'.format('Run!')) (not a logger)",
           'os.Log(10, string.Format("msg: {0}", "Run!"));', OS)

pyl_mel(P, R1, PYL_NOT_LAZY_LOGGER, 'logging-not-lazy: LOG.debug("%s" % "junk")', 'logger.LogDebug(string.Format("{0}", "junk"));')
pyl_mel(P, R1, PYL_NOT_LAZY_LOGGER, 'logging-not-lazy: LOG.log(logging.DEBUG, "%s" % "junk")', 'logger.Log(LogLevel.Debug, string.Format("{0}", "junk"));')
pyl_mel(P, R1, PYL_NOT_LAZY_LOGGER, 'logging-not-lazy: LOG2 = LOG.debug; LOG2("%s" % "junk") (method held in a variable)',
        'Action<string, object[]> log2 = logger.LogDebug;\nlog2(string.Format("{0}", "junk"), Array.Empty<object>());')
pyl_mel(P, R1, PYL_NOT_LAZY_LOGGER, 'logging-not-lazy: logging.getLogger("domain").debug("%s" % "junk")',
        'loggerFactory.CreateLogger("domain").LogDebug(string.Format("{0}", "junk"));', factory=True)

pyl_static(N, R12, PYL_STYLE, 'no message (format style new): error("constant string")', 'Log.Error("constant string");')
pyl_static(N, R12, PYL_STYLE, 'no message (format style new): error("{}", 1)', 'Log.Error("{Value}", 1);')
pyl_static(N, R12, PYL_STYLE, 'no message (format style new): error("{0}", 1)', 'Log.Error("{0}", 1);')
pyl_static(P, R2, PYL_MANY, 'logging-too-many-args: error("constant string", 1, 2)', 'Log.Error("constant string", 1, 2);')
pyl_static(P, R2, PYL_MANY, 'logging-too-many-args: error("{}", 1, 2)', 'Log.Error("{Value}", 1, 2);')
pyl_static(P, R2, PYL_MANY, 'logging-too-many-args: error("{0}", 1, 2)', 'Log.Error("{0}", 1, 2);')
pyl_static(N, R2, PYL_MANY, 'not flagged (regression #9118): warning("The frequency is: {:.2f} MHz", 2.3)',
           'Log.Warning("The frequency is: {Frequency:F2} MHz", 2.3);')
pyl_static(P, R2, PYL_FEW, 'logging-too-few-args: error("{}, {}", 1)', 'Log.Error("{First}, {Second}", 1);')
pyl_static(P, R2, PYL_FEW, 'logging-too-few-args: error("{0}, {1}", 1)', 'Log.Error("{0}, {1}", 1);')
pyl_static(P, R2, PYL_FEW, 'logging-too-few-args: error("{}") (no argument)', 'Log.Error("{Value}");')
pyl_static(P, R2, PYL_FEW, 'logging-too-few-args: error("{0}") (no argument)', 'Log.Error("{0}");')
pyl_static(P, R2, PYL_FEW, 'logging-too-few-args: error("{named}") (no argument)', 'Log.Error("{Named}");')
pyl_static(P, R2, PYL_FEW, 'logging-too-few-args: error("{0}, {named}", 1)', 'Log.Error("{0}, {Named}", 1);')

# =====================================================================================================================
# flake8-logging (MIT): TestLOG011 'avoid pre-formatting log messages' -> AKS3001; TestLOG012 'formatting error: n %
# placeholders but m arguments' -> AKS3002 (only the plain '%s' count tests). `results == []` is a negative. Left out:
# LOG011 multiline (same C# as the one-line call), 'Hi %s' % (name,) and 'Hi %(name)s' % {...} (same C# as the
# str.format ones), '"not" - "valid"' (no C# equivalent); LOG012 '%*d' / '%.*d' / '%*.*f' (star width/precision
# arguments have no template equivalent), msg= keyword and '{}' / '$fruit' / '%(fruit)s' templates (the peer does not
# check those, not a compliance statement), '"Blending", fruit' (the peer presumes another style); LOG013 (dict keys);
# LOG001-LOG010, LOG014, LOG015 (logger construction, exc_info and exception() placement: no AKS3001-3003 concern).
# =====================================================================================================================


def f8l_static(label, rules, note, stmt, extra="", params=""):
    case(label, rules, F8L, note, ser("Blender", stmt, extra=extra, params=params))


def f8l_mel(label, rules, note, stmt, params=""):
    case(label, rules, F8L, note, mel("Blender", stmt, params=params))


f8l_static(P, R1, 'LOG011 test_module_call: logging.info(f"Hi {name}")', 'Log.Information($"Hi {name}");', params="string name")
f8l_static(P, R1, 'LOG011 test_module_call_log: logging.log(logging.INFO, f"Hi {name}")', 'Log.Write(LogEventLevel.Information, $"Hi {name}");',
           params="string name")
f8l_static(P, R1, 'LOG011 test_module_call_str_format: logging.info("Hi {}".format(name))', 'Log.Information(string.Format("Hi {0}", name));',
           params="string name")
DOORMAT = """public static class StringDoormat
{
    public static string Doormat(this string text, object value) => text;
}"""
case(N, R1, F8L, 'LOG011 test_module_call_str_doormat: logging.info("Hi {}".doormat(name)) (not a formatting method)',
     ser("Blender", 'Log.Information("Hi {0}".Doormat(name));', params="string name") + "\n\n" + DOORMAT)
f8l_static(P, R1, 'LOG011 test_module_call_concatenation: logging.info("Hi " + name + "!")', 'Log.Information("Hi " + name + "!");', params="string name")
f8l_static(P, R1, 'LOG011 test_module_call_concatenation_multiple: logging.info("Hi " + name)', 'Log.Information("Hi " + name);', params="string name")
f8l_static(P, R1, 'LOG011 test_module_call_concatenation_non_string: logging.info("Hi " + 1)', 'Log.Information("Hi " + 1);')
f8l_static(P, R1, 'LOG011 test_module_call_concatenation_f_string: logging.info(f"Hi" "a") (text-only f-string)', 'Log.Information($"Hi" + "a");')
f8l_static(N, R1, 'LOG011 test_module_call_concatenation_all_strings: logging.info("Hi " + "name")', 'Log.Information("Hi " + "name");')
f8l_static(P, R1, 'LOG011 test_module_call_keyword: logging.info(msg=f"Hi {name}")', 'Log.Information(messageTemplate: $"Hi {name}");', params="string name")
f8l_mel(P, R1, 'LOG011 test_logger_call: logger.info(f"Hi {name}")', 'logger.LogInformation($"Hi {name}");', params="string name")
f8l_mel(P, R1, 'LOG011 test_logger_call_str_format: logger.info("Hi {name}".format(name=name))', 'logger.LogInformation(string.Format("Hi {0}", name));',
        params="string name")
f8l_mel(P, R1, 'LOG011 test_logger_call_concatenation: logger.info("Hi " + name)', 'logger.LogInformation("Hi " + name);', params="string name")
f8l_mel(P, R1, 'LOG011 test_logger_call_concatenation_multiple: logger.info("Hi " + name + "!")', 'logger.LogInformation("Hi " + name + "!");',
        params="string name")
f8l_mel(N, R1, 'LOG011 test_logger_call_concatenation_all_strings: logger.info("Hi " + "name" + "!")', 'logger.LogInformation("Hi " + "name" + "!");')
f8l_mel(P, R1, 'LOG011 test_logger_call_keyword: logger.info(msg=f"Hi {name}")', 'logger.LogInformation(message: $"Hi {name}");', params="string name")

f8l_static(P, R2, 'LOG012 test_module_call_modpos_args_1_0: logging.info("Blending %s")', 'Log.Information("Blending {Fruit}");')
f8l_static(P, R2, 'LOG012 test_module_call_modpos_args_2_0: logging.info("Blending %s %s")', 'Log.Information("Blending {Fruit} {Colour}");')
f8l_static(N, R2, 'LOG012 test_module_call_modpos_args_0_percent: logging.info("Blending 100%%")', 'Log.Information("Blending 100%");')
f8l_static(N, R2, 'LOG012 test_module_call_modpos_args_1_percent: logging.info("Blended %s%% of %s", percent, fruit)',
           'Log.Information("Blended {Percent}% of {Fruit}", percent, fruit);', params="int percent, string fruit")
f8l_static(P, R2, 'LOG012 test_module_call_modpos_joined_args_1_0: logging.info("Blending " + "%s")', 'Log.Information("Blending " + "{Fruit}");')
f8l_static(P, R2, 'LOG012 test_module_call_log_modpos_args_1_0: logging.log(logging.INFO, "Blending %s")',
           'Log.Write(LogEventLevel.Information, "Blending {Fruit}");')
f8l_static(N, R2, 'LOG012 test_module_call_modpos_star_args: logging.info("Blending %s %s", *args) (array built elsewhere)',
           'Log.Information("Blending {Fruit} {Colour}", args);', params="object[] args")
f8l_mel(P, R2, 'LOG012 test_attr_call_modpos_args_1_0: logger.info("Blending %s")', 'logger.LogInformation("Blending {Fruit}");')
f8l_mel(P, R2, 'LOG012 test_attr_call_modpos_joined_args_1_0: logger.info("Blending" + " " + "%s")', 'logger.LogInformation("Blending" + " " + "{Fruit}");')

# =====================================================================================================================
# findbugs-slf4j (Apache-2.0) test-case/: each pkg/<Name>.java is checked by <Name>Test, which states the expected
# bug counts (XmlParser.expect); the bug-pattern plugin runs all its detectors, so an empty expectation is a negative
# for every mapped rule the statement exercises (SLF4J_FORMAT_SHOULD_BE_CONST -> AKS3001, SLF4J_PLACE_HOLDER_MISMATCH
# -> AKS3002, SLF4J_MANUALLY_PROVIDED_MESSAGE -> AKS3003). The two receivers (the `logger` field and
# `LoggerFactory.getLogger(getClass())`) are kept as two cases. Left out: UsingGetLocalizedMessage (Java-only method;
# re-types to the same C# as UsingGetMessage), SLF4J_SIGN_ONLY_FORMAT, logger-declaration patterns, and files whose
# tests expect only non-SLF4J bugs about other things.
# =====================================================================================================================


def fb(label, rules, src, note, body, params="", extra=""):
    case(label, rules, src, note, mel("Worker", body, params=params, extra=extra, factory=True))


FACTORY = "loggerFactory.CreateLogger(GetType())"
for recv, tag in [("logger", "logger field"), (FACTORY, "LoggerFactory.getLogger(getClass())")]:
    fb(P, R1, FB_CONCAT, f'SLF4J_FORMAT_SHOULD_BE_CONST ({tag}): info("This {{}} is in " + getClass().getName(), "method")',
       f'{recv}.LogInformation("This {{Method}} is in " + GetType().FullName, "method");')
    fb(P, R1, FB_CONCAT, f'SLF4J_FORMAT_SHOULD_BE_CONST ({tag}): info("This class is " + getClass().getName())',
       f'{recv}.LogInformation("This class is " + GetType().FullName);')
    fb(P, R1, FB_NONCONST, f'SLF4J_FORMAT_SHOULD_BE_CONST ({tag}): info("using {{}}".toUpperCase(), "placeholder")',
       f'{recv}.LogInformation("using {{Placeholder}}".ToUpper(), "placeholder");')
    fb(N, R12, FB_CONST, f'no bug ({tag}): info(CONSTANT) with static final String CONSTANT = ""',
       f"{recv}.LogInformation(Constant);", extra='private const string Constant = "";')
    fb(N, R12, FB_MSGONLY, f'no bug ({tag}): info("using log message")', f'{recv}.LogInformation("using log message");')
    fb(N, R12, FB_ONE, f'no bug ({tag}): info("using {{}}", "placeholder")', f'{recv}.LogInformation("using {{Placeholder}}", "placeholder");')
    fb(P, R2, FB_TWO_ONE, f'SLF4J_PLACE_HOLDER_MISMATCH ({tag}): info("we are {{}} {{}}", "using")',
       f'{recv}.LogInformation("we are {{First}} {{Second}}", "using");')
    fb(N, R123, FB_THROW1, f'no bug ({tag}): info("Hello, {{}}", "world", new RuntimeException()) (throwable last)',
       f'{recv}.LogInformation(new InvalidOperationException(), "Hello, {{Name}}", "world");')
    fb(N, R123, FB_THROW2, f'no bug ({tag}): info("{{}} {{}}", new Object[] {{"using", "2 parameters", new RuntimeException()}})',
       f'{recv}.LogInformation(new InvalidOperationException(), "{{First}} {{Second}}", new object[] {{ "using", "2 parameters" }});')
    fb(N, R12, FB_ARGS, f'no placeholder mismatch ({tag}, only SLF4J_UNKNOWN_ARRAY): info("Hello, {{}}.", args) (array parameter)',
       f'{recv}.LogInformation("Hello, {{Name}}.", args);', params="object[] args")
    for java, cs in [('warn("log exception", e)', 'LogWarning(e, "log exception")'),
                     ('warn("something {}", "happen", e)', 'LogWarning(e, "something {What}", "happen")'),
                     ('warn("{} {}", new Object[]{ "something", "happen", e })', 'LogWarning(e, "{First} {Second}", new object[] { "something", "happen" })')]:
        fb(N, R123, FB_CAUGHT, f"no bug ({tag}): in catch, {java}",
           f'try\n{{\n    Console.WriteLine("Hello, world");\n}}\ncatch (InvalidOperationException e)\n{{\n    {recv}.{cs};\n}}')

for i, getter in enumerate(['info("My message is {}", t.getMessage())', 'info("My {} is {}", "message", t.getMessage())',
                            'info("My {} {} {}", "message", "is", t.getMessage())']):
    cs = ['logger.LogInformation("My message is {Message}", t.Message);',
          'logger.LogInformation("My {What} is {Message}", "message", t.Message);',
          'logger.LogInformation("My {What} {Verb} {Message}", "message", "is", t.Message);'][i]
    fb(P, R3, FB_GETMSG, f"SLF4J_MANUALLY_PROVIDED_MESSAGE: {getter} (t a parameter)", cs, params="Exception t")

fb(N, R123, FB_ISSUE14, 'no bug: in catch with instanceof checks, error("Failed on requestId={} due to an exception ", requestId, e)', """
try
{
    throw new InvalidOperationException();
}
catch (Exception e)
{
    if (e is InvalidOperationException || e is ArgumentException || e.InnerException is InvalidOperationException)
    {
        logger.LogError(e, "Failed on requestId={RequestId} due to an exception ", requestId);
    }
    else
    {
        throw;
    }
}""", params="string requestId")
fb(N, R12, FB_MARKER, 'no SLF4J bug (only NP_LOAD_OF_KNOWN_NULL_VALUE): error(marker, "Hello, marker")',
   'EventId marker = default;\nlogger.LogError(marker, "Hello, marker");')
fb(N, R12, FB_MARKER, 'no SLF4J bug (only NP_LOAD_OF_KNOWN_NULL_VALUE): error(marker, "Hello, {}", "world")',
   'EventId marker = default;\nlogger.LogError(marker, "Hello, {Name}", "world");')

# Issue35: 4 x SLF4J_FORMAT_SHOULD_BE_CONST; the comments in the file say which method is NG / OK. Each method is one
# case, with the callers that give it its argument.
ISSUE35_CALLERS = "private const string Msg = \"CONSTANT VALUE\";\n\n"
fb(P, R1, FB_ISSUE35, "Issue35 NG: public method logs its parameter", "LogMessagePublic(Msg);",
   extra=ISSUE35_CALLERS + method("public void LogMessagePublic(string messageFromParameter)", "logger.LogInformation(messageFromParameter);"))
fb(P, R1, FB_ISSUE35, "Issue35 NG: package-private (internal) method logs its parameter", "LogMessagePackage(Msg);",
   extra=ISSUE35_CALLERS + method("internal void LogMessagePackage(string messageFromParameter)", "logger.LogInformation(messageFromParameter);"))
fb(N, R1, FB_ISSUE35, "Issue35 OK: private method always called with a constant logs its parameter", "LogMessage(Msg);",
   extra=ISSUE35_CALLERS + method("private void LogMessage(string messageFromParameter)", "logger.LogInformation(messageFromParameter);"))
fb(N, R1, FB_ISSUE35, "Issue35 OK: private static method always called with a constant logs its parameter", "LogMessageStatic(loggerFactory, Msg);",
   extra=ISSUE35_CALLERS + method("private static void LogMessageStatic(ILoggerFactory factory, string messageFromParameter)",
                                  "factory.CreateLogger<Worker>().LogInformation(messageFromParameter);"))
fb(P, R1, FB_ISSUE35, "Issue35 NG: private static method also called with this.toString()",
   "LogMessageStaticPrivateCalledWithNonConstantValue(loggerFactory, Msg);\nLogMessageStaticPrivateCalledWithNonConstantValue(loggerFactory, this.ToString());",
   extra=ISSUE35_CALLERS + method("private static void LogMessageStaticPrivateCalledWithNonConstantValue(ILoggerFactory factory, string messageFromParameter)",
                                  "factory.CreateLogger<Worker>().LogInformation(messageFromParameter);"))
fb(P, R1, FB_ISSUE35, "Issue35 NG: private method also called with this.toString()",
   "LogMessagePrivateCalledWithNonConstantValue(Msg);\nLogMessagePrivateCalledWithNonConstantValue(this.ToString());",
   extra=ISSUE35_CALLERS + method("private void LogMessagePrivateCalledWithNonConstantValue(string messageFromParameter)",
                                  "logger.LogInformation(messageFromParameter);"))

# =====================================================================================================================
# errorprone-slf4j (Apache-2.0): '// BUG: Diagnostic contains:' marks a positive line; other logging lines of a test
# with a BUG marker, and tests with expectNoDiagnostics(), are negatives for that check. Slf4jFormatShouldBeConst ->
# AKS3001, Slf4jPlaceholderMismatch -> AKS3002, Slf4jDoNotLogMessageOfExceptionExplicitly -> AKS3003 (its
# getLocalizedMessage line re-types to the same C# as getMessage and is left out).
# =====================================================================================================================


def ep(label, rules, src, note, body, params="", extra=""):
    case(label, rules, src, note, mel("Sample", body, params=params, extra=extra))


ep(P, R1, EP_CONST, 'testNonConstantFormat: info(this + " is me")', 'logger.LogInformation(this + " is me");')
ep(N, R1, EP_CONST, 'testMarker: info(marker, "I have one placeholder, one parameter and one marker instance. {}", 1)',
   'logger.LogInformation(marker, "I have one placeholder, one parameter and one marker instance. {Value}", 1);',
   extra="private readonly EventId marker = new EventId(1, \"Sample\");")
ep(P, R1, EP_CONST, 'testMarker: info(marker, this + " is me")', 'logger.LogInformation(marker, this + " is me");',
   extra="private readonly EventId marker = new EventId(1, \"Sample\");")
TERNARY = """using System;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

public class TernaryInStaticBlock
{
    public static bool Debug = false;
    public const bool DebugFinal = false;
    private static readonly ILogger logger = NullLogger.Instance;

    static TernaryInStaticBlock()
    {
%s
    }
}"""
case(P, R1, EP_CONST, 'testTernaryInStaticBlock: info("Debug mode " + (DEBUG ? "enabled." : "disabled.")) (DEBUG not final)',
     TERNARY % '        logger.LogInformation("Debug mode " + (Debug ? "enabled." : "disabled."));')
case(N, R1, EP_CONST, 'testTernaryInStaticBlock: info("Debug mode " + (DEBUG_FINAL ? "enabled." : "disabled.")) (static final)',
     TERNARY % '        logger.LogInformation("Debug mode " + (DebugFinal ? "enabled." : "disabled."));')

ep(N, R2, EP_MISMATCH, 'testNonConstantFormat (expectNoDiagnostics): info(this + "{}")', 'logger.LogInformation(this + "{Value}");')
ep(N, R2, EP_MISMATCH, "testMarker (expectNoDiagnostics): info(marker, \"... {}\", 1)",
   'logger.LogInformation(marker, "I have one placeholder, one parameter and one marker instance. {Value}", 1);',
   extra="private readonly EventId marker = new EventId(1, \"Sample\");")
ep(N, R2, EP_MISMATCH, 'testThrowable (expectNoDiagnostics): info("... {}", 1, new Exception())',
   'logger.LogInformation(new Exception(), "I have one placeholder, one parameter and one throwable instance. {Value}", 1);')
ep(P, R2, EP_MISMATCH, 'testTooManyPlaceholders: info("I have two placeholders and one parameter! {} {}", 1)',
   'logger.LogInformation("I have two placeholders and one parameter! {First} {Second}", 1);')
ep(P, R2, EP_MISMATCH, 'testTooManyParams: info("I have one placeholder and two parameters! {}", 1, 2)',
   'logger.LogInformation("I have one placeholder and two parameters! {Value}", 1, 2);')
ep(N, R2, EP_MISMATCH, 'testVarArg (expectNoDiagnostics): four placeholders, four parameters',
   'logger.LogInformation("I have four placeholders and parameters! {A}, {B}, {C}, {D}", 1, 2, 3, 4);')
ep(N, R2, EP_MISMATCH, 'testVarArgWithException (expectNoDiagnostics): four placeholders, four parameters and an Error',
   'logger.LogInformation(new Exception(), "I have four placeholders and parameters! {A}, {B}, {C}, {D}", 1, 2, 3, 4);')
ep(P, R2, EP_MISMATCH, 'testNoParams: info("I have one placeholder and no parameter! {}")',
   'logger.LogInformation("I have one placeholder and no parameter! {Value}");')
ep(N, R3, EP_MESSAGE, 'info("Exception given", e) (e a parameter)', 'logger.LogInformation(e, "Exception given");', params="Exception e")
ep(P, R3, EP_MESSAGE, 'info("Message of given exception: {}", e.getMessage()) (e a parameter)',
   'logger.LogInformation("Message of given exception: {Message}", e.Message);', params="Exception e")

# =====================================================================================================================
# sloglint static_msg (analysistest: '// want' marks a positive line; other lines are asserted clean).
# 'messages should be string literals or constants' -> AKS3001.
# =====================================================================================================================
SLOG_FIELDS = 'private const string ConstMsg = "msg";\nprivate static string VarMsg = "msg";'


def slog(label, note, stmt):
    case(label, R1, SLOG, note, ser("Tests", stmt, extra=SLOG_FIELDS))


slog(N, 'slog.Info("msg")', 'Log.Information("msg");')
slog(N, 'slog.InfoContext(ctx, "msg")', 'log.Information("msg");')
slog(N, 'slog.Log(ctx, slog.LevelInfo, "msg")', 'Log.Write(LogEventLevel.Information, "msg");')
slog(N, "slog.Info(constMsg)", "Log.Information(ConstMsg);")
slog(N, "slog.InfoContext(ctx, constMsg)", "log.Information(ConstMsg);")
slog(N, "slog.Log(ctx, slog.LevelInfo, constMsg)", "Log.Write(LogEventLevel.Information, ConstMsg);")
slog(N, 'slog.With("key", "value").Info("msg")', 'Log.ForContext("key", "value").Information("msg");')
slog(P, 'want: slog.Info(fmt.Sprintf("msg"))', 'Log.Information(string.Format("msg"));')
slog(P, 'want: slog.InfoContext(ctx, fmt.Sprintf("msg"))', 'log.Information(string.Format("msg"));')
slog(P, 'want: slog.Log(ctx, slog.LevelInfo, fmt.Sprintf("msg"))', 'Log.Write(LogEventLevel.Information, string.Format("msg"));')
slog(P, 'want: slog.With("key", "value").Info(fmt.Sprintf("msg"))', 'Log.ForContext("key", "value").Information(string.Format("msg"));')
slog(P, "want: slog.Info(varMsg) (package variable)", "Log.Information(VarMsg);")
slog(P, "want: slog.InfoContext(ctx, varMsg)", "log.Information(VarMsg);")
slog(P, "want: slog.Log(ctx, slog.LevelInfo, varMsg)", "Log.Write(LogEventLevel.Information, VarMsg);")

# =====================================================================================================================
# Writing
# =====================================================================================================================
RULES = ["AKS3001", "AKS3002", "AKS3003", "AKS3004", "AKS3005", "AKS3006"]


def main():
    positives = sum(1 for c in CASES if c[0] == P)
    per_rule = "; ".join(
        f"{r}: {sum(1 for c in CASES if c[0] == P and r in c[1])}/{sum(1 for c in CASES if c[0] == N and r in c[1])}" for r in RULES)
    out = [f"# Held-out logging set 3 (AKS3001-AKS3003): Python/Java/Go linter test cases re-typed as C#, labelled by the peer. "
           f"cases: {len(CASES)}; positives: {positives}; negatives: {len(CASES) - positives}; per rule positives/negatives: {per_rule}",
           "# Format: README.md ('Logging, set 3'). Written by write_logging_3.py. Each case is its own namespace; no stubs."]
    for label, rules, source, note, text in CASES:
        out.append(f"=== {label} {','.join(rules)} | source: {source} | {note}")
        out.append(text)
    (HERE / "logging-3.txt").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(len(CASES), positives, len(CASES) - positives, per_rule)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes logging-2.txt: the second held-out logging set (AKS3001-AKS3005), see README.md ('Logging, set 2').

Built on 2026-11-27 from main 5df3f7a and committed with its measuring test (External/ExternalLoggingCorpusTests.cs)
before the logging analyzers were run on it. Sources used in no earlier set (the first logging set is
roslyn-analyzers CA2254/CA2017/CA1727 and Sonar S2629/S6674): the peers' own test suites, labelled by what the peer
test asserts, never by what AksReady reports.

Every case is a reduced statement shape re-typed here (same logging API call, same argument shapes and kinds of
literals, names shortened; no peer file is copied), wrapped in a member of its own class. Each case is one syntax tree
in its own namespace, compiled with the '=== stubs' block against .NET 8 + ASP.NET Core 8 + Serilog 4.3.0.

Header: '=== positive|negative <rules> | source: <repo>:<path>@<commit> | <note>'. <rules> is one AKS id or several
separated by ',': a positive is a case in which the peer asserts the problem that those rules cover; a negative is a
case the peer asserts clean for the problem those rules cover (a false positive is counted when one of those rules
reports in the case). Mapping and what was left out: README.md and the comments at each source below.
"""
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
P = "positive"
N = "negative"
CASES = []  # (label, rules, source, note, text)


def case(label, rules, source, note, text):
    assert "|" not in source and "|" not in note, note
    CASES.append((label, rules, source, note, text.strip("\n")))


def indent(text, n):
    pad = " " * n
    return "\n".join(pad + line if line.strip() else "" for line in text.strip("\n").split("\n"))


def cls(name, members, usings=("System", "Microsoft.Extensions.Logging"), base=""):
    """A class holding `members` (C# text), with `using` lines first."""
    head = "".join(f"using {u};\n" for u in usings)
    colon = f" : {base}" if base else ""
    return f"{head}\npublic class {name}{colon}\n{{\n{indent(members, 4)}\n}}"


def method(signature, body):
    return f"{signature}\n{{\n{indent(body, 4)}\n}}"


def mel_field(name, members, usings=("System", "Microsoft.Extensions.Logging"), logger="ILogger"):
    """A class with an injected `logger` field (Microsoft.Extensions.Logging unless `logger` says otherwise)."""
    field = f"private readonly {logger} logger;\n\npublic {name}({logger} logger) => this.logger = logger;\n\n"
    return cls(name, field + members, usings)


# =====================================================================================================================
# Sources
# =====================================================================================================================
SONAR = "SonarSource/sonar-dotnet:analyzers/tests/SonarAnalyzer.Test/"
S6667_FILE = SONAR + "TestCases/ExceptionsShouldBeLogged.cs@009dadb6ab35934497bfcbd08ccd50312d882867"
S6667_TEST = SONAR + "Rules/ExceptionsShouldBeLoggedTest.cs@04c1f31c4ddc1af9a97a59c1eefba102fbf9074d"
S6668_FILE = SONAR + "TestCases/LoggingArgumentsShouldBePassedCorrectly.cs@4fe2a8b557ec1c220db869151d156369ba4a2edd"
S6668_TEST = SONAR + "Rules/ExceptionsShouldBePassedCorrectlyTest.cs@196212c276b0f4027687d46f2e68cdc03c060f5f"
S6677 = SONAR + "TestCases/NamedPlaceholdersShouldBeUnique.cs@337c309acb1e3b1f7e155ac77cafd5cbd40d5e0b"
S6678 = SONAR + "TestCases/UsePascalCaseForNamedPlaceHolders.cs@3a8d4213c7d25a52449c2a28034fd9199e52c685"
S6670 = SONAR + "TestCases/DontUseTraceWrite.cs@17ed4a20aa5327c1d2c1b28fb5219b756ebcebae"
# The index served this file without repository or commit (find_string id 44080331655); the path is the one
# Rules/DoNotWriteToStandardOutputTest.cs@04c1f31c loads ("DoNotWriteToStandardOutput.cs", class ConsoleLogging).
S106 = SONAR + "TestCases/DoNotWriteToStandardOutput.cs@find_string-id-44080331655"
SERILOG = "Suchiman/SerilogAnalyzer:SerilogAnalyzer/SerilogAnalyzer.Test/AnalyzerTests.cs@abec24f5bd53e3cbf9bb3085e5e5fb11fa4a6d08"
SERILOG_PASCAL = ("Suchiman/SerilogAnalyzer:SerilogAnalyzer/SerilogAnalyzer.Test/PascalCaseAnalyzerTests.cs"
                  "@8973f3775786d5b3e4f58c0b6d389bc946a713e3")
RS = "olsh/resharper-structured-logging:test/data/Analyzers/{f}.cs.gold@{c}"
SCYBER = ("Scybernator/ScyberLog.Analyzers:ScyberLog.Analyzers/ScyberLog.Analyzers.Test/LoggerMessageDefineTests.cs"
          "@aea13cb76d03e8ede17ec89d666d0a06ba0d4b73")
TSAREV = "leotsarev/hardcode-analyzer:Tsarev.Analyzer.Exceptions.Test/ExceptionTest.cs@3187435ee3a7ea4f4d8e804b4f6d1b8d8bc97a0f"
CLIO = "Advance-Technologies-Foundation/clio:Clio.Analyzers.Tests/ConsoleOutputAnalyzerTests.cs@31571f4710fa5fd089b90f6be14e86acf0ae2414"
CODEQL_CS = ("github/codeql:csharp/ql/test/query-tests/Security Features/CWE-312/CleartextStorage.cs"
             "@02a3729c46ea9f616c592ce29ead9ea7dae07c23")
CODEQL_JAVA = "github/codeql:java/ql/test/query-tests/security/CWE-532/Test.java@02a3729c46ea9f616c592ce29ead9ea7dae07c23"

MEL = ("System", "Microsoft.Extensions.Logging")
SER = ("System", "Serilog")

# =====================================================================================================================
# AKS3003: Sonar S6667 (logging in a catch clause should pass the caught exception). Unit: one catch clause (its
# try statement); positive when the peer raises S6667 on it (Noncompliant, or a Secondary of that issue), negative when
# it asserts none. Left out: the lambda log in LogFromLambda (peer FN), ReAssignment ('Noncompliant - FP', the peer's
# own false positive). Nested catches are split into one case per catch clause. Only Microsoft.Extensions.Logging
# cases: the peer's Castle.Core, Common.Logging, log4net and NLog tests use APIs that AKS3003 does not claim.
# Labelled AKS3006 since 2026-11-26 night: that rule (caught exception not logged) was added after this set's blind
# run, which measured these cases against AKS3003 (recall 0.025); S6668 stays AKS3003.
# =====================================================================================================================
R3 = ["AKS3003"]
R6 = ["AKS3006"]


def s6667(label, note, body, params="", extra=""):
    members = method(f"public void Handle({params})", body) + ("\n\n" + extra if extra else "")
    case(label, R6, S6667_FILE, "S6667 " + note, mel_field("Orders", members))


s6667(N, "MultipleLogsInTheSameCatch: the same catch passes e twice", """
try { }
catch (Exception e)
{
    logger.LogWarning(new EventId(1), e, "Message!");
    logger.LogWarning(new EventId(1), e, "Message!");
}""")
s6667(N, "MultipleLogsInTheSameCatch: each catch passes its exception once, a second log without it (Compliant, already logged)", """
try { }
catch (DivideByZeroException e)
{
    logger.LogWarning(new EventId(1), e, "Message!");
    logger.LogInformation(new EventId(1), "Message!");
}
catch (Exception e)
{
    logger.LogWarning(new EventId(1), e, "Message!");
    if (true)
    {
        logger.LogInformation(new EventId(1), "Message!");
    }
}""")
s6667(P, "MultipleLogsInTheSameCatch: two LogWarning(eventId, message) without e (Noncompliant + Secondary)", """
try { }
catch (Exception e)
{
    logger.LogWarning(new EventId(1), "Message!");
    logger.LogWarning(new EventId(1), "Message!");
}""")
s6667(N, "NoLogsInCatch: empty catch", """
try { }
catch (Exception e)
{
}""")
s6667(N, "CallingMethodToLog: the catch calls a helper that logs (Compliant, not checked)", """
try { }
catch (Exception e)
{
    Log();
}""", extra=method("private void Log()", 'logger.LogCritical("Message!");'))
s6667(N, "LogFromLambda: lambda passes e", """
try { }
catch (Exception e)
{
    Call(() => logger.LogCritical(e, "Message!"));
}""", extra=method("private void Call(Action action)", "action();"))
s6667(N, "LogFromLambda: a local delegate named LogCritical is not a logger", """
try { }
catch (Exception e)
{
    Action<string> LogCritical = (string message) => { };
    LogCritical("Message");
}""")
s6667(P, "LogFromMultipleCatchBlocks: LoggerExtensions.LogCritical(logger, message) in catch (DivideByZeroException)", """
try { }
catch (DivideByZeroException)
{
    LoggerExtensions.LogCritical(logger, "Message!");
}""")
s6667(P, "LogFromMultipleCatchBlocks: LoggerExtensions.LogCritical(logger, message) in catch (AggregateException)", """
try { }
catch (AggregateException)
{
    LoggerExtensions.LogCritical(logger, "Message!");
}""")
s6667(N, "LogFromMultipleCatchBlocks: LoggerExtensions.LogCritical(logger, e, message) in catch (ApplicationException e)", """
try { }
catch (ApplicationException e)
{
    LoggerExtensions.LogCritical(logger, e, "Message!");
}""")
s6667(P, "LogFromNestedCatchBlocks: outer catch logs without e, then with another exception (Noncompliant + Secondary)", """
try { }
catch (Exception e)
{
    logger.LogWarning("Message!");
    logger.LogWarning(wrongException, "Message!");
}""", params="Exception wrongException")
s6667(P, "LogFromNestedCatchBlocks: nested catch (DivideByZeroException) logs without an exception", """
try { }
catch (Exception e)
{
    try { }
    catch (DivideByZeroException)
    {
        logger.LogCritical("Message!");
    }
}""")
s6667(P, "LogFromNestedCatchBlocks: nested catch (AggregateException e1) logs the outer e (Noncompliant - wrong exception)", """
try { }
catch (Exception e)
{
    try { }
    catch (AggregateException e1)
    {
        logger.LogCritical(e, "Message!");
    }
}""")
s6667(N, "LogFromNestedCatchBlocks: nested catch (ArgumentException e2) logs another exception, then e2", """
try { }
catch (Exception e)
{
    try { }
    catch (ArgumentException e2)
    {
        logger.LogCritical(wrongException, "Message!");
        logger.LogCritical(e2, "Message!");
    }
}""", params="Exception wrongException")
s6667(N, "LogFromNestedCatchBlocks: nested catch (Exception e3) logs e3", """
try { }
catch (Exception e)
{
    try { }
    catch (Exception e3)
    {
        logger.LogCritical(e3, "Message!");
    }
}""")
s6667(N, "Filtering: catch (Exception e) when (e is InvalidCastException) logs e", """
try { }
catch (Exception e) when (e is InvalidCastException)
{
    logger.LogWarning(e, "Message!");
}""")
s6667(N, "Filtering: catch ... when (e is DivideByZeroException d) logs the pattern variable", """
try { }
catch (Exception e) when (e is DivideByZeroException divideByZeroException)
{
    logger.LogWarning(divideByZeroException, "Message!");
}""")
s6667(N, "Filtering: catch ... when (two type patterns) logs e", """
try { }
catch (Exception e) when (e is InvalidOperationException invalidOperationException || e is InvalidTimeZoneException invalidTimeZoneException)
{
    logger.LogWarning(e, "Message!");
}""")
s6667(P, "Filtering: catch (Exception e) when (e is InvalidCastException) logs without e", """
try { }
catch (Exception e) when (e is InvalidCastException)
{
    logger.LogWarning("Message!");
}""")
s6667(P, "LogFromCatchBlockWithNoException: bare catch, LogCritical(message)", """
try { }
catch
{
    logger.LogCritical("Message!");
}""")
s6667(P, "LogFromIfStatement: catch (DivideByZeroException e) logs without e inside if", """
try { }
catch (DivideByZeroException e)
{
    if (true)
    {
        logger.LogCritical("Message!");
    }
}""")
s6667(N, "LogFromIfStatement: catch (Exception e) logs e inside if", """
try { }
catch (Exception e)
{
    if (true)
    {
        logger.LogCritical(e, "Message!");
    }
}""")
s6667(N, "LogFromCustomLogger: a class that is not an ILogger", """
try { }
catch
{
    new CustomLogger().LogCritical("Message!");
}""", extra="public class CustomLogger\n{\n    public void LogCritical(string message) { }\n}")
s6667(N, "LogOutsideCatchStatement: LogCritical(message) outside any catch", 'logger.LogCritical("Message!");')
case(P, R6, S6667_FILE, "S6667 ILoggerImplementation: NullLogger.LogCritical(message) in catch (Exception e)",
     cls("Orders", method("public void Handle(NullLogger logger)", """
try { }
catch (Exception e)
{
    logger.LogCritical("Message!");
}"""), usings=MEL + ("Microsoft.Extensions.Logging.Abstractions",)))
case(N, R6, S6667_FILE, "S6667 ILoggerImplementation: NullLogger.LogCritical(e, message)",
     cls("Orders", method("public void Handle(NullLogger logger)", """
try { }
catch (Exception e)
{
    logger.LogCritical(e, "Message!");
}"""), usings=MEL + ("Microsoft.Extensions.Logging.Abstractions",)))
s6667(P, "PartialLogging: e.StackTrace passed as the message, then (e.Message != null).ToString() (Noncompliant + Secondary)", """
try { }
catch (Exception e)
{
    logger.LogWarning(new EventId(1), e.StackTrace, "Message!");
    logger.LogWarning(new EventId(1), (e.Message != null).ToString());
}""")
s6667(N, "LogInnerException: e.InnerException (plain, ?., nested, cast) as the exception argument", """
try { }
catch (Exception e)
{
    logger.LogWarning(new EventId(1), e.InnerException, "Message!");
    logger.LogWarning(new EventId(1), e?.InnerException, "Message!");
    logger.LogWarning(new EventId(1), e.InnerException.InnerException, "Message!");
    logger.LogWarning(new EventId(1), (Exception)e.InnerException, "Message!");
}""")
s6667(P, "LogFromCatchWithoutExceptionType: bare catch, LogWarning(message)", """
try { }
catch
{
    logger.LogWarning("Message!");
}""")

# The test class' Microsoft.Extensions.Logging data rows: 7 methods x (no event id, new EventId(1)); Log takes a level.
ROWS = [(m, lvl, eid) for m, lvl in [("Log", "LogLevel.Warning, "), ("LogCritical", ""), ("LogDebug", ""), ("LogError", ""),
                                     ("LogInformation", ""), ("LogTrace", ""), ("LogWarning", "")]
        for eid in ("", "new EventId(1), ")]


def row_note(m, lvl, eid):
    return m + (" +level" if lvl else "") + (" +eventId" if eid else "")


for m, lvl, eid in ROWS:
    pre = lvl + eid
    for label, call, what in [
        (P, f"logger.{m}({pre}message);", f"logger.{m}(...message) without e"),
        (N, f"logger.{m}({pre}e, message);", f"logger.{m}(...e, message)"),
        (P, f"LoggerExtensions.{m}(logger, {pre}message);", f"LoggerExtensions.{m}(logger, ...message) without e"),
        (N, f"LoggerExtensions.{m}(logger, {pre}e, message);", f"LoggerExtensions.{m}(logger, ...e, message)"),
    ]:
        case(label, R6, S6667_TEST, f"S6667 data row {row_note(m, lvl, eid)}: {what} in catch (Exception e)",
             cls("Program", method("public void Method(ILogger logger, string message)", f"""
try {{ }}
catch (Exception e)
{{
    {call}
}}""")))

# =====================================================================================================================
# AKS3003: Sonar S6668 (logging arguments passed to the correct parameter). Every S6668 test case passes an exception
# (as a template argument, or to the exception parameter), so all map to AKS3003. Unit: one statement. Left out: the
# CS0103 line (does not compile) and 'args: new object[] { e, ... }' (peer FN).
# =====================================================================================================================


def s6668(label, note, stmt, source=S6668_FILE, params="ILogger logger, Exception e", extra=""):
    members = method(f"private void Log({params})", stmt) + ("\n\n" + extra if extra else "")
    case(label, R3, source, "S6668 " + note, cls("Program", members))


s6668(P, "LogCritical(template, e): exception as the only template argument", 'logger.LogCritical("Expected exception.", e);')
for expr in ["e.InnerException", "e?.InnerException", "e.InnerException.InnerException", "(Exception)e.InnerException"]:
    s6668(N, f"LogWarning(eventId, {expr}, message): inner exception in the exception parameter",
          f'logger.LogWarning(new EventId(1), {expr}, "Message!");')
s6668(P, "named arguments: exception: new Exception(), args: e (an exception as the template argument)",
      'logger.LogCritical(message: "Expected exception.", eventId: new EventId(42), exception: new Exception(), args: e);')
s6668(P, "LogCritical(template, new NullReferenceException())", 'logger.LogCritical("Expected exception.", new NullReferenceException());')
s6668(P, "custom ILogger implementation: LogCritical(template, e, LogLevel.Critical)",
      'logger.LogCritical("Expected exception.", e, LogLevel.Critical);', params="CustomLogger logger, Exception e", extra="""
private class CustomLogger : ILogger
{
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception exception, Func<TState, Exception, string> formatter) { }
    public bool IsEnabled(LogLevel logLevel) => false;
    public IDisposable BeginScope<TState>(TState state) => null;
}""")

# The test class' Microsoft.Extensions.Logging data rows (same 14 rows as S6667's).
for m, lvl, eid in ROWS:
    pre = lvl + eid
    for label, stmt, what in [
        (P, f'logger.{m}({pre}"An exception occured {{Exception}}.", e);', "e bound to an {Exception} placeholder"),
        (P, f'logger.{m}({pre}"Expected exception.", e);', "e as a template argument"),
        (P, f'logger.{m}({pre}"Expected exception.", e, e);', "e twice as template arguments"),
        (P, f'LoggerExtensions.{m}(logger, {pre}"Expected exception.", e);', "static call, e as a template argument"),
        (P, f'LoggerExtensions.{m}(logger, {pre}"Expected exception.", e, e);', "static call, e twice as template arguments"),
        (N, f'logger.{m}({pre}e, "Expected exception.");', "e in the exception parameter"),
        (N, f'logger.{m}({pre}e, "Expected exception.", e);', "e in the exception parameter and as a template argument"),
        (N, f'LoggerExtensions.{m}(logger, {pre}e, "Expected exception.");', "static call, e in the exception parameter"),
        (N, f'LoggerExtensions.{m}(logger, {pre}e, "Expected exception.", e);', "static call, e in the exception parameter and as an argument"),
    ]:
        case(label, R3, S6668_TEST, f"S6668 data row {row_note(m, lvl, eid)}: {what}",
             cls("Program", method("public void Method(ILogger logger, Exception e)", stmt)))

# =====================================================================================================================
# AKS3002: Sonar S6677 (message template placeholders should be unique). Unit: one statement. Placeholder names foo,
# bar, baz are re-typed Foo, Bar, Baz (the peer's casing is incidental here and S6678, also mapped to AKS3002, asserts
# that lower-case names are a problem of their own), so each case carries only the problem S6677 tests. Left out:
# the 'Invalid template syntax' compliant statements (S6674's subject, already measured), the escaped-brace and
# Write(level, e, template[, one argument]) compliant statements whose argument count does not match (a problem
# S6674/Serilog003/CA2017 assert), the NLog part (not an API AKS3002 claims).
# =====================================================================================================================
R2 = ["AKS3002"]


def s6677_mel(label, note, stmt, params="ILogger logger, string foo, string bar, string baz, Exception ex, EventId eventId", extra=""):
    members = method(f"void Run({params})", stmt) + ("\n\n" + extra if extra else "")
    case(label, R2, S6677, "S6677 " + note, cls("Program", members))


def s6677_serilog(label, note, stmt):
    case(label, R2, S6677, "S6677 " + note, cls("Program", method(
        "void Run(ILogger logger, string foo, string bar, Exception e, LogEventLevel level)", stmt),
        usings=("System", "Serilog", "Serilog.Events")))


s6677_mel(N, "Console.WriteLine with a repeated name is not a logging call", 'Console.WriteLine("Hey {Foo} and {Foo}");')
for m in ["LogInformation", "LogTrace", "LogCritical", "LogWarning", "LogError"]:
    s6677_mel(N, f"{m} repeated index {{0}} and {{0}} (not raised on indexes)", f'logger.{m}("Hey {{0}} and {{0}}", foo, bar);')
s6677_mel(N, "LogDebug {0}, {Foo}, {0} (repeated index only)", 'logger.LogDebug("Hey {0} and {Foo} and {0}", foo, foo, bar);')
s6677_mel(N, "LogError wildcard {_} twice", 'logger.LogError("Hey {_} and {_}", foo, bar);')
s6677_mel(N, "LogError {_} and {_0}", 'logger.LogError("Hey {_} and {_0}", foo, bar);')
for m in ["LogInformation", "LogDebug", "LogTrace", "LogCritical", "LogWarning"]:
    s6677_mel(N, f"{m} two distinct names", f'logger.{m}("Hey {{Foo}} and {{Bar}}", foo, bar);')
s6677_mel(N, "Log(LogLevel.Trace) two distinct names", 'logger.Log(LogLevel.Trace, "Hey {Foo} and {Bar}", foo, bar);')
s6677_mel(N, "LogError(args: array, message: two distinct names)",
          'var args = new object[] { foo, bar };\nlogger.LogError(args: args, message: "Hey {Foo} and {Bar}");')
s6677_mel(N, "LoggerExtensions.LogCritical(logger, two distinct names, foo, bar)",
          'LoggerExtensions.LogCritical(logger, "Hey {Foo} and {Bar}", foo, bar);')
s6677_mel(N, "LoggerExtensions.LogDebug(message:, logger:, args:) two distinct names",
          'var args = new object[] { foo, bar };\nLoggerExtensions.LogDebug(message: "Hey {Foo} and {Bar}", logger: logger, args: args);')
NOT_LOGGER = """public class NotLogger
{
    public void LogDebug(string message, params object[] args) { }
}"""
case(N, R2, S6677, "S6677 NotLogger.LogDebug with a repeated name (not an ILogger)", cls("Program", method(
    "void Run(string foo)", 'new NotLogger().LogDebug("Hey {Foo} and {Foo}", foo, foo);'), usings=("System",)) + "\n\n" + NOT_LOGGER)
case(N, R2, S6677, "S6677 extension LogCritical on NotLogger with a repeated name (not an ILogger)", cls("Program", method(
    "void Run(string foo)", 'new NotLogger().LogCritical("Hey {Foo} and {Foo}", foo, foo);'), usings=("System",)) + "\n\n" + NOT_LOGGER
    + "\n\npublic static class NotLoggerExtensions\n{\n    public static void LogCritical(this NotLogger logger, string message, params object[] args) { }\n}")

s6677_mel(P, "LogInformation repeated {Foo} with one argument", 'logger.LogInformation("Hey {Foo} and {Foo}", foo);')
for m in ["LogDebug", "LogTrace", "LogCritical", "LogWarning", "LogError"]:
    s6677_mel(P, f"{m} repeated {{Foo}}", f'logger.{m}("Hey {{Foo}} and {{Foo}}", foo, foo);')
s6677_mel(P, "LogInformation repeated {Foo} without arguments", 'logger.LogInformation("Hey {Foo} and {Foo}");')
s6677_mel(P, "Log(LogLevel.Trace) repeated {Foo}", 'logger.Log(LogLevel.Trace, "Hey {Foo} and {Foo}", foo, foo);')
s6677_mel(P, "LogDebug(eventId, ex, repeated {Foo})", 'logger.LogDebug(eventId, ex, "Hey {Foo} and {Foo}", foo, foo);')
MY_LOGGER = """class MyLogger : ILogger
{
    public IDisposable BeginScope<TState>(TState state) => null;
    public bool IsEnabled(LogLevel logLevel) => true;
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception exception, Func<TState, Exception, string> formatter) { }
}"""
for m in ["LogInformation", "LogDebug", "LogTrace", "LogCritical", "LogWarning", "LogError"]:
    s6677_mel(P, f"custom ILogger implementation: {m} repeated {{Foo}}", f'logger.{m}("Hey {{Foo}} and {{Foo}}", foo, foo);',
              params="MyLogger logger, string foo", extra=MY_LOGGER)
s6677_mel(P, "LogInformation {Foo} three times, two arguments", 'logger.LogInformation("Hey {Foo} and {Foo} and {Foo}", foo, bar);')
s6677_mel(P, "LogInformation {Foo} three times and {Bar}", 'logger.LogInformation("Hey {Foo} and {Foo} and {Foo} and {Bar}", foo, foo, foo, bar);')
s6677_mel(P, "LogCritical {Foo} {Bar} {Foo} {Bar}", 'logger.LogCritical("Hey {Foo} and {Bar} and {Foo} and {Bar}", foo, bar, foo, bar);')
s6677_mel(P, "LogDebug three names each repeated", 'logger.LogDebug("Hey {Foo} and {Bar} and {Foo} and {Bar} and {Baz} {Baz}", foo, bar, foo, bar, baz, baz);')
s6677_mel(P, "LogTrace repeated {Foo} mixed with repeated {0}", 'logger.LogTrace("Hey {Foo} and {0} and {Foo} and {Bar} and {0} {Baz}", foo, bar, foo, bar, baz, baz);')
s6677_mel(P, "LoggerExtensions.LogWarning(logger, {Foo} {Foo} ... {0} {Baz})",
          'LoggerExtensions.LogWarning(logger, "Hey {Foo} {Foo} and {Bar} and {0} {Baz}", foo, foo, bar, baz, baz);')
s6677_mel(P, "LoggerExtensions.LogError(message:, logger:, args: Array.Empty<object>()) with repeated {Foo}",
          'LoggerExtensions.LogError(message: "Hey {Foo} {Foo} and {Bar} and {0} {Baz}", logger: logger, args: Array.Empty<object>());')
s6677_mel(P, "LoggerExtensions.LogInformation(logger, args:, message:) repeated {Foo}",
          'LoggerExtensions.LogInformation(logger, args: Array.Empty<object>(), message: "Hey {Foo} and {Foo}");')
s6677_mel(P, "Log(LogLevel.Trace, args: new[] { foo, foo }, message:) repeated {Foo}",
          'logger.Log(LogLevel.Trace, args: new[] { foo, foo }, message: "Hey {Foo} and {Foo}");')
s6677_mel(P, "{Foo}, {$Foo} and {@Foo} (hints are not part of the name)", 'logger.LogInformation("Hey {Foo} and {$Foo} and {@Foo}", foo, bar);')
s6677_mel(P, "{Foo}, {Foo,42}, {Foo:format}, {Foo,-42:for_{_mat} (alignment and format are not part of the name)",
          'logger.LogInformation("Hey {Foo} and {Foo,42} and {Foo:format} and {Foo,-42:for_{_mat}", foo, bar);')
s6677_mel(P, "{_foo} {_foo42} {_foo42} {_foo}", 'logger.LogInformation("Hey {_foo} and {_foo42} and {_foo42} and {_foo}", foo, bar);')
s6677_mel(P, "multi-line LogDebug(message:, eventId:, exception:, args:) repeated {Foo}", """
logger.LogDebug(
    message: "Hey {Foo} and {Foo}",
    eventId: eventId,
    exception: ex,
    args: new[] { foo, foo });""")
s6677_mel(P, "multi-line LoggerExtensions.Log(logger, logLevel:, args:, message:) repeated {Foo}", """
LoggerExtensions.Log(
    logger,
    logLevel: LogLevel.Trace,
    args: Array.Empty<object>(),
    message: "Hey {Foo} and {Foo}");""")
s6677_mel(P, "verbatim multi-line template with {Foo} twice", '''
logger.LogWarning(@"
    hey there
    {Foo}
    and {Bar}
    and again {Foo}
    ", foo, bar, foo);''')

for m in ["Verbose", "Debug", "Information", "Warning", "Error", "Fatal"]:
    s6677_serilog(N, f"Serilog ILogger.{m} two distinct names", f'logger.{m}("Hey {{Foo}} and {{Bar}}", foo, bar);')
s6677_serilog(N, "Serilog ILogger.Write(level, e, two distinct names, foo, bar)", 'logger.Write(level, e, "Hey {Foo} and {Bar}", foo, bar);')
for m in ["Verbose", "Debug", "Information", "Warning", "Error", "Fatal"]:
    s6677_serilog(N, f"Serilog Log.{m} two distinct names", f'Log.{m}("Hey {{Foo}} and {{Bar}}", foo, bar);')
s6677_serilog(N, "Serilog Log.Write(level, e, two distinct names, foo, bar)", 'Log.Write(level, e, "Hey {Foo} and {Bar}", foo, bar);')
s6677_serilog(N, "Serilog Log.Logger.Verbose two distinct names", 'Log.Logger.Verbose("Hey {Foo} and {Bar}", foo, bar);')
for m in ["Verbose", "Debug", "Information", "Warning", "Error", "Fatal"]:
    s6677_serilog(P, f"Serilog ILogger.{m} repeated {{Foo}}", f'logger.{m}("Hey {{Foo}} and {{Foo}}", foo, bar);')
s6677_serilog(P, "Serilog ILogger.Write(level, e, repeated {Foo})", 'logger.Write(level, e, "Hey {Foo} and {Foo}");')
s6677_serilog(P, "Serilog ILogger.Write(level, e, repeated {Foo}, foo)", 'logger.Write(level, e, "Hey {Foo} and {Foo}", foo);')
s6677_serilog(P, "Serilog ILogger.Write(level, e, repeated {Foo}, foo, bar)", 'logger.Write(level, e, "Hey {Foo} and {Foo}", foo, bar);')
for m in ["Verbose", "Debug", "Information", "Warning", "Error", "Fatal"]:
    s6677_serilog(P, f"Serilog Log.{m} repeated {{Foo}}", f'Log.{m}("Hey {{Foo}} and {{Foo}}", foo, bar);')
s6677_serilog(P, "Serilog Log.Write(level, e, repeated {Foo}, foo, bar)", 'Log.Write(level, e, "Hey {Foo} and {Foo}", foo, bar);')
s6677_serilog(P, "Serilog Log.Logger.Verbose repeated {Foo}", 'Log.Logger.Verbose("Hey {Foo} and {Foo}", foo, bar);')
s6677_serilog(P, "Serilog Log.Error(propertyValues:, messageTemplate:) with {Foo} x3 and {Bar} x2", """
Log.Error(
    propertyValues: new[] { foo },
    messageTemplate: "Hey {Foo} and {Bar} and {Foo} and {Foo} and {Bar}");""")

# =====================================================================================================================
# AKS3002: Sonar S6678 (use PascalCase for named placeholders). Unit: one statement. Left out: '{Argumentvalue}' (peer
# FN); the compliant statements another peer mapped to AKS3002 asserts a problem for: '{Arg} {Arg}' (S6677 duplicate),
# '{}' (Serilog002 'property without name'), '{&arg}' and '{arg,arg}' (invalid syntax, Serilog002), '{{arg}}' with one
# argument (argument count, Serilog003), BeginScope("{arg}", arg) (CA1727 asserts camelCase in BeginScope).
# =====================================================================================================================


def s6678(label, note, stmt, params="ILogger logger, int arg", extra=""):
    members = method(f"public void Run({params})", stmt) + ("\n\n" + extra if extra else "")
    case(label, R2, S6678, "S6678 " + note, cls("Program", members))


for tmpl, args in [('"No placeholder"', ""), ('"Arg: {Arg}"', ", arg"), ('"Arg: {0}"', ", arg"), ('"Arg: {_}"', ", arg"),
                   ('"Arg: {_name}"', ", arg"), ('"Arg: {_Name}"', ", arg"), ('"Arg: {Arg1} {Arg2}"', ", arg, arg")]:
    s6678(N, f"LogInformation({tmpl}{args})", f"logger.LogInformation({tmpl}{args});")
s6678(N, 'BeginScope("scope") without placeholders', 'logger.BeginScope("scope");')
s6678(N, "named arguments args: before message: {Arg}", 'logger.LogInformation(args: new object[] { arg }, message: "Arg: {Arg}");')
s6678(N, "named arguments message: {Arg} before args:", 'logger.LogInformation(message: "Arg: {Arg}", args: new object[] { arg });')
NOT_ILOGGER = """public class NotILogger
{
    public void LogCritical(string message, params object[] args) { }
    public void LogInformation(string message, params object[] args) { }
}"""
s6678(N, "NotILogger.LogInformation({arg}) is not an ILogger", 'notILogger.LogInformation("Arg: {arg}", arg);',
      params="NotILogger notILogger, int arg", extra=NOT_ILOGGER)
s6678(N, "NotILogger.LogCritical({arg}) is not an ILogger", 'notILogger.LogCritical("Arg: {arg}", arg);',
      params="NotILogger notILogger, int arg", extra=NOT_ILOGGER)
s6678(P, "LogInformation {arg}", 'logger.LogInformation("Arg: {arg}", arg);')
s6678(P, "LogInformation {Arg} {arg}", 'logger.LogInformation("Arg: {Arg} {arg}", arg, arg);')
s6678(P, "LogInformation {arg} {Arg}", 'logger.LogInformation("Arg: {arg} {Arg}", arg, arg);')
s6678(P, "LogInformation {arg} {arg} (issue + secondary)", 'logger.LogInformation("Arg: {arg} {arg}", arg, arg);')
s6678(P, "verbatim multi-line {arg} twice", 'logger.LogInformation(@"\n     Arg: {arg}\n     {arg}", arg, arg);')
s6678(P, "LoggerExtensions.LogInformation(logger, {arg})", 'LoggerExtensions.LogInformation(logger, "Arg: {arg}", arg);')
s6678(P, "named arguments args: before message: {arg}", 'logger.LogInformation(args: new object[] { arg }, message: "Arg: {arg}");')
s6678(P, "named arguments message: {arg} before args:", 'logger.LogInformation(message: "Arg: {arg}", args: new object[] { arg });')
s6678(P, "{@arg}", 'logger.LogInformation("Arg: {@arg}", arg);')
s6678(P, "{arg,23}", 'logger.LogInformation("Arg: {arg,23}", arg);')
CUSTOM_LOGGER = """public class CustomLogger : ILogger
{
    public IDisposable BeginScope<TState>(TState state) => null;
    public bool IsEnabled(LogLevel logLevel) => false;
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception exception, Func<TState, Exception, string> formatter) { }
}"""
s6678(P, "custom ILogger implementation: LogCritical {arg}", 'logger.LogCritical("Arg: {arg}", arg);', params="CustomLogger logger, int arg", extra=CUSTOM_LOGGER)
s6678(P, "custom ILogger implementation: LogInformation {arg}", 'logger.LogInformation("Arg: {arg}", arg);', params="CustomLogger logger, int arg", extra=CUSTOM_LOGGER)

# =====================================================================================================================
# Suchiman/SerilogAnalyzer (Apache-2.0): Serilog001 exception as a template argument -> AKS3003; Serilog002 template
# syntax, Serilog003 property binding, Serilog005 unique names, Serilog006 PascalCase -> AKS3002; Serilog004 constant
# template -> AKS3001. Unit: one test method (TestTemplateWithErroneousAlignment and TestTemplateWithInvalidFormat
# hold the same input: one case). A test that expects no diagnostic is a negative for the rules of the peer checks it
# exercises. Left out: the custom [MessageTemplateFormatMethod] wrapper interfaces (TestIssue19, TestIssue39_*: not an
# API the AKS300x rules claim), the literal-position helper tests (no logging call), TestPascalCaseFixForEscapedString
# (asserts a code fix only). The PascalCase test inputs have a stray ')' that does not compile; re-typed without it.
# =====================================================================================================================
R1 = ["AKS3001"]


def serilog_info(label, rules, note, template, args=('"tester"',), source=SERILOG):
    call = ", ".join([template] + list(args))
    case(label, rules, source, note, cls("Program", method("static void Run(ILogger test)", f"test.Information({call});"), usings=("Serilog",)))


def serilog_catch(note, stmt, extra=""):
    members = method("public static void Test(ILogger test)", f"""
try
{{
}}
catch (ArgumentException ex)
{{
    {stmt}
}}""") + ("\n\n" + extra if extra else "")
    case(P, ["AKS3002", "AKS3003"], SERILOG, note, cls("TypeName", members, usings=SER))


serilog_catch("Serilog001+Serilog003 TestLocalExceptionInFormatArgs: Warning(\"Hello World\", ex) in catch", 'test.Warning("Hello World", ex);')
serilog_catch("Serilog001+Serilog003 TestMethodReturningExceptionInFormatArgs: Warning(\"Hello World\", TestMethod(ex))",
              'test.Warning("Hello World", TestMethod(ex));', extra="public static Exception TestMethod(Exception ex) => ex;")
case(N, ["AKS3001", "AKS3002"], SERILOG, "TestCorrectTemplate: Warning(\"Hello {Name} World\", \"tester\") (no diagnostic)",
     cls("TypeName", method("public static void Test(ILogger test)", 'test.Warning("Hello {Name} World", "tester");'), usings=SER))
for test, tmpl in [("TestTemplateWithErroneousAlignment / TestTemplateWithInvalidFormat", "Hello {Name:$} to the World"),
                   ("TestTemplateWithInvalidAlignment", "Hello {Name,b} to the World"),
                   ("TestTemplateWithAlignmentAndInvalidFormat", "Hello {Name,1:$} to the World"),
                   ("TestTemplateWithMissingAlignment", "Hello {Name,} to the World"),
                   ("TestTemplateWithZeroAlignment", "Hello {Name,0} to the World"),
                   ("TestTemplateWithInvalidNegativeAlignment", "Hello {Name,1-} to the World"),
                   ("TestTemplateWithUnclosedBrace", "Hello {Name to the World"),
                   ("TestTemplateWithoutName", "Hello {} the World"),
                   ("TestTemplateWithInvalidName", "Hello {\u00a7} the World"),
                   ("TestTemplateWithDestructuringButMissingName", "Hello {@} the World"),
                   ("TestTemplateWithDestructuringButInvalidName", "Hello {@ } the World")]:
    serilog_info(P, R2, f"Serilog002 {test}: {tmpl!r} with one argument", f'"{tmpl}"')
case(P, R2, SERILOG, "Serilog002 TestDiagnosticLengthWithEscapes: verbatim 'Hello {Name to \"\"the\"\" World' (unclosed brace)",
     cls("TypeName", method("public static void Test()", 'Log.Information(@"Hello {Name to ""the"" World");'), usings=("Serilog",)))
serilog_info(N, ["AKS3001", "AKS3002"], "TestCorrectParameterCount: {User} did {Action} {Subject} with three arguments (no diagnostic)",
             '"{User} did {Action} {Subject}"', ('"tester"', '"knock over"', '"a sack of rice"'))
serilog_info(P, R2, "Serilog003 TestMoreArgumentsThanNamedProperties: two properties, three arguments",
             '"{User} did {Action}"', ('"tester"', '"knock over"', '"a sack of rice"'))
serilog_info(P, R2, "Serilog003 TestMoreNamedPropertiesThanArguments: three properties, two arguments",
             '"{User} did {Action} {Subject}"', ('"tester"', '"knock over"'))
serilog_info(P, R2, "Serilog003 TestBiggerPositionalPropertyThanArguments: {1} with one argument", '"{1}"')
serilog_info(P, R2, "Serilog003 TestMoreArgumentsThanPositionalProperties: {0} with two arguments", '"{0}"', ('"Mr."', '"Tester"'))
serilog_info(P, R2, "Serilog003 TestMoreArgumentsThanPositionalProperties2: {1} with two arguments", '"{1}"', ('"Mr."', '"Tester"'))
serilog_info(P, R2, "Serilog003 TestNoPropertiesWithArgument: empty template with one argument", '""')
serilog_info(P, R2, "Serilog003 TestPositionalAndNamedMix: {0} mixed with {Kind}", '"{0} mixed with {Kind} Property"', ('"positional"', '"named"'))
case(P, R1, SERILOG, "Serilog004 TestNonConstantMessageTemplateWarning: Log.Error(errorMessage) with a local from a method call",
     cls("TypeName", method("public static void Test()", "var errorMessage = TryToCheckOutOrder();\nLog.Error(errorMessage);")
         + '\n\npublic static string TryToCheckOutOrder() => "Something bad happened";', usings=("Serilog",)))
for expr in ["String.Empty", "string.Empty"]:
    case(N, ["AKS3001", "AKS3002"], SERILOG, f"TestStringEmptyIsConstantMessageTemplate: Log.Error({expr}) (no diagnostic)",
         cls("TypeName", method("public static void Test()", f"Log.Error({expr});"), usings=SER))
case(P, R2, SERILOG, "Serilog003 TestStringEmptyWithTooManyArguments: Log.Error(String.Empty, \"Hello\")",
     cls("TypeName", method("public static void Test()", 'Log.Error(String.Empty, "Hello");'), usings=SER))
serilog_info(P, R2, "Serilog005 TestUniquePropertyNameRule: {Tester} chats with {Tester}", '"{Tester} chats with {Tester}"', ('"tester1"', '"tester2"'))
serilog_info(P, R2, "Serilog006 TestPascalCaseFormattingRule: {tester} chats with himself", '"{tester} chats with himself"', ('"tester1"',))
for test, tmpl in [("TestPascalCaseFixForString", '"Hello {tester}"'),
                   ("TestPascalCaseFixForSnakeCaseString", '"Hello {tester_name}"'),
                   ("TestPascalCaseFixForStringWithEscapes", '"Hello \\"{tester}\\""'),
                   ("TestPascalCaseFixForStringWithVerbatimEscapes", '@"Hello ""{tester}"""'),
                   ("TestPascalCaseFixForObject", '"Hello {@tester}"'),
                   ("TestPascalCaseFixForStringification", '"Hello {$tester}"')]:
    case(P, R2, SERILOG_PASCAL, f"Serilog006 {test}: Log.Verbose({tmpl}, foo)",
         cls("TypeName", method("public static void Test()", f'var foo = "tester";\nLog.Verbose({tmpl}, foo);'), usings=("Serilog",)))

# =====================================================================================================================
# olsh/resharper-structured-logging (MIT): the analyzer test data (.cs.gold: the highlightings the test asserts,
# filtered by MessageTemplateAnalyzerTestBase). CorrectExceptionPassing('DotNet6') -> AKS3003; TemplateFormat
# ('Non-existing argument', 'Argument is not used'), DuplicatePropertiesTemplate, PropertiesNamingAnalyzer -> AKS3002;
# CompileTimeConstantTemplate -> AKS3001. Unit: one logging statement. A gold file with no highlighting of the test's
# kind is a negative. Left out: SerilogInvalidSyntax (does not compile), the ForContext/Enrich/NLog naming tests (not
# logging calls AKS3002 claims), the 'Prefer named properties' highlighting (a rule no AKS id covers). The naming test
# SerilogValidNamedProperty holds the same statement as TemplateFormat's: one case.
# =====================================================================================================================


def rs(label, rules, folder, file, commit, note, stmt, params="", usings=SER):
    case(label, rules, RS.format(f=f"{folder}/{file}", c=commit), f"{file}: {note}",
         cls("Program", method(f"public static void Main({params})", stmt), usings=usings))


C1 = "1639d6c853f53d4b2e97c38c56a807fbfdce518b"
CA = "a6aed7845f6aceabf1af5c928c8c329127daa077"
F = "CorrectExceptionPassing"
rs(P, R3, F, "SerilogIncorrectExceptionPassing", "5c14a3c09d9ba57e23fa2fc6c53f098aa6473843", "new Exception() as the {Exc} argument",
   'Log.Logger.Information("{One} {Exc}", 1, new Exception());')
rs(N, R3, F, "SerilogCorrectExceptionPassing", "5c14a3c09d9ba57e23fa2fc6c53f098aa6473843", "new Exception() first",
   'Log.Logger.Information(new Exception(), "{One}", 1);')
rs(P, R3, F, "SerilogExceptionMessageAsTemplateArgument", C1, "exception.Message as {Error}",
   'Log.Logger.Error("Import failed {Error}", exception.Message);', params="Exception exception")
rs(P, R3, F, "SerilogBaseExceptionMessageAsTemplateArgument", C1, "exception.GetBaseException().Message as {Error}",
   'Log.Logger.Error("Import failed {Error}", exception.GetBaseException().Message);', params="Exception exception")
rs(P, R3, F, "SerilogExceptionStackTraceAsTemplateArgument", CA, "exception.StackTrace as {Trace}",
   'Log.Logger.Error("Import failed {Trace}", exception.StackTrace);', params="Exception exception")
rs(P, R3, F, "SerilogExceptionToStringAsTemplateArgument", CA, "exception.ToString() as {Error}",
   'Log.Logger.Error("Import failed {Error}", exception.ToString());', params="Exception exception")
rs(N, R3, F, "SerilogExceptionMessageWithOccupiedExceptionArgument", CA, "exception passed, and exception.Message as {Error}",
   'Log.Logger.Error(exception, "Import failed {Error}", exception.Message);', params="Exception exception")
rs(N, R3, F, "SerilogExceptionScalarPropertiesNotReported", C1, "exception.HResult and exception.Data[\"key\"]",
   'Log.Logger.Error("Import failed {Code} {Detail}", exception.HResult, exception.Data["key"]);', params="Exception exception")
rs(N, R3, F, "SerilogExceptionInArrayArguments", "c43471375a98da7ed98aec1135460521aec9047b", "new Exception() inside an object[] argument",
   'Log.Logger.Information("{One} {Two}", new object[] { 1, new Exception() });')
rs(P, R3, F, "SerilogIncorrectExceptionPassingDynamicTemplate", "a2a54e9775886da7777d00c39ad5eff638b6af13",
   "interpolated template, new Exception() as its argument", 'Log.Logger.Information($"{DateTime.Now} {{Error}}", new Exception());')
rs(N, R3, F, "SerilogMultipleExceptionPassing", "5c14a3c09d9ba57e23fa2fc6c53f098aa6473843",
   "exception first, a second exception as {OtherException} (no highlighting)",
   'Log.Logger.Information(new Exception(), "{One} {OtherException}", 1, new Exception());')
rs(N, R3, F, "SerilogNamedArgumentException", "e6afef0dfd1dfc758242fe6b965a3ae2f6e5d008", "named arguments messageTemplate:, exception:",
   'Log.Logger.Information(messageTemplate: "{One}", exception: new Exception());')
case(N, R3, RS.format(f=f"{F}/SerilogNonExceptionMessagePropertyNotReported", c=CA),
     "SerilogNonExceptionMessagePropertyNotReported: a Message property of a non-exception type",
     cls("Program", method("public static void Main(Notification notification)",
                            'Log.Logger.Error("Import failed {Error}", notification.Message);'), usings=("Serilog",))
     + "\n\npublic class Notification\n{\n    public string Message { get; set; }\n}")
rs(P, R3, "CorrectExceptionPassingDotNet6", "MicrosoftExceptionMessageAsTemplateArgument", CA, "logger.LogError(template, exception.Message)",
   'logger.LogError("Import failed {Error}", exception.Message);', params="ILogger logger, Exception exception", usings=MEL)

F = "TemplateFormat"
CF = "f4d13d086be1aa9a5e0de6e507c65aaa585f2b74"
rs(P, R2, F, "SerilogInvalidNamedProperty", CF, "{MyProperty} {AnotherProperty} with one argument (non-existing argument)",
   'Log.Logger.Information("{MyProperty} {AnotherProperty}", 1);')
rs(P, R2, F, "SerilogInvalidNamedProperty", CF, "{MyProperty} with two arguments (argument not used)",
   'Log.Logger.Information("{MyProperty}", 1, 2);')
rs(P, R2, F, "SerilogInvalidNamedProperty", CF, "plain string with two arguments (arguments not used)",
   'Log.Logger.Information("Plain string", 1, 2);')
rs(P, R2, F, "SerilogInvalidPositionProperty", "14c2a7f0a44e731a3b37e898588273ce941083d7", "{0} {1} with one argument (non-existing argument)",
   'Log.Logger.Information("{0} {1}", 1);')
rs(P, R2, F, "SerilogInvalidPositionProperty", "14c2a7f0a44e731a3b37e898588273ce941083d7", "{1} with two arguments (argument 1 not used)",
   'Log.Logger.Information("{1}", 1, 2);')
rs(N, R2, F, "SerilogValidNamedProperty", CF, "{MyProperty} with one argument (also PropertiesNamingAnalyzer/SerilogValidNamedProperty)",
   'Log.Logger.Information("{MyProperty}", 1);')
rs(N, R2, F, "SerilogValidPositionProperty", CF, "{0} with one argument", 'Log.Logger.Information("{0}", 1);')
rs(P, R2, F, "SerilogTemplateWithConcatenations", "68a67e86f731b39d5017611bf6cea0223cc204a4",
   "constant concatenation with three properties, two arguments", '''
Log.Logger.Information("This {MyProperty} \\r\\n"
    + " \\r\\n + {OtherProperty} and \\r\\n"
    + " \\r\\n + {OneMore} last \\r\\n", 1, 2);''')
rs(P, R2, F, "SerilogVerbatimWithConcatenations", "aa547ad8ff8bb8b0efcbf9e4b15da1aafebc3105",
   "verbatim and regular literals concatenated, three properties, two arguments", '''
Log.Logger.Information(@"This {MyProperty} \\r\\n"
    + " \\r\\n + {OtherProperty} and \\r\\n"
    + @" \\r\\n + {OneMore} last \\r\\n", 1, 2);''')
rs(N, R2, F, "SerilogTemplateWithEscapedSymbols", "e0e83b9a6c5a397af5b518237772a1c98dc756c9", "escape sequences around two properties, two arguments",
   'Log.Logger.Information("\\r\\n{MyProperty} \\r\\n {OtherProperty}", 1, 2);')
rs(N, R2, F, "SerilogVerbatimStringValidNamedProperty", "aa547ad8ff8bb8b0efcbf9e4b15da1aafebc3105", "verbatim {MyProperty} with one argument",
   'Log.Logger.Information(@"{MyProperty}", 1);')
case(N, R2, RS.format(f=f"{F}/MicrosoftBeginScopeValidNamedProperty", c="315ae618729c1bc6f5518aac1d49857a05c48538"),
     "MicrosoftBeginScopeValidNamedProperty: log.BeginScope(\"{MyProperty}\", 1) in a constructor",
     cls("A", "public A(ILogger<A> log)\n{\n    log.BeginScope(\"{MyProperty}\", 1);\n}", usings=("Microsoft.Extensions.Logging",)))
rs(P, R2, "DuplicatePropertiesTemplate", "SerilogDuplicateNamedProperty", "5ae210a53e335ba26a6146acbe7263d01c3ee593", "{Test} {Test}",
   'Log.Logger.Information("{Test} {Test}", 1, 2);')
F = "PropertiesNamingAnalyzer"
rs(P, R2, F, "SerilogInvalidNamedProperty", "2dd43acae264413a21d88b667629c16753b0ddc9", "{myProperty}", 'Log.Logger.Information("{myProperty}", 1);')
rs(P, R2, F, "SerilogInvalidNamedPropertyWithDot", "fa616f9ceaa6b11b158ca8678216e0d6be0f4511", "{My.Property}", 'Log.Logger.Information("{My.Property}", 1);')
rs(P, R2, F, "SerilogInvalidNamedPropertyWithSpace", "fa616f9ceaa6b11b158ca8678216e0d6be0f4511", "{My Property}", 'Log.Logger.Information("{My Property}", 1);')
rs(N, R2, F, "SerilogValidDestructuredNamedProperty", "2dd43acae264413a21d88b667629c16753b0ddc9", "{@MyProperty}", 'Log.Logger.Information("{@MyProperty}", 1);')

F = "CompileTimeConstantTemplate"
rs(P, R1, F, "SerilogConcatenatedString", "ce83303bf9cf79fb8fe2ff61a78b3e2a0d2ca06e", "literal + host parameter",
   'Log.Logger.Information("Could not open socket to " + host);', params="string host")
rs(P, R1, F, "SerilogInterpolatedString", "ce83303bf9cf79fb8fe2ff61a78b3e2a0d2ca06e", "Error(exception, $\"Failed at {DateTime.Now}\")",
   'Log.Logger.Error(exception, $"Failed at {DateTime.Now}");', params="Exception exception")
rs(P, R1, F, "SerilogStringFormat", "feaab9cbbdf02c82ec2967f466031634e28a330b", "string.Format(\"Disk quota {0} MB exceeded\", quota)",
   'Log.Logger.Information(string.Format("Disk quota {0} MB exceeded", quota));', params="int quota")
rs(P, R1, F, "SerilogVariableTemplate", "ce83303bf9cf79fb8fe2ff61a78b3e2a0d2ca06e", "template parameter",
   "Log.Logger.Information(template, quota);", params="string template, int quota")
case(N, R1, RS.format(f=f"{F}/SerilogConstantTemplate", c="feaab9cbbdf02c82ec2967f466031634e28a330b"),
     "SerilogConstantTemplate: a const string field as the template",
     cls("Program", 'private const string Template = "Disk quota {Quota} MB exceeded";\n\n'
         + method("public static void Main(int quota)", "Log.Logger.Information(Template, quota);"), usings=("Serilog",)))

# =====================================================================================================================
# Scybernator/ScyberLog.Analyzers (MIT; its LoggerMessageDefineTests are adapted from roslyn-analyzers): AA0008
# invalid braces in a template -> AKS3002 ('a brace is unmatched'). This stands in for roslyn-analyzers' CA2023
# (invalid braces), whose tests the search index does not hold (dotnet/sdk and roslyn-analyzers versions there predate
# it). Unit: one statement. Left out: "{{One}", "}{One}", "{One}}" (the same DefineScope inputs as roslyn-analyzers'
# Fix7285 cases, already in the first logging set), the [LoggerMessage] attribute cases (source-generator attributes,
# which AKS3002 does not claim), IsValidMessageTemplate (a unit test of a helper).
# =====================================================================================================================


def scyber(label, note, stmt):
    case(label, R2, SCYBER, "AA0008 " + note, cls("Program", 'public const string Const = "const";\n\n'
                                                   + method("public static void Main()", f"ILogger logger = null;\n{stmt}"), usings=("Microsoft.Extensions.Logging",)))


for t in ['"{One{Two}"', '"{One}{"', '"{{{One}}"', '"}}{One}}"', '"{{{One}{"', '"}}{One}{"']:
    scyber(P, f"LoggerMessage.DefineScope<int>({t})", f"LoggerMessage.DefineScope<int>({t});")
scyber(P, 'LoggerMessage.DefineScope<int, int>("}}{One} {Two}{")', 'LoggerMessage.DefineScope<int, int>("}}{One} {Two}{");')
scyber(P, 'logger.Log(LogLevel.Error, "{")', 'logger.Log(LogLevel.Error, "{");')
for m in ["LogInformation", "LogDebug", "LogTrace", "LogWarning", "LogError", "LogCritical"]:
    scyber(P, f'logger.{m}("{{")', f'logger.{m}("{{");')
scyber(P, 'LoggerMessage.Define(LogLevel.Error, new EventId(8), "{")', 'LoggerMessage.Define(LogLevel.Error, new EventId(8), "{");')
scyber(N, "DefineScope<int>: {One} then an escaped closing brace", 'LoggerMessage.DefineScope<int>("Some logged value: {One}}} with an escaped brace");')
scyber(N, "DefineScope<int, int>: escaped braces around {One} and {Two}",
       'LoggerMessage.DefineScope<int, int>("}}Some logged value: {One}}} with an {Two}{{ escaped brace");')
scyber(N, "DefineScope<int, int>: many escaped braces",
       'LoggerMessage.DefineScope<int, int>("{{Some logged {{value: {One}}} with an {Two}{{{{ escaped brace{{}}");')

# =====================================================================================================================
# leotsarev/hardcode-analyzer, Tsarev.Analyzer.Exceptions ('Exception data is swallowed: log the exception object
# instead of exception.Message') -> AKS3003. The peer's tests call an unspecified static Log.Error; re-typed with
# Serilog's static Log. ExceptionPassedToLog passes ex after the message (the peer API's order); re-typed with the
# exception first, Serilog's exception overload (with Serilog's order the exception would become a property value).
# =====================================================================================================================


def tsarev(label, note, body):
    case(label, R3, TSAREV, note, cls("Class", method("private void WriteException()", body), usings=SER))


tsarev(P, "TestWriteExceptionToLog: Log.Error(ex.Message)", "var ex = new Exception();\nLog.Error(ex.Message);")
tsarev(N, "TestNotException: Message of an anonymous object", 'var ex = new { Message = "" };\nLog.Error(ex.Message);')
tsarev(P, "ConcatExceptionToLog: Log.Error(\"\" + \"\" + ex.Message)", 'var ex = new Exception();\nLog.Error("" + "" + ex.Message);')
tsarev(N, "ExceptionPassedToLog: the exception is passed too", 'var ex = new Exception();\nLog.Error(ex, "" + "" + ex.Message);')

# =====================================================================================================================
# AKS3004: Sonar S6670 (Trace.Write/WriteLine should not be used), Sonar S106 (standard outputs should not be used to
# log) and clio's CLIO002 (direct console writes). The peers test console/trace calls in plain classes; AKS3004 claims
# service code only, so each call is placed here (our placement, not the peer's) in a ControllerBase action or a
# BackgroundService, alternately, keeping the peer's call and label. Left out: S6670's compliant calls
# (Trace.TraceError/TraceInformation/TraceWarning, WriteIf/WriteLineIf, and Console/Debug in Not_TraceClass) and S106's
# Debug.WriteLine: they are compliant only for the peer's narrower concern (event-typed trace methods; Console only),
# and AKS3004.md names Console, Debug.Write* and Trace.Trace*/Write* output as what it covers, so they are not peer
# assertions of 'no console/trace output'. S106 inputs that do not compile (Conditional("Wrong conditional"), CS0633;
# [Conditional] on non-attribute classes, CS1689) are left out. clio's negatives are its own policy exemptions
# (ConsoleLogger/Quiz namespaces, test assemblies, Program.Main bootstrap) that cannot be placed in service code; its
# Console.Out capture and Console.OutputEncoding positives are not output calls; both are left out. Identical
# statements repeated by a peer file (S6670's Write("Message")/WriteLine("Message")) are one case.
# =====================================================================================================================
R4 = ["AKS3004"]
_service_turn = [0]


def service(label, source, note, stmts, usings=("System",), members=None, kind=None):
    """`stmts` in a controller action or in a worker's ExecuteAsync (alternating unless `kind` says), or `members` as
    members of a controller."""
    if kind is None:
        kind = "controller" if _service_turn[0] % 2 == 0 else "worker"
        _service_turn[0] += 1
    if members is not None:
        text = cls("KeysController", members, usings=tuple(usings) + ("Microsoft.AspNetCore.Mvc",), base="ControllerBase")
        text = text.replace("\npublic class KeysController", '\n[ApiController]\n[Route("keys")]\npublic class KeysController')
        place = "a controller member"
    elif kind == "controller":
        text = cls("KeysController", method("[HttpGet]\npublic IActionResult Get()", stmts + "\nreturn Ok();"),
                   usings=tuple(usings) + ("Microsoft.AspNetCore.Mvc",), base="ControllerBase")
        text = text.replace("\npublic class KeysController", '\n[ApiController]\n[Route("keys")]\npublic class KeysController')
        place = "a controller action"
    elif kind == "async-controller":
        text = cls("KeysController", method("[HttpGet]\npublic async Task<IActionResult> GetAsync()", stmts + "\nreturn Ok();"),
                   usings=tuple(usings) + ("System.Threading.Tasks", "Microsoft.AspNetCore.Mvc"), base="ControllerBase")
        text = text.replace("\npublic class KeysController", '\n[ApiController]\n[Route("keys")]\npublic class KeysController')
        place = "an async controller action"
    else:
        text = cls("KeyWorker", method("protected override Task ExecuteAsync(CancellationToken stoppingToken)", stmts + "\nreturn Task.CompletedTask;"),
                   usings=tuple(usings) + ("System.Threading", "System.Threading.Tasks", "Microsoft.Extensions.Hosting"), base="BackgroundService")
        place = "a BackgroundService.ExecuteAsync"
    case(label, R4, source, f"{note} (placed by us in {place})", text)


TRACE = ("System", "System.Diagnostics")
for stmt in ['Trace.Write("Message");', 'Trace.WriteLine("Message");', "Trace.Write(42);", 'Trace.Write("Message", "Category");',
             'Trace.Write(42, "Category");', "Trace.WriteLine(42);", 'Trace.WriteLine("Message", "Category");', 'Trace.WriteLine(42, "Category");']:
    service(P, S6670, f"S6670 {stmt}", stmt, usings=TRACE)
for stmt in ['AliasedTrace.Write("Message");', 'AliasedTrace.WriteLine("Message");']:
    service(P, S6670, f"S6670 {stmt} through 'using AliasedTrace = System.Diagnostics.Trace'",
            stmt, usings=("System", "AliasedTrace = System.Diagnostics.Trace"))

KEY = "var key = new byte[] { 1, 2, 3 };\n"
service(P, S106, 'S106 Console.WriteLine("debug key = {0}", BitConverter.ToString(key))',
        KEY + 'Console.WriteLine("debug key = {0}", BitConverter.ToString(key));')
service(P, S106, "S106 Console.WriteLine() (caret-marked)", "Console.WriteLine();")
service(P, S106, 'S106 Console.Write("debug key = {0}", BitConverter.ToString(key))',
        KEY + 'Console.Write("debug key = {0}", BitConverter.ToString(key));')
service(P, S106, "S106 Console.Write(true)", "Console.Write(true);")
service(N, S106, "S106 Console.ReadKey() is input, not output", "Console.ReadKey();")
service(P, S106, "S106 expression-bodied LogDebug(message) => Console.WriteLine(message)", None,
        members="public static void LogDebug(string message) =>\n    Console.WriteLine(message);")
service(P, S106, "S106 Console.Write(true) in a local function", None, members=method("private static void NestedMethod()", """
var s = GetData();
string GetData()
{
    Console.Write(true);
    return "data";
}"""))
service(P, S106, "S106 Console.WriteLine in a property getter", None, members="""private string property1;

public string Property1
{
    get
    {
        Console.WriteLine("Property1 read");
        return property1;
    }
}""")
service(P, S106, "S106 Console.WriteLine in a property setter", None, members="""private string property1;

public string Property1
{
    set
    {
        Console.WriteLine("Property1 written");
        property1 = value;
    }
}""")
service(N, S106, "S106 Console.WriteLine() in a [Conditional(\"DEBUG\")] method (compliant: debug-only)", None,
        members='[System.Diagnostics.Conditional("DEBUG")]\npublic static void LogDebugB(string message)\n{\n    Console.WriteLine();\n}')
service(P, S106, "S106 Console.WriteLine() in a [Conditional(\"debug\")] method (Noncompliant: wrong case)", None,
        members='[System.Diagnostics.Conditional("debug")]\npublic static void LogDebugC(string message)\n{\n    Console.WriteLine();\n}')
service(P, S106, "S106 nested class member LogDebugA(message) => Console.WriteLine(message) (Exceptions_NestedClassA)", None,
        members="public static void LogDebugA(string message) =>\n    Console.WriteLine(message);")

service(P, CLIO, 'CLIO002 Console.WriteLine("hello")', 'Console.WriteLine("hello");')
service(P, CLIO, 'CLIO002 Console.Write("hello")', 'Console.Write("hello");')
service(P, CLIO, 'CLIO002 await Console.Out.WriteAsync("Extracting files: ")', 'await Console.Out.WriteAsync("Extracting files: ");',
        kind="async-controller")

# =====================================================================================================================
# AKS3005: secrets written to logs. CodeQL cs/cleartext-storage-of-sensitive-information (CWE-312), its logging
# statements: the peer logs through a local class ILogger with Warn(string); re-typed as Microsoft.Extensions.Logging
# LogWarning(string) with the same argument. '$ Alert' positive, the GOOD statements negative. The cookie and file
# sinks are not logging (left out). The Windows Forms TextBox is a stub (see '=== stubs').
# =====================================================================================================================
R5 = ["AKS3005"]
HANDLER = """
public string Encode(string value, string type) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(type + value));

public string GetPassword()
{
    return "password";
}"""


def codeql_cs(label, note, stmt):
    case(label, R5, CODEQL_CS, "CWE-312 " + note, mel_field("ClearTextStorageHandler", method("public void ProcessRequest()", stmt) + "\n" + HANDLER))


codeql_cs(P, "logger.Warn(GetPassword()) as LogWarning", "logger.LogWarning(GetPassword());")
codeql_cs(N, "logger.Warn(Encode(GetPassword(), \"Password\")) as LogWarning (GOOD: encrypted)", 'logger.LogWarning(Encode(GetPassword(), "Password"));')


def codeql_form(label, note, stmt):
    members = "TextBox password, box1, box2, box3;\n\n" + method("public void OnButtonClicked()",
                                                                 "box1.PasswordChar = '*';\nbox2.UseSystemPasswordChar = true;\n" + stmt)
    case(label, R5, CODEQL_CS, "CWE-312 MyForm " + note,
         mel_field("MyForm", members, usings=("System", "System.Windows.Forms", "Microsoft.Extensions.Logging")))


codeql_form(P, "logger.Warn(password.Text) as LogWarning (a TextBox named password)", "logger.LogWarning(password.Text);")
codeql_form(P, "logger.Warn(box1.Text) as LogWarning (box1.PasswordChar set)", "logger.LogWarning(box1.Text);")
codeql_form(P, "logger.Warn(box2.Text) as LogWarning (box2.UseSystemPasswordChar set)", "logger.LogWarning(box2.Text);")
codeql_form(N, "logger.Warn(box3.Text) as LogWarning (GOOD: plain text box)", "logger.LogWarning(box3.Text);")

# =====================================================================================================================
# AKS3005: CodeQL java/sensitive-log (CWE-532) inline-expectation test Test.java, typed as C#: log4j logger.info/error
# -> LogInformation/LogError with the same concatenation, parameter and helper names kept (PascalCase for methods),
# Java substring(begin[, end]) -> Substring(begin[, length]) selecting the same characters ((1,5) -> (1, 4); the other
# two-argument calls start at 0). '$ Alert' positive, '// Safe'
# negative. A Java test, not a C# one: its family is kept apart in the printed table.
# =====================================================================================================================


def java(label, note, stmt, params, locals_=""):
    body = (locals_ + "\n" if locals_ else "") + stmt
    helpers = "".join(f"\n\nstatic string {h}(string input) {{ return input; }}" for h in ("HashPassword", "Sha256Digest", "EncryptValue")
                      if h + "(" in stmt)
    case(label, R5, CODEQL_JAVA, "CWE-532 " + note, mel_field("Test", method(f"void Run({params})", body) + helpers))


java(P, "info(\"User's password is: \" + password)", 'logger.LogInformation("User\'s password is: " + password);', "string password")
java(P, "error(\"Auth failed for: \" + authToken)", 'logger.LogError("Auth failed for: " + authToken);', "string authToken")
for name in ["username", "nullToken", "stringTokenizer"]:
    java(N, f"error(\"Auth failed for: \" + {name}) (Safe)", f'logger.LogError("Auth failed for: " + {name});', f"string {name}")
LOCALS = "int zero = 0;\nint four = 4;\nshort zeroS = 0;\nlong fourL = 4L;"
for java_expr, cs_expr, label in [("substring(4)", "Substring(4)", N), ("substring(four)", "Substring(four)", N),
                                  ("substring(0,4)", "Substring(0, 4)", N), ("substring(zero,four)", "Substring(zero, four)", N),
                                  ("substring((int)zeroS,(int)fourL)", "Substring((int)zeroS, (int)fourL)", N),
                                  ("substring(1,5)", "Substring(1, 4)", P), ("substring(0,8)", "Substring(0, 8)", P)]:
    java(label, f"error(\"Auth failed for: \" + authToken.{java_expr} + \"...\")" + (" (Safe)" if label == N else ""),
         f'logger.LogError("Auth failed for: " + authToken.{cs_expr} + "...");', "string authToken", LOCALS)
java(N, "info(\"hash: \" + hashPassword(password)) (Safe - hashed)", 'logger.LogInformation("hash: " + HashPassword(password));', "string password")
java(N, "info(\"hash: \" + sha256Digest(authToken)) (Safe - digested)", 'logger.LogInformation("hash: " + Sha256Digest(authToken));', "string authToken")
java(N, "info(\"enc: \" + encryptValue(password)) (Safe - encrypted)", 'logger.LogInformation("enc: " + EncryptValue(password));', "string password")
java(P, "info(\"pw: \" + password) (not hashed)", 'logger.LogInformation("pw: " + password);', "string password")
for prefix, name in [("cursor", "nextToken"), ("cursor", "pageToken"), ("cursor", "continuationToken"), ("cursor", "cursorToken"),
                     ("type", "tokenType"), ("endpoint", "tokenEndpoint"), ("count", "tokenCount"), ("url", "tokenUrl"),
                     ("index", "tokenIndex"), ("length", "tokenLength"), ("name", "tokenName"), ("id", "tokenId"),
                     ("name", "secretName"), ("id", "secretId"), ("version", "secretVersion"), ("arn", "secretArn"),
                     ("path", "secretPath"), ("type", "secretType"), ("manager", "secretManager"), ("properties", "secretProperties")]:
    java(N, f"info(\"{prefix}: \" + {name}) (Safe: false-positive exclusion)", f'logger.LogInformation("{prefix}: " + {name});', f"string {name}")
for prefix, name in [("token", "accessToken"), ("secret", "clientSecret"), ("secret", "apiSecret"), ("token", "sessionToken"),
                     ("token", "bearerToken"), ("key", "secretKey"), ("token", "refreshToken"), ("value", "secretValue")]:
    java(P, f"info(\"{prefix}: \" + {name}) (should still be flagged)", f'logger.LogInformation("{prefix}: " + {name});', f"string {name}")

# =====================================================================================================================
# Writing
# =====================================================================================================================
STUBS = """namespace System.Windows.Forms
{
    public class Form { }
    public class TextBox
    {
        public string Text { get; set; }
        public char PasswordChar { get; set; }
        public bool UseSystemPasswordChar { get; set; }
    }
}"""
RULES = ["AKS3001", "AKS3002", "AKS3003", "AKS3004", "AKS3005", "AKS3006"]


def main():
    positives = sum(1 for c in CASES if c[0] == P)
    per_rule = "; ".join(
        f"{r}: {sum(1 for c in CASES if c[0] == P and r in c[1])}/{sum(1 for c in CASES if c[0] == N and r in c[1])}" for r in RULES)
    out = [f"# Held-out logging set 2 (AKS3001-AKS3006): peer test cases re-typed, labelled by the peer. "
           f"cases: {len(CASES)}; positives: {positives}; negatives: {len(CASES) - positives}; per rule positives/negatives: {per_rule}",
           "# Format: README.md ('Logging, set 2'). Written by write_logging_2.py. '=== stubs' is compiled with every case; each case is its own namespace.",
           "=== stubs | compiled with every case | source: written for this set (a Windows Forms TextBox stand-in for the CodeQL CWE-312 form)",
           STUBS]
    for label, rules, source, note, text in CASES:
        out.append(f"=== {label} {','.join(rules)} | source: {source} | {note}")
        out.append(text)
    (HERE / "logging-2.txt").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(len(CASES), positives, len(CASES) - positives, per_rule)


if __name__ == "__main__":
    main()

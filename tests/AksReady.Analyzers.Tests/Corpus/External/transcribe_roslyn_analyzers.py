#!/usr/bin/env python3
"""Transcribes the test inputs of dotnet/roslyn-analyzers LoggerMessageDefineTests (CA2254, CA2017, CA1727) into one C#
file, one statement per test input, each marked with the diagnostics the peer test asserts on it ("// Noncompliant CA2017
CA1727") or "// Compliant" when it asserts none of CA2254/CA2017/CA1727. The expansion helpers (6 LogXxx methods x 4
leading-argument shapes + BeginScope, Define/DefineScope arities) follow the peer test's own generators; the templates,
arguments and expected IDs are copied as data. Run: python3 transcribe_roslyn_analyzers.py > roslyn-analyzers-CA2254-CA2017-CA1727.cs
"""
METHODS = ['LogTrace', 'LogError', 'LogWarning', 'LogInformation', 'LogDebug', 'LogCritical']
FORMATS = ['', '0, ', '1, new System.Exception(), ', '2, null, ']

cases = []  # (statement lines, ids, test name)


def template_usages(template, arguments, ids, test):
    ta = template if not arguments else '%s, %s' % (template, arguments)
    for m in METHODS:
        for f in FORMATS:
            cases.append((['logger.%s(%s%s);' % (m, f, ta)], ids, test))
    cases.append((['logger.BeginScope(%s);' % ta], ids, test))


def array_usages(template, arguments, ids, test):
    for m in METHODS:
        for f in FORMATS:
            cases.append((['var arrayArgs = new object[] { %s };' % arguments, 'logger.%s(%s%s, arrayArgs);' % (m, f, template)], ids, test))
    cases.append((['var arrayArgs = new object[] { %s };' % arguments, 'logger.BeginScope(%s, arrayArgs);' % template], ids, test))


def generic(n, method):
    return method + ('<%s>' % ', '.join(['int'] * n) if n > 0 else '')


def define_usages(template, n, ids, test):
    cases.append((['LoggerMessage.%s(%s);' % (generic(n, 'DefineScope'), template)], ids, test))
    cases.append((['LoggerMessage.%s(LogLevel.Information, 42, %s);' % (generic(n, 'Define'), template)], ids, test))


# CA2253IsProducedForNumericFormatArgumentAsync: "{0}" with 1 -> only CA2253 (not mapped), i.e. none of CA2254/CA2017/CA1727.
T = 'CA2253IsProducedForNumericFormatArgumentAsync'
template_usages('"{0}"', '1', [], T)
define_usages('"{0}"', 1, [], T)
cases.append((['logger.LogTrace("{0}", 1);'], [], T))
cases.append((['logger.LogTrace("{0}", "1");'], [], T))
# CA2254ShouldNotApplyForConstantValues
cases.append((['logger.LogDebug($"{nameof(System.Collections.Generic.IList<object>)}<{{Arg1}}> could not be resovled from DI container, using default JSON binder.", typeof(string).Assembly);'], [], 'CA2254ShouldNotApplyForConstantValues'))
# CA2254IsProducedForDynamicFormatArgumentAsync
T = 'CA2254IsProducedForDynamicFormatArgumentAsync'
for t in ['$"{new System.Exception().Message}"', '$"{string.Empty}"', '"string" + 2']:
    template_usages(t, '11', ['CA2254'], T)
# CA2017IsProducedForFormatArgumentCountMismatchAsync
T = 'CA2017IsProducedForFormatArgumentCountMismatchAsync'
template_usages('""', '1', ['CA2017'], T)
template_usages('"{string} {string}"', '1', ['CA2017', 'CA1727'], T)
template_usages('"{string} {string}"', 'new object[] { 1 }', ['CA2017', 'CA1727'], T)
template_usages('"{string}"', '1, 2', ['CA2017', 'CA1727'], T)
template_usages('"{string}"', 'new object[] { 1 }, new object[] { 2 }', ['CA2017', 'CA1727'], T)
template_usages('"{str" + "ing}"', '1, 2', ['CA2017', 'CA1727'], T)
template_usages('"{" + nameof(ILogger) + "}"', '', ['CA2017'], T)
template_usages('"{" + Const + "}"', '', ['CA2017', 'CA1727'], T)
define_usages('"{string}"', 2, ['CA2017', 'CA1727'], T)
define_usages('"{str" + "ing}"', 2, ['CA2017', 'CA1727'], T)
define_usages('""', 1, ['CA2017'], T)
define_usages('"{string} {string}"', 1, ['CA2017', 'CA1727'], T)
define_usages('"{" + nameof(ILogger) + "}"', 0, ['CA2017'], T)
define_usages('"{" + Const + "}"', 0, ['CA2017', 'CA1727'], T)
# CA1727IsProducedForCamelCasedFormatArgumentAsync
T = 'CA1727IsProducedForCamelCasedFormatArgumentAsync'
template_usages('"{camelCase}"', '1', ['CA1727'], T)
define_usages('"{camelCase}"', 1, ['CA1727'], T)
# TemplateDiagnosticsAreNotProducedAsync (CA2017/CA2254 not produced; CA1727 where the peer marks it)
T = 'TemplateDiagnosticsAreNotProducedAsync'
for t in ['nameof(ILogger) + " string"', '" string" + " string"', '$" string" + $" string"']:
    template_usages(t, '', [], T)
    define_usages(t, 0, [], T)
template_usages('"{st" + "ring}"', '1', ['CA1727'], T)
define_usages('"{st" + "ring}"', 1, ['CA1727'], T)
array_usages('"{string} {string}"', '1', ['CA1727'], T)
define_usages('"{string} {string}"', 2, ['CA1727'], T)
template_usages('"{string}"', '1', ['CA1727'], T)
template_usages('"{string} {string}"', '1, 2', ['CA1727'], T)
template_usages('"{string} {string}"', 'new object[] { 1, 2 }', ['CA1727'], T)
# CA2017IsProducedForDefineMessageTypeParameterMismatchAsync
T = 'CA2017IsProducedForDefineMessageTypeParameterMismatchAsync'
for s in ['LoggerMessage.Define(LogLevel.Information, 42, "{One} {Two} {Three}");',
          'LoggerMessage.Define<int>(LogLevel.Information, 42, "{One} {Two} {Three}");',
          'LoggerMessage.Define<int>(LogLevel.Information, 42, "{One} {}");',
          'LoggerMessage.Define<int, int>(LogLevel.Information, 42, "{One} {Two} {Three}");',
          'LoggerMessage.Define<int, int, int>(LogLevel.Information, 42, "{One} {Two}");',
          'LoggerMessage.Define<int, int, int, int>(LogLevel.Information, 42, "{One} {Two} {Three}");',
          'LoggerMessage.DefineScope<int>("{One} {Two} {Three}");',
          'LoggerMessage.DefineScope<int, int>("{One} {Two} {Three}");',
          'LoggerMessage.DefineScope<int, int, int>("{One} {Two}");']:
    cases.append(([s], ['CA2017'], T))
# Fix7285_CA2017 (unmatched braces)
for s in ['LoggerMessage.DefineScope<int>("{One}}");', 'LoggerMessage.DefineScope<int>("{{One}");', 'LoggerMessage.DefineScope<int>("}{One}");']:
    cases.append(([s], ['CA2017'], 'Fix7285_CA2017'))
# CA1848IsProducedForInvocationsOfAllLoggerExtensionsAsync: none of CA2254/CA2017/CA1727
for m in METHODS + ['BeginScope']:
    cases.append((['logger.%s("This is a test {Message}","Foo");' % m], [], 'CA1848IsProducedForInvocationsOfAllLoggerExtensionsAsync'))

print('// Provenance: dotnet/roslyn-analyzers:src/NetAnalyzers/UnitTests/Microsoft.NetCore.Analyzers/Runtime/LoggerMessageDefineTests.cs@116b8c4a5531bd97aff8201da52a2b564ee65fb5')
print('// (test inputs and expected IDs transcribed as data by transcribe_roslyn_analyzers.py; one block per test input, test name in the comment)')
print('// Map: CA2254=AKS3001, CA2017=AKS3002, CA1727=AKS3002')
print('// Candidates: \\b(logger|LoggerMessage)\\.')
print('using Microsoft.Extensions.Logging;')
print('public class Program')
print('{')
print('    public const string Const = "const";')
print('    public static void Main()')
print('    {')
print('        ILogger logger = null!;')
for lines, ids, test in cases:
    marker = ('// Noncompliant ' + ' '.join(ids)) if ids else '// Compliant'
    print('        { ' + ' '.join(lines) + ' } ' + marker + ' (' + test + ')')
print('    }')
print('}')

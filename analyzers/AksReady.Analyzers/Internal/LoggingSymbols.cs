using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AksReady.Analyzers.Internal;

/// <summary>Which logging API a call belongs to.</summary>
internal enum LoggingApi
{
    /// <summary><c>LoggerExtensions.LogXxx/Log/BeginScope</c> (Microsoft.Extensions.Logging).</summary>
    MicrosoftExtensions,

    /// <summary><c>LoggerMessage.Define*</c>: the template is checked against the generic arity.</summary>
    LoggerMessageDefine,

    /// <summary><c>Serilog.ILogger</c> (and implementations) or the static <c>Serilog.Log</c>.</summary>
    Serilog,
}

/// <summary>A call to a logging method that takes a message template, split into its parts.</summary>
internal sealed class LogCall
{
    public LogCall(IInvocationOperation invocation, LoggingApi api, IArgumentOperation template, IArgumentOperation? exception, ImmutableArray<IOperation>? arguments, bool isScope)
    {
        Invocation = invocation;
        Api = api;
        Template = template;
        Exception = exception;
        Arguments = arguments;
        IsScope = isScope;
    }

    public IInvocationOperation Invocation { get; }

    public LoggingApi Api { get; }

    /// <summary>The message template argument.</summary>
    public IArgumentOperation Template { get; }

    /// <summary>The template expression without conversions.</summary>
    public IOperation TemplateValue => Template.Value.WalkDownConversions();

    /// <summary>The exception argument, when the overload has an exception parameter.</summary>
    public IArgumentOperation? Exception { get; }

    /// <summary>
    /// The template arguments in order (params expanded, conversions stripped), or null when they are not
    /// known statically (an array passed as <c>params</c>). Empty for <c>LoggerMessage.Define*</c>.
    /// </summary>
    public ImmutableArray<IOperation>? Arguments { get; }

    /// <summary>The number of values the template receives: the argument count, or the generic arity of <c>Define&lt;T1..Tn&gt;</c>.</summary>
    public int? ValueCount => Api == LoggingApi.LoggerMessageDefine ? Invocation.TargetMethod.TypeArguments.Length : Arguments?.Length;

    /// <summary><c>BeginScope</c>/<c>DefineScope</c>: there is no exception overload.</summary>
    public bool IsScope { get; }

    /// <summary>A non-null exception argument (not the parameter's default, not a literal <c>null</c>).</summary>
    public bool HasExceptionArgument
        => Exception is { } exception
           && exception.ArgumentKind != ArgumentKind.DefaultValue
           && exception.Value.WalkDownConversions().ConstantValue is not { HasValue: true, Value: null };

    /// <summary>The constant template text, or null.</summary>
    public string? ConstantTemplate => TemplateValue.ConstantValue is { HasValue: true, Value: string text } ? text : null;
}

/// <summary>Logging types of one compilation, resolved once in the compilation start action.</summary>
internal sealed class LoggingSymbols
{
    private static readonly HashSet<string> TemplateParameterNames = new(System.StringComparer.Ordinal)
    {
        "message", "messageFormat", "messageTemplate", "formatString",
    };

    private readonly INamedTypeSymbol? loggerExtensions;
    private readonly INamedTypeSymbol? loggerMessage;
    private readonly INamedTypeSymbol? serilogLogger;
    private readonly INamedTypeSymbol? serilogLog;

    private LoggingSymbols(Compilation compilation)
    {
        loggerExtensions = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.LoggerExtensions);
        loggerMessage = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.LoggerMessage);
        serilogLogger = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.SerilogILogger);
        serilogLog = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.SerilogLog);
        Exception = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.Exception);
        OperationCanceledException = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.OperationCanceledException);
    }

    public INamedTypeSymbol? Exception { get; }

    /// <summary><see cref="System.OperationCanceledException"/> (and so <c>TaskCanceledException</c>): cancellation, not a failure.</summary>
    public INamedTypeSymbol? OperationCanceledException { get; }

    /// <summary>Null when the compilation references neither Microsoft.Extensions.Logging nor Serilog.</summary>
    public static LoggingSymbols? Create(Compilation compilation)
    {
        var symbols = new LoggingSymbols(compilation);
        return symbols.loggerExtensions is null && symbols.loggerMessage is null && symbols.serilogLogger is null && symbols.serilogLog is null
            ? null
            : symbols;
    }

    /// <summary>True when <see cref="TryGetLogCall"/> can accept a method of this name: a test that needs no symbol.</summary>
    public static bool IsCandidateName(string name) => GetNameKind(name) != NameKind.None;

    /// <summary>True when the type is <see cref="System.Exception"/> or derives from it.</summary>
    public bool IsException(ITypeSymbol? type) => type.DerivesFrom(Exception);

    /// <summary>Recognises a logging call with a message template. Names are compared before symbols.</summary>
    public bool TryGetLogCall(IInvocationOperation invocation, out LogCall? call)
    {
        call = null;
        var method = invocation.TargetMethod;
        LoggingApi api;
        switch (GetNameKind(method.Name))
        {
            case NameKind.Microsoft when IsType(method.ContainingType, loggerExtensions):
                api = LoggingApi.MicrosoftExtensions;
                break;
            case NameKind.Define when IsType(method.ContainingType, loggerMessage):
                api = LoggingApi.LoggerMessageDefine;
                break;
            case NameKind.Serilog when IsSerilogType(method.ContainingType):
                api = LoggingApi.Serilog;
                break;
            default:
                return false;
        }

        IArgumentOperation? template = null;
        IArgumentOperation? exception = null;
        var arguments = GetArgumentsInParameterOrder(invocation.Arguments);
        if (arguments.IsDefault)
        {
            return false; // Incomplete code.
        }

        foreach (var argument in arguments)
        {
            var parameter = argument.Parameter!;
            if (template is null && parameter.Type.SpecialType == SpecialType.System_String && TemplateParameterNames.Contains(parameter.Name))
            {
                template = argument;
            }
            else if (template is null && exception is null && Exception is not null && SymbolEqualityComparer.Default.Equals(parameter.Type, Exception))
            {
                exception = argument;
            }
        }

        if (template is null)
        {
            return false;
        }

        ImmutableArray<IOperation>? values = ImmutableArray<IOperation>.Empty;
        if (api != LoggingApi.LoggerMessageDefine)
        {
            values = GetTemplateValues(arguments, template.Parameter!.Ordinal);
        }

        var isScope = method.Name is "BeginScope" or "DefineScope";
        call = new LogCall(invocation, api, template, exception, values, isScope);
        return true;
    }

    /// <summary>
    /// The values after the template, params expanded and conversions stripped; null when a params array is built
    /// elsewhere (the count is unknown). Counted first, so the array is allocated once at its size (most log calls have
    /// none or one or two values), instead of growing a builder and copying it.
    /// </summary>
    private static ImmutableArray<IOperation>? GetTemplateValues(ImmutableArray<IArgumentOperation> arguments, int templateOrdinal)
    {
        var count = 0;
        foreach (var argument in arguments)
        {
            if (argument.Parameter!.Ordinal <= templateOrdinal)
            {
                continue;
            }

            if (!argument.Parameter.IsParams)
            {
                count++;
                continue;
            }

            var value = argument.Value.WalkDownConversions();
            if (value is IArrayCreationOperation { Initializer: { } initializer })
            {
                count += initializer.ElementValues.Length;
            }
            else if (value.ConstantValue is not { HasValue: true, Value: null })
            {
                return null; // An array built elsewhere: the count is unknown.
            }
        }

        if (count == 0)
        {
            return ImmutableArray<IOperation>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<IOperation>(count);
        foreach (var argument in arguments)
        {
            if (argument.Parameter!.Ordinal <= templateOrdinal)
            {
                continue;
            }

            if (!argument.Parameter.IsParams)
            {
                builder.Add(argument.Value.WalkDownConversions());
            }
            else if (argument.Value.WalkDownConversions() is IArrayCreationOperation { Initializer: { } initializer })
            {
                foreach (var element in initializer.ElementValues)
                {
                    builder.Add(element.WalkDownConversions());
                }
            }
        }

        return builder.MoveToImmutable();
    }

    /// <summary>The arguments sorted by parameter ordinal (named arguments may be written in any order); default when one has no parameter.</summary>
    private static ImmutableArray<IArgumentOperation> GetArgumentsInParameterOrder(ImmutableArray<IArgumentOperation> arguments)
    {
        var previous = -1;
        var sorted = true;
        foreach (var argument in arguments)
        {
            if (argument.Parameter is not { } parameter)
            {
                return default;
            }

            sorted &= parameter.Ordinal > previous;
            previous = parameter.Ordinal;
        }

        if (sorted)
        {
            return arguments; // The common case: positional arguments, nothing to allocate.
        }

        var builder = arguments.ToBuilder();
        builder.Sort(static (a, b) => a.Parameter!.Ordinal.CompareTo(b.Parameter!.Ordinal));
        return builder.MoveToImmutable();
    }

    /// <summary>Which API a method name can belong to: a switch on the name, no hashing, before any symbol comparison.</summary>
    private static NameKind GetNameKind(string name)
    {
        switch (name)
        {
            case "LogTrace":
            case "LogDebug":
            case "LogInformation":
            case "LogWarning":
            case "LogError":
            case "LogCritical":
            case "Log":
            case "BeginScope":
                return NameKind.Microsoft;
            case "Verbose":
            case "Debug":
            case "Information":
            case "Warning":
            case "Error":
            case "Fatal":
            case "Write":
                return NameKind.Serilog;
            default:
                return name.StartsWith("Define", System.StringComparison.Ordinal) ? NameKind.Define : NameKind.None;
        }
    }

    private bool IsSerilogType(INamedTypeSymbol? type)
    {
        if (type is null || (serilogLogger is null && serilogLog is null))
        {
            return false;
        }

        if (IsType(type, serilogLogger) || IsType(type, serilogLog))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (IsType(implemented, serilogLogger))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsType(INamedTypeSymbol? actual, INamedTypeSymbol? expected)
        => expected is not null && SymbolEqualityComparer.Default.Equals(actual, expected);

    private enum NameKind
    {
        None,
        Microsoft,
        Define,
        Serilog,
    }
}

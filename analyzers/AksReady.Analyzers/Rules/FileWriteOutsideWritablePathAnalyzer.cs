using System;
using System.Collections.Immutable;
using AksReady.Analyzers.Configuration;
using AksReady.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AksReady.Analyzers.Rules;

/// <summary>
/// AKS5005: a service writes a file under the application directory, the working directory, a relative path, or an
/// absolute path other than <c>/tmp</c> and the configured writable paths.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FileWriteOutsideWritablePathAnalyzer : DiagnosticAnalyzer
{
    private const string TempPath = "/tmp";
    private const string ConnectionStringDisplay = "The database file in this connection string ('Data Source=')";

    private static readonly ImmutableHashSet<string> FileWriteMethods = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "WriteAllText", "WriteAllTextAsync", "WriteAllBytes", "WriteAllBytesAsync", "WriteAllLines", "WriteAllLinesAsync",
        "AppendAllText", "AppendAllTextAsync", "AppendAllLines", "AppendAllLinesAsync", "Create", "CreateText", "AppendText",
        "OpenWrite", "Copy", "Move");

    /// <summary>FileMode values that create or change a file.</summary>
    private static readonly ImmutableHashSet<int> WritingModes = ImmutableHashSet.Create(1, 2, 4, 5, 6); // CreateNew, Create, OpenOrCreate, Truncate, Append

    internal static readonly DiagnosticDescriptor Rule = new(
        id: DiagnosticIds.FileWriteOutsideWritablePath,
        title: Localizable(nameof(Resources.AKS5005Title)),
        messageFormat: Localizable(nameof(Resources.AKS5005Message)),
        category: DiagnosticCategories.Deployment,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS5005Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.FileWriteOutsideWritablePath));

    private static readonly Action<CompilationStartAnalysisContext> CompilationStartAction = OnCompilationStart;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(CompilationStartAction);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var compilation = context.Compilation;
        if (TestProjectDetector.IsTestProject(compilation))
        {
            return; // Tests write where they are run.
        }

        // The types are resolved at the first file write seen by name, not here: most compilations have few or none.
        var writable = context.Options.GetProjectWideList(compilation, OptionKeys.WritablePaths)
            .Union(context.Options.GetProjectWideList(compilation, OptionKeys.WritablePathsShort))
            .Add(TempPath);
        var symbols = new LazyCompilationValue<Symbols>(compilation, c => new Symbols(c, writable));

        context.RegisterOperationAction(
            c =>
            {
                var invocation = (IInvocationOperation)c.Operation;
                if (FileWriteMethods.Contains(invocation.TargetMethod.Name)
                    && symbols.Value is { Enabled: true } resolved
                    && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, resolved.File))
                {
                    var parameterName = invocation.TargetMethod.Name is "Copy" or "Move" ? "destFileName" : "path";
                    Check(c, resolved.Paths, invocation, invocation.Arguments, parameterName, "File." + invocation.TargetMethod.Name);
                }
            },
            OperationKind.Invocation);

        context.RegisterOperationAction(
            c =>
            {
                var creation = (IObjectCreationOperation)c.Operation;
                if (creation.Type?.Name is not ("FileStream" or "StreamWriter") || symbols.Value is not { Enabled: true } resolved)
                {
                    return; // Nearly every creation: no symbol is resolved.
                }

                if (SymbolEqualityComparer.Default.Equals(creation.Type, resolved.FileStream))
                {
                    foreach (var argument in creation.Arguments)
                    {
                        if (argument.Parameter?.Name == "mode"
                            && argument.Value.WalkDownConversions().ConstantValue is { HasValue: true, Value: int mode }
                            && WritingModes.Contains(mode))
                        {
                            Check(c, resolved.Paths, creation, creation.Arguments, "path", "new FileStream");
                            return;
                        }
                    }
                }
                else if (SymbolEqualityComparer.Default.Equals(creation.Type, resolved.StreamWriter))
                {
                    Check(c, resolved.Paths, creation, creation.Arguments, "path", "new StreamWriter");
                }
            },
            OperationKind.ObjectCreation);

        context.RegisterOperationAction(c => AnalyzeInterpolatedConnectionString(c, symbols), OperationKind.InterpolatedString);
        context.RegisterOperationAction(c => AnalyzeConcatenatedConnectionString(c, symbols), OperationKind.Binary);
    }

    /// <summary>
    /// <c>$"Data Source={Path.Combine(AppContext.BaseDirectory, "app.db")}"</c>, <c>"Data Source=" + dbPath</c>: a file-database
    /// connection string (SQLite and the like create the file, and a journal beside it) whose file is under the
    /// application or working directory. Server names look like relative paths, so only the directory roots count here,
    /// and a connection string that opens the file read-only (<c>Mode=ReadOnly</c>, <c>Read Only=True</c>) is fine.
    /// </summary>
    private static void AnalyzeInterpolatedConnectionString(OperationAnalysisContext context, LazyCompilationValue<Symbols> symbols)
    {
        var interpolated = (IInterpolatedStringOperation)context.Operation;
        var parts = interpolated.Parts;
        for (var i = 0; i + 1 < parts.Length; i++)
        {
            // The raw text first: a part whose source has neither '=' nor an escape cannot end with "=".
            if (parts[i] is IInterpolatedStringTextOperation { Syntax: InterpolatedStringTextSyntax { TextToken.Text: var raw } } textPart
                && (raw.IndexOf('=') >= 0 || raw.IndexOf('\\') >= 0)
                && textPart.Text.ConstantValue is { HasValue: true, Value: string text }
                && EndsWithDataSourceKey(text)
                && parts[i + 1] is IInterpolationOperation hole
                && !OpensReadOnly(interpolated)
                && symbols.Value is { Enabled: true } resolved
                && resolved.Paths.Describe(hole.Expression, applicationRootsOnly: true) is { } problem)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, hole.Syntax.GetLocation(), ConnectionStringDisplay, problem));
                return;
            }
        }
    }

    private static void AnalyzeConcatenatedConnectionString(OperationAnalysisContext context, LazyCompilationValue<Symbols> symbols)
    {
        var concatenation = (IBinaryOperation)context.Operation;
        if (concatenation.OperatorKind != BinaryOperatorKind.Add
            || concatenation.Type?.SpecialType != SpecialType.System_String
            || !concatenation.LeftOperand.WalkDownConversions().TryGetStringConstant(out var left)
            || !EndsWithDataSourceKey(left))
        {
            return; // Nearly every binary operation: no symbol is resolved.
        }

        // The rest of the chain: ("Data Source=" + path) + ";Mode=ReadOnly".
        for (IOperation current = concatenation; current.Parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } parent; current = parent)
        {
            if (parent.RightOperand.WalkDownConversions().ConstantValue is { HasValue: true, Value: string right } && IsReadOnlyOption(right))
            {
                return;
            }
        }

        if (!IsReadOnlyOption(left)
            && symbols.Value is { Enabled: true } resolved
            && resolved.Paths.Describe(concatenation.RightOperand, applicationRootsOnly: true) is { } problem)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, concatenation.RightOperand.Syntax.GetLocation(), ConnectionStringDisplay, problem));
        }
    }

    /// <summary><c>...Data Source=</c>, <c>DataSource =</c>, <c>Filename=</c> at the end of a constant part (case-insensitive).</summary>
    private static bool EndsWithDataSourceKey(string text)
    {
        var end = text.Length;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        if (end == 0 || text[end - 1] != '=')
        {
            return false; // Nearly every string part.
        }

        end--;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        return EndsWithKey(text, end, "Data Source") || EndsWithKey(text, end, "DataSource") || EndsWithKey(text, end, "Filename");

        static bool EndsWithKey(string text, int end, string key)
        {
            var start = end - key.Length;
            return start >= 0
                   && string.Compare(text, start, key, 0, key.Length, StringComparison.OrdinalIgnoreCase) == 0
                   && (start == 0 || text[start - 1] is ';' or ' ' or '"' or '\'');
        }
    }

    private static bool OpensReadOnly(IInterpolatedStringOperation interpolated)
    {
        foreach (var part in interpolated.Parts)
        {
            if (part is IInterpolatedStringTextOperation { Text.ConstantValue: { HasValue: true, Value: string text } } && IsReadOnlyOption(text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsReadOnlyOption(string text)
    {
        var compact = text.Replace(" ", string.Empty);
        return compact.IndexOf("Mode=ReadOnly", StringComparison.OrdinalIgnoreCase) >= 0
               || compact.IndexOf("ReadOnly=True", StringComparison.OrdinalIgnoreCase) >= 0;
    }

    private static void Check(OperationAnalysisContext context, PathClassifier paths, IOperation call, ImmutableArray<IArgumentOperation> arguments, string parameterName, string display)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { Name: var name, Type.SpecialType: SpecialType.System_String } && name == parameterName
                && paths.Describe(argument.Value) is { } problem)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, argument.Value.Syntax.GetLocation(), display, problem));
                return;
            }
        }
    }

    private static LocalizableResourceString Localizable(string name) => new(name, Resources.ResourceManager, typeof(Resources));

    /// <summary>Works out where a path expression points, from its constant prefix or its root value.</summary>
    private sealed class PathClassifier
    {
        private readonly ImmutableHashSet<string> writable;
        private readonly INamedTypeSymbol? path;
        private readonly INamedTypeSymbol? directory;
        private readonly INamedTypeSymbol? appContext;
        private readonly INamedTypeSymbol? environment;

        public PathClassifier(Compilation compilation, ImmutableHashSet<string> writable)
        {
            this.writable = writable;
            path = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.Path);
            directory = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.Directory);
            appContext = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.AppContext);
            environment = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.Environment);
        }

        /// <summary>A description of a non-writable location ("the relative path 'x'", "AppContext.BaseDirectory"), or null.</summary>
        /// <remarks>
        /// With <paramref name="applicationRootsOnly"/>, only the application and working directory roots count, not
        /// relative or absolute constants (used where a constant may be something other than a path, e.g. a server name).
        /// </remarks>
        public string? Describe(IOperation value, bool applicationRootsOnly = false)
        {
            value = value.WalkDownConversions();
            if (value.ConstantValue is { HasValue: true, Value: string text })
            {
                return applicationRootsOnly ? null : DescribeConstant(text, text);
            }

            switch (value)
            {
                case IInvocationOperation { TargetMethod.Name: "Combine" or "Join" } combine when Is(combine.TargetMethod.ContainingType, path):
                    return combine.Arguments.Length > 0 ? DescribeFirst(combine.Arguments[0].Value, applicationRootsOnly) : null;
                case IInvocationOperation { TargetMethod.Name: "GetCurrentDirectory" } current when Is(current.TargetMethod.ContainingType, directory):
                    return "Directory.GetCurrentDirectory()";
                case IPropertyReferenceOperation { Property.Name: "BaseDirectory" } baseDirectory
                    when Is(baseDirectory.Property.ContainingType, appContext) || baseDirectory.Property.ContainingType?.Name == "AppDomain":
                    return baseDirectory.Property.ContainingType!.Name + ".BaseDirectory";
                case IPropertyReferenceOperation { Property.Name: "CurrentDirectory" } currentDirectory when Is(currentDirectory.Property.ContainingType, environment):
                    return "Environment.CurrentDirectory";
                case IPropertyReferenceOperation { Property.Name: "ContentRootPath" or "WebRootPath" } root
                    when root.Property.ContainingType?.ContainingNamespace?.ToDisplayString().StartsWith("Microsoft.", StringComparison.Ordinal) == true:
                    return root.Property.Name;
                case IInterpolatedStringOperation interpolated when interpolated.Parts.Length > 0:
                    return interpolated.Parts[0] switch
                    {
                        IInterpolatedStringTextOperation { Text.ConstantValue: { HasValue: true, Value: string prefix } } => applicationRootsOnly ? null : DescribeConstant(prefix, value.Syntax.ToString()),
                        IInterpolationOperation hole => Describe(hole.Expression, applicationRootsOnly),
                        _ => null,
                    };
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation when concatenation.Type?.SpecialType == SpecialType.System_String:
                    return concatenation.LeftOperand.WalkDownConversions().ConstantValue is { HasValue: true, Value: string left }
                        ? (applicationRootsOnly ? null : DescribeConstant(left, value.Syntax.ToString()))
                        : Describe(concatenation.LeftOperand, applicationRootsOnly);
                case ILocalReferenceOperation reference:
                    return SingleInitializer(reference) is { } initializer ? Describe(initializer, applicationRootsOnly) : null;
                default:
                    return null;
            }
        }

        /// <summary>
        /// <c>var path = Path.Combine(AppContext.BaseDirectory, "x"); File.WriteAllText(path, ...)</c>: the initializer of a
        /// local that is never assigned again in its method, or null. Only runs when a write's path is a local.
        /// </summary>
        private static IOperation? SingleInitializer(ILocalReferenceOperation reference)
        {
            var root = (IOperation)reference;
            while (root.Parent is not null)
            {
                root = root.Parent;
            }

            IOperation? initializer = null;
            foreach (var operation in root.Descendants())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, reference.Local):
                        initializer = declarator.Initializer?.Value;
                        break;
                    case IAssignmentOperation { Target: ILocalReferenceOperation target } when SymbolEqualityComparer.Default.Equals(target.Local, reference.Local):
                        return null;
                    case IArgumentOperation { Parameter.RefKind: not RefKind.None, Value: ILocalReferenceOperation passed } when SymbolEqualityComparer.Default.Equals(passed.Local, reference.Local):
                        return null;
                }
            }

            return initializer;
        }

        private string? DescribeFirst(IOperation first, bool applicationRootsOnly)
        {
            first = first.WalkDownConversions();
            if (first is IArrayCreationOperation { Initializer: { } initializer })
            {
                return initializer.ElementValues.Length > 0 ? Describe(initializer.ElementValues[0], applicationRootsOnly) : null;
            }

            return Describe(first, applicationRootsOnly);
        }

        private string? DescribeConstant(string prefix, string shown)
        {
            if (prefix.Length == 0)
            {
                return null;
            }

            var rooted = prefix[0] is '/' or '\\' || (prefix.Length > 1 && prefix[1] == ':' && char.IsLetter(prefix[0]));
            if (!rooted)
            {
                return "the relative path '" + shown + "'";
            }

            var normalized = prefix.Replace('\\', '/');
            foreach (var allowed in writable)
            {
                var root = allowed.Replace('\\', '/').TrimEnd('/');
                if (root.Length > 0
                    && normalized.StartsWith(root, StringComparison.OrdinalIgnoreCase)
                    && (normalized.Length == root.Length || normalized[root.Length] == '/'))
                {
                    return null;
                }
            }

            return "the absolute path '" + shown + "'";
        }

        private static bool Is(INamedTypeSymbol? actual, INamedTypeSymbol? expected)
            => expected is not null && SymbolEqualityComparer.Default.Equals(actual, expected);
    }

    private sealed class Symbols
    {
        public Symbols(Compilation compilation, ImmutableHashSet<string> writable)
        {
            // Console tools write where they are run; only services run in read-only pods.
            if (!new ServiceCodeClassifier(compilation).HasServiceTypes)
            {
                return;
            }

            File = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.File);
            FileStream = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.FileStream);
            StreamWriter = compilation.GetBestTypeByMetadataName(WellKnownTypeNames.StreamWriter);
            if (File is not null || FileStream is not null || StreamWriter is not null)
            {
                Paths = new PathClassifier(compilation, writable);
            }
        }

        /// <summary>False for code that is not a service, or without file APIs: the rule is off.</summary>
        public bool Enabled => Paths is not null;

        public INamedTypeSymbol? File { get; }

        public INamedTypeSymbol? FileStream { get; }

        public INamedTypeSymbol? StreamWriter { get; }

        /// <summary>Null only when <see cref="Enabled"/> is false.</summary>
        public PathClassifier Paths { get; } = null!;
    }
}

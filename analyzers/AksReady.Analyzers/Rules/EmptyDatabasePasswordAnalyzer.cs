using System;
using System.Collections.Immutable;
using System.Text;
using AksReady.Analyzers.Internal;
using AksReady.Analyzers.Internal.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AksReady.Analyzers.Rules;

/// <summary>
/// AKS2004: a database connection string with an empty password is handed to code that connects with it: an argument
/// of a <c>connectionString</c> parameter (<c>UseSqlServer</c>, <c>UseNpgsql</c>, <c>new SqlConnection(...)</c>,
/// <c>AddSqlServer&lt;T&gt;</c>), a <c>ConnectionString</c> property, or a field, property, constant or local named like a
/// connection string. The value may be a constant, a concatenation or an interpolated string (<c>$"Server={host};...;Password="</c>).
/// Integrated Windows and Microsoft Entra authentication need no password and are not reported (see
/// <see cref="EmptyDatabasePassword"/>). The same check runs on configuration files in <see cref="SecretsInConfigurationFilesAnalyzer"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyDatabasePasswordAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        id: DiagnosticIds.EmptyDatabasePassword,
        title: Localizable(nameof(Resources.AKS2004Title)),
        messageFormat: Localizable(nameof(Resources.AKS2004Message)),
        category: DiagnosticCategories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS2004Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.EmptyDatabasePassword));

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
        var scope = new SecretsAnalysisScope(context.Compilation, context.Options);
        if (!scope.MayAnalyzeAnything(context.Compilation, context.Options))
        {
            return;
        }

        var analyzerContext = new AnalyzerContext(scope);
        context.RegisterOperationAction(analyzerContext.AnalyzeArguments, OperationKind.Invocation, OperationKind.ObjectCreation);
        context.RegisterOperationAction(analyzerContext.AnalyzeAssignment, OperationKind.SimpleAssignment);
        context.RegisterOperationAction(analyzerContext.AnalyzeInitializer, OperationKind.FieldInitializer, OperationKind.PropertyInitializer, OperationKind.VariableInitializer);
    }

    private static LocalizableResourceString Localizable(string name) => new(name, Resources.ResourceManager, typeof(Resources));

    /// <summary><c>connectionString</c>, <c>ConnectionString</c>, <c>connString</c>, <c>nameOrConnectionString</c> (EF6), <c>DbConnectionString</c>...</summary>
    internal static bool IsConnectionStringName(string name)
        => name.EndsWith("ConnectionString", StringComparison.OrdinalIgnoreCase) || name.EndsWith("ConnString", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith("connection_string", StringComparison.OrdinalIgnoreCase);

    private sealed class AnalyzerContext
    {
        private readonly SecretsAnalysisScope scope;

        public AnalyzerContext(SecretsAnalysisScope scope)
        {
            this.scope = scope;
        }

        public void AnalyzeArguments(OperationAnalysisContext context)
        {
            var arguments = context.Operation is IInvocationOperation invocation ? invocation.Arguments : ((IObjectCreationOperation)context.Operation).Arguments;
            foreach (var argument in arguments)
            {
                // An omitted optional argument (IsImplicit) is the library's default, not the caller's text.
                if (!argument.IsImplicit && argument.Parameter is { } parameter && parameter.Type.SpecialType == SpecialType.System_String && IsConnectionStringName(parameter.Name))
                {
                    var target = context.Operation is IInvocationOperation call ? call.TargetMethod.Name : ((IObjectCreationOperation)context.Operation).Type?.Name;
                    Check(context, argument.Value, $"passed to '{target}'");
                }
            }
        }

        public void AnalyzeAssignment(OperationAnalysisContext context)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            var name = assignment.Target switch
            {
                IPropertyReferenceOperation property => property.Property.Name,
                IFieldReferenceOperation field => field.Field.Name,
                ILocalReferenceOperation local => local.Local.Name,
                _ => null,
            };
            if (name is not null && assignment.Type?.SpecialType == SpecialType.System_String && IsConnectionStringName(name))
            {
                Check(context, assignment.Value, $"assigned to '{name}'");
            }
        }

        public void AnalyzeInitializer(OperationAnalysisContext context)
        {
            var initializer = (ISymbolInitializerOperation)context.Operation;
            var name = initializer switch
            {
                IFieldInitializerOperation { InitializedFields.IsEmpty: false } field => field.InitializedFields[0].Name,
                IPropertyInitializerOperation { InitializedProperties.IsEmpty: false } property => property.InitializedProperties[0].Name,
                IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol.Name,
                _ => null,
            };
            if (name is not null && IsConnectionStringName(name))
            {
                Check(context, initializer.Value, $"assigned to '{name}'");
            }
        }

        private void Check(OperationAnalysisContext context, IOperation value, string where)
        {
            var settings = scope.GetSettings(context.Operation.Syntax.SyntaxTree);
            if (!settings.Analyze || !TryGetShape(value, out var text) || !EmptyDatabasePassword.HasEmptyPassword(text)
                || TestCodeDetector.SkipAsTestCode(context.ContainingSymbol, context.Operation.Syntax.SyntaxTree, context.Options))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(Rule, value.Syntax.GetLocation(), where));
        }

        /// <summary>
        /// The text of a string built from constants, with <see cref="EmptyDatabasePassword.Hole"/> for each part computed at
        /// run time: a constant, a concatenation (<c>"Server=" + host + ";Password="</c>) or an interpolated string. False
        /// when nothing of it is constant.
        /// </summary>
        private static bool TryGetShape(IOperation value, out string text)
        {
            while (value is IConversionOperation { Operand: var operand })
            {
                value = operand;
            }

            var isText = value.ConstantValue.HasValue
                ? value.ConstantValue.Value is string
                : value is IInterpolatedStringOperation or IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } && value.Type?.SpecialType == SpecialType.System_String;
            if (!isText)
            {
                text = string.Empty;
                return false;
            }

            var builder = new StringBuilder();
            Append(builder, value, depth: 0);
            text = builder.ToString();
            return true;
        }

        private static void Append(StringBuilder builder, IOperation value, int depth)
        {
            while (value is IConversionOperation { Operand: var operand })
            {
                value = operand;
            }

            if (value.TryGetStringConstant(out var constant))
            {
                builder.Append(constant);
            }
            else if (depth < 32 && value is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary && binary.Type?.SpecialType == SpecialType.System_String)
            {
                Append(builder, binary.LeftOperand, depth + 1);
                Append(builder, binary.RightOperand, depth + 1);
            }
            else if (value is IInterpolatedStringOperation interpolated)
            {
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolatedStringTextOperation textPart && textPart.Text.TryGetStringConstant(out var partText))
                    {
                        builder.Append(partText);
                    }
                    else if (part is IInterpolationOperation { Expression: var expression } && expression.TryGetStringConstant(out var holeText))
                    {
                        builder.Append(holeText);
                    }
                    else
                    {
                        builder.Append(EmptyDatabasePassword.Hole);
                    }
                }
            }
            else
            {
                builder.Append(EmptyDatabasePassword.Hole);
            }
        }
    }
}

using System;
using System.Collections.Immutable;
using AksReady.Analyzers.Configuration;
using AksReady.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AksReady.Analyzers.Rules;

/// <summary>
/// Runs the rules that look at a logging call (AKS3001 <see cref="NonConstantMessageTemplateAnalyzer"/>, AKS3002
/// <see cref="MessageTemplateProblemsAnalyzer"/>, AKS3003 <see cref="ExceptionNotPassedToLoggerAnalyzer"/>, AKS3005
/// <see cref="SecretLoggedAnalyzer"/>, AKS3006 <see cref="CaughtExceptionNotLoggedAnalyzer"/>) from one invocation callback: the call is recognised once and its constant
/// template parsed once, instead of four callbacks on every invocation that each resolve and re-parse the same call.
/// The rules, their IDs, descriptors, messages and code fixes are unchanged; each rule's logic stays in its own class.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LoggingCallsAnalyzer : DiagnosticAnalyzer
{
    private static readonly Action<CompilationStartAnalysisContext> CompilationStartAction = OnCompilationStart;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        NonConstantMessageTemplateAnalyzer.Rule,
        MessageTemplateProblemsAnalyzer.ArgumentCountRule,
        MessageTemplateProblemsAnalyzer.InvalidBracesRule,
        MessageTemplateProblemsAnalyzer.InvalidAlignmentRule,
        MessageTemplateProblemsAnalyzer.DuplicateNameRule,
        MessageTemplateProblemsAnalyzer.PascalCaseRule,
        MessageTemplateProblemsAnalyzer.ReservedNameRule,
        MessageTemplateProblemsAnalyzer.MixedPlaceholdersRule,
        MessageTemplateProblemsAnalyzer.SerilogInvalidPlaceholderRule,
        ExceptionNotPassedToLoggerAnalyzer.Rule,
        ExceptionNotPassedToLoggerAnalyzer.AlreadyPassedRule,
        SecretLoggedAnalyzer.Rule,
        CaughtExceptionNotLoggedAnalyzer.Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // No Analyze flag: the driver runs no callback on generated files, [GeneratedCode] members or hidden lines (#line
        // hidden), as with None. With ReportDiagnostics the driver skips its own generated-code check of every reported
        // diagnostic, which walks every token of the tree on first use: this rule reports inside the call it analyzes, in
        // code the driver has already judged non-generated.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(CompilationStartAction);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        // The logging types are resolved at the first call with a logging method name, not here.
        var names = new SensitiveNames(context.Options.GetProjectWideList(context.Compilation, OptionKeys.AdditionalSensitiveNames));
        context.RegisterOperationAction(new AnalyzerContext(context.Compilation, names).AnalyzeInvocation, OperationKind.Invocation);
    }

    private sealed class AnalyzerContext
    {
        private readonly LazyCompilationValue<ResolvedSymbols> lazySymbols;
        private readonly SensitiveNames names;

        public AnalyzerContext(Compilation compilation, SensitiveNames names)
        {
            lazySymbols = new LazyCompilationValue<ResolvedSymbols>(compilation, ResolvedSymbols.Create);
            this.names = names;
        }

        public void AnalyzeInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (!LoggingSymbols.IsCandidateName(invocation.TargetMethod.Name)
                || lazySymbols.Value.Symbols is not { } symbols // Neither Microsoft.Extensions.Logging nor Serilog.
                || !symbols.TryGetLogCall(invocation, out var call)
                || call is null)
            {
                return;
            }

            var template = call.ConstantTemplate is { } text ? MessageTemplate.Parse(text) : null;
            NonConstantMessageTemplateAnalyzer.Analyze(context, call);
            if (template is not null)
            {
                MessageTemplateProblemsAnalyzer.Analyze(context, call, template);
            }

            ExceptionNotPassedToLoggerAnalyzer.Analyze(context, symbols, call);
            SecretLoggedAnalyzer.Analyze(context, call, names, template);
            CaughtExceptionNotLoggedAnalyzer.Analyze(context, symbols, call);
        }
    }

    private sealed class ResolvedSymbols
    {
        private ResolvedSymbols(Compilation compilation)
        {
            Symbols = LoggingSymbols.Create(compilation);
        }

        /// <summary>Null when the compilation references neither Microsoft.Extensions.Logging nor Serilog.</summary>
        public LoggingSymbols? Symbols { get; }

        public static ResolvedSymbols Create(Compilation compilation) => new(compilation);
    }
}

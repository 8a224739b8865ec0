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
/// <see cref="SecretLoggedAnalyzer"/>) from one invocation callback: the call is recognised once and its constant
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
        MessageTemplateProblemsAnalyzer.DuplicateNameRule,
        MessageTemplateProblemsAnalyzer.PascalCaseRule,
        MessageTemplateProblemsAnalyzer.ReservedNameRule,
        ExceptionNotPassedToLoggerAnalyzer.Rule,
        SecretLoggedAnalyzer.Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // No Analyze flag: the driver runs no callback on generated files or [GeneratedCode] members, as with None. With
        // ReportDiagnostics the driver skips its own generated-code check of every reported diagnostic, which walks every
        // token of the tree on first use: this rule reports inside the call it analyzes, in code the driver already judged
        // non-generated. Hidden lines (#line hidden) are the one case left, checked in AnalyzeInvocation.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(CompilationStartAction);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var symbols = LoggingSymbols.Create(context.Compilation);
        if (symbols is null)
        {
            return; // Neither Microsoft.Extensions.Logging nor Serilog: no callback at all.
        }

        var names = new SensitiveNames(context.Options.GetProjectWideList(context.Compilation, OptionKeys.AdditionalSensitiveNames));
        context.RegisterOperationAction(new AnalyzerContext(symbols, names).AnalyzeInvocation, OperationKind.Invocation);
    }

    private sealed class AnalyzerContext
    {
        private readonly LoggingSymbols symbols;
        private readonly SensitiveNames names;

        public AnalyzerContext(LoggingSymbols symbols, SensitiveNames names)
        {
            this.symbols = symbols;
            this.names = names;
        }

        public void AnalyzeInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (!symbols.TryGetLogCall(invocation, out var call) || call is null || IsHidden(invocation.Syntax))
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
        }

        /// <summary>A call on hidden lines (<c>#line hidden</c>) counts as generated code: no diagnostic, as with <see cref="GeneratedCodeAnalysisFlags.None"/>.</summary>
        private static bool IsHidden(SyntaxNode syntax)
            => syntax.SyntaxTree is { } tree && tree.HasHiddenRegions() && tree.GetLineVisibility(syntax.SpanStart) == LineVisibility.Hidden;
    }
}

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
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
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
        context.RegisterOperationAction(
            operationContext =>
            {
                if (!symbols.TryGetLogCall((IInvocationOperation)operationContext.Operation, out var call) || call is null)
                {
                    return;
                }

                var template = call.ConstantTemplate is { } text ? MessageTemplate.Parse(text) : null;
                NonConstantMessageTemplateAnalyzer.Analyze(operationContext, call);
                if (template is not null)
                {
                    MessageTemplateProblemsAnalyzer.Analyze(operationContext, call, template);
                }

                ExceptionNotPassedToLoggerAnalyzer.Analyze(operationContext, symbols, call);
                SecretLoggedAnalyzer.Analyze(operationContext, call, names, template);
            },
            OperationKind.Invocation);
    }
}

using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AksReady.Analyzers.Internal;

/// <summary>
/// Simple data flow for the secrets rules: a string constant that reaches a read of a local variable (or of a private or
/// readonly field) on some path (<c>string data = "..."; new NetworkCredential("user", data)</c>, and also
/// <c>data = flag ? "..." : Console.ReadLine()</c> or <c>data = Environment.GetEnvironmentVariable("X") ?? "..."</c>: a
/// hard-coded value on one path is still a credential in the code). Within one type declaration it also follows a
/// parameter of a private method to the arguments of every call of that method (<c>Sink(data)</c>), and a call of a
/// parameterless non-virtual method or a read of a getter-only property to the values it returns
/// (<c>string data = Source();</c>), in the same syntax tree. Casts (<c>(object)data</c>, <c>(string)value</c>) and
/// <c>Encoding.*.GetBytes("...")</c> / <c>Convert.FromBase64String("...")</c> (a <c>byte[]</c> local holding key bytes)
/// are looked through. Called only at credential sinks, which are rare: the writes and calls are found by syntax (the
/// identifier's name) within the containing member (locals, parameters) or the containing type declaration (fields,
/// callers of a private method), and each candidate is confirmed with the semantic model. Values that cannot be followed
/// (a call with arguments, a public method's parameter, a compound assignment, a <c>ref</c>/<c>out</c> argument) are
/// skipped; the answer is "not known" when no constant reaches the read, or for a partial type spread over several files,
/// an identifier that does not bind, more than 16 writes, or a field other code can write. When several constants reach
/// it, the first in the source is the one reported. For a local or parameter the order of statements counts: an
/// assignment statement that runs on every path to the read hides the writes before it (<c>data = "..."; data = Read();
/// Use(data);</c> is not known), and a write after the read counts only inside a loop around the read
/// (<c>data = "..."; Use(data); data = Read();</c> is followed at the first read).
/// </summary>
internal static class ConstantValueFlow
{
    private const int MaxDepth = 3;
    private const int MaxWrites = 16;

    /// <summary>The constant behind a local or field reference operation (conversions and parentheses stripped).</summary>
    public static bool TryGetSingleConstant(IOperation reference, CancellationToken cancellationToken, out string text, out SyntaxNode valueSyntax)
    {
        text = string.Empty;
        valueSyntax = reference.Syntax;
        var model = reference.SemanticModel;
        if (reference is IArrayElementReferenceOperation && reference.Syntax is ElementAccessExpressionSyntax element && model is not null)
        {
            string? found = null;
            SyntaxNode? foundSyntax = null;
            if (!Accept(model, element, 0, cancellationToken, ref found, ref foundSyntax) || found is null || foundSyntax is null)
            {
                return false;
            }

            text = found;
            valueSyntax = foundSyntax;
            return true;
        }

        ISymbol? symbol = reference switch
        {
            ILocalReferenceOperation local => local.Local,
            IFieldReferenceOperation field => field.Field,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IInvocationOperation { Arguments.IsEmpty: true } invocation => invocation.TargetMethod,
            IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property,
            _ => null,
        };
        return symbol is not null && model is not null && TryResolve(model, symbol, 0, cancellationToken, out text, out valueSyntax, reference.Syntax);
    }

    /// <summary>The constant behind an identifier that names a local or field (for syntax-based rules).</summary>
    public static bool TryGetSingleConstant(SemanticModel model, ExpressionSyntax expression, CancellationToken cancellationToken, out string text, out SyntaxNode valueSyntax)
    {
        text = string.Empty;
        valueSyntax = expression;
        if (expression is not (IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: IdentifierNameSyntax }))
        {
            return false;
        }

        var symbol = model.GetSymbolInfo(expression, cancellationToken).Symbol;
        return symbol is ILocalSymbol or IFieldSymbol or IParameterSymbol && TryResolve(model, symbol, 0, cancellationToken, out text, out valueSyntax, expression);
    }

    /// <summary>The name under which a reference accepted by <see cref="TryGetSingleConstant(IOperation, CancellationToken, out string, out SyntaxNode)"/> holds its value.</summary>
    public static string? ReferencedName(IOperation reference) => reference switch
    {
        ILocalReferenceOperation local => local.Local.Name,
        IFieldReferenceOperation field => field.Field.Name,
        IParameterReferenceOperation parameter => parameter.Parameter.Name,
        IInvocationOperation invocation => invocation.TargetMethod.Name,
        IPropertyReferenceOperation property => property.Property.Name,
        _ => null,
    };

    /// <summary>Whether a sink's value is something <see cref="TryGetSingleConstant(IOperation, CancellationToken, out string, out SyntaxNode)"/> may resolve (one kind test per operation).</summary>
    public static bool IsFollowable(IOperation operation) => operation.Kind switch
    {
        OperationKind.LocalReference or OperationKind.FieldReference or OperationKind.ParameterReference or OperationKind.ArrayElementReference => true,
        OperationKind.Invocation => ((IInvocationOperation)operation).Arguments.IsEmpty,
        OperationKind.PropertyReference => !((IPropertyReferenceOperation)operation).Property.IsIndexer,
        _ => false,
    };

    private static bool TryResolve(SemanticModel model, ISymbol symbol, int depth, CancellationToken cancellationToken, out string text, out SyntaxNode valueSyntax, SyntaxNode? use = null)
    {
        text = string.Empty;
        valueSyntax = null!;
        if (depth > MaxDepth)
        {
            return false;
        }

        string? found = null;
        SyntaxNode? foundSyntax = null;
        SyntaxNode[] scopes;
        SyntaxNode? method = null;
        var callersKnown = false;
        VariableDeclaratorSyntax? declarator = null;
        string name;
        switch (symbol)
        {
            case IParameterSymbol parameter:
                if (!TryGetParameterScope(model, parameter, cancellationToken, out method, out callersKnown))
                {
                    return false;
                }

                // The writes to the parameter inside its own method; the callers' arguments are its entry value.
                scopes = new[] { method };
                name = parameter.Name;
                break;
            case IMethodSymbol or IPropertySymbol:
                return TryResolveReturns(model, symbol, depth, cancellationToken, out text, out valueSyntax);
            default:
                if (!TryGetScope(model, symbol, cancellationToken, out declarator, out scopes))
                {
                    return false;
                }

                name = declarator.Identifier.ValueText;
                break;
        }

        // The writes (syntax first, then bound): a simple assignment keeps its assignment, any other write is "unknown".
        var writes = new List<(SyntaxNode Target, AssignmentExpressionSyntax? Simple)>();
        foreach (var scope in scopes)
        {
            foreach (var node in scope.DescendantNodes())
            {
                if (node is not IdentifierNameSyntax identifier || identifier.Identifier.ValueText != name)
                {
                    continue;
                }

                SyntaxNode target = identifier.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access && access.Name == identifier ? access : identifier;
                var parent = target.Parent;
                var isWrite = parent switch
                {
                    AssignmentExpressionSyntax assignment => assignment.Left == target,
                    ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None) || argument.Parent is TupleExpressionSyntax,
                    RefExpressionSyntax => true,
                    PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => true,
                    _ => false,
                };
                if (!isWrite)
                {
                    continue;
                }

                // Another variable of the same name (a sibling block's local) is not a write; an identifier that does not bind
                // cleanly is treated as one that may be (not known).
                var info = model.GetSymbolInfo(identifier, cancellationToken);
                if (info.Symbol is null ? info.CandidateSymbols.IsEmpty : !SymbolEqualityComparer.Default.Equals(info.Symbol.OriginalDefinition, symbol.OriginalDefinition))
                {
                    continue;
                }

                // A compound assignment (data += "...") builds on the value before it: no stored constant is the value read.
                if (info.Symbol is null || writes.Count == MaxWrites || parent is AssignmentExpressionSyntax { RawKind: not (int)SyntaxKind.SimpleAssignmentExpression })
                {
                    return false;
                }

                writes.Add((target, parent is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } simple ? simple : null));
            }
        }

        // Statement order, for a local or parameter read in its own member: a simple assignment statement that runs on every
        // path to the read (in a block that contains the read) hides the writes before it; a write after the read reaches it
        // only from inside a loop around the read. Fields (written from other members) stay flow-insensitive.
        var killedBefore = -1;
        var ordered = use is not null && symbol is ILocalSymbol or IParameterSymbol && scopes[0].Span.Contains(use.Span);
        if (ordered)
        {
            foreach (var (target, simple) in writes)
            {
                if (simple is not null && target.SpanStart < use!.SpanStart && target.SpanStart > killedBefore && RunsBefore(simple, use))
                {
                    killedBefore = target.SpanStart;
                }
            }
        }

        // A value that cannot be followed (input, a call, a public method's caller) does not hide a constant that reaches the
        // read on another path: "data = flag ? "..." : Console.ReadLine()" still puts a hard-coded credential in the code.
        if (killedBefore < 0)
        {
            if (symbol is IParameterSymbol parameter)
            {
                // The entry value: every caller's argument (unknown when the callers are not all in view).
                if (callersKnown && TryGetTypeScopes(model, ((IMethodSymbol)parameter.ContainingSymbol).ContainingType, cancellationToken, out var callers))
                {
                    AcceptCallArguments(model, parameter, method!, callers, depth, cancellationToken, ref found, ref foundSyntax);
                }
            }
            else if (declarator?.Initializer is { } initializer)
            {
                Accept(model, initializer.Value, depth, cancellationToken, ref found, ref foundSyntax);
            }
        }

        foreach (var (target, simple) in writes)
        {
            if (ordered && (target.SpanStart < killedBefore || (target.SpanStart > use!.SpanStart && !InLoopAround(use, target, scopes[0]))))
            {
                continue;
            }

            if (simple is not null)
            {
                Accept(model, simple.Right, depth, cancellationToken, ref found, ref foundSyntax);
            }
        }

        if (found is null || foundSyntax is null)
        {
            return false;
        }

        text = found;
        valueSyntax = foundSyntax;
        return true;
    }

    /// <summary>An assignment statement directly in a block (or switch section) that also contains <paramref name="use"/>: it runs before the use on every path through that block.</summary>
    private static bool RunsBefore(AssignmentExpressionSyntax assignment, SyntaxNode use)
        => assignment.Parent is ExpressionStatementSyntax { Parent: { } container and (BlockSyntax or SwitchSectionSyntax) } statement
            && container.Span.Contains(use.Span)
            && !statement.Span.Contains(use.Span);

    /// <summary>Whether a loop inside <paramref name="member"/> contains both the use and the (later) write.</summary>
    private static bool InLoopAround(SyntaxNode use, SyntaxNode write, SyntaxNode member)
    {
        for (var node = use.Parent; node is not null && node != member; node = node.Parent)
        {
            if (node is WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or CommonForEachStatementSyntax && node.Span.Contains(write.Span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A stored value: a string constant (one distinct non-empty value), null/default/empty, another resolvable variable, or a conditional of those.</summary>
    private static bool Accept(SemanticModel model, ExpressionSyntax value, int depth, CancellationToken cancellationToken, ref string? found, ref SyntaxNode? foundSyntax)
    {
        // Parentheses, casts ((object)data, (string)value) and the byte conversions of key material.
        var base64 = false;
        while (true)
        {
            if (value is ParenthesizedExpressionSyntax parenthesized)
            {
                value = parenthesized.Expression;
            }
            else if (value is CastExpressionSyntax cast)
            {
                value = cast.Expression;
            }
            else if (value is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1 } conversion && IsByteConversion(conversion.Expression))
            {
                base64 |= conversion.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "FromBase64String" };
                value = conversion.ArgumentList.Arguments[0].Expression;
            }
            else if (value is ObjectCreationExpressionSyntax { Type: GenericNameSyntax { Identifier.ValueText: "ReadOnlySpan" or "Span" }, ArgumentList.Arguments.Count: 1 } span)
            {
                value = span.ArgumentList.Arguments[0].Expression;
            }
            else
            {
                break;
            }
        }

        if (value is ConditionalExpressionSyntax conditional)
        {
            // Both arms, even when the first is not known: a constant in either reaches the variable.
            var whenTrue = Accept(model, conditional.WhenTrue, depth, cancellationToken, ref found, ref foundSyntax);
            var whenFalse = Accept(model, conditional.WhenFalse, depth, cancellationToken, ref found, ref foundSyntax);
            return whenTrue && whenFalse;
        }

        if (value is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression } coalesce)
        {
            // data = Environment.GetEnvironmentVariable("X") ?? "...": the fallback is a value the variable may hold.
            var left = Accept(model, coalesce.Left, depth, cancellationToken, ref found, ref foundSyntax);
            var right = Accept(model, coalesce.Right, depth, cancellationToken, ref found, ref foundSyntax);
            return left && right;
        }

        string candidate;
        SyntaxNode candidateSyntax;
        var constant = model.GetConstantValue(value, cancellationToken);
        if (constant.HasValue)
        {
            if (constant.Value is null)
            {
                return true;
            }

            if (constant.Value is not string constantText)
            {
                return false;
            }

            candidate = constantText;
            candidateSyntax = value;
        }
        else if (ByteArrayElements(value) is { } bytes)
        {
            // new byte[] { 1, 2, 3 }: key bytes, held as their constant elements' text (two different arrays are two values).
            var elements = new System.Text.StringBuilder(bytes.Count * 4);
            foreach (var item in bytes)
            {
                if (model.GetConstantValue(item, cancellationToken) is not { HasValue: true, Value: { } element })
                {
                    return false;
                }

                elements.Append(element).Append(',');
            }

            candidate = elements.ToString();
            candidateSyntax = value;
        }
        else if (value is ElementAccessExpressionSyntax { ArgumentList.Arguments.Count: 1 } element
            && model.GetConstantValue(element.ArgumentList.Arguments[0].Expression, cancellationToken) is { HasValue: true, Value: int index } && index >= 0)
        {
            // data = values[2]: the element a local string array (or a private method's array parameter) holds at that index.
            return AcceptElement(model, element.Expression, index, depth + 1, cancellationToken, ref found, ref foundSyntax);
        }
        else if (value is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0 }
            && model.GetSymbolInfo(value, cancellationToken).Symbol is (ILocalSymbol or IFieldSymbol or IParameterSymbol or IMethodSymbol or IPropertySymbol { IsIndexer: false }) and var symbol
            && (value is not MemberAccessExpressionSyntax || symbol is IMethodSymbol or IPropertySymbol || symbol.IsStatic)
            && TryResolve(model, symbol, depth + 1, cancellationToken, out var inner, out var innerSyntax, value))
        {
            candidate = inner;
            candidateSyntax = innerSyntax;
        }
        else
        {
            return value is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.DefaultLiteralExpression } or DefaultExpressionSyntax;
        }

        if (candidate.Length == 0)
        {
            return true;
        }

        // Convert.FromBase64String of text that is not base64 throws: no key comes out of it.
        if (base64 && !IsBase64(candidate))
        {
            return false;
        }

        if (found is null)
        {
            found = candidate;
            foundSyntax = candidateSyntax;
            return true;
        }

        return found == candidate;
    }

    /// <summary>
    /// The values stored at <paramref name="index"/> of a local <c>string[]</c> (its initializer's element and every
    /// <c>array[index] = value</c> in its member) or of a private method's <c>string[]</c> parameter (the same, for every
    /// caller's argument). Replacing the array, writing an element at a non-constant index, or a <c>ref</c>/<c>out</c> use is
    /// "not known"; an array passed to a call is assumed not to be changed by it.
    /// </summary>
    private static bool AcceptElement(SemanticModel model, ExpressionSyntax array, int index, int depth, CancellationToken cancellationToken, ref string? found, ref SyntaxNode? foundSyntax)
    {
        while (array is ParenthesizedExpressionSyntax parenthesized)
        {
            array = parenthesized.Expression;
        }

        if (depth > MaxDepth || array is not IdentifierNameSyntax identifier)
        {
            return false;
        }

        var symbol = model.GetSymbolInfo(identifier, cancellationToken).Symbol;
        if (symbol is not (ILocalSymbol { IsConst: false, IsRef: false, Type: IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_String } }
                or IParameterSymbol { RefKind: RefKind.None, IsParams: false, Type: IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_String } })
            || symbol.DeclaringSyntaxReferences.Length != 1 || symbol.DeclaringSyntaxReferences[0].SyntaxTree != model.SyntaxTree)
        {
            return false;
        }

        SyntaxNode? member;
        if (symbol is IParameterSymbol parameter)
        {
            if (!TryGetParameterScope(model, parameter, cancellationToken, out member, out var callersKnown) || !callersKnown
                || !TryGetTypeScopes(model, ((IMethodSymbol)parameter.ContainingSymbol).ContainingType, cancellationToken, out var callers)
                || !AcceptElementWrites(model, symbol, member, index, depth, cancellationToken, ref found, ref foundSyntax))
            {
                return false;
            }

            return AcceptCallArguments(model, parameter, member, callers, depth, cancellationToken, ref found, ref foundSyntax, index);
        }

        if (symbol.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax declarator)
        {
            return false;
        }

        member = declarator;
        while (member is not null && member is not (MemberDeclarationSyntax or CompilationUnitSyntax))
        {
            member = member.Parent;
        }

        if (member is null)
        {
            return false;
        }

        if (declarator.Initializer is { } initializer)
        {
            var elements = initializer.Value switch
            {
                InitializerExpressionSyntax list => list.Expressions,
                ArrayCreationExpressionSyntax { Initializer: { } list } => list.Expressions,
                ImplicitArrayCreationExpressionSyntax creation => creation.Initializer.Expressions,
                ArrayCreationExpressionSyntax => default(SeparatedSyntaxList<ExpressionSyntax>?),
                _ => null,
            };
            if (elements is null && initializer.Value is not ArrayCreationExpressionSyntax)
            {
                return false;
            }

            if (elements is { } values && index < values.Count && !Accept(model, values[index], depth, cancellationToken, ref found, ref foundSyntax))
            {
                return false;
            }
        }

        return AcceptElementWrites(model, symbol, member, index, depth, cancellationToken, ref found, ref foundSyntax);
    }

    /// <summary>Every <c>array[index] = value</c> inside <paramref name="member"/>; false on any other write to the array or its elements.</summary>
    private static bool AcceptElementWrites(SemanticModel model, ISymbol array, SyntaxNode member, int index, int depth, CancellationToken cancellationToken, ref string? found, ref SyntaxNode? foundSyntax)
    {
        var writes = 0;
        foreach (var node in member.DescendantNodes())
        {
            if (node is not IdentifierNameSyntax identifier || identifier.Identifier.ValueText != array.Name
                || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol, array))
            {
                continue;
            }

            switch (identifier.Parent)
            {
                case AssignmentExpressionSyntax assignment when assignment.Left == identifier:
                case ArgumentSyntax argument when !argument.RefKindKeyword.IsKind(SyntaxKind.None):
                    return false;
                case ElementAccessExpressionSyntax { Parent: AssignmentExpressionSyntax assignment } element when element.Expression == identifier && assignment.Left == element:
                    if (++writes > MaxWrites || !assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) || element.ArgumentList.Arguments.Count != 1
                        || model.GetConstantValue(element.ArgumentList.Arguments[0].Expression, cancellationToken) is not { HasValue: true, Value: int at })
                    {
                        return false;
                    }

                    if (at == index && !Accept(model, assignment.Right, depth, cancellationToken, ref found, ref foundSyntax))
                    {
                        return false;
                    }

                    break;
                case ElementAccessExpressionSyntax { Parent: ArgumentSyntax elementArgument } when !elementArgument.RefKindKeyword.IsKind(SyntaxKind.None):
                    return false;
            }
        }

        return true;
    }

    /// <summary>The elements of an array creation with an initializer (<c>new byte[] { ... }</c>, <c>new[] { ... }</c>, <c>{ ... }</c>), or null.</summary>
    private static SeparatedSyntaxList<ExpressionSyntax>? ByteArrayElements(SyntaxNode value) => value switch
    {
        ArrayCreationExpressionSyntax { Initializer: { } list } => list.Expressions,
        ImplicitArrayCreationExpressionSyntax creation => creation.Initializer.Expressions,
        InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ArrayInitializerExpression } list => list.Expressions,
        _ => null,
    };

    /// <summary>Whether a value found by the flow is a byte-array literal (the origin is an array creation), and how many elements it has.</summary>
    public static bool IsByteArrayLiteral(SyntaxNode origin, out int count)
    {
        var elements = ByteArrayElements(origin);
        count = elements?.Count ?? 0;
        return elements is not null;
    }

    /// <summary>Whether <c>Convert.FromBase64String</c> accepts the text (white space aside): base64 characters, '=' padding, a multiple of 4.</summary>
    public static bool IsBase64(string text)
    {
        var count = 0;
        var padding = 0;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                continue;
            }

            if (c == '=')
            {
                padding++;
            }
            else if (padding > 0 || !(c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '+' or '/'))
            {
                return false;
            }

            count++;
        }

        return count % 4 == 0 && padding <= 2;
    }

    private static bool IsByteConversion(ExpressionSyntax callee)
    {
        var name = callee switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            _ => null,
        };
        return name is "GetBytes" or "FromBase64String" or "FromHexString";
    }

    /// <summary>
    /// The declaration of the method (in this tree) whose parameter is followed, and whether its callers can all be seen: a
    /// private, non-generic ordinary method whose type is declared in this tree only. Not a <c>ref</c>/<c>out</c>/<c>params</c>
    /// or optional parameter. A parameter of any other method is followed only past an assignment that hides its entry value.
    /// </summary>
    private static bool TryGetParameterScope(SemanticModel model, IParameterSymbol parameter, CancellationToken cancellationToken, out SyntaxNode method, out bool callersKnown)
    {
        method = null!;
        callersKnown = false;
        if (parameter.RefKind != RefKind.None || parameter.IsParams
            || parameter.Type.SpecialType is not (SpecialType.System_String or SpecialType.System_Object) && !IsByteArray(parameter.Type)
                && parameter.Type is not IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_String }
            || parameter.ContainingSymbol is not IMethodSymbol owner
            || owner.DeclaringSyntaxReferences.Length != 1 || owner.DeclaringSyntaxReferences[0].SyntaxTree != model.SyntaxTree)
        {
            return false;
        }

        method = owner.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        callersKnown = !parameter.IsOptional && owner is { MethodKind: MethodKind.Ordinary, DeclaredAccessibility: Accessibility.Private, IsGenericMethod: false };
        return true;
    }

    /// <summary>Every call of <paramref name="method"/>'s owner in <paramref name="scopes"/> passes an accepted value for the parameter; any other use of the method (a method group) is "not known".</summary>
    private static bool AcceptCallArguments(SemanticModel model, IParameterSymbol parameter, SyntaxNode method, SyntaxNode[] scopes, int depth, CancellationToken cancellationToken, ref string? found, ref SyntaxNode? foundSyntax, int elementIndex = -1)
    {
        var owner = (IMethodSymbol)parameter.ContainingSymbol;
        var name = owner.Name;
        var calls = 0;
        var allAccepted = true;
        foreach (var scope in scopes)
        {
            foreach (var node in scope.DescendantNodes())
            {
                if (node is not IdentifierNameSyntax identifier || identifier.Identifier.ValueText != name)
                {
                    continue;
                }

                SyntaxNode callee = identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier ? access : identifier;
                var info = model.GetSymbolInfo(identifier, cancellationToken);
                var bound = info.Symbol ?? (info.CandidateSymbols.IsEmpty ? null : info.CandidateSymbols[0]);
                if (bound is null || !SymbolEqualityComparer.Default.Equals(bound.OriginalDefinition, owner.OriginalDefinition))
                {
                    continue;
                }

                if (++calls > MaxWrites)
                {
                    return false;
                }

                if (info.Symbol is null || callee.Parent is not InvocationExpressionSyntax call || call.Expression != callee
                    || model.GetOperation(call, cancellationToken) is not IInvocationOperation invocation)
                {
                    allAccepted = false;
                    continue;
                }

                ExpressionSyntax? argument = null;
                foreach (var candidate in invocation.Arguments)
                {
                    if (SymbolEqualityComparer.Default.Equals(candidate.Parameter?.OriginalDefinition, parameter.OriginalDefinition))
                    {
                        argument = candidate.ArgumentKind == ArgumentKind.Explicit ? (candidate.Syntax as ArgumentSyntax)?.Expression : null;
                        break;
                    }
                }

                if (argument is null || !(elementIndex < 0
                    ? Accept(model, argument, depth + 1, cancellationToken, ref found, ref foundSyntax)
                    : AcceptElement(model, argument, elementIndex, depth + 1, cancellationToken, ref found, ref foundSyntax)))
                {
                    // Keep looking: a constant passed by another call still reaches the parameter.
                    allAccepted = false;
                }
            }
        }

        // A private method nobody calls passes nothing.
        return allAccepted && calls > 0 && method is not null;
    }

    /// <summary>
    /// A parameterless, non-virtual method or a getter-only property (declared once, in this tree, with a body) every
    /// <c>return</c> of which gives an accepted value: <c>static string Source() { string data = "..."; return data; }</c>,
    /// <c>static string Key =&gt; "...";</c>.
    /// </summary>
    private static bool TryResolveReturns(SemanticModel model, ISymbol symbol, int depth, CancellationToken cancellationToken, out string text, out SyntaxNode valueSyntax)
    {
        text = string.Empty;
        valueSyntax = null!;
        if (symbol.IsVirtual || symbol.IsAbstract || symbol.IsOverride || symbol.IsExtern || symbol.DeclaringSyntaxReferences.Length != 1
            || symbol.DeclaringSyntaxReferences[0].SyntaxTree != model.SyntaxTree)
        {
            return false;
        }

        var type = symbol is IMethodSymbol method ? method.ReturnType : ((IPropertySymbol)symbol).Type;
        if (type.SpecialType != SpecialType.System_String && !IsByteArray(type))
        {
            return false;
        }

        SyntaxNode? body = null;
        ExpressionSyntax? expressionBody = null;
        switch (symbol.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken))
        {
            case MethodDeclarationSyntax declaration when symbol is IMethodSymbol { Parameters.IsEmpty: true, IsGenericMethod: false, IsAsync: false, PartialDefinitionPart: null, PartialImplementationPart: null }:
                body = declaration.Body;
                expressionBody = declaration.ExpressionBody?.Expression;
                break;
            case PropertyDeclarationSyntax property when symbol is IPropertySymbol { SetMethod: null }:
                expressionBody = property.ExpressionBody?.Expression;
                if (expressionBody is null && property.AccessorList is { Accessors: { Count: 1 } accessors } && accessors[0].IsKind(SyntaxKind.GetAccessorDeclaration))
                {
                    body = accessors[0].Body;
                    expressionBody = accessors[0].ExpressionBody?.Expression;
                }

                break;
        }

        string? found = null;
        SyntaxNode? foundSyntax = null;
        if (expressionBody is not null)
        {
            if (!Accept(model, expressionBody, depth, cancellationToken, ref found, ref foundSyntax))
            {
                return false;
            }
        }
        else if (body is not null)
        {
            var returns = 0;
            foreach (var node in body.DescendantNodes(static n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
            {
                if (node is ReturnStatementSyntax ret
                    && (ret.Expression is null || ++returns > MaxWrites || !Accept(model, ret.Expression, depth, cancellationToken, ref found, ref foundSyntax)))
                {
                    return false;
                }
            }
        }
        else
        {
            return false;
        }

        if (found is null || foundSyntax is null)
        {
            return false;
        }

        text = found;
        valueSyntax = foundSyntax;
        return true;
    }

    private static bool IsByteArray(ITypeSymbol type) => type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Byte };

    private static bool IsByteSpan(ITypeSymbol type)
        => type is INamedTypeSymbol { Name: "ReadOnlySpan" or "Span", TypeArguments: { Length: 1 } arguments } && arguments[0].SpecialType == SpecialType.System_Byte;

    private static bool TryGetTypeScopes(SemanticModel model, INamedTypeSymbol type, CancellationToken cancellationToken, out SyntaxNode[] scopes)
    {
        var types = type.DeclaringSyntaxReferences;
        scopes = new SyntaxNode[types.Length];
        for (var i = 0; i < types.Length; i++)
        {
            if (types[i].SyntaxTree != model.SyntaxTree)
            {
                return false;
            }

            scopes[i] = types[i].GetSyntax(cancellationToken);
        }

        return types.Length > 0;
    }

    /// <summary>The variable's declarator and the syntax that can write it: the containing member (a local) or type declaration (a field).</summary>
    private static bool TryGetScope(SemanticModel model, ISymbol symbol, CancellationToken cancellationToken, out VariableDeclaratorSyntax declarator, out SyntaxNode[] scopes)
    {
        declarator = null!;
        scopes = System.Array.Empty<SyntaxNode>();
        if (symbol.DeclaringSyntaxReferences.Length != 1)
        {
            return false;
        }

        var reference = symbol.DeclaringSyntaxReferences[0];
        if (reference.SyntaxTree != model.SyntaxTree || reference.GetSyntax(cancellationToken) is not VariableDeclaratorSyntax variable)
        {
            return false;
        }

        switch (symbol)
        {
            case ILocalSymbol { IsConst: false, IsRef: false } local
                when (local.Type.SpecialType == SpecialType.System_String || IsByteArray(local.Type) || IsByteSpan(local.Type))
                    && variable.Parent?.Parent is LocalDeclarationStatementSyntax { UsingKeyword.RawKind: (int)SyntaxKind.None }:
                SyntaxNode? member = variable;
                while (member is not null && member is not (MemberDeclarationSyntax or CompilationUnitSyntax))
                {
                    member = member.Parent;
                }

                if (member is null)
                {
                    return false;
                }

                declarator = variable;
                scopes = new[] { member };
                return true;
            case IFieldSymbol { IsConst: false, IsVolatile: false } field
                when (field.Type.SpecialType == SpecialType.System_String || IsByteArray(field.Type)) && (field.IsReadOnly || field.DeclaredAccessibility == Accessibility.Private):
                var types = field.ContainingType.DeclaringSyntaxReferences;
                var nodes = new SyntaxNode[types.Length];
                for (var i = 0; i < types.Length; i++)
                {
                    if (types[i].SyntaxTree != model.SyntaxTree)
                    {
                        return false;
                    }

                    nodes[i] = types[i].GetSyntax(cancellationToken);
                }

                declarator = variable;
                scopes = nodes;
                return true;
            default:
                return false;
        }
    }
}

using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AksReady.Analyzers.Internal;

internal enum HealthCheckPredicateKind
{
    /// <summary>No <c>HealthCheckOptions.Predicate</c>: every registered check runs.</summary>
    AllChecks,

    /// <summary>A lambda that filters the checks (usually by tag).</summary>
    Filter,

    /// <summary>Options or predicate come from somewhere the analyzer does not follow (a variable, a method group).</summary>
    Unknown,
}

/// <summary>Reads the <c>HealthCheckOptions.Predicate</c> given to a MapHealthChecks/UseHealthChecks call.</summary>
internal static class HealthCheckPredicate
{
    private const string PredicateName = "Predicate";

    public static HealthCheckPredicateKind Analyze(IInvocationOperation mapping, INamedTypeSymbol? healthCheckOptions, out IAnonymousFunctionOperation? filter)
    {
        filter = null;
        IOperation? options = null;
        foreach (var argument in mapping.Arguments)
        {
            if (argument.Parameter is { } parameter
                && healthCheckOptions is not null
                && SymbolEqualityComparer.Default.Equals(parameter.Type, healthCheckOptions)
                && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                options = argument.Value.WalkDownConversions();
            }
        }

        if (options is null)
        {
            return HealthCheckPredicateKind.AllChecks;
        }

        if (options is not IObjectCreationOperation creation)
        {
            return HealthCheckPredicateKind.Unknown;
        }

        if (creation.Initializer is null)
        {
            return HealthCheckPredicateKind.AllChecks;
        }

        foreach (var initializer in creation.Initializer.Initializers)
        {
            if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: PredicateName } } assignment)
            {
                var value = assignment.Value.WalkDownConversions();
                if (value is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda })
                {
                    if (ReturnsConstantTrue(lambda))
                    {
                        return HealthCheckPredicateKind.AllChecks;
                    }

                    filter = lambda;
                    return HealthCheckPredicateKind.Filter;
                }

                return value.ConstantValue is { HasValue: true, Value: null } ? HealthCheckPredicateKind.AllChecks : HealthCheckPredicateKind.Unknown;
            }
        }

        return HealthCheckPredicateKind.AllChecks;
    }

    /// <summary>String constants the filter compares against (tags, names), except those under a logical not.</summary>
    public static void CollectAdmittedStrings(IAnonymousFunctionOperation filter, HashSet<string> strings)
    {
        foreach (var operation in filter.Body.Descendants())
        {
            if (operation is ILiteralOperation { ConstantValue: { HasValue: true, Value: string value } } && !IsNegated(operation, filter))
            {
                strings.Add(value);
            }
        }
    }

    private static bool IsNegated(IOperation operation, IOperation stop)
    {
        for (var parent = operation.Parent; parent is not null && parent != stop; parent = parent.Parent)
        {
            if (parent is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not }
                || parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.NotEquals })
            {
                return true;
            }
        }

        return false;
    }

    private static bool ReturnsConstantTrue(IAnonymousFunctionOperation lambda)
    {
        foreach (var operation in lambda.Body.Operations)
        {
            if (operation is IReturnOperation { ReturnedValue: { } returned })
            {
                return returned.WalkDownConversions().ConstantValue is { HasValue: true, Value: true };
            }
        }

        return false;
    }
}

using GraphQL;
using GraphQL.Types;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;

namespace Crm.Host.GraphQL.Execution;

/// <summary>
/// The cost rule: GraphQL.NET's complexity analysis with every field costing 1 and a field's children multiplied by
/// its <c>first</c>/<c>last</c> argument (connections), or the default list size for other lists. The <c>edges</c> and
/// <c>nodes</c> of a connection do not multiply again, since the page size was already counted on the connection.
/// </summary>
internal static class CostAnalysis
{
    public static ComplexityValidationRule CreateRule(GraphQLLimitsOptions limits) => new(new ComplexityOptions
    {
        MaxComplexity = limits.MaxCost,
        // Depth has its own, earlier check with its own code; complexity only counts.
        MaxDepth = null,
        DefaultScalarImpact = 1,
        DefaultObjectImpact = 1,
        DefaultListImpactMultiplier = limits.DefaultListSize,
        DefaultComplexityImpactDelegate = context => Impact(context, limits),
    });

    private static FieldComplexityResult Impact(FieldImpactContext context, GraphQLLimitsOptions limits)
    {
        // Introspection answers from the schema in memory, bounded by its size: __schema and __type count once.
        if (context.FieldDefinition.Name is "__schema" or "__type")
        {
            return new FieldComplexityResult(1, 0);
        }

        var pageSize = context.GetArgument<int?>("first", null) ?? context.GetArgument<int?>("last", null);
        if (pageSize is int size)
        {
            return new FieldComplexityResult(1, Math.Max(size, 0));
        }

        if (context.ParentType.Name.EndsWith("Connection", StringComparison.Ordinal)
            && context.FieldDefinition.Name is "edges" or "nodes")
        {
            return new FieldComplexityResult(1, 1);
        }

        var isList = context.FieldDefinition.ResolvedType is ListGraphType
            or NonNullGraphType { ResolvedType: ListGraphType };
        if (isList)
        {
            return new FieldComplexityResult(1, limits.DefaultListSize);
        }

        // A connection without first/last returns the default page size.
        return context.FieldDefinition.ResolvedType?.GetNamedType()?.Name?.EndsWith("Connection", StringComparison.Ordinal) == true
            ? new FieldComplexityResult(1, limits.DefaultPageSize)
            : new FieldComplexityResult(1, 1);
    }
}

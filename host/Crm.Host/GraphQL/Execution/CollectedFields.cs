using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Crm.Host.GraphQL.Execution;

/// <summary>
/// The fields one selection set selects on one object type within a request, in response order, and, when every one
/// of them is a scalar or enum leaf, what <see cref="LeafRows"/> needs to resolve a list of such objects as flat rows.
/// </summary>
internal sealed class CollectedFields
{
    public CollectedFields((GraphQLField Field, FieldType Definition)[] fields)
    {
        Fields = fields;
        Leaves = LeavesOf(fields);
    }

    /// <summary>The fields, merged and filtered by @skip and @include, as GraphQL.NET collects them.</summary>
    public (GraphQLField Field, FieldType Definition)[] Fields { get; }

    /// <summary>The same fields as leaves, or null when any of them selects an object or a list.</summary>
    public LeafField[]? Leaves { get; }

    private static LeafField[]? LeavesOf((GraphQLField Field, FieldType Definition)[] fields)
    {
        var leaves = new LeafField[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            var (field, definition) = fields[i];
            var type = definition.ResolvedType;
            var nonNull = type is NonNullGraphType;
            if ((nonNull ? ((NonNullGraphType)type!).ResolvedType : type) is not ScalarGraphType scalar)
            {
                return null;
            }

            // The resolver GraphQL.NET's SelectResolver picks for a query field (the strategy does not override it).
            leaves[i] = new LeafField(
                field, definition, field.Alias?.Name.StringValue ?? definition.Name, scalar, nonNull, definition.Resolver ?? NameFieldResolver.Instance);
        }

        return leaves;
    }
}

/// <summary>One scalar or enum field of a flat row, with what resolving and writing it needs.</summary>
internal readonly record struct LeafField(
    GraphQLField Field, FieldType Definition, string ResponseName, ScalarGraphType Type, bool NonNull, IFieldResolver Resolver);

using GraphQL.Types;

namespace Crm.Sdk.GraphQL.Connections;

/// <summary>Adds cursor connection fields in one line.</summary>
public static class ConnectionFieldExtensions
{
    /// <summary>
    /// Adds a connection field <paramref name="name"/> returning <c>{Node}Connection!</c> with <c>first</c>, <c>after</c>,
    /// <c>last</c>, <c>before</c>; configure it with the returned builder and end with
    /// <see cref="ConnectionBuilder{TNode}.Resolve"/>.
    /// </summary>
    /// <typeparam name="TNodeGraphType">The items' object type.</typeparam>
    /// <typeparam name="TNode">The entity the query returns.</typeparam>
    /// <param name="type">The type the field is added to: <c>schema.Query</c>, an extension, or an object type.</param>
    /// <param name="name">The field name.</param>
    /// <example>
    /// <code>
    /// schema.Query.Connection&lt;CustomerType, Customer&gt;("customers")
    ///     .Filterable().Sortable().OrderBy("name")
    ///     .Resolve(ctx => ctx.RequestServices!.GetRequiredService&lt;CustomersDb&gt;().Customers);
    /// </code>
    /// </example>
    public static ConnectionBuilder<TNode> Connection<TNodeGraphType, TNode>(this IComplexGraphType type, string name)
        where TNodeGraphType : IGraphType, new()
        where TNode : class
    {
        ArgumentNullException.ThrowIfNull(type);
        var field = new FieldType
        {
            Name = name,
            Type = typeof(NonNullGraphType<ConnectionGraphType<TNodeGraphType>>),
            Arguments = new QueryArguments(
                new QueryArgument<IntGraphType> { Name = "first", Description = "Items from the start (after the cursor `after`)." },
                new QueryArgument<StringGraphType> { Name = "after", Description = "A cursor: start after this item." },
                new QueryArgument<IntGraphType> { Name = "last", Description = "Items from the end (before the cursor `before`)." },
                new QueryArgument<StringGraphType> { Name = "before", Description = "A cursor: end before this item." }),
        };
        type.AddField(field);
        return new ConnectionBuilder<TNode>(field);
    }
}

using GraphQL.Types;
using GraphQL.Types.Relay;

namespace Crm.Sdk.GraphQL.Connections;

/// <summary>
/// <c>{Node}Connection</c>: <c>edges { cursor node }</c>, <c>nodes</c>, <c>pageInfo</c> and <c>totalCount</c> (counted
/// only when asked for). Created for you by <see cref="ConnectionFieldExtensions.Connection{TNodeGraphType, TNode}"/>.
/// </summary>
/// <typeparam name="TNodeGraphType">The object type of the items.</typeparam>
public sealed class ConnectionGraphType<TNodeGraphType> : CrmObjectGraphType<IConnectionPage>
    where TNodeGraphType : IGraphType, new()
{
    /// <summary>Declares the type, named after the node type.</summary>
    public ConnectionGraphType()
    {
        var nodeName = new TNodeGraphType().Name;
        Name = nodeName + "Connection";
        Description = $"A page of {nodeName} items.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeGraphType>>>>>("edges")
            .Description("The items of the page with their cursors.")
            .Resolve(context => context.Source.Edges)
            .ResolvesWithoutServices();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeGraphType>>>>("nodes")
            .Description("The items of the page, when cursors are not needed.")
            .Resolve(context => context.Source.Nodes)
            .ResolvesWithoutServices();
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Where this page sits in the whole list.")
            .Resolve(context => context.Source.PageInfo)
            .ResolvesWithoutServices();
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many items match, over all pages.")
            .ResolveAsync(async context => await context.Source.CountAsync(context.CancellationToken).ConfigureAwait(false))
            .ResolvesWithoutServices();
    }
}

/// <summary><c>{Node}Edge</c>: one item and its cursor.</summary>
/// <typeparam name="TNodeGraphType">The object type of the item.</typeparam>
public sealed class EdgeGraphType<TNodeGraphType> : CrmObjectGraphType<IConnectionEdge>
    where TNodeGraphType : IGraphType, new()
{
    /// <summary>Declares the type, named after the node type.</summary>
    public EdgeGraphType()
    {
        var nodeName = new TNodeGraphType().Name;
        Name = nodeName + "Edge";
        Description = $"A {nodeName} in a page, with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("Pass it as after or before to page from this item.")
            .Resolve(context => context.Source.Cursor)
            .ResolvesWithoutServices();
        Field<NonNullGraphType<TNodeGraphType>>("node")
            .Description("The item.")
            .Resolve(context => context.Source.Node)
            .ResolvesWithoutServices();
    }
}

using GraphQL.Types.Relay.DataObjects;

namespace Crm.Sdk.GraphQL.Connections;

/// <summary>What a connection field resolves to, whatever its item type.</summary>
public interface IConnectionPage
{
    /// <summary>The page's edges.</summary>
    IReadOnlyList<IConnectionEdge> Edges { get; }

    /// <summary>The page's items.</summary>
    IReadOnlyList<object> Nodes { get; }

    /// <summary>Where the page sits.</summary>
    PageInfo PageInfo { get; }

    /// <summary>Counts every matching item (runs a query; only when <c>totalCount</c> is selected).</summary>
    Task<int> CountAsync(CancellationToken cancellationToken);
}

/// <summary>One item with its cursor.</summary>
public interface IConnectionEdge
{
    /// <summary>The opaque cursor.</summary>
    string Cursor { get; }

    /// <summary>The item.</summary>
    object Node { get; }
}

/// <summary>A page of <typeparamref name="TNode"/> items, as built by the connection helper.</summary>
/// <typeparam name="TNode">The item type.</typeparam>
public sealed class ConnectionPage<TNode> : IConnectionPage
    where TNode : class
{
    private readonly Func<CancellationToken, Task<int>> _count;

    /// <summary>Creates a page; <paramref name="count"/> runs only if the client asks for <c>totalCount</c>.</summary>
    public ConnectionPage(IReadOnlyList<ConnectionEdge<TNode>> edges, PageInfo pageInfo, Func<CancellationToken, Task<int>> count)
    {
        ArgumentNullException.ThrowIfNull(edges);
        Edges = edges;
        Nodes = edges.Select(edge => (object)edge.Node).ToList();
        PageInfo = pageInfo;
        _count = count;
    }

    /// <inheritdoc />
    public IReadOnlyList<IConnectionEdge> Edges { get; }

    /// <inheritdoc />
    public IReadOnlyList<object> Nodes { get; }

    /// <inheritdoc />
    public PageInfo PageInfo { get; }

    /// <inheritdoc />
    public Task<int> CountAsync(CancellationToken cancellationToken) => _count(cancellationToken);
}

/// <summary>One item of a page with its cursor.</summary>
/// <param name="Cursor">The opaque cursor.</param>
/// <param name="Node">The item.</param>
/// <typeparam name="TNode">The item type.</typeparam>
public sealed record ConnectionEdge<TNode>(string Cursor, TNode Node) : IConnectionEdge
    where TNode : class
{
    object IConnectionEdge.Node => Node;
}

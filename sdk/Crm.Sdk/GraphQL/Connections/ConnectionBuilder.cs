using Crm.Sdk.GraphQL.Filtering;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Crm.Sdk.GraphQL.Connections;

/// <summary>
/// Configures one connection field made by <see cref="ConnectionFieldExtensions.Connection{TNodeGraphType, TNode}"/>:
/// a filter, an ordering, the page size, a permission, and finally the query it pages over.
/// </summary>
/// <typeparam name="TNode">The entity paged.</typeparam>
public sealed class ConnectionBuilder<TNode>
    where TNode : class
{
    private readonly List<OrderKey> _defaultOrder = [];
    private int? _maxPageSize;
    private bool _filterable;

    internal ConnectionBuilder(FieldType field)
    {
        FieldType = field;
    }

    /// <summary>The underlying field, for anything this builder does not cover (metadata, deprecation).</summary>
    public FieldType FieldType { get; }

    /// <summary>Sets the field's description.</summary>
    public ConnectionBuilder<TNode> Description(string description)
    {
        FieldType.Description = description;
        return this;
    }

    /// <summary>Adds <c>filter: {Entity}Filter</c> with typed operators on every usable property, and and/or/not.</summary>
    public ConnectionBuilder<TNode> Filterable()
    {
        FieldType.Arguments!.Add(new QueryArgument<FilterInputGraphType<TNode>> { Name = "filter", Description = "Only items matching these conditions." });
        _filterable = true;
        return this;
    }

    /// <summary>Adds <c>orderBy: [{Entity}Order!]</c>; the default order (see <see cref="OrderBy"/>) breaks ties.</summary>
    public ConnectionBuilder<TNode> Sortable()
    {
        FieldType.Arguments!.Add(new QueryArgument<ListGraphType<NonNullGraphType<OrderInputGraphType<TNode>>>>
        {
            Name = "orderBy",
            Description = "Ordering keys, most significant first.",
        });
        return this;
    }

    /// <summary>
    /// Adds <c>orderBy: [{Entity}Order!]</c> over the module's own choice of fields, each named for clients and
    /// ordering by the property it maps to; the default order (see <see cref="OrderBy"/>) breaks ties.
    /// </summary>
    /// <example><code>.Sortable(new SortField("NAME", "nameKey", "Alphabetical, Cyrillic and Latin alike."))</code></example>
    public ConnectionBuilder<TNode> Sortable(params SortField[] fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var order = new OrderInputGraphType<TNode>(new OrderFieldGraphType<TNode>(fields));
        FieldType.Arguments!.Add(new QueryArgument(new ListGraphType(new NonNullGraphType(order)))
        {
            Name = "orderBy",
            Description = "Ordering keys, most significant first.",
        });
        return this;
    }

    /// <summary>
    /// Adds a key to the default order (used alone when the client gives no <c>orderBy</c>, and after the client's
    /// keys to break ties). Entities implementing <see cref="IEntity"/> always end with <c>id</c>, so the order is total.
    /// </summary>
    /// <param name="propertyName">The property's GraphQL name, e.g. <c>happenedAt</c>.</param>
    /// <param name="direction">Which way.</param>
    /// <example><code>.OrderBy("happenedAt", SortDirection.Desc)</code></example>
    public ConnectionBuilder<TNode> OrderBy(string propertyName, SortDirection direction = SortDirection.Asc)
    {
        var field = EntityFields<TNode>.Find(propertyName)
            ?? throw new ArgumentException($"{typeof(TNode).Name} has no orderable property '{propertyName}'.", nameof(propertyName));
        _defaultOrder.Add(new OrderKey(field, direction == SortDirection.Desc));
        return this;
    }

    /// <summary>Lowers the maximum page size of this connection below the host's limit.</summary>
    public ConnectionBuilder<TNode> MaxPageSize(int maxPageSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxPageSize);
        _maxPageSize = maxPageSize;
        return this;
    }

    /// <summary>Requires a permission to read the connection (see <see cref="PermissionMetadata"/>).</summary>
    public ConnectionBuilder<TNode> RequirePermission(string permission)
    {
        FieldType.RequirePermission(permission);
        return this;
    }

    /// <summary>
    /// Sets what the connection pages over; filter, ordering and paging are applied to it and run by its provider
    /// (EF Core: one query for the page, one for <c>totalCount</c> if asked). Call last.
    /// </summary>
    /// <param name="query">The items visible to the caller, unordered; <c>context.RequestServices</c> are the module's.</param>
    public ConnectionBuilder<TNode> Resolve(Func<IResolveFieldContext, IQueryable<TNode>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var defaultOrder = _defaultOrder.ToList();
        if (EntityFields<TNode>.Find("id") is { } id && typeof(IEntity).IsAssignableFrom(typeof(TNode)) && defaultOrder.All(key => key.Field != id))
        {
            defaultOrder.Add(new OrderKey(id, false));
        }

        var maxPageSize = _maxPageSize;
        // A module may declare its own "filter" argument (a search input) and apply it inside the query itself.
        var filterable = _filterable;
        FieldType.Resolver = new FuncFieldResolver<object>(async context =>
        {
            var paging = PagingOptions.From(context);
            var max = Math.Min(maxPageSize ?? paging.MaxPageSize, paging.MaxPageSize);
            var request = new PageRequest(
                context.GetArgument<int?>("first"),
                context.GetArgument<string?>("after"),
                context.GetArgument<int?>("last"),
                context.GetArgument<string?>("before")).Validate(paging.DefaultPageSize, max);
            var source = query(context);
            if (filterable && context.GetArgument<Dictionary<string, object?>?>("filter") is { } filter)
            {
                source = source.Where(FilterExpressionBuilder.Build<TNode>(filter));
            }

            var order = Order(context.GetArgument<List<Dictionary<string, object?>>?>("orderBy"), defaultOrder);
            return await QueryablePager.PageAsync(source, request, order, context.CancellationToken).ConfigureAwait(false);
        });
        return this;
    }

    private static List<OrderKey> Order(List<Dictionary<string, object?>>? requested, List<OrderKey> defaultOrder)
    {
        if (requested is null || requested.Count == 0)
        {
            return defaultOrder;
        }

        var order = new List<OrderKey>();
        foreach (var item in requested)
        {
            var name = item.GetValueOrDefault("field") as string;
            var field = name is null ? null : EntityFields<TNode>.Find(name);
            if (field is null)
            {
                throw new DomainException(ErrorCodes.InvalidInput, $"{typeof(TNode).Name} cannot be ordered by '{name}'.");
            }

            if (order.All(key => key.Field != field))
            {
                order.Add(new OrderKey(field, item.GetValueOrDefault("direction") is SortDirection.Desc));
            }
        }

        order.AddRange(defaultOrder.Where(key => order.All(existing => existing.Field != key.Field)));
        return order;
    }
}

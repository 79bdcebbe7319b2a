using System.Linq.Expressions;
using Crm.Sdk.GraphQL.Filtering;
using GraphQL.Types.Relay.DataObjects;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sdk.GraphQL.Connections;

/// <summary>
/// Cuts one page out of an <see cref="IQueryable{T}"/>. When every ordering key is non-nullable the page is found by
/// keyset (<c>WHERE (a, id) &gt; (@a, @id)</c> spelled out), which costs the same on page 1 and page 10,000; otherwise
/// by offset. One query for the page (one more item than asked, to know whether another page follows), and a
/// count query only if <c>totalCount</c> is selected.
/// </summary>
internal static class QueryablePager
{
    public static async Task<ConnectionPage<TNode>> PageAsync<TNode>(
        IQueryable<TNode> source, PageRequest request, IReadOnlyList<OrderKey> order, CancellationToken cancellationToken)
        where TNode : class
    {
        var keyset = order.All(key => !key.Field.IsNullable);
        return keyset
            ? await KeysetAsync(source, request, order, cancellationToken).ConfigureAwait(false)
            : await OffsetAsync(source, request, order, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<ConnectionPage<TNode>> KeysetAsync<TNode>(
        IQueryable<TNode> source, PageRequest request, IReadOnlyList<OrderKey> order, CancellationToken cancellationToken)
        where TNode : class
    {
        var query = source;
        if (request.After is not null)
        {
            query = query.Where(Beyond<TNode>(order, CursorCodec.DecodeKeys(request.After, order), forward: true));
        }

        if (request.Before is not null)
        {
            query = query.Where(Beyond<TNode>(order, CursorCodec.DecodeKeys(request.Before, order), forward: false));
        }

        var fromEnd = request.Last is not null;
        var size = (request.Last ?? request.First)!.Value;
        var items = await ListAsync(Sort(query, order, reverse: fromEnd).Take(size + 1), cancellationToken).ConfigureAwait(false);
        var more = items.Count > size;
        if (more)
        {
            items.RemoveAt(items.Count - 1);
        }

        if (fromEnd)
        {
            items.Reverse();
        }

        var edges = items.ConvertAll(item => new ConnectionEdge<TNode>(CursorCodec.EncodeKeys(item, order), item));
        var pageInfo = new PageInfo
        {
            HasNextPage = fromEnd ? request.Before is not null : more,
            HasPreviousPage = fromEnd ? more : request.After is not null,
            StartCursor = edges.FirstOrDefault()?.Cursor,
            EndCursor = edges.LastOrDefault()?.Cursor,
        };
        return new ConnectionPage<TNode>(edges, pageInfo, token => CountAsync(source, token));
    }

    private static async Task<ConnectionPage<TNode>> OffsetAsync<TNode>(
        IQueryable<TNode> source, PageRequest request, IReadOnlyList<OrderKey> order, CancellationToken cancellationToken)
        where TNode : class
    {
        var start = request.After is null ? 0 : CursorCodec.DecodeOffset(request.After) + 1;
        int? end = request.Before is null ? null : CursorCodec.DecodeOffset(request.Before);
        if (request.Last is int last)
        {
            end ??= await CountAsync(source, cancellationToken).ConfigureAwait(false);
            var from = Math.Max(start, end.Value - last);
            var window = await ListAsync(Sort(source, order, reverse: false).Skip(from).Take(Math.Max(end.Value - from, 0)), cancellationToken).ConfigureAwait(false);
            return Page(source, window, from, hasPrevious: from > start || from > 0, hasNext: request.Before is not null);
        }

        var size = request.First!.Value;
        var limit = end is null ? size + 1 : Math.Min(size + 1, Math.Max(end.Value - start, 0));
        var items = await ListAsync(Sort(source, order, reverse: false).Skip(start).Take(limit), cancellationToken).ConfigureAwait(false);
        var more = items.Count > size || (end is not null && start + items.Count < end);
        if (items.Count > size)
        {
            items.RemoveAt(items.Count - 1);
        }

        return Page(source, items, start, hasPrevious: start > 0, hasNext: more);
    }

    private static ConnectionPage<TNode> Page<TNode>(IQueryable<TNode> source, List<TNode> items, int start, bool hasPrevious, bool hasNext)
        where TNode : class
    {
        var edges = items.Select((item, i) => new ConnectionEdge<TNode>(CursorCodec.EncodeOffset(start + i), item)).ToList();
        var pageInfo = new PageInfo
        {
            HasNextPage = hasNext,
            HasPreviousPage = hasPrevious,
            StartCursor = edges.FirstOrDefault()?.Cursor,
            EndCursor = edges.LastOrDefault()?.Cursor,
        };
        return new ConnectionPage<TNode>(edges, pageInfo, token => CountAsync(source, token));
    }

    private static IQueryable<TNode> Sort<TNode>(IQueryable<TNode> source, IReadOnlyList<OrderKey> order, bool reverse)
    {
        var expression = source.Expression;
        for (var i = 0; i < order.Count; i++)
        {
            var descending = order[i].Descending ^ reverse;
            var method = (i == 0, descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            var selector = order[i].Field.Selector;
            expression = Expression.Call(typeof(Queryable), method, [typeof(TNode), selector.ReturnType], expression, Expression.Quote(selector));
        }

        return source.Provider.CreateQuery<TNode>(expression);
    }

    // Rows strictly after (forward) or before the cursor in the ordering: k1 >= v1 and ((k1 > v1) or (k1 = v1 and k2 > v2) or ...)
    private static Expression<Func<TNode, bool>> Beyond<TNode>(IReadOnlyList<OrderKey> order, object?[] values, bool forward)
    {
        var entity = Expression.Parameter(typeof(TNode), "entity");
        Expression? any = null;
        for (var i = 0; i < order.Count; i++)
        {
            Expression? all = null;
            for (var j = 0; j <= i; j++)
            {
                var member = Expression.Property(entity, order[j].Field.Property);
                var value = FilterExpressionBuilder.Parameter(order[j].Field, values[j], member.Type);
                var greater = order[j].Descending != forward;
                var part = j < i
                    ? Expression.Equal(member, value)
                    : FilterExpressionBuilder.Compare(member, value, greater ? ExpressionType.GreaterThan : ExpressionType.LessThan);
                all = all is null ? part : Expression.AndAlso(all, part);
            }

            any = any is null ? all : Expression.OrElse(any, all!);
        }

        if (order.Count > 1)
        {
            // The same rows, with the first key also bounded on its own (k1 >= v1 AND (...)): inside the OR alone a
            // database cannot start its index range at the cursor, and PostgreSQL walks every row before it.
            var first = Expression.Property(entity, order[0].Field.Property);
            var bound = FilterExpressionBuilder.Compare(
                first,
                FilterExpressionBuilder.Parameter(order[0].Field, values[0], first.Type),
                order[0].Descending != forward ? ExpressionType.GreaterThanOrEqual : ExpressionType.LessThanOrEqual);
            any = Expression.AndAlso(bound, any!);
        }

        return Expression.Lambda<Func<TNode, bool>>(any ?? Expression.Constant(true), entity);
    }

    private static async Task<List<TNode>> ListAsync<TNode>(IQueryable<TNode> query, CancellationToken cancellationToken) =>
        query is IAsyncEnumerable<TNode> ? await query.ToListAsync(cancellationToken).ConfigureAwait(false) : [.. query];

    private static async Task<int> CountAsync<TNode>(IQueryable<TNode> query, CancellationToken cancellationToken) =>
        query is IAsyncEnumerable<TNode> ? await query.CountAsync(cancellationToken).ConfigureAwait(false) : query.Count();
}

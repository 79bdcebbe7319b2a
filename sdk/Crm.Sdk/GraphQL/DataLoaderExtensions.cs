using GraphQL;
using GraphQL.DataLoader;

namespace Crm.Sdk.GraphQL;

/// <summary>Batching helpers for resolvers: one fetch per query level instead of one per parent object.</summary>
public static class DataLoaderExtensions
{
    /// <summary>
    /// The request's loader named <paramref name="name"/> (prefix it with your module id), created with
    /// <paramref name="fetch"/> on first use. The fetch runs in the scope of the field that first created the loader.
    /// </summary>
    /// <example>
    /// <code>
    /// schema.Extend&lt;IEntity&gt;("Customer").Field&lt;InteractionType&gt;("lastInteraction").Resolve(ctx =>
    ///     ctx.GetBatchLoader&lt;Guid, Interaction?&gt;("crm.interactions.last", (ids, ct) => store(ctx).LastForAsync(ids, ct))
    ///        .Load(ctx.Source.Id));
    /// </code>
    /// </example>
    public static BatchLoader<TKey, TValue?> GetBatchLoader<TKey, TValue>(
        this IResolveFieldContext context,
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue?>>> fetch)
        where TKey : notnull =>
        context.GetDataLoaderContext().GetOrAdd(name, () => new BatchLoader<TKey, TValue?>(fetch, default));

    /// <summary>
    /// A one-to-many loader: each key resolves to the list of values <paramref name="fetch"/> returned for it, an empty
    /// list when none.
    /// </summary>
    /// <example>
    /// <code>
    /// .Resolve(ctx => ctx.GetGroupLoader&lt;Guid, Ticket&gt;("acme.tickets.open",
    ///     async (ids, ct) => (await store(ctx).OpenForAsync(ids, ct)).ToLookup(t => t.CustomerId)).Load(ctx.Source.Id))
    /// </code>
    /// </example>
    public static BatchLoader<TKey, IReadOnlyList<TValue>> GetGroupLoader<TKey, TValue>(
        this IResolveFieldContext context,
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch)
        where TKey : notnull =>
        context.GetDataLoaderContext().GetOrAdd(name, () => new BatchLoader<TKey, IReadOnlyList<TValue>>(
            async (keys, cancellationToken) =>
            {
                var lookup = await fetch(keys, cancellationToken).ConfigureAwait(false);
                return keys.Distinct().ToDictionary(key => key, key => (IReadOnlyList<TValue>)[.. lookup[key]]);
            },
            []));

    /// <summary>The request's loaders; throws when the host did not provide them (e.g. a hand-made context in a test).</summary>
    public static DataLoaderContext GetDataLoaderContext(this IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.UserContext.TryGetValue(DataLoaderContext.UserContextKey, out var value) && value is DataLoaderContext loaders
            ? loaders
            : throw new InvalidOperationException("This request has no DataLoaderContext; run it through the host's executor.");
    }

    /// <summary>Maps a finished data loader result, e.g. to take one value out of a list.</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> map) =>
        new MappedResult<T, TResult>(result, map);

    private sealed class MappedResult<T, TResult>(IDataLoaderResult<T> inner, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await inner.GetResultAsync(cancellationToken).ConfigureAwait(false));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}

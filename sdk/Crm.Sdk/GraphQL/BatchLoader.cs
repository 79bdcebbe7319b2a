using GraphQL.DataLoader;

namespace Crm.Sdk.GraphQL;

/// <summary>
/// Collects the keys that resolvers ask for while one level of the query is resolved, then fetches them all with
/// one call and caches the values for the rest of the request. The executor waits on the returned
/// <see cref="IDataLoaderResult{T}"/>s only after every sibling resolver ran, so a page of 50 customers asking for
/// their last interaction costs one fetch, not 50. Get one with <see cref="DataLoaderExtensions.GetBatchLoader{TKey, TValue}"/>.
/// </summary>
/// <typeparam name="TKey">The lookup key, e.g. a customer id.</typeparam>
/// <typeparam name="TValue">What one key resolves to (use a list type for one-to-many).</typeparam>
public sealed class BatchLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch;
    private readonly TValue _missing;
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, TaskCompletionSource<TValue>> _entries = [];
    private List<TKey> _pending = [];

    /// <summary>Creates a loader; prefer <see cref="DataLoaderExtensions.GetBatchLoader{TKey, TValue}"/>, which keeps one per request.</summary>
    /// <param name="fetch">Loads many keys at once; keys it leaves out resolve to <paramref name="missing"/>.</param>
    /// <param name="missing">The value of a key the fetch did not return (null, or an empty list).</param>
    public BatchLoader(Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, TValue missing)
    {
        _fetch = fetch;
        _missing = missing;
    }

    /// <summary>How many times the fetch ran (for tests and diagnostics).</summary>
    public int FetchCount { get; private set; }

    /// <summary>Queues <paramref name="key"/> (or reuses its cached value); return the result from the resolver.</summary>
    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out var entry))
            {
                entry = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
                _entries.Add(key, entry);
                _pending.Add(key);
            }

            return new PendingValue(this, entry.Task);
        }
    }

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<TKey> keys;
        List<TaskCompletionSource<TValue>> entries;
        lock (_gate)
        {
            if (_pending.Count == 0)
            {
                return;
            }

            keys = _pending;
            _pending = [];
            entries = keys.ConvertAll(key => _entries[key]);
            FetchCount++;
        }

        try
        {
            var values = await _fetch(keys, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < keys.Count; i++)
            {
                entries[i].TrySetResult(values.TryGetValue(keys[i], out var value) ? value : _missing);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            entries.ForEach(entry => entry.TrySetCanceled(cancellationToken));
            throw;
        }
        catch (Exception exception)
        {
            // Every field waiting on this batch fails with the same cause; the executor turns it into errors.
            entries.ForEach(entry => entry.TrySetException(exception));
        }
    }

    private sealed class PendingValue(BatchLoader<TKey, TValue> loader, Task<TValue> value) : IDataLoaderResult<TValue>
    {
        public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default)
        {
            if (!value.IsCompleted)
            {
                await loader.DispatchAsync(cancellationToken).ConfigureAwait(false);
            }

            return await value.ConfigureAwait(false);
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}

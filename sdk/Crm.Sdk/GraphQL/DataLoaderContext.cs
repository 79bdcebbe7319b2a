using System.Collections.Concurrent;

namespace Crm.Sdk.GraphQL;

/// <summary>
/// The loaders of one request. The host puts one in every request's user context; resolvers reach it through
/// <see cref="DataLoaderExtensions.GetBatchLoader{TKey, TValue}"/>. Thread-safe, since sibling resolvers run in parallel.
/// </summary>
public sealed class DataLoaderContext
{
    /// <summary>The user-context key the host stores the request's loaders under.</summary>
    public const string UserContextKey = "crm:dataloaders";

    // Created on first use: most requests use no loader, and every request gets a context.
    private ConcurrentDictionary<string, object>? _loaders;

    /// <summary>The loader named <paramref name="name"/>, created with <paramref name="create"/> on first use in this request.</summary>
    public T GetOrAdd<T>(string name, Func<T> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(create);
        var loaders = LazyInitializer.EnsureInitialized(ref _loaders, static () => new ConcurrentDictionary<string, object>(StringComparer.Ordinal));
        var loader = loaders.GetOrAdd(name, static (_, factory) => factory(), create);
        return loader as T ?? throw new InvalidOperationException(
            $"The data loader '{name}' is already used with another key or value type; give each loader its own name.");
    }
}

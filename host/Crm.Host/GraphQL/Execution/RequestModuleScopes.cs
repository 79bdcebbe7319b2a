using System.Collections.Concurrent;
using Autofac;
using Autofac.Extensions.DependencyInjection;
using Crm.Host.Modules;
using GraphQL;

namespace Crm.Host.GraphQL.Execution;

/// <summary>
/// The per-request child scopes of the modules whose fields a request touches, created on first use and disposed
/// when the request ends. A module's resolvers see only services of their own module scope.
/// </summary>
internal sealed class RequestModuleScopes(ApplicationShape shape) : IAsyncDisposable
{
    /// <summary>The user-context key the executor stores the request's scopes under.</summary>
    public const string UserContextKey = "crm:module-scopes";

    private readonly ConcurrentDictionary<string, Lazy<AutofacServiceProvider>> _scopes = new(StringComparer.Ordinal);
    private int _disposed;

    /// <summary>The request's scopes, or null when the request was not started by the host's executor.</summary>
    public static RequestModuleScopes? From(IResolveFieldContext context) =>
        context.UserContext.TryGetValue(UserContextKey, out var value) ? value as RequestModuleScopes : null;

    /// <summary>The request's service provider of module <paramref name="moduleId"/>.</summary>
    public IServiceProvider ServicesOf(string moduleId)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        return _scopes.GetOrAdd(moduleId, id => new Lazy<AutofacServiceProvider>(() =>
        {
            var module = shape.FindModule(id) ?? throw new InvalidOperationException($"Module '{id}' is not part of shape {shape.Generation}.");
            return new AutofacServiceProvider(module.Scope.BeginLifetimeScope());
        })).Value;
    }

    /// <summary>A copy of <paramref name="context"/> whose <c>RequestServices</c> are module <paramref name="moduleId"/>'s.</summary>
    public IResolveFieldContext ContextFor(IResolveFieldContext context, string moduleId)
    {
        // The context GraphQL.NET hands a resolver is reused between fields; a copy keeps the module's services local.
        return new ResolveFieldContext(context) { RequestServices = ServicesOf(moduleId) };
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        foreach (var scope in _scopes.Values.Where(scope => scope.IsValueCreated))
        {
            await scope.Value.DisposeAsync().ConfigureAwait(false);
        }
    }
}

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

    // Most requests touch one or two modules: a short list under a lock is cheaper than a concurrent dictionary.
    private readonly List<(string ModuleId, ModuleRequestServices Services)> _scopes = new(2);
    private readonly Lock _gate = new();
    private bool _disposed;

    /// <summary>The request's scopes, or null when the request was not started by the host's executor.</summary>
    public static RequestModuleScopes? From(IResolveFieldContext context) =>
        context.UserContext.TryGetValue(UserContextKey, out var value) ? value as RequestModuleScopes : null;

    /// <summary>The request's service provider of module <paramref name="moduleId"/>.</summary>
    public IServiceProvider ServicesOf(string moduleId)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            foreach (var (id, services) in _scopes)
            {
                if (string.Equals(id, moduleId, StringComparison.Ordinal))
                {
                    return services;
                }
            }

            var module = shape.FindModule(moduleId) ?? throw new InvalidOperationException($"Module '{moduleId}' is not part of shape {shape.Generation}.");
            var created = new ModuleRequestServices(module.Scope);
            _scopes.Add((moduleId, created));
            return created;
        }
    }

    /// <summary>A view of <paramref name="context"/> whose <c>RequestServices</c> are module <paramref name="moduleId"/>'s.</summary>
    public IResolveFieldContext ContextFor(IResolveFieldContext context, string moduleId) =>
        new ModuleResolveFieldContext(context, ServicesOf(moduleId));

    public async ValueTask DisposeAsync()
    {
        (string ModuleId, ModuleRequestServices Services)[] scopes;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            scopes = [.. _scopes];
            _scopes.Clear();
        }

        foreach (var (_, services) in scopes)
        {
            await services.DisposeAsync().ConfigureAwait(false);
        }
    }
}

using Autofac;
using Crm.Host.Modules;
using MediatR;

namespace Crm.Host.Messaging;

/// <summary>
/// MediatR's service factory for one Publish: resolves each notification handler from a short-lived child scope
/// of the module that owns it (so scoped services such as a DbContext live exactly as long as the message), and
/// disposes those scopes when the message is done. Requests do not come here: see <see cref="RequestPipeline{TResponse}"/>.
/// </summary>
internal sealed class MessageDispatch(MessageRouting routing, ILifetimeScope root) : IAsyncDisposable
{
    private readonly List<(ActiveModule Module, ILifetimeScope Scope)> _scopes = new(1);

    public object? Resolve(Type serviceType)
    {
        if (serviceType.IsConstructedGenericType
            && serviceType.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            && serviceType.GenericTypeArguments[0] is { IsConstructedGenericType: true } element
            && element.GetGenericTypeDefinition() == typeof(INotificationHandler<>))
        {
            return NotificationHandlers(serviceType, element);
        }

        return root.ResolveOptional(serviceType);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (_, scope) in _scopes)
        {
            await scope.DisposeAsync();
        }
    }

    private static Array ToTypedArray(Type elementType, IReadOnlyList<object> items)
    {
        var array = Array.CreateInstance(elementType, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            array.SetValue(items[i], i);
        }

        return array;
    }

    private Array NotificationHandlers(Type enumerableType, Type handlerType)
    {
        var modules = routing.FindNotificationHandlers(handlerType);
        var wrap = routing.NotificationWrapper(handlerType.GenericTypeArguments[0]);
        var wrapped = new List<object>();
        foreach (var module in modules)
        {
            foreach (var handler in (IEnumerable<object>)ScopeOf(module).Resolve(enumerableType))
            {
                wrapped.Add(wrap(module.Id, handler));
            }
        }

        return ToTypedArray(handlerType, wrapped);
    }

    private ILifetimeScope ScopeOf(ActiveModule module)
    {
        foreach (var (owner, scope) in _scopes)
        {
            if (ReferenceEquals(owner, module))
            {
                return scope;
            }
        }

        var created = module.Scope.BeginLifetimeScope();
        _scopes.Add((module, created));
        return created;
    }
}

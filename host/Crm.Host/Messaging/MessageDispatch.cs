using Autofac;
using Crm.Host.Modules;
using MediatR;

namespace Crm.Host.Messaging;

/// <summary>
/// MediatR's service factory for one Send or Publish: resolves each handler from a short-lived child scope of
/// the module that owns it (so scoped services such as a DbContext live exactly as long as the message), and
/// disposes those scopes when the message is done.
/// </summary>
internal sealed class MessageDispatch(MessageRouting routing, ILifetimeScope root, IReadOnlyList<RequestBehaviorType> hostBehaviors, HostRequestHandlers hostHandlers) : IAsyncDisposable
{
    private readonly List<(ActiveModule Module, ILifetimeScope Scope)> _scopes = new(1);
    private ILifetimeScope? _hostScope;

    public object? Resolve(Type serviceType)
    {
        if (serviceType.IsConstructedGenericType)
        {
            var definition = serviceType.GetGenericTypeDefinition();
            if (definition == typeof(IRequestHandler<,>))
            {
                var module = routing.FindRequestHandler(serviceType);
                if (module is null)
                {
                    return hostHandlers.Handles(serviceType) ? HostScope().Resolve(serviceType) : null;
                }

                return ScopeOf(module).ResolveOptional(serviceType);
            }

            if (definition == typeof(IEnumerable<>) && serviceType.GenericTypeArguments[0] is { IsConstructedGenericType: true } element)
            {
                var elementDefinition = element.GetGenericTypeDefinition();
                if (elementDefinition == typeof(INotificationHandler<>))
                {
                    return NotificationHandlers(serviceType, element);
                }

                if (elementDefinition == typeof(IPipelineBehavior<,>))
                {
                    return Behaviors(serviceType, element);
                }
            }
        }

        return root.ResolveOptional(serviceType);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (_, scope) in _scopes)
        {
            await scope.DisposeAsync();
        }

        if (_hostScope is not null)
        {
            await _hostScope.DisposeAsync();
        }
    }

    // A host handler gets a child scope of the root for the message, as a module's handler gets one of its module.
    private ILifetimeScope HostScope() => _hostScope ??= root.BeginLifetimeScope();

    /// <summary>The host-wide behaviours (outermost), then those the handling module registered in its scope.</summary>
    private Array Behaviors(Type enumerableType, Type behaviorType)
    {
        var shared = routing.HostBehaviors(behaviorType, hostBehaviors, root);
        var handlerType = routing.RequestHandlerType(behaviorType.GenericTypeArguments[0], behaviorType.GenericTypeArguments[1]);
        if (routing.FindRequestHandler(handlerType) is not { } module || !routing.HasOwnBehaviors(module))
        {
            return ToTypedArray(behaviorType, shared);
        }

        var behaviors = new List<object>(shared);
        behaviors.AddRange((IEnumerable<object>)ScopeOf(module).Resolve(enumerableType));
        return ToTypedArray(behaviorType, behaviors);
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

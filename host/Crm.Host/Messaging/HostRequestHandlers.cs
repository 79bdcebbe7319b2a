namespace Crm.Host.Messaging;

/// <summary>
/// The request handler services (<c>IRequestHandler&lt;TRequest, TResponse&gt;</c>, closed over SDK types) that the host
/// itself answers, such as the identity store's <c>GetUsers</c>. The mediator asks the root container for a handler
/// only when its type is in this set: looking up an arbitrary (plugin) type in the root container would cache it there
/// and keep the plugin's load context alive.
/// </summary>
internal sealed class HostRequestHandlers(IEnumerable<HostRequestHandlerType> handlers)
{
    private readonly HashSet<Type> _services = handlers.Select(h => h.HandlerService).ToHashSet();

    /// <summary>True when the host registered a handler for <paramref name="handlerService"/>.</summary>
    public bool Handles(Type handlerService) => _services.Contains(handlerService);
}

/// <summary>One request handler service the host answers; registered by <c>AddCrmHostRequestHandler</c>.</summary>
internal sealed record HostRequestHandlerType(Type HandlerService);

using System.Collections.Concurrent;
using Crm.Host.Modules;
using MediatR;

namespace Crm.Host.Messaging;

/// <summary>
/// Which module handles each request type and which modules listen to each notification type, for one
/// application shape. Built by <see cref="MessageRoutingFeatureBuilder"/> and swapped with the shape, so a
/// disabled module's handlers are unreachable from the instant its shape leaves service.
/// </summary>
public sealed class MessageRouting
{
    private readonly IReadOnlyDictionary<Type, ActiveModule> _requestHandlers;
    private readonly IReadOnlyDictionary<Type, ActiveModule[]> _notificationHandlers;

    // Per shape, so cached closed generic types of plugin messages go away with the shape.
    private readonly ConcurrentDictionary<(Type Request, Type Response), Type> _handlerTypes = new();
    private readonly ConcurrentDictionary<Type, Func<string, object, object>> _notificationWrappers = new();
    private readonly ConcurrentDictionary<Type, object[]> _hostBehaviors = new();
    private readonly ConcurrentDictionary<(Type Request, Type Response), object?> _pipelines = new();
    private readonly IReadOnlySet<string> _modulesWithBehaviors;

    internal MessageRouting(
        IReadOnlyDictionary<Type, ActiveModule> requestHandlers,
        IReadOnlyDictionary<Type, ActiveModule[]> notificationHandlers,
        IReadOnlySet<string> modulesWithBehaviors)
    {
        _requestHandlers = requestHandlers;
        _notificationHandlers = notificationHandlers;
        _modulesWithBehaviors = modulesWithBehaviors;
    }

    /// <summary>Routing with no module at all.</summary>
    public static MessageRouting Empty { get; } = new(new Dictionary<Type, ActiveModule>(), new Dictionary<Type, ActiveModule[]>(), new HashSet<string>());

    /// <summary>The request types some enabled module handles, as <c>IRequestHandler&lt;TRequest, TResponse&gt;</c>.</summary>
    public IEnumerable<Type> HandledRequests => _requestHandlers.Keys;

    /// <summary>The module whose handler serves <paramref name="handlerType"/> (<c>IRequestHandler&lt;,&gt;</c>), or null.</summary>
    public ActiveModule? FindRequestHandler(Type handlerType) => _requestHandlers.GetValueOrDefault(handlerType);

    /// <summary>The modules with a handler for <paramref name="handlerType"/> (<c>INotificationHandler&lt;&gt;</c>).</summary>
    public IReadOnlyList<ActiveModule> FindNotificationHandlers(Type handlerType) =>
        _notificationHandlers.TryGetValue(handlerType, out var modules) ? modules : [];

    internal Type RequestHandlerType(Type requestType, Type responseType) =>
        _handlerTypes.GetOrAdd((requestType, responseType), key => typeof(IRequestHandler<,>).MakeGenericType(key.Request, key.Response));

    /// <summary>True when the module registered pipeline behaviours of its own, which are then resolved per request.</summary>
    internal bool HasOwnBehaviors(ActiveModule module) => _modulesWithBehaviors.Contains(module.Id);

    /// <summary>
    /// The host-wide behaviours closed over one request type, created once per shape: like singletons, they
    /// must keep no per-request state.
    /// </summary>
    internal object[] HostBehaviors(Type behaviorService, IReadOnlyList<RequestBehaviorType> openTypes, Autofac.ILifetimeScope root) =>
        _hostBehaviors.GetOrAdd(behaviorService, service => openTypes.Select(t => HostBehaviorFactory.Create(t.OpenGenericType, service).Create(root)).ToArray());

    /// <summary>
    /// The pipeline that sends <paramref name="requestType"/> (a request answering <typeparamref name="TResponse"/>),
    /// built on first use and kept for the shape's life; null when no enabled module handles it.
    /// </summary>
    internal RequestPipeline<TResponse>? RequestPipeline<TResponse>(Type requestType, IReadOnlyList<RequestBehaviorType> hostBehaviors, Autofac.ILifetimeScope root) =>
        (RequestPipeline<TResponse>?)_pipelines.GetOrAdd((requestType, typeof(TResponse)), key =>
        {
            var handlerType = RequestHandlerType(key.Request, key.Response);
            if (FindRequestHandler(handlerType) is not { } module)
            {
                return null;
            }

            var behaviorService = typeof(IPipelineBehavior<,>).MakeGenericType(key.Request, key.Response);
            var pipelineType = typeof(RequestPipeline<,>).MakeGenericType(key.Request, key.Response);
            return Activator.CreateInstance(pipelineType, module, HostBehaviors(behaviorService, hostBehaviors, root), HasOwnBehaviors(module));
        });

    internal Func<string, object, object> NotificationWrapper(Type notificationType) =>
        _notificationWrappers.GetOrAdd(notificationType, ModuleNotificationHandler.CreateFactory);
}

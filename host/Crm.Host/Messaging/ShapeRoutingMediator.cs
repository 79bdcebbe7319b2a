using Autofac;
using Crm.Host.Modules;
using MediatR;
using Microsoft.Extensions.Logging;

namespace Crm.Host.Messaging;

/// <summary>
/// The one <see cref="IMediator"/> of the host. Each message takes a lease on the shape in service and is
/// routed by that shape's <see cref="MessageRouting"/>: a request to the one enabled module that handles it,
/// a notification to every enabled module listening. A request no module handles may be answered by the host
/// itself (<see cref="HostRequestHandlers"/>). A toggle during the message does not affect it.
/// </summary>
internal sealed class ShapeRoutingMediator(
    IApplicationShapeAccessor shapes,
    ILifetimeScope root,
    IEnumerable<RequestBehaviorType> behaviors,
    HostRequestHandlers hostHandlers,
    ILoggerFactory loggerFactory) : IMediator
{
    private readonly IReadOnlyList<RequestBehaviorType> _behaviors = behaviors.ToList();
    private readonly ILogger _logger = loggerFactory.CreateLogger("Crm.Host.Messaging");

    public async Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var lease = shapes.Acquire();
        var routing = lease.Shape.GetFeature<MessageRouting>() ?? MessageRouting.Empty;
        var handlerType = routing.RequestHandlerType(request.GetType(), typeof(TResponse));
        if (routing.FindRequestHandler(handlerType) is null && !hostHandlers.Handles(handlerType))
        {
            throw new NoHandlerForRequestException(request.GetType());
        }

        var dispatch = new MessageDispatch(routing, root, _behaviors, hostHandlers);
        await using (dispatch)
        {
            return await new IsolatingMediator(dispatch.Resolve, _logger).Send(request, cancellationToken);
        }
    }

    public async Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification
    {
        ArgumentNullException.ThrowIfNull(notification);
        using var lease = shapes.Acquire();
        var routing = lease.Shape.GetFeature<MessageRouting>() ?? MessageRouting.Empty;
        var dispatch = new MessageDispatch(routing, root, _behaviors, hostHandlers);
        await using (dispatch)
        {
            await new IsolatingMediator(dispatch.Resolve, _logger).Publish(notification, cancellationToken);
        }
    }
}

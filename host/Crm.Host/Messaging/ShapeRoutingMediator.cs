using Autofac;
using Crm.Host.Modules;
using MediatR;
using Microsoft.Extensions.Logging;

namespace Crm.Host.Messaging;

/// <summary>
/// The one <see cref="IMediator"/> of the host. Each message takes a lease on the shape in service and is
/// routed by that shape's <see cref="MessageRouting"/>: a request to the one enabled module that handles it,
/// through the <see cref="RequestPipeline{TResponse}"/> cached per shape and request type (MediatR's behaviours
/// and handler interfaces, without its per-call reflection and service lookups); a notification to every
/// enabled module listening, through MediatR's publisher. A toggle during the message does not affect it.
/// </summary>
internal sealed class ShapeRoutingMediator(IApplicationShapeAccessor shapes, ILifetimeScope root, IEnumerable<RequestBehaviorType> behaviors, ILoggerFactory loggerFactory) : IMediator
{
    private readonly IReadOnlyList<RequestBehaviorType> _behaviors = behaviors.ToList();
    private readonly ILogger _logger = loggerFactory.CreateLogger("Crm.Host.Messaging");

    public async Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var lease = shapes.Acquire();
        var routing = lease.Shape.GetFeature<MessageRouting>() ?? MessageRouting.Empty;
        var pipeline = routing.RequestPipeline<TResponse>(request.GetType(), _behaviors, root)
            ?? throw new NoHandlerForRequestException(request.GetType());
        return await pipeline.SendAsync(request, cancellationToken);
    }

    public async Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification
    {
        ArgumentNullException.ThrowIfNull(notification);
        using var lease = shapes.Acquire();
        var routing = lease.Shape.GetFeature<MessageRouting>() ?? MessageRouting.Empty;
        var dispatch = new MessageDispatch(routing, root);
        await using (dispatch)
        {
            await new IsolatingMediator(dispatch.Resolve, _logger).Publish(notification, cancellationToken);
        }
    }
}

using Crm.Modules.Interactions.Domain;
using Crm.Sdk.Contracts.Interactions;
using MediatR;

namespace Crm.Modules.Interactions.Handlers;

/// <summary>Forwards committed entries (from any module) to the <c>timelineUpdated</c> subscribers.</summary>
internal sealed class InteractionRecordedHandler(TimelineEvents events) : INotificationHandler<InteractionRecorded>
{
    public Task Handle(InteractionRecorded notification, CancellationToken cancellationToken)
    {
        events.Publish(notification);
        return Task.CompletedTask;
    }
}

using Crm.Modules.Sales.Domain;
using Crm.Modules.Sales.UseCases;
using Crm.Sdk.Contracts.Interactions;
using MediatR;

namespace Crm.Modules.Sales.Handlers;

/// <summary>Runs the funnels' interaction rules (e.g. a PROPOSAL e-mail moves the deal to "Proposal sent").</summary>
internal sealed class InteractionRecordedHandler(AutomaticRules rules) : INotificationHandler<InteractionRecorded>
{
    public Task Handle(InteractionRecorded notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return rules.ApplyAsync(notification.CustomerId, RuleTrigger.InteractionRecorded, notification.Kind, notification.RecordedBy, cancellationToken);
    }
}

using Crm.Modules.Sales.Domain;
using Crm.Modules.Sales.Storage;
using Crm.Sdk.Contracts.Interactions;
using Crm.Sdk.Contracts.WorkingNow;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Sales.Handlers;

/// <summary>Contributes the client's open deals (and deals closed lately) to <c>Customer.workingNow</c>.</summary>
internal sealed class CollectWorkingNowHandler(SalesDbContext db) : INotificationHandler<CollectWorkingNow>
{
    public async Task Handle(CollectWorkingNow notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var since = notification.Since.UtcDateTime;
        var rows = await db.Opportunities.AsNoTracking()
            .Where(o => o.CustomerId == notification.CustomerId && (o.Status == OpportunityStatus.Open || o.UpdatedAt >= since))
            .OrderByDescending(o => o.UpdatedAt)
            .Take(50)
            .ToListAsync(cancellationToken);
        foreach (var o in rows)
        {
            var activity = o.Status == OpportunityStatus.Open ? "OPEN_DEAL" : "DEAL_" + o.Status.ToString().ToUpperInvariant();
            notification.Add(new WorkingNowItem(o.OwnerId, activity, o.Title, new DateTimeOffset(o.UpdatedAt, TimeSpan.Zero), SalesModule.Id, new InteractionReference("Opportunity", o.Id.ToString())));
        }
    }
}

using Crm.Modules.Sales.Domain;
using Crm.Modules.Sales.Storage;
using Crm.Sdk.Contracts.Interactions;
using Crm.Sdk.Contracts.Ownership;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Sales.Handlers;

/// <summary>
/// Contributes the owner's open opportunities and not-yet-worked leads to <see cref="CollectOwnedWork"/>, e.g. for
/// a substitute: an unanswered lead is as much a promise to call back as a planned activity.
/// </summary>
internal sealed class CollectOwnedWorkHandler(SalesDbContext db) : INotificationHandler<CollectOwnedWork>
{
    public async Task Handle(CollectOwnedWork notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var opportunities = await db.Opportunities.AsNoTracking()
            .Where(o => o.OwnerId == notification.OwnerId && o.Status == OpportunityStatus.Open)
            .Select(o => new { o.Id, o.CustomerId, o.Title, o.ExpectedCloseDate })
            .ToListAsync(cancellationToken);
        foreach (var o in opportunities)
        {
            var due = o.ExpectedCloseDate is { } date ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : (DateTimeOffset?)null;
            notification.Add(new OwnedWork(new InteractionReference("Opportunity", o.Id.ToString()), o.CustomerId, notification.OwnerId, "OPPORTUNITY", o.Title, due, SalesModule.Id));
        }

        var leads = await db.Leads.AsNoTracking()
            .Where(l => l.OwnerId == notification.OwnerId && l.Status == LeadStatus.New)
            .Select(l => new { l.Id, l.Name, l.Channel, l.Phone, l.Email })
            .ToListAsync(cancellationToken);
        foreach (var l in leads)
        {
            var contact = l.Phone ?? l.Email;
            var description = contact is null ? $"Lead: {l.Name}" : $"Lead: {l.Name} ({contact})";
            notification.Add(new OwnedWork(new InteractionReference("Lead", l.Id.ToString()), null, notification.OwnerId, "LEAD", description, null, SalesModule.Id));
        }
    }
}

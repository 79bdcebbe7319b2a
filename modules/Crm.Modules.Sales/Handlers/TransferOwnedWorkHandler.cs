using Crm.Modules.Sales.Domain;
using Crm.Modules.Sales.Storage;
using Crm.Sdk.Contracts.Interactions;
using Crm.Sdk.Contracts.Ownership;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Sales.Handlers;

/// <summary>
/// Hands the named open opportunities and new leads of <see cref="TransferOwnedWork.FromOwnerId"/> to the new owner
/// in one save (audited like every change) and reports each one moved; records of other types, other owners,
/// closed opportunities and worked leads are left alone.
/// </summary>
internal sealed class TransferOwnedWorkHandler(SalesDbContext db, TimeProvider time) : INotificationHandler<TransferOwnedWork>
{
    public async Task Handle(TransferOwnedWork notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var opportunityIds = IdsOf(notification.Records, "Opportunity");
        var leadIds = IdsOf(notification.Records, "Lead");
        if (opportunityIds.Count == 0 && leadIds.Count == 0)
        {
            return;
        }

        var opportunities = opportunityIds.Count == 0 ? [] : await db.Opportunities
            .Where(o => opportunityIds.Contains(o.Id) && o.OwnerId == notification.FromOwnerId && o.Status == OpportunityStatus.Open)
            .ToListAsync(cancellationToken);
        var leads = leadIds.Count == 0 ? [] : await db.Leads
            .Where(l => leadIds.Contains(l.Id) && l.OwnerId == notification.FromOwnerId && l.Status == LeadStatus.New)
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var opportunity in opportunities)
        {
            opportunity.OwnerId = notification.ToOwnerId;
            opportunity.UpdatedAt = now;
        }

        foreach (var lead in leads)
        {
            lead.OwnerId = notification.ToOwnerId;
            lead.UpdatedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        var moved = opportunities.Select(o => ("Opportunity", o.Id)).Concat(leads.Select(l => ("Lead", l.Id))).ToHashSet();
        foreach (var record in notification.Records.Where(r => Guid.TryParse(r.Id, out var id) && moved.Contains((r.Type, id))))
        {
            notification.Transferred(record);
        }
    }

    private static List<Guid> IdsOf(IReadOnlyList<InteractionReference> records, string type) =>
        records.Where(r => r.Type == type && Guid.TryParse(r.Id, out _)).Select(r => Guid.Parse(r.Id)).Distinct().ToList();
}

using Crm.Modules.Sales.Domain;
using Crm.Modules.Sales.Storage;
using Crm.Sdk.Contracts.Ownership;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Sales.Handlers;

/// <summary>
/// Hands the named open opportunities of <see cref="TransferOwnedWork.FromOwnerId"/> to the new owner and
/// reports each one moved; records of other types, other owners or already closed ones are left alone.
/// </summary>
internal sealed class TransferOwnedWorkHandler(SalesDbContext db, TimeProvider time) : INotificationHandler<TransferOwnedWork>
{
    public async Task Handle(TransferOwnedWork notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var ids = notification.Records
            .Where(r => r.Type == "Opportunity" && Guid.TryParse(r.Id, out _))
            .Select(r => Guid.Parse(r.Id))
            .ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var opportunities = await db.Opportunities
            .Where(o => ids.Contains(o.Id) && o.OwnerId == notification.FromOwnerId && o.Status == OpportunityStatus.Open)
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var opportunity in opportunities)
        {
            opportunity.OwnerId = notification.ToOwnerId;
            opportunity.UpdatedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var record in notification.Records.Where(r => r.Type == "Opportunity" && opportunities.Any(o => o.Id.ToString() == r.Id)))
        {
            notification.Transferred(record);
        }
    }
}

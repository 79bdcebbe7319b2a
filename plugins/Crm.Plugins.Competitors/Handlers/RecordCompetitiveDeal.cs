using Crm.Plugins.Competitors.Domain;
using Crm.Plugins.Competitors.Storage;
using Crm.Sdk.Contracts.Sales;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Plugins.Competitors.Handlers;

/// <summary>
/// Listens to <see cref="OpportunityClosed"/> (crm.sales). A lost opportunity is a loss to every competitor named in
/// the manager's comment, or, when none is named, to the client's only known competitor. A won one is a win against
/// every competitor the client also buys from. Keyed by (opportunity, competitor): a second delivery changes nothing.
/// </summary>
public sealed class RecordCompetitiveDeal(CompetitorsDbContext db) : INotificationHandler<OpportunityClosed>
{
    public async Task Handle(OpportunityClosed notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var known = await db.CustomerLinks.AsNoTracking().Where(l => l.CustomerId == notification.CustomerId).Select(l => l.CompetitorId).ToListAsync(cancellationToken);
        IReadOnlyList<Guid> involved = known;
        if (!notification.Won)
        {
            var comment = notification.Comment ?? "";
            var named = (await db.Competitors.AsNoTracking().Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken))
                .Where(c => comment.Contains(c.Name, StringComparison.OrdinalIgnoreCase)).Select(c => c.Id).ToList();
            involved = named.Count > 0 ? named : known.Count == 1 ? known : [];
        }

        var already = await db.Deals.AsNoTracking().Where(d => d.OpportunityId == notification.OpportunityId).Select(d => d.CompetitorId).ToListAsync(cancellationToken);
        foreach (var competitorId in involved.Except(already))
        {
            db.Deals.Add(new CompetitiveDeal
            {
                OpportunityId = notification.OpportunityId,
                CompetitorId = competitorId,
                CustomerId = notification.CustomerId,
                Won = notification.Won,
                ClosedAt = notification.ClosedAt.UtcDateTime,
                Amount = notification.Amount,
                Currency = notification.Currency,
                ProductIds = string.Join(',', notification.ProductIds.Select(p => p.ToString("N"))),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

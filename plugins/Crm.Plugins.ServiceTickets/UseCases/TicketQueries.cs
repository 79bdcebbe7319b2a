using Crm.Plugins.ServiceTickets.Domain;
using Crm.Plugins.ServiceTickets.Storage;
using Microsoft.EntityFrameworkCore;

namespace Crm.Plugins.ServiceTickets.UseCases;

/// <summary>The reads: batched per page of customers (one query for all of them), one ticket, the SLA breach list.</summary>
public sealed class TicketQueries(TicketsDbContext db, TimeProvider time)
{
    /// <summary>The most breached tickets one call lists.</summary>
    public const int MaxBreaches = 500;

    private static readonly TicketStatus[] Closed = [TicketStatus.Resolved, TicketStatus.Closed];

    public async Task<ILookup<Guid, Ticket>> ForCustomersAsync(IReadOnlyList<Guid> customerIds, CancellationToken cancellationToken) =>
        (await db.Tickets.AsNoTracking().Where(t => customerIds.Contains(t.CustomerId)).OrderByDescending(t => t.OpenedAt).ToListAsync(cancellationToken))
            .ToLookup(t => t.CustomerId);

    public async Task<IReadOnlyDictionary<Guid, int?>> OpenCountsAsync(IReadOnlyList<Guid> customerIds, CancellationToken cancellationToken)
    {
        var counts = await db.Tickets.AsNoTracking()
            .Where(t => customerIds.Contains(t.CustomerId) && !Closed.Contains(t.Status))
            .GroupBy(t => t.CustomerId)
            .Select(g => new { CustomerId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.CustomerId, g => g.Count, cancellationToken);
        return customerIds.Distinct().ToDictionary(id => id, id => (int?)counts.GetValueOrDefault(id));
    }

    public Task<Ticket?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Tickets.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);

    public async Task<ILookup<Guid, TicketComment>> CommentsAsync(IReadOnlyList<Guid> ticketIds, CancellationToken cancellationToken) =>
        (await db.Comments.AsNoTracking().Where(c => ticketIds.Contains(c.TicketId)).OrderBy(c => c.WrittenAt).ThenBy(c => c.Id).ToListAsync(cancellationToken))
            .ToLookup(c => c.TicketId);

    /// <summary>Open tickets past their due time, most overdue first.</summary>
    public async Task<IReadOnlyList<Ticket>> BreachesAsync(int first, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return await db.Tickets.AsNoTracking()
            .Where(t => !Closed.Contains(t.Status) && t.DueAt < now)
            .OrderBy(t => t.DueAt).ThenBy(t => t.Id)
            .Take(Math.Clamp(first, 1, MaxBreaches))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Every priority's SLA, most urgent first: the admins' setting where there is one, the default otherwise.</summary>
    public async Task<IReadOnlyList<SlaPolicy>> SlaPoliciesAsync(CancellationToken cancellationToken)
    {
        var set = await db.SlaPolicies.AsNoTracking().ToDictionaryAsync(p => p.Priority, cancellationToken);
        return SlaPolicy.Defaults
            .Select(d => set.GetValueOrDefault(d.Key) ?? new SlaPolicy { Priority = d.Key, ResolveWithinMinutes = d.Value })
            .OrderByDescending(p => p.Priority)
            .ToList();
    }

    public DateTime Now => time.GetUtcNow().UtcDateTime;
}

using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Host.Persistence.Auditing;

/// <summary>
/// Reads the audit trail for admins (the API exposes it in the schema): filter by module, entity, record, user
/// and time, newest first, paged by id so pages stay stable while new entries arrive.
/// </summary>
internal sealed class AuditTrail
{
    private readonly IDbContextFactory<HostDbContext> _contexts;

    public AuditTrail(IDbContextFactory<HostDbContext> contexts)
    {
        _contexts = contexts;
    }

    /// <summary>Returns the page of entries <paramref name="query"/> selects.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The page size is outside 1..<see cref="AuditQuery.MaxPageSize"/>.</exception>
    public async Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.First is < 1 or > AuditQuery.MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.First, $"The page size must be between 1 and {AuditQuery.MaxPageSize}.");
        }

        await using var db = _contexts.CreateDbContext();
        var entries = Filter(db.AuditEntries.AsNoTracking(), query);
        if (query.After is { } after)
        {
            entries = entries.Where(e => e.Id < after);
        }

        var page = await entries.OrderByDescending(e => e.Id).Take(query.First + 1).ToListAsync(cancellationToken);
        var hasMore = page.Count > query.First;
        if (hasMore)
        {
            page.RemoveAt(page.Count - 1);
        }

        return new AuditPage(page, hasMore ? page[^1].Id : null);
    }

    /// <summary>Counts every entry <paramref name="query"/>'s filters select, over all pages (paging is ignored).</summary>
    public async Task<int> CountAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = _contexts.CreateDbContext();
        return await Filter(db.AuditEntries.AsNoTracking(), query).CountAsync(cancellationToken);
    }

    private static IQueryable<AuditEntry> Filter(IQueryable<AuditEntry> entries, AuditQuery query)
    {
        if (query.ModuleId is { } moduleId)
        {
            entries = entries.Where(e => e.ModuleId == moduleId);
        }

        if (query.Entity is { } entity)
        {
            entries = entries.Where(e => e.Entity == entity);
        }

        if (query.EntityKey is { } key)
        {
            entries = entries.Where(e => e.EntityKey == key);
        }

        if (query.UserId is { } userId)
        {
            entries = entries.Where(e => e.UserId == userId);
        }

        if (query.From is { } from)
        {
            var fromUtc = from.UtcDateTime;
            entries = entries.Where(e => e.OccurredAt >= fromUtc);
        }

        if (query.To is { } to)
        {
            var toUtc = to.UtcDateTime;
            entries = entries.Where(e => e.OccurredAt < toUtc);
        }

        return entries;
    }
}

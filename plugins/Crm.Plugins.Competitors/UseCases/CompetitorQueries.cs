using Crm.Plugins.Competitors.Domain;
using Crm.Plugins.Competitors.Storage;
using Crm.Sdk.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Crm.Plugins.Competitors.UseCases;

/// <summary>Wins and losses against one competitor in a period, in total and per product.</summary>
public sealed record CompetitorScore(Competitor Competitor, int Wins, int Losses, decimal WonAmount, decimal LostAmount, IReadOnlyList<ProductScore> ByProduct);

/// <summary>Wins and losses against a competitor on deals about one product.</summary>
public sealed record ProductScore(Guid ProductId, int Wins, int Losses);

/// <summary>The reads: competitors, their details (one query per list), clients' competitors batched, the win/loss report.</summary>
public sealed class CompetitorQueries(CompetitorsDbContext db)
{
    public async Task<IReadOnlyList<Competitor>> AllAsync(CancellationToken cancellationToken) =>
        await db.Competitors.AsNoTracking().OrderBy(c => c.NameKey).ToListAsync(cancellationToken);

    public Task<Competitor?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Competitors.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public async Task<ILookup<Guid, SwotItem>> SwotAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken) =>
        (await db.Swot.AsNoTracking().Where(s => ids.Contains(s.CompetitorId)).OrderBy(s => s.Id).ToListAsync(cancellationToken)).ToLookup(s => s.CompetitorId);

    public async Task<ILookup<Guid, CompetitorActivity>> ActivitiesAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken) =>
        (await db.Activities.AsNoTracking().Where(a => ids.Contains(a.CompetitorId)).OrderByDescending(a => a.ObservedOn).ToListAsync(cancellationToken)).ToLookup(a => a.CompetitorId);

    /// <summary>File metadata only: the bytes stay in the database until someone downloads one.</summary>
    public async Task<ILookup<Guid, PositioningFile>> FilesAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken) =>
        (await db.Files.AsNoTracking().Where(f => ids.Contains(f.CompetitorId)).OrderBy(f => f.UploadedAt)
            .Select(f => new PositioningFile { Id = f.Id, CompetitorId = f.CompetitorId, FileName = f.FileName, ContentType = f.ContentType, Size = f.Size, UploadedBy = f.UploadedBy, UploadedAt = f.UploadedAt })
            .ToListAsync(cancellationToken)).ToLookup(f => f.CompetitorId);

    public Task<PositioningFile?> FileAsync(Guid id, CancellationToken cancellationToken) =>
        db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);

    public async Task<ILookup<Guid, Competitor>> ForCustomersAsync(IReadOnlyList<Guid> customerIds, CancellationToken cancellationToken) =>
        (await (from link in db.CustomerLinks.AsNoTracking()
                join competitor in db.Competitors.AsNoTracking() on link.CompetitorId equals competitor.Id
                where customerIds.Contains(link.CustomerId)
                orderby competitor.NameKey
                select new { link.CustomerId, Competitor = competitor }).ToListAsync(cancellationToken))
            .ToLookup(x => x.CustomerId, x => x.Competitor);

    /// <summary>Wins and losses per competitor for deals closed in [from, to).</summary>
    public async Task<CompetitorResult<IReadOnlyList<CompetitorScore>>> ReportAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        if (to <= from)
        {
            return CompetitorResult<IReadOnlyList<CompetitorScore>>.Failure(ContractErrorCodes.InvalidPeriod, "The period ends before it starts.", "to");
        }

        var (start, end) = (from.UtcDateTime, to.UtcDateTime);
        var deals = await db.Deals.AsNoTracking().Where(d => d.ClosedAt >= start && d.ClosedAt < end).ToListAsync(cancellationToken);
        var competitors = await db.Competitors.AsNoTracking().ToDictionaryAsync(c => c.Id, cancellationToken);
        var scores = deals.GroupBy(d => d.CompetitorId).Where(g => competitors.ContainsKey(g.Key)).Select(g => new CompetitorScore(
                competitors[g.Key],
                g.Count(d => d.Won),
                g.Count(d => !d.Won),
                g.Where(d => d.Won).Sum(d => d.Amount),
                g.Where(d => !d.Won).Sum(d => d.Amount),
                g.SelectMany(d => d.ProductIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => (Product: Guid.ParseExact(p, "N"), d.Won)))
                    .GroupBy(p => p.Product)
                    .Select(p => new ProductScore(p.Key, p.Count(x => x.Won), p.Count(x => !x.Won)))
                    .ToList()))
            .OrderByDescending(s => s.Losses).ThenBy(s => s.Competitor.NameKey)
            .ToList();
        return CompetitorResult<IReadOnlyList<CompetitorScore>>.Success(scores);
    }
}

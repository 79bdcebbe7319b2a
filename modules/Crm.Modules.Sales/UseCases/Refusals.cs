using Crm.Modules.Sales.Domain;
using Crm.Modules.Sales.Storage;
using Crm.Sdk.Security;

namespace Crm.Modules.Sales.UseCases;

/// <summary>Which refusals to list: any combination of reason, product, manager and closing period.</summary>
public sealed record RefusalFilter
{
    public string? ReasonCode { get; init; }

    public Guid? ProductId { get; init; }

    public string? OwnerId { get; init; }

    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }
}

/// <summary>Lost opportunities within the caller's reach, as one query (the product condition is an EXISTS), for a keyset-paged list.</summary>
public sealed class Refusals(SalesDbContext db, ICurrentUser user)
{
    public IQueryable<Opportunity> Matching(RefusalFilter filter)
    {
        var query = db.Opportunities.WhereAccessible(user, SalesModule.Id, o => o.OwnerId).Where(o => o.Status == OpportunityStatus.Lost);
        if (filter.ReasonCode is { } reason)
        {
            var code = reason.Trim().ToUpperInvariant();
            query = query.Where(o => o.LossReasonCode == code);
        }

        if (filter.ProductId is { } product)
        {
            query = query.Where(o => o.Products.Any(p => p.ProductId == product));
        }

        if (filter.OwnerId is { } owner)
        {
            query = query.Where(o => o.OwnerId == owner);
        }

        if (filter.From is { } from)
        {
            var start = from.UtcDateTime;
            query = query.Where(o => o.ClosedAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = to.UtcDateTime;
            query = query.Where(o => o.ClosedAt < end);
        }

        return query;
    }
}

using Crm.Modules.Interactions.Storage;
using Crm.Sdk.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Interactions.UseCases;

/// <summary>
/// Reads a page of a customer's timeline newest first with a keyset on (occurred_at desc, id desc): one SQL
/// statement, served by the (customer_id, occurred_at, id) index however deep the page.
/// </summary>
public sealed class GetTimeline(InteractionsDbContext db)
{
    public const int MaxPageSize = 100;

    public async Task<ContractResult<TimelinePage>> HandleAsync(TimelineQuery query, CancellationToken cancellationToken)
    {
        var errors = Validate(query, out var afterAt, out var afterId);
        if (errors.Count > 0)
        {
            return ContractResult<TimelinePage>.Failure(errors);
        }

        var page = await Page(query, afterAt, afterId).ToListAsync(cancellationToken);
        var items = page.Take(query.First).ToList();
        var last = items.LastOrDefault();
        return ContractResult<TimelinePage>.Success(new TimelinePage(items, page.Count > query.First, last is null ? null : TimelineCursor.Encode(last.OccurredAt, last.Id)));
    }

    /// <summary>The one statement a page reads (internal so tests can check its SQL on every provider).</summary>
    internal IQueryable<Domain.Interaction> Page(TimelineQuery query, DateTime afterAt, long afterId)
    {
        var customerId = query.CustomerId;
        var rows = db.Interactions.AsNoTracking().Where(i => i.CustomerId == customerId);
        if (query.Kinds is { Count: > 0 } kinds)
        {
            var kindList = kinds.ToList();
            rows = rows.Where(i => kindList.Contains(i.Kind));
        }

        if (query.Authors is { Count: > 0 } authors)
        {
            var authorList = authors.ToList();
            rows = rows.Where(i => authorList.Contains(i.RecordedBy));
        }

        if (query.From is { } from)
        {
            var fromUtc = from.UtcDateTime;
            rows = rows.Where(i => i.OccurredAt >= fromUtc);
        }

        if (query.To is { } to)
        {
            var toUtc = to.UtcDateTime;
            rows = rows.Where(i => i.OccurredAt < toUtc);
        }

        if (query.After is not null)
        {
            rows = rows.Where(i => i.OccurredAt < afterAt || (i.OccurredAt == afterAt && i.Id < afterId));
        }

        return rows.OrderByDescending(i => i.OccurredAt).ThenByDescending(i => i.Id).Take(query.First + 1);
    }

    private static List<ContractError> Validate(TimelineQuery query, out DateTime afterAt, out long afterId)
    {
        var errors = new List<ContractError>();
        afterAt = default;
        afterId = 0;
        if (query.First is < 1 or > MaxPageSize)
        {
            errors.Add(new(ContractErrorCodes.InvalidInput, $"'first' must be between 1 and {MaxPageSize}.", "first"));
        }

        if (query.From is { } from && query.To is { } to && from > to)
        {
            errors.Add(new(ContractErrorCodes.InvalidPeriod, $"'from' ({from:u}) is after 'to' ({to:u}).", "from"));
        }

        if (query.After is not null && !TimelineCursor.TryDecode(query.After, out afterAt, out afterId))
        {
            errors.Add(new(ContractErrorCodes.InvalidInput, "'after' is not a cursor this timeline gave out.", "after"));
        }

        return errors;
    }
}

using Crm.Sdk.GraphQL.Connections;
using Crm.Modules.Interactions.Domain;
using Crm.Modules.Interactions.Storage;
using Crm.Sdk.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Interactions.UseCases;

/// <summary>
/// The clients nobody contacted in a period ("who was not sent an invoice this month"): one SQL statement over
/// the local customer list, never a scan of the timelines. Without a kind filter it reads the customer's own
/// last-contact time (indexed); with kinds, NOT EXISTS on the per-kind last-contact figures.
/// </summary>
public sealed class CustomersWithoutContact(InteractionsDbContext db)
{
    public const int MaxPageSize = 100;

    public async Task<ContractResult<KnownCustomerPage>> HandleAsync(WithoutContactQuery query, CancellationToken cancellationToken)
    {
        if (query.First is < 1 or > MaxPageSize)
        {
            return ContractResult<KnownCustomerPage>.Failure(new ContractError(ContractErrorCodes.InvalidInput, $"'first' must be between 1 and {MaxPageSize}.", "first"));
        }

        var rows = Matching(query);
        if (query.After is not null)
        {
            if (!KeysetCursor.TryDecode(query.After, out var key, out var id))
            {
                return ContractResult<KnownCustomerPage>.Failure(new ContractError(ContractErrorCodes.InvalidInput, "'after' is not a cursor this list gave out.", "after"));
            }

            // Leading column bounded on its own, so the index range starts at the cursor (see GetTimeline.Page).
            rows = rows.Where(k => k.NameKey.CompareTo(key) >= 0 && (k.NameKey.CompareTo(key) > 0 || k.CustomerId.CompareTo(id) > 0));
        }

        var page = await rows.OrderBy(k => k.NameKey).ThenBy(k => k.CustomerId).Take(query.First + 1).ToListAsync(cancellationToken);
        var items = page.Take(query.First).ToList();
        var last = items.LastOrDefault();
        return ContractResult<KnownCustomerPage>.Success(new KnownCustomerPage(items, page.Count > query.First, last is null ? null : KeysetCursor.Encode(last.NameKey, last.CustomerId)));
    }

    /// <summary>How many customers match, for <c>totalCount</c>: one COUNT with the same NOT EXISTS.</summary>
    public Task<int> CountAsync(WithoutContactQuery query, CancellationToken cancellationToken) =>
        Matching(query).CountAsync(cancellationToken);

    /// <summary>The customers the query asks for (internal so tests can check its SQL on every provider).</summary>
    internal IQueryable<KnownCustomer> Matching(WithoutContactQuery query)
    {
        var since = query.Since.UtcDateTime;
        var rows = db.KnownCustomers.AsNoTracking().Where(k => !k.IsArchived);
        if (query.ManagerId is { } manager)
        {
            rows = rows.Where(k => k.ManagerId == manager);
        }

        if (query.Kinds is { Count: > 0 } kinds)
        {
            var kindList = kinds.ToList();
            return rows.Where(k => !db.LastContacts.Any(l => l.CustomerId == k.CustomerId && kindList.Contains(l.Kind) && l.LastAt >= since));
        }

        // Any kind: the customer's own newest contact, an indexed column, not an anti-join against every figure.
        return rows.Where(k => k.LastContactAt == null || k.LastContactAt < since);
    }
}

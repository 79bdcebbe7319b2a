using Crm.Sdk.GraphQL.Connections;
using Crm.Modules.Customers.Domain;
using Crm.Modules.Customers.Storage;
using Crm.Sdk.Contracts;
using Crm.Sdk.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Customers.UseCases;

/// <summary>
/// Lists customers alphabetically (Cyrillic and Latin folded alike), filtered, one keyset page at a time:
/// the page after a cursor starts where the index says, so page 1,000 costs what page 1 costs. Only customers the
/// current user may see (record access by responsible manager) are listed and counted.
/// </summary>
public sealed class SearchCustomers(CustomersDbContext db, ICurrentUser user)
{
    /// <summary>The largest page a client may ask for.</summary>
    public const int MaxPageSize = 100;

    public async Task<ContractResult<CustomerPage>> HandleAsync(CustomerFilter filter, int first, string? after, CancellationToken cancellationToken)
    {
        if (first is < 1 or > MaxPageSize)
        {
            return ContractResult<CustomerPage>.Failure(new ContractError(ContractErrorCodes.InvalidInput, $"'first' must be between 1 and {MaxPageSize}.", "first"));
        }

        var query = CustomerQueries.Where(Visible(), filter);
        if (after is not null)
        {
            if (!KeysetCursor.TryDecode(after, out var key, out var id))
            {
                return ContractResult<CustomerPage>.Failure(new ContractError(ContractErrorCodes.InvalidInput, "'after' is not a cursor this list gave out.", "after"));
            }

            // Leading column bounded on its own, so the index range starts at the cursor instead of the first name.
            query = query.Where(c => c.NameKey.CompareTo(key) >= 0 && (c.NameKey.CompareTo(key) > 0 || c.Id.CompareTo(id) > 0));
        }

        var rows = await query
            .OrderBy(c => c.NameKey).ThenBy(c => c.Id)
            .Take(first + 1)
            .Include(c => c.Phones).Include(c => c.Emails).Include(c => c.Tags)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var items = rows.Take(first).ToList();
        var last = items.LastOrDefault();
        return ContractResult<CustomerPage>.Success(new CustomerPage(items, rows.Count > first, last is null ? null : KeysetCursor.Encode(last.NameKey, last.Id)));
    }

    /// <summary>
    /// The customers matching <paramref name="filter"/> with the lists in <paramref name="parts"/>, unordered and
    /// unpaged, for the <c>customers</c> connection to order and cut (each list comes in one extra query, never per
    /// row; lists not asked for stay empty).
    /// </summary>
    public IQueryable<Customer> Query(CustomerFilter filter, CustomerParts parts = CustomerParts.All) =>
        CustomerLoader.Including(CustomerQueries.Where(Visible(), filter), parts);

    /// <summary>How many customers match, for <c>totalCount</c>; one COUNT query.</summary>
    public Task<int> CountAsync(CustomerFilter filter, CancellationToken cancellationToken) =>
        CustomerQueries.Where(Visible(), filter).CountAsync(cancellationToken);

    private IQueryable<Customer> Visible() => db.Customers.AsNoTracking().WhereAccessible(user, CustomersModule.Id, c => c.ManagerId);
}

using Crm.Modules.Customers.Domain;
using Crm.Modules.Customers.Storage;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Customers.UseCases;

/// <summary>Loads several customers by id at once (one query per owned collection, never one per customer).</summary>
public sealed class GetCustomers(CustomersDbContext db)
{
    public async Task<IReadOnlyDictionary<Guid, Customer>> HandleAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, Customer>();
        }

        var list = ids.Distinct().ToList();
        return await db.Customers.AsNoTracking()
            .Where(c => list.Contains(c.Id))
            .Include(c => c.Phones).Include(c => c.Emails).Include(c => c.Tags)
            .AsSplitQuery()
            .ToDictionaryAsync(c => c.Id, cancellationToken);
    }
}

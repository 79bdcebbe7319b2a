using Crm.Modules.Customers.Domain;
using Crm.Modules.Customers.Storage;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Customers.UseCases;

/// <summary>Loads one customer with the lists it owns that the caller asked for (all of them for changing it).</summary>
internal static class CustomerLoader
{
    public static Task<Customer?> LoadAsync(CustomersDbContext db, Guid id, bool tracking, CancellationToken cancellationToken) =>
        LoadAsync(db, id, tracking, CustomerParts.All, cancellationToken);

    public static Task<Customer?> LoadAsync(CustomersDbContext db, Guid id, bool tracking, CustomerParts parts, CancellationToken cancellationToken)
    {
        IQueryable<Customer> query = db.Customers;
        query = parts.HasFlag(CustomerParts.Phones) ? query.Include(c => c.Phones) : query;
        query = parts.HasFlag(CustomerParts.Emails) ? query.Include(c => c.Emails) : query;
        query = parts.HasFlag(CustomerParts.Addresses) ? query.Include(c => c.Addresses) : query;
        query = parts.HasFlag(CustomerParts.Tags) ? query.Include(c => c.Tags) : query;
        query = parts.HasFlag(CustomerParts.Contacts) ? query.Include(c => c.Contacts) : query;
        query = parts.HasFlag(CustomerParts.Attributes) ? query.Include(c => c.Attributes) : query;
        query = query.AsSplitQuery();
        return (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
    }
}

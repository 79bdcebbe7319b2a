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
        var query = Including(db.Customers, parts);
        return (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
    }

    /// <summary><paramref name="customers"/> with the lists in <paramref name="parts"/> included, one split query each.</summary>
    public static IQueryable<Customer> Including(IQueryable<Customer> customers, CustomerParts parts)
    {
        customers = parts.HasFlag(CustomerParts.Phones) ? customers.Include(c => c.Phones) : customers;
        customers = parts.HasFlag(CustomerParts.Emails) ? customers.Include(c => c.Emails) : customers;
        customers = parts.HasFlag(CustomerParts.Addresses) ? customers.Include(c => c.Addresses) : customers;
        customers = parts.HasFlag(CustomerParts.Tags) ? customers.Include(c => c.Tags) : customers;
        customers = parts.HasFlag(CustomerParts.Contacts) ? customers.Include(c => c.Contacts) : customers;
        customers = parts.HasFlag(CustomerParts.Attributes) ? customers.Include(c => c.Attributes) : customers;
        return customers.AsSplitQuery();
    }
}

using Crm.Modules.Customers.Domain;
using Crm.Modules.Customers.Storage;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Customers.UseCases;

/// <summary>Loads one customer with everything it owns, for showing or changing it.</summary>
internal static class CustomerLoader
{
    public static Task<Customer?> LoadAsync(CustomersDbContext db, Guid id, bool tracking, CancellationToken cancellationToken)
    {
        var query = db.Customers
            .Include(c => c.Phones)
            .Include(c => c.Emails)
            .Include(c => c.Addresses)
            .Include(c => c.Tags)
            .Include(c => c.Contacts)
            .Include(c => c.Attributes)
            .AsSplitQuery();
        return (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
    }
}

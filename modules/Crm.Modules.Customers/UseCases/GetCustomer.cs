using Crm.Modules.Customers.Domain;
using Crm.Modules.Customers.Storage;

namespace Crm.Modules.Customers.UseCases;

/// <summary>Reads one customer with everything it owns, archived ones included; null when the id is unknown.</summary>
public sealed class GetCustomer(CustomersDbContext db)
{
    public Task<Customer?> HandleAsync(Guid id, CancellationToken cancellationToken) =>
        CustomerLoader.LoadAsync(db, id, tracking: false, cancellationToken);
}

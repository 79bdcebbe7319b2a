using Crm.Modules.Customers.Domain;
using Crm.Modules.Customers.Storage;

namespace Crm.Modules.Customers.UseCases;

/// <summary>Reads one customer, archived ones included; null when the id is unknown.</summary>
public sealed class GetCustomer(CustomersDbContext db)
{
    /// <summary>The customer with every list it owns.</summary>
    public Task<Customer?> HandleAsync(Guid id, CancellationToken cancellationToken) =>
        CustomerLoader.LoadAsync(db, id, tracking: false, cancellationToken);

    /// <summary>The customer with only the lists in <paramref name="parts"/> loaded; the others stay empty.</summary>
    public Task<Customer?> HandleAsync(Guid id, CustomerParts parts, CancellationToken cancellationToken) =>
        CustomerLoader.LoadAsync(db, id, tracking: false, parts, cancellationToken);
}

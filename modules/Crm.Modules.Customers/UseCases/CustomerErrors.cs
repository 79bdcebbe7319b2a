using Crm.Modules.Customers.Domain;
using Crm.Modules.Customers.Storage;
using Crm.Sdk.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Customers.UseCases;

/// <summary>The refusals of the customer use cases, worded once.</summary>
internal static class CustomerErrors
{
    public static ContractError NotFound(Guid id) =>
        new(ContractErrorCodes.NotFound, $"No customer has the id {id}.", "id");

    public static ContractError Archived(Customer customer) =>
        new(ContractErrorCodes.CustomerArchived, $"'{customer.Name}' was archived on {customer.ArchivedAt:yyyy-MM-dd HH:mm} UTC by {customer.ArchivedBy}; an archived customer cannot be changed.", "id");

    public static ContractError Stale(Customer customer, long expectedVersion) =>
        new(ContractErrorCodes.Conflict, $"'{customer.Name}' was changed by someone else (version {customer.Version}, you edited version {expectedVersion}); reload it and apply your change again.", "version");

    /// <summary>Explains a save refused by the concurrency token: archived meanwhile, or just changed.</summary>
    public static async Task<ContractError> ChangedMeanwhileAsync(CustomersDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var current = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return current switch
        {
            null => NotFound(id),
            { IsArchived: true } => Archived(current),
            _ => new(ContractErrorCodes.Conflict, $"'{current.Name}' was changed by someone else while you saved; reload it and apply your change again.", "version"),
        };
    }
}

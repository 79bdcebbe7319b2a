using Crm.Modules.Customers.Domain;
using Crm.Modules.Customers.Storage;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Customers;
using Crm.Sdk.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Customers.UseCases;

/// <summary>
/// Archives a customer: it stays readable with its whole history, accepts no more changes, and a colleague
/// editing it at the same moment gets <c>CUSTOMER_ARCHIVED</c> instead of silently reviving it.
/// </summary>
public sealed class ArchiveCustomer(CustomersDbContext db, IMediator mediator, TimeProvider time)
{
    public async Task<ContractResult<Customer>> HandleAsync(Guid id, long? expectedVersion, string actor, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (customer is null)
        {
            return ContractResult<Customer>.Failure(CustomerErrors.NotFound(id));
        }

        if (customer.IsArchived)
        {
            return ContractResult<Customer>.Failure(CustomerErrors.Archived(customer));
        }

        if (expectedVersion is { } expected && customer.Version != expected)
        {
            return ContractResult<Customer>.Failure(CustomerErrors.Stale(customer, expected));
        }

        if (expectedVersion is { } version)
        {
            db.ExpectVersion(customer, version);
        }

        var now = time.GetUtcNow().UtcDateTime;
        customer.ArchivedAt = now;
        customer.ArchivedBy = actor;
        customer.UpdatedAt = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            db.ChangeTracker.Clear();
            return ContractResult<Customer>.Failure(await CustomerErrors.ChangedMeanwhileAsync(db, id, cancellationToken));
        }

        await mediator.Publish(new CustomerArchived(customer.Id, new DateTimeOffset(now, TimeSpan.Zero), actor), cancellationToken);
        return ContractResult<Customer>.Success(customer);
    }
}

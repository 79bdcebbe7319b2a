using Crm.Modules.Customers.Domain;
using Crm.Modules.Customers.Storage;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Customers;
using Crm.Sdk.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Customers.UseCases;

/// <summary>
/// Replaces what is known about a customer, refusing a stale edit: the caller sends the version it read, and if
/// anyone changed (or archived) the customer since, the answer is <c>CONFLICT</c> (or <c>CUSTOMER_ARCHIVED</c>)
/// and nothing is written, so no colleague's change is lost.
/// </summary>
public sealed class UpdateCustomer(CustomersDbContext db, IMediator mediator, TimeProvider time)
{
    public async Task<ContractResult<Customer>> HandleAsync(Guid id, long expectedVersion, CustomerInput input, CancellationToken cancellationToken)
    {
        var customer = await CustomerLoader.LoadAsync(db, id, tracking: true, cancellationToken);
        if (customer is null)
        {
            return ContractResult<Customer>.Failure(CustomerErrors.NotFound(id));
        }

        if (customer.IsArchived)
        {
            return ContractResult<Customer>.Failure(CustomerErrors.Archived(customer));
        }

        if (customer.Version != expectedVersion)
        {
            return ContractResult<Customer>.Failure(CustomerErrors.Stale(customer, expectedVersion));
        }

        var errors = CustomerInputValidator.Validate(input, await AttributeDefinitions.LoadAsync(db, cancellationToken));
        if (errors.Count > 0)
        {
            return ContractResult<Customer>.Failure(errors);
        }

        db.ExpectVersion(customer, expectedVersion);

        // Children are replaced wholesale: remove the loaded ones so EF deletes them in the same save.
        db.RemoveRange(customer.Phones);
        db.RemoveRange(customer.Emails);
        db.RemoveRange(customer.Addresses);
        db.RemoveRange(customer.Tags);
        db.RemoveRange(customer.Contacts);
        db.RemoveRange(customer.Attributes);
        CustomerInputValidator.Apply(input, customer);
        customer.UpdatedAt = time.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            // Someone saved between our read and our write: the database refused the stale version.
            db.ChangeTracker.Clear();
            return ContractResult<Customer>.Failure(await CustomerErrors.ChangedMeanwhileAsync(db, id, cancellationToken));
        }

        await mediator.Publish(new CustomerUpdated(CustomerSummaries.From(customer), customer.Version), cancellationToken);
        return ContractResult<Customer>.Success(customer);
    }
}

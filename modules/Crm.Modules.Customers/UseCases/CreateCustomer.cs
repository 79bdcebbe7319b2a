using Crm.Modules.Customers.Domain;
using Crm.Modules.Customers.Storage;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Customers;
using MediatR;

namespace Crm.Modules.Customers.UseCases;

/// <summary>Creates a customer from valid input and tells other modules with <see cref="CustomerCreated"/>.</summary>
public sealed class CreateCustomer(CustomersDbContext db, IMediator mediator, TimeProvider time)
{
    public async Task<ContractResult<Customer>> HandleAsync(CustomerInput input, string actor, CancellationToken cancellationToken)
    {
        var errors = CustomerInputValidator.Validate(input, await AttributeDefinitions.LoadAsync(db, cancellationToken));
        if (errors.Count > 0)
        {
            return ContractResult<Customer>.Failure(errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var customer = new Customer { Id = Guid.CreateVersion7(), CreatedAt = now, UpdatedAt = now, CreatedBy = actor, Version = 1 };
        CustomerInputValidator.Apply(input, customer);
        db.Customers.Add(customer);
        await db.SaveChangesAsync(cancellationToken);

        // After the commit: listeners must never see a customer that was rolled back.
        await mediator.Publish(new CustomerCreated(CustomerSummaries.From(customer)), cancellationToken);
        return ContractResult<Customer>.Success(customer);
    }
}

using Crm.Modules.Interactions.Storage;
using Crm.Sdk.Contracts.Customers;
using MediatR;

namespace Crm.Modules.Interactions.Handlers;

/// <summary>Adds a new customer to the local customer list, so its timeline opens at once.</summary>
internal sealed class CustomerCreatedHandler(InteractionsDbContext db) : INotificationHandler<CustomerCreated>
{
    public Task Handle(CustomerCreated notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return KnownCustomerWriter.UpsertAsync(db, notification.Customer, cancellationToken);
    }
}

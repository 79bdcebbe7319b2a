using Crm.Modules.Interactions.Storage;
using Crm.Sdk.Contracts.Customers;
using MediatR;

namespace Crm.Modules.Interactions.Handlers;

/// <summary>Keeps the local customer list's name and manager current.</summary>
internal sealed class CustomerUpdatedHandler(InteractionsDbContext db) : INotificationHandler<CustomerUpdated>
{
    public Task Handle(CustomerUpdated notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return KnownCustomerWriter.UpsertAsync(db, notification.Customer, cancellationToken);
    }
}

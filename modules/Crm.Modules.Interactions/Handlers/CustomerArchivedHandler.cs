using Crm.Modules.Interactions.Storage;
using Crm.Sdk.Contracts.Customers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Interactions.Handlers;

/// <summary>Closes an archived customer's timeline and drops it from "without contact" lists.</summary>
internal sealed class CustomerArchivedHandler(InteractionsDbContext db) : INotificationHandler<CustomerArchived>
{
    public Task Handle(CustomerArchived notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return db.KnownCustomers
            .Where(k => k.CustomerId == notification.CustomerId)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.IsArchived, true), cancellationToken);
    }
}

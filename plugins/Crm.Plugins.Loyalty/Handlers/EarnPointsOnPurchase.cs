using Crm.Plugins.Loyalty.UseCases;
using Crm.Sdk.Contracts.Sales;
using MediatR;

namespace Crm.Plugins.Loyalty.Handlers;

/// <summary>Listens to <see cref="PurchaseRecorded"/> (crm.sales): the client earns points for what they paid, once per purchase.</summary>
public sealed class EarnPointsOnPurchase(PointsLedger ledger) : INotificationHandler<PurchaseRecorded>
{
    public async Task Handle(PurchaseRecorded notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        await ledger.EarnAsync(notification.PurchaseId, notification.CustomerId, notification.Amount, cancellationToken);
    }
}

using Crm.Modules.Agreements.Storage;
using Crm.Sdk.Contracts.Agreements;
using Crm.Sdk.Contracts.Interactions;
using Crm.Sdk.Contracts.Ownership;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Agreements.Handlers;

/// <summary>
/// Contributes the owner's active agreements (proposed or agreed, not past their last day) to
/// <see cref="CollectOwnedWork"/>. An agreement's owner is the colleague who recorded it.
/// </summary>
internal sealed class CollectOwnedWorkHandler(AgreementsDbContext db, TimeProvider time) : INotificationHandler<CollectOwnedWork>
{
    public async Task Handle(CollectOwnedWork notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var active = await db.Agreements.AsNoTracking()
            .Where(a => a.RecordedBy == notification.OwnerId
                && (a.Status == AgreementStatus.Proposed || a.Status == AgreementStatus.Agreed)
                && (a.ValidTo == null || a.ValidTo >= today))
            .OrderBy(a => a.ValidTo)
            .Take(1000)
            .ToListAsync(cancellationToken);
        foreach (var agreement in active)
        {
            notification.Add(new OwnedWork(
                new InteractionReference("Agreement", agreement.Id.ToString("N")),
                agreement.CustomerId,
                agreement.RecordedBy,
                "AGREEMENT",
                $"{agreement.Subject} ({agreement.Status.ToString().ToUpperInvariant()})",
                agreement.ValidTo is { } last ? new DateTimeOffset(last.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
                AgreementsModule.Id));
        }
    }
}

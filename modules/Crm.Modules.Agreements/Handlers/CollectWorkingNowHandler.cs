using Crm.Modules.Agreements.Storage;
using Crm.Sdk.Contracts.Agreements;
using Crm.Sdk.Contracts.Interactions;
using Crm.Sdk.Contracts.WorkingNow;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Agreements.Handlers;

/// <summary>Contributes proposed agreements (open offers) and agreements touched lately to <see cref="CollectWorkingNow"/>.</summary>
internal sealed class CollectWorkingNowHandler(AgreementsDbContext db) : INotificationHandler<CollectWorkingNow>
{
    public async Task Handle(CollectWorkingNow notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var since = notification.Since.UtcDateTime;
        var rows = await db.Agreements.AsNoTracking()
            .Where(a => a.CustomerId == notification.CustomerId && (a.Status == AgreementStatus.Proposed || a.UpdatedAt >= since))
            .OrderByDescending(a => a.UpdatedAt)
            .Take(50)
            .ToListAsync(cancellationToken);
        foreach (var agreement in rows)
        {
            var activity = agreement.Status == AgreementStatus.Proposed ? "OPEN_OFFER" : "AGREEMENT";
            notification.Add(new WorkingNowItem(
                agreement.RecordedBy,
                activity,
                $"{agreement.Subject} ({agreement.Status.ToString().ToUpperInvariant()})",
                new DateTimeOffset(agreement.UpdatedAt, TimeSpan.Zero),
                AgreementsModule.Id,
                new InteractionReference("Agreement", agreement.Id.ToString())));
        }
    }
}

using Crm.Modules.Agreements.Storage;
using Crm.Sdk.Contracts.Agreements;
using Crm.Sdk.Contracts.Interactions;
using Crm.Sdk.Contracts.Ownership;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Agreements.Handlers;

/// <summary>
/// Hands the active agreements named in <see cref="TransferOwnedWork"/> that the old owner still holds to the new
/// owner (the agreement's <c>RecordedBy</c>, its owner column) in one audited save, and reports each one moved.
/// </summary>
internal sealed class TransferOwnedWorkHandler(AgreementsDbContext db, TimeProvider time) : INotificationHandler<TransferOwnedWork>
{
    public async Task Handle(TransferOwnedWork notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var ids = notification.Records
            .Where(r => r.Type == "Agreement" && Guid.TryParse(r.Id, out _))
            .Select(r => Guid.Parse(r.Id))
            .Distinct()
            .ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var agreements = await db.Agreements
            .Where(a => ids.Contains(a.Id) && a.RecordedBy == notification.FromOwnerId
                && (a.Status == AgreementStatus.Proposed || a.Status == AgreementStatus.Agreed))
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var agreement in agreements)
        {
            agreement.RecordedBy = notification.ToOwnerId;
            agreement.UpdatedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var agreement in agreements)
        {
            notification.Transferred(new InteractionReference("Agreement", agreement.Id.ToString("N")));
        }
    }
}

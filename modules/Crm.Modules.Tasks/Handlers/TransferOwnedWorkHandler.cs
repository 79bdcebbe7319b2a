using Crm.Modules.Tasks.Domain;
using Crm.Modules.Tasks.Storage;
using Crm.Sdk.Contracts.Ownership;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Tasks.Handlers;

/// <summary>
/// Moves the planned activities named in <see cref="TransferOwnedWork"/> that the old owner still holds to the new
/// owner, in one audited save; reports each one moved.
/// </summary>
internal sealed class TransferOwnedWorkHandler(TasksDbContext db, TimeProvider time) : INotificationHandler<TransferOwnedWork>
{
    public async Task Handle(TransferOwnedWork notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var ids = notification.Records
            .Where(r => r.Type == "Activity" && Guid.TryParse(r.Id, out _))
            .Select(r => Guid.Parse(r.Id))
            .Distinct()
            .ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var activities = await db.Activities
            .Where(a => ids.Contains(a.Id) && a.AssigneeId == notification.FromOwnerId && a.Status == ActivityStatus.Planned)
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var activity in activities)
        {
            activity.AssigneeId = notification.ToOwnerId;
            activity.UpdatedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var activity in activities)
        {
            notification.Transferred(new Sdk.Contracts.Interactions.InteractionReference("Activity", activity.Id.ToString("N")));
        }
    }
}

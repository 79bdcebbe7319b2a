using Crm.Modules.Tasks.Domain;
using Crm.Modules.Tasks.Storage;
using Crm.Sdk.Contracts.Interactions;
using Crm.Sdk.Contracts.Ownership;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Tasks.Handlers;

/// <summary>Contributes the owner's planned activities to <see cref="CollectOwnedWork"/>, soonest due first.</summary>
internal sealed class CollectOwnedWorkHandler(TasksDbContext db) : INotificationHandler<CollectOwnedWork>
{
    /// <summary>A substitute works through the list in turns; a bulk takeover moves this many at a time.</summary>
    public const int MaxItems = 1000;

    public async Task Handle(CollectOwnedWork notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var planned = await db.Activities.AsNoTracking()
            .Where(a => a.AssigneeId == notification.OwnerId && a.Status == ActivityStatus.Planned)
            .OrderBy(a => a.DueAt)
            .Take(MaxItems)
            .ToListAsync(cancellationToken);
        foreach (var activity in planned)
        {
            notification.Add(new OwnedWork(
                new InteractionReference("Activity", activity.Id.ToString("N")),
                activity.CustomerId,
                activity.AssigneeId,
                "ACTIVITY",
                $"{activity.Kind.ToString().ToUpperInvariant()}: {activity.Title}",
                new DateTimeOffset(activity.DueAt, TimeSpan.Zero),
                TasksModule.Id));
        }
    }
}

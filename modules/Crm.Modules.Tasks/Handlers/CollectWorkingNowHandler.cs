using Crm.Modules.Tasks.Domain;
using Crm.Modules.Tasks.Storage;
using Crm.Sdk.Contracts.Interactions;
using Crm.Sdk.Contracts.WorkingNow;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Tasks.Handlers;

/// <summary>
/// Contributes a customer's planned activities (who will call or meet, and when) and the work substitutes took
/// over lately to <see cref="CollectWorkingNow"/>.
/// </summary>
internal sealed class CollectWorkingNowHandler(TasksDbContext db) : INotificationHandler<CollectWorkingNow>
{
    public async Task Handle(CollectWorkingNow notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var planned = await db.Activities.AsNoTracking()
            .Where(a => a.CustomerId == notification.CustomerId && a.Status == ActivityStatus.Planned)
            .OrderBy(a => a.DueAt)
            .Take(50)
            .ToListAsync(cancellationToken);
        foreach (var activity in planned)
        {
            notification.Add(new WorkingNowItem(
                activity.AssigneeId,
                "PLANNED_" + activity.Kind.ToString().ToUpperInvariant(),
                $"{activity.Title} (due {activity.DueAt:yyyy-MM-dd HH:mm} UTC)",
                new DateTimeOffset(activity.UpdatedAt, TimeSpan.Zero),
                TasksModule.Id,
                new InteractionReference("Activity", activity.Id.ToString("N"))));
        }

        var since = notification.Since.UtcDateTime;
        var takeovers = await db.Takeovers.AsNoTracking()
            .Where(t => t.CustomerId == notification.CustomerId && t.TakenAt >= since)
            .OrderByDescending(t => t.TakenAt)
            .Take(50)
            .ToListAsync(cancellationToken);
        foreach (var takeover in takeovers)
        {
            notification.Add(new WorkingNowItem(
                takeover.ToUserId,
                "TAKEOVER",
                $"Took over from {takeover.FromUserId}: {takeover.Description}",
                new DateTimeOffset(takeover.TakenAt, TimeSpan.Zero),
                TasksModule.Id,
                new InteractionReference(takeover.RecordType, takeover.RecordId)));
        }
    }
}

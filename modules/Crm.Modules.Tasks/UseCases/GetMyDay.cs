using Crm.Modules.Tasks.Domain;
using Crm.Modules.Tasks.Storage;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Tasks.UseCases;

/// <summary>
/// Reads a colleague's day. Every query is a range of the <c>(assignee_id, status, due_at)</c> index (or of the
/// follow-ups' <c>(user_id, closed_at, interaction_at)</c>), so the answer costs the same for 50 open activities
/// as for 5,000. The day ends at midnight UTC: the module knows no user time zones yet.
/// </summary>
public sealed class GetMyDay(TasksDbContext db, TimeProvider time)
{
    public const int MaxItems = 200;

    public async Task<MyDay> HandleAsync(string userId, int limit, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var dayEnd = now.Date.AddDays(1);
        var take = Math.Clamp(limit, 1, MaxItems);
        var mine = db.Activities.AsNoTracking().Where(a => a.AssigneeId == userId && a.Status == ActivityStatus.Planned);
        var activities = await mine.Where(a => a.DueAt < dayEnd).OrderBy(a => a.DueAt).ThenBy(a => a.Id).Take(take).ToListAsync(cancellationToken);
        var overdue = await mine.CountAsync(a => a.DueAt < now, cancellationToken);
        var dueToday = await mine.CountAsync(a => a.DueAt >= now && a.DueAt < dayEnd, cancellationToken);
        var followUps = await db.FollowUps.AsNoTracking()
            .Where(f => f.UserId == userId && f.ClosedAt == null)
            .OrderByDescending(f => f.InteractionAt)
            .Take(take)
            .ToListAsync(cancellationToken);
        return new MyDay(new DateTimeOffset(dayEnd, TimeSpan.Zero), activities, overdue, dueToday, followUps);
    }
}

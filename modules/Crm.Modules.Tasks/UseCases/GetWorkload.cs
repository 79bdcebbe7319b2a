using Crm.Modules.Tasks.Domain;
using Crm.Modules.Tasks.Storage;
using Crm.Sdk.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Tasks.UseCases;

/// <summary>
/// Open activities and clients per manager, busiest first, so a lead can spread new clients fairly. Only managers
/// whose activities the caller may see are counted (record-level access of <c>crm.tasks</c>).
/// </summary>
public sealed class GetWorkload(TasksDbContext db, ICurrentUser currentUser, TimeProvider time)
{
    public async Task<IReadOnlyList<ManagerWorkload>> HandleAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var rows = await db.Activities.AsNoTracking()
            .WhereAccessible(currentUser, TasksModule.Id, a => a.AssigneeId)
            .Where(a => a.Status == ActivityStatus.Planned)
            .GroupBy(a => a.AssigneeId)
            .Select(g => new ManagerWorkload(
                g.Key,
                g.Count(),
                g.Count(a => a.DueAt < now),
                g.Select(a => a.CustomerId).Distinct().Count()))
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(w => w.OpenActivities).ThenBy(w => w.UserId, StringComparer.Ordinal).ToList();
    }
}

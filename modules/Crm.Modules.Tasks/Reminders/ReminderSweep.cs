using Crm.Modules.Tasks.Domain;
using Crm.Modules.Tasks.Storage;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Tasks.Reminders;

/// <summary>
/// One tick of the reminder clock on one host: hold the lease or do nothing; when held, claim the planned activities
/// that fell due and were not reminded of yet (one UPDATE stamping them with this sweep's batch id, so a row is
/// claimed by one sweep only even if leadership changed hands meanwhile) and hand exactly those to the subscribers.
/// </summary>
internal sealed class ReminderSweep(ReminderEvents events, TimeProvider time, ReminderOptions options)
{
    public const string LeaseName = "crm.tasks.reminders";

    /// <summary>Returns how many reminders this host pushed; 0 when another host holds the lease.</summary>
    public async Task<int> RunOnceAsync(TasksDbContext db, string holderId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (!await JobLease.TryClaimAsync(db, LeaseName, holderId, now, options.LeaseDuration, cancellationToken))
        {
            return 0;
        }

        var due = await db.Activities.AsNoTracking()
            .Where(a => a.Status == ActivityStatus.Planned && a.RemindedAt == null && a.DueAt <= now)
            .OrderBy(a => a.DueAt)
            .Select(a => a.Id)
            .Take(options.BatchSize)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var batch = Guid.NewGuid();
        await db.Activities
            .Where(a => due.Contains(a.Id) && a.RemindedAt == null && a.Status == ActivityStatus.Planned)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.RemindedAt, now).SetProperty(a => a.ReminderBatch, batch), cancellationToken);
        var claimed = await db.Activities.AsNoTracking().Where(a => a.ReminderBatch == batch).OrderBy(a => a.DueAt).ToListAsync(cancellationToken);
        foreach (var activity in claimed)
        {
            events.Publish(activity);
        }

        return claimed.Count;
    }
}

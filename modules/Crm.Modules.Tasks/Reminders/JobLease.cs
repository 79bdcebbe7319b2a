using System.Data.Common;
using Crm.Modules.Tasks.Domain;
using Crm.Modules.Tasks.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Crm.Modules.Tasks.Reminders;

/// <summary>
/// A lease row in the module's own table that makes a job run on one host at a time. Claiming is one conditional
/// UPDATE ("mine already, or expired"), which the database applies atomically: of several hosts claiming at once,
/// exactly one changes the row. The row is created on first use; a duplicate insert by a racing host is ignored.
/// </summary>
internal static class JobLease
{
    /// <summary>Claims or renews <paramref name="name"/> for <paramref name="holderId"/> until now + <paramref name="duration"/>; true when held.</summary>
    public static async Task<bool> TryClaimAsync(TasksDbContext db, string name, string holderId, DateTime now, TimeSpan duration, CancellationToken cancellationToken)
    {
        if (await ClaimAsync(db, name, holderId, now, duration, cancellationToken))
        {
            return true;
        }

        if (await db.Leases.AnyAsync(l => l.Name == name, cancellationToken))
        {
            return false;
        }

        await CreateAsync(db, name, cancellationToken);
        return await ClaimAsync(db, name, holderId, now, duration, cancellationToken);
    }

    /// <summary>Gives the lease up at once (on a clean stop), so another host need not wait for it to expire.</summary>
    public static Task ReleaseAsync(TasksDbContext db, string name, string holderId, DateTime now, CancellationToken cancellationToken) =>
        db.Leases.Where(l => l.Name == name && l.HolderId == holderId)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, now), cancellationToken);

    private static async Task<bool> ClaimAsync(TasksDbContext db, string name, string holderId, DateTime now, TimeSpan duration, CancellationToken cancellationToken)
    {
        var until = now + duration;
        var claimed = await db.Leases
            .Where(l => l.Name == name && (l.HolderId == holderId || l.ExpiresAt <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.HolderId, holderId).SetProperty(l => l.ExpiresAt, until), cancellationToken);
        return claimed == 1;
    }

    // A plain INSERT, understood by every provider, outside the change tracker: a lease is machinery, not user data to audit.
    private static async Task CreateAsync(TasksDbContext db, string name, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(Lease))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string Column(string property) => Quote(entity.FindProperty(property)!.GetColumnName(table)!);
        var tableName = table.Schema is { } schema ? $"{Quote(schema)}.{Quote(table.Name)}" : Quote(table.Name);
        var sql = $"INSERT INTO {tableName} ({Column(nameof(Lease.Name))}, {Column(nameof(Lease.HolderId))}, {Column(nameof(Lease.ExpiresAt))}) VALUES ({{0}}, {{1}}, {{2}})";
        try
        {
            await db.Database.ExecuteSqlRawAsync(sql, [name, "", DateTime.SpecifyKind(DateTime.UnixEpoch, DateTimeKind.Utc)], cancellationToken);
        }
        catch (DbException) when (!cancellationToken.IsCancellationRequested)
        {
            // Most likely another host created it first; if not, the row is still missing and the claim below fails,
            // so the next tick tries again.
        }
    }

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}

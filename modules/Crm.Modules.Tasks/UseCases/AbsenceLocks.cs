using Crm.Modules.Tasks.Storage;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Tasks.UseCases;

/// <summary>
/// On PostgreSQL, serialises absence changes per person until the transaction ends (advisory locks, taken in one
/// order so two transactions never wait on each other in a circle). SQLite transactions already run one writer at a time.
/// </summary>
internal static class AbsenceLocks
{
    private const string PostgresProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    public static async Task LockAsync(TasksDbContext db, IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        if (db.Database.ProviderName != PostgresProvider)
        {
            return;
        }

        foreach (var userId in userIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({"crm.tasks:absence:" + userId}))", cancellationToken);
        }
    }
}

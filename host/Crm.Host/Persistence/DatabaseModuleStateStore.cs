using Crm.Host.Modules;
using Crm.Host.Persistence.Providers;
using Microsoft.EntityFrameworkCore;

namespace Crm.Host.Persistence;

/// <summary>
/// Module states in the host's <c>module_states</c> table, so every host instance on one database converges
/// on the same states, and each change is audited with who made it.
/// </summary>
internal sealed class DatabaseModuleStateStore(
    IDbContextFactory<HostDbContext> contexts,
    DatabaseInitializer database,
    DirectDatabaseReads directReads,
    IDatabaseProvider provider)
    : IModuleStateStore
{
    /// <summary>
    /// Read directly, not through EF Core: at start-up every module waits for this read, and through the host's
    /// context it would first wait for that context's model (<see cref="DirectDatabaseReads"/>). Writes, which
    /// are audited, stay with EF Core.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, StoredModuleState>> ReadAllAsync(CancellationToken cancellationToken)
    {
        // Admin commands and tests use the store without the start-up service having run.
        await database.EnsureInitializedAsync(cancellationToken);
        var table = provider.StorageFor(HostDbContext.StorageModuleId).QuotedTable(HostDbContext.ModuleStatesTable);
        var rows = await directReads.QueryWithoutParametersAsync(
            $"SELECT \"{nameof(ModuleStateRecord.ModuleId)}\", \"{nameof(ModuleStateRecord.State)}\", \"{nameof(ModuleStateRecord.LastError)}\", \"{nameof(ModuleStateRecord.ChangedAt)}\" FROM {table}",
            row => new StoredModuleState(
                row.GetString(0),
                Enum.Parse<ModuleState>(row.GetString(1)),
                row.IsDBNull(2) ? null : row.GetString(2),
                new DateTimeOffset(DateTime.SpecifyKind(row.GetDateTime(3), DateTimeKind.Utc))),
            cancellationToken);
        return rows.ToDictionary(r => r.ModuleId);
    }

    public async Task WriteAsync(IReadOnlyCollection<StoredModuleState> states, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(states);
        await database.EnsureInitializedAsync(cancellationToken);
        await using var db = contexts.CreateDbContext();
        var ids = states.Select(s => s.ModuleId).ToList();
        var existing = await db.ModuleStates.Where(r => ids.Contains(r.ModuleId)).ToDictionaryAsync(r => r.ModuleId, cancellationToken);
        foreach (var state in states)
        {
            if (!existing.TryGetValue(state.ModuleId, out var row))
            {
                row = new ModuleStateRecord { ModuleId = state.ModuleId };
                db.ModuleStates.Add(row);
            }

            row.State = state.State;
            row.LastError = state.LastError;
            row.ChangedAt = state.ChangedAt.UtcDateTime;
        }

        // One SaveChanges: the whole cascade is written, with its audit entries, or nothing is.
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task DeleteAsync(string moduleId, CancellationToken cancellationToken)
    {
        // Admin commands and tests use the store without the start-up service having run.
        await database.EnsureInitializedAsync(cancellationToken);
        await using var db = contexts.CreateDbContext();
        var row = await db.ModuleStates.FindAsync([moduleId], cancellationToken);
        if (row is not null)
        {
            db.ModuleStates.Remove(row);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}

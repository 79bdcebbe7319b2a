using Crm.Host.Modules;
using Microsoft.EntityFrameworkCore;

namespace Crm.Host.Persistence;

/// <summary>
/// Module states in the host's <c>module_states</c> table, so every host instance on one database converges
/// on the same states, and each change is audited with who made it.
/// </summary>
internal sealed class DatabaseModuleStateStore(IDbContextFactory<HostDbContext> contexts, DatabaseInitializer database) : IModuleStateStore
{
    public async Task<IReadOnlyDictionary<string, StoredModuleState>> ReadAllAsync(CancellationToken cancellationToken)
    {
        // Admin commands and tests use the store without the start-up service having run.
        await database.EnsureInitializedAsync(cancellationToken);
        await using var db = contexts.CreateDbContext();
        var rows = await db.ModuleStates.AsNoTracking().ToListAsync(cancellationToken);
        return rows.ToDictionary(
            r => r.ModuleId,
            r => new StoredModuleState(r.ModuleId, r.State, r.LastError, new DateTimeOffset(DateTime.SpecifyKind(r.ChangedAt, DateTimeKind.Utc))));
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

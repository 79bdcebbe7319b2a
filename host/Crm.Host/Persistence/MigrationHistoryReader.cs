using System.Globalization;
using Crm.Host.Persistence.Providers;
using Crm.Sdk.Persistence;

namespace Crm.Host.Persistence;

/// <summary>
/// Tells which migrations of a context are not applied yet, cheaply. EF Core's own
/// <c>GetPendingMigrationsAsync</c> builds the module's whole model first (30–200 ms per module at start-up, for
/// a model nothing needs until the module's first request); this reads the module's history table directly
/// (<see cref="DirectDatabaseReads"/>: not even the host's model is needed) and lists the migrations by
/// reflection. A missing history table means nothing is applied; it is looked up first, so a fresh database logs
/// no failed command.
/// </summary>
internal sealed class MigrationHistoryReader(DirectDatabaseReads database, IDatabaseProvider provider)
{
    /// <summary>
    /// The ids of the migrations of <paramref name="contextType"/> that the history of <paramref name="moduleId"/>'s
    /// storage does not list, in order. Creates no context of that type: even asking one for its migrations
    /// assembly builds its model.
    /// </summary>
    public async Task<IReadOnlyList<string>> PendingAsync(Type contextType, string moduleId, CancellationToken cancellationToken)
    {
        var migrations = ModuleMigrationsAssembly.FindMigrations(contextType).Keys;
        var applied = await AppliedAsync(provider.StorageFor(moduleId), cancellationToken);
        return migrations.Where(id => !applied.Contains(id)).ToList();
    }

    /// <summary>The migration ids in <paramref name="storage"/>'s history table; empty when it has none yet.</summary>
    public async Task<IReadOnlySet<string>> AppliedAsync(ModuleStorage storage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var exists = await database.QueryAsync(
            provider.TableExistsQuery(storage.Schema, storage.MigrationsHistoryTable),
            row => Convert.ToInt64(row.GetValue(0), CultureInfo.InvariantCulture),
            cancellationToken);
        if (exists.Single() == 0)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        var ids = await database.QueryWithoutParametersAsync(
            $"SELECT \"MigrationId\" FROM {storage.QuotedMigrationsHistoryTable}", row => row.GetString(0), cancellationToken);
        return ids.ToHashSet(StringComparer.Ordinal);
    }
}

using Crm.Host.Persistence.Providers;
using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Crm.Host.Persistence;

/// <summary>
/// Tells which migrations of a context are not applied yet, cheaply. EF Core's own
/// <c>GetPendingMigrationsAsync</c> builds the module's whole model first (30–200 ms per module at start-up, for
/// a model nothing needs until the module's first request); this reads the module's history table through the
/// host's context, whose model is built anyway, and lists the migrations by reflection. A missing history
/// table means nothing is applied; it is looked up first, so a fresh database logs no failed command.
/// </summary>
internal sealed class MigrationHistoryReader(IDbContextFactory<HostDbContext> hostContexts, IDatabaseProvider provider)
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
        await using var host = await hostContexts.CreateDbContextAsync(cancellationToken);
        var exists = await host.Database
            .SqlQuery<int>(provider.TableExistsQuery(storage.Schema, storage.MigrationsHistoryTable))
            .SingleAsync(cancellationToken);
        if (exists == 0)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        var sql = host.GetService<Microsoft.EntityFrameworkCore.Storage.ISqlGenerationHelper>();
        var table = sql.DelimitIdentifier(storage.MigrationsHistoryTable, storage.Schema);
        // Identifiers cannot be parameters; these come from the provider's storage naming and are quoted.
#pragma warning disable EF1002
        var ids = await host.Database
            .SqlQueryRaw<string>($"SELECT {sql.DelimitIdentifier("MigrationId")} AS {sql.DelimitIdentifier("Value")} FROM {table}")
            .ToListAsync(cancellationToken);
#pragma warning restore EF1002
        return ids.ToHashSet(StringComparer.Ordinal);
    }
}

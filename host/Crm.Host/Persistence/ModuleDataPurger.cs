using Crm.Host.Modules;
using Crm.Host.Persistence.Providers;
using Crm.Sdk.Persistence;
using Crm.Sdk.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Host.Persistence;

/// <summary>
/// Deletes all data of an uninstalled module: its tables, its schema and its migrations history. Disabling or
/// uninstalling never calls this by itself; an admin must ask for it and confirm by typing the module id a
/// second time. The audit trail keeps the module's history and records who purged it.
/// </summary>
internal sealed class ModuleDataPurger
{
    private readonly IDatabaseProvider _provider;
    private readonly IDbContextFactory<HostDbContext> _contexts;
    private readonly IModuleStateStore _states;
    private readonly ICurrentUser _currentUser;
    private readonly TimeProvider _time;
    private readonly ILogger<ModuleDataPurger> _logger;

    public ModuleDataPurger(
        IDatabaseProvider provider,
        IDbContextFactory<HostDbContext> contexts,
        IModuleStateStore states,
        ICurrentUser currentUser,
        TimeProvider time,
        ILogger<ModuleDataPurger> logger)
    {
        _provider = provider;
        _contexts = contexts;
        _states = states;
        _currentUser = currentUser;
        _time = time;
        _logger = logger;
    }

    /// <summary>Drops every table of <paramref name="moduleId"/>, in one transaction.</summary>
    /// <param name="moduleId">The module whose data goes.</param>
    /// <param name="confirmation">The module id typed again by the admin; anything else refuses.</param>
    /// <param name="cancellationToken">Cancels before the drop commits.</param>
    /// <exception cref="PurgeNotConfirmedException">The confirmation does not match, or the module is still enabled.</exception>
    public async Task PurgeAsync(string moduleId, string? confirmation, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(moduleId);
        if (!string.Equals(confirmation, moduleId, StringComparison.Ordinal))
        {
            throw new PurgeNotConfirmedException($"Purging deletes all data of module '{moduleId}' for good; confirm by giving its id '{moduleId}' a second time. Nothing was deleted.");
        }

        if (moduleId == HostDbContext.StorageModuleId)
        {
            throw new PurgeNotConfirmedException("The host's own tables cannot be purged.");
        }

        var states = await _states.ReadAllAsync(cancellationToken);
        if (states.TryGetValue(moduleId, out var state) && state.State == ModuleState.Enabled)
        {
            throw new PurgeNotConfirmedException($"Module '{moduleId}' is enabled; disable or uninstall it before purging its data. Nothing was deleted.");
        }

        await using var db = _contexts.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await _provider.DropStorageAsync(db, _provider.StorageFor(moduleId), cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            OccurredAt = _time.GetUtcNow().UtcDateTime,
            UserId = _currentUser.Id,
            ModuleId = moduleId,
            Entity = "ModuleData",
            EntityKey = moduleId,
            Action = AuditAction.Deleted,
            Changes = "{\"purged\":true}",
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        _logger.LogWarning("Purged all data of module {ModuleId} at the request of {User}", moduleId, _currentUser.Id);
    }
}

using Autofac;
using Crm.Host.Modules;
using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Host.Persistence;

/// <summary>
/// Brings a module's tables up to date when it is enabled and at start-up: applies every pending migration of
/// every context the module registered. Each migration commits on its own, so a failing one leaves the
/// earlier ones applied and nothing of itself; the exception makes the platform mark the module Faulted.
/// Modules are activated concurrently: the check for pending migrations runs side by side (it only reads), the
/// migrations themselves one module at a time, as EF Core's migration lock would make them anyway (and on SQLite
/// it polls for that lock with waits of a second and more).
/// </summary>
internal sealed class ModuleMigrationStep(DatabaseInitializer database, MigrationHistoryReader history, ILogger<ModuleMigrationStep> logger) : IModuleActivationStep, IDisposable
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>Early: a module's services may read their tables as soon as the module is active.</summary>
    public int Order => -1000;

    public async Task ActivateAsync(ActiveModule module, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(module);
        // The host's tables (migration histories, the audit trail) come first; the start-up service no longer
        // waits for them before other services start, and admin commands and tests activate modules directly.
        await database.EnsureInitializedAsync(cancellationToken);
        foreach (var registration in module.Scope.Resolve<IEnumerable<ModuleDbContextRegistration>>())
        {
            if (registration.ModuleId != module.Id)
            {
                throw new InvalidOperationException(
                    $"Module '{module.Id}' registered {registration.ContextType.Name} for module id '{registration.ModuleId}'; pass the module's own id (Manifest.Id) to AddModuleDbContext.");
            }

            // Nothing pending (every start but the first): no context, so no model is built before the module's first request.
            var pending = await history.PendingAsync(registration.ContextType, registration.ModuleId, cancellationToken);
            if (pending.Count > 0)
            {
                await MigrateAsync(module, registration, pending, cancellationToken);
            }
        }
    }

    private async Task MigrateAsync(ActiveModule module, ModuleDbContextRegistration registration, IReadOnlyList<string> pending, CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            await using var context = registration.Create(module.Scope);
            await ApplyAsync(module.Id, context, pending, cancellationToken);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    public void Dispose() => _oneAtATime.Dispose();

    private async Task ApplyAsync(string moduleId, ModuleDbContext context, IReadOnlyList<string> pending, CancellationToken cancellationToken)
    {
        logger.LogInformation("Applying {Count} migration(s) of module {ModuleId} ({Context}): {Migrations}", pending.Count, moduleId, context.GetType().Name, string.Join(", ", pending));
        try
        {
            await context.Database.MigrateAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException and not DatabaseUnavailableException)
        {
            var applied = await history.AppliedAsync(context.Storage, cancellationToken);
            var failed = pending.FirstOrDefault(m => !applied.Contains(m)) ?? pending[^1];
            throw new ModuleMigrationException(moduleId, failed, e);
        }
    }
}

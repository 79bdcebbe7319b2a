using Autofac;
using Crm.Host.Modules;
using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Host.Persistence;

/// <summary>
/// Brings a module's tables up to date when it is enabled and at start-up: applies every pending migration of
/// every context the module registered. Each migration commits on its own, so a failing one leaves the
/// earlier ones applied and nothing of itself; the exception makes the platform mark the module Faulted.
/// </summary>
internal sealed class ModuleMigrationStep(ILogger<ModuleMigrationStep> logger) : IModuleActivationStep
{
    /// <summary>Early: a module's services may read their tables as soon as the module is active.</summary>
    public int Order => -1000;

    public async Task ActivateAsync(ActiveModule module, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(module);
        foreach (var registration in module.Scope.Resolve<IEnumerable<ModuleDbContextRegistration>>())
        {
            if (registration.ModuleId != module.Id)
            {
                throw new InvalidOperationException(
                    $"Module '{module.Id}' registered {registration.ContextType.Name} for module id '{registration.ModuleId}'; pass the module's own id (Manifest.Id) to AddModuleDbContext.");
            }

            await using var context = registration.Create(module.Scope);
            await MigrateAsync(module.Id, context, cancellationToken);
        }
    }

    private async Task MigrateAsync(string moduleId, ModuleDbContext context, CancellationToken cancellationToken)
    {
        var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        logger.LogInformation("Applying {Count} migration(s) of module {ModuleId} ({Context}): {Migrations}", pending.Count, moduleId, context.GetType().Name, string.Join(", ", pending));
        try
        {
            await context.Database.MigrateAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException and not DatabaseUnavailableException)
        {
            var applied = (await context.Database.GetAppliedMigrationsAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            var failed = pending.FirstOrDefault(m => !applied.Contains(m)) ?? pending[^1];
            throw new ModuleMigrationException(moduleId, failed, e);
        }
    }
}

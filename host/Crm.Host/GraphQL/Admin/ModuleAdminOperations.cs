using Crm.Host.Modules;
using Crm.Host.Modules.Catalog;
using Crm.Host.Modules.Lifecycle;
using Crm.Host.Persistence;
using Crm.Sdk.GraphQL;

namespace Crm.Host.GraphQL.Admin;

/// <summary>
/// The admin mutations: checks the caller's request against the modules as they stand, answers a refusal with a
/// typed user error (nothing changed), otherwise stores the change through <see cref="ModuleAdministration"/> (the
/// same rules the CLI obeys) and puts it into service before answering.
/// </summary>
internal sealed class ModuleAdminOperations(
    ModuleDirectory directory,
    ModuleAdministration administration,
    ModuleChangeApplier applier,
    ModuleDataPurger purger)
{
    public async Task<ModuleChangePayload> EnableAsync(EnableModuleInput input, CancellationToken cancellationToken)
    {
        var modules = await directory.ListAsync(cancellationToken);
        if (Find(modules, input.Id) is not { } target)
        {
            return ModuleChangePayload.Refused(NotFound(input.Id, modules));
        }

        var missing = Closure(modules, target, m => m.DependsOn).Where(m => m.State != ModuleState.Enabled).Select(m => m.Id).ToList();
        if (missing.Count > 0 && !input.WithDependencies)
        {
            return ModuleChangePayload.Refused(new DependenciesNotEnabledError(
                $"'{target.Id}' needs these modules enabled first: {string.Join(", ", missing)}. Enable them, or pass withDependencies: true.", missing));
        }

        IReadOnlyList<string> enabled;
        try
        {
            enabled = await administration.EnableAsync(target.Id, input.WithDependencies, cancellationToken);
        }
        catch (ModuleOperationException refused)
        {
            var code = target.State == ModuleState.Faulted ? ModuleErrorCodes.ModuleFaulted : ModuleErrorCodes.OperationRefused;
            return ModuleChangePayload.Refused(new InputError(code, refused.Message, ["input", "id"]));
        }

        return await AppliedAsync(target.Id, enabled, cancellationToken);
    }

    public async Task<ModuleChangePayload> DisableAsync(DisableModuleInput input, CancellationToken cancellationToken)
    {
        var modules = await directory.ListAsync(cancellationToken);
        if (Find(modules, input.Id) is not { } target)
        {
            return ModuleChangePayload.Refused(NotFound(input.Id, modules));
        }

        if (EnabledDependents(modules, target) is { Count: > 0 } dependents && !input.Cascade)
        {
            return ModuleChangePayload.Refused(new DependentsEnabledError(
                $"Cannot disable '{target.Id}': enabled modules depend on it: {string.Join(", ", dependents)}. Disable them first, or pass cascade: true.", dependents));
        }

        IReadOnlyList<string> disabled;
        try
        {
            disabled = await administration.DisableAsync(target.Id, input.Cascade, cancellationToken);
        }
        catch (ModuleOperationException refused)
        {
            return ModuleChangePayload.Refused(new InputError(ModuleErrorCodes.OperationRefused, refused.Message, ["input", "id"]));
        }

        return await AppliedAsync(target.Id, disabled, cancellationToken);
    }

    public async Task<ModuleChangePayload> UninstallAsync(UninstallPluginInput input, CancellationToken cancellationToken)
    {
        var modules = await directory.ListAsync(cancellationToken);
        if (Find(modules, input.Id) is not { } target)
        {
            return ModuleChangePayload.Refused(NotFound(input.Id, modules));
        }

        if (target.Origin == ModuleOrigin.BuiltIn)
        {
            return ModuleChangePayload.Refused(new BuiltInModuleError(
                $"'{target.Id}' is built in and cannot be uninstalled; disable it instead with disableModule.", target.Id));
        }

        if (target.State == ModuleState.Enabled)
        {
            return ModuleChangePayload.Refused(new InputError(ModuleErrorCodes.ModuleEnabled,
                $"'{target.Id}' is enabled; disable it with disableModule before uninstalling it.", ["input", "id"]));
        }

        if (EnabledDependents(modules, target) is { Count: > 0 } dependents)
        {
            return ModuleChangePayload.Refused(new DependentsEnabledError(
                $"Cannot uninstall '{target.Id}': enabled modules depend on it: {string.Join(", ", dependents)}. Disable them first.", dependents));
        }

        if (!string.Equals(input.Confirm, target.Id, StringComparison.Ordinal))
        {
            return ModuleChangePayload.Refused(new InputError(ModuleErrorCodes.ConfirmationRequired,
                $"Uninstalling deletes the plugin's folder{(input.PurgeData ? " and all its data" : "")} for good; confirm by giving its id '{target.Id}' again in confirm. Nothing was changed.",
                ["input", "confirm"]));
        }

        try
        {
            await administration.UninstallAsync(target.Id, cancellationToken);
        }
        catch (ModuleOperationException refused)
        {
            return ModuleChangePayload.Refused(new InputError(ModuleErrorCodes.OperationRefused, refused.Message, ["input", "id"]));
        }

        if (input.PurgeData)
        {
            // The plugin is gone from the state store, so the purger's "still enabled" check passes; its tables go in one transaction.
            await purger.PurgeAsync(target.Id, input.Confirm, cancellationToken);
        }

        await applier.ApplyAsync(cancellationToken);
        return new ModuleChangePayload(null, [target.Id], []);
    }

    public async Task<RescanPluginsPayload> RescanAsync(CancellationToken cancellationToken)
    {
        await applier.ApplyAsync(cancellationToken);
        var plugins = (await directory.ListAsync(cancellationToken)).Where(m => m.Origin == ModuleOrigin.Plugin).ToList();
        return new RescanPluginsPayload(
            plugins.Where(m => m.State != ModuleState.Faulted).ToList(),
            plugins.Where(m => m.State == ModuleState.Faulted).ToList());
    }

    private async Task<ModuleChangePayload> AppliedAsync(string id, IReadOnlyList<string> changed, CancellationToken cancellationToken)
    {
        if (changed.Count > 0)
        {
            await applier.ApplyAsync(cancellationToken);
        }

        return new ModuleChangePayload(await directory.FindAsync(id, cancellationToken), changed, []);
    }

    private static ModuleInfo? Find(IReadOnlyList<ModuleInfo> modules, string id) => modules.FirstOrDefault(m => m.Id == id);

    private static InputError NotFound(string id, IReadOnlyList<ModuleInfo> modules) => new(
        ModuleErrorCodes.ModuleNotFound,
        $"No module '{id}'. Known modules: {string.Join(", ", modules.Select(m => m.Id))}.",
        ["input", "id"]);

    private static List<string> EnabledDependents(IReadOnlyList<ModuleInfo> modules, ModuleInfo target) =>
        Closure(modules, target, m => m.NeededBy).Where(m => m.State == ModuleState.Enabled).Select(m => m.Id).ToList();

    // Every module reachable from target along next (dependencies or dependents), nearest first, target excluded.
    private static List<ModuleInfo> Closure(IReadOnlyList<ModuleInfo> modules, ModuleInfo target, Func<ModuleInfo, IReadOnlyList<string>> next)
    {
        var found = new List<ModuleInfo>();
        var pending = new Queue<ModuleInfo>([target]);
        while (pending.TryDequeue(out var current))
        {
            foreach (var id in next(current))
            {
                if (Find(modules, id) is { } module && module != target && !found.Contains(module))
                {
                    found.Add(module);
                    pending.Enqueue(module);
                }
            }
        }

        return found;
    }
}

using Crm.Host.Modules.Catalog;
using Microsoft.Extensions.Options;

namespace Crm.Host.Modules.Lifecycle;

/// <summary>
/// The admin operations behind <c>modules list|enable|disable|uninstall</c>. They check the rules against the
/// catalog (manifests only, no plugin code runs) and write the desired states to the store; a running server
/// converges on the store, so the same operations work from a separate CLI process or inside the server.
/// </summary>
public sealed class ModuleAdministration(ModuleCatalog catalog, IModuleStateStore store, IOptions<ModulesOptions> options, TimeProvider time)
{
    /// <summary>Every module with its state.</summary>
    public async Task<IReadOnlyList<ModuleStatus>> ListAsync(CancellationToken cancellationToken)
    {
        var (snapshot, stored) = await ReadAsync(cancellationToken);
        return ModuleStatus.Report(snapshot, stored, options.Value);
    }

    /// <summary>
    /// Asks for <paramref name="id"/> to be enabled. Refused when a dependency is not enabled, unless
    /// <paramref name="withDependencies"/>, which enables them too. Returns the ids switched on.
    /// </summary>
    public async Task<IReadOnlyList<string>> EnableAsync(string id, bool withDependencies, CancellationToken cancellationToken)
    {
        var (snapshot, stored) = await ReadAsync(cancellationToken);
        var entry = Find(snapshot, id);
        if (entry.Fault is not null)
        {
            throw new ModuleOperationException($"'{id}' cannot be enabled: {entry.Fault}");
        }

        var toEnable = new List<string>();
        var notEnabled = new List<string>();
        CollectDisabledDependencies(snapshot, entry, stored, toEnable, notEnabled);
        if (notEnabled.Count > 0 && !withDependencies)
        {
            throw new ModuleOperationException(
                $"'{id}' needs these modules enabled first: {string.Join(", ", notEnabled)}. Enable them, or run 'modules enable {id} --with-dependencies'.");
        }

        if (!IsEnabled(entry, stored))
        {
            toEnable.Add(id);
        }

        await WriteAsync(toEnable, ModuleState.Enabled, cancellationToken);
        return toEnable;
    }

    /// <summary>
    /// Asks for <paramref name="id"/> to be disabled. Refused while enabled modules depend on it, unless
    /// <paramref name="cascade"/>, which disables them too. Returns the ids switched off.
    /// </summary>
    public async Task<IReadOnlyList<string>> DisableAsync(string id, bool cascade, CancellationToken cancellationToken)
    {
        var (snapshot, stored) = await ReadAsync(cancellationToken);
        var entry = Find(snapshot, id);
        var dependents = EnabledDependents(snapshot, id, stored);
        if (dependents.Count > 0 && !cascade)
        {
            throw new ModuleOperationException(
                $"Cannot disable '{id}': enabled modules depend on it: {string.Join(", ", dependents)}. Disable them first, or run 'modules disable {id} --cascade'.");
        }

        var toDisable = dependents.Append(entry.Key).ToList();
        await WriteAsync(toDisable, ModuleState.Disabled, cancellationToken);
        return toDisable;
    }

    /// <summary>
    /// Removes a plugin: forgets its state and deletes its folder; a running server then unloads it.
    /// Refused for built-in modules and while enabled modules depend on the plugin.
    /// </summary>
    public async Task UninstallAsync(string id, CancellationToken cancellationToken)
    {
        var (snapshot, stored) = await ReadAsync(cancellationToken);
        var entry = Find(snapshot, id);
        if (entry.Origin != ModuleOrigin.Plugin)
        {
            throw new ModuleOperationException($"'{id}' is built in and cannot be uninstalled; disable it instead with 'modules disable {id}'.");
        }

        var dependents = EnabledDependents(snapshot, id, stored);
        if (dependents.Count > 0)
        {
            throw new ModuleOperationException(
                $"Cannot uninstall '{id}': enabled modules depend on it: {string.Join(", ", dependents)}. Disable them first.");
        }

        await store.DeleteAsync(entry.Key, cancellationToken);
        Directory.Delete(entry.Location, recursive: true);
    }

    private static CatalogEntry Find(CatalogSnapshot snapshot, string id) =>
        snapshot.Find(id) ?? throw new ModuleOperationException(
            $"No module '{id}'. Known modules: {string.Join(", ", snapshot.Entries.Select(e => e.Key).Order(StringComparer.Ordinal))}. Run 'modules list' for details.",
            unknownModule: true);

    private async Task<(CatalogSnapshot Snapshot, IReadOnlyDictionary<string, StoredModuleState> Stored)> ReadAsync(CancellationToken cancellationToken) =>
        (await catalog.ScanAsync(cancellationToken), await store.ReadAllAsync(cancellationToken));

    private bool IsEnabled(CatalogEntry entry, IReadOnlyDictionary<string, StoredModuleState> stored) =>
        DesiredStates.WantsEnabled(entry, stored, options.Value);

    private void CollectDisabledDependencies(CatalogSnapshot snapshot, CatalogEntry entry, IReadOnlyDictionary<string, StoredModuleState> stored, List<string> toEnable, List<string> notEnabled)
    {
        foreach (var dependency in entry.Manifest!.Dependencies)
        {
            // The catalog already faulted modules whose dependencies are missing or of the wrong version.
            var target = snapshot.Find(dependency.ModuleId)!;
            CollectDisabledDependencies(snapshot, target, stored, toEnable, notEnabled);
            if (!IsEnabled(target, stored) && !toEnable.Contains(target.Key))
            {
                toEnable.Add(target.Key);
                notEnabled.Add($"{target.Key} ({dependency.Versions})");
            }
        }
    }

    private List<string> EnabledDependents(CatalogSnapshot snapshot, string id, IReadOnlyDictionary<string, StoredModuleState> stored)
    {
        var found = new List<string>();
        var pending = new Queue<string>([id]);
        while (pending.TryDequeue(out var current))
        {
            foreach (var dependent in snapshot.DependentsOf(current).Where(d => IsEnabled(d, stored) && !found.Contains(d.Key)))
            {
                found.Add(dependent.Key);
                pending.Enqueue(dependent.Key);
            }
        }

        return found;
    }

    private Task WriteAsync(IReadOnlyList<string> ids, ModuleState state, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return Task.CompletedTask;
        }

        var now = time.GetUtcNow();
        return store.WriteAsync(ids.Select(i => new StoredModuleState(i, state, null, now)).ToList(), cancellationToken);
    }
}

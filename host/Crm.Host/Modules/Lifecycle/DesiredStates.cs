using Crm.Host.Modules.Catalog;

namespace Crm.Host.Modules.Lifecycle;

/// <summary>Turns the catalog and the stored states into what each module should be.</summary>
internal static class DesiredStates
{
    /// <summary>The state an admin asked for (or the default for a module nobody switched), ignoring faults.</summary>
    public static ModuleState Of(CatalogEntry entry, IReadOnlyDictionary<string, StoredModuleState> stored, ModulesOptions options)
    {
        if (stored.TryGetValue(entry.Key, out var state))
        {
            return state.State;
        }

        var enabledByDefault = entry.Origin == ModuleOrigin.BuiltIn ? options.EnableBuiltInModulesByDefault : options.EnablePluginsByDefault;
        return enabledByDefault ? ModuleState.Enabled : ModuleState.Discovered;
    }

    /// <summary>True when the module is usable and asked to be enabled.</summary>
    public static bool WantsEnabled(CatalogEntry entry, IReadOnlyDictionary<string, StoredModuleState> stored, ModulesOptions options) =>
        entry.Fault is null && Of(entry, stored, options) == ModuleState.Enabled;

    /// <summary>
    /// The modules to run, dependencies first: usable, asked to be enabled, and with every dependency in the
    /// set. The others that were asked for get the reason they are held back.
    /// </summary>
    public static (IReadOnlyList<CatalogEntry> Run, IReadOnlyDictionary<string, string> HeldBack) Plan(
        CatalogSnapshot catalog, IReadOnlyDictionary<string, StoredModuleState> stored, ModulesOptions options)
    {
        var run = new List<CatalogEntry>();
        var running = new HashSet<string>(StringComparer.Ordinal);
        var heldBack = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in catalog.Entries.Where(e => WantsEnabled(e, stored, options)))
        {
            var missing = entry.Manifest!.Dependencies.Where(d => !running.Contains(d.ModuleId)).Select(d => d.ModuleId).ToList();
            if (missing.Count > 0)
            {
                heldBack[entry.Key] = $"waiting for its dependencies to be enabled: {string.Join(", ", missing)}";
                continue;
            }

            run.Add(entry);
            running.Add(entry.Key);
        }

        return (run, heldBack);
    }
}

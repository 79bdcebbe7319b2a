using Crm.Host.Modules.Catalog;

namespace Crm.Host.Modules.Lifecycle;

/// <summary>One line of <c>modules list</c>: what a module is and where it stands.</summary>
/// <param name="Key">The module id (or <c>plugins/FOLDER</c> when the manifest is unreadable).</param>
/// <param name="Name">The name from the manifest, or empty.</param>
/// <param name="Version">The version from the manifest, or empty.</param>
/// <param name="Origin">Built in or plugin.</param>
/// <param name="State">The state.</param>
/// <param name="Note">Why it is Faulted, or why an enabled module is not running yet; null when nothing to say.</param>
public sealed record ModuleStatus(string Key, string Name, string Version, ModuleOrigin Origin, ModuleState State, string? Note)
{
    internal static IReadOnlyList<ModuleStatus> Report(CatalogSnapshot catalog, IReadOnlyDictionary<string, StoredModuleState> stored, ModulesOptions options)
    {
        var (_, heldBack) = DesiredStates.Plan(catalog, stored, options);
        return catalog.Entries
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e =>
            {
                var state = e.Fault is not null ? ModuleState.Faulted : DesiredStates.Of(e, stored, options);
                var note = e.Fault ?? (state == ModuleState.Faulted ? stored.GetValueOrDefault(e.Key)?.LastError : heldBack.GetValueOrDefault(e.Key));
                return new ModuleStatus(e.Key, e.Manifest?.Name ?? "", e.Manifest?.Version.ToString() ?? "", e.Origin, state, note);
            })
            .ToList();
    }
}

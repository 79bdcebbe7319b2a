using Crm.Host.Modules;
using Crm.Host.Modules.Catalog;
using Crm.Host.Modules.Lifecycle;

namespace Crm.Host.GraphQL.Admin;

/// <summary>
/// Reads every module for the admin API: the state this process sees (<see cref="ModuleManager.ListAsync"/>) joined
/// with the catalog's manifests (dependencies both ways) and, for loaded modules, their declared permissions.
/// </summary>
internal sealed class ModuleDirectory(ModuleManager manager, ModuleCatalog catalog, IApplicationShapeAccessor shapes)
{
    public async Task<IReadOnlyList<ModuleInfo>> ListAsync(CancellationToken cancellationToken)
    {
        var statuses = await manager.ListAsync(cancellationToken);
        var snapshot = await catalog.ScanAsync(cancellationToken);
        var shape = shapes.Current;
        return statuses.Select(status => Describe(status, snapshot, shape)).ToList();
    }

    /// <summary>The module with this id, or null.</summary>
    public async Task<ModuleInfo?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(m => m.Id == id);

    private static ModuleInfo Describe(ModuleStatus status, CatalogSnapshot snapshot, ApplicationShape shape)
    {
        var entry = snapshot.Find(status.Key);
        var manifest = entry?.Manifest;
        var module = entry?.BuiltInModule ?? shape.FindModule(status.Key)?.Module;
        return new ModuleInfo(
            status.Key,
            status.Name,
            status.Version,
            string.IsNullOrEmpty(manifest?.Description) ? null : manifest.Description,
            status.Origin,
            status.State,
            status.Note,
            manifest?.Dependencies.Select(d => d.ModuleId).ToList() ?? [],
            snapshot.DependentsOf(status.Key).Select(d => d.Key).Order(StringComparer.Ordinal).ToList(),
            module?.Permissions.ToList());
    }
}

using Microsoft.Extensions.Options;

namespace Crm.Host.Modules.Catalog;

/// <summary>
/// Finds the modules: built-in ones once (they cannot change while the process runs), plugin folders on every
/// scan (an admin may add, change or remove one while a server runs; an unchanged folder is not read again).
/// Never runs plugin code.
/// </summary>
public sealed class ModuleCatalog
{
    private readonly Lazy<IReadOnlyList<CatalogEntry>> _builtIns = new(BuiltInModuleScanner.Scan);
    private readonly IOptions<ModulesOptions> _options;
    private readonly PluginFolderCache _pluginFolders = new();

    /// <summary>Creates the catalog over the configured plugins folder.</summary>
    public ModuleCatalog(IOptions<ModulesOptions> options)
    {
        _options = options;
    }

    /// <summary>The folder scanned for plugins.</summary>
    public string PluginsPath => _options.Value.PluginsFullPath;

    /// <summary>Scans and cross-checks every module.</summary>
    public async Task<CatalogSnapshot> ScanAsync(CancellationToken cancellationToken)
    {
        var plugins = await PluginFolderScanner.ScanAsync(PluginsPath, _pluginFolders, cancellationToken);
        return CatalogValidator.Validate(_builtIns.Value.Concat(plugins));
    }
}

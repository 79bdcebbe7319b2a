using Crm.Sdk.Modules;

namespace Crm.Host.Modules.Catalog;

/// <summary>Where a module comes from.</summary>
public enum ModuleOrigin
{
    /// <summary>An assembly the host references, loaded in the default context for the process lifetime.</summary>
    BuiltIn,

    /// <summary>A folder under the plugins path, loaded in its own collectible context.</summary>
    Plugin,
}

/// <summary>
/// What the catalog knows about one module before any plugin code runs: its manifest (from the module class
/// of a built-in, from <c>crm-module.json</c> of a plugin) and, when it can never be enabled as it is, why.
/// </summary>
/// <param name="Key">The module id; for a plugin whose manifest cannot be read, <c>plugins/FOLDER</c>.</param>
/// <param name="Origin">Built in or plugin.</param>
/// <param name="Location">The assembly name of a built-in, the folder of a plugin.</param>
/// <param name="Manifest">The manifest, or null when it could not be read.</param>
/// <param name="Fault">Why the module cannot be enabled, or null.</param>
public sealed record CatalogEntry(string Key, ModuleOrigin Origin, string Location, ModuleManifest? Manifest, string? Fault)
{
    /// <summary>The built-in module instance; null for plugins, whose code loads only when enabled.</summary>
    internal ICrmModule? BuiltInModule { get; init; }

    /// <summary>The plugin's folder facts; null for built-ins.</summary>
    internal PluginFolder? Plugin { get; init; }
}

/// <summary>A plugin folder whose manifest was read.</summary>
/// <param name="Folder">Full path of the folder.</param>
/// <param name="EntryAssemblyPath">Full path of the assembly named by <c>entryAssembly</c>.</param>
/// <param name="SdkVersion">The SDK version the plugin was built against.</param>
internal sealed record PluginFolder(string Folder, string EntryAssemblyPath, SemanticVersion SdkVersion);

using System.Reflection;
using System.Runtime.Loader;
using Crm.Host.Modules.Catalog;
using Crm.Sdk.Modules;
using McMaster.NETCore.Plugins;

namespace Crm.Host.Modules.Loading;

/// <summary>
/// One plugin loaded into its own collectible load context, with its module instance. Disposing it unloads
/// the context; the context is collected once nothing else holds a type of it (see docs/architecture.md for
/// what would).
/// </summary>
internal sealed class LoadedPlugin : IDisposable
{
    private PluginLoader? _loader;

    private LoadedPlugin(PluginLoader loader, ICrmModule module, AssemblyLoadContext loadContext)
    {
        _loader = loader;
        Module = module;
        LoadContext = loadContext;
    }

    public ICrmModule Module { get; }

    public AssemblyLoadContext LoadContext { get; }

    /// <summary>Loads the plugin's entry assembly, finds its module class and creates it; checks it against the manifest.</summary>
    public static LoadedPlugin Load(CatalogEntry entry, IEnumerable<string> extraSharedAssemblies)
    {
        var folder = entry.Plugin ?? throw new InvalidOperationException($"{entry.Key} is not a plugin.");
        var display = $"plugins/{Path.GetFileName(folder.Folder)}";
        var loader = PluginLoader.CreateFromAssemblyFile(folder.EntryAssemblyPath, isUnloadable: true, PluginSharedTypes.All, config =>
        {
            // In memory: the files stay free to replace or delete (uninstall) while the plugin is loaded.
            config.LoadInMemory = true;
            foreach (var name in extraSharedAssemblies)
            {
                config.SharedAssemblies.Add(new AssemblyName(name));
            }
        });

        try
        {
            var module = CreateModule(loader, display);
            CheckAgainstManifest(module.Manifest, entry.Manifest!, display);
            return new LoadedPlugin(loader, module, loader.LoadContext);
        }
        catch
        {
            loader.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        _loader?.Dispose();
        _loader = null;
    }

    private static ICrmModule CreateModule(PluginLoader loader, string display)
    {
        Assembly assembly;
        try
        {
            assembly = loader.LoadDefaultAssembly();
        }
        catch (Exception exception)
        {
            throw ModuleActivator.Describe(exception, $"loading the entry assembly of {display}", display);
        }

        var attribute = assembly.GetCustomAttribute<CrmModuleAttribute>()
            ?? throw new ModuleLoadException($"{assembly.GetName().Name}.dll in {display} has no [assembly: CrmModule(typeof(YourModule))] attribute, so the host cannot tell which class is the module. Add it to the plugin project.");
        return ModuleActivator.Create(attribute.ModuleType, display);
    }

    private static void CheckAgainstManifest(ModuleManifest fromCode, ModuleManifest fromFile, string display)
    {
        if (fromCode.Id != fromFile.Id || fromCode.Version.CompareTo(fromFile.Version) != 0)
        {
            throw new ModuleLoadException($"{display}: crm-module.json says '{fromFile.Id}' {fromFile.Version} but the module class says '{fromCode.Id}' {fromCode.Version}; they must agree. Rebuild the plugin so both come from one place.");
        }
    }
}

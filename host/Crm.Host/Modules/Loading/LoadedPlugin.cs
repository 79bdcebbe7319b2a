using System.Reflection;
using System.Runtime.Loader;
using Crm.Host.Modules.Catalog;
using Crm.Sdk.Modules;
using McMaster.NETCore.Plugins.Loader;

namespace Crm.Host.Modules.Loading;

/// <summary>
/// One plugin loaded into its own collectible load context, with its module instance. Disposing it unloads
/// the context; the context is collected once nothing else holds a type of it (see docs/architecture.md for
/// what would).
/// </summary>
internal sealed class LoadedPlugin : IDisposable
{
    private bool _unloaded;

    private LoadedPlugin(ICrmModule module, AssemblyLoadContext loadContext)
    {
        Module = module;
        LoadContext = loadContext;
    }

    public ICrmModule Module { get; }

    public AssemblyLoadContext LoadContext { get; }

    /// <summary>Loads the plugin's entry assembly, finds its module class and creates it; checks it against the manifest.</summary>
    public static LoadedPlugin Load(CatalogEntry entry, IReadOnlyList<AssemblyName> sharedAssemblies)
    {
        var folder = entry.Plugin ?? throw new InvalidOperationException($"{entry.Key} is not a plugin.");
        var display = $"plugins/{Path.GetFileName(folder.Folder)}";
        var context = CreateLoadContext(folder.EntryAssemblyPath, sharedAssemblies);
        try
        {
            var module = CreateModule(context, folder.EntryAssemblyPath, display);
            CheckAgainstManifest(module.Manifest, entry.Manifest!, display);
            return new LoadedPlugin(module, context);
        }
        catch
        {
            context.Unload();
            throw;
        }
    }

    public void Dispose()
    {
        if (!_unloaded)
        {
            _unloaded = true;
            LoadContext.Unload();
        }
    }

    /// <summary>
    /// McMaster's load context, configured as its <c>PluginLoader</c> would for an unloadable, in-memory, lazily
    /// resolved plugin, but built directly: <c>PluginLoader</c> also reads the host's runtimeconfig.json for every
    /// plugin and then asks for <c>Process.MainModule</c> to probe the dotnet runtime store, which parses
    /// /proc/self/maps each time (9–12 ms per plugin, 0.1 s of a ten-plugin start). A plugin folder is a publish
    /// output, complete by itself, so neither the runtime store nor NuGet caches are probed.
    /// </summary>
    private static AssemblyLoadContext CreateLoadContext(string entryAssemblyPath, IReadOnlyList<AssemblyName> sharedAssemblies)
    {
        var builder = new AssemblyLoadContextBuilder()
            .SetMainAssemblyPath(entryAssemblyPath)
            .EnableUnloading()

            // In memory: the files stay free to replace or delete (uninstall) while the plugin is loaded.
            .PreloadAssembliesIntoMemory()
            .ShadowCopyNativeLibraries()

            // The closure is already complete; lazy stops the builder from walking the references again.
            .IsLazyLoaded(true);
        foreach (var name in sharedAssemblies)
        {
            builder.PreferDefaultLoadContextAssembly(name);
        }

        return builder.Build();
    }

    private static ICrmModule CreateModule(AssemblyLoadContext context, string entryAssemblyPath, string display)
    {
        Assembly assembly;
        try
        {
            // By name, so the context resolves it through the plugin's deps.json and loads it from memory.
            assembly = context.LoadFromAssemblyName(AssemblyName.GetAssemblyName(entryAssemblyPath));
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

using System.Reflection;
using System.Runtime.Loader;
using Crm.Host.Modules.Loading;
using Crm.Sdk.Modules;
using Microsoft.Extensions.DependencyModel;

namespace Crm.Host.Modules.Catalog;

/// <summary>
/// Finds built-in modules: assemblies of the application that reference Crm.Sdk and carry
/// <see cref="CrmModuleAttribute"/>. Only libraries that depend on the SDK are loaded and only their
/// attribute is read, so discovery stays cheap however many packages the host uses.
/// </summary>
internal static class BuiltInModuleScanner
{
    public static IReadOnlyList<CatalogEntry> Scan()
    {
        var entries = new List<CatalogEntry>();
        foreach (var assembly in CandidateAssemblies())
        {
            var attribute = assembly.GetCustomAttribute<CrmModuleAttribute>();
            if (attribute is not null)
            {
                entries.Add(CreateEntry(assembly, attribute));
            }
        }

        return entries;
    }

    private static CatalogEntry CreateEntry(Assembly assembly, CrmModuleAttribute attribute)
    {
        var location = assembly.GetName().Name ?? assembly.FullName ?? "?";
        try
        {
            var module = ModuleActivator.Create(attribute.ModuleType, location);
            return new CatalogEntry(module.Manifest.Id, ModuleOrigin.BuiltIn, location, module.Manifest, null) { BuiltInModule = module };
        }
        catch (ModuleLoadException exception)
        {
            return new CatalogEntry($"builtin/{location}", ModuleOrigin.BuiltIn, location, null, exception.Message);
        }
    }

    private static IEnumerable<Assembly> CandidateAssemblies()
    {
        var sdkName = typeof(ICrmModule).Assembly.GetName().Name!;
        var seen = new HashSet<string>(StringComparer.Ordinal) { sdkName };
        var candidates = new List<Assembly>();

        // Assemblies already loaded (a test host, an app that loaded its modules itself).
        foreach (var assembly in AssemblyLoadContext.Default.Assemblies)
        {
            if (!assembly.IsDynamic && References(assembly, sdkName) && seen.Add(assembly.GetName().Name!))
            {
                candidates.Add(assembly);
            }
        }

        // Libraries of the application's dependency graph that depend on the SDK, not yet loaded.
        var context = DependencyContext.Default;
        if (context is not null)
        {
            foreach (var library in context.RuntimeLibraries.Where(l => l.Dependencies.Any(d => d.Name == sdkName)))
            {
                foreach (var name in library.GetDefaultAssemblyNames(context))
                {
                    if (seen.Add(name.Name!))
                    {
                        candidates.Add(AssemblyLoadContext.Default.LoadFromAssemblyName(name));
                    }
                }
            }
        }

        return candidates;
    }

    private static bool References(Assembly assembly, string sdkName) =>
        assembly.GetReferencedAssemblies().Any(r => r.Name == sdkName);
}

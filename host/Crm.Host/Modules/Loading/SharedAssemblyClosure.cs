using System.Reflection;
using System.Runtime.Loader;
using Microsoft.Extensions.Options;

namespace Crm.Host.Modules.Loading;

/// <summary>
/// The assemblies every plugin takes from the host: those of <see cref="PluginSharedTypes"/> and of
/// <see cref="ModulesOptions.SharedAssemblies"/>, plus everything they reference, transitively. Computed once
/// per process; McMaster's loader would otherwise walk the same graph again for every plugin it loads.
/// </summary>
internal sealed class SharedAssemblyClosure(IOptions<ModulesOptions> options)
{
    private readonly Lazy<IReadOnlyList<AssemblyName>> _names = new(() => Compute(options.Value));

    public IReadOnlyList<AssemblyName> Names => _names.Value;

    private static List<AssemblyName> Compute(ModulesOptions options)
    {
        var pending = new Queue<AssemblyName>(PluginSharedTypes.All.Select(t => t.Assembly.GetName())
            .Concat(options.SharedAssemblies.Select(n => new AssemblyName(n))));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var closure = new List<AssemblyName>();
        while (pending.TryDequeue(out var name))
        {
            if (!seen.Add(name.Name!))
            {
                continue;
            }

            closure.Add(name);
            Assembly assembly;
            try
            {
                assembly = AssemblyLoadContext.Default.LoadFromAssemblyName(name);
            }
            catch (FileNotFoundException)
            {
                // Referenced but not shipped (an optional dependency): a plugin cannot get it from the host either.
                continue;
            }

            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                pending.Enqueue(reference);
            }
        }

        return closure;
    }
}

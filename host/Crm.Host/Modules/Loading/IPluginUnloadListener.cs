using System.Runtime.Loader;

namespace Crm.Host.Modules.Loading;

/// <summary>
/// Told just before a plugin's load context is unloaded, to drop whatever process-wide cache holds types
/// from it (MediatR's handler wrappers, for one). Register implementations in the root container.
/// </summary>
public interface IPluginUnloadListener
{
    /// <summary>Forgets everything cached about types of <paramref name="loadContext"/>.</summary>
    void OnUnloading(AssemblyLoadContext loadContext);
}

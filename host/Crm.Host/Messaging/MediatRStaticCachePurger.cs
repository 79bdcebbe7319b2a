using System.Collections;
using System.Reflection;
using System.Runtime.Loader;
using Crm.Host.Modules.Loading;
using MediatR;
using Microsoft.Extensions.Logging;

namespace Crm.Host.Messaging;

/// <summary>
/// MediatR 5 caches a handler wrapper per message type in static dictionaries of <see cref="Mediator"/>. For a
/// message type defined inside a plugin, that entry would keep the plugin's load context alive forever, so
/// entries whose type comes from the unloading context are removed. (SDK message types are unaffected.)
/// </summary>
internal sealed class MediatRStaticCachePurger(ILogger<MediatRStaticCachePurger> logger) : IPluginUnloadListener
{
    private static readonly string[] CacheFieldNames = ["_requestHandlers", "_notificationHandlers"];

    public void OnUnloading(AssemblyLoadContext loadContext)
    {
        foreach (var name in CacheFieldNames)
        {
            if (typeof(Mediator).GetField(name, BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null) is not IDictionary cache)
            {
                logger.LogWarning("MediatR has no static cache {Field} any more; plugin message types may keep their load context alive. Check MediatR's version.", name);
                continue;
            }

            foreach (var key in cache.Keys.Cast<Type>().Where(t => ComesFrom(t, loadContext)).ToList())
            {
                cache.Remove(key);
            }
        }
    }

    private static bool ComesFrom(Type type, AssemblyLoadContext loadContext) =>
        AssemblyLoadContext.GetLoadContext(type.Assembly) == loadContext
        || (type.IsConstructedGenericType && type.GenericTypeArguments.Any(a => ComesFrom(a, loadContext)));
}

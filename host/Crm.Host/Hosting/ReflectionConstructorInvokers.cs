using System.Reflection;
using Autofac;
using Autofac.Core;
using Autofac.Core.Activators.Reflection;
using Autofac.Util.Cache;

namespace Crm.Host.Hosting;

/// <summary>
/// Gives Autofac a factory for each constructor of a type registered by type that compiles nothing until the
/// constructor is called often (<see cref="ReflectionConstructorFactory"/>), instead of the expression tree Autofac
/// compiles the first time a component is resolved, whether it then runs once (a singleton) or on every request.
/// Each compile JITs a dynamic method, which ReadyToRun cannot ship precompiled: a start compiled 366 of them, over
/// a third of the main thread's CPU before the server listened (docs/benchmarks.md, *Cold start*).
/// </summary>
/// <remarks>
/// Autofac looks the compiled factory up in a cache of its shared <see cref="ReflectionCacheSet"/>, public by
/// name; a factory already there is used as is. Entries for a plugin's types leave that cache with the plugin's
/// load-context scope, as Autofac's own do. The cache name is Autofac's: <c>ReflectionConstructorInvokersTests</c>
/// fails if an Autofac upgrade stops reading it.
/// </remarks>
internal static class ReflectionConstructorInvokers
{
    // The name under which Autofac 9's ConstructorBinder keeps its compiled constructor factories.
    internal const string CacheName = "ConstructorBinderFactory";

    /// <summary>
    /// Seeds the factory of every constructor of each type this builder registers by type. Autofac keeps the hook
    /// in the builder's properties, which child scopes inherit: a module's scope, plugin or not, is covered by the
    /// root's hook and registers none of its own.
    /// </summary>
    public static ContainerBuilder UseReflectionConstructorInvokers(this ContainerBuilder builder)
    {
        var factories = Factories;
        builder.ComponentRegistryBuilder.Registered += (_, registered) =>
        {
            if (registered.ComponentRegistration.Activator is ReflectionActivator { ConstructorFinder: DefaultConstructorFinder } activator)
            {
                Seed(factories, activator.ConstructorFinder.FindConstructors(activator.LimitType));
            }
        };
        return builder;
    }

    internal static ReflectionCacheDictionary<ConstructorInfo, Func<object?[], object>> Factories =>
        ReflectionCacheSet.Shared.GetOrCreateCache<ReflectionCacheDictionary<ConstructorInfo, Func<object?[], object>>>(CacheName);

    private static void Seed(ReflectionCacheDictionary<ConstructorInfo, Func<object?[], object>> factories, ConstructorInfo[] constructors)
    {
        foreach (var constructor in constructors)
        {
            if (!factories.ContainsKey(constructor) && TakesOnlyObjects(constructor))
            {
                factories.TryAdd(constructor, new ReflectionConstructorFactory(constructor).Create);
            }
        }
    }

    // Autofac's own factory converts a primitive argument to the parameter's type (a NamedParameter of 5 for a
    // long); reflection would refuse it. Such constructors, and ref or pointer parameters, keep Autofac's factory.
    private static bool TakesOnlyObjects(ConstructorInfo constructor)
    {
        foreach (var parameter in constructor.GetParameters())
        {
            var type = parameter.ParameterType;
            if (type.IsPrimitive || type.IsByRef || type.IsPointer || type.IsByRefLike)
            {
                return false;
            }
        }

        return !constructor.DeclaringType!.ContainsGenericParameters;
    }
}

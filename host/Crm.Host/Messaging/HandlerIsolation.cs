using Autofac;
using Autofac.Core;
using Autofac.Core.Activators.ProvidedInstance;
using Autofac.Core.Activators.Reflection;
using Autofac.Core.Lifetime;

namespace Crm.Host.Messaging;

/// <summary>
/// Decides, from a module scope's registrations alone, whether a request handler needs a child lifetime scope per
/// message. It does when anything in its dependency graph must not outlive one message or be shared between
/// concurrent ones: a component shared per lifetime scope (a DbContext, a unit of work), a component per matching
/// scope, a transient that is disposable (resolved from the long-lived module scope it would be kept until that
/// scope ends), or anything whose graph cannot be seen (a delegate registration, a scope or service provider
/// injected to resolve later, <c>Func</c>/<c>Lazy</c>/<c>Owned</c>). Singletons end the walk: what they hold is
/// theirs. Unsure means yes, so the fast path is only taken when it is provably the same as a fresh scope.
/// </summary>
internal static class HandlerIsolation
{
    private static readonly Type[] ScopeAccessTypes =
    [
        typeof(ILifetimeScope), typeof(IComponentContext), typeof(IServiceProvider), typeof(Microsoft.Extensions.DependencyInjection.IServiceScopeFactory),
    ];

    private static readonly Type[] DeferredResolutionTypes = [typeof(Func<>), typeof(Lazy<>), typeof(Autofac.Features.OwnedInstances.Owned<>)];

    /// <summary>True when resolving <paramref name="service"/> straight from <paramref name="scope"/> could share or keep something per message.</summary>
    public static bool NeedsMessageScope(ILifetimeScope scope, Type service)
    {
        var visiting = new HashSet<IComponentRegistration>();
        return !scope.ComponentRegistry.TryGetRegistration(new TypedService(service), out var registration)
            || NeedsScope(scope.ComponentRegistry, registration, visiting);
    }

    private static bool NeedsScope(IComponentRegistry registry, IComponentRegistration registration, HashSet<IComponentRegistration> visiting)
    {
        if (registration.Activator is ProvidedInstanceActivator)
        {
            return false;
        }

        var lifetime = registration.Lifetime;
        if (registration.Sharing == InstanceSharing.Shared)
        {
            // Shared in the root (a singleton) is fine; shared per scope is exactly what a message must get fresh.
            return lifetime is not RootScopeLifetime;
        }

        if (lifetime is MatchingScopeLifetime)
        {
            return true;
        }

        var limitType = registration.Activator.LimitType;
        if (registration.Ownership == InstanceOwnership.OwnedByLifetimeScope
            && (typeof(IDisposable).IsAssignableFrom(limitType) || typeof(IAsyncDisposable).IsAssignableFrom(limitType)))
        {
            return true;
        }

        if (registration.Activator is not ReflectionActivator reflection || !visiting.Add(registration))
        {
            // A delegate's dependencies are invisible; a registration already being walked is judged where it started.
            return registration.Activator is not ReflectionActivator;
        }

        foreach (var constructor in reflection.ConstructorFinder.FindConstructors(limitType))
        {
            foreach (var parameter in constructor.GetParameters())
            {
                if (ParameterNeedsScope(registry, parameter, visiting))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool ParameterNeedsScope(IComponentRegistry registry, System.Reflection.ParameterInfo parameter, HashSet<IComponentRegistration> visiting)
    {
        var type = parameter.ParameterType;
        if (ScopeAccessTypes.Contains(type) || (type.IsConstructedGenericType && DeferredResolutionTypes.Contains(type.GetGenericTypeDefinition())))
        {
            return true;
        }

        if (ElementTypeOf(type) is { } element)
        {
            return registry.RegistrationsFor(new TypedService(element)).Any(r => NeedsScope(registry, r, visiting));
        }

        if (registry.TryGetRegistration(new TypedService(type), out var dependency))
        {
            return NeedsScope(registry, dependency, visiting);
        }

        // Unregistered: only an optional parameter resolves at all; anything else fails in either path alike.
        return !parameter.HasDefaultValue;
    }

    // The T of a collection Autofac fills with every registration of T.
    private static Type? ElementTypeOf(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (!type.IsConstructedGenericType)
        {
            return null;
        }

        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>)
            || definition == typeof(IList<>) || definition == typeof(ICollection<>) || definition == typeof(List<>)
            ? type.GenericTypeArguments[0]
            : null;
    }
}

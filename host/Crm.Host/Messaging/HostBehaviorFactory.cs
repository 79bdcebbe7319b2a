using System.Reflection;
using Autofac;

namespace Crm.Host.Messaging;

/// <summary>
/// Creates one host-wide behaviour closed over one request type, resolving its constructor's parameters from
/// the root container. Kept in the shape's <see cref="MessageRouting"/>, so a closed type over a plugin's
/// request leaves with the shape instead of staying in a container cache.
/// </summary>
internal sealed class HostBehaviorFactory(ConstructorInfo constructor)
{
    public static HostBehaviorFactory Create(Type openBehaviorType, Type behaviorService)
    {
        var closed = openBehaviorType.MakeGenericType(behaviorService.GenericTypeArguments);
        var constructor = closed.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        return new HostBehaviorFactory(constructor);
    }

    public object Create(ILifetimeScope root) =>
        constructor.Invoke(constructor.GetParameters().Select(p => root.Resolve(p.ParameterType)).ToArray());
}

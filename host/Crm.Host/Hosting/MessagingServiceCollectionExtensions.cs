using Crm.Host.Messaging;
using Crm.Host.Modules;
using Crm.Host.Modules.Loading;
using MediatR;

namespace Crm.Host.Hosting;

/// <summary>Registers the host's one <see cref="IMediator"/>, which routes messages by the current shape.</summary>
internal static class MessagingServiceCollectionExtensions
{
    public static IServiceCollection AddCrmMessaging(this IServiceCollection services)
    {
        services.AddSingleton<IMediator, ShapeRoutingMediator>();
        services.AddSingleton<IShapeFeatureBuilder, MessageRoutingFeatureBuilder>();
        services.AddCrmRequestBehavior(typeof(RequestTimingBehavior<,>));
        services.AddSingleton<IPluginUnloadListener, MediatRStaticCachePurger>();
        return services;
    }

    /// <summary>
    /// Adds a host-wide MediatR pipeline behaviour (an open generic <c>IPipelineBehavior&lt;,&gt;</c>) around every
    /// request, outermost first in registration order. Use this instead of registering the open generic in the
    /// container: closing it over a plugin's request type inside the root container would keep that plugin's
    /// load context alive forever. Constructor parameters are resolved from the root container.
    /// </summary>
    public static IServiceCollection AddCrmRequestBehavior(this IServiceCollection services, Type openBehaviorType)
    {
        if (!openBehaviorType.IsGenericTypeDefinition || !openBehaviorType.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IPipelineBehavior<,>)))
        {
            throw new ArgumentException($"{openBehaviorType} must be an open generic IPipelineBehavior<,>.", nameof(openBehaviorType));
        }

        services.AddSingleton(new RequestBehaviorType(openBehaviorType));
        return services;
    }
}

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
        services.AddSingleton<HostRequestHandlers>();
        services.AddSingleton<IShapeFeatureBuilder, MessageRoutingFeatureBuilder>();
        services.AddCrmRequestBehavior(typeof(RequestTimingBehavior<,>));
        services.AddSingleton<IPluginUnloadListener, MediatRStaticCachePurger>();
        return services;
    }

    /// <summary>
    /// Adds a host-wide MediatR pipeline behaviour (an open generic <c>IPipelineBehavior&lt;,&gt;</c>) around every
    /// request, outermost first in registration order. Use this instead of registering the open generic in the
    /// container: closing it over a plugin's request type inside the root container would keep that plugin's
    /// load context alive forever. One instance is made per shape and request type (constructor parameters from
    /// the root container), so a behaviour must keep no per-request state, like a singleton.
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

    /// <summary>
    /// Lets the host itself answer an SDK request (<typeparamref name="TRequest"/>) that no module handles, e.g. the
    /// identity store answering <c>GetUsers</c>. A module handling the same request takes precedence. The handler is
    /// resolved from a child scope of the root container per message.
    /// </summary>
    public static IServiceCollection AddCrmHostRequestHandler<TRequest, TResponse, THandler>(this IServiceCollection services)
        where TRequest : IRequest<TResponse>
        where THandler : class, IRequestHandler<TRequest, TResponse>
    {
        services.AddTransient<IRequestHandler<TRequest, TResponse>, THandler>();
        services.AddSingleton(new HostRequestHandlerType(typeof(IRequestHandler<TRequest, TResponse>)));
        return services;
    }
}

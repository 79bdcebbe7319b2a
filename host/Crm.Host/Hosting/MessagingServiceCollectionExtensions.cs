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
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(RequestTimingBehavior<,>));
        services.AddSingleton<IPluginUnloadListener, MediatRStaticCachePurger>();
        return services;
    }
}

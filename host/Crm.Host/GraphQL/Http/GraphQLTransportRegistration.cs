using Crm.Host.GraphQL.GraphiQL;
using Crm.Host.GraphQL.WebSockets;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Crm.Host.GraphQL.Http;

/// <summary>Registers and maps the GraphQL transports: HTTP, WebSocket and the GraphiQL page, all at one path.</summary>
/// <remarks>The JSON serializer (<c>IGraphQLTextSerializer</c>) is the GraphQL engine's, so both write alike.</remarks>
internal static class GraphQLTransportRegistration
{
    public static IServiceCollection AddGraphQLTransport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLHttpOptions>().Bind(configuration.GetSection(GraphQLHttpOptions.SectionName));
        services.AddOptions<GraphQLWebSocketOptions>().Bind(configuration.GetSection(GraphQLWebSocketOptions.SectionName));
        services.TryAddSingleton<IGraphQLConnectionInitHandler, AcceptUpgradeUserConnectionInitHandler>();
        services.AddSingleton<GraphQLOperationLog>();
        services.AddSingleton<GraphQLHttpRequestReader>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.AddSingleton<GraphQLWebSocketEndpoint>();
        services.AddSingleton<GraphiQLPage>();
        return services;
    }

    public static WebApplication MapGraphQLTransport(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value;
        var http = app.Services.GetRequiredService<GraphQLHttpEndpoint>();
        var webSockets = app.Services.GetRequiredService<GraphQLWebSocketEndpoint>();
        var graphiQL = app.Services.GetRequiredService<GraphiQLPage>();

        app.UseWebSockets();
        app.Map(options.Path, context =>
        {
            if (context.WebSockets.IsWebSocketRequest)
            {
                return webSockets.HandleAsync(context);
            }

            if (options.EnableGraphiQL && GraphiQLPage.IsBrowserNavigation(context.Request))
            {
                return graphiQL.WriteAsync(context);
            }

            return http.HandleAsync(context);
        });
        graphiQL.MapAssets(app);
        return app;
    }
}

using Crm.Host.GraphQL.Http;
using GraphQL;
using Microsoft.Extensions.Options;

namespace Crm.Host.GraphQL.WebSockets;

/// <summary>Accepts WebSocket upgrades at the GraphQL path and runs a graphql-transport-ws session on each.</summary>
internal sealed class GraphQLWebSocketEndpoint(
    IGraphQLTextSerializer serializer,
    IGraphQLConnectionInitHandler connectionInit,
    GraphQLOperationLog operationLog,
    IOptions<GraphQLWebSocketOptions> options,
    IOptions<GraphQLHttpOptions> httpOptions,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<GraphQLWebSocketEndpoint> logger)
{
    private readonly GraphQLWsDependencies _dependencies = new(
        serializer, connectionInit, operationLog, options.Value, httpOptions.Value.MaxRequestBytes, time, logger);

    public async Task HandleAsync(HttpContext context)
    {
        var speaksProtocol = context.WebSockets.WebSocketRequestedProtocols.Contains(GraphQLWsProtocol.SubProtocol, StringComparer.Ordinal);
        using var socket = await context.WebSockets.AcceptWebSocketAsync(speaksProtocol ? GraphQLWsProtocol.SubProtocol : null);
        if (!speaksProtocol)
        {
            // What the graphql-ws reference server does: accept, then say why in the close frame.
            await socket.CloseOutputAsync((System.Net.WebSockets.WebSocketCloseStatus)GraphQLWsProtocol.SubprotocolNotAcceptable, "Subprotocol not acceptable", context.RequestAborted);
            return;
        }

        await new GraphQLWebSocketSession(context, socket, _dependencies).RunAsync(context.RequestAborted, lifetime.ApplicationStopping);
    }
}

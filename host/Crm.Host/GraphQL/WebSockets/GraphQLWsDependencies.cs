using Crm.Host.GraphQL.Http;
using GraphQL;

namespace Crm.Host.GraphQL.WebSockets;

/// <summary>The long-lived services every WebSocket session shares.</summary>
internal sealed record GraphQLWsDependencies(
    IGraphQLTextSerializer Serializer,
    IGraphQLConnectionInitHandler ConnectionInit,
    GraphQLOperationLog OperationLog,
    GraphQLWebSocketOptions Options,
    long MaxMessageBytes,
    TimeProvider Time,
    ILogger Logger);

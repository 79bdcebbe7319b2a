namespace Crm.Host.GraphQL.WebSockets;

/// <summary>Settings of the graphql-transport-ws endpoint (configuration section <c>Crm:GraphQL:WebSocket</c>).</summary>
public sealed class GraphQLWebSocketOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Crm:GraphQL:WebSocket";

    /// <summary>How long a client may wait after connecting before it sends <c>connection_init</c> (then 4408).</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long to wait for the client's answer to our close frame before dropping the connection.</summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(2);
}

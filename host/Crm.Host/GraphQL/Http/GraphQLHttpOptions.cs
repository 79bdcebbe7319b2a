namespace Crm.Host.GraphQL.Http;

/// <summary>Settings of the GraphQL HTTP and WebSocket endpoint (configuration section <c>Crm:GraphQL:Http</c>).</summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Crm:GraphQL:Http";

    /// <summary>Where the endpoint listens, for HTTP and for WebSocket upgrades.</summary>
    public string Path { get; set; } = "/graphql";

    /// <summary>
    /// The largest request body (and WebSocket message) accepted, in bytes. Bigger bodies get 413 without being
    /// read to the end, so a client cannot make the server buffer megabytes before it says no.
    /// </summary>
    public long MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>Serve GraphiQL to browsers that open the endpoint (turn off to hide the explorer).</summary>
    public bool EnableGraphiQL { get; set; } = true;
}

using GraphQL.Transport;

namespace Crm.Host.GraphQL.Http;

/// <summary>What reading one HTTP request gave: the GraphQL request, or the reason it was refused.</summary>
internal sealed record GraphQLHttpReadResult(GraphQLRequest? Request, GraphQLTransportError? Error)
{
    public static GraphQLHttpReadResult Ok(GraphQLRequest request) => new(request, null);

    public static GraphQLHttpReadResult Fail(GraphQLTransportError error) => new(null, error);
}

namespace Crm.Host.GraphQL.Http;

/// <summary>Which media type a response is written in; it decides the status codes of GraphQL errors.</summary>
internal enum GraphQLResponseFormat
{
    /// <summary><c>application/json</c>: GraphQL errors of a well-formed request answer 200.</summary>
    Json,

    /// <summary><c>application/graphql-response+json</c>: failures before execution answer 4xx.</summary>
    GraphQLResponse,
}

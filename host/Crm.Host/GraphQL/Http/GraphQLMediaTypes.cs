namespace Crm.Host.GraphQL.Http;

/// <summary>The media types of the GraphQL-over-HTTP specification.</summary>
internal static class GraphQLMediaTypes
{
    /// <summary>The spec's own response type: status codes tell clients what went wrong.</summary>
    public const string GraphQLResponse = "application/graphql-response+json";

    /// <summary>The legacy type: every well-formed request answers 200, errors live only in the body.</summary>
    public const string Json = "application/json";

    /// <summary>The only charset the spec allows.</summary>
    public const string Utf8 = "utf-8";
}

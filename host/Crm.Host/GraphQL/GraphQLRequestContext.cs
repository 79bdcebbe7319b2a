using System.Security.Claims;
using GraphQL;

namespace Crm.Host.GraphQL;

/// <summary>One GraphQL request as a transport received it.</summary>
/// <param name="Query">The document text.</param>
/// <param name="OperationName">The operation to run when the document has several.</param>
/// <param name="Variables">Variable values, already read from the wire format.</param>
/// <param name="Extensions">Request extensions, if any.</param>
/// <param name="User">Who sends the request (anonymous when not signed in).</param>
/// <param name="RequestServices">The request's service provider.</param>
/// <param name="AllowedOperations">The operation types this transport may run (GET allows only queries).</param>
public sealed record GraphQLRequestContext(
    string? Query,
    string? OperationName,
    Inputs? Variables,
    Inputs? Extensions,
    ClaimsPrincipal User,
    IServiceProvider RequestServices,
    AllowedOperations AllowedOperations = AllowedOperations.All);

/// <summary>Which operation types a transport lets through.</summary>
[Flags]
public enum AllowedOperations
{
    /// <summary>Queries.</summary>
    Query = 1,

    /// <summary>Mutations.</summary>
    Mutation = 2,

    /// <summary>Subscriptions (WebSocket only).</summary>
    Subscription = 4,

    /// <summary>Everything: queries, mutations and subscriptions.</summary>
    All = Query | Mutation | Subscription,
}

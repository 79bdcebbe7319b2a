namespace Crm.Host.GraphQL.Http;

/// <summary>
/// A request the transport refuses before the executor sees it, with the HTTP status and the
/// <c>extensions.code</c> the client gets.
/// </summary>
internal sealed record GraphQLTransportError(int StatusCode, string Code, string Message)
{
    /// <summary>The methods to name in an <c>Allow</c> header (405 only).</summary>
    public string? Allow { get; init; }

    public static GraphQLTransportError BadRequest(string code, string message) => new(StatusCodes.Status400BadRequest, code, message);
}

using GraphQL;

namespace Crm.Host.GraphQL;

/// <summary>
/// Runs one GraphQL request against the schema of the application shape current when it starts. The
/// transports (HTTP, WebSocket) parse the wire format and call this; they never touch the schema directly.
/// </summary>
public interface IGraphQLRequestExecutor
{
    /// <summary>
    /// Parses, validates (with the document cache and limits) and executes the request. Syntax and validation
    /// failures come back as an unexecuted result (<see cref="ExecutionResult.Executed"/> false) whose errors
    /// carry <c>extensions.code</c>; a subscription comes back with <see cref="ExecutionResult.Streams"/>.
    /// </summary>
    Task<ExecutionResult> ExecuteAsync(GraphQLRequestContext request, CancellationToken cancellationToken);
}

using System.Collections.Concurrent;
using System.Text;
using Crm.Host.GraphQL.Http;
using GraphQL;
using GraphQL.Transport;

namespace Crm.Host.GraphQL.WebSockets;

/// <summary>
/// What a connection's operations say to the client (<c>next</c>, <c>error</c>, <c>complete</c>) and the
/// bookkeeping when one ends: forget its id, write its log line.
/// </summary>
internal sealed partial class GraphQLWsSessionOutput(
    GraphQLWsOutbox outbox,
    IGraphQLTextSerializer serializer,
    GraphQLOperationLog operationLog,
    TimeProvider time,
    ILogger logger)
{
    private const string Transport = "ws";

    public ConcurrentDictionary<string, GraphQLWsOperation> Operations { get; } = new(StringComparer.Ordinal);

    public void Send(string type, string? id = null, object? payload = null) =>
        outbox.Send(Encoding.UTF8.GetBytes(serializer.Serialize(new OperationMessage { Type = type, Id = id, Payload = payload })));

    public void Next(string id, ExecutionResult result) => Send(GraphQLWsProtocol.Next, id, result);

    /// <summary>Sends <c>error</c> for an operation that never started (syntax, validation, not allowed).</summary>
    public void Rejected(string id, GraphQLWsOperation? operation, ExecutionResult result)
    {
        Send(GraphQLWsProtocol.Error, id, ErrorsOf(result));
        Operations.TryRemove(id, out _);
        operationLog.Completed(Transport, operation?.Request.OperationName, result, "error", time.GetElapsedTime(operation?.StartedTimestamp ?? time.GetTimestamp()));
    }

    public void StreamFailed(GraphQLWsOperation operation, Exception error)
    {
        LogStreamFailed(logger, operation.Id, error);
        var failure = new ExecutionResult();
        failure.AddError(new ExecutionError("The event stream of this subscription failed.") { Code = "STREAM_FAILED" });
        Send(GraphQLWsProtocol.Error, operation.Id, ErrorsOf(failure));
        Forget(operation, "stream failed");
    }

    public void Ended(GraphQLWsOperation operation, bool notifyClient, string outcome)
    {
        if (notifyClient)
        {
            Send(GraphQLWsProtocol.Complete, operation.Id);
        }

        Forget(operation, outcome);
    }

    private void Forget(GraphQLWsOperation operation, string outcome)
    {
        Operations.TryRemove(new KeyValuePair<string, GraphQLWsOperation>(operation.Id, operation));
        operationLog.Completed(Transport, operation.Request.OperationName, operation.InitialResult, outcome, time.GetElapsedTime(operation.StartedTimestamp));
    }

    /// <summary>The <c>errors</c> list of a result, as the protocol's <c>error</c> payload wants it.</summary>
    private static ExecutionErrors ErrorsOf(ExecutionResult result) => result.Errors ?? [];

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "The event stream of WebSocket operation {OperationId} failed")]
    private static partial void LogStreamFailed(ILogger logger, string operationId, Exception error);
}

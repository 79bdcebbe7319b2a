using System.Net.WebSockets;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Crm.Host.Modules;
using GraphQL;
using GraphQL.Transport;

namespace Crm.Host.GraphQL.WebSockets;

/// <summary>
/// One graphql-transport-ws connection: the protocol's state machine (init, ack, ping, subscribe, complete)
/// with its close codes. Operations run concurrently; a toggle that takes away a subscription's field ends it.
/// </summary>
internal sealed partial class GraphQLWebSocketSession(
    HttpContext context,
    WebSocket socket,
    GraphQLWsDependencies dependencies)
{
    private readonly GraphQLWsOutbox _outbox = new(socket);
    private GraphQLWsSessionOutput? _output;
    private ClaimsPrincipal? _user;
    private int _initReceived;

    private GraphQLWsSessionOutput Output => _output ??= new GraphQLWsSessionOutput(
        _outbox, dependencies.Serializer, dependencies.OperationLog, dependencies.Time, dependencies.Logger);

    /// <param name="aborted">The connection dropped: stop at once.</param>
    /// <param name="stopping">The server is shutting down: close with 1001 and let the client answer.</param>
    public async Task RunAsync(CancellationToken aborted, CancellationToken stopping)
    {
        using var session = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        using var onStopping = stopping.Register(() => _outbox.Close((int)WebSocketCloseStatus.EndpointUnavailable, "Server shutting down"));
        var sending = _outbox.RunAsync(session.Token);
        var shapes = context.RequestServices.GetService<IApplicationShapeAccessor>();
        EventHandler<ShapeSwappedEventArgs> onSwap = (_, _) => _ = RecheckSubscriptionsAsync(session.Token);
        shapes?.ShapeSwapped += onSwap;
        try
        {
            _ = CloseUnlessInitializedAsync(session.Token);
            await ReceiveLoopAsync(session.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The client vanished or the server is stopping; the finally block cleans up either way.
        }
        finally
        {
            shapes?.ShapeSwapped -= onSwap;
            foreach (var operation in Output.Operations.Values)
            {
                operation.End(notifyClient: false, "connection closed");
            }

            _outbox.Complete();
            await WaitQuietlyAsync(sending, dependencies.Options.CloseTimeout);
            await session.CancelAsync();
        }
    }

    private async Task ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        var reader = new GraphQLWsMessageReader(socket, dependencies.MaxMessageBytes);

        // Once our close frame is out, keep reading until the client answers it (or CloseTimeout passes):
        // dropping the TCP connection at once would make the client's system discard the close frame unread.
        using var receive = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var closeTimer = _outbox.Closed.Token.Register(() => receive.CancelAfter(dependencies.Options.CloseTimeout));
        while (true)
        {
            var outcome = await reader.ReadAsync(receive.Token);
            if (_outbox.Closed.IsCancellationRequested)
            {
                if (outcome == GraphQLWsMessageReader.Outcome.Closed)
                {
                    return;
                }

                continue;
            }

            switch (outcome)
            {
                case GraphQLWsMessageReader.Outcome.Closed:
                    _outbox.Close((int)WebSocketCloseStatus.NormalClosure, string.Empty);
                    return;
                case GraphQLWsMessageReader.Outcome.TooLarge:
                    _outbox.Close((int)WebSocketCloseStatus.MessageTooBig, $"Messages may be at most {dependencies.MaxMessageBytes} bytes");
                    break;
                case GraphQLWsMessageReader.Outcome.Binary:
                    _outbox.Close(GraphQLWsProtocol.BadRequest, "Messages must be text");
                    break;
                default:
                    await HandleAsync(reader.Message, cancellationToken);
                    break;
            }
        }
    }

    /// <summary>Handles one message; false when it closed the connection.</summary>
    private async Task<bool> HandleAsync(ReadOnlyMemory<byte> text, CancellationToken cancellationToken)
    {
        OperationMessage? message;
        try
        {
            message = dependencies.Serializer.Deserialize<OperationMessage>(Encoding.UTF8.GetString(text.Span));
        }
        catch (JsonException)
        {
            message = null;
        }

        switch (message?.Type)
        {
            case GraphQLWsProtocol.ConnectionInit:
                return await InitializeAsync(message.Payload, cancellationToken);
            case GraphQLWsProtocol.Ping:
                Output.Send(GraphQLWsProtocol.Pong);
                return true;
            case GraphQLWsProtocol.Pong:
                return true;
            case GraphQLWsProtocol.Subscribe:
                return Subscribe(message);
            case GraphQLWsProtocol.Complete when !string.IsNullOrEmpty(message.Id):
                if (Output.Operations.TryGetValue(message.Id, out var operation))
                {
                    operation.End(notifyClient: false, "completed by client");
                }

                return true;
            default:
                return CloseWith(GraphQLWsProtocol.BadRequest, message?.Type is null ? "Invalid message received" : $"Unexpected message type '{message.Type}'");
        }
    }

    private async Task<bool> InitializeAsync(object? payload, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            return CloseWith(GraphQLWsProtocol.TooManyInitialisationRequests, "Too many initialisation requests");
        }

        JsonElement? initPayload = payload is JsonElement element ? element : null;
        if (initPayload is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) })
        {
            return CloseWith(GraphQLWsProtocol.BadRequest, "The connection_init payload must be an object");
        }

        var user = await dependencies.ConnectionInit.InitializeAsync(context, initPayload, cancellationToken);
        if (user is null)
        {
            return CloseWith(GraphQLWsProtocol.Forbidden, "Forbidden");
        }

        Volatile.Write(ref _user, user);
        Output.Send(GraphQLWsProtocol.ConnectionAck);
        return true;
    }

    private bool Subscribe(OperationMessage message)
    {
        var user = Volatile.Read(ref _user);
        if (user is null)
        {
            return CloseWith(GraphQLWsProtocol.Unauthorized, "Unauthorized");
        }

        var request = ReadRequest(message.Payload);
        if (string.IsNullOrEmpty(message.Id) || request is null || string.IsNullOrEmpty(request.Query))
        {
            return CloseWith(GraphQLWsProtocol.BadRequest, "A subscribe message needs an id and a payload with a query");
        }

        var operation = new GraphQLWsOperation(message.Id, request, dependencies.Time.GetTimestamp(), Output);
        if (!Output.Operations.TryAdd(message.Id, operation))
        {
            return CloseWith(GraphQLWsProtocol.SubscriberAlreadyExists, $"Subscriber for {message.Id} already exists");
        }

        // Executing may take a while; keep reading pings and completes meanwhile.
        _ = StartAsync(operation, user, _outbox.Closed.Token);
        return true;
    }

    private async Task StartAsync(GraphQLWsOperation operation, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ExecutionResult result;
        try
        {
            result = await ExecuteAsync(operation.Request, user, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            operation.End(notifyClient: false, "connection closed");
            return;
        }
        catch (Exception ex)
        {
            // The executor turns resolver failures into errors; anything reaching here is a host bug. Tell the
            // client without details, keep the connection.
            LogExecutorFailed(dependencies.Logger, operation.Id, ex);
            result = new ExecutionResult();
            result.AddError(new ExecutionError("The operation failed on the server.") { Code = "INTERNAL_SERVER_ERROR" });
        }

        operation.InitialResult = result;
        if (!result.Executed || (result.Data is null && result.Streams is null))
        {
            Output.Rejected(operation.Id, operation, result);
            return;
        }

        if (result.Streams is { Count: > 0 } streams)
        {
            operation.Attach(streams.Values.First());
            return;
        }

        Output.Next(operation.Id, result);
        operation.End(notifyClient: true, "completed");
    }

    private Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        context.RequestServices.GetRequiredService<IGraphQLRequestExecutor>().ExecuteAsync(
            new GraphQLRequestContext(request.Query, request.OperationName, request.Variables, request.Extensions, user, context.RequestServices, AllowedOperations.All),
            cancellationToken);

    /// <summary>
    /// After a module toggle, runs each live subscription again on the new shape. One that is still valid moves to
    /// the new stream (so the old shape, and a disabled plugin's code, is not kept alive by it); one that is not
    /// (its field was removed) ends with <c>complete</c>, as if its stream had finished. Queries and mutations in
    /// flight are left alone: running them twice would repeat their effects.
    /// </summary>
    private async Task RecheckSubscriptionsAsync(CancellationToken cancellationToken)
    {
        var user = Volatile.Read(ref _user);
        if (user is null)
        {
            return;
        }

        foreach (var operation in Output.Operations.Values.Where(o => o.IsStreaming))
        {
            try
            {
                var result = await ExecuteAsync(operation.Request, user, cancellationToken);
                if (result.Streams is { Count: > 0 } streams)
                {
                    operation.Attach(streams.Values.First());
                }
                else
                {
                    // Typically a validation error naming the removed field: this subscription cannot go on.
                    operation.End(notifyClient: true, "ended: schema changed");
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task CloseUnlessInitializedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(dependencies.Options.ConnectionInitTimeout, dependencies.Time, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (Volatile.Read(ref _user) is null)
        {
            CloseWith(GraphQLWsProtocol.ConnectionInitialisationTimeout, "Connection initialisation timeout");
        }
    }

    private bool CloseWith(int code, string reason)
    {
        _outbox.Close(code, reason);
        return false;
    }

    private GraphQLRequest? ReadRequest(object? payload)
    {
        if (payload is not JsonElement { ValueKind: JsonValueKind.Object } element)
        {
            return null;
        }

        try
        {
            return dependencies.Serializer.ReadNode<GraphQLRequest>(element);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task WaitQuietlyAsync(Task task, TimeSpan timeout)
    {
        try
        {
            await task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            // A client that never reads its socket cannot hold the session open.
        }
    }

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "The executor failed on WebSocket operation {OperationId}")]
    private static partial void LogExecutorFailed(ILogger logger, string operationId, Exception error);
}

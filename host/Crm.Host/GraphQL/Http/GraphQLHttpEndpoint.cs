using System.Globalization;
using Crm.Host.GraphQL.Execution;
using Crm.Sdk.GraphQL;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;

namespace Crm.Host.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP: reads a GET or POST request, hands it to <see cref="IGraphQLRequestExecutor"/> and writes
/// the result with the status code and media type the GraphQL-over-HTTP draft asks for.
/// </summary>
internal sealed partial class GraphQLHttpEndpoint(
    GraphQLHttpRequestReader reader,
    GraphQLResponseSerializer serializer,
    GraphQLOperationLog log,
    TimeProvider time,
    ILogger<GraphQLHttpEndpoint> logger)
{
    private const string Transport = "http";

    public async Task HandleAsync(HttpContext context)
    {
        var started = time.GetTimestamp();
        var request = context.Request;
        var cancellationToken = context.RequestAborted;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            await RefuseAsync(context, GraphQLResponseFormat.Json, MethodNotAllowed("GET, POST", $"{request.Method} is not supported: use POST, or GET for queries."), started);
            return;
        }

        var format = AcceptNegotiation.Choose(request.Headers.Accept);
        if (format is null)
        {
            await RefuseAsync(context, GraphQLResponseFormat.Json, new GraphQLTransportError(
                StatusCodes.Status406NotAcceptable,
                "NOT_ACCEPTABLE",
                $"The response can only be {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json} in UTF-8."), started);
            return;
        }

        var read = isGet ? reader.ReadGet(request) : await reader.ReadPostAsync(request, cancellationToken);
        if (read.Error is not null)
        {
            await RefuseAsync(context, format.Value, read.Error, started);
            return;
        }

        var graphQLRequest = read.Request!;
        var refusal = isGet ? CheckGetOperation(graphQLRequest) : null;
        if (refusal is not null)
        {
            await RefuseAsync(context, format.Value, refusal, started);
            return;
        }

        ExecutionResult result;
        try
        {
            result = await ExecuteAsync(context, graphQLRequest, isGet, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The executor reports resolver failures as errors; an exception here is a host bug. The client gets a
            // GraphQL error without details, the log gets the exception.
            LogExecutorFailed(logger, ex);
            await RefuseAsync(context, format.Value, new GraphQLTransportError(
                StatusCodes.Status500InternalServerError, ErrorCodes.InternalError, "An internal error occurred."), started);
            return;
        }

        if (result.Streams is not null || (!result.Executed && IsSubscription(graphQLRequest)))
        {
            await RefuseAsync(context, format.Value, SubscriptionNeedsWebSocket(), started);
            return;
        }

        var status = GraphQLHttpStatus.For(result, format.Value);
        await WriteAsync(context, format.Value, status, result, cancellationToken);
        log.Completed(Transport, graphQLRequest.OperationName, result, status.ToString(CultureInfo.InvariantCulture), time.GetElapsedTime(started));
    }

    private static Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLRequest request, bool isGet, CancellationToken cancellationToken)
    {
        var executor = context.RequestServices.GetRequiredService<IGraphQLRequestExecutor>();
        var allowed = isGet ? AllowedOperations.Query : AllowedOperations.Query | AllowedOperations.Mutation;
        return executor.ExecuteAsync(
            new GraphQLRequestContext(request.Query, request.OperationName, request.Variables, request.Extensions, context.User, context.RequestServices, allowed),
            cancellationToken);
    }

    private static GraphQLTransportError? CheckGetOperation(GraphQLRequest request) =>
        GraphQLOperationTypeCheck.Find(request.Query!, request.OperationName) switch
        {
            OperationType.Mutation => new GraphQLTransportError(StatusCodes.Status405MethodNotAllowed, ErrorCodes.OperationNotAllowed, "Mutations cannot be sent with GET: use POST.") { Allow = "POST" },
            OperationType.Subscription => SubscriptionNeedsWebSocket(),
            _ => null,
        };

    // Checked only after the executor refused a POST (the rare path), so normal requests are parsed once.
    private static bool IsSubscription(GraphQLRequest request) =>
        GraphQLOperationTypeCheck.Find(request.Query!, request.OperationName) == OperationType.Subscription;

    private static GraphQLTransportError MethodNotAllowed(string allow, string message) =>
        new(StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED", message) { Allow = allow };

    private static GraphQLTransportError SubscriptionNeedsWebSocket() => GraphQLTransportError.BadRequest(
        "SUBSCRIPTION_NEEDS_WEBSOCKET", "Subscriptions run over WebSocket (graphql-transport-ws) at this address, not over HTTP.");

    private async Task RefuseAsync(HttpContext context, GraphQLResponseFormat format, GraphQLTransportError error, long started)
    {
        if (error.Allow is not null)
        {
            context.Response.Headers.Allow = error.Allow;
        }

        var result = new ExecutionResult { Executed = false };
        result.AddError(new ExecutionError(error.Message) { Code = error.Code });
        await WriteAsync(context, format, error.StatusCode, result, context.RequestAborted);
        log.Refused(Transport, error, time.GetElapsedTime(started));
    }

    private async Task WriteAsync(HttpContext context, GraphQLResponseFormat format, int status, ExecutionResult result, CancellationToken cancellationToken)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = format == GraphQLResponseFormat.GraphQLResponse
            ? GraphQLMediaTypes.GraphQLResponse + "; charset=utf-8"
            : GraphQLMediaTypes.Json + "; charset=utf-8";
        // Straight into the response's pooled pipe, flushed once: the result is complete in memory already.
        serializer.Write(response.BodyWriter, result);
        await response.BodyWriter.FlushAsync(cancellationToken);
    }

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "The GraphQL executor failed on an HTTP request")]
    private static partial void LogExecutorFailed(ILogger logger, Exception error);
}

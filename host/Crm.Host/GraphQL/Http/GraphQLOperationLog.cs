using System.Globalization;
using GraphQL;

namespace Crm.Host.GraphQL.Http;

/// <summary>
/// Writes the one structured log line per GraphQL operation (HTTP request or WebSocket subscribe): its name,
/// type, transport, outcome (HTTP status, or how a WebSocket operation ended), duration and error codes, so operators can filter and aggregate by any of them.
/// </summary>
internal sealed partial class GraphQLOperationLog(ILogger<GraphQLOperationLog> logger)
{
    public void Completed(string transport, string? requestedName, ExecutionResult? result, string outcome, TimeSpan elapsed)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return;
        }

        var operation = result?.Operation;
        var name = operation?.Name?.StringValue ?? requestedName ?? "(anonymous)";
        var type = operation?.Operation.ToString().ToLowerInvariant() ?? "unknown";
        var codes = result?.Errors is { Count: > 0 } errors
            ? string.Join(',', errors.Select(e => e.Code ?? "ERROR").Distinct(StringComparer.Ordinal))
            : string.Empty;
        LogOperation(logger, transport, type, name, outcome, elapsed.TotalMilliseconds, codes);
    }

    public void Refused(string transport, GraphQLTransportError error, TimeSpan elapsed) =>
        LogOperation(logger, transport, "unknown", "(refused)", error.StatusCode.ToString(CultureInfo.InvariantCulture), elapsed.TotalMilliseconds, error.Code);

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "GraphQL {Transport} {OperationType} {OperationName}: {Outcome} in {ElapsedMs:0.###} ms, error codes [{ErrorCodes}]")]
    private static partial void LogOperation(ILogger logger, string transport, string operationType, string operationName, string outcome, double elapsedMs, string errorCodes);
}

using GraphQL;
using GraphQL.Transport;

namespace Crm.Host.GraphQL.WebSockets;

/// <summary>
/// One operation a client started with <c>subscribe</c>: relays its event stream as <c>next</c> messages and
/// ends with <c>complete</c> (or <c>error</c>). Ending is idempotent: whichever of the client, the stream or a
/// shape swap ends it first wins, and the stream's subscription is disposed exactly once.
/// </summary>
internal sealed class GraphQLWsOperation(string id, GraphQLRequest request, long startedTimestamp, GraphQLWsSessionOutput output)
    : IObserver<ExecutionResult>
{
    private readonly Lock _gate = new();
    private IDisposable? _source;
    private bool _ended;

    public string Id { get; } = id;

    public GraphQLRequest Request { get; } = request;

    public long StartedTimestamp { get; } = startedTimestamp;

    /// <summary>The first result (for the operation log: its name, type and error codes).</summary>
    public ExecutionResult? InitialResult { get; set; }

    /// <summary>Attaches the stream; disposes it at once if the operation already ended meanwhile.</summary>
    public void Attach(IObservable<ExecutionResult> stream)
    {
        var subscription = stream.Subscribe(this);
        lock (_gate)
        {
            if (!_ended)
            {
                _source = subscription;
                return;
            }
        }

        subscription.Dispose();
    }

    public void OnNext(ExecutionResult value)
    {
        lock (_gate)
        {
            if (_ended)
            {
                return;
            }
        }

        output.Next(Id, value);
    }

    public void OnError(Exception error)
    {
        if (TryEnd())
        {
            output.StreamFailed(this, error);
        }
    }

    public void OnCompleted() => End(notifyClient: true, "completed");

    /// <summary>Stops the stream; tells the client with <c>complete</c> unless the client asked for the end.</summary>
    public void End(bool notifyClient, string outcome)
    {
        if (TryEnd())
        {
            output.Ended(this, notifyClient, outcome);
        }
    }

    private bool TryEnd()
    {
        IDisposable? source;
        lock (_gate)
        {
            if (_ended)
            {
                return false;
            }

            _ended = true;
            source = _source;
            _source = null;
        }

        source?.Dispose();
        return true;
    }
}

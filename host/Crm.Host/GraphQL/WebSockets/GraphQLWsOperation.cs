using GraphQL;
using GraphQL.Transport;

namespace Crm.Host.GraphQL.WebSockets;

/// <summary>
/// One operation a client started with <c>subscribe</c>: relays its event stream as <c>next</c> messages and
/// ends with <c>complete</c> (or <c>error</c>). Ending is idempotent: whichever of the client, the stream or a
/// shape swap ends it first wins, and the stream's subscription is disposed exactly once.
/// </summary>
internal sealed class GraphQLWsOperation(string id, GraphQLRequest request, long startedTimestamp, GraphQLWsSessionOutput output)
{
    private readonly Lock _gate = new();
    private readonly GraphQLWsSessionOutput _output = output;
    private IDisposable? _source;
    private int _generation;
    private bool _ended;

    public string Id { get; } = id;

    public GraphQLRequest Request { get; } = request;

    public long StartedTimestamp { get; } = startedTimestamp;

    /// <summary>The first result (for the operation log: its name, type and error codes).</summary>
    public ExecutionResult? InitialResult { get; set; }

    /// <summary>True once a subscription's event stream is attached (queries and mutations never have one).</summary>
    public bool IsStreaming
    {
        get
        {
            lock (_gate)
            {
                return _source is not null;
            }
        }
    }

    /// <summary>
    /// Attaches the stream, or moves the operation to a new one (the same subscription on a new application
    /// shape): the new stream is subscribed before the old one is released, so no event falls in between, and the
    /// old shape's lease goes with the old stream. Events and ends of a replaced stream are ignored. Disposes the
    /// new stream at once if the operation already ended.
    /// </summary>
    public void Attach(IObservable<ExecutionResult> stream)
    {
        int generation;
        lock (_gate)
        {
            generation = ++_generation;
        }

        var subscription = stream.Subscribe(new StreamObserver(this, generation));
        IDisposable? release = subscription;
        lock (_gate)
        {
            if (!_ended && generation == _generation)
            {
                release = _source;
                _source = subscription;
            }
        }

        release?.Dispose();
    }

    /// <summary>Stops the stream; tells the client with <c>complete</c> unless the client asked for the end.</summary>
    public void End(bool notifyClient, string outcome)
    {
        if (TryEnd(generation: null))
        {
            _output.Ended(this, notifyClient, outcome);
        }
    }

    private bool IsCurrent(int generation)
    {
        lock (_gate)
        {
            return !_ended && generation == _generation;
        }
    }

    private bool TryEnd(int? generation)
    {
        IDisposable? source;
        lock (_gate)
        {
            if (_ended || (generation is { } g && g != _generation))
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

    /// <summary>Forwards one attached stream's events while that stream is the operation's current one.</summary>
    private sealed class StreamObserver(GraphQLWsOperation operation, int generation) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value)
        {
            if (operation.IsCurrent(generation))
            {
                operation._output.Next(operation.Id, value);
            }
        }

        public void OnError(Exception error)
        {
            if (operation.TryEnd(generation))
            {
                operation._output.StreamFailed(operation, error);
            }
        }

        public void OnCompleted()
        {
            if (operation.TryEnd(generation))
            {
                operation._output.Ended(operation, notifyClient: true, "completed");
            }
        }
    }
}

using System.Net.WebSockets;
using System.Threading.Channels;

namespace Crm.Host.GraphQL.WebSockets;

/// <summary>
/// The one writer of a WebSocket: a socket allows a single send at a time, while results of many subscriptions,
/// pongs and close frames come from different threads. Everything queues here and one loop sends it in order.
/// </summary>
internal sealed class GraphQLWsOutbox(WebSocket socket)
{
    private readonly Channel<Outgoing> _queue = Channel.CreateUnbounded<Outgoing>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Cancelled once a close frame has been sent: nothing more can go out.</summary>
    public CancellationTokenSource Closed { get; } = new();

    public void Send(ReadOnlyMemory<byte> text) => _queue.Writer.TryWrite(new Outgoing(text, null, null));

    /// <summary>Queues a close frame; later messages are dropped. Only the first close counts.</summary>
    public void Close(int code, string reason)
    {
        _queue.Writer.TryWrite(new Outgoing(default, (WebSocketCloseStatus)code, reason));
        _queue.Writer.TryComplete();
    }

    public void Complete() => _queue.Writer.TryComplete();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var message in _queue.Reader.ReadAllAsync(cancellationToken))
            {
                if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
                {
                    return;
                }

                if (message.CloseStatus is { } status)
                {
                    await socket.CloseOutputAsync(status, message.CloseReason, cancellationToken);
                    await Closed.CancelAsync();
                    return;
                }

                await socket.SendAsync(message.Text, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The peer went away or the session ended; nothing left to deliver to.
        }
    }

    private readonly record struct Outgoing(ReadOnlyMemory<byte> Text, WebSocketCloseStatus? CloseStatus, string? CloseReason);
}

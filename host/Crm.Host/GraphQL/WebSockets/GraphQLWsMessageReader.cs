using System.Buffers;
using System.Net.WebSockets;

namespace Crm.Host.GraphQL.WebSockets;

/// <summary>Reads whole text messages from a WebSocket, refusing any larger than a byte limit.</summary>
internal sealed class GraphQLWsMessageReader(WebSocket socket, long limit)
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);

    public enum Outcome
    {
        Message,
        Closed,
        TooLarge,
        Binary,
    }

    /// <summary>The last message read, valid until the next call.</summary>
    public ReadOnlyMemory<byte> Message => _buffer.WrittenMemory;

    public async Task<Outcome> ReadAsync(CancellationToken cancellationToken)
    {
        _buffer.ResetWrittenCount();
        while (true)
        {
            var memory = _buffer.GetMemory(4096);
            var received = await socket.ReceiveAsync(memory, cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return Outcome.Closed;
            }

            _buffer.Advance(received.Count);
            if (_buffer.WrittenCount > limit)
            {
                return Outcome.TooLarge;
            }

            if (received.EndOfMessage)
            {
                return received.MessageType == WebSocketMessageType.Binary ? Outcome.Binary : Outcome.Message;
            }
        }
    }
}

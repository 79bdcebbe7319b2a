using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace Crm.Host.Tests.WebSockets;

/// <summary>A raw graphql-transport-ws client over <see cref="ClientWebSocket"/>, to test the protocol frame by frame.</summary>
public sealed class GraphQLWsTestClient : IAsyncDisposable
{
    private static readonly TimeSpan ReceiveTimeout = TimeSpan.FromSeconds(10);
    private readonly ClientWebSocket _socket = new();
    private readonly Channel<JsonObject> _incoming = Channel.CreateUnbounded<JsonObject>();
    private Task _reading = Task.CompletedTask;

    public WebSocket Socket => _socket;

    public static async Task<GraphQLWsTestClient> ConnectAsync(Uri httpBase, string? subProtocol = "graphql-transport-ws")
    {
        var client = new GraphQLWsTestClient();
        if (subProtocol is not null)
        {
            client._socket.Options.AddSubProtocol(subProtocol);
        }

        var uri = new UriBuilder(new Uri(httpBase, "graphql")) { Scheme = "ws" }.Uri;
        await client._socket.ConnectAsync(uri, CancellationToken.None);
        client._reading = client.ReadLoopAsync();
        return client;
    }

    /// <summary>Connects, sends connection_init and waits for connection_ack.</summary>
    public static async Task<GraphQLWsTestClient> ConnectAndInitAsync(Uri httpBase)
    {
        var client = await ConnectAsync(httpBase);
        await client.SendAsync(new { type = "connection_init" });
        var ack = await client.ReceiveAsync();
        Assert.Equal("connection_ack", ack["type"]!.GetValue<string>());
        return client;
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public Task SendTextAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    /// <summary>The next message; fails the test if the server closes or stays silent instead.</summary>
    public async Task<JsonObject> ReceiveAsync()
    {
        var message = await TryReceiveAsync(ReceiveTimeout);
        return message ?? throw new InvalidOperationException($"No message: closed with {_socket.CloseStatus} {_socket.CloseStatusDescription}, or silent for {ReceiveTimeout}.");
    }

    /// <summary>The close code the server ends the connection with (after any messages, which are skipped).</summary>
    public async Task<int> ReceiveCloseAsync()
    {
        using var timeout = new CancellationTokenSource(ReceiveTimeout);
        while (await _incoming.Reader.WaitToReadAsync(timeout.Token))
        {
            _incoming.Reader.TryRead(out _);
        }

        return (int)_socket.CloseStatus!.Value;
    }

    /// <summary>The next message, or null when none came within <paramref name="timeout"/> or the server closed.</summary>
    public async Task<JsonObject?> TryReceiveAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            return await _incoming.Reader.WaitToReadAsync(cancellation.Token) && _incoming.Reader.TryRead(out var message) ? message : null;
        }
        catch (OperationCanceledException)
        {
            // Waiting on the queue, not the socket, so giving up leaves the connection intact.
            return null;
        }
    }

    /// <summary>Reads the socket in the background, so a test can wait with a timeout without aborting it.</summary>
    private async Task ReadLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        using var text = new MemoryStream();
        try
        {
            while (true)
            {
                var received = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    if (_socket.State == WebSocketState.CloseReceived)
                    {
                        await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    }

                    return;
                }

                text.Write(buffer, 0, received.Count);
                if (received.EndOfMessage)
                {
                    _incoming.Writer.TryWrite(JsonNode.Parse(text.ToArray())!.AsObject());
                    text.SetLength(0);
                }
            }
        }
        catch (WebSocketException)
        {
            // The connection dropped; readers see the end of the queue.
        }
        finally
        {
            _incoming.Writer.TryComplete();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }

            await _reading.WaitAsync(TimeSpan.FromSeconds(2));
        }
        catch (Exception ex) when (ex is WebSocketException or TimeoutException)
        {
            // The server may already be gone at the end of a test.
        }

        _socket.Abort();
        await _reading;
        _socket.Dispose();
    }
}

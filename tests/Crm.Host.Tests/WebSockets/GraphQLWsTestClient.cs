using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Crm.Host.Tests.WebSockets;

/// <summary>A raw graphql-transport-ws client over <see cref="ClientWebSocket"/>, to test the protocol frame by frame.</summary>
public sealed class GraphQLWsTestClient : IAsyncDisposable
{
    private static readonly TimeSpan ReceiveTimeout = TimeSpan.FromSeconds(10);
    private readonly ClientWebSocket _socket = new();

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
        return message ?? throw new InvalidOperationException($"The server closed the connection: {_socket.CloseStatus} {_socket.CloseStatusDescription}");
    }

    /// <summary>The close code the server ends the connection with (after any messages, which are skipped).</summary>
    public async Task<int> ReceiveCloseAsync()
    {
        while (await TryReceiveAsync(ReceiveTimeout) is not null)
        {
        }

        return (int)_socket.CloseStatus!.Value;
    }

    /// <summary>Null when the server closed; throws on timeout.</summary>
    public async Task<JsonObject?> TryReceiveAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        var buffer = new byte[64 * 1024];
        using var text = new MemoryStream();
        while (true)
        {
            var received = await _socket.ReceiveAsync(buffer, cancellation.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            text.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                return JsonNode.Parse(text.ToArray())!.AsObject();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, new CancellationTokenSource(TimeSpan.FromSeconds(2)).Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                // The server may already be gone at the end of a test.
            }
        }

        _socket.Dispose();
    }
}

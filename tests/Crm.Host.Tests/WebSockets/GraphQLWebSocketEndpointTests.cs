using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Host.GraphQL.WebSockets;
using Crm.Host.Tests.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Host.Tests.WebSockets;

/// <summary>graphql-transport-ws against the real host on Kestrel: every message type and close code.</summary>
public sealed class GraphQLWebSocketEndpointTests(GreetingsHostFixture fixture) : IClassFixture<GreetingsHostFixture>
{
    private Uri BaseAddress => fixture.Host.BaseAddress;

    [Fact]
    public async Task Init_is_acknowledged_and_ping_gets_pong()
    {
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(BaseAddress);

        await client.SendAsync(new { type = "ping" });

        Assert.Equal("pong", (await client.ReceiveAsync())["type"]!.GetValue<string>());
        Assert.Equal("graphql-transport-ws", client.Socket.SubProtocol);
    }

    [Fact]
    public async Task Subscription_delivers_events_until_the_client_completes_it()
    {
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(BaseAddress);
        await client.SubscribeAsync("s1", "subscription { greetingChanged }");

        var (sent, next) = await PublishUntilReceivedAsync(fixture.Host, client, "Добрый день");

        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.Equal("s1", next["id"]!.GetValue<string>());
        Assert.Contains(next["payload"]!["data"]!["greetingChanged"]!.GetValue<string>(), sent);

        await client.SendAsync(new { id = "s1", type = "complete" });
        await client.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await client.ReceiveAsync())["type"]!.GetValue<string>());

        // Once completed, a new greeting reaches nobody: the next message after it is the pong of a new ping.
        await SetGreetingAsync(fixture.Host, "after complete");
        await client.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await client.ReceiveAsync())["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_stream_the_server_ends_sends_complete()
    {
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(BaseAddress);

        await client.SubscribeAsync("c", "subscription($n: Int!) { countdown(from: $n) }", new { n = 3 });

        var values = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            values.Add((await client.ReceiveAsync())["payload"]!["data"]!["countdown"]!.GetValue<int>());
        }

        Assert.Equal([3, 2, 1], values);
        var complete = await client.ReceiveAsync();
        Assert.Equal("complete", complete["type"]!.GetValue<string>());
        Assert.Equal("c", complete["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Queries_and_mutations_answer_next_then_complete()
    {
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(BaseAddress);

        await client.SubscribeAsync("m", "mutation { setGreeting(text: \"over ws\") }");

        var next = await client.ReceiveAsync();
        Assert.Equal("over ws", next["payload"]!["data"]!["setGreeting"]!.GetValue<string>());
        Assert.Equal("complete", (await client.ReceiveAsync())["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_invalid_operation_gets_an_error_message_with_the_errors_and_the_connection_stays()
    {
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(BaseAddress);

        await client.SubscribeAsync("bad", "subscription { noSuchField }");

        var error = await client.ReceiveAsync();
        Assert.Equal("error", error["type"]!.GetValue<string>());
        Assert.Equal("bad", error["id"]!.GetValue<string>());
        Assert.Contains("noSuchField", error["payload"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);

        await client.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await client.ReceiveAsync())["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Subscribe_before_init_closes_4401()
    {
        await using var client = await GraphQLWsTestClient.ConnectAsync(BaseAddress);

        await client.SubscribeAsync("early", "subscription { greetingChanged }");

        Assert.Equal(4401, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_second_init_closes_4429()
    {
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(BaseAddress);

        await client.SendAsync(new { type = "connection_init" });

        Assert.Equal(4429, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_duplicate_operation_id_closes_4409()
    {
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(BaseAddress);
        await client.SubscribeAsync("same", "subscription { greetingChanged }");

        await client.SubscribeAsync("same", "subscription { greetingChanged }");

        Assert.Equal(4409, await client.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"type\":\"unknown\"}")]
    [InlineData("{\"id\":\"x\",\"type\":\"subscribe\",\"payload\":{}}")]
    [InlineData("{\"id\":\"x\",\"type\":\"subscribe\"}")]
    public async Task An_invalid_message_closes_4400(string message)
    {
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(BaseAddress);

        await client.SendTextAsync(message);

        Assert.Equal(4400, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_client_without_the_subprotocol_is_closed_4406()
    {
        await using var client = await GraphQLWsTestClient.ConnectAsync(BaseAddress, subProtocol: null);

        Assert.Equal(4406, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task No_init_within_the_timeout_closes_4408()
    {
        await using var host = await GreetingsHostFixture.StartHostAsync(
            new Dictionary<string, string> { ["Crm:GraphQL:WebSocket:ConnectionInitTimeout"] = "00:00:00.200" });
        await using var client = await GraphQLWsTestClient.ConnectAsync(host.BaseAddress);

        Assert.Equal(4408, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_refused_init_closes_4403()
    {
        await using var host = await CrmTestHost.StartAsync(
            ["Greetings"],
            builder => builder.Services.AddSingleton<IGraphQLConnectionInitHandler, TokenInPayloadInitHandler>());
        await using var client = await GraphQLWsTestClient.ConnectAsync(host.BaseAddress);

        await client.SendAsync(new { type = "connection_init", payload = new { token = "wrong" } });

        Assert.Equal(4403, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Disabling_the_module_completes_its_subscriptions_and_enabling_brings_the_field_back()
    {
        await using var host = await GreetingsHostFixture.StartHostAsync();
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(host.BaseAddress);
        await client.SubscribeAsync("watch", "subscription { greetingChanged }");
        await PublishUntilReceivedAsync(host, client, "before the toggle");

        await host.DisableModuleAsync(GreetingsHostFixture.ModuleId);

        var complete = await ReceiveSkippingNextAsync(client);
        Assert.Equal("complete", complete["type"]!.GetValue<string>());
        Assert.Equal("watch", complete["id"]!.GetValue<string>());

        await client.SubscribeAsync("again", "subscription { greetingChanged }");
        var refused = await client.ReceiveAsync();
        Assert.Equal("error", refused["type"]!.GetValue<string>());

        await host.EnableModuleAsync(GreetingsHostFixture.ModuleId);
        await client.SubscribeAsync("back", "subscription { greetingChanged }");
        var (_, next) = await PublishUntilReceivedAsync(host, client, "after the toggle");
        Assert.Equal("back", next["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_subscription_whose_field_stays_survives_another_module_s_toggle()
    {
        await using var host = await CrmTestHost.StartAsync(["Greetings", "Alpha"]);
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(host.BaseAddress);
        await client.SubscribeAsync("watch", "subscription { greetingChanged }");
        await PublishUntilReceivedAsync(host, client, "before the toggle");

        await host.DisableModuleAsync("test.alpha");

        var (_, next) = await PublishUntilReceivedAsync(host, client, "after the toggle");
        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.Equal("watch", next["id"]!.GetValue<string>());
        Assert.StartsWith("after the toggle", next["payload"]!["data"]!["greetingChanged"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stopping_the_server_closes_connections_with_1001()
    {
        var host = await GreetingsHostFixture.StartHostAsync();
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(host.BaseAddress);

        var stopping = host.DisposeAsync();

        Assert.Equal(1001, await client.ReceiveCloseAsync());
        await stopping;
    }

    [Fact]
    public async Task A_message_over_the_size_limit_closes_1009()
    {
        await using var host = await GreetingsHostFixture.StartHostAsync(
            new Dictionary<string, string> { ["Crm:GraphQL:Http:MaxRequestBytes"] = "1024" });
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(host.BaseAddress);

        await client.SubscribeAsync("big", "{ hello(name: \"" + new string('x', 4096) + "\") }");

        Assert.Equal(1009, await client.ReceiveCloseAsync());
    }

    /// <summary>
    /// Sets new greetings over HTTP until the subscription delivers one: the protocol has no "subscribed"
    /// acknowledgement, so the first mutations may land before the subscription is attached.
    /// </summary>
    private static async Task<(List<string> Sent, JsonObject Next)> PublishUntilReceivedAsync(CrmTestHost host, GraphQLWsTestClient client, string text)
    {
        var sent = new List<string>();
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var greeting = $"{text} #{attempt}";
            sent.Add(greeting);
            await SetGreetingAsync(host, greeting);
            if (await client.TryReceiveAsync(TimeSpan.FromMilliseconds(200)) is { } message)
            {
                return (sent, message);
            }
        }

        throw new TimeoutException("The subscription never delivered an event.");
    }

    private static async Task<JsonObject> ReceiveSkippingNextAsync(GraphQLWsTestClient client)
    {
        while (true)
        {
            var message = await client.ReceiveAsync();
            if (message["type"]!.GetValue<string>() != "next")
            {
                return message;
            }
        }
    }

    private static async Task SetGreetingAsync(CrmTestHost host, string text)
    {
        using var http = host.CreateClient();
        var response = await new GraphQLHttpClient(http).PostJsonAsync(new { query = "mutation($t: String!) { setGreeting(text: $t) }", variables = new { t = text } });
        Assert.Equal(200, response.Status);
    }

    /// <summary>Accepts only connections whose init payload carries the right token.</summary>
    private sealed class TokenInPayloadInitHandler : IGraphQLConnectionInitHandler
    {
        public ValueTask<ClaimsPrincipal?> InitializeAsync(Microsoft.AspNetCore.Http.HttpContext upgrade, JsonElement? payload, CancellationToken cancellationToken) =>
            ValueTask.FromResult(payload?.TryGetProperty("token", out var token) == true && token.GetString() == "right" ? new ClaimsPrincipal() : null);
    }
}

using System.Security.Claims;
using System.Text.Json;
using Crm.Host.GraphQL.WebSockets;
using Crm.Host.Modules;
using Crm.Host.Tests.Http;
using Crm.Host.Tests.Http.Toy;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Host.Tests.WebSockets;

/// <summary>graphql-transport-ws against the real host on Kestrel: every message type and close code.</summary>
public sealed class GraphQLWebSocketEndpointTests(ToyHostFixture fixture) : IClassFixture<ToyHostFixture>
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
        var observersBefore = fixture.Greetings.Changes.ObserverCount;
        await client.SubscribeAsync("s1", "subscription { greetingChanged }");
        await WaitUntilAsync(() => fixture.Greetings.Changes.ObserverCount == observersBefore + 1);

        fixture.Greetings.Set("Добрый день");
        var next = await client.ReceiveAsync();

        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.Equal("s1", next["id"]!.GetValue<string>());
        Assert.Equal("Добрый день", next["payload"]!["data"]!["greetingChanged"]!.GetValue<string>());

        await client.SendAsync(new { id = "s1", type = "complete" });
        await WaitUntilAsync(() => fixture.Greetings.Changes.ObserverCount == observersBefore);
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
        await using var host = await CrmTestHost.StartAsync(
            ToyGraphQL.Register,
            new Dictionary<string, string> { ["Crm:GraphQL:WebSocket:ConnectionInitTimeout"] = "00:00:00.200" });
        await using var client = await GraphQLWsTestClient.ConnectAsync(host.BaseAddress);

        Assert.Equal(4408, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_refused_init_closes_4403()
    {
        await using var host = await CrmTestHost.StartAsync(builder =>
        {
            ToyGraphQL.Register(builder);
            builder.Services.AddSingleton<IGraphQLConnectionInitHandler, TokenInPayloadInitHandler>();
        });
        await using var client = await GraphQLWsTestClient.ConnectAsync(host.BaseAddress);

        await client.SendAsync(new { type = "connection_init", payload = new { token = "wrong" } });

        Assert.Equal(4403, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_toggle_that_removes_the_subscription_field_completes_the_subscription()
    {
        var greetings = new ToyGreetings();
        var shapes = new TestShapeAccessor(new ToySchema(greetings));
        await using var host = await CrmTestHost.StartAsync(builder =>
        {
            ToyGraphQL.Register(builder);
            builder.Services.AddSingleton<IApplicationShapeAccessor>(shapes);
        });
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(host.BaseAddress);
        await client.SubscribeAsync("watch", "subscription { greetingChanged }");
        await WaitUntilAsync(() => greetings.Changes.ObserverCount == 1);

        shapes.Swap(new ToySchema(greetings, withSubscriptions: false));

        var complete = await client.ReceiveAsync();
        Assert.Equal("complete", complete["type"]!.GetValue<string>());
        Assert.Equal("watch", complete["id"]!.GetValue<string>());
        await WaitUntilAsync(() => greetings.Changes.ObserverCount == 0);
    }

    [Fact]
    public async Task Stopping_the_server_closes_connections_with_1001()
    {
        var host = await CrmTestHost.StartAsync(ToyGraphQL.Register);
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(host.BaseAddress);

        var stopping = host.DisposeAsync();

        Assert.Equal(1001, await client.ReceiveCloseAsync());
        await stopping;
    }

    [Fact]
    public async Task A_message_over_the_size_limit_closes_1009()
    {
        await using var host = await CrmTestHost.StartAsync(
            ToyGraphQL.Register,
            new Dictionary<string, string> { ["Crm:GraphQL:Http:MaxRequestBytes"] = "1024" });
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(host.BaseAddress);

        await client.SubscribeAsync("big", "{ hello(name: \"" + new string('x', 4096) + "\") }");

        Assert.Equal(1009, await client.ReceiveCloseAsync());
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    /// <summary>Accepts only connections whose init payload carries the right token.</summary>
    private sealed class TokenInPayloadInitHandler : IGraphQLConnectionInitHandler
    {
        public ValueTask<ClaimsPrincipal?> InitializeAsync(Microsoft.AspNetCore.Http.HttpContext upgrade, JsonElement? payload, CancellationToken cancellationToken) =>
            ValueTask.FromResult(payload?.TryGetProperty("token", out var token) == true && token.GetString() == "right" ? new ClaimsPrincipal() : null);
    }
}

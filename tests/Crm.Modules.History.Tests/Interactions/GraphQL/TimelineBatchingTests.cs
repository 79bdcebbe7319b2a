using System.Text.Json.Nodes;
using Crm.Host.Tests.Http;
using Crm.Modules.History.Tests.Support;

namespace Crm.Modules.History.Tests.Interactions.GraphQL;

/// <summary>
/// <c>customers { timeline(first:) }</c> on the real host over HTTP: the first pages of every customer of a list come
/// from one SQL statement, so 50 customers cost the statements 5 do; a page after a cursor still pages one customer.
/// Statements are counted from EF Core's own command log, as an operator would see them.
/// </summary>
public sealed class TimelineBatchingTests : IAsyncLifetime
{
    private CrmTestHost _host = null!;
    private HttpClient _http = null!;
    private GraphQLHttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await CrmTestHost.StartAsync(settings: StatementLog.Settings);
        _http = _host.CreateClient();
        _client = new GraphQLHttpClient(_http);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task A_page_of_50_customers_with_timelines_costs_the_statements_of_5()
    {
        var ids = new List<string>();
        for (var n = 0; n < 50; n++)
        {
            ids.Add(await CreateAsync($"Client {n:D2}", $"+7 495 100 00 {n:D2}"));
        }

        // Six entries for the first customer (one more than a page), two for the second, none for the rest.
        for (var day = 1; day <= 6; day++)
        {
            await RecordAsync(ids[0], $"Call {day}", day);
        }

        await RecordAsync(ids[1], "Visit 1", 1);
        await RecordAsync(ids[1], "Visit 2", 2);

        var (five, fiveStatements, fiveTimelineStatements) = await CountedAsync(5);
        var (fifty, fiftyStatements, fiftyTimelineStatements) = await CountedAsync(50);

        Assert.Equal(50, fifty.Count);
        Assert.Equal(fiveStatements, fiftyStatements);
        Assert.Equal((1, 1), (fiveTimelineStatements, fiftyTimelineStatements));

        var first = fifty.Single(c => c!["id"]!.GetValue<string>() == ids[0])!["timeline"]!;
        Assert.Equal(["Call 1", "Call 2", "Call 3", "Call 4", "Call 5"], first["nodes"]!.AsArray().Select(n => n!["subject"]!.GetValue<string>()));
        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var second = fifty.Single(c => c!["id"]!.GetValue<string>() == ids[1])!["timeline"]!;
        Assert.Equal(["Visit 1", "Visit 2"], second["nodes"]!.AsArray().Select(n => n!["subject"]!.GetValue<string>()));
        Assert.False(second["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.All(fifty.Where(c => c!["id"]!.GetValue<string>() != ids[0] && c["id"]!.GetValue<string>() != ids[1]), c => Assert.Empty(c!["timeline"]!["nodes"]!.AsArray()));
        Assert.Equal(5, five.Count);

        var next = await SendAsync(
            """query($c: ID!, $a: String) { customer(id: $c) { timeline(first: 5, after: $a) { pageInfo { hasNextPage hasPreviousPage } nodes { subject } } } }""",
            new { c = ids[0], a = first["pageInfo"]!["endCursor"]!.GetValue<string>() });
        var rest = next["customer"]!["timeline"]!;
        Assert.Equal(["Call 6"], rest["nodes"]!.AsArray().Select(n => n!["subject"]!.GetValue<string>()));
        Assert.True(rest["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task One_customer_asked_only_for_its_timeline_loads_none_of_its_lists()
    {
        var id = await CreateAsync("Client with a history", "+7 495 100 00 01");
        await RecordAsync(id, "Call 1", 1);

        var before = Commands().Count;
        var timelineOnly = await SendAsync(
            """query($c: ID!) { customer(id: $c) { name timeline(first: 5) { nodes { subject } } } }""", new { c = id });
        var timelineStatements = Commands().Count - before;

        before = Commands().Count;
        var withPhones = await SendAsync(
            """query($c: ID!) { customer(id: $c) { name ...on Customer { phones } timeline(first: 5) { nodes { subject } } } }""", new { c = id });
        var withPhonesStatements = Commands().Count - before;

        // The customer row and the page; asking for the phones (through a fragment as well) adds their one statement.
        Assert.Equal(2, timelineStatements);
        Assert.Equal(3, withPhonesStatements);
        Assert.Equal("Call 1", timelineOnly["customer"]!["timeline"]!["nodes"]![0]!["subject"]!.GetValue<string>());
        Assert.Equal(["+7 495 100 00 01"], withPhones["customer"]!["phones"]!.AsArray().Select(p => p!.GetValue<string>()));
    }

    private async Task<(JsonArray Customers, int Statements, int TimelineStatements)> CountedAsync(int customers)
    {
        var before = Commands().Count;
        var data = await SendAsync(
            """query($n: Int!) { customers(first: $n) { nodes { id timeline(first: 5) { pageInfo { hasNextPage endCursor } nodes { subject } } } } }""",
            new { n = customers });
        var commands = Commands().Skip(before).ToList();
        return (data["customers"]!["nodes"]!.AsArray(), commands.Count, commands.Count(c => c.Contains("UNION ALL", StringComparison.Ordinal)));
    }

    private List<string> Commands() => StatementLog.ModuleStatements(_host);

    private async Task RecordAsync(string customerId, string subject, int daysAgo)
    {
        var recorded = await SendAsync(
            """mutation($c: ID!, $at: DateTimeOffset!, $s: String!) { recordInteraction(input: { customerId: $c, kind: CALL, direction: OUTBOUND, occurredAt: $at, subject: $s }) { errors { code } } }""",
            new { c = customerId, at = DateTimeOffset.UtcNow.AddDays(-daysAgo).ToString("O"), s = subject });
        Assert.Empty(recorded["recordInteraction"]!["errors"]!.AsArray());
    }

    private async Task<string> CreateAsync(string name, string phone)
    {
        var data = await SendAsync("""mutation($n: String!, $p: String!) { createCustomer(input: { customer: { name: $n, phones: [$p] } }) { customer { id } errors { code message } } }""", new { n = name, p = phone });
        return data["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
    }

    private async Task<JsonObject> SendAsync(string query, object? variables = null)
    {
        var response = await _client.PostJsonAsync(new { query, variables });
        Assert.True(response.Json["errors"] is null, response.Body + "\n" + string.Join("\n", _host.Logs.Entries.Where(e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error).Select(e => e.Message + e.Values.GetValueOrDefault("{OriginalFormat}"))));
        return response.Json["data"]!.AsObject();
    }
}

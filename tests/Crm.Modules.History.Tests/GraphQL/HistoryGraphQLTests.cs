using System.Text.Json.Nodes;
using Crm.Host.Tests.Http;
using Crm.Sdk.Contracts.Interactions;
using Crm.Sdk.GraphQL;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.History.Tests.GraphQL;

/// <summary>
/// The three modules' GraphQL surface end to end: the real host on Kestrel at 127.0.0.1 with its built-in
/// modules and a SQLite file, queried over HTTP as a frontend would.
/// </summary>
public sealed class HistoryGraphQLTests : IAsyncLifetime
{
    private CrmTestHost _host = null!;
    private HttpClient _http = null!;
    private GraphQLHttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await CrmTestHost.StartAsync();
        _http = _host.CreateClient();
        _client = new GraphQLHttpClient(_http);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task The_newspaper_case_end_to_end()
    {
        var loyal = await CreateAsync("Вечерний город", "+7 (495) 123-45-67");
        var newcomer = await CreateAsync("Fresh Bakery", "8 812 555 01 02");

        var extension = await SendAsync("""
            mutation($c: ID!) { recordAgreement(input: { customerId: $c, subject: "Page 3 top, extension", form: ORAL, validFrom: "2027-01-01", validTo: "2027-06-30",
              claims: [{ resource: "Page 3, top", from: "2027-01-01", to: "2027-06-30" }] }) { agreement { id status } errors { code message } } }
            """, new { c = loyal });
        Assert.Equal("AGREED", extension["recordAgreement"]!["agreement"]!["status"]!.GetValue<string>());

        var sale = await SendAsync("""
            mutation($c: ID!) { recordAgreement(input: { customerId: $c, subject: "Page 3 top", form: WRITTEN, validFrom: "2027-03-01",
              claims: [{ resource: "page 3,  TOP", from: "2027-03-01", to: "2027-08-31" }] }) {
                agreement { id }
                errors { code message ... on ResourceConflict { holderCustomerId agreementSubject from to } } } }
            """, new { c = newcomer });
        var conflict = sale["recordAgreement"]!["errors"]![0]!;
        Assert.Null(sale["recordAgreement"]!["agreement"]);
        Assert.Equal(("RESOURCE_CONFLICT", loyal, "2027-01-01"), (conflict["code"]!.GetValue<string>(), conflict["holderCustomerId"]!.GetValue<string>(), conflict["from"]!.GetValue<string>()));
        Assert.Contains("Вечерний город", conflict["message"]!.GetValue<string>(), StringComparison.Ordinal);

        var customer = await SendAsync("""
            query($c: ID!) { customer(id: $c) { name agreements { subject } lastContact { kind } workingNow { activity sourceModule }
              timeline(first: 5) { totalCount nodes { kind subject concerns } } } }
            """, new { c = loyal });
        var node = customer["customer"]!;
        Assert.Equal("Page 3 top, extension", node["agreements"]![0]!["subject"]!.GetValue<string>());
        Assert.Equal("AGREEMENT", node["lastContact"]!["kind"]!.GetValue<string>());
        Assert.Equal(1, node["timeline"]!["totalCount"]!.GetValue<int>());
        Assert.Contains(node["workingNow"]!.AsArray(), i => i!["sourceModule"]!.GetValue<string>() == "crm.agreements");
    }

    [Fact]
    public async Task Search_by_phone_fragment_timeline_paging_and_customers_without_contact()
    {
        var first = await CreateAsync("Альфа", "+7 (495) 123-45-67");
        var second = await CreateAsync("Beta", "8 495 123 45 00");
        await CreateAsync("Gamma", "+1 425 555 0100");
        foreach (var day in new[] { 1, 2, 3 })
        {
            var recorded = await SendAsync("""
                mutation($c: ID!, $at: DateTimeOffset!) { recordInteraction(input: { customerId: $c, kind: CALL, direction: OUTBOUND, occurredAt: $at, subject: "Call" }) {
                  interaction { id kind } errors { code } } }
                """, new { c = first, at = DateTimeOffset.UtcNow.AddDays(-day).ToString("O") });
            Assert.Empty(recorded["recordInteraction"]!["errors"]!.AsArray());
        }

        var found = await SendAsync("""{ customers(first: 10, filter: { text: "495 12" }) { totalCount nodes { id name } } }""");
        Assert.Equal(2, found["customers"]!["totalCount"]!.GetValue<int>());
        Assert.Equal([second, first], found["customers"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));

        var page1 = await SendAsync("""query($c: ID!) { customer(id: $c) { timeline(first: 2) { pageInfo { hasNextPage endCursor } nodes { occurredAt } } } }""", new { c = first });
        var cursor = page1["customer"]!["timeline"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var page2 = await SendAsync("""query($c: ID!, $a: String) { customer(id: $c) { timeline(first: 2, after: $a) { pageInfo { hasNextPage } nodes { occurredAt } } } }""", new { c = first, a = cursor });
        Assert.Equal(2, page1["customer"]!["timeline"]!["nodes"]!.AsArray().Count);
        Assert.Single(page2["customer"]!["timeline"]!["nodes"]!.AsArray());
        Assert.False(page2["customer"]!["timeline"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());

        var gaps = await SendAsync("""query($s: DateTimeOffset!) { customersWithoutContact(since: $s, kinds: ["CALL"], first: 10) { totalCount nodes { name } } }""", new { s = DateTimeOffset.UtcNow.AddDays(-7).ToString("O") });
        Assert.Equal(["Beta", "Gamma"], gaps["customersWithoutContact"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Bad_input_gets_typed_errors_and_writes_nothing()
    {
        var id = await CreateAsync("Client", "+7 495 000 00 01");

        var invalid = await SendAsync("""mutation { createCustomer(input: { customer: { name: "X", phones: ["call me"], emails: ["nope"] } }) { customer { id } errors { code path } } }""");
        Assert.Equal(["INVALID_PHONE", "INVALID_EMAIL"], invalid["createCustomer"]!["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>()));

        var updated = await SendAsync("""mutation($c: ID!) { updateCustomer(input: { id: $c, version: 1, customer: { name: "Client 2" } }) { customer { version } errors { code } } }""", new { c = id });
        Assert.Equal(2, updated["updateCustomer"]!["customer"]!["version"]!.GetValue<long>());
        var stale = await SendAsync("""mutation($c: ID!) { updateCustomer(input: { id: $c, version: 1, customer: { name: "Client 3" } }) { customer { version } errors { code } } }""", new { c = id });
        Assert.Equal("CONFLICT", stale["updateCustomer"]!["errors"]![0]!["code"]!.GetValue<string>());

        var archived = await SendAsync("""mutation($c: ID!) { archiveCustomer(input: { id: $c }) { errors { code } } }""", new { c = id });
        Assert.Empty(archived["archiveCustomer"]!["errors"]!.AsArray());
        var editArchived = await SendAsync("""mutation($c: ID!) { updateCustomer(input: { id: $c, version: 3, customer: { name: "Client 4" } }) { errors { code } } }""", new { c = id });
        Assert.Equal("CUSTOMER_ARCHIVED", editArchived["updateCustomer"]!["errors"]![0]!["code"]!.GetValue<string>());

        var backwards = await SendAsync("""mutation { recordAgreement(input: { customerId: "Q3VzdG9tZXI6MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA", subject: "S", form: ORAL, validFrom: "2027-06-01", validTo: "2027-01-01" }) { errors { code } } }""");
        Assert.Contains(backwards["recordAgreement"]!["errors"]!.AsArray(), e => e!["code"]!.GetValue<string>() == "INVALID_PERIOD");

        var tooBig = await _client.PostJsonAsync(new { query = "{ customers(first: 1000) { nodes { id } } }" });
        Assert.Equal("PAGE_SIZE_EXCEEDED", tooBig.FirstErrorCode);
        var period = await _client.PostJsonAsync(new { query = """query($c: ID!) { customer(id: $c) { timeline(from: "2027-01-02T00:00:00Z", to: "2027-01-01T00:00:00Z") { nodes { id } } } }""", variables = new { c = id } });
        Assert.Equal("INVALID_PERIOD", period.FirstErrorCode);
        var foreign = await _client.PostJsonAsync(new { query = """{ customer(id: "QWdyZWVtZW50OjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAw") { id } }""" });
        Assert.NotNull(foreign.FirstErrorCode);
        Assert.NotEqual("INTERNAL_ERROR", foreign.FirstErrorCode);
    }

    [Fact]
    public async Task A_kind_no_enabled_module_declares_shows_as_OTHER_with_its_exact_name_and_OTHER_cannot_be_recorded()
    {
        var id = await CreateAsync("Ticket holder", "+7 495 000 00 02");
        // A plugin wrote TICKET entries through the contract and was disabled since: its kind left the enum.
        var mediator = _host.Services.GetRequiredService<IMediator>();
        var recorded = await mediator.Send(new RecordInteraction(GlobalId.DecodeGuid(id, "Customer"), "TICKET", InteractionDirection.Inbound, DateTimeOffset.UtcNow, "tester", "Printer jammed"));
        Assert.True(recorded.Succeeded);

        var timeline = await SendAsync("""query($c: ID!) { customer(id: $c) { timeline(first: 5) { nodes { kind kindName subject } } } }""", new { c = id });
        var entry = timeline["customer"]!["timeline"]!["nodes"]![0]!;
        Assert.Equal(("OTHER", "TICKET"), (entry["kind"]!.GetValue<string>(), entry["kindName"]!.GetValue<string>()));

        var other = await SendAsync("""mutation($c: ID!, $at: DateTimeOffset!) { recordInteraction(input: { customerId: $c, kind: OTHER, direction: OUTBOUND, occurredAt: $at, subject: "?" }) { interaction { id } errors { code path } } }""", new { c = id, at = DateTimeOffset.UtcNow.ToString("O") });
        Assert.Equal("INVALID_INPUT", other["recordInteraction"]!["errors"]![0]!["code"]!.GetValue<string>());
        var unknown = await _client.PostJsonAsync(new { query = """mutation($c: ID!) { recordInteraction(input: { customerId: $c, kind: "CALL", direction: OUTBOUND, occurredAt: "2026-11-23T10:00:00Z", subject: "?" }) { errors { code } } }""", variables = new { c = id } });
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", unknown.FirstErrorCode);
    }

    [Fact]
    public async Task Anonymous_callers_read_and_write_nothing_of_the_history()
    {
        var id = await CreateAsync("Private client", "+7 495 000 00 03");
        using var anonymous = _host.CreateAnonymousClient();
        var client = new GraphQLHttpClient(anonymous);

        var read = await client.PostJsonAsync(new { query = "{ customers(first: 5) { nodes { name } } }" });
        var one = await client.PostJsonAsync(new { query = """query($c: ID!) { customer(id: $c) { name } }""", variables = new { c = id } });
        var write = await client.PostJsonAsync(new { query = """mutation { createCustomer(input: { customer: { name: "Intruder" } }) { customer { id } } }""" });

        Assert.Equal(("UNAUTHENTICATED", "UNAUTHENTICATED", "UNAUTHENTICATED"), (read.FirstErrorCode, one.FirstErrorCode, write.FirstErrorCode));
        var all = await SendAsync("{ customers(first: 50) { nodes { name } } }");
        Assert.DoesNotContain(all["customers"]!["nodes"]!.AsArray(), n => n!["name"]!.GetValue<string>() == "Intruder");
    }

    private async Task<string> CreateAsync(string name, string phone)
    {
        var data = await SendAsync("""mutation($n: String!, $p: String!) { createCustomer(input: { customer: { name: $n, phones: [$p] } }) { customer { id } errors { code message } } }""", new { n = name, p = phone });
        return data["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
    }

    private async Task<JsonObject> SendAsync(string query, object? variables = null)
    {
        var response = await _client.PostJsonAsync(new { query, variables });
        Assert.True(response.Json["errors"] is null, response.Body + "\n" + string.Join("\n", _host.Logs.Entries.Where(e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Warning).Select(e => e.Message)));
        return response.Json["data"]!.AsObject();
    }
}

using System.Text.Json.Nodes;
using Crm.Plugins.Tests.Support;
using Crm.Sdk.GraphQL;

namespace Crm.Plugins.Tests.ServiceTickets;

/// <summary>
/// crm.service-tickets loaded from its plugin folder into a running host, used over HTTP: the life cycle with
/// reopen, the timeline entries, the fields on Customer, and the refusals that leave nothing written.
/// </summary>
public sealed class TicketLifecycleTests(ServiceTicketsHost fixture) : IClassFixture<ServiceTicketsHost>
{
    private const string TicketFields = "ticket { id status version kind priority reopenCount slaBreached comments { text writtenBy } } errors { code message path }";

    private PluginTestHost Host => fixture.Host;

    [Fact]
    public async Task A_complaint_and_each_status_change_are_in_the_timeline_as_COMPLAINT()
    {
        var customer = await Host.CreateCustomerAsync("Complaining Ltd");
        var ticket = await OpenAsync(customer, "COMPLAINT", "Invoice charged twice", "HIGH");

        foreach (var status in new[] { "IN_PROGRESS", "WAITING", "IN_PROGRESS", "RESOLVED", "CLOSED" })
        {
            ticket = await ChangeStatusAsync(ticket, status);
            Assert.Equal(status, ticket["status"]!.GetValue<string>());
        }

        var data = await Host.SendAsync("""
            query($c: ID!) { customer(id: $c) { openTicketCount tickets { subject status } timeline(first: 20) { totalCount nodes { kind subject concerns } } } }
            """, new { c = customer });
        var node = data["customer"]!;
        Assert.Equal(0, node["openTicketCount"]!.GetValue<int>());
        Assert.Equal("CLOSED", node["tickets"]![0]!["status"]!.GetValue<string>());
        var entries = node["timeline"]!["nodes"]!.AsArray();
        Assert.Equal(6, entries.Count);
        Assert.All(entries, e => Assert.Equal("COMPLAINT", e!["kind"]!.GetValue<string>()));
        Assert.Contains(entries, e => e!["subject"]!.GetValue<string>() == "Complaint opened (HIGH): Invoice charged twice");
        Assert.Contains(entries, e => e!["subject"]!.GetValue<string>() == "Ticket CLOSED (was RESOLVED): Invoice charged twice");
    }

    [Fact]
    public async Task Open_tickets_are_counted_per_customer_and_comments_are_kept()
    {
        var first = await Host.CreateCustomerAsync("Two Tickets Inc");
        var second = await Host.CreateCustomerAsync("No Tickets Inc");
        var printer = await OpenAsync(first, "SERVICE", "Printer jams", "NORMAL");
        var resolved = await ChangeStatusAsync(await OpenAsync(first, "SERVICE", "Password reset", "LOW"), "RESOLVED");
        Assert.Equal("RESOLVED", resolved["status"]!.GetValue<string>());

        var comment = await Host.SendAsync($$"""mutation($id: ID!) { commentOnTicket(input: { id: $id, text: "Replaced the roller" }) { {{TicketFields}} } }""", new { id = Id(printer) });
        // writtenBy is whoever the host's ICurrentUser says signed in; that mapping belongs to the host, so only its presence is checked.
        var written = Assert.Single(comment["commentOnTicket"]!["ticket"]!["comments"]!.AsArray())!;
        Assert.Equal("Replaced the roller", written["text"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(written["writtenBy"]!.GetValue<string>()));

        var data = await Host.SendAsync("""
            query($a: ID!, $b: ID!) { nodes(ids: [$a, $b]) { ... on Customer { openTicketCount tickets { subject } } } }
            """, new { a = first, b = second });
        var counts = data["nodes"]!.AsArray().Select(n => n!["openTicketCount"]!.GetValue<int>()).ToList();
        Assert.Equal([1, 0], counts);
        Assert.Equal(2, data["nodes"]![0]!["tickets"]!.AsArray().Count);
        Assert.Equal("TICKET", (await TimelineKindsAsync(first)).Distinct().Single());
    }

    [Fact]
    public async Task A_closed_ticket_cannot_go_back_to_work_without_a_reopen()
    {
        var customer = await Host.CreateCustomerAsync("Closed Case Co");
        var ticket = await ChangeStatusAsync(await ChangeStatusAsync(await OpenAsync(customer, "SERVICE", "Router down", "URGENT"), "RESOLVED"), "CLOSED");

        var refused = await Host.SendAsync($$"""mutation($id: ID!, $v: Long!) { changeTicketStatus(input: { id: $id, version: $v, status: IN_PROGRESS }) { {{TicketFields}} } }""", new { id = Id(ticket), v = Version(ticket) });
        var error = refused["changeTicketStatus"]!["errors"]![0]!;
        Assert.Null(refused["changeTicketStatus"]!["ticket"]);
        Assert.Equal("INVALID_TRANSITION", error["code"]!.GetValue<string>());
        Assert.Contains("reopenTicket", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        var unchanged = await NodeAsync(Id(ticket));
        Assert.Equal(("CLOSED", Version(ticket)), (unchanged["status"]!.GetValue<string>(), Version(unchanged)));
        var entriesBefore = (await TimelineKindsAsync(customer)).Count;

        var reopened = await Host.SendAsync($$"""mutation($id: ID!, $v: Long!) { reopenTicket(input: { id: $id, version: $v, reason: "Down again this morning" }) { {{TicketFields}} } }""", new { id = Id(ticket), v = Version(ticket) });
        var node = reopened["reopenTicket"]!["ticket"]!;
        Assert.Equal(("IN_PROGRESS", 1), (node["status"]!.GetValue<string>(), node["reopenCount"]!.GetValue<int>()));
        Assert.Equal(entriesBefore + 1, (await TimelineKindsAsync(customer)).Count);
    }

    [Fact]
    public async Task An_unknown_client_or_a_stale_version_is_refused_and_nothing_is_written()
    {
        var nobody = GlobalId.Encode("Customer", Guid.NewGuid());
        foreach (var customerId in new[] { nobody, "not-an-id", GlobalId.Encode("Ticket", Guid.NewGuid()) })
        {
            var refused = await Host.SendAsync($$"""mutation($c: ID!) { openTicket(input: { customerId: $c, subject: "Ghost", kind: SERVICE }) { {{TicketFields}} } }""", new { c = customerId });
            Assert.Null(refused["openTicket"]!["ticket"]);
            Assert.Equal("NOT_FOUND", refused["openTicket"]!["errors"]![0]!["code"]!.GetValue<string>());
        }

        var customer = await Host.CreateCustomerAsync("Versioned Ltd");
        var blank = await Host.SendAsync($$"""mutation($c: ID!) { openTicket(input: { customerId: $c, subject: "  ", kind: SERVICE }) { {{TicketFields}} } }""", new { c = customer });
        Assert.Equal("INVALID_INPUT", blank["openTicket"]!["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Empty(await TimelineKindsAsync(customer));

        var ticket = await OpenAsync(customer, "SERVICE", "Two agents", "NORMAL");
        await ChangeStatusAsync(ticket, "IN_PROGRESS");
        var stale = await Host.SendAsync($$"""mutation($id: ID!, $v: Long!) { changeTicketStatus(input: { id: $id, version: $v, status: WAITING }) { {{TicketFields}} } }""", new { id = Id(ticket), v = Version(ticket) });
        Assert.Equal("CONFLICT", stale["changeTicketStatus"]!["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("IN_PROGRESS", (await NodeAsync(Id(ticket)))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_the_permission_the_fields_are_refused()
    {
        using var http = Host.Host.CreateAnonymousClient();
        Support.TestSignIn.SignIn(http, "reader-only", "tickets.read");
        var response = await new Crm.Host.Tests.Http.GraphQLHttpClient(http).PostJsonAsync(new { query = """mutation { setTicketSla(input: { priority: LOW, resolveWithinMinutes: 5 }) { errors { code } } }""" });

        Assert.Equal("FORBIDDEN", response.FirstErrorCode);
        var slas = await Host.SendAsync("{ ticketSlas { priority resolveWithinMinutes } }");
        Assert.Equal(72 * 60, slas["ticketSlas"]!.AsArray().Single(s => s!["priority"]!.GetValue<string>() == "LOW")!["resolveWithinMinutes"]!.GetValue<int>());
    }

    private async Task<JsonNode> OpenAsync(string customer, string kind, string subject, string priority)
    {
        var data = await Host.SendAsync($$"""
            mutation($c: ID!, $s: String!, $k: TicketKind!, $p: TicketPriority) { openTicket(input: { customerId: $c, subject: $s, kind: $k, priority: $p }) { {{TicketFields}} } }
            """, new { c = customer, s = subject, k = kind, p = priority });
        Assert.Empty(data["openTicket"]!["errors"]!.AsArray());
        return data["openTicket"]!["ticket"]!;
    }

    private async Task<JsonNode> ChangeStatusAsync(JsonNode ticket, string status)
    {
        var data = await Host.SendAsync($$"""
            mutation($id: ID!, $v: Long!, $s: TicketStatus!) { changeTicketStatus(input: { id: $id, version: $v, status: $s }) { {{TicketFields}} } }
            """, new { id = Id(ticket), v = Version(ticket), s = status });
        Assert.True(data["changeTicketStatus"]!["errors"]!.AsArray().Count == 0, data.ToJsonString());
        return data["changeTicketStatus"]!["ticket"]!;
    }

    private async Task<JsonNode> NodeAsync(string id) =>
        (await Host.SendAsync("query($id: ID!) { node(id: $id) { ... on Ticket { status version } } }", new { id }))["node"]!;

    private async Task<List<string>> TimelineKindsAsync(string customer) =>
        (await Host.SendAsync("query($c: ID!) { customer(id: $c) { timeline(first: 50) { nodes { kind } } } }", new { c = customer }))["customer"]!["timeline"]!["nodes"]!
            .AsArray().Select(n => n!["kind"]!.GetValue<string>()).ToList();

    private static string Id(JsonNode ticket) => ticket["id"]!.GetValue<string>();

    private static long Version(JsonNode ticket) => ticket["version"]!.GetValue<long>();
}

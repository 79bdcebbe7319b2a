using Crm.Plugins.Tests.Support;

namespace Crm.Plugins.Tests.ServiceTickets;

/// <summary>The SLA of each priority sets the due time; the breach list shows open tickets past it, most overdue first.</summary>
public sealed class SlaTests : IAsyncLifetime
{
    private PluginTestHost _host = null!;

    public async Task InitializeAsync()
    {
        // A host of its own: these tests move the clock.
        _host = await PluginTestHost.StartAsync(["Crm.Plugins.ServiceTickets"]);
        _host.SignIn("supervisor", "tickets.read", "tickets.write", "tickets.admin");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Due_times_follow_the_priority_and_overdue_open_tickets_are_listed()
    {
        var set = await _host.SendAsync("mutation { setTicketSla(input: { priority: URGENT, resolveWithinMinutes: 60 }) { sla { priority resolveWithinMinutes } errors { code } } }");
        Assert.Equal(60, set["setTicketSla"]!["sla"]!["resolveWithinMinutes"]!.GetValue<int>());
        var customer = await _host.CreateCustomerAsync("Hurry Corp");
        var opened = _host.Clock.GetUtcNow();
        var urgent = await OpenAsync(customer, "URGENT", "Site down");
        var low = await OpenAsync(customer, "LOW", "Typo on invoice");
        var resolvedLate = await OpenAsync(customer, "URGENT", "Mail bounces");

        Assert.Equal(opened.AddMinutes(60), DateTimeOffset.Parse(urgent.DueAt, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(opened.AddHours(72), DateTimeOffset.Parse(low.DueAt, System.Globalization.CultureInfo.InvariantCulture));

        _host.Clock.Now = opened.AddHours(2);
        await _host.SendAsync("mutation($id: ID!) { changeTicketStatus(input: { id: $id, version: 1, status: RESOLVED }) { errors { code } } }", new { id = resolvedLate.Id });

        var breaches = await _host.SendAsync("{ ticketSlaBreaches { id subject slaBreached } }");
        var listed = breaches["ticketSlaBreaches"]!.AsArray();
        Assert.Equal([urgent.Id], listed.Select(t => t!["id"]!.GetValue<string>()));
        Assert.True(listed[0]!["slaBreached"]!.GetValue<bool>());
        var late = await _host.SendAsync("query($id: ID!) { node(id: $id) { ... on Ticket { status slaBreached } } }", new { id = resolvedLate.Id });
        Assert.Equal(("RESOLVED", true), (late["node"]!["status"]!.GetValue<string>(), late["node"]!["slaBreached"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task An_sla_out_of_range_is_refused()
    {
        var refused = await _host.SendAsync("mutation { setTicketSla(input: { priority: HIGH, resolveWithinMinutes: 0 }) { sla { priority } errors { code path } } }");

        Assert.Null(refused["setTicketSla"]!["sla"]);
        Assert.Equal("INVALID_INPUT", refused["setTicketSla"]!["errors"]![0]!["code"]!.GetValue<string>());
        var slas = await _host.SendAsync("{ ticketSlas { priority resolveWithinMinutes } }");
        Assert.Equal(8 * 60, slas["ticketSlas"]!.AsArray().Single(s => s!["priority"]!.GetValue<string>() == "HIGH")!["resolveWithinMinutes"]!.GetValue<int>());
    }

    private async Task<(string Id, string DueAt)> OpenAsync(string customer, string priority, string subject)
    {
        var data = await _host.SendAsync("""
            mutation($c: ID!, $p: TicketPriority, $s: String!) { openTicket(input: { customerId: $c, subject: $s, kind: SERVICE, priority: $p }) { ticket { id dueAt } errors { code } } }
            """, new { c = customer, p = priority, s = subject });
        var ticket = data["openTicket"]!["ticket"]!;
        return (ticket["id"]!.GetValue<string>(), ticket["dueAt"]!.GetValue<string>());
    }
}

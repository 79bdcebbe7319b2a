using Crm.Plugins.Tests.Support;

namespace Crm.Plugins.Tests.ServiceTickets;

/// <summary>crm.service-tickets switched off and on while the host runs: its fields leave and return, its data stays.</summary>
public sealed class LiveToggleTests : IAsyncLifetime
{
    private PluginTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await PluginTestHost.StartAsync(["Crm.Plugins.ServiceTickets"]);
        _host.SignIn("agent-2", "tickets.read", "tickets.write");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Disabling_removes_the_customer_fields_and_enabling_brings_them_back_with_the_tickets()
    {
        var customer = await _host.CreateCustomerAsync("Toggle Ltd");
        await _host.SendAsync("mutation($c: ID!) { openTicket(input: { customerId: $c, subject: \"Kept\", kind: SERVICE }) { errors { code } } }", new { c = customer });

        await _host.Host.DisableModuleAsync("crm.service-tickets");
        var without = await _host.Client.PostJsonAsync(new { query = "query($c: ID!) { customer(id: $c) { name openTicketCount } }", variables = new { c = customer } });
        Assert.Contains("openTicketCount", without.Json["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Toggle Ltd", (await _host.SendAsync("query($c: ID!) { customer(id: $c) { name } }", new { c = customer }))["customer"]!["name"]!.GetValue<string>());

        await _host.Host.EnableModuleAsync("crm.service-tickets");
        var back = await _host.SendAsync("query($c: ID!) { customer(id: $c) { openTicketCount tickets { subject } } }", new { c = customer });
        Assert.Equal(1, back["customer"]!["openTicketCount"]!.GetValue<int>());
        Assert.Equal("Kept", back["customer"]!["tickets"]![0]!["subject"]!.GetValue<string>());
    }
}

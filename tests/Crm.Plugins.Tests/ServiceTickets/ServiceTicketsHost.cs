using Crm.Plugins.Tests.Support;

namespace Crm.Plugins.Tests.ServiceTickets;

/// <summary>One running host with crm.service-tickets dropped in, shared by the tests of a class (each makes its own customers).</summary>
public sealed class ServiceTicketsHost : IAsyncLifetime
{
    internal PluginTestHost Host { get; private set; } = null!;


    public async Task InitializeAsync()
    {
        Host = await PluginTestHost.StartAsync(["Crm.Plugins.ServiceTickets"]);
        Host.SignIn("agent-1", "tickets.read", "tickets.write", "tickets.admin");
    }

    public async Task DisposeAsync()
    {
        // Null when the start failed; that failure is what the tests report.
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
    }
}

using Crm.Plugins.Tests.Support;

namespace Crm.Plugins.Tests.Loyalty;

/// <summary>
/// A running host with crm.loyalty and the stand-in catalog dropped in (test.catalog answers GetProducts with fixed
/// products, so crm.sales is switched off: one request has one handler); shared by the tests of a class, each of
/// which makes its own customers and codes.
/// </summary>
public sealed class LoyaltyHost : IAsyncLifetime
{
    internal PluginTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await PluginTestHost.StartAsync(["Crm.Plugins.Loyalty", "Crm.Plugins.Tests.Catalog"], disabledBuiltIns: ["crm.sales"]);
        Host.SignIn("seller-1", "loyalty.read", "loyalty.sell", "loyalty.admin");
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

namespace Crm.Host.Tests.Http;

/// <summary>One real host with the Greetings test plugin enabled, shared by the tests of a class.</summary>
public sealed class GreetingsHostFixture : IAsyncLifetime
{
    /// <summary>The plugin's module id.</summary>
    public const string ModuleId = "test.greetings";

    private CrmTestHost? _host;

    public CrmTestHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    /// <summary>Starts a host with the Greetings plugin; for tests that need their own (toggles, settings).</summary>
    public static Task<CrmTestHost> StartHostAsync(IReadOnlyDictionary<string, string>? settings = null) =>
        CrmTestHost.StartAsync(["Greetings"], settings: settings);

    public async Task InitializeAsync() => _host = await StartHostAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}

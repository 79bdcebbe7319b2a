using System.Text.Json.Nodes;
using Crm.Host.Modules;
using Crm.Host.Modules.Catalog;
using Crm.Host.Modules.Lifecycle;
using Crm.Host.Tests.Http;
using Crm.Modules.History.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Plugins.Tests.Support;

/// <summary>
/// A real host on Kestrel at 127.0.0.1 with the built-in modules, into whose plugins folder the named plugins (as
/// published by this project) are copied and switched on, then a signed-in GraphQL client. The clock is the one
/// stand-in: every module reads the same <see cref="SettableTimeProvider"/>, so SLA and validity tests can move it.
/// </summary>
internal sealed class PluginTestHost : IAsyncDisposable
{
    private PluginTestHost(CrmTestHost host, SettableTimeProvider clock)
    {
        Host = host;
        Clock = clock;
        // Anonymous at the HTTP level: TestSignIn decides who each request is (a bearer token would override it).
        Http = host.CreateAnonymousClient();
        Client = new GraphQLHttpClient(Http);
    }

    public CrmTestHost Host { get; }

    public SettableTimeProvider Clock { get; }

    public HttpClient Http { get; }

    public GraphQLHttpClient Client { get; }

    public static async Task<PluginTestHost> StartAsync(
        IReadOnlyList<string> pluginProjects,
        IReadOnlyDictionary<string, string>? settings = null,
        IReadOnlyList<string>? disabledBuiltIns = null)
    {
        var clock = new SettableTimeProvider(DateTimeOffset.UtcNow);
        var host = await CrmTestHost.StartAsync(
            configure: builder =>
            {
                TestSignIn.AddTo(builder);
                builder.Services.AddSingleton<TimeProvider>(clock);
            },
            settings: settings);
        try
        {
            // Switched off before the plugins arrive, so a stand-in that answers one of their requests is not refused.
            foreach (var id in disabledBuiltIns ?? [])
            {
                await host.DisableModuleAsync(id);
            }

            foreach (var project in pluginProjects)
            {
                PluginDrop.CopyInto(host, PluginDrop.Published(project), project);
            }

            await host.Services.GetRequiredService<ModuleManager>().ConvergeAsync(CancellationToken.None);
            var states = await host.Services.GetRequiredService<ModuleAdministration>().ListAsync(CancellationToken.None);
            var notRunning = states.Where(s => s.Origin == ModuleOrigin.Plugin && s.State != ModuleState.Enabled).ToList();
            if (notRunning.Count > 0)
            {
                throw new InvalidOperationException("Plugins did not start: " + string.Join("; ", notRunning.Select(s => $"{s.Key} {s.State} {s.Note}")));
            }
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return new PluginTestHost(host, clock);
    }

    /// <summary>Signs the client in as <paramref name="user"/> holding <paramref name="permissions"/>.</summary>
    public void SignIn(string user, params string[] permissions) => TestSignIn.SignIn(Http, user, permissions);

    /// <summary>Runs a query that must succeed without GraphQL errors and returns its <c>data</c>.</summary>
    public async Task<JsonNode> SendAsync(string query, object? variables = null)
    {
        var response = await Client.PostJsonAsync(new { query, variables });
        Assert.True(response.Status == 200 && response.Json["errors"] is null, response.Body);
        return response.Json["data"]!;
    }

    /// <summary>Creates a customer through the customers module and returns its global id.</summary>
    public async Task<string> CreateCustomerAsync(string name)
    {
        var data = await SendAsync("mutation($n: String!) { createCustomer(input: { customer: { name: $n } }) { customer { id } errors { code message } } }", new { n = name });
        return data["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
    }
}

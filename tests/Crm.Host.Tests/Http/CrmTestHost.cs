using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Host.Hosting;
using Crm.Host.Modules.Lifecycle;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.Host.Tests.Http;

/// <summary>
/// The real host (<see cref="CrmApplication.Build"/>) on Kestrel at 127.0.0.1 on a free port, with its own
/// temporary data and plugins folders that are deleted on dispose. <c>plugins</c> names test plugins (built into
/// test-plugins/ by this project, e.g. "Greetings") to install, enabled from the start. <c>configure</c> runs
/// after the host's own registrations (the last registration wins); <c>settings</c> override configuration.
/// The first admin gets <see cref="AdminPassword"/>, and the host signs it in for real through <c>signIn</c> once
/// started: <see cref="CreateClient"/> carries that bearer token, <see cref="CreateAnonymousClient"/> none.
/// </summary>
public sealed class CrmTestHost : IAsyncDisposable
{
    private static readonly string BuiltPlugins = Path.Combine(AppContext.BaseDirectory, "test-plugins");
    /// <summary>The password the test host's <c>admin</c> user gets on its empty database.</summary>
    public const string AdminPassword = "test-admin-password";

    private readonly WebApplication _app;

    private CrmTestHost(WebApplication app, DirectoryInfo root, Uri baseAddress, TestLogSink logs)
    {
        _app = app;
        Root = root;
        BaseAddress = baseAddress;
        Logs = logs;
    }

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The temporary folder holding <c>data/</c> (<c>Crm:DataDirectory</c>) and <c>plugins/</c>.</summary>
    public DirectoryInfo Root { get; }

    /// <summary>The host's container.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Every log line the host wrote, for tests about logging.</summary>
    public TestLogSink Logs { get; }

    /// <summary>The bearer token of the signed-in <c>admin</c> (every permission, every record).</summary>
    public string AdminToken { get; private set; } = "";

    public static async Task<CrmTestHost> StartAsync(
        IReadOnlyList<string>? plugins = null,
        Action<WebApplicationBuilder>? configure = null,
        IReadOnlyDictionary<string, string>? settings = null,
        CancellationToken cancellationToken = default)
    {
        var root = Directory.CreateTempSubdirectory("crm-test-");
        var pluginsPath = root.CreateSubdirectory("plugins").FullName;
        foreach (var plugin in plugins ?? [])
        {
            CopyPlugin(plugin, pluginsPath);
        }

        var args = new List<string>
        {
            "--urls=http://127.0.0.1:0",
            $"--Crm:DataDirectory={root.CreateSubdirectory("data").FullName}",
            $"--Crm:Modules:PluginsPath={pluginsPath}",
            "--Crm:Modules:EnablePluginsByDefault=true",
            "--Crm:Modules:SharedAssemblies:0=TestPlugins.Contracts",
            "--Logging:LogLevel:Default=Information",
            $"--Crm:Identity:AdminPassword={AdminPassword}",
        };
        args.AddRange((settings ?? new Dictionary<string, string>()).Select(s => $"--{s.Key}={s.Value}"));

        var logs = new TestLogSink();
        var app = CrmApplication.Build([.. args], builder =>
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(logs);
            configure?.Invoke(builder);
        });

        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            root.Delete(recursive: true);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var host = new CrmTestHost(app, root, new Uri(address.TrimEnd('/') + "/"), logs);
        try
        {
            host.AdminToken = await host.SignInAsync("admin", AdminPassword, cancellationToken);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    /// <summary>An HTTP client signed in as <c>admin</c> (bearer token); the caller disposes it.</summary>
    public HttpClient CreateClient() => CreateClient(AdminToken);

    /// <summary>An HTTP client sending <paramref name="token"/> as its bearer token; the caller disposes it.</summary>
    public HttpClient CreateClient(string token)
    {
        var client = CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>An HTTP client that is not signed in; the caller disposes it.</summary>
    public HttpClient CreateAnonymousClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Signs in through the API's <c>signIn</c> mutation and returns the bearer token; throws when refused.</summary>
    public async Task<string> SignInAsync(string login, string password, CancellationToken cancellationToken = default)
    {
        using var client = CreateAnonymousClient();
        using var response = await client.PostAsJsonAsync("graphql", new
        {
            query = "mutation($input: SignInInput!) { signIn(input: $input) { token errors { code message } } }",
            variables = new { input = new { login, password } },
        }, cancellationToken);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var payload = json.RootElement.GetProperty("data").GetProperty("signIn");
        return payload.GetProperty("token").GetString()
            ?? throw new InvalidOperationException($"Sign-in of '{login}' refused: {payload.GetProperty("errors")}");
    }

    /// <summary>The absolute address of a path on this host, e.g. <c>Url("graphql")</c>.</summary>
    public Uri Url(string relative) => new(BaseAddress, relative);

    /// <summary>Switches a module off as an admin would, and waits until the new shape is in service.</summary>
    public async Task DisableModuleAsync(string id)
    {
        await Services.GetRequiredService<ModuleAdministration>().DisableAsync(id, cascade: false, CancellationToken.None);
        await Services.GetRequiredService<ModuleManager>().ConvergeAsync(CancellationToken.None);
    }

    /// <summary>Switches a module on as an admin would, and waits until the new shape is in service.</summary>
    public async Task EnableModuleAsync(string id)
    {
        await Services.GetRequiredService<ModuleAdministration>().EnableAsync(id, withDependencies: false, CancellationToken.None);
        await Services.GetRequiredService<ModuleManager>().ConvergeAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Root.Delete(recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file still held open must not fail the test; the OS cleans its temp folder.
        }
    }

    private static void CopyPlugin(string name, string pluginsPath)
    {
        var source = Path.Combine(BuiltPlugins, $"TestPlugins.{name}");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(pluginsPath, name, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}

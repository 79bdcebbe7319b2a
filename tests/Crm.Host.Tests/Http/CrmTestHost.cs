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
/// </summary>
public sealed class CrmTestHost : IAsyncDisposable
{
    private static readonly string BuiltPlugins = Path.Combine(AppContext.BaseDirectory, "test-plugins");
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
        return new CrmTestHost(app, root, new Uri(address.TrimEnd('/') + "/"), logs);
    }

    /// <summary>An HTTP client for this host; the caller disposes it.</summary>
    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

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

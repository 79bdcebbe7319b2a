using Crm.Host.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.Host.Tests.Http;

/// <summary>
/// The real host (<see cref="CrmApplication.Build"/>) on Kestrel at 127.0.0.1 on a free port, with its own
/// empty temporary data folder that is deleted on dispose. Pass <c>configure</c> to add or replace services
/// (it runs after the host's own registrations, so the last registration wins) and <c>settings</c> for
/// configuration overrides.
/// </summary>
public sealed class CrmTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private CrmTestHost(WebApplication app, DirectoryInfo dataDirectory, Uri baseAddress, TestLogSink logs)
    {
        _app = app;
        DataDirectory = dataDirectory;
        BaseAddress = baseAddress;
        Logs = logs;
    }

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The temporary data folder (<c>Crm:DataDirectory</c>).</summary>
    public DirectoryInfo DataDirectory { get; }

    /// <summary>The host's container.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Every log line the host wrote, for tests about logging.</summary>
    public TestLogSink Logs { get; }

    public static async Task<CrmTestHost> StartAsync(
        Action<WebApplicationBuilder>? configure = null,
        IReadOnlyDictionary<string, string>? settings = null,
        CancellationToken cancellationToken = default)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("crm-test-");
        var args = new List<string>
        {
            "--urls=http://127.0.0.1:0",
            $"--Crm:DataDirectory={dataDirectory.FullName}",
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
            dataDirectory.Delete(recursive: true);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new CrmTestHost(app, dataDirectory, new Uri(address.TrimEnd('/') + "/"), logs);
    }

    /// <summary>An HTTP client for this host; the caller disposes it.</summary>
    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The absolute address of a path on this host, e.g. <c>Url("graphql")</c>.</summary>
    public Uri Url(string relative) => new(BaseAddress, relative);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            DataDirectory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still held open (e.g. SQLite on some systems) must not fail the test; the OS cleans temp.
        }
    }
}

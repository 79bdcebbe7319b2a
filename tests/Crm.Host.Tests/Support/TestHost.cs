using Crm.Host.Hosting;
using Crm.Host.Modules;
using Crm.Host.Modules.Lifecycle;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.Host.Tests.Support;

/// <summary>
/// The real host (CrmApplication.Build, real container, real plugins) without the HTTP server: tests drive
/// convergence themselves instead of waiting for the poller.
/// </summary>
internal sealed class TestHost : IAsyncDisposable
{
    private TestHost(WebApplication app, CapturingLoggerProvider logs)
    {
        App = app;
        Logs = logs;
    }

    public WebApplication App { get; }

    public CapturingLoggerProvider Logs { get; }

    public ModuleManager Manager => App.Services.GetRequiredService<ModuleManager>();

    public ModuleAdministration Administration => App.Services.GetRequiredService<ModuleAdministration>();

    public IMediator Mediator => App.Services.GetRequiredService<IMediator>();

    public IApplicationShapeAccessor Shapes => App.Services.GetRequiredService<IApplicationShapeAccessor>();

    public static async Task<TestHost> StartAsync(TestWorkspace workspace, Action<WebApplicationBuilder>? configure = null, params string[] extraArgs)
    {
        var logs = new CapturingLoggerProvider();
        var app = CrmApplication.Build(workspace.HostArgs(extraArgs), builder =>
        {
            builder.Logging.AddProvider(logs);
            configure?.Invoke(builder);
        });
        var host = new TestHost(app, logs);
        await host.Manager.ConvergeAsync(CancellationToken.None);
        return host;
    }

    /// <summary>
    /// What a real server does once it listens: modules' background services start then (HostStartedSignal).
    /// This host has no server, so a test that needs them running says when.
    /// </summary>
    public void SignalServerStarted() =>
        ((Microsoft.Extensions.Hosting.Internal.ApplicationLifetime)App.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostApplicationLifetime>()).NotifyStarted();

    /// <summary>Enables like the CLI does, then converges like the poller would.</summary>
    public async Task EnableAsync(string id, bool withDependencies = false)
    {
        await Administration.EnableAsync(id, withDependencies, CancellationToken.None);
        await Manager.ConvergeAsync(CancellationToken.None);
    }

    public async Task DisableAsync(string id, bool cascade = false)
    {
        await Administration.DisableAsync(id, cascade, CancellationToken.None);
        await Manager.ConvergeAsync(CancellationToken.None);
    }

    public async Task<ModuleStatus> StatusAsync(string key) =>
        (await Manager.ListAsync(CancellationToken.None)).Single(s => s.Key == key);

    /// <summary>The enabled test modules (the host's own built-in CRM modules run beside them and are not the subject).</summary>
    public IReadOnlyList<string> RunningModules => Shapes.Current.Modules.Select(m => m.Id).Where(id => id.StartsWith("test.", StringComparison.Ordinal)).ToList();

    public async ValueTask DisposeAsync()
    {
        await Manager.DisposeAsync();
        await App.DisposeAsync();
    }
}

using Crm.Host.Hosting;
using Crm.Host.Modules.Lifecycle;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Benchmarks.Platform;

/// <summary>The real host container with the benchmark module enabled, in a throwaway folder.</summary>
internal sealed class BenchmarkHost : IAsyncDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "crm-bench", Guid.NewGuid().ToString("N"));
    private readonly WebApplication _app;

    public BenchmarkHost()
    {
        Directory.CreateDirectory(Path.Combine(_root, "plugins"));
        _app = CrmApplication.Build(
        [
            $"--Crm:Modules:PluginsPath={Path.Combine(_root, "plugins")}",
            $"--Crm:DataDirectory={Path.Combine(_root, "data")}",
            "--Logging:LogLevel:Default=Warning",
        ]);
    }

    public ModuleManager Manager => _app.Services.GetRequiredService<ModuleManager>();

    public ModuleAdministration Administration => _app.Services.GetRequiredService<ModuleAdministration>();

    public IMediator Mediator => _app.Services.GetRequiredService<IMediator>();

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }
}

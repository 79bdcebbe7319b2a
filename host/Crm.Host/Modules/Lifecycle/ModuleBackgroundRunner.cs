using Crm.Sdk.Modules;

namespace Crm.Host.Modules.Lifecycle;

/// <summary>
/// Runs one module's background services on the thread pool until disposed, from the moment the host has started
/// (<see cref="HostStartedSignal"/>); disposing cancels them and waits (for a bounded time) until each has returned.
/// A service that throws is logged with the module id and not restarted.
/// </summary>
internal sealed class ModuleBackgroundRunner : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(15);

    private readonly string _moduleId;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task[] _running;

    public ModuleBackgroundRunner(string moduleId, IReadOnlyList<IModuleBackgroundService> services, Task hostStarted, ILogger<ModuleBackgroundRunner> logger)
    {
        _moduleId = moduleId;
        _logger = logger;
        _running = services.Select(s => Task.Run(() => RunAsync(s, hostStarted), CancellationToken.None)).ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            await Task.WhenAll(_running).WaitAsync(StopTimeout);
        }
        catch (TimeoutException)
        {
            _logger.LogWarning("Background services of module {ModuleId} did not stop within {Timeout}", _moduleId, StopTimeout);
        }

        _stopping.Dispose();
    }

    private async Task RunAsync(IModuleBackgroundService service, Task hostStarted)
    {
        try
        {
            await hostStarted.WaitAsync(_stopping.Token);
            await service.RunAsync(_stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Stopped as asked.
        }
        catch (Exception exception)
        {
            _logger.LogError(exception, "Background service {Service} of module {ModuleId} failed and stopped", service.GetType().Name, _moduleId);
        }
    }
}

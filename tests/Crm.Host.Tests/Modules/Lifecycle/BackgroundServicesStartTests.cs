using Crm.Host.Modules.Lifecycle;
using Crm.Sdk.Modules;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace Crm.Host.Tests.Modules.Lifecycle;

/// <summary>A module's background services start once the server listens, not while the start-up still needs the CPU.</summary>
public sealed class BackgroundServicesStartTests
{
    [Fact]
    public async Task A_background_service_starts_only_when_the_host_has_started()
    {
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        var signal = new HostStartedSignal([lifetime]);
        var service = new RecordingService();
        await using var runner = new ModuleBackgroundRunner("acme.sweeps", [service], signal.Started, NullLogger<ModuleBackgroundRunner>.Instance);

        await Task.Delay(100);
        Assert.False(service.Started.Task.IsCompleted);

        lifetime.NotifyStarted();
        await service.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_module_enabled_after_the_start_runs_its_services_at_once()
    {
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        lifetime.NotifyStarted();
        var service = new RecordingService();

        await using var runner = new ModuleBackgroundRunner("acme.sweeps", [service], new HostStartedSignal([lifetime]).Started, NullLogger<ModuleBackgroundRunner>.Instance);

        await service.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Without_a_server_the_services_run_at_once()
    {
        var service = new RecordingService();

        await using var runner = new ModuleBackgroundRunner("acme.sweeps", [service], new HostStartedSignal([]).Started, NullLogger<ModuleBackgroundRunner>.Instance);

        await service.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_module_disabled_before_the_host_started_never_runs_its_services()
    {
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        var service = new RecordingService();
        var runner = new ModuleBackgroundRunner("acme.sweeps", [service], new HostStartedSignal([lifetime]).Started, NullLogger<ModuleBackgroundRunner>.Instance);

        await runner.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        lifetime.NotifyStarted();
        await Task.Delay(100);

        Assert.False(service.Started.Task.IsCompleted);
    }

    private sealed class RecordingService : IModuleBackgroundService
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task RunAsync(CancellationToken stoppingToken)
        {
            Started.TrySetResult();
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
    }
}

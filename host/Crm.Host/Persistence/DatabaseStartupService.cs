using Crm.Host.Hosting;

namespace Crm.Host.Persistence;

/// <summary>
/// Starts <see cref="DatabaseInitializer"/> when the host starts, without holding up the services after it: the
/// module manager scans the plugin folders meanwhile, and waits for the database where it first reads the module
/// states (on two cores, that overlap shortens a start by the scan's time). A failure stops the host with the
/// initializer's message, from whichever service meets it first; <see cref="StartedAsync"/> waits for the
/// database, so a host never reports started without it.
/// </summary>
internal sealed class DatabaseStartupService(DatabaseInitializer initializer, StartupTimeline timeline) : IHostedLifecycleService
{
    private Task _startup = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _startup = InitializeAsync(cancellationToken);
        return Task.CompletedTask;
    }

    public Task StartedAsync(CancellationToken cancellationToken) => _startup.WaitAsync(cancellationToken);

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await initializer.EnsureInitializedAsync(cancellationToken);
        timeline.Mark("database ready");
    }
}

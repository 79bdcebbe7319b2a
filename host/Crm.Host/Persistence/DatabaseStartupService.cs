using Crm.Host.Hosting;

namespace Crm.Host.Persistence;

/// <summary>
/// Runs <see cref="DatabaseInitializer"/> when the host starts, before the module manager (registered after
/// it) activates modules. A failure stops the host with the initializer's message.
/// </summary>
internal sealed class DatabaseStartupService(DatabaseInitializer initializer, StartupTimeline timeline) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await initializer.EnsureInitializedAsync(cancellationToken);
        timeline.Mark("database ready");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

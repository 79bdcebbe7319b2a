namespace Crm.Host.Persistence;

/// <summary>
/// Runs <see cref="DatabaseInitializer"/> when the host starts, before the module manager (registered after
/// it) activates modules. A failure stops the host with the initializer's message.
/// </summary>
internal sealed class DatabaseStartupService(DatabaseInitializer initializer) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => initializer.EnsureInitializedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using Crm.Host.Hosting;
using Microsoft.Extensions.Options;

namespace Crm.Host.Modules.Lifecycle;

/// <summary>
/// Builds the start-up shape before the server takes requests, then re-reads the state store and the plugins
/// folder every <see cref="ModulesOptions.PollInterval"/>, so a change made by the CLI (or by another host
/// instance) reaches this server within one interval.
/// </summary>
internal sealed class ModuleConvergenceService(
    ModuleManager manager,
    IOptions<ModulesOptions> options,
    TimeProvider time,
    StartupTimeline timeline,
    ILogger<ModuleConvergenceService> logger)
    : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await manager.ConvergeAsync(cancellationToken);
        timeline.Mark("modules converged");
        await base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await manager.DisposeAsync();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await manager.ConvergeAsync(stoppingToken);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    // A store that cannot be read now (file being replaced, database restarting) is retried next tick.
                    logger.LogError(exception, "Converging on the module states failed; retrying in {Interval}", options.Value.PollInterval);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown.
        }
    }
}

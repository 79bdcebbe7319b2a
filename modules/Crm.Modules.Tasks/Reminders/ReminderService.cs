using Crm.Modules.Tasks.Storage;
using Crm.Sdk.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Modules.Tasks.Reminders;

/// <summary>
/// The reminder clock. Every host runs it while <c>crm.tasks</c> is enabled; the lease makes only one of them sweep
/// at a time, and the others take over within one lease period when that one stops. Stopping gives the lease back.
/// </summary>
internal sealed class ReminderService(IDbContextFactory<TasksDbContext> contexts, ReminderSweep sweep, ReminderOptions options, TimeProvider time, ILogger<ReminderService> logger)
    : IModuleBackgroundService
{
    /// <summary>This instance's name in the lease row: host, process and a random part (two services in one process differ).</summary>
    public string HolderId { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Interval, time);
        try
        {
            do
            {
                await TickAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: fall through to release the lease.
        }

        await ReleaseAsync();
    }

    /// <summary>One tick; failures are logged and the clock keeps going (the database may be back next time).</summary>
    public async Task<int> TickAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var pushed = await sweep.RunOnceAsync(db, HolderId, cancellationToken);
            if (pushed > 0)
            {
                logger.LogInformation("Pushed {Count} activity reminder(s)", pushed);
            }

            return pushed;
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.LogWarning(failure, "The reminder sweep failed; retrying on the next tick");
            return 0;
        }
    }

    private async Task ReleaseAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await using var db = await contexts.CreateDbContextAsync(timeout.Token);
            await JobLease.ReleaseAsync(db, ReminderSweep.LeaseName, HolderId, time.GetUtcNow().UtcDateTime, timeout.Token);
        }
        catch (Exception failure)
        {
            // The lease simply expires; another host takes over then.
            logger.LogInformation(failure, "Could not give the reminder lease back; it expires by itself");
        }
    }
}

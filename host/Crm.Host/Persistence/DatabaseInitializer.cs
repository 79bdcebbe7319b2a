using Crm.Host.Persistence.Providers;
using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Host.Persistence;

/// <summary>
/// Gets the database ready before anything else uses it: checks it (file, server), then applies the host's
/// own migrations when some are pending. A server that is not up yet gets retried with a doubling wait, each failure logged with
/// what is wrong; wrong settings fail at once. After the last attempt it throws, so the host stops with a
/// clear error instead of crash-looping silently. Runs once per process: whoever needs the database first
/// (the start-up service, an admin command, a test host) starts it, and the others wait for that same attempt,
/// so a database that stays down is retried once, not once per caller. After a failed attempt the next caller
/// starts a new one.
/// </summary>
internal sealed class DatabaseInitializer(
    IServiceProvider services,
    IOptions<DatabaseOptions> options,
    TimeProvider time,
    ILogger<DatabaseInitializer> logger)
{
    private readonly Lock _gate = new();
    private Task? _attempt;

    /// <summary>Initializes the database unless this process already did; a failed attempt may be retried.</summary>
    /// <param name="cancellationToken">Stops this caller's wait; the attempt itself stops only with the token of the caller that started it.</param>
    public Task EnsureInitializedAsync(CancellationToken cancellationToken)
    {
        Task attempt;
        lock (_gate)
        {
            if (_attempt is null || (_attempt.IsCompleted && !_attempt.IsCompletedSuccessfully))
            {
                _attempt = Task.Run(() => InitializeAsync(cancellationToken), CancellationToken.None);
            }

            attempt = _attempt;
        }

        return attempt.IsCompletedSuccessfully ? Task.CompletedTask : attempt.WaitAsync(cancellationToken);
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        // Validate the settings first, so a wrong provider name or a missing connection string surfaces as itself.
        DatabaseProviderFactory.Create(options.Value);
        var provider = services.GetRequiredService<IDatabaseProvider>();
        var attempts = Math.Max(1, options.Value.StartupAttempts);
        var delay = options.Value.StartupFirstRetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await provider.PrepareAsync(cancellationToken);
                await using var db = services.GetRequiredService<IDbContextFactory<HostDbContext>>().CreateDbContext();
                // Looking costs two small reads; MigrateAsync takes the migration lock and writes even when
                // nothing is pending. If another instance migrates meanwhile, MigrateAsync's own check under its lock wins.
                if ((await services.GetRequiredService<MigrationHistoryReader>().PendingAsync(typeof(HostDbContext), HostDbContext.StorageModuleId, cancellationToken)).Count > 0)
                {
                    await db.Database.MigrateAsync(cancellationToken);
                }

                logger.LogInformation("Database ready: {Database}", provider.Description);
                return;
            }
            catch (DatabaseUnavailableException e) when (attempt < attempts)
            {
                logger.LogWarning("{Database} is unavailable (attempt {Attempt} of {Attempts}): {Reason} Retrying in {Delay}.", provider.Description, attempt, attempts, e.Message, delay);
                await Task.Delay(delay, time, cancellationToken);
                delay *= 2;
            }
            catch (DatabaseUnavailableException e)
            {
                throw new DatabaseUnavailableException($"Gave up after {attempts} attempts: {e.Message}", e);
            }
        }
    }
}

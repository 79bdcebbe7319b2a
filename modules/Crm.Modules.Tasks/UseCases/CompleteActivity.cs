using Crm.Modules.Tasks.Domain;
using Crm.Modules.Tasks.Storage;
using Crm.Sdk.Contracts;
using Crm.Sdk.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Modules.Tasks.UseCases;

/// <summary>
/// Marks a planned activity done with its outcome and writes the interaction to the client's timeline through
/// <c>RecordInteraction</c>. The two writes live in two modules' stores, so they cannot share a transaction (on
/// SQLite one writer at a time would even deadlock): the activity is claimed first (version-checked, so two
/// colleagues cannot both complete it), then the interaction is recorded, and if that is refused or fails the
/// claim is undone. Either both are written or neither is.
/// </summary>
public sealed class CompleteActivity(TasksDbContext db, IMediator mediator, TimeProvider time, ILogger<CompleteActivity> logger)
{
    public const int MaxOutcome = 1000;

    public async Task<ContractResult<Activity>> HandleAsync(Guid id, long expectedVersion, string outcome, string actor, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (activity is null)
        {
            return ContractResult<Activity>.Failure(new ContractError(ContractErrorCodes.NotFound, $"No activity has the id {id:N}.", "id"));
        }

        if (activity.Status != ActivityStatus.Planned)
        {
            return ContractResult<Activity>.Failure(new ContractError(TaskErrorCodes.ActivityClosed, $"The activity is already {activity.Status.ToString().ToUpperInvariant()}; only a planned activity can be completed.", "id"));
        }

        if (string.IsNullOrWhiteSpace(outcome) || outcome.Trim().Length > MaxOutcome)
        {
            return ContractResult<Activity>.Failure(new ContractError(ContractErrorCodes.InvalidInput, $"outcome must be 1 to {MaxOutcome} characters: say what came of it.", "outcome"));
        }

        if (activity.Version != expectedVersion)
        {
            return Conflict(activity.Version, expectedVersion);
        }

        var now = time.GetUtcNow();
        db.ExpectVersion(activity, expectedVersion);
        activity.Status = ActivityStatus.Done;
        activity.Outcome = outcome.Trim();
        activity.CompletedAt = now.UtcDateTime;
        activity.UpdatedAt = now.UtcDateTime;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            db.ChangeTracker.Clear();
            return Conflict(null, expectedVersion);
        }

        try
        {
            var recorded = await mediator.Send(ActivityTimeline.Entry(activity, activity.Outcome, actor, now), cancellationToken);
            if (recorded.Succeeded)
            {
                return ContractResult<Activity>.Success(activity);
            }

            await UndoAsync(activity, now);
            return ContractResult<Activity>.Failure(recorded.Errors);
        }
        catch (Exception failure) when (failure is not ConcurrencyConflictException)
        {
            logger.LogWarning(failure, "Recording the interaction of activity {ActivityId} failed; the activity goes back to planned", activity.Id);
            await UndoAsync(activity, now);
            throw;
        }
    }

    // Runs even when the caller's token is cancelled: a half-written completion must not outlive the request.
    private async Task UndoAsync(Activity activity, DateTimeOffset now)
    {
        activity.Status = ActivityStatus.Planned;
        activity.Outcome = null;
        activity.CompletedAt = null;
        activity.UpdatedAt = now.UtcDateTime;
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private static ContractResult<Activity> Conflict(long? stored, long expected) =>
        ContractResult<Activity>.Failure(new ContractError(
            ContractErrorCodes.Conflict,
            stored is null
                ? "The activity was changed by someone else while you saved; reload it."
                : $"The activity was changed by someone else (version {stored}, you saw {expected}); reload it.",
            "version"));
}

using Crm.Modules.Tasks.Domain;
using Crm.Modules.Tasks.Storage;
using Crm.Sdk.Contracts;
using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Tasks.UseCases;

/// <summary>Calls off a planned activity (version-checked); nothing lands in the timeline.</summary>
public sealed class CancelActivity(TasksDbContext db, TimeProvider time)
{
    public async Task<ContractResult<Activity>> HandleAsync(Guid id, long expectedVersion, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (activity is null)
        {
            return ContractResult<Activity>.Failure(new ContractError(ContractErrorCodes.NotFound, $"No activity has the id {id:N}.", "id"));
        }

        if (activity.Status != ActivityStatus.Planned)
        {
            return ContractResult<Activity>.Failure(new ContractError(TaskErrorCodes.ActivityClosed, $"The activity is already {activity.Status.ToString().ToUpperInvariant()}.", "id"));
        }

        db.ExpectVersion(activity, expectedVersion);
        activity.Status = ActivityStatus.Cancelled;
        activity.UpdatedAt = time.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return ContractResult<Activity>.Success(activity);
        }
        catch (ConcurrencyConflictException)
        {
            db.ChangeTracker.Clear();
            return ContractResult<Activity>.Failure(new ContractError(ContractErrorCodes.Conflict, "The activity was changed by someone else; reload it.", "version"));
        }
    }
}

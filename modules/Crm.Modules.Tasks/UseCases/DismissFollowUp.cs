using Crm.Modules.Tasks.Domain;
using Crm.Modules.Tasks.Storage;
using Crm.Sdk.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Tasks.UseCases;

/// <summary>Closes one of the caller's own follow-up suggestions ("no follow-up needed").</summary>
public sealed class DismissFollowUp(TasksDbContext db, TimeProvider time)
{
    public async Task<ContractResult<FollowUpSuggestion>> HandleAsync(Guid id, string userId, CancellationToken cancellationToken)
    {
        var suggestion = await db.FollowUps.FirstOrDefaultAsync(f => f.Id == id && f.UserId == userId, cancellationToken);
        if (suggestion is null)
        {
            return ContractResult<FollowUpSuggestion>.Failure(new ContractError(ContractErrorCodes.NotFound, $"You have no follow-up suggestion with the id {id:N}.", "id"));
        }

        suggestion.ClosedAt ??= time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return ContractResult<FollowUpSuggestion>.Success(suggestion);
    }
}

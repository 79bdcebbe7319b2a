using Crm.Modules.Agreements.Domain;
using Crm.Modules.Agreements.Storage;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Agreements;
using Crm.Sdk.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Agreements.UseCases;

/// <summary>
/// Moves an agreement along its life cycle (concurrency-checked). Ending it releases its resource claims; the
/// change appears in the client's timeline.
/// </summary>
public sealed class ChangeAgreementStatus(AgreementsDbContext db, IMediator mediator, TimeProvider time)
{
    public async Task<AgreementResult> HandleAsync(Guid id, long expectedVersion, AgreementStatus status, string actor, CancellationToken cancellationToken)
    {
        var agreement = await db.Agreements.Include(a => a.Claims).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (agreement is null)
        {
            return AgreementResult.Failure(new ContractError(ContractErrorCodes.NotFound, $"No agreement has the id {id}.", "id"));
        }

        if (agreement.Version != expectedVersion)
        {
            return AgreementResult.Failure(new ContractError(ContractErrorCodes.Conflict, $"The agreement was changed by someone else (version {agreement.Version}, you saw {expectedVersion}); reload it.", "version"));
        }

        var from = agreement.Status;
        if (!Enum.IsDefined(status) || !AgreementTransitions.IsAllowed(from, status))
        {
            return AgreementResult.Failure(new ContractError(ContractErrorCodes.InvalidTransition, $"An agreement that is {from.ToString().ToUpperInvariant()} cannot become {status.ToString().ToUpperInvariant()}.", "status"));
        }

        db.ExpectVersion(agreement, expectedVersion);
        var now = time.GetUtcNow();
        agreement.Status = status;
        agreement.UpdatedAt = now.UtcDateTime;
        foreach (var claim in agreement.Claims)
        {
            claim.IsActive = Agreement.HoldsResources(status);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            db.ChangeTracker.Clear();
            return AgreementResult.Failure(new ContractError(ContractErrorCodes.Conflict, "The agreement was changed by someone else while you saved; reload it.", "version"));
        }

        await AgreementTimeline.WriteAsync(mediator, agreement, $"Agreement {status.ToString().ToUpperInvariant()} (was {from.ToString().ToUpperInvariant()}): {agreement.Subject}", actor, now, cancellationToken);
        await mediator.Publish(new AgreementStatusChanged(agreement.Id, agreement.CustomerId, from, status, actor), cancellationToken);
        return AgreementResult.Success(agreement);
    }
}

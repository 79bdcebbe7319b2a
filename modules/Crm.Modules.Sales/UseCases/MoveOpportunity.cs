using Crm.Modules.Sales.Domain;
using Crm.Modules.Sales.Storage;
using Crm.Sdk.Contracts;
using Crm.Sdk.Persistence;
using Crm.Sdk.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Sales.UseCases;

/// <summary>
/// Moves an opportunity to another stage of its own funnel (concurrency-checked) and records the move. Entering the
/// LOST stage needs a reason from the catalog and a comment; closing tells the timeline and other modules.
/// An opportunity out of the caller's reach answers NOT_FOUND, as a missing one does.
/// </summary>
public sealed class MoveOpportunity(SalesDbContext db, IMediator mediator, ICurrentUser user, TimeProvider time)
{
    public async Task<ContractResult<Opportunity>> HandleAsync(Guid id, long expectedVersion, Guid stageId, string? lossReasonCode, string? comment, CancellationToken cancellationToken)
    {
        var opportunity = await LoadAsync(id, cancellationToken);
        if (opportunity is null)
        {
            return NotFound(id);
        }

        var stage = await db.Stages.AsNoTracking().FirstOrDefaultAsync(s => s.Id == stageId, cancellationToken);
        if (stage is null)
        {
            return ContractResult<Opportunity>.Failure(new ContractError(ContractErrorCodes.NotFound, $"No stage has the id {stageId}.", "stageId"));
        }

        if (stage.FunnelId != opportunity.FunnelId)
        {
            return ContractResult<Opportunity>.Failure(new ContractError(SalesErrorCodes.StageOfAnotherFunnel, $"Stage '{stage.Name}' belongs to another funnel; an opportunity moves only within its own.", "stageId"));
        }

        return await ApplyAsync(opportunity, expectedVersion, stage, lossReasonCode, comment, cancellationToken);
    }

    /// <summary>Closes the opportunity as lost: the funnel's LOST stage with a catalog reason and a comment.</summary>
    public async Task<ContractResult<Opportunity>> LoseAsync(Guid id, long expectedVersion, string? lossReasonCode, string? comment, CancellationToken cancellationToken)
    {
        var opportunity = await LoadAsync(id, cancellationToken);
        if (opportunity is null)
        {
            return NotFound(id);
        }

        var lost = await db.Stages.AsNoTracking().SingleAsync(s => s.FunnelId == opportunity.FunnelId && s.Outcome == StageOutcome.Lost, cancellationToken);
        return await ApplyAsync(opportunity, expectedVersion, lost, lossReasonCode, comment, cancellationToken);
    }

    private async Task<ContractResult<Opportunity>> ApplyAsync(Opportunity opportunity, long expectedVersion, FunnelStage stage, string? lossReasonCode, string? comment, CancellationToken cancellationToken)
    {
        if (opportunity.Version != expectedVersion)
        {
            return ContractResult<Opportunity>.Failure(new ContractError(ContractErrorCodes.Conflict, $"The opportunity was changed by someone else (version {opportunity.Version}, you saw {expectedVersion}); reload it.", "version"));
        }

        if (opportunity.Status != OpportunityStatus.Open)
        {
            return ContractResult<Opportunity>.Failure(new ContractError(SalesErrorCodes.AlreadyClosed, $"The opportunity is {opportunity.Status.ToString().ToUpperInvariant()} already.", "id"));
        }

        if (stage.Outcome == StageOutcome.Lost)
        {
            var errors = await LossErrorsAsync(lossReasonCode, comment, cancellationToken);
            if (errors.Count > 0)
            {
                return ContractResult<Opportunity>.Failure(errors);
            }

            opportunity.LossReasonCode = lossReasonCode!.Trim().ToUpperInvariant();
            opportunity.LossComment = comment!.Trim();
        }

        db.ExpectVersion(opportunity, expectedVersion);
        db.StageMoves.Add(StageMover.Move(opportunity, stage, user.Id, time.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            db.ChangeTracker.Clear();
            return ContractResult<Opportunity>.Failure(new ContractError(ContractErrorCodes.Conflict, "The opportunity was changed by someone else while you saved; reload it.", "version"));
        }

        await ClosingNews.TellAsync(mediator, opportunity, user.Id, cancellationToken);
        return ContractResult<Opportunity>.Success(opportunity);
    }

    private async Task<List<ContractError>> LossErrorsAsync(string? code, string? comment, CancellationToken cancellationToken)
    {
        var errors = new List<ContractError>();
        if (string.IsNullOrWhiteSpace(code))
        {
            errors.Add(new(SalesErrorCodes.LossReasonRequired, "Say why the client refused: pick a reason from the catalog.", "lossReasonCode"));
        }
        else
        {
            var normalized = code.Trim().ToUpperInvariant();
            if (!await db.LossReasons.AnyAsync(r => r.Code == normalized && r.IsActive, cancellationToken))
            {
                errors.Add(new(ContractErrorCodes.NotFound, $"No active loss reason has the code '{normalized}'.", "lossReasonCode"));
            }
        }

        if (string.IsNullOrWhiteSpace(comment) || comment.Length > 2000)
        {
            errors.Add(new(SalesErrorCodes.LossReasonRequired, "A lost deal needs a comment of 1 to 2,000 characters: it is the next offer's starting point.", "comment"));
        }

        return errors;
    }

    private Task<Opportunity?> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        db.Opportunities.WhereAccessible(user, SalesModule.Id, o => o.OwnerId).Include(o => o.Products).FirstOrDefaultAsync(o => o.Id == id, cancellationToken);

    private static ContractResult<Opportunity> NotFound(Guid id) =>
        ContractResult<Opportunity>.Failure(new ContractError(ContractErrorCodes.NotFound, $"No opportunity has the id {id}.", "id"));
}

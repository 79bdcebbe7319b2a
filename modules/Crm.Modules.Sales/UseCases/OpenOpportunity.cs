using Crm.Modules.Sales.Domain;
using Crm.Modules.Sales.Storage;
using Crm.Sdk.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Sales.UseCases;

/// <summary>
/// Opens an opportunity for an existing client, owned by an active user, in an open stage of the given funnel,
/// about active catalog products. The first stage move is recorded with it.
/// </summary>
public sealed class OpenOpportunity(SalesDbContext db, IMediator mediator, TimeProvider time)
{
    public async Task<ContractResult<Opportunity>> HandleAsync(OpportunityInput input, string actor, CancellationToken cancellationToken)
    {
        var (errors, stage) = await ValidateAsync(input, cancellationToken);
        if (errors.Count > 0)
        {
            return ContractResult<Opportunity>.Failure(errors);
        }

        var opportunity = Create(input, stage!, actor, time.GetUtcNow().UtcDateTime, out var move);
        db.Opportunities.Add(opportunity);
        db.StageMoves.Add(move);
        await db.SaveChangesAsync(cancellationToken);
        return ContractResult<Opportunity>.Success(opportunity);
    }

    /// <summary>Checks everything, asking other modules about the client and the owner; returns the starting stage when valid.</summary>
    internal async Task<(List<ContractError> Errors, FunnelStage? Stage)> ValidateAsync(OpportunityInput input, CancellationToken cancellationToken, bool checkCustomer = true)
    {
        var errors = new[]
        {
            Checks.Text(input.Title, 300, "title", "The title"),
            Checks.Currency(input.Currency, "currency"),
            input.Amount < 0 ? new ContractError(SalesErrorCodes.NegativeAmount, "An amount cannot be negative.", "amount") : null,
            input.Probability is < 0 or > 100 ? new ContractError(ContractErrorCodes.InvalidInput, "A probability is a percentage, 0 to 100.", "probability") : null,
            checkCustomer ? await Checks.CustomerAsync(mediator, input.CustomerId, "customerId", cancellationToken) : null,
            await Checks.OwnerAsync(mediator, input.OwnerId, "ownerId", cancellationToken),
        }.OfType<ContractError>().ToList();

        var funnel = await db.Funnels.AsNoTracking().Include(f => f.Stages).FirstOrDefaultAsync(f => f.Id == input.FunnelId && f.IsActive, cancellationToken);
        FunnelStage? stage = null;
        if (funnel is null)
        {
            errors.Add(new(ContractErrorCodes.NotFound, $"No active funnel has the id {input.FunnelId}.", "funnelId"));
        }
        else if (input.StageId is { } stageId)
        {
            stage = funnel.Stages.FirstOrDefault(s => s.Id == stageId);
            if (stage is null)
            {
                errors.Add(await db.Stages.AnyAsync(s => s.Id == stageId, cancellationToken)
                    ? new(SalesErrorCodes.StageOfAnotherFunnel, $"That stage belongs to another funnel than '{funnel.Name}'.", "stageId")
                    : new(ContractErrorCodes.NotFound, $"No stage has the id {stageId}.", "stageId"));
            }
            else if (stage.Outcome != StageOutcome.Open)
            {
                errors.Add(new(ContractErrorCodes.InvalidInput, "A new opportunity starts in an open stage.", "stageId"));
            }
        }
        else
        {
            stage = funnel.FirstOpenStage;
        }

        var products = input.ProductIds.Distinct().ToList();
        var found = await db.Products.CountAsync(p => products.Contains(p.Id) && p.IsActive, cancellationToken);
        if (found != products.Count)
        {
            errors.Add(new(ContractErrorCodes.NotFound, "Some products are not in the catalog (or are deactivated).", "productIds"));
        }

        return (errors, errors.Count == 0 ? stage : null);
    }

    internal static Opportunity Create(OpportunityInput input, FunnelStage stage, string actor, DateTime now, out StageMove move)
    {
        var opportunity = new Opportunity
        {
            Id = Guid.CreateVersion7(),
            CustomerId = input.CustomerId,
            Title = input.Title.Trim(),
            Amount = input.Amount,
            Currency = input.Currency,
            ExpectedCloseDate = input.ExpectedCloseDate,
            OwnerId = input.OwnerId,
            FunnelId = stage.FunnelId,
            LeadId = input.LeadId,
            CreatedAt = now,
            Version = 1,
            Products = input.ProductIds.Distinct().Select(p => new OpportunityProduct { ProductId = p }).ToList(),
        };
        move = StageMover.Move(opportunity, stage, actor, now);
        foreach (var product in opportunity.Products)
        {
            product.OpportunityId = opportunity.Id;
        }

        if (input.Probability is { } probability)
        {
            opportunity.Probability = probability;
        }

        return opportunity;
    }
}

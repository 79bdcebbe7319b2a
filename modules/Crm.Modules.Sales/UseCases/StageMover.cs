using Crm.Modules.Sales.Domain;

namespace Crm.Modules.Sales.UseCases;

/// <summary>
/// The one place an opportunity changes stage: status, probability, the furthest position reached and the close
/// time follow the stage, and the move is returned to be stored in the history.
/// </summary>
internal static class StageMover
{
    public static StageMove Move(Opportunity opportunity, FunnelStage stage, string actor, DateTime now, string? rule = null)
    {
        var move = new StageMove
        {
            Id = Guid.CreateVersion7(),
            OpportunityId = opportunity.Id,
            FromStageId = opportunity.StageId == Guid.Empty ? null : opportunity.StageId,
            ToStageId = stage.Id,
            MovedBy = actor,
            MovedAt = now,
            Rule = rule,
        };
        opportunity.StageId = stage.Id;
        opportunity.Probability = stage.Probability;
        opportunity.UpdatedAt = now;
        opportunity.Status = stage.Outcome switch
        {
            StageOutcome.Won => OpportunityStatus.Won,
            StageOutcome.Lost => OpportunityStatus.Lost,
            _ => OpportunityStatus.Open,
        };
        opportunity.ClosedAt = stage.Outcome == StageOutcome.Open ? null : now;
        // A loss does not count as progress: conversion measures how far deals got before they were lost.
        if (stage.Outcome != StageOutcome.Lost)
        {
            opportunity.FurthestPosition = Math.Max(opportunity.FurthestPosition, stage.Position);
        }

        return move;
    }
}

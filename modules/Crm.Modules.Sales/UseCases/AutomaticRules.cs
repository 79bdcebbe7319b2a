using Crm.Modules.Sales.Domain;
using Crm.Modules.Sales.Storage;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Sales.UseCases;

/// <summary>
/// Applies the funnels' rules for one event of a client: each of the client's open opportunities whose funnel has
/// a matching rule moves to the rule's stage, forward only. Moves are recorded as made by the rule.
/// </summary>
public sealed class AutomaticRules(SalesDbContext db, IMediator mediator, TimeProvider time)
{
    public async Task<IReadOnlyList<Opportunity>> ApplyAsync(Guid customerId, RuleTrigger trigger, string? interactionKind, string actor, CancellationToken cancellationToken)
    {
        var rules = await db.Rules.AsNoTracking()
            .Where(r => r.Trigger == trigger && (trigger != RuleTrigger.InteractionRecorded || r.InteractionKind == interactionKind))
            .ToListAsync(cancellationToken);
        if (rules.Count == 0)
        {
            return [];
        }

        var funnels = rules.Select(r => r.FunnelId).Distinct().ToList();
        var opportunities = await db.Opportunities.Include(o => o.Products)
            .Where(o => o.CustomerId == customerId && o.Status == OpportunityStatus.Open && funnels.Contains(o.FunnelId))
            .ToListAsync(cancellationToken);
        var targets = rules.Select(r => r.TargetStageId).Distinct().ToList();
        var stages = await db.Stages.AsNoTracking().Where(s => targets.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var current = opportunities.Select(o => o.StageId).Distinct().ToList();
        var positions = await db.Stages.AsNoTracking().Where(s => current.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Position, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var moved = new List<Opportunity>();
        foreach (var opportunity in opportunities)
        {
            var rule = rules.First(r => r.FunnelId == opportunity.FunnelId);
            var target = stages[rule.TargetStageId];
            if (target.Outcome == StageOutcome.Open && target.Position <= positions[opportunity.StageId])
            {
                continue;
            }

            if (target.Outcome == StageOutcome.Lost)
            {
                opportunity.LossReasonCode = rule.LossReasonCode;
                opportunity.LossComment = $"Closed by the funnel rule on {trigger}.";
            }

            db.StageMoves.Add(StageMover.Move(opportunity, target, actor, now, $"rule: {trigger}{(interactionKind is null ? "" : " " + interactionKind)}"));
            moved.Add(opportunity);
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var opportunity in moved)
        {
            await ClosingNews.TellAsync(mediator, opportunity, actor, cancellationToken);
        }

        return moved;
    }
}

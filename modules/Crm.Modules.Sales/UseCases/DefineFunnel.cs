using Crm.Modules.Sales.Domain;
using Crm.Modules.Sales.Storage;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Interactions;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Sales.UseCases;

/// <summary>
/// Creates a funnel. Open stages come first in the given order; exactly one WON and one LOST stage close it.
/// Rules must name a stage of this funnel, an interaction kind when they listen to interactions, and a catalog
/// reason when their target is the LOST stage.
/// </summary>
public sealed class DefineFunnel(SalesDbContext db, TimeProvider time)
{
    public const int MaxStages = 20;

    public async Task<ContractResult<Funnel>> HandleAsync(FunnelInput input, CancellationToken cancellationToken)
    {
        var errors = Validate(input);
        if (errors.Count == 0 && await db.Funnels.AnyAsync(f => f.Name == input.Name.Trim(), cancellationToken))
        {
            errors.Add(new(SalesErrorCodes.Duplicate, $"A funnel named '{input.Name.Trim()}' exists already.", "name"));
        }

        var reasons = input.Rules.Select(r => r.LossReasonCode).OfType<string>().ToList();
        var known = await db.LossReasons.Where(r => reasons.Contains(r.Code) && r.IsActive).Select(r => r.Code).ToListAsync(cancellationToken);
        errors.AddRange(reasons.Except(known).Select(code => new ContractError(ContractErrorCodes.NotFound, $"No active loss reason has the code '{code}'.", "rules")));
        if (errors.Count > 0)
        {
            return ContractResult<Funnel>.Failure(errors);
        }

        var funnel = new Funnel { Id = Guid.CreateVersion7(), Name = input.Name.Trim(), CreatedAt = time.GetUtcNow().UtcDateTime, Version = 1 };
        // Open stages keep their order; won and lost come last, so positions grow along the way to a close.
        var ordered = input.Stages.Where(s => s.Outcome == StageOutcome.Open)
            .Concat(input.Stages.Where(s => s.Outcome == StageOutcome.Won))
            .Concat(input.Stages.Where(s => s.Outcome == StageOutcome.Lost));
        funnel.Stages = ordered.Select((s, i) => new FunnelStage
        {
            Id = Guid.CreateVersion7(),
            FunnelId = funnel.Id,
            Name = s.Name.Trim(),
            Position = i + 1,
            Outcome = s.Outcome,
            Probability = s.Outcome switch { StageOutcome.Won => 100, StageOutcome.Lost => 0, _ => s.Probability },
        }).ToList();
        funnel.Rules = input.Rules.Select(r => new FunnelRule
        {
            Id = Guid.CreateVersion7(),
            FunnelId = funnel.Id,
            Trigger = r.Trigger,
            InteractionKind = r.InteractionKind,
            TargetStageId = funnel.Stages.Single(s => string.Equals(s.Name, r.TargetStage.Trim(), StringComparison.OrdinalIgnoreCase)).Id,
            LossReasonCode = r.LossReasonCode,
        }).ToList();
        db.Funnels.Add(funnel);
        await db.SaveChangesAsync(cancellationToken);
        return ContractResult<Funnel>.Success(funnel);
    }

    private static List<ContractError> Validate(FunnelInput input)
    {
        var errors = new List<ContractError>();
        if (Checks.Text(input.Name, 200, "name", "The funnel name") is { } name)
        {
            errors.Add(name);
        }

        if (input.Stages.Count is < 3 or > MaxStages)
        {
            errors.Add(new(ContractErrorCodes.InvalidInput, $"A funnel has 3 to {MaxStages} stages: at least one open, one WON and one LOST.", "stages"));
        }

        if (input.Stages.Count(s => s.Outcome == StageOutcome.Won) != 1 || input.Stages.Count(s => s.Outcome == StageOutcome.Lost) != 1 || input.Stages.All(s => s.Outcome != StageOutcome.Open))
        {
            errors.Add(new(ContractErrorCodes.InvalidInput, "A funnel needs at least one OPEN stage and exactly one WON and one LOST stage.", "stages"));
        }

        for (var i = 0; i < input.Stages.Count; i++)
        {
            if (Checks.Text(input.Stages[i].Name, 100, $"stages[{i}].name", "A stage name") is { } stage)
            {
                errors.Add(stage);
            }

            if (input.Stages[i].Probability is < 0 or > 100)
            {
                errors.Add(new(ContractErrorCodes.InvalidInput, "A probability is a percentage, 0 to 100.", $"stages[{i}].probability"));
            }
        }

        if (input.Stages.Select(s => s.Name.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != input.Stages.Count)
        {
            errors.Add(new(SalesErrorCodes.Duplicate, "Stage names must differ within a funnel.", "stages"));
        }

        for (var i = 0; i < input.Rules.Count; i++)
        {
            var rule = input.Rules[i];
            var target = input.Stages.FirstOrDefault(s => string.Equals(s.Name.Trim(), rule.TargetStage?.Trim(), StringComparison.OrdinalIgnoreCase));
            if (target is null)
            {
                errors.Add(new(ContractErrorCodes.NotFound, $"The rule's target '{rule.TargetStage}' is not a stage of this funnel.", $"rules[{i}].targetStage"));
            }
            else if (target.Outcome == StageOutcome.Lost && rule.LossReasonCode is null)
            {
                errors.Add(new(SalesErrorCodes.LossReasonRequired, "A rule that closes as lost must name a loss reason code.", $"rules[{i}].lossReasonCode"));
            }

            if (!Enum.IsDefined(rule.Trigger) || (rule.Trigger == RuleTrigger.InteractionRecorded && !InteractionKinds.IsWellFormed(rule.InteractionKind)))
            {
                errors.Add(new(ContractErrorCodes.InvalidInput, "A rule on interactions names the interaction kind, e.g. EMAIL or PROPOSAL.", $"rules[{i}].interactionKind"));
            }
        }

        return errors;
    }
}

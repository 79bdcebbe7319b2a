using Crm.Modules.Sales.Domain;

namespace Crm.Modules.Sales.UseCases;

/// <summary>A funnel as an admin defines it: stages in order (open ones, then one WON and one LOST) and its rules.</summary>
public sealed record FunnelInput(string Name, IReadOnlyList<StageInput> Stages)
{
    public IReadOnlyList<RuleInput> Rules { get; init; } = [];
}

/// <summary>One stage; <paramref name="Probability"/> is the win chance (percent) an opportunity takes on entering it.</summary>
public sealed record StageInput(string Name, int Probability, StageOutcome Outcome = StageOutcome.Open);

/// <summary>A rule naming its target stage by name (the stages have no ids yet when the funnel is defined).</summary>
public sealed record RuleInput(RuleTrigger Trigger, string TargetStage)
{
    public string? InteractionKind { get; init; }

    public string? LossReasonCode { get; init; }
}

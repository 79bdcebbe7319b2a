namespace Crm.Modules.Sales.Domain;

/// <summary>
/// One step of a funnel. <see cref="Position"/> orders the stages (open ones first, then won, then lost); the
/// report's conversion compares how many opportunities reached each position.
/// </summary>
public sealed class FunnelStage
{
    public Guid Id { get; set; }

    public Guid FunnelId { get; set; }

    public string Name { get; set; } = "";

    public int Position { get; set; }

    public StageOutcome Outcome { get; set; }

    /// <summary>The win probability (percent) an opportunity takes when it enters the stage.</summary>
    public int Probability { get; set; }
}

using Crm.Sdk.Persistence;

namespace Crm.Modules.Sales.Domain;

/// <summary>
/// An admin-defined sales process ("new clients", "renewals"): ordered open stages, then exactly one won and one
/// lost stage, and the automatic rules that move its opportunities.
/// </summary>
public sealed class Funnel : IVersionedEntity
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public bool IsActive { get; set; } = true;

    public DateTime CreatedAt { get; set; }

    public long Version { get; set; }

    public List<FunnelStage> Stages { get; set; } = [];

    public List<FunnelRule> Rules { get; set; } = [];

    public FunnelStage FirstOpenStage => Stages.Where(s => s.Outcome == StageOutcome.Open).OrderBy(s => s.Position).First();

    public FunnelStage StageWith(StageOutcome outcome) => Stages.Single(s => s.Outcome == outcome);
}

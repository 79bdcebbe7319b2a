namespace Crm.Modules.Sales.Domain;

/// <summary>One recorded step of an opportunity through its funnel: from where, to where, who (or which rule), when.</summary>
public sealed class StageMove
{
    public Guid Id { get; set; }

    public Guid OpportunityId { get; set; }

    public Guid? FromStageId { get; set; }

    public Guid ToStageId { get; set; }

    public string MovedBy { get; set; } = "";

    public DateTime MovedAt { get; set; }

    /// <summary>Set when a funnel rule made the move, e.g. "rule: PurchaseRecorded".</summary>
    public string? Rule { get; set; }
}

namespace Crm.Modules.Sales.Storage;

/// <summary>
/// One cell of the funnel report's roll-up: how many opportunities of a funnel created on one UTC day sit in one
/// stage, owner, currency, furthest position and loss reason, and their amount. Kept in step with every saved
/// opportunity change (<see cref="FunnelTotalsDelta"/>) so the report reads a few thousand cells instead of a
/// million opportunities. Never written through the change tracker: only by <see cref="FunnelTotalsWriter"/>.
/// </summary>
public sealed class FunnelDayTotal
{
    public Guid FunnelId { get; set; }

    /// <summary>The UTC day the opportunities were created.</summary>
    public DateOnly Day { get; set; }

    public Guid StageId { get; set; }

    public string OwnerId { get; set; } = "";

    public string Currency { get; set; } = "";

    public int FurthestPosition { get; set; }

    /// <summary>The loss reason, or an empty string for none (the column is part of the key, so never null).</summary>
    public string LossReasonCode { get; set; } = "";

    public long OpportunityCount { get; set; }

    /// <summary>The amount in hundredths (amounts carry two decimals), so sums stay exact on every provider.</summary>
    public long AmountHundredths { get; set; }
}

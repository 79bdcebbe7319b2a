namespace Crm.Plugins.Competitors.Domain;

/// <summary>
/// A closed opportunity in which a competitor was in play: lost to it, or won against it. Keyed by opportunity and
/// competitor, so a notification delivered twice records it once.
/// </summary>
public sealed class CompetitiveDeal
{
    public Guid OpportunityId { get; set; }

    public Guid CompetitorId { get; set; }

    public Guid CustomerId { get; set; }

    public bool Won { get; set; }

    public DateTime ClosedAt { get; set; }

    public decimal Amount { get; set; }

    public string Currency { get; set; } = "";

    /// <summary>The products the opportunity was about, comma-separated ids ("N" format); empty when none.</summary>
    public string ProductIds { get; set; } = "";
}

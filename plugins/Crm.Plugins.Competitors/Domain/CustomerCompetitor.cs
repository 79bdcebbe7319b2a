namespace Crm.Plugins.Competitors.Domain;

/// <summary>A client who also buys from a competitor (<c>Customer.competitors</c>).</summary>
public sealed class CustomerCompetitor
{
    public Guid CustomerId { get; set; }

    public Guid CompetitorId { get; set; }

    public string? Note { get; set; }

    public DateTime Since { get; set; }
}

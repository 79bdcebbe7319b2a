using Crm.Sdk.GraphQL;
using Crm.Sdk.Persistence;

namespace Crm.Modules.Sales.Domain;

/// <summary>
/// A chance to sell to a client: what, how much, by when, how likely, who works on it, and where in its funnel it
/// stands. A lost one keeps the reason and comment, because each refusal is a future offer.
/// </summary>
public sealed class Opportunity : IVersionedEntity, IEntity
{
    public Guid Id { get; set; }

    public Guid CustomerId { get; set; }

    public string Title { get; set; } = "";

    public decimal Amount { get; set; }

    public string Currency { get; set; } = "";

    public DateOnly? ExpectedCloseDate { get; set; }

    /// <summary>Win probability in percent, 0 to 100.</summary>
    public int Probability { get; set; }

    public string OwnerId { get; set; } = "";

    public Guid FunnelId { get; set; }

    public Guid StageId { get; set; }

    /// <summary>The highest stage position ever reached; the report's conversion counts from it, so moving back does not un-convert.</summary>
    public int FurthestPosition { get; set; }

    public OpportunityStatus Status { get; set; }

    public string? LossReasonCode { get; set; }

    public string? LossComment { get; set; }

    public DateTime? ClosedAt { get; set; }

    public Guid? LeadId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public long Version { get; set; }

    public List<OpportunityProduct> Products { get; set; } = [];
}

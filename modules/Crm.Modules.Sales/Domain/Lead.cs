using Crm.Sdk.GraphQL;
using Crm.Sdk.Persistence;

namespace Crm.Modules.Sales.Domain;

/// <summary>
/// Interest from a person or company that has not bought yet: recorded even when nobody buys, with where it came
/// from, through which channel and for which product.
/// </summary>
public sealed class Lead : IVersionedEntity, IEntity
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public bool IsPerson { get; set; }

    public string? Source { get; set; }

    public string? Channel { get; set; }

    public Guid? ProductOfInterestId { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string OwnerId { get; set; } = "";

    public LeadStatus Status { get; set; }

    public string? DisqualifyReason { get; set; }

    public Guid? CustomerId { get; set; }

    public Guid? OpportunityId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public long Version { get; set; }
}

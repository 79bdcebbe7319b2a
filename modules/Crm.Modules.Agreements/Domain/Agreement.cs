using Crm.Sdk.Contracts.Agreements;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Persistence;

namespace Crm.Modules.Agreements.Domain;

/// <summary>
/// A promise made to a client, oral or written: what, on which terms, for which period, and which named
/// resources it holds. Recorded so the promise outlives the memory of whoever made it.
/// </summary>
public sealed class Agreement : IVersionedEntity, IEntity
{
    public Guid Id { get; set; }

    public Guid CustomerId { get; set; }

    public string Subject { get; set; } = "";

    public string? Terms { get; set; }

    public AgreementForm Form { get; set; }

    public AgreementStatus Status { get; set; }

    public DateOnly ValidFrom { get; set; }

    /// <summary>Last valid day; null for an open-ended agreement.</summary>
    public DateOnly? ValidTo { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTime RecordedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Concurrency token, managed by the module context: 1 on insert, one more on every change.</summary>
    public long Version { get; set; }

    public List<ResourceClaim> Claims { get; set; } = [];

    /// <summary>True while the agreement holds its resources.</summary>
    public static bool HoldsResources(AgreementStatus status) => status is AgreementStatus.Proposed or AgreementStatus.Agreed;
}

using Crm.Sdk.GraphQL;
using Crm.Sdk.Persistence;

namespace Crm.Modules.Tasks.Domain;

/// <summary>
/// A colleague away for a period (<see cref="From"/> inclusive, <see cref="To"/> exclusive) with the substitute
/// who carries on his work meanwhile.
/// </summary>
public sealed class Absence : IEntity, IVersionedEntity
{
    public Guid Id { get; set; }

    public string UserId { get; set; } = "";

    public DateTime From { get; set; }

    public DateTime To { get; set; }

    public string SubstituteId { get; set; } = "";

    public string? Reason { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    /// <summary>Concurrency token, managed by the module context.</summary>
    public long Version { get; set; }

    /// <summary>True when the half-open periods [from, to) of the two overlap.</summary>
    public static bool Overlaps(DateTime fromA, DateTime toA, DateTime fromB, DateTime toB) => fromA < toB && fromB < toA;
}

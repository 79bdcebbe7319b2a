using Crm.Sdk.Persistence;

namespace Crm.Benchmarks.Persistence;

/// <summary>A row shaped like a CRM interaction: who, when, how, and a short summary.</summary>
public sealed class Interaction : IVersionedEntity
{
    public Guid Id { get; set; }

    public Guid CustomerId { get; set; }

    public DateTime OccurredAt { get; set; }

    public string Channel { get; set; } = "";

    public string Summary { get; set; } = "";

    public long Version { get; set; }
}

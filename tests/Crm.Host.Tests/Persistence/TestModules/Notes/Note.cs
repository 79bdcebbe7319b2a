using Crm.Sdk.Persistence;

namespace Crm.Host.Tests.Persistence.TestModules.Notes;

/// <summary>An editable record with a client-generated key.</summary>
public sealed class Note : IVersionedEntity
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid CustomerId { get; set; }

    public string Text { get; set; } = "";

    public DateTime OccurredAt { get; set; }

    /// <summary>Added by the second migration.</summary>
    public bool Pinned { get; set; }

    public long Version { get; set; }
}

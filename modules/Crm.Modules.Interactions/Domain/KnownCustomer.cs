namespace Crm.Modules.Interactions.Domain;

/// <summary>
/// This module's copy of the customer list (id, name, manager, archived), kept from the customers module's
/// notifications. It lets "customers without contact" be one local query with NOT EXISTS, with no call to
/// another module per customer and no cross-module join.
/// </summary>
public sealed class KnownCustomer
{
    public Guid CustomerId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The name lower-cased (Cyrillic too): the sort key of lists.</summary>
    public string NameKey { get; set; } = "";

    public string? ManagerId { get; set; }

    public bool IsArchived { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>
    /// When the customer was last contacted, of any kind (the newest of its last-contact figures); null when never.
    /// Kept in the same transaction as the figures, so "nobody contacted since X" without a kind filter is an index
    /// range read instead of an anti-join of every customer against every figure.
    /// </summary>
    public DateTime? LastContactAt { get; set; }
}

namespace Crm.Modules.Interactions.Domain;

/// <summary>
/// The newest interaction of one kind with one customer, kept current on every write (an upsert in the same
/// transaction as the interaction). "Who was not called this month" then reads one small row per customer
/// and kind instead of scanning millions of timeline entries.
/// </summary>
public sealed class LastContactRow
{
    public Guid CustomerId { get; set; }

    public string Kind { get; set; } = "";

    public DateTime LastAt { get; set; }

    public long InteractionId { get; set; }
}

namespace Crm.Plugins.Loyalty.Domain;

/// <summary>A physical or virtual discount card issued to a client: its number and the percentage it gives.</summary>
public sealed class DiscountCard
{
    public Guid Id { get; set; }

    public Guid CustomerId { get; set; }

    /// <summary>Unique across the programme; stored as printed, compared upper-case.</summary>
    public string Number { get; set; } = "";

    public decimal Percent { get; set; }

    public bool IsActive { get; set; }

    public DateTime IssuedAt { get; set; }
}

namespace Crm.Modules.Sales.Domain;

/// <summary>What a client bought on a date: lines of catalog products and their total.</summary>
public sealed class Purchase
{
    public Guid Id { get; set; }

    public Guid CustomerId { get; set; }

    public DateTime OccurredAt { get; set; }

    public decimal Amount { get; set; }

    public string Currency { get; set; } = "";

    public string RecordedBy { get; set; } = "";

    public DateTime RecordedAt { get; set; }

    public List<PurchaseItem> Lines { get; set; } = [];
}

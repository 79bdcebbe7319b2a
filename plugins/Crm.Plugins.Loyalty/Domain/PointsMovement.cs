namespace Crm.Plugins.Loyalty.Domain;

/// <summary>
/// One line of a client's points history. An earning carries the purchase it came from, unique, which is what makes
/// earning idempotent when the purchase notification is delivered twice.
/// </summary>
public sealed class PointsMovement
{
    public Guid Id { get; set; }

    public Guid CustomerId { get; set; }

    /// <summary>Positive when earned, negative when spent.</summary>
    public long Points { get; set; }

    public string Reason { get; set; } = "";

    /// <summary>The purchase an earning came from; a key of <see cref="EarnedPurchase"/>. Null for spends.</summary>
    public Guid? PurchaseId { get; set; }

    public DateTime At { get; set; }
}

/// <summary>A purchase that already earned points: its primary key is the purchase id, so it can earn only once.</summary>
public sealed class EarnedPurchase
{
    public Guid PurchaseId { get; set; }

    public Guid CustomerId { get; set; }

    public DateTime At { get; set; }
}

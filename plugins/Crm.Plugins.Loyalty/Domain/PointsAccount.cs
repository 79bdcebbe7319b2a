namespace Crm.Plugins.Loyalty.Domain;

/// <summary>A client's points balance. Changed only by conditional updates, so concurrent spends never overdraw it.</summary>
public sealed class PointsAccount
{
    public Guid CustomerId { get; set; }

    public long Balance { get; set; }
}

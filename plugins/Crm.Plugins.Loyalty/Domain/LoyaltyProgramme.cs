namespace Crm.Plugins.Loyalty.Domain;

/// <summary>
/// The company's one programme: how many points a purchase earns per unit of money paid, and what a point is worth
/// when spent. Until an admin configures it, <see cref="Default"/> applies.
/// </summary>
public sealed class LoyaltyProgramme
{
    /// <summary>The only row's key: there is one programme per installation (per company).</summary>
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public string Name { get; set; } = "";

    /// <summary>Points earned per one unit of money paid (rounded down per purchase).</summary>
    public decimal PointsPerUnit { get; set; }

    /// <summary>What one point is worth in money when spent.</summary>
    public decimal PointValue { get; set; }

    public static LoyaltyProgramme Default => new() { Name = "Loyalty", PointsPerUnit = 1m, PointValue = 0.01m };

    public long PointsFor(decimal amountPaid) => amountPaid <= 0 ? 0 : (long)decimal.Floor(amountPaid * PointsPerUnit);
}

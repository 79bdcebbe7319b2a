namespace Crm.Plugins.Loyalty.Domain;

/// <summary>A percentage a manager granted one client on everything, with the reason (shown in quotes).</summary>
public sealed class PersonalDiscount
{
    public Guid CustomerId { get; set; }

    public decimal Percent { get; set; }

    public string Reason { get; set; } = "";

    public DateTime SetAt { get; set; }
}

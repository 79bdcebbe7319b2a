namespace Crm.Modules.Customers.Domain;

/// <summary>A label on a customer, stored lower-cased so filters match whatever the case typed.</summary>
public sealed class CustomerTag
{
    public Guid CustomerId { get; set; }

    public string Tag { get; set; } = "";
}

namespace Crm.Modules.Customers.Domain;

/// <summary>An e-mail address of a customer, stored lower-cased (addresses are compared case-insensitively in practice).</summary>
public sealed class CustomerEmail
{
    public Guid CustomerId { get; set; }

    public int Position { get; set; }

    public string Address { get; set; } = "";
}

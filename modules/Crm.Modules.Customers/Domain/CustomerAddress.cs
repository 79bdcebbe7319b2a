namespace Crm.Modules.Customers.Domain;

/// <summary>A postal or visiting address of a customer, one line as the user typed it.</summary>
public sealed class CustomerAddress
{
    public Guid CustomerId { get; set; }

    public int Position { get; set; }

    public string Text { get; set; } = "";
}

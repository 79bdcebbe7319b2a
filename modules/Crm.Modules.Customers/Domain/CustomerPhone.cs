namespace Crm.Modules.Customers.Domain;

/// <summary>
/// A phone of a customer as typed (<see cref="Display"/>) and as digits only (<see cref="Digits"/>), so
/// "+7 (495) 123-45-67" and "8 495 123 45 67" are both found by the fragment "495 12".
/// </summary>
public sealed class CustomerPhone
{
    public Guid CustomerId { get; set; }

    public int Position { get; set; }

    public string Display { get; set; } = "";

    public string Digits { get; set; } = "";
}

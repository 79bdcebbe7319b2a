namespace Crm.Modules.Customers.Domain;

/// <summary>A person to talk to at a company customer.</summary>
public sealed class ContactPerson
{
    public Guid Id { get; set; }

    public Guid CustomerId { get; set; }

    public string Name { get; set; } = "";

    public string? Position { get; set; }

    public string? Phone { get; set; }

    public string? PhoneDigits { get; set; }

    public string? Email { get; set; }
}

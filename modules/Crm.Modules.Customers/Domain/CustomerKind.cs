namespace Crm.Modules.Customers.Domain;

/// <summary>Whether a customer is an organisation (with contact people) or a private person.</summary>
public enum CustomerKind
{
    /// <summary>An organisation; may have contact people.</summary>
    Company,

    /// <summary>A private person.</summary>
    Person,
}

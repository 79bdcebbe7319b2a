namespace Crm.Modules.Customers.UseCases;

/// <summary>
/// The lists a customer owns, each kept in its own table. A reader loads only those it will show: a request that
/// asks a customer for its timeline needs none of them, and each costs a statement.
/// </summary>
[Flags]
public enum CustomerParts
{
    None = 0,
    Phones = 1,
    Emails = 2,
    Addresses = 4,
    Tags = 8,
    Contacts = 16,
    Attributes = 32,
    All = Phones | Emails | Addresses | Tags | Contacts | Attributes,
}

using Crm.Sdk.GraphQL;
using Crm.Sdk.Persistence;

namespace Crm.Modules.Customers.Domain;

/// <summary>
/// A client of the company: a company or a person, with the channels to reach it, who is responsible for it,
/// and the attributes admins defined. Archived customers stay readable but accept no change.
/// </summary>
public sealed class Customer : IVersionedEntity, IEntity
{
    public Guid Id { get; set; }

    public CustomerKind Kind { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The name folded like <see cref="SearchText"/>: the alphabetical sort key, Cyrillic included.</summary>
    public string NameKey { get; set; } = "";

    /// <summary>
    /// Name, tax id, e-mails and website folded to lower case with .NET's invariant rules, which fold Cyrillic
    /// too: SQLite's LOWER() folds ASCII only, so case-insensitive search runs on this column, not on Name.
    /// </summary>
    public string SearchText { get; set; } = "";

    public string? TaxId { get; set; }

    public string? Website { get; set; }

    public CustomerStatus Status { get; set; }

    public string? Source { get; set; }

    /// <summary>The user responsible for the customer (an id from the security module, not a foreign key).</summary>
    public string? ManagerId { get; set; }

    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime UpdatedAt { get; set; }

    public DateTime? ArchivedAt { get; set; }

    public string? ArchivedBy { get; set; }

    /// <summary>Concurrency token, managed by the module context: 1 on insert, one more on every change.</summary>
    public long Version { get; set; }

    public List<CustomerPhone> Phones { get; set; } = [];

    public List<CustomerEmail> Emails { get; set; } = [];

    public List<CustomerAddress> Addresses { get; set; } = [];

    public List<CustomerTag> Tags { get; set; } = [];

    public List<ContactPerson> Contacts { get; set; } = [];

    public List<CustomAttributeValue> Attributes { get; set; } = [];

    public bool IsArchived => ArchivedAt is not null;
}

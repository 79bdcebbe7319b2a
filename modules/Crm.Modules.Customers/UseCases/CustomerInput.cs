using Crm.Modules.Customers.Domain;

namespace Crm.Modules.Customers.UseCases;

/// <summary>Everything a user enters about a customer; create and update both take the whole picture.</summary>
public sealed record CustomerInput
{
    public CustomerKind Kind { get; init; } = CustomerKind.Company;

    public string Name { get; init; } = "";

    public string? TaxId { get; init; }

    public IReadOnlyList<string> Phones { get; init; } = [];

    public IReadOnlyList<string> Emails { get; init; } = [];

    public IReadOnlyList<string> Addresses { get; init; } = [];

    public string? Website { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public CustomerStatus Status { get; init; } = CustomerStatus.Prospect;

    public string? Source { get; init; }

    public string? ManagerId { get; init; }

    public IReadOnlyList<AttributeInput> Attributes { get; init; } = [];

    public IReadOnlyList<ContactInput> Contacts { get; init; } = [];
}

/// <summary>A value for one custom attribute; set the member matching the attribute's type.</summary>
public sealed record AttributeInput(string Key, string? Text = null, double? Number = null, DateOnly? Date = null);

/// <summary>A contact person of a company customer.</summary>
public sealed record ContactInput(string Name, string? Position = null, string? Phone = null, string? Email = null);

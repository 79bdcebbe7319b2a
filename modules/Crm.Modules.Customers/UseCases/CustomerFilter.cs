using Crm.Modules.Customers.Domain;

namespace Crm.Modules.Customers.UseCases;

/// <summary>Which customers a list shows. Every condition given must hold; lists inside a condition mean "any of".</summary>
public sealed record CustomerFilter
{
    /// <summary>
    /// A fragment of the name, tax id, e-mail, website or a contact's name (case-insensitive, Cyrillic too), or
    /// of a phone number whatever its formatting ("495 12" finds "+7 (495) 123-45-67").
    /// </summary>
    public string? Text { get; init; }

    public IReadOnlyList<CustomerStatus>? Statuses { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }

    public string? ManagerId { get; init; }

    public IReadOnlyList<AttributeCondition>? Attributes { get; init; }

    /// <summary>Archived customers are hidden unless asked for.</summary>
    public bool IncludeArchived { get; init; }
}

/// <summary>A condition on one custom attribute: equal to a text or choice, or within a number or date range.</summary>
public sealed record AttributeCondition(string Key)
{
    public string? TextEquals { get; init; }

    public double? NumberAtLeast { get; init; }

    public double? NumberAtMost { get; init; }

    public DateOnly? DateFrom { get; init; }

    public DateOnly? DateTo { get; init; }
}
